"""Two of the screen's tools on a live call: sending DTMF and switching the lead.

DTMF goes out as the real screen sends it: the digits (P, S and Q spelled as
#, * and a pause) become an Originate from the phone's DTMF extension into the
agent's conference, entered silently, and a SYS line in the user dial log.
A lead switch moves the call to another lead: the session, the live call and
the call's extended log follow it, the old lead becomes LSMERG, and the agent
function log records the switch.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.clock import Clock
from app.screen.asterisk import SILENT_PREFIX
from app.state import queries
from app.state.models import (
    AgentFunctionLogEntry,
    AgentSession,
    CallLogDetail,
    Lead,
    LiveCall,
    Phone,
    UserDialLogEntry,
)
from app.state.session_queries import manager_command

DTMF_SPELLING = str.maketrans({"P": "#", "S": "*", "Q": ","})
DEFAULT_DTMF_EXTENSION = "local/8500998@default"


def send_dtmf(session: Session, agent: AgentSession, value: str, clock: Clock) -> str:
    digits = value.translate(DTMF_SPELLING)
    phone = phone_of(session, agent)
    channel = (phone.dtmf_send_extension if phone else None) or DEFAULT_DTMF_EXTENSION
    context = (phone.ext_context if phone else None) or "default"
    exten = f"{SILENT_PREFIX}{agent.conf_exten}"
    agent.external_dtmf = ""
    session.add(manager_command(
        clock.now_text(), agent.server_ip or "", "Originate", digits, f"Channel: {channel}",
        f"Context: {context}", f"Exten: {exten}", "Priority: 1", f"Callerid: {digits}"))
    session.add(UserDialLogEntry(caller_code=digits, user=agent.user, call_date=clock.now_text(),
                                 call_type="SYS", notes=f"{exten} {context} {channel}"))
    return f"sent DTMF {digits} into conference {agent.conf_exten}"


def switch_lead(session: Session, agent: AgentSession, lead_id: int, clock: Clock) -> str:
    old_lead_id = int(agent.lead_id or 0)
    old_lead = session.get(Lead, old_lead_id) if old_lead_id else None
    user = queries.find_user(session, agent.user or "")
    callerid, uniqueid = agent.callerid or "", agent.uniqueid or ""

    agent.lead_id, agent.external_lead_id = lead_id, 0
    session.execute(update(LiveCall).where(LiveCall.callerid == callerid,
                                           LiveCall.uniqueid == uniqueid)
                    .values(lead_id=lead_id))
    if old_lead is not None:
        old_lead.status = "LSMERG"
    for detail in session.scalars(select(CallLogDetail).where(
            CallLogDetail.lead_id == old_lead_id, CallLogDetail.caller_code == callerid,
            CallLogDetail.uniqueid == uniqueid)):
        detail.lead_id = lead_id
    session.add(AgentFunctionLogEntry(
        agent_log_id=agent.agent_log_id, user=agent.user, function="switch_lead",
        event_time=clock.now_text(), campaign_id=agent.campaign_id,
        user_group=user.user_group if user else "", lead_id=old_lead_id, uniqueid=uniqueid,
        caller_code=callerid, stage=str(lead_id),
        comments=(old_lead.phone_number or "") if old_lead else ""))
    return f"switched the call from lead {old_lead_id} to lead {lead_id}"


def phone_of(session: Session, agent: AgentSession) -> Phone | None:
    """The agent's phone, found by the session's `protocol/extension`."""
    protocol, _, extension = (agent.extension or "").partition("/")
    return session.scalars(select(Phone).where(
        Phone.extension == extension, Phone.protocol == protocol,
        Phone.server_ip == agent.server_ip).limit(1)).first()
