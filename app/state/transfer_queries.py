"""The look-ups of the transfer and remote-control functions."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.state.compare import same_text
from app.state.models import (
    AgentSession,
    CallLog,
    Campaign,
    CloserLog,
    GroupAlias,
    InGroup,
    LiveCall,
    Server,
    SipChannel,
    ThreeWayMultiDial,
    ThreeWayPressCall,
)

# Press-1 three-way calls in these states no longer hold the agent.
FINISHED_3WAY_STATES = ("hungup", "defeated", "transfer", "tooslow", "declined")


def group_alias(session: Session, alias_id: str) -> GroupAlias | None:
    return session.scalars(select(GroupAlias).where(same_text(GroupAlias.group_alias_id,
                                                              alias_id)).limit(1)).first()


def active_ingroup_exists(session: Session, group_id: str) -> bool:
    query = select(func.count()).select_from(InGroup).where(
        same_text(InGroup.group_id, group_id), same_text(InGroup.active, "Y"))
    return int(session.scalar(query) or 0) > 0


def default_xfer_group(session: Session, call_type: str, campaign_id: str) -> str:
    """The in-group an inbound call's group, or an outbound call's campaign, sends to."""
    row: InGroup | Campaign | None
    if call_type == "IN":
        row = session.scalars(select(InGroup).where(same_text(InGroup.group_id, campaign_id))
                              .limit(1)).first()
    else:
        row = session.scalars(select(Campaign).where(
            same_text(Campaign.campaign_id, campaign_id)).limit(1)).first()
    return (row.default_xfer_group or "") if row is not None else ""


def live_call(session: Session, callerid: str) -> LiveCall | None:
    return session.scalars(select(LiveCall).where(same_text(LiveCall.callerid, callerid))
                           .order_by(LiveCall.auto_call_id).limit(1)).first()


def live_calls(session: Session, callerid: str) -> list[LiveCall]:
    return list(session.scalars(select(LiveCall).where(same_text(LiveCall.callerid, callerid))))


def agent_on_call(session: Session, callerid: str) -> AgentSession | None:
    """The agent whose screen holds the call with this caller id."""
    query = select(AgentSession).where(same_text(AgentSession.callerid, callerid))
    return session.scalars(query.order_by(AgentSession.live_agent_id).limit(1)).first()


def agents_ringing(session: Session, callerid: str) -> list[AgentSession]:
    query = select(AgentSession).where(same_text(AgentSession.ring_callerid, callerid))
    return list(session.scalars(query))


def active_3way_calls(session: Session, user: str, since: str) -> int:
    """The agent's press-1 three-way calls placed after `since` and not finished."""
    status = func.lower(func.rtrim(ThreeWayPressCall.status))
    query = select(func.count()).select_from(ThreeWayPressCall).where(
        same_text(ThreeWayPressCall.user, user), status.not_in(FINISHED_3WAY_STATES),
        ThreeWayPressCall.call_date > since)
    return int(session.scalar(query) or 0)


def three_way_channels(session: Session, server_ip: str, conf_exten: str) -> int:
    """SIP channels of a three-way dial (group `DC...W`) in the agent's conference."""
    query = select(func.count()).select_from(SipChannel).where(
        same_text(SipChannel.server_ip, server_ip),
        func.lower(SipChannel.channel_group).like("dc%w"),
        same_text(SipChannel.extension, conf_exten))
    return int(session.scalar(query) or 0)


def multi_dial(session: Session, user: str) -> ThreeWayMultiDial | None:
    query = select(ThreeWayMultiDial).where(same_text(ThreeWayMultiDial.user, user))
    return session.scalars(query.limit(1)).first()


def outbound_log_row(session: Session, uniqueid: str, lead_id: int) -> CallLog | None:
    query = select(CallLog).where(same_text(CallLog.uniqueid, uniqueid),
                                  CallLog.lead_id == lead_id)
    return session.scalars(query.order_by(CallLog.call_date.desc()).limit(1)).first()


def inbound_log_row(session: Session, uniqueid: str, lead_id: int,
                    campaign_id: str) -> CloserLog | None:
    query = select(CloserLog).where(same_text(CloserLog.uniqueid, uniqueid),
                                    CloserLog.lead_id == lead_id,
                                    same_text(CloserLog.campaign_id, campaign_id))
    return session.scalars(query.order_by(CloserLog.closecallid.desc()).limit(1)).first()


def server_context(session: Session, server_ip: str) -> str:
    """The dialplan context of the server the call is on ('' for an unknown server)."""
    query = select(Server.ext_context).where(same_text(Server.server_ip, server_ip))
    return session.scalars(query.limit(1)).first() or ""
