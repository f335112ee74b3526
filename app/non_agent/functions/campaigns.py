"""campaigns_list and hopper_list: the campaigns a dashboard shows, and the leads queued to dial."""

from __future__ import annotations

import re
import time

from app.agent_api.auth import unix_time
from app.non_agent import access
from app.non_agent.admin_access import begin
from app.non_agent.call import NonAgentCall
from app.non_agent.output import delimiter, row
from app.non_agent.registry import non_agent_function
from app.state import non_agent_admin_queries as admin_queries
from app.state import non_agent_queries as queries
from app.state.models import HopperEntry, User
from app.wire.messages import non_agent_admin as messages


def _viewer_count(call: NonAgentCall) -> int:
    return admin_queries.count_users(
        call.session, call.user, admin_queries.flag_on(User.vdc_agent_api_access),
        admin_queries.flag_on(User.view_reports), User.user_level > 7)


def _allowed_campaigns(call: NonAgentCall) -> list[str] | None:
    group = queries.group_of(call.session, call.user_group)
    return access.campaigns_seen(group.allowed_campaigns if group else None)


@non_agent_function("campaigns_list")
def campaigns_list(call: NonAgentCall) -> None:
    """The campaigns of the API user's group, one delimited line each."""
    begin(call, messages.CAMPAIGNS_NO_PERMISSION, _viewer_count(call))
    separator, _ = delimiter(call.params.stage)
    output = ""
    if call.params.header == "YES":
        output = separator.join(messages.CAMPAIGNS_COLUMNS) + "\n"
    found = admin_queries.campaigns(call.session, _allowed_campaigns(call),
                                    call.params.campaign_id)
    if not found:
        call.stop(messages.CAMPAIGNS_NONE, data=f"{call.user}|")
    for campaign in found:
        statuses = re.sub(r"^ | -$", "", campaign.dial_statuses or "")
        output += row([campaign.campaign_id, campaign.campaign_name, campaign.active,
                       campaign.user_group, campaign.dial_method, campaign.auto_dial_level,
                       campaign.lead_order, statuses, campaign.dial_timeout,
                       campaign.dial_prefix, campaign.manual_dial_prefix,
                       campaign.three_way_dial_prefix], separator)
    call.write(output)
    listed = ",".join(f"'{campaign.campaign_id}'" for campaign in found)
    call.log("SUCCESS", messages.CAMPAIGNS_FOUND.format(count=len(found)),
             f"{call.user}|{listed}|")


@non_agent_function("hopper_list")
def hopper_list(call: NonAgentCall) -> None:
    """The READY hopper rows of one campaign with their leads' details and ages."""
    begin(call, messages.HOPPER_NO_PERMISSION, _viewer_count(call))
    campaign_id = call.params.campaign_id
    allowed = _allowed_campaigns(call)
    if not admin_queries.campaigns(call.session, allowed, campaign_id) or not campaign_id:
        call.stop(messages.HOPPER_NO_CAMPAIGN, data="0", user=call.user,
                  campaign_id=campaign_id)
    separator, _ = delimiter(call.params.stage)
    output = ""
    if call.params.header == "YES":
        output = separator.join(messages.HOPPER_COLUMNS) + "\n"
    entries = admin_queries.ready_hopper(call.session, campaign_id, allowed)
    if "BLOCK" in call.params.search_method:
        entries = [e for e in entries if admin_queries.lead(call.session, e.lead_id)]
    if not entries:
        call.stop(messages.HOPPER_EMPTY, data=f"{call.user}|{campaign_id}")
    server_gmt = _server_gmt(call)
    for order, entry in enumerate(entries):
        output += row(_hopper_values(call, order, entry, server_gmt), separator)
    call.write(output)
    # The real success row logs a variable the script never fills.
    call.log("SUCCESS", messages.HOPPER_FOUND.format(count=len(entries)), f"{call.user}||")


def _server_gmt(call: NonAgentCall) -> float:
    stored = queries.server_gmt(call.session)
    dst = time.localtime(call.started_epoch).tm_isdst > 0
    if stored is None:
        return int(time.strftime("%z", time.localtime(call.started_epoch))) / 100
    return _float(stored) + (1 if dst else 0)


def _float(text: str | None) -> float:
    match = re.match(r"\s*[-+]?\d*\.?\d+", text or "")
    return float(match.group(0)) if match else 0.0


def _hopper_values(call: NonAgentCall, order: int, entry: HopperEntry,
                   server_gmt: float) -> list[object]:
    lead = admin_queries.lead(call.session, entry.lead_id)
    entry_epoch = unix_time(lead.entry_date) if lead else 0
    last_call = unix_time(lead.last_local_call_time) if lead else 0
    age_days = int((call.started_epoch - entry_epoch) / 86400)
    # The last call time is the lead's local time: shifted by the lead's offset from the
    # server before the age is taken.
    last_call += int((_float(entry.gmt_offset_now) - server_gmt) * 3600)
    values: list[object] = [order, entry.priority, entry.lead_id, entry.list_id]
    if lead is None:
        values += ["", "", entry.state, "", ""]
    else:
        values += [lead.phone_number, lead.phone_code, entry.state, lead.status,
                   lead.called_count]
    values += [entry.gmt_offset_now, lead.rank if lead else "", entry.alt_dial, entry.source,
               entry.vendor_lead_code, lead.source_id if lead else "", age_days,
               _age_text(int((call.started_epoch - last_call) / 3600))]
    return values


def _age_text(hours: int) -> str:
    if hours < 24:
        return f"{hours} {messages.AGE_HOURS}"
    days = int(hours / 24)
    if days < 365:
        return f"{days} {messages.AGE_DAYS}"
    years = int(days / 365)
    return f"{years} {messages.AGE_YEARS}" if years < 30 else messages.AGE_NEVER
