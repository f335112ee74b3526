"""The other parties a test plays: an agent logging in, a call reaching the agent.

These write what VICIdial's own login screen and dialer would write, so the
Agent API then sees an ordinary logged-in agent on an ordinary call.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.screen import agent_log
from app.state import queries
from app.state.models import (
    AgentSession,
    CallLog,
    Campaign,
    Lead,
    LiveCall,
    Server,
    UserLogEntry,
)


class PartyError(LookupError):
    """A request that names something the state does not have."""

    def __init__(self, field: str, expected: str) -> None:
        super().__init__(f"{field}: {expected}")
        self.field = field
        self.expected = expected


def login_agent(session: Session, clock: Clock, user: str, campaign_id: str,
                status: str, closer_campaigns: str | None) -> AgentSession:
    """Log the agent in to the campaign, replacing any session the agent had."""
    account = queries.find_user(session, user)
    if account is None:
        raise PartyError("agent_user", f"a user listed in vicidial_users ({user!r} is not)")
    if session.get(Campaign, campaign_id) is None:
        raise PartyError("campaign_id", f"an existing campaign ({campaign_id!r} is not)")

    old = queries.agent_session(session, user)
    if old is not None:
        session.delete(old)
        session.flush()
    now = clock.now_text()
    agent = AgentSession(
        user=account.user, server_ip=_server_ip(session), conf_exten=_free_conference(session),
        extension=f"SIP/{account.user}", status=status, lead_id=0, campaign_id=campaign_id,
        uniqueid="", callerid="", channel="", random_id=random.randint(10000000, 99999999),
        last_call_time=now, last_update_time=now, last_call_finish=now, last_state_change=now,
        closer_campaigns=closer_campaigns or "", user_level=account.user_level,
    )
    session.add(agent)
    session.add(UserLogEntry(
        user=account.user, event="LOGIN", campaign_id=campaign_id, event_date=now,
        event_epoch=clock.epoch(), user_group=account.user_group,
        session_id=agent.conf_exten, server_ip=agent.server_ip, extension=agent.extension,
        computer_ip="127.0.0.1", browser="vicidial-emu", data="", phone_login=account.user,
        server_phone=account.user, phone_ip="LOOKUP"))
    session.flush()
    # The login screen opens the first stretch of the agent's time, paused.
    agent_log.open_stretch(session, agent, clock, sub_status="LOGIN")
    if status == "READY":
        agent_log.went_ready(session, agent, clock)
    return agent


def place_call(session: Session, clock: Clock, user: str, lead_id: int, direction: str,
               in_group: str | None, caller_code: str | None) -> AgentSession:
    """Put a call with the lead on the agent's screen, as the dialer hands it over."""
    agent = queries.agent_session(session, user, lock=True)
    if agent is None:
        raise PartyError("agent_user", f"a logged-in agent ({user!r} is not logged in)")
    lead = session.get(Lead, lead_id)
    if lead is None:
        raise PartyError("lead_id", f"an existing lead ({lead_id} is not)")

    moment = clock.now()
    letter = "Y" if direction == "inbound" else "V"
    code = caller_code or dialer_caller_code(letter, moment, lead_id)
    uniqueid = _new_uniqueid(session, clock)
    channel = f"SIP/trunk1-{random.randint(0, 0xFFFFFFF):08x}"
    campaign = in_group if direction == "inbound" and in_group else agent.campaign_id
    now = moment.strftime("%Y-%m-%d %H:%M:%S")
    session.add(LiveCall(
        server_ip=agent.server_ip, campaign_id=campaign, status="XFER", lead_id=lead_id,
        uniqueid=uniqueid, callerid=code, channel=channel, phone_code=lead.phone_code,
        phone_number=lead.phone_number, call_time=now, last_update_time=now,
        call_type="IN" if direction == "inbound" else "OUT", stage="XFER-0",
        extension=agent.conf_exten or "",
    ))
    if direction == "outbound":
        session.add(CallLog(
            uniqueid=uniqueid, lead_id=lead_id, list_id=lead.list_id,
            campaign_id=agent.campaign_id, call_date=now, start_epoch=clock.epoch(),
            length_in_sec=0, status="INCALL", phone_code=lead.phone_code,
            phone_number=lead.phone_number, user=agent.user, comments="AUTO",
            processed="N", called_count=(lead.called_count or 0) + 1,
        ))
        lead.called_count = (lead.called_count or 0) + 1
    lead.status, lead.user = "INCALL", agent.user
    agent_log.call_taken(session, agent, clock, lead_id)
    agent.status, agent.lead_id, agent.callerid = "INCALL", lead_id, code
    agent.uniqueid, agent.channel, agent.last_call_time = uniqueid, channel, now
    agent.comments = "INBOUND" if direction == "inbound" else "AUTO"
    return agent


def dialer_caller_code(letter: str, moment: dt.datetime, lead_id: int) -> str:
    """The dialer's 20-character call name (V auto, Y inbound, M manual).

    A 2.14 dialer keeps the last 9 digits of mdHis and pads the lead to 10, so
    characters 11-20 are the lead, which is where the voicemail drop reads it.
    """
    stamp = f"{moment:%m%d%H%M%S}"[1:]
    return f"{letter}{stamp}{lead_id:010d}"


def _new_uniqueid(session: Session, clock: Clock) -> str:
    """An Asterisk-style `epoch.sequence` call id that no logged call has yet."""
    while True:
        uniqueid = f"{clock.epoch()}.{random.randint(100, 99999)}"
        if session.get(CallLog, uniqueid) is None:
            return uniqueid


def _server_ip(session: Session) -> str:
    server = session.scalars(select(Server).limit(1)).first()
    return (server.server_ip or "10.10.10.15") if server else "10.10.10.15"


def _free_conference(session: Session) -> str:
    taken = session.scalar(select(func.max(AgentSession.conf_exten)))
    return str(int(taken) + 1) if taken and str(taken).isdigit() else "8600051"
