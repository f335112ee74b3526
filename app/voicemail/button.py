"""The agent's VM button: offer the VM Message Group, or drop the voicemail.

With an active VM Message Group on the agent's campaign and nothing picked
yet, the screen only shows the group's choices for the customer's time of
day. Otherwise a pick is stored for the call's caller code, and the call is
sent to the drop extension as the agent screen sends it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.state.compare import same_text
from app.state.models import (
    AgentMessagePick,
    AgentSession,
    Campaign,
    Lead,
    Server,
    VmMessageGroup,
    VmMessageGroupEntry,
)
from app.state.queries import agent_session
from app.voicemail.drop import DropCall, DropDecision, voicemail_drop
from app.voicemail.errors import AgentNotFound, NoLiveCall
from app.voicemail.run import DEFAULT_SOUNDS
from app.voicemail.values import as_text, perl_int

NO_GROUP = "---NONE---"


@dataclass
class ButtonAnswer:
    """The group's choices to pick from, or the drop's decision."""

    choices: list[dict[str, Any]] | None
    decision: DropDecision | None

    def as_json(self) -> dict[str, Any]:
        decision = self.decision.as_json() if self.decision is not None else None
        return {"choices": self.choices, "decision": decision}


def vm_button(session: Session, agent_user: str, pick: str | None, clock: Clock,
              sounds_root: str = DEFAULT_SOUNDS) -> ButtonAnswer:
    """Press VM for the agent's live call, with the agent's pick if one was made."""
    agent = agent_session(session, agent_user)
    if agent is None:
        raise AgentNotFound(agent_user)
    # As for vm_message: a live call has a lead and a dialer caller code.
    if (agent.lead_id or 0) <= 0 or len(agent.callerid or "") <= 15:
        raise NoLiveCall(agent_user)
    campaign = session.scalars(select(Campaign).where(
        same_text(Campaign.campaign_id, agent.campaign_id or "")).limit(1)).first()
    lead = session.get(Lead, agent.lead_id)

    group = message_group(session, campaign)
    if group is not None and pick is None:
        local_time = customer_time(session, agent, lead, clock)
        return ButtonAnswer(group_choices(session, group, local_time), None)
    if pick is not None:
        session.add(AgentMessagePick(
            call_date=clock.now_text(), caller_code=agent.callerid, lead_id=agent.lead_id,
            user=agent.user, vm_message=pick))
    call = drop_call(agent, lead, campaign)
    return ButtonAnswer(None, voicemail_drop(session, call, clock, sounds_root))


def drop_call(agent: AgentSession, lead: Lead | None, campaign: Campaign | None) -> DropCall:
    """The customer's call as the drop extension receives it (no AMD ran on it)."""
    phone_code = as_text(lead.phone_code) if lead is not None else ""
    phone_number = as_text(lead.phone_number) if lead is not None else ""
    extension = f"8320*{agent.campaign_id}*{phone_code}*{phone_number}*{agent.lead_id}"
    return DropCall(
        extension=extension, caller_code=as_text(agent.callerid),
        uniqueid=as_text(agent.uniqueid), channel=as_text(agent.channel),
        amd_status=None, amd_cause=None,
        caller_id_number=as_text(campaign.campaign_cid) if campaign is not None else "")


def message_group(session: Session, campaign: Campaign | None) -> VmMessageGroup | None:
    """The campaign's VM Message Group, when it names an active one."""
    group_id = as_text(campaign.leave_vm_message_group_id) if campaign is not None else ""
    if len(group_id) < 2 or group_id == NO_GROUP:
        return None
    return session.scalars(select(VmMessageGroup).where(
        same_text(VmMessageGroup.leave_vm_message_group_id, group_id),
        same_text(VmMessageGroup.active, "Y")).limit(1)).first()


def group_choices(session: Session, group: VmMessageGroup,
                  local_time: str) -> list[dict[str, Any]]:
    """The group's entries in rank order whose time window holds `local_time` (HHMM)."""
    entries = session.scalars(select(VmMessageGroupEntry).where(
        same_text(VmMessageGroupEntry.leave_vm_message_group_id,
                  as_text(group.leave_vm_message_group_id)))
        .order_by(VmMessageGroupEntry.rank, VmMessageGroupEntry.entry_id)).all()
    return [_choice(entry) for entry in entries
            if in_window(entry.time_start, entry.time_end, local_time)]


def _choice(entry: VmMessageGroupEntry) -> dict[str, Any]:
    return {"audio_filename": entry.audio_filename, "audio_name": entry.audio_name,
            "rank": entry.rank, "time_start": entry.time_start, "time_end": entry.time_end}


def in_window(start: str | None, end: str | None, local_time: str) -> bool:
    """Whether HHMM falls in [start, end); a window past midnight wraps around."""
    begin = perl_int(start if start is not None else "0000")
    finish = perl_int(end if end is not None else "2400")
    now = perl_int(local_time)
    if begin <= finish:
        return begin <= now < finish
    return now >= begin or now < finish


def customer_time(session: Session, agent: AgentSession, lead: Lead | None,
                  clock: Clock) -> str:
    """The customer's time of day (HHMM): server time moved to the lead's GMT offset."""
    now = clock.now()
    server = session.scalars(select(Server).where(
        same_text(Server.server_ip, agent.server_ip or "")).limit(1)).first()
    if server is None:
        server = session.scalars(select(Server).order_by(Server.server_id).limit(1)).first()
    shift = _gmt_shift(lead, server)
    if shift is None:
        return now.strftime("%H%M")
    return (now + dt.timedelta(hours=float(shift))).strftime("%H%M")


def _gmt_shift(lead: Lead | None, server: Server | None) -> Decimal | None:
    """Hours from the server's time to the lead's; None when either is unknown."""
    if lead is None or server is None:
        return None
    try:
        return Decimal(as_text(lead.gmt_offset_now)) - Decimal(as_text(server.local_gmt))
    except InvalidOperation:
        return None
