"""The look-ups and writes of an agent's in-group selection."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.state.compare import same_text
from app.state.models import Campaign, InGroup, InGroupAgent, LiveInboundAgent


def campaign(session: Session, campaign_id: str | None) -> Campaign | None:
    return session.scalars(select(Campaign).where(same_text(Campaign.campaign_id,
                                                            campaign_id or ""))
                           .limit(1)).first()


def in_group_exists(session: Session, group_id: str) -> bool:
    query = select(func.count()).select_from(InGroup).where(same_text(InGroup.group_id,
                                                                      group_id))
    return int(session.scalar(query) or 0) > 0


def group_agent(session: Session, user: str, group_id: str) -> InGroupAgent | None:
    """The agent's standing settings for the in-group, if any."""
    return session.scalars(select(InGroupAgent).where(
        same_text(InGroupAgent.user, user), same_text(InGroupAgent.group_id, group_id))
        .order_by(InGroupAgent.in_group_agent_id).limit(1)).first()


def live_inbound_agents(session: Session, user: str, group_id: str) -> list[LiveInboundAgent]:
    return list(session.scalars(select(LiveInboundAgent).where(
        same_text(LiveInboundAgent.user, user), same_text(LiveInboundAgent.group_id, group_id))
        .order_by(LiveInboundAgent.live_inbound_agent_id).with_for_update()))
