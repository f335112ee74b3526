"""add_dnc_phone and delete_dnc_phone: a number on or off a campaign's or the system's DNC list."""

from __future__ import annotations

from app.non_agent.admin_access import begin
from app.non_agent.call import NonAgentCall
from app.non_agent.registry import non_agent_function
from app.state import non_agent_admin_queries as admin_queries
from app.state.models import AdminLogEntry, User
from app.state.models.dialing import CampaignDncNumber, DncNumber
from app.wire.messages import non_agent_admin as messages


def _dnc_editors(call: NonAgentCall, *flags: object) -> int:
    # No API-access flag here: any level-8 user with the list rights may edit DNC lists.
    rules = [admin_queries.flag_on(flag) for flag in flags]
    return admin_queries.count_users(call.session, call.user, User.user_level >= 8, *rules)


def _required(call: NonAgentCall, template: object) -> tuple[str, str, bool]:
    phone, campaign_id = call.params.phone_number, call.params.campaign_id
    if len(phone) < 6 or len(campaign_id) < 1:
        call.stop(template, data=f"{phone}|{campaign_id}", user=call.user)  # type: ignore
    # Only the exact spelling means the system list; any other is a campaign id, unchecked.
    return phone, campaign_id, campaign_id == messages.DNC_SYSTEM


@non_agent_function("add_dnc_phone")
def add_dnc_phone(call: NonAgentCall) -> None:
    """Put a number on a campaign's DNC list, or the system's with SYSTEM_INTERNAL."""
    begin(call, messages.ADD_DNC_NO_PERMISSION, _dnc_editors(call, User.modify_lists))
    phone, campaign_id, system = _required(call, messages.ADD_DNC_REQUIRED)
    data = f"{phone}|{campaign_id}"
    existing = (admin_queries.system_dnc(call.session, phone) if system
                else admin_queries.campaign_dnc(call.session, phone, campaign_id))
    if existing:
        call.stop(messages.ADD_DNC_EXISTS, data=data, user=call.user)
    if system:
        call.session.add(DncNumber(phone_number=phone))
        first = messages.DNC_SYSTEM_ADD_SQL.format(phone=phone)
    else:
        call.session.add(CampaignDncNumber(phone_number=phone, campaign_id=campaign_id))
        first = messages.DNC_CAMPAIGN_ADD_SQL.format(phone=phone, campaign=campaign_id)
    call.session.flush()
    _admin_log(call, "ADD", "ADMIN API ADD DNC NUMBER", first, "add", system)
    call.say(messages.ADD_DNC_DONE, data=data, user=call.user)


@non_agent_function("delete_dnc_phone")
def delete_dnc_phone(call: NonAgentCall) -> None:
    """Take a number off a campaign's DNC list, or the system's with SYSTEM_INTERNAL."""
    editors = _dnc_editors(call, User.modify_lists, User.delete_from_dnc)
    begin(call, messages.DELETE_DNC_NO_PERMISSION, editors)
    phone, campaign_id, system = _required(call, messages.DELETE_DNC_REQUIRED)
    data = f"{phone}|{campaign_id}"
    existing: list[object] = list(
        admin_queries.system_dnc(call.session, phone) if system
        else admin_queries.campaign_dnc(call.session, phone, campaign_id))
    if not existing:
        call.stop(messages.DELETE_DNC_MISSING, data=data, user=call.user)
    for entry in existing:
        call.session.delete(entry)
    call.session.flush()
    first = (messages.DNC_SYSTEM_DELETE_SQL.format(phone=phone) if system else
             messages.DNC_CAMPAIGN_DELETE_SQL.format(phone=phone, campaign=campaign_id))
    _admin_log(call, "DELETE", "ADMIN API DELETE DNC NUMBER", first, "delete", system,
               removed=len(existing))
    call.say(messages.DELETE_DNC_DONE, data=data, user=call.user)


def _admin_log(call: NonAgentCall, event_type: str, code: str, first: str, action: str,
               system: bool, removed: int = 1) -> None:
    phone, campaign_id = call.params.phone_number, call.params.campaign_id
    logged_campaign = "-SYSINT-" if system else campaign_id
    second = messages.DNC_LOG_SQL.format(phone=phone, campaign=logged_campaign,
                                         action=action, user=call.user)
    call.session.add(AdminLogEntry(
        event_date=call.clock.now_text(), user=call.user, ip_address=call.request.remote_ip,
        event_section="LISTS", event_type=event_type, record_id=phone, event_code=code,
        event_sql=f"{first}|{second}|".replace(";", ""),
        event_notes=f"{phone}|{campaign_id}|{removed}|1"))
