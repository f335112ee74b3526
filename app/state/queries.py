"""The look-ups the Agent API makes, in the state layer's own words."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.state.backends import locks_rows
from app.state.compare import same_text, texts_equal
from app.state.models import (
    AgentScreen,
    AgentSession,
    ApiLogEntry,
    ApiUrl,
    CampaignStatus,
    IpListEntry,
    Server,
    Status,
    SystemSettings,
    User,
    UserGroup,
)


def system_settings(session: Session) -> SystemSettings:
    """The one settings row; an empty table behaves as all-defaults."""
    row = session.scalars(select(SystemSettings).limit(1)).first()
    return row if row is not None else SystemSettings()


def find_user(session: Session, user: str) -> User | None:
    return session.scalars(select(User).where(same_text(User.user, user))
                           .order_by(User.user_id).limit(1)).first()


def lock_row(session: Session, row: object) -> None:
    """Read the row again as committed and lock it until the transaction ends.

    For a row the request changes from what it read (a login counter): on
    MariaDB and PostgreSQL a concurrent request waits instead of both writing
    from the same old value. SQLite's transaction already excludes others.
    """
    if locks_rows(session):
        session.refresh(row, with_for_update=True)


def find_user_by_custom_three(session: Session, alt_user: str) -> User | None:
    return session.scalars(select(User).where(same_text(User.custom_three, alt_user))
                           .order_by(User.user).limit(1)).first()


def has_api_access(session: Session, user: str) -> bool:
    query = select(func.count()).select_from(User).where(
        same_text(User.user, user), User.vdc_agent_api_access == "1")
    return int(session.scalar(query) or 0) > 0


def active_asterisk_servers(session: Session) -> int:
    query = select(func.count()).select_from(Server).where(
        same_text(Server.active, "Y"), same_text(Server.active_asterisk_server, "Y"))
    return int(session.scalar(query) or 0)


def user_group(session: Session, name: str | None) -> UserGroup | None:
    if name is None:
        return None
    return session.scalars(select(UserGroup).where(same_text(UserGroup.user_group, name))
                           .limit(1)).first()


def ip_list_holds(session: Session, ip_list_id: str, addresses: list[str]) -> bool:
    query = select(func.count()).select_from(IpListEntry).where(
        same_text(IpListEntry.ip_list_id, ip_list_id),
        func.lower(IpListEntry.ip_address).in_([a.lower() for a in addresses]))
    return int(session.scalar(query) or 0) > 0


def agent_session(session: Session, user: str, lock: bool = False) -> AgentSession | None:
    """The logged-in agent's live session, or None when the agent is not logged in.

    With `lock`, the row stays locked until the transaction ends, so a change
    of lead cannot slip between reading the session and writing for its lead.
    """
    query = select(AgentSession).where(same_text(AgentSession.user, user))
    query = query.order_by(AgentSession.live_agent_id).limit(1)
    found = session.scalars(query).first()
    if not lock or found is None or not locks_rows(session):
        return found
    # Locked by primary key: MariaDB would otherwise lock every row its scan passes.
    locked = session.get(AgentSession, found.live_agent_id, with_for_update=True,
                         populate_existing=True)
    # Gone or renamed while we waited: the agent is no longer logged in as `user`.
    return locked if locked is not None and texts_equal(locked.user, user) else None


def record_api_call(session: Session, entry: ApiLogEntry, remote_ip: str, url: str) -> None:
    """One API log row and the URL that was called, as every answered request writes."""
    session.add(entry)
    session.flush()
    session.add(ApiUrl(api_id=entry.api_id, api_date=entry.api_date, remote_ip=remote_ip,
                       url=url))


def is_callback_status(session: Session, status: str, campaign_id: str) -> bool:
    """Whether the status schedules a callback, system-wide or in the agent's campaign."""
    system_wide = select(func.count()).select_from(Status).where(
        same_text(Status.status, status), same_text(Status.scheduled_callback, "Y"))
    if (session.scalar(system_wide) or 0) > 0:
        return True
    campaign = select(func.count()).select_from(CampaignStatus).where(
        same_text(CampaignStatus.campaign_id, campaign_id),
        same_text(CampaignStatus.status, status), same_text(CampaignStatus.scheduled_callback, "Y"))
    return (session.scalar(campaign) or 0) > 0


def agent_screen(session: Session, user: str) -> AgentScreen:
    """The simulated screen's own row for the agent, made on first use."""
    screen = session.get(AgentScreen, user)
    if screen is None:
        screen = AgentScreen(user=user, flags_seen={}, effects=[])
        session.add(screen)
    return screen
