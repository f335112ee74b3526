"""agent_status, logged_in_agents and user_details: who is logged in, doing what."""

from __future__ import annotations

import datetime as dt

from app.non_agent import access
from app.non_agent.call import NonAgentCall, Permission
from app.non_agent.output import cell, delimiter, row
from app.non_agent.registry import non_agent_function
from app.non_agent.sub_status import sub_status
from app.state import non_agent_queries as queries
from app.state.models import AgentSession, User
from app.wire.messages import non_agent as messages

AGENT_STATUS = Permission(messages.AGENT_STATUS_NO_PERMISSION, view_reports=True)
LOGGED_IN_AGENTS = Permission(messages.LOGGED_IN_AGENTS_NO_PERMISSION, view_reports=True)
USER_DETAILS = Permission(messages.USER_DETAILS_NO_PERMISSION, view_reports=True)


@non_agent_function("agent_status")
def agent_status(call: NonAgentCall) -> None:
    """One agent's status, call, lead, pause code and real-time sub status."""
    call.begin(AGENT_STATUS)
    agent_user, user = call.agent_user, call.user
    if not 0 < len(agent_user) < 100:
        call.stop(messages.AGENT_STATUS_INVALID, data=f"{user}|{agent_user}", user=user,
                  agent_user=agent_user)
    separator, stage = delimiter(call.params.stage)
    with_ip = call.params.include_ip == "YES"
    output = ""
    if call.params.header == "YES":
        columns = messages.AGENT_STATUS_COLUMNS + (("computer_ip",) if with_ip else ())
        output = separator.join(columns) + "\n"

    person = queries.user_in_groups(call.session, agent_user, _groups_seen(call))
    if person is None:
        call.stop(messages.AGENT_STATUS_NOT_FOUND, data=f"{user}|{agent_user}", user=user,
                  agent_user=agent_user)
    agent = queries.live_agent(call.session, agent_user)
    if agent is None:
        call.stop(messages.AGENT_STATUS_NOT_LOGGED_IN, data=f"{user}|{agent_user}", user=user,
                  agent_user=agent_user)

    values = _status_values(call, agent, person)
    if with_ip:
        values += _login_ip(call)
    output += row(values, separator)
    call.write(output)
    call.log("SUCCESS", f"agent_status {output}", f"{user}|{agent_user}|{stage}")


def _status_values(call: NonAgentCall, agent: AgentSession, person: User) -> list[object]:
    pause_code = queries.pause_sub_status(call.session, call.agent_user, agent.agent_log_id)
    found = sub_status(call.session, agent, call.agent_user)
    vendor_lead_code, phone_number = "", ""
    lead = queries.lead(call.session, found.lead_id) if found.lead_id > 0 else None
    if lead is not None:
        vendor_lead_code, phone_number = cell(lead.vendor_lead_code), cell(lead.phone_number)
    if agent.callerid:
        calls = queries.live_calls(call.session, agent.callerid)
        if calls and len(calls[0].phone_number or "") > 3:
            phone_number = calls[0].phone_number or ""
    return [agent.status, agent.callerid, found.lead_id, agent.campaign_id, agent.calls_today,
            person.full_name, person.user_group, person.user_level, pause_code, found.name,
            phone_number, vendor_lead_code, agent.conf_exten]


def _login_ip(call: NonAgentCall) -> list[object]:
    # The real look-up takes the newest login from BEFORE two days ago, so a
    # recent login shows no address at all.
    two_days_ago = (call.clock.now() - dt.timedelta(days=2)).strftime("%Y-%m-%d %H:%M:%S")
    address = queries.login_ip_before(call.session, call.agent_user, two_days_ago)
    return [address] if address and len(address) > 3 else []


@non_agent_function("logged_in_agents")
def logged_in_agents(call: NonAgentCall) -> None:
    """Every logged-in agent the API user may see, optionally with sub statuses."""
    call.begin(LOGGED_IN_AGENTS)
    group = queries.group_of(call.session, call.user_group)
    groups = access.groups_seen(group.admin_viewable_groups if group else None)
    campaigns = access.campaigns_seen(group.allowed_campaigns if group else None)
    params = call.params
    chosen_groups = _choices(params.user_groups)
    separator, stage = delimiter(params.stage)
    with_sub_status = params.show_sub_status == "YES"
    output = ""
    if params.header == "YES":
        extra = ("pause_code", "sub_status") if with_sub_status else ()
        output = separator.join(messages.LOGGED_IN_AGENTS_COLUMNS + extra) + "\n"

    agents = queries.live_agents(call.session, campaigns, _choices(params.campaigns))
    printed = 0
    for agent in agents:
        person = queries.user_in_groups(call.session, agent.user or "", groups, chosen_groups)
        if person is None:
            continue
        lead_id: object = agent.lead_id
        extra_values: list[object] = []
        if with_sub_status:
            found = sub_status(call.session, agent, agent.user or "")
            lead_id = found.lead_id
            pause = queries.pause_sub_status(call.session, agent.user or "", agent.agent_log_id)
            extra_values = [pause, found.name]
        output += row([agent.user, agent.campaign_id, agent.conf_exten, agent.status, lead_id,
                       agent.callerid, agent.calls_today, person.full_name, person.user_group,
                       person.user_level, *extra_values], separator)
        printed += 1
    if printed < 1:
        call.stop(messages.LOGGED_IN_AGENTS_NONE, data=f"{call.user}|{call.agent_user}",
                  user=call.user, agent_user=call.agent_user)
    call.write(output)
    call.log("SUCCESS", f"logged_in_agents {output}", f"{call.user}|{len(agents)}|{stage}")


def _choices(text: str) -> list[str] | None:
    """A pipe-separated choice of campaigns or user groups; None when not given."""
    return text.split("|") if 0 < len(text) < 10000 else None


@non_agent_function("user_details")
def user_details(call: NonAgentCall) -> None:
    """One user's name, group, level and active flag."""
    call.begin(USER_DETAILS)
    agent_user, user = call.agent_user, call.user
    if not 0 < len(agent_user) < 100:
        call.stop(messages.USER_DETAILS_INVALID, data=f"{user}|{agent_user}", user=user,
                  agent_user=agent_user)
    separator, stage = delimiter(call.params.stage)
    output = ""
    if call.params.header == "YES":
        output = separator.join(messages.USER_DETAILS_COLUMNS) + "\n"
    person = queries.user_in_groups(call.session, agent_user, _groups_seen(call))
    if person is None:
        call.stop(messages.USER_DETAILS_NOT_FOUND, data=f"{user}|{agent_user}", user=user,
                  agent_user=agent_user)
    # The real line shows the user as asked for, not as stored.
    output += row([agent_user, person.full_name, person.user_group, person.user_level,
                   person.active], separator)
    call.write(output)
    call.log("SUCCESS", f"user_details {output}", f"{user}|{agent_user}|{stage}")


def _groups_seen(call: NonAgentCall) -> list[str] | None:
    group = queries.group_of(call.session, call.user_group)
    return access.groups_seen(group.admin_viewable_groups if group else None)
