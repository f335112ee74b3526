"""The agent's time, as a real agent screen writes it to vicidial_agent_log.

Each row is one stretch of work: a pause, the wait for a call, the talk, the
disposition. A row opens paused (`pause_epoch`), gets `wait_epoch` when the agent
goes ready, `talk_epoch` when a call arrives, `dispo_epoch` at hang-up, and its
status when the call is dispositioned; the next stretch is a new row, whose id
the agent's session keeps in `agent_log_id`.

Two simplifications, both on the side of a tidy log: the new row after a
disposition is opened at once for every dial method (a real auto-dial screen
opens it at the resume or pause that follows, in the same second), and a
logout closes the pause of the newest row without the real screen's stale-row
check.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.state import queries
from app.state.models import AgentLogEntry, AgentSession


def current(session: Session, agent: AgentSession) -> AgentLogEntry | None:
    if not agent.agent_log_id:
        return None
    return session.get(AgentLogEntry, agent.agent_log_id)


def open_stretch(session: Session, agent: AgentSession, clock: Clock,
                 sub_status: str | None = None) -> AgentLogEntry:
    """A new paused stretch, which the session then points at."""
    user = queries.find_user(session, agent.user or "")
    entry = AgentLogEntry(
        user=agent.user, server_ip=agent.server_ip, event_time=clock.now_text(),
        campaign_id=agent.campaign_id, pause_epoch=clock.epoch(), pause_sec=0,
        wait_epoch=clock.epoch(), user_group=user.user_group if user else "",
        sub_status=sub_status, pause_type="AGENT")
    session.add(entry)
    session.flush()
    agent.agent_log_id = entry.agent_log_id
    return entry


def went_ready(session: Session, agent: AgentSession, clock: Clock) -> None:
    """Paused to ready: the pause is counted and the wait begins."""
    entry = current(session, agent)
    if entry is None or _dispo_started(entry):
        entry = open_stretch(session, agent, clock)
    entry.pause_sec = _since(clock, entry.pause_epoch) + (entry.pause_sec or 0)
    entry.wait_epoch = clock.epoch()


def went_paused(session: Session, agent: AgentSession, clock: Clock) -> None:
    """Ready to paused: the wait is counted and a pause stretch opens."""
    entry = current(session, agent)
    if entry is not None and not _dispo_started(entry) and (entry.wait_epoch or 0) > 0:
        entry.wait_sec = _since(clock, entry.wait_epoch) + (entry.wait_sec or 0)
    open_stretch(session, agent, clock)


def call_taken(session: Session, agent: AgentSession, clock: Clock, lead_id: int) -> None:
    """A call reaches the agent: the wait is counted and the talk begins.

    A paused agent's call is a manual dial, which first counts the pause.
    """
    entry = current(session, agent) or open_stretch(session, agent, clock)
    if agent.status == "PAUSED":
        entry.pause_sec = _since(clock, entry.pause_epoch) + (entry.pause_sec or 0)
        entry.wait_epoch = clock.epoch()
    if (entry.wait_epoch or 0) > 0:
        entry.wait_sec = _since(clock, entry.wait_epoch) + (entry.wait_sec or 0)
    entry.talk_epoch, entry.lead_id = clock.epoch(), lead_id


def call_ended(session: Session, agent: AgentSession, clock: Clock) -> None:
    """Hang-up: the talk is counted and the disposition begins."""
    entry = current(session, agent)
    if entry is None:
        return
    talk_from = entry.talk_epoch
    if (talk_from or 0) < 1000:
        entry.talk_epoch = clock.epoch()
        talk_from = entry.wait_epoch
    entry.talk_sec = _since(clock, talk_from) + (entry.talk_sec or 0)
    entry.dispo_epoch, entry.uniqueid = clock.epoch(), agent.uniqueid or ""
    # A manual dial's stretch says so, and names its lead if nothing did yet.
    if (agent.callerid or "").startswith("M"):
        if not entry.comments:
            entry.comments = "MANUAL"
        if not entry.lead_id:
            entry.lead_id = agent.lead_id
    elif not entry.comments and agent.comments == "INBOUND":
        entry.comments = "INBOUND"


def dispositioned(session: Session, agent: AgentSession, status: str, clock: Clock) -> None:
    """The status closes the stretch; the agent's next stretch opens paused."""
    entry = current(session, agent)
    if entry is not None:
        if (entry.talk_epoch or 0) < 1000:
            entry.talk_epoch = clock.epoch()
            entry.wait_sec = _since(clock, entry.wait_epoch)
        if (entry.dispo_epoch or 0) < 1000:
            entry.dispo_epoch = clock.epoch()
        entry.dispo_sec = _since(clock, entry.dispo_epoch) + (entry.dispo_sec or 0)
        entry.status = status
        entry.uniqueid = agent.uniqueid or entry.uniqueid
    open_stretch(session, agent, clock)


def pause_coded(session: Session, agent: AgentSession, clock: Clock, code: str) -> None:
    """A pause code names the pause; a second code in one pause starts a new stretch.

    The first code after login names no row: the real screen only fills an empty
    sub_status, and the login stretch already holds LOGIN.
    """
    entry = current(session, agent)
    if entry is not None and not entry.sub_status:
        entry.sub_status, entry.pause_type = code, "AGENT"
        return
    if entry is not None and entry.sub_status == "LOGIN":
        return
    if entry is not None:
        entry.pause_sec = _since(clock, entry.pause_epoch)
    open_stretch(session, agent, clock, sub_status=code)
    agent.last_state_change = clock.now_text()


def logged_out(session: Session, agent: AgentSession, clock: Clock) -> None:
    """Logout: the newest stretch, if it never reached a call, counts its pause."""
    newest = session.scalars(
        select(AgentLogEntry).where(AgentLogEntry.user == agent.user,
                                    AgentLogEntry.agent_log_id >= (agent.agent_log_id or 0))
        .order_by(AgentLogEntry.agent_log_id.desc()).limit(1)).first()
    if newest is None or (newest.talk_epoch or 0) > 0 or (newest.dispo_epoch or 0) > 0:
        return
    newest.pause_sec = _since(clock, newest.pause_epoch) + (newest.pause_sec or 0)
    newest.wait_epoch = clock.epoch()


def _dispo_started(entry: AgentLogEntry) -> bool:
    return (entry.dispo_epoch or 0) >= 1000


def _since(clock: Clock, epoch: int | None) -> int:
    return max(0, clock.epoch() - (epoch or clock.epoch()))
