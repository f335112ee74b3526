"""The look-ups the Non-Agent API makes, in the state layer's own words.

Comparisons are MariaDB's (letter case and trailing spaces ignored); a
`None` scope means the real statement had no restriction at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.state.compare import folded, same_text
from app.state.models import (
    AgentLogEntry,
    AgentSession,
    ArchivedCallback,
    Callback,
    CallLog,
    Campaign,
    ChatMessage,
    CloserLog,
    HopperEntry,
    Lead,
    LeadList,
    LiveCall,
    LiveChat,
    NanpaPrefix,
    ParkedChannel,
    PhoneCode,
    Server,
    User,
    UserGroup,
    UserLogEntry,
)
from app.state.models.call_extras import CallLogDetail
from app.state.models.dialing import CampaignDncNumber, DncNumber
from app.state.queries import find_user, user_group

__all__ = ["find_user", "user_group"]


def among(column: Any, values: Sequence[str]) -> ColumnElement[bool]:
    """`column IN(values)` with MariaDB's case- and trailing-space-blind equality."""
    return func.lower(func.rtrim(column)).in_([folded(v) for v in values])


# -- the API user ------------------------------------------------------------------


def active_user(session: Session, user: str) -> User | None:
    return session.scalars(select(User).where(same_text(User.user, user),
                                              same_text(User.active, "Y"))
                           .order_by(User.user_id).limit(1)).first()


def count_permitted(session: Session, user: str, level_over: int, view_reports: bool,
                    modify_leads: Sequence[str]) -> int:
    """How many active API-enabled users with this name have the function's rights."""
    query = select(func.count()).select_from(User).where(
        same_text(User.user, user), User.vdc_agent_api_access == "1",
        User.user_level > level_over, same_text(User.active, "Y"))
    if view_reports:
        query = query.where(User.view_reports == "1")
    if modify_leads:
        query = query.where(User.modify_leads.in_(list(modify_leads)))
    return int(session.scalar(query) or 0)


def server_gmt(session: Session) -> str | None:
    """The first active server's local_gmt ('' when empty), None without one."""
    server = session.scalars(select(Server).where(same_text(Server.active, "Y"))
                             .limit(1)).first()
    return None if server is None else (server.local_gmt or "")


def group_of(session: Session, name: str | None) -> UserGroup | None:
    return user_group(session, name)


def lists_of_campaigns(session: Session, campaigns: Sequence[str] | None) -> list[int]:
    query = select(LeadList.list_id).order_by(LeadList.list_id)
    if campaigns is not None:
        query = query.where(among(LeadList.campaign_id, campaigns))
    return [int(list_id or 0) for list_id in session.scalars(query)]


def list_exists(session: Session, list_id: Any, campaigns: Sequence[str] | None = None) -> bool:
    query = select(func.count()).select_from(LeadList).where(
        LeadList.list_id == _as_number(list_id))
    if campaigns is not None:
        query = query.where(among(LeadList.campaign_id, campaigns))
    return int(session.scalar(query) or 0) > 0


def lists_beside(session: Session, list_id: str) -> list[int] | None:
    """The lists of the campaign that owns `list_id`; None when the list does not exist."""
    owner = session.scalars(select(LeadList.campaign_id)
                            .where(LeadList.list_id == _as_number(list_id)).limit(1)).first()
    if owner is None and not list_exists(session, list_id):
        return None
    query = select(LeadList.list_id).where(same_text(LeadList.campaign_id, owner or ""))
    return [int(found or 0) for found in session.scalars(query.order_by(LeadList.list_id))]


# -- agents ---------------------------------------------------------------------


def user_in_groups(session: Session, user: str, groups: Sequence[str] | None,
                   extra_groups: Sequence[str] | None = None) -> User | None:
    query = select(User).where(same_text(User.user, user))
    for scope in (groups, extra_groups):
        if scope is not None:
            query = query.where(among(User.user_group, scope))
    return session.scalars(query.order_by(User.user_id).limit(1)).first()


def live_agent(session: Session, user: str) -> AgentSession | None:
    return session.scalars(select(AgentSession).where(same_text(AgentSession.user, user))
                           .order_by(AgentSession.live_agent_id).limit(1)).first()


def live_agents(session: Session, campaigns: Sequence[str] | None,
                chosen: Sequence[str] | None) -> list[AgentSession]:
    query = select(AgentSession).order_by(AgentSession.live_agent_id)
    for scope in (campaigns, chosen):
        if scope is not None:
            query = query.where(among(AgentSession.campaign_id, scope))
    return list(session.scalars(query))


def pause_sub_status(session: Session, user: str, agent_log_id: Any) -> str | None:
    query = select(AgentLogEntry.sub_status).where(
        same_text(AgentLogEntry.user, user),
        AgentLogEntry.agent_log_id == _as_number(agent_log_id)).limit(1)
    return session.scalars(query).first()


def agents_talking_to(session: Session, lead_id: Any) -> int:
    query = select(func.count()).select_from(AgentSession).where(
        AgentSession.lead_id == _as_number(lead_id), same_text(AgentSession.status, "INCALL"))
    return int(session.scalar(query) or 0)


def parked_calls(session: Session, callerid: str | None) -> int:
    query = select(func.count()).select_from(ParkedChannel).where(
        same_text(ParkedChannel.channel_group, callerid or ""))
    return int(session.scalar(query) or 0)


def live_calls(session: Session, callerid: str | None) -> list[LiveCall]:
    query = select(LiveCall).where(same_text(LiveCall.callerid, callerid or ""))
    return list(session.scalars(query.order_by(LiveCall.auto_call_id)))


def chat_left(session: Session, creator: str, lead_id: Any) -> bool:
    """Whether the agent's newest chat with the lead has a 'has left chat' line."""
    chat_id = session.scalars(
        select(LiveChat.chat_id).where(same_text(LiveChat.chat_creator, creator),
                                       LiveChat.lead_id == _as_number(lead_id))
        .order_by(LiveChat.chat_start_time.desc()).limit(1)).first()
    query = select(func.count()).select_from(ChatMessage).where(
        same_text(ChatMessage.chat_id, "" if chat_id is None else str(chat_id)),
        func.lower(ChatMessage.message).like("%has left chat"))
    return int(session.scalar(query) or 0) > 0


def login_ip_before(session: Session, user: str, moment: str) -> str | None:
    query = select(UserLogEntry.computer_ip).where(
        same_text(UserLogEntry.user, user), same_text(UserLogEntry.event, "LOGIN"),
        UserLogEntry.event_date < moment).order_by(UserLogEntry.event_date.desc()).limit(1)
    return session.scalars(query).first()


# -- calls -----------------------------------------------------------------------


def call_by_code(session: Session, caller_code: str) -> CallLogDetail | None:
    return session.scalars(select(CallLogDetail)
                           .where(same_text(CallLogDetail.caller_code, caller_code))
                           .limit(1)).first()


def inbound_call(session: Session, call_date: str | None, uniqueid: str | None,
                 lead_id: int) -> CloserLog | None:
    query = select(CloserLog).where(CloserLog.call_date == call_date,
                                    same_text(CloserLog.uniqueid, uniqueid or ""),
                                    CloserLog.lead_id == lead_id)
    return session.scalars(query.order_by(CloserLog.closecallid).limit(1)).first()


def outbound_call(session: Session, uniqueid: str | None, lead_id: int) -> CallLog | None:
    query = select(CallLog).where(same_text(CallLog.uniqueid, uniqueid or ""),
                                  CallLog.lead_id == lead_id)
    return session.scalars(query.limit(1)).first()


def talk_time(session: Session, uniqueid: str | None, lead_id: int,
              user: str | None) -> AgentLogEntry | None:
    query = select(AgentLogEntry).where(same_text(AgentLogEntry.uniqueid, uniqueid or ""),
                                        AgentLogEntry.lead_id == lead_id,
                                        same_text(AgentLogEntry.user, user or ""))
    return session.scalars(query.order_by(AgentLogEntry.agent_log_id).limit(1)).first()


# -- leads and callbacks ------------------------------------------------------------


def lead(session: Session, lead_id: Any) -> Lead | None:
    return session.get(Lead, _as_number(lead_id))


def leads_with_phone(session: Session, phone_number: str, limit: int = 1000) -> list[Lead]:
    query = select(Lead).where(same_text(Lead.phone_number, phone_number))
    return list(session.scalars(query.order_by(Lead.lead_id.desc()).limit(limit)))


def callbacks_of(session: Session, lead_id: str, archived: bool) -> list[Any]:
    model: Any = ArchivedCallback if archived else Callback
    query = select(model).where(model.lead_id == _as_number(lead_id))
    return list(session.scalars(query.order_by(model.callback_id)))


def _as_number(value: Any) -> int:
    """A value compared with a number column, read as MariaDB reads it ('12abc' is 12)."""
    if isinstance(value, int):
        return value
    digits = ""
    for char in str(value or "").strip():
        if not char.isdigit():
            break
        digits += char
    return int(digits) if digits else 0


def leads_matching(session: Session, column: str, values: Sequence[str],
                   lists: Sequence[int] | None, limit: int) -> list[Lead]:
    """Leads whose `column` is one of `values`, newest first."""
    query = select(Lead).where(among(getattr(Lead, column), values))
    return _newest(session, query, lists, limit)


def leads_with_ids(session: Session, lead_ids: Sequence[int], lists: Sequence[int] | None,
                   limit: int) -> list[Lead]:
    return _newest(session, select(Lead).where(Lead.lead_id.in_(list(lead_ids))), lists, limit)


def _newest(session: Session, query: Any, lists: Sequence[int] | None,
            limit: int) -> list[Lead]:
    if lists is not None:
        query = query.where(Lead.list_id.in_(list(lists)))
    return list(session.scalars(query.order_by(Lead.lead_id.desc()).limit(limit)))


# -- adding leads -------------------------------------------------------------------


def campaign_count(session: Session, campaign_id: str) -> int:
    query = select(func.count()).select_from(Campaign).where(
        same_text(Campaign.campaign_id, campaign_id))
    return int(session.scalar(query) or 0)


def campaign(session: Session, campaign_id: str) -> Campaign | None:
    return session.scalars(select(Campaign).where(same_text(Campaign.campaign_id, campaign_id))
                           .limit(1)).first()


def list_campaign(session: Session, list_id: Any) -> tuple[Campaign, LeadList] | None:
    """The list and the campaign it belongs to, when both exist."""
    query = select(Campaign, LeadList).where(
        LeadList.list_id == _as_number(list_id),
        func.lower(func.rtrim(Campaign.campaign_id)) == func.lower(func.rtrim(
            LeadList.campaign_id))).limit(1)
    found = session.execute(query).first()
    return None if found is None else (found[0], found[1])


def dnc_count(session: Session, numbers: Sequence[str]) -> int:
    query = select(func.count()).select_from(DncNumber).where(
        among(DncNumber.phone_number, numbers))
    return int(session.scalar(query) or 0)


def campaign_dnc_count(session: Session, numbers: Sequence[str], campaign_id: str) -> int:
    query = select(func.count()).select_from(CampaignDncNumber).where(
        among(CampaignDncNumber.phone_number, numbers),
        same_text(CampaignDncNumber.campaign_id, campaign_id))
    return int(session.scalar(query) or 0)


def nanpa_count(session: Session, area: str | None = None, prefix: str | None = None) -> int:
    query = select(func.count()).select_from(NanpaPrefix)
    if area is not None:
        query = query.where(same_text(NanpaPrefix.areacode, area),
                            same_text(NanpaPrefix.prefix, prefix or ""))
    return int(session.scalar(query) or 0)


def area_code_count(session: Session, area: str) -> int:
    query = select(func.count()).select_from(PhoneCode).where(
        same_text(PhoneCode.areacode, area), PhoneCode.country_code == 1)
    return int(session.scalar(query) or 0)


def area_code_state(session: Session, phone_code: str, area: str) -> str | None:
    query = select(PhoneCode.state).where(PhoneCode.country_code == _as_number(phone_code),
                                          same_text(PhoneCode.areacode, area))
    return session.scalars(query.order_by(PhoneCode.phone_code_id).limit(1)).first()


def first_duplicate(session: Session, conditions: dict[str, str], phone_or_alt: str | None,
                    lists: Sequence[int] | None, since: str | None) -> Lead | None:
    """The first lead matching every column, optionally in these lists and newer than `since`."""
    query = select(Lead).where(*(same_text(getattr(Lead, column), value)
                                 for column, value in conditions.items()))
    if phone_or_alt is not None:
        query = query.where(same_text(Lead.phone_number, phone_or_alt)
                            | same_text(Lead.alt_phone, phone_or_alt))
    if lists is not None:
        query = query.where(Lead.list_id.in_(list(lists)))
    if since is not None:
        query = query.where(Lead.entry_date > since)
    return session.scalars(query.order_by(Lead.lead_id).limit(1)).first()


# -- the hopper ---------------------------------------------------------------------


def hopper_entries(session: Session, lead_id: Any) -> list[HopperEntry]:
    query = select(HopperEntry).where(HopperEntry.lead_id == _as_number(lead_id))
    return list(session.scalars(query.order_by(HopperEntry.hopper_id)))


def leads_by_entry(session: Session, column: str, value: str, lists: Sequence[int] | None,
                   limit: int) -> list[Lead]:
    """Leads whose `column` is `value`, newest entry first."""
    if column == "lead_id":
        query = select(Lead).where(Lead.lead_id == _as_number(value))
    else:
        query = select(Lead).where(same_text(getattr(Lead, column), value))
    if lists is not None:
        query = query.where(Lead.list_id.in_(list(lists)))
    query = query.order_by(Lead.entry_date.desc(), Lead.lead_id.desc()).limit(limit)
    return list(session.scalars(query))
