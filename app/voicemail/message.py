"""Which message the drop starts from, after the campaign's own.

A non-empty list override replaces the campaign's message; a non-empty
message an agent picked for this caller code replaces that. Empty values
never replace anything.
"""

from __future__ import annotations

from sqlalchemy import select

from app.state.compare import same_text
from app.state.models import AgentMessagePick, LeadList
from app.voicemail.run import DropRun
from app.voicemail.values import as_text


def apply_list_override(run: DropRun) -> None:
    """The lead's list may name its own Answering Machine Message."""
    if run.list_id is None:
        run.note("list_override", False,
                 f"Lead {run.lead_id} has no list, so no list override is read.")
        return
    lead_list = run.session.get(LeadList, run.list_id)
    override = as_text(lead_list.am_message_exten_override) if lead_list else ""
    if not override:
        run.note("list_override", False,
                 f"List {run.list_id} has no Answering Machine Message override, so "
                 f"{run.message!r} stays.")
        return
    run.note("list_override", True,
             f"List {run.list_id}'s override {override!r} replaces {run.message!r}.")
    run.message, run.decided_by = override, "list_override"


def apply_agent_pick(run: DropRun) -> None:
    """The newest message an agent picked for this caller code (lead not checked)."""
    pick = newest_pick(run)
    if pick is None:
        run.note("agent_pick", False,
                 f"No agent picked a message for {run.callerid!r}, so {run.message!r} "
                 "stays.")
        return
    picked = as_text(pick.vm_message)
    if not picked:
        run.note("agent_pick", False,
                 f"The agent's newest pick for {run.callerid!r} is empty, so "
                 f"{run.message!r} stays.")
        return
    run.note("agent_pick", True,
             f"Agent {pick.user} picked {picked!r} for {run.callerid!r}, which replaces "
             f"{run.message!r}.")
    run.message, run.decided_by = picked, "agent_pick"


def newest_pick(run: DropRun) -> AgentMessagePick | None:
    picks = AgentMessagePick
    return run.session.scalars(
        select(picks).where(same_text(picks.caller_code, run.callerid))
        .order_by(picks.call_date.is_(None), picks.call_date.desc(), picks.pick_id.desc())
        .limit(1)).first()
