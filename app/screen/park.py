"""Parking the customer and grabbing them back, as the real screen does for park_call.

A park sends the customer's channel to the phone's park extension: a
parked_channels row, a PARKED row in park_log and a Redirect in
vicidial_manager. A grab deletes the parked row, marks the park log GRABBED
with the seconds on park, and redirects the customer back into the agent's
conference. The IVR variants move the customer the same way; the XFER variants
act on a third-party line, which the emulator's calls do not have.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.agent_api.auth import unix_time
from app.clock import Clock
from app.screen import calls
from app.screen.session_tools import phone_of
from app.state.models import AgentSession, ParkedChannel, ParkLogEntry
from app.state.session_queries import manager_command

PARKS = ("PARK_CUSTOMER", "PARK_IVR_CUSTOMER")
GRABS = ("GRAB_CUSTOMER", "GRAB_IVR_CUSTOMER", "HANGUP_XFER_GRAB_CUSTOMER")


def act(session: Session, agent: AgentSession, value: str, clock: Clock) -> str:
    if value in PARKS:
        if not calls.on_live_call(agent):
            return f"nothing to park: the agent has no live call ({value})"
        return _park(session, agent, clock)
    if value in GRABS:
        return _grab(session, agent, clock)
    return f"no third-party line to act on ({value})"


def _park(session: Session, agent: AgentSession, clock: Clock) -> str:
    phone = phone_of(session, agent)
    exten = (phone.park_on_extension if phone else None) or "8301"
    in_group = calls.in_group_of(session, agent)
    now = clock.now_text()
    session.add(ParkedChannel(channel=agent.channel, server_ip=agent.server_ip,
                              channel_group=agent.callerid, extension="park",
                              parked_by=agent.extension, parked_time=now))
    session.add(ParkLogEntry(
        uniqueid=agent.uniqueid, status="PARKED", channel=agent.channel,
        channel_group=agent.campaign_id, server_ip=agent.server_ip, parked_time=now,
        parked_sec=0, extension=agent.callerid, user=agent.user, lead_id=agent.lead_id,
        campaign_id=in_group))
    _redirect(session, agent, "LP", exten, clock)
    return f"parked the customer on {exten}"


def _grab(session: Session, agent: AgentSession, clock: Clock) -> str:
    session.execute(delete(ParkedChannel).where(ParkedChannel.channel == agent.channel,
                                                ParkedChannel.server_ip == agent.server_ip))
    parked = session.scalars(select(ParkLogEntry).where(
        ParkLogEntry.uniqueid == agent.uniqueid, ParkLogEntry.server_ip == agent.server_ip,
        ParkLogEntry.extension == agent.callerid,
        (ParkLogEntry.parked_sec < 1) | ParkLogEntry.grab_time.is_(None))
        .order_by(ParkLogEntry.parked_time.desc()).limit(1)).first()
    if parked is None:
        return "nothing on park to grab"
    seconds = max(0, clock.epoch() - (unix_time(parked.parked_time) or clock.epoch()))
    parked.status, parked.grab_time, parked.parked_sec = "GRABBED", clock.now_text(), seconds
    _redirect(session, agent, "FP", agent.conf_exten or "", clock)
    return f"took the customer back from park after {seconds} s"


def _redirect(session: Session, agent: AgentSession, prefix: str, exten: str,
              clock: Clock) -> None:
    phone = phone_of(session, agent)
    context = (phone.ext_context if phone else None) or "default"
    query_cid = f"{prefix}vdcW{clock.epoch()}{user_abbreviation(agent.user or '')}"
    session.add(manager_command(
        clock.now_text(), agent.server_ip or "", "Redirect", query_cid,
        f"Channel: {agent.channel}", f"Context: {context}", f"Exten: {exten}", "Priority: 1",
        f"CallerID: {query_cid}"))


def user_abbreviation(user: str) -> str:
    """The login screen's short name: the user four times over, then leading dots
    removed while it is longer than four; only dots, so most names stay long."""
    abbreviation = user * 4
    while len(abbreviation) > 4 and abbreviation.startswith("."):
        abbreviation = abbreviation[1:]
    return abbreviation
