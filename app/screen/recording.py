"""Recording the agent's conference, as the real screen does when the API asks.

START (with the API's `stage` appended to the campaign's file-name pattern)
names the file, writes its recording_log row, queues the Originate that brings
the recorder into the conference (entered silently and muted) with an `RC` line
in the user dial log, and keeps the recording's id in `external_recording`.
STOP closes the row the screen started and clears the column.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.screen import calls
from app.screen.session_tools import phone_of
from app.state.models import (
    AgentSession,
    CallLog,
    Campaign,
    Lead,
    Recording,
    UserDialLogEntry,
)
from app.state.session_queries import manager_command

DEFAULT_PATTERN = "FULLDATE_CUSTPHONE"
# The recorder enters the conference silently and muted.
RECORDING_PREFIX = "5"
# The screen fills the pattern in this order, each key everywhere it appears.
PATTERN_KEYS = ("CAMPAIGN", "INGROUP", "CUSTPHONE", "FULLDATE", "TINYDATE", "EPOCH", "AGENT",
                "VENDORLEADCODE", "LEADID", "CALLID")


def start(session: Session, agent: AgentSession, value: str, clock: Clock) -> str:
    campaign = session.get(Campaign, agent.campaign_id)
    lead = session.get(Lead, agent.lead_id) if agent.lead_id else None
    appended = value.replace("START", "") if len(value) > 5 else ""
    pattern = ((campaign.campaign_rec_filename if campaign else None) or DEFAULT_PATTERN)
    filename = file_name(pattern + appended, _pattern_values(session, agent, lead, clock))
    phone = phone_of(session, agent)
    exten = (phone.recording_exten if phone else None) or "8309"
    context = (phone.ext_context if phone else None) or "default"
    channel = f"Local/{RECORDING_PREFIX}{agent.conf_exten}@{context}"

    session.add(manager_command(
        clock.now_text(), agent.server_ip or "", "Originate", f"{filename[:17]}...",
        f"Channel: {channel}", f"Context: {context}", f"Exten: {exten}", "Priority: 1",
        f"Callerid: {filename}"))
    session.add(UserDialLogEntry(caller_code=filename, user=agent.user,
                                 call_date=clock.now_text(), call_type="RC",
                                 notes=f"{exten} {context} {channel}"))
    recording = Recording(channel=channel, server_ip=agent.server_ip, extension=exten,
                          start_time=clock.now_text(), start_epoch=clock.epoch(),
                          filename=filename, lead_id=agent.lead_id or 0, user=agent.user,
                          vicidial_id=_call_id(session, agent, clock))
    session.add(recording)
    session.flush()
    agent.external_recording = str(recording.recording_id)
    return f"started recording {filename}"


def stop(session: Session, agent: AgentSession, clock: Clock) -> str:
    started = str(agent.external_recording or "")
    query = select(Recording).where(Recording.user == agent.user,
                                    Recording.end_epoch.is_(None))
    if started.isdigit():
        query = query.where(Recording.recording_id == int(started))
    recording = session.scalars(query.order_by(Recording.start_epoch.desc(),
                                               Recording.recording_id.desc())).first()
    agent.external_recording = ""
    if recording is None:
        return "no recording to stop"
    seconds = clock.epoch() - (recording.start_epoch or clock.epoch())
    recording.end_time, recording.end_epoch = clock.now_text(), clock.epoch()
    recording.length_in_sec, recording.length_in_min = seconds, f"{seconds / 60:.2f}"
    if len(agent.uniqueid or "") > 8:
        recording.vicidial_id = agent.uniqueid
    return f"stopped recording {recording.filename} after {seconds} s"


def file_name(pattern: str, values: dict[str, str]) -> str:
    """The pattern with each key replaced in the screen's order, so a value that holds a
    later key is filled in again, as on the real screen."""
    for key in PATTERN_KEYS:
        pattern = pattern.replace(key, values[key])
    return pattern


def _pattern_values(session: Session, agent: AgentSession, lead: Lead | None,
                    clock: Clock) -> dict[str, str]:
    moment = clock.now()
    return {
        "CAMPAIGN": agent.campaign_id or "", "INGROUP": calls.in_group_of(session, agent),
        "CUSTPHONE": (lead.phone_number or "") if lead else "",
        "FULLDATE": f"{moment:%Y%m%d-%H%M%S}", "TINYDATE": f"{moment:%y%m%d%H%M%S}",
        "EPOCH": str(clock.epoch()), "AGENT": agent.user or "",
        "VENDORLEADCODE": ((lead.vendor_lead_code or "") if lead else "").replace(" ", ""),
        "LEADID": str(agent.lead_id or ""), "CALLID": agent.callerid or "",
    }


def _call_id(session: Session, agent: AgentSession, clock: Clock) -> str | None:
    """The call the recording belongs to: the closer log's id for an inbound call in
    the last four hours, else the outbound call log's uniqueid."""
    if agent.comments == "INBOUND":
        closer = calls.newest_closer_log(session, agent, clock, by_agent=True)
        return str(closer.closecallid) if closer is not None else None
    logged = session.scalars(select(CallLog).where(
        CallLog.uniqueid == agent.uniqueid, CallLog.lead_id == agent.lead_id)
        .limit(1)).first() if agent.uniqueid else None
    return logged.uniqueid if logged is not None else None
