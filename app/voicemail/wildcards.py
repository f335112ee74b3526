"""AM Message Wildcards: lead-field patterns that choose another message.

Tried in rank order (then field name) when the campaign's flag holds `Y` and
a message is about to play; the first match's file replaces everything that
was chosen before and is played as written, only split on `|`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlalchemy import select

from app.state.compare import same_text
from app.state.models import WildcardRule
from app.voicemail.prefixes import lead_values
from app.voicemail.run import DropRun, Ending
from app.voicemail.values import as_text, perl_int

WILDCARD_FIELDS = (
    "vendor_lead_code", "source_id", "list_id", "phone_number", "title", "first_name",
    "middle_initial", "last_name", "address1", "address2", "address3", "city", "state",
    "province", "postal_code", "country_code", "gender", "date_of_birth", "alt_phone",
    "email", "security_phrase", "comments", "rank", "owner", "called_count",
)
# called_count must match whole; every other field matches anywhere in the value.
ANCHORED_FIELDS = ("called_count",)


def apply_wildcards(run: DropRun) -> Ending | None:
    """Replace the message with the first matching wildcard's file, if any."""
    flag, campaign = run.settings.am_message_wildcards, run.settings.selected_campaign
    if "Y" not in flag:
        run.note("wildcards", False,
                 f"AM Message Wildcards is {flag!r} for campaign {campaign!r}, so none "
                 "are tried.")
        return None
    rules = active_rules(run, campaign)
    values = lead_values(run)
    for rule in rules:
        if not rule.amm_wildcard or not rule.amm_filename:
            continue
        try:
            field = matching_field(rule, values)
        except re.error:
            return _broken_pattern(run, rule)
        if field is not None:
            _take(run, rule, field, values[field])
            return None
    run.note("wildcards", False,
             f"None of the {len(rules)} active wildcards of campaign {campaign!r} matches "
             f"lead {run.lead_id}, so {run.message!r} stays.")
    return None


def active_rules(run: DropRun, campaign_id: str) -> list[WildcardRule]:
    rows = run.session.scalars(select(WildcardRule).where(
        same_text(WildcardRule.campaign_id, campaign_id),
        same_text(WildcardRule.active, "Y"))).all()
    return sorted(rows, key=_rank_order)


def _rank_order(rule: WildcardRule) -> tuple[int, int, str, int]:
    """amm_rank (NULL first), then amm_field as MariaDB's collation sorts it."""
    has_rank = 0 if rule.amm_rank is None else 1
    return has_rank, perl_int(rule.amm_rank), as_text(rule.amm_field).lower(), rule.amm_id or 0


def matching_field(rule: WildcardRule, values: Mapping[str, str]) -> str | None:
    """The lead field whose value the rule's pattern finds (case-insensitive)."""
    wildcard = as_text(rule.amm_wildcard)
    # The script tests every known field whose name occurs in amm_field.
    for field in WILDCARD_FIELDS:
        if field not in as_text(rule.amm_field):
            continue
        pattern = f"^{wildcard}$" if field in ANCHORED_FIELDS else wildcard
        if re.search(pattern, values[field], re.IGNORECASE):
            return field
    return None


def _take(run: DropRun, rule: WildcardRule, field: str, value: str) -> None:
    run.note("wildcards", True,
             f"Wildcard rank {rule.amm_rank} on {field} finds {rule.amm_wildcard!r} in "
             f"{value!r}, so {rule.amm_filename!r} replaces {run.message!r}.")
    run.message, run.decided_by = as_text(rule.amm_filename), "wildcard"


def _broken_pattern(run: DropRun, rule: WildcardRule) -> Ending:
    run.note("wildcards", False,
             f"Wildcard {rule.amm_wildcard!r} is not a valid pattern, which stops the "
             "script before anything plays.")
    return Ending("wildcard_error")
