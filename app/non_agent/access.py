"""What an API user's group lets it see: campaigns, lists and user groups.

A group's `allowed_campaigns` and `admin_viewable_groups` are space-separated
lists ending in ` -`. The real script turns them into SQL `IN(...)` lists
by text replacement, which keeps an empty first entry; `None` here means no
restriction. Two functions spell the "all campaigns" test differently, and
both spellings are kept.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from app.non_agent.php import lower_than
from app.state import non_agent_queries as queries


def campaigns_seen(allowed_campaigns: str | None) -> list[str] | None:
    """The group's campaigns as most functions read them (`-ALL` anywhere means all)."""
    text = allowed_campaigns or ""
    if "-all" in text.lower():
        return None
    return text.replace(" -", "").split(" ")


def campaigns_seen_strictly(allowed_campaigns: str | None) -> list[str] | None:
    """The group's campaigns as lead_all_info and lead_callback_info read them."""
    text = allowed_campaigns or ""
    if "all-campaigns" in text.lower():
        return None
    return re.split(r"\s", re.sub(r"\s-", "", text))


def groups_seen(admin_viewable_groups: str | None) -> list[str] | None:
    """The user groups whose users the API user may see."""
    text = admin_viewable_groups or ""
    if "--all--" in text.lower() or len(text) <= 3:
        return None
    return ["---ALL---", *text.replace(" -", "").split(" ")]


def allowed_lists(session: Session, allowed_campaigns: str | None) -> str:
    """` 101 201 `: the lists of the group's campaigns, as the restriction check reads them."""
    lists = queries.lists_of_campaigns(session, campaigns_seen(allowed_campaigns))
    return " " + "".join(f"{list_id} " for list_id in lists)


def search_lists(session: Session, location: str, list_id: str) -> list[int] | None:
    """The lists a lead search covers: the system (None), one list, or its campaign's."""
    if len(location) < 4 or lower_than(list_id, 99) or len(list_id) < 3:
        location = "SYSTEM"
    lists = None
    if "CAMPAIGN" in location:
        lists = queries.lists_beside(session, list_id) or None
    if "LIST" in location:
        lists = [int(list_id)]
    return lists
