"""The look-ups of the force_fronter functions: the other agent on a lead and their session."""

from __future__ import annotations

from sqlalchemy import case, func, not_, select
from sqlalchemy.orm import Session

from app.state.compare import same_text
from app.state.models import (
    AgentSession,
    CrossClusterCall,
    LiveChannel,
    RecentSession,
    SettingsContainer,
)

# lead_id is INT UNSIGNED: a longer number equals no row.
LEAD_ID_MAX = 4_294_967_295
NO_LEAD = -1


def lead_number(text: str) -> int:
    """What MariaDB compares an INT lead_id with for digits-only text ('' is 0)."""
    number = int(text) if text else 0
    return number if number <= LEAD_ID_MAX else NO_LEAD


def fronter_on_lead(session: Session, agent_user: str, lead_id: int,
                    lock: bool = False) -> AgentSession | None:
    """Another logged-in agent on the lead, the one with the oldest last call time."""
    never_called = case((AgentSession.last_call_time.is_(None), 0), else_=1)
    query = (select(AgentSession)
             .where(not_(same_text(AgentSession.user, agent_user)),
                    AgentSession.lead_id == lead_id)
             .order_by(never_called, AgentSession.last_call_time, AgentSession.live_agent_id)
             .limit(1))
    if lock:
        query = query.with_for_update()
    return session.scalars(query).first()


def recent_fronter(session: Session, agent_user: str, lead_id: int,
                   since: str) -> RecentSession | None:
    """The newest session of another agent on the lead that ended after `since`."""
    query = (select(RecentSession)
             .where(not_(same_text(RecentSession.user, agent_user)),
                    RecentSession.lead_id == lead_id, RecentSession.call_date > since)
             .order_by(RecentSession.call_date.desc(), RecentSession.recent_session_id)
             .limit(1))
    return session.scalars(query).first()


def audio_channel(session: Session, conf_exten: str, server_ip: str) -> LiveChannel | None:
    """The channel playing audio into a conference (an `IAX2/ASTplay` channel)."""
    query = (select(LiveChannel)
             .where(same_text(LiveChannel.extension, conf_exten),
                    same_text(LiveChannel.server_ip, server_ip),
                    func.lower(LiveChannel.channel).like("iax2/astplay%"))
             .order_by(LiveChannel.live_channel_id).limit(1))
    return session.scalars(query).first()


def cross_cluster_call(session: Session, lead_id: int) -> CrossClusterCall | None:
    """The first record of the lead arriving from another cluster."""
    query = (select(CrossClusterCall).where(CrossClusterCall.lead_id == lead_id)
             .order_by(CrossClusterCall.ccc_call_id).limit(1))
    return session.scalars(query).first()


def settings_container(session: Session, container_id: str) -> SettingsContainer | None:
    query = select(SettingsContainer).where(
        same_text(SettingsContainer.container_id, container_id)).limit(1)
    return session.scalars(query).first()
