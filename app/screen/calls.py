"""The call-handling steps of the agent screen, as writes to VICIdial's tables.

These are the writes a real agent screen's actions cause: ending the customer
call, dispositioning the lead (and scheduling a callback), moving the agent to
READY or PAUSED, logging out, dialing a number.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.agent_api.auth import unix_time
from app.clock import Clock
from app.control.parties import dialer_caller_code, place_call
from app.screen import agent_log
from app.state.compare import same_text
from app.state.models import (
    AgentSession,
    Callback,
    CallLog,
    Campaign,
    CloserLog,
    Lead,
    LiveCall,
    ManualDialQueueEntry,
    User,
    UserLogEntry,
)

# What the real screen resets on the session once a call is dispositioned.
AFTER_DISPOSITION = {
    "lead_id": 0, "external_hangup": "0", "external_status": "",
    "external_update_fields": "0", "external_update_fields_data": "",
    "external_timer_action_seconds": -1, "external_dtmf": "", "external_transferconf": "",
    "external_park": "", "external_recording": "", "preview_lead_id": 0,
}


def on_live_call(agent: AgentSession) -> bool:
    return agent.status == "INCALL" and len(agent.callerid or "") > 15


def in_disposition(agent: AgentSession) -> bool:
    """Hung up, waiting for a status: the lead is still on the screen, the call is not."""
    return (agent.lead_id or 0) > 0 and not on_live_call(agent) and agent.status == "PAUSED"


def set_state(agent: AgentSession, status: str, clock: Clock) -> None:
    if agent.status != status:
        agent.status = status
        agent.last_state_change = clock.now_text()


def pause_agent(session: Session, agent: AgentSession, clock: Clock) -> None:
    """Ready to paused, with the agent log's stretch closed and a pause opened."""
    if agent.status == "PAUSED":
        return
    agent_log.went_paused(session, agent, clock)
    set_state(agent, "PAUSED", clock)


def ready_agent(session: Session, agent: AgentSession, clock: Clock) -> None:
    """Paused to ready: the agent log counts the pause and starts the wait."""
    if agent.status == "READY":
        return
    agent_log.went_ready(session, agent, clock)
    set_state(agent, "READY", clock)


def call_seconds(agent: AgentSession, clock: Clock) -> int:
    started = unix_time(agent.last_call_time)
    return clock.epoch() - started if started else 0


def end_call(session: Session, agent: AgentSession, clock: Clock) -> None:
    """The customer call ends: it leaves the dialer, its log row gets its length."""
    session.execute(delete(LiveCall).where(LiveCall.callerid == agent.callerid))
    agent_log.call_ended(session, agent, clock)
    log = session.get(CallLog, agent.uniqueid) if agent.uniqueid else None
    if log is not None:
        log.end_epoch = clock.epoch()
        log.length_in_sec = max(0, clock.epoch() - (log.start_epoch or clock.epoch()))
        # The agent ended it, unless the log already says the caller did.
        if "CALLER" not in (log.term_reason or ""):
            log.term_reason = "AGENT"
    if agent.comments == "INBOUND":
        _inbound_ended_by_agent(session, agent, clock)
    agent.callerid, agent.channel = "", ""
    agent.last_call_finish = clock.now_text()
    set_state(agent, "PAUSED", clock)


def in_group_of(session: Session, agent: AgentSession) -> str:
    """The in-group of the agent's inbound call, '' for any other call."""
    call = session.scalars(select(LiveCall).where(
        LiveCall.callerid == agent.callerid).limit(1)).first() if agent.callerid else None
    return (call.campaign_id or "") if call is not None and call.call_type == "IN" else ""


def newest_closer_log(session: Session, agent: AgentSession, clock: Clock,
                      by_agent: bool = False) -> CloserLog | None:
    """The lead's newest closer log row of the last four hours (the agent's own, if asked),
    which is how the real screen finds the inbound call it is on."""
    since = (clock.now() - dt.timedelta(hours=4)).strftime("%Y-%m-%d %H:%M:%S")
    query = select(CloserLog).where(CloserLog.lead_id == agent.lead_id,
                                    CloserLog.call_date > since)
    if by_agent:
        query = query.where(CloserLog.user == agent.user)
    return session.scalars(query.order_by(CloserLog.closecallid.desc()).limit(1)).first()


def _inbound_ended_by_agent(session: Session, agent: AgentSession, clock: Clock) -> None:
    """The lead's newest closer log row of the last four hours gets the agent as the
    one who hung up, unless the caller already did."""
    closer = newest_closer_log(session, agent, clock)
    if closer is not None and "CALLER" not in (closer.term_reason or ""):
        closer.term_reason = "AGENT"


def disposition(session: Session, agent: AgentSession, status: str, callback: list[str],
                clock: Clock) -> None:
    """Give the lead and its call the status; schedule the callback the status carries."""
    lead = session.get(Lead, agent.lead_id)
    if lead is not None:
        lead.status, lead.user = status, agent.user
    log = session.get(CallLog, agent.uniqueid) if agent.uniqueid else None
    if log is not None:
        log.status, log.user = status, agent.user
    when = callback[0] if callback else ""
    if lead is not None and when:
        kind = callback[1] if len(callback) > 1 else "ANYONE"
        _schedule_callback(session, agent, lead, status, when, kind,
                           callback[2] if len(callback) > 2 else "", clock)
    agent_log.dispositioned(session, agent, status, clock)
    for column, value in AFTER_DISPOSITION.items():
        setattr(agent, column, value)
    agent.last_state_change = clock.now_text()
    agent.uniqueid = ""
    agent.calls_today = (agent.calls_today or 0) + 1


def _schedule_callback(session: Session, agent: AgentSession, lead: Lead, status: str,
                       when: str, kind: str, comments: str, clock: Clock) -> None:
    user = session.scalars(select(User).where(same_text(User.user, agent.user or ""))).first()
    now = clock.now_text()
    session.add(Callback(
        lead_id=lead.lead_id, list_id=lead.list_id, campaign_id=agent.campaign_id,
        status="ACTIVE", entry_time=now, callback_time=when, modify_date=now,
        user=agent.user, recipient="USERONLY" if kind == "USERONLY" else "ANYONE",
        comments=comments, user_group=user.user_group if user else None, lead_status=status,
    ))
    lead.status = "CBHOLD"


def log_out(session: Session, agent: AgentSession, clock: Clock) -> None:
    agent_log.logged_out(session, agent, clock)
    session.add(UserLogEntry(user=agent.user, event="LOGOUT", campaign_id=agent.campaign_id,
                             event_date=clock.now_text(), event_epoch=clock.epoch()))
    session.delete(agent)


def manual_dial(session: Session, agent: AgentSession, value: str, clock: Clock) -> str:
    """Dial what external_dial asked for: a lead, or a number (found or added as a lead)."""
    parts = value.split("!") + [""] * 14
    number, phone_code, preview, lead_id = parts[0], parts[1] or "1", parts[3], parts[11]
    if value in ("SKIP", "FINISH"):
        agent.preview_lead_id = 0
        return f"{value.lower()}ped the previewed lead"
    if value in ("DIALONLY", "ALTDIAL", "ADR3DIAL"):
        lead_id, preview = str(agent.preview_lead_id or ""), "NO"
    lead = _lead_to_dial(session, agent, number, phone_code, lead_id, clock)
    if preview == "YES":
        agent.preview_lead_id = lead.lead_id
        return f"previewing lead {lead.lead_id}"
    dialed = int(lead.lead_id or 0)
    code = dialer_caller_code("M", clock.now(), dialed)
    place_call(session, clock, agent.user or "", dialed, "outbound", None, code)
    agent.comments, agent.preview_lead_id = "MANUAL", 0
    return f"dialed lead {lead.lead_id} at {lead.phone_number}"


def _lead_to_dial(session: Session, agent: AgentSession, number: str, phone_code: str,
                  lead_id: str, clock: Clock) -> Lead:
    if lead_id.isdigit() and (found := session.get(Lead, int(lead_id))) is not None:
        return found
    found = session.scalars(select(Lead).where(Lead.phone_number == number)
                            .order_by(Lead.lead_id.desc())).first()
    if found is not None:
        return found
    campaign = session.get(Campaign, agent.campaign_id)
    lead = Lead(list_id=campaign.manual_dial_list_id if campaign else 998, status="NEW",
                phone_code=phone_code, phone_number=number, entry_date=clock.now_text(),
                user=agent.user, modify_date=clock.now_text())
    session.add(lead)
    session.flush()
    return lead


def leave_voicemail(session: Session, agent: AgentSession, clock: Clock) -> dict[str, Any]:
    """Send the customer to the voicemail drop, as the VM button does without a pick."""
    from app.voicemail.button import drop_call
    from app.voicemail.drop import voicemail_drop

    lead = session.get(Lead, agent.lead_id)
    campaign = session.get(Campaign, agent.campaign_id)
    return voicemail_drop(session, drop_call(agent, lead, campaign), clock).as_json()


def pull_queued_dial(session: Session, agent: AgentSession) -> bool:
    """A paused agent with no lead takes the oldest dial the API queued for it."""
    campaign = session.get(Campaign, agent.campaign_id)
    queued = campaign is not None and campaign.api_manual_dial in ("QUEUE",
                                                                   "QUEUE_AND_AUTOCALL")
    if not queued or agent.status != "PAUSED" or (agent.lead_id or 0) > 0 \
            or len(agent.external_dial or "") >= 16:
        return False
    entry = session.scalars(select(ManualDialQueueEntry).where(
        same_text(ManualDialQueueEntry.user, agent.user or ""),
        ManualDialQueueEntry.status == "READY")
        .order_by(ManualDialQueueEntry.entry_time, ManualDialQueueEntry.mdq_id)).first()
    if entry is None:
        return False
    entry.status = "QUEUE"
    agent.external_dial = entry.external_dial
    return True
