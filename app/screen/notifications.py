"""Notifications reaching agents' screens, in the real screen's two steps.

With the system's agent notifications on, each screen poll first makes due
QUEUED notifications READY, takes the oldest READY one meant for this agent
(its user, its user group or its campaign), marks it SENT and hands it to every
logged-in agent it is meant for. Then the screen shows the oldest notification
handed to it and drops it from its queue. So a campaign-wide notification is
sent once, by whichever recipient's screen polls first, and shown on each.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app.agent_api import php
from app.clock import Clock
from app.state import queries
from app.state.models import AgentNotification, AgentSession, NotificationDelivery, User


def enabled(session: Session) -> bool:
    return php.compare(queries.system_settings(session).agent_notifications, 0) > 0


def waiting(session: Session, agent: AgentSession, clock: Clock) -> bool:
    """Whether the screen's next poll has a notification to send or show."""
    if not enabled(session):
        return False
    return _handed_to(session, agent) is not None or session.scalar(
        select(AgentNotification.notification_id).where(
            _meant_for(session, agent),
            or_(AgentNotification.notification_status == "READY",
                (AgentNotification.notification_status == "QUEUED")
                & (AgentNotification.notification_date <= clock.now_text())))
        .limit(1)) is not None


def any_waiting(session: Session, clock: Clock) -> bool:
    """Whether any screen's next poll could send or show a notification."""
    if not enabled(session):
        return False
    sendable = select(AgentNotification.notification_id).where(or_(
        AgentNotification.notification_status == "READY",
        (AgentNotification.notification_status == "QUEUED")
        & (AgentNotification.notification_date <= clock.now_text()))).limit(1)
    handed = select(NotificationDelivery.queue_id).limit(1)
    return session.scalar(handed) is not None or session.scalar(sendable) is not None


def show_next(session: Session, agent: AgentSession,
              clock: Clock) -> tuple[str, dict[str, Any]] | None:
    """One poll's work: send what is due, then show the oldest handed to this agent."""
    if not enabled(session):
        return None
    session.execute(update(AgentNotification)
                    .where(AgentNotification.notification_status == "QUEUED",
                           AgentNotification.notification_date <= clock.now_text())
                    .values(notification_status="READY"))
    ready = session.scalars(select(AgentNotification).where(
        AgentNotification.notification_status == "READY", _meant_for(session, agent))
        .order_by(AgentNotification.notification_date).limit(1)).first()
    if ready is not None:
        ready.notification_status = "SENT"
        for user in _recipients(session, ready):
            session.add(NotificationDelivery(notification_id=ready.notification_id,
                                             queue_date=clock.now_text(), user=user))
        session.flush()

    handed = _handed_to(session, agent)
    if handed is None:
        return None
    notification = session.get(AgentNotification, handed.notification_id)
    session.delete(handed)
    if notification is None:
        return None
    shown = {"notification_id": notification.notification_id,
             "text": notification.notification_text, "text_size": notification.text_size,
             "text_font": notification.text_font, "text_color": notification.text_color,
             "text_weight": notification.text_weight,
             "show_confetti": notification.show_confetti,
             "confetti_options": notification.confetti_options}
    what = notification.notification_text or "confetti"
    return f"showed notification {notification.notification_id}: {what}", shown


def _handed_to(session: Session, agent: AgentSession) -> NotificationDelivery | None:
    return session.scalars(select(NotificationDelivery).where(
        NotificationDelivery.user == agent.user)
        .order_by(NotificationDelivery.queue_date, NotificationDelivery.queue_id)
        .limit(1)).first()


def _meant_for(session: Session, agent: AgentSession) -> Any:
    user = queries.find_user(session, agent.user or "")
    return or_(
        (AgentNotification.recipient_type == "USER")
        & (AgentNotification.recipient == agent.user),
        (AgentNotification.recipient_type == "USER_GROUP")
        & (AgentNotification.recipient == (user.user_group if user else None)),
        (AgentNotification.recipient_type == "CAMPAIGN")
        & (AgentNotification.recipient == agent.campaign_id))


def _recipients(session: Session, notification: AgentNotification) -> list[str]:
    """The logged-in agents a sent notification is handed to."""
    recipient, kind = notification.recipient, notification.recipient_type
    query = select(AgentSession.user).order_by(AgentSession.user)
    if kind == "CAMPAIGN":
        query = query.where(AgentSession.campaign_id == recipient)
    elif kind == "USER_GROUP":
        members = select(User.user).where(User.user_group == recipient)
        query = query.where(AgentSession.user.in_(members))
    else:
        query = query.where(AgentSession.user == recipient)
    return [user for user in session.scalars(query) if user]
