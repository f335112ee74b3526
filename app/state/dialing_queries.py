"""The look-ups of the manual-dial and lead functions (external_dial, external_add_lead, ...)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.state.compare import same_text
from app.state.models import (
    Campaign,
    CampaignDncNumber,
    DncNumber,
    GroupAlias,
    InGroup,
    Lead,
    ManualDialQueueEntry,
    User,
)

# Larger ids cannot name a row of vicidial_list (INT UNSIGNED).
LEAD_ID_MAX = 4294967295


def campaign(session: Session, campaign_id: str | None) -> Campaign | None:
    if campaign_id is None:
        return None
    return session.scalars(select(Campaign).where(same_text(Campaign.campaign_id, campaign_id))
                           .limit(1)).first()


def group_alias(session: Session, alias_id: str) -> GroupAlias | None:
    query = select(GroupAlias).where(same_text(GroupAlias.group_alias_id, alias_id))
    return session.scalars(query.limit(1)).first()


def in_group_exists(session: Session, group_id: str) -> bool:
    query = select(func.count()).select_from(InGroup).where(same_text(InGroup.group_id, group_id))
    return int(session.scalar(query) or 0) > 0


def may_dial_manually(session: Session, user: str) -> bool:
    """Whether the user's agentcall_manual setting allows manual dial calls."""
    query = select(func.count()).select_from(User).where(
        same_text(User.user, user), same_text(User.agentcall_manual, "1"))
    return int(session.scalar(query) or 0) > 0


def already_queued(session: Session, user: str, phone_number: str) -> bool:
    """Whether the agent's manual dial queue already holds this number."""
    query = select(func.count()).select_from(ManualDialQueueEntry).where(
        same_text(ManualDialQueueEntry.user, user),
        same_text(ManualDialQueueEntry.phone_number, phone_number))
    return int(session.scalar(query) or 0) > 0


def lead(session: Session, lead_id: str) -> Lead | None:
    """The lead a digits-only lead_id names, compared as a number like MariaDB does."""
    if not lead_id.isdigit() or int(lead_id) > LEAD_ID_MAX:
        return None
    return session.get(Lead, int(lead_id))


def newest_lead_with_vendor_code(session: Session, vendor_lead_code: str) -> Lead | None:
    query = select(Lead).where(same_text(Lead.vendor_lead_code, vendor_lead_code))
    return session.scalars(query.order_by(Lead.lead_id.desc()).limit(1)).first()


def in_system_dnc(session: Session, phone_number: str) -> bool:
    query = select(func.count()).select_from(DncNumber).where(
        same_text(DncNumber.phone_number, phone_number))
    return int(session.scalar(query) or 0) > 0


def in_campaign_dnc(session: Session, phone_number: str, campaign_id: str) -> bool:
    query = select(func.count()).select_from(CampaignDncNumber).where(
        same_text(CampaignDncNumber.phone_number, phone_number),
        same_text(CampaignDncNumber.campaign_id, campaign_id))
    return int(session.scalar(query) or 0) > 0
