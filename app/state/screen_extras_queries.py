"""The look-ups of the agent screen's extras: audio, the queue, notification recipients."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from app.state.compare import folded, same_text
from app.state.models import (
    Campaign,
    LiveCall,
    LiveChannel,
    QueuedEmail,
    Server,
    SettingsContainer,
    User,
    UserGroup,
)

Column = InstrumentedAttribute[str | None]

AUDIO_CHANNEL_PREFIX = "IAX2/ASTplay"
CONFETTI_CONTAINER = "CONFETTI_SETTINGS"
# Each recipient type and the table its name must exist in, in the order a guess tries them.
RECIPIENT_TABLES: dict[str, tuple[str, Column]] = {
    "USER": ("vicidial_users", User.user),
    "USER_GROUP": ("vicidial_user_groups", UserGroup.user_group),
    "CAMPAIGN": ("vicidial_campaigns", Campaign.campaign_id),
}


def server_context(session: Session, server_ip: str) -> str:
    """The dialplan context of the server; '' when the server is unknown."""
    query = select(Server.ext_context).where(same_text(Server.server_ip, server_ip)).limit(1)
    return session.scalar(query) or ""


def playing_audio_channel(session: Session, conf_exten: str, server_ip: str) -> str | None:
    """The audio channel playing into the conference, if any."""
    query = (select(LiveChannel.channel)
             .where(same_text(LiveChannel.extension, conf_exten),
                    same_text(LiveChannel.server_ip, server_ip),
                    func.lower(LiveChannel.channel).like(f"{AUDIO_CHANNEL_PREFIX.lower()}%"))
             .order_by(LiveChannel.live_channel_id).limit(1))
    return session.scalar(query)


def _in_texts(column: Column, names: Sequence[str]) -> ColumnElement[bool]:
    return func.lower(func.rtrim(column)).in_([folded(name) for name in names])


def waiting_calls(session: Session, campaign: str, groups: Sequence[str],
                  direct_agent: str | None) -> int:
    """LIVE calls of the campaign or the groups, and AGENTDIRECT calls kept for the agent."""
    routes = [same_text(LiveCall.campaign_id, campaign), _in_texts(LiveCall.campaign_id, groups)]
    if direct_agent is not None:
        routes.append(and_(func.lower(LiveCall.campaign_id).like("%agentdirect%"),
                           same_text(LiveCall.agent_only, direct_agent)))
    query = select(func.count()).select_from(LiveCall).where(
        same_text(LiveCall.status, "LIVE"), or_(*routes))
    return int(session.scalar(query) or 0)


def waiting_emails(session: Session, groups: Sequence[str]) -> int:
    """E-mails not yet answered (NEW or QUEUE) in the groups."""
    query = select(func.count()).select_from(QueuedEmail).where(
        _in_texts(QueuedEmail.status, ["NEW", "QUEUE"]), _in_texts(QueuedEmail.group_id, groups))
    return int(session.scalar(query) or 0)


def recipient_exists(session: Session, recipient_type: str, name: str) -> bool:
    _table, column = RECIPIENT_TABLES[recipient_type]
    query = select(func.count()).where(same_text(column, name))
    return int(session.scalar(query) or 0) > 0


def guess_recipient_type(session: Session, name: str) -> str | None:
    """The first recipient type (users, then groups, then campaigns) that has the name."""
    return next((kind for kind in RECIPIENT_TABLES if recipient_exists(session, kind, name)),
                None)


def confetti_settings(session: Session) -> str | None:
    """The CONFETTI_SETTINGS container's entry, or None when there is no such container."""
    query = select(SettingsContainer).where(
        same_text(SettingsContainer.container_id, CONFETTI_CONTAINER)).limit(1)
    container = session.scalars(query).first()
    return None if container is None else (container.container_entry or "")
