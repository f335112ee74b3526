"""The look-ups of the Non-Agent API's admin functions (DNC, campaigns, hopper, users, lists).

Comparisons are MariaDB's, from app.state.compare; a `None` scope means the
real statement had no restriction.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.state.compare import same_text
from app.state.models import Campaign, HopperEntry, Lead, User
from app.state.models.dialing import CampaignDncNumber, DncNumber
from app.state.non_agent_queries import among


def count_users(session: Session, user: str, *rules: ColumnElement[bool]) -> int:
    """How many active users with this name pass every rule (the functions' own checks)."""
    query = select(func.count()).select_from(User).where(
        same_text(User.user, user), same_text(User.active, "Y"), *rules)
    return int(session.scalar(query) or 0)


def flag_on(column: object) -> ColumnElement[bool]:
    return same_text(column, "1")


# -- campaigns and the hopper --------------------------------------------------------


def campaigns(session: Session, allowed: Sequence[str] | None, campaign_id: str
              ) -> list[Campaign]:
    """Active and inactive campaigns the group sees, optionally just one."""
    query = select(Campaign).where(among(Campaign.active, ["Y", "N"]))
    if allowed is not None:
        query = query.where(among(Campaign.campaign_id, allowed))
    if campaign_id:
        query = query.where(same_text(Campaign.campaign_id, campaign_id))
    return list(session.scalars(query.order_by(Campaign.campaign_id)))


def ready_hopper(session: Session, campaign_id: str, allowed: Sequence[str] | None
                 ) -> list[HopperEntry]:
    query = select(HopperEntry).where(same_text(HopperEntry.status, "READY"),
                                      same_text(HopperEntry.campaign_id, campaign_id))
    if allowed is not None:
        query = query.where(among(HopperEntry.campaign_id, allowed))
    query = query.order_by(HopperEntry.priority.desc(), HopperEntry.hopper_id).limit(10000)
    return list(session.scalars(query))


def lead(session: Session, lead_id: int | None) -> Lead | None:
    return session.get(Lead, lead_id) if lead_id is not None else None


# -- DNC ----------------------------------------------------------------------------


def system_dnc(session: Session, phone: str) -> list[DncNumber]:
    return list(session.scalars(select(DncNumber).where(same_text(DncNumber.phone_number,
                                                                  phone))))


def campaign_dnc(session: Session, phone: str, campaign_id: str) -> list[CampaignDncNumber]:
    return list(session.scalars(select(CampaignDncNumber).where(
        same_text(CampaignDncNumber.phone_number, phone),
        same_text(CampaignDncNumber.campaign_id, campaign_id))))


# -- recordings ----------------------------------------------------------------------


def calls_like(session: Session, prefix: str) -> int:
    """How many outbound call log rows have a uniqueid starting with `prefix`."""
    from app.state.models import CallLog
    query = select(func.count()).select_from(CallLog).where(
        func.lower(CallLog.uniqueid).like(prefix.lower() + "%"))
    return int(session.scalar(query) or 0)


def closer_ids_like(session: Session, prefix: str) -> list[str]:
    from app.state.models import CloserLog
    query = select(CloserLog.closecallid).where(
        func.lower(CloserLog.uniqueid).like(prefix.lower() + "%"))
    return [str(found) for found in session.scalars(query)]


def recordings(session: Session, rules: Sequence[ColumnElement[bool]]) -> list[object]:
    from app.state.models import Recording
    query = select(Recording).where(*rules).order_by(Recording.start_time,
                                                     Recording.recording_id)
    return list(session.scalars(query.limit(100000)))


# -- users ---------------------------------------------------------------------------


def user_named(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(same_text(User.user, name))
                           .order_by(User.user_id).limit(1)).first()


def group_exists(session: Session, group: str, seen: Sequence[str] | None) -> bool:
    from app.state.models import UserGroup
    query = select(func.count()).select_from(UserGroup).where(
        same_text(UserGroup.user_group, group))
    if seen is not None:
        query = query.where(among(UserGroup.user_group, seen))
    return int(session.scalar(query) or 0) > 0


def editable_user(session: Session, name: str, level: int, same_level: bool,
                  seen: Sequence[str] | None) -> bool:
    """Whether the user exists below (or at, with same_level) the level, in a seen group."""
    ceiling = User.user_level <= level if same_level else User.user_level < level
    query = select(func.count()).select_from(User).where(same_text(User.user, name), ceiling)
    if seen is not None:
        query = query.where(among(User.user_group, seen))
    return int(session.scalar(query) or 0) > 0


def users_named(session: Session, name: str) -> list[User]:
    return list(session.scalars(select(User).where(same_text(User.user, name))))


def phone_logins(session: Session, login: str) -> int:
    from app.state.models import Phone
    query = select(func.count()).select_from(Phone).where(same_text(Phone.login, login))
    return int(session.scalar(query) or 0)
