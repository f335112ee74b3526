"""change_ingroups: change which in-groups a logged-in agent takes calls from.

The request only sets flags for the agent screen (`external_ingroups`, ...)
and the live in-group rows the dialer routes by; the agent's own
`closer_campaigns` stays as the agent screen last wrote it.
"""

from __future__ import annotations

import re

from app.agent_api.call import ApiCall
from app.agent_api.registry import agent_function
from app.state import ingroup_queries, queries
from app.state.compare import folded, texts_equal
from app.state.models import AdminLogEntry, AgentSession, LiveInboundAgent
from app.state.statements import stored, update_row
from app.wire.messages import ingroups as messages

MANUAL_DIAL_METHODS = ("manual", "inbound_man")
# What a new live in-group row takes when the agent has no standing settings for the group.
NO_STANDING_SETTINGS = {"group_weight": 0, "calls_today": 0, "group_grade": 0,
                        "calls_today_filtered": 0, "daily_limit": -1}


@agent_function("change_ingroups")
def change_ingroups(call: ApiCall) -> None:
    """Change the agent's in-groups (CHANGE, ADD or REMOVE), optionally as the default."""
    params = call.params
    # Only the capitals of value count; any three or more that are not ADD/REMOVE act as CHANGE.
    call.value = value = re.sub("[^A-Z]", "", call.value)
    choices, blended = params.ingroup_choices, params.blended
    if len(blended) < 2 or len(call.agent_user) < 2 or len(value) < 3:
        call.say(messages.CHANGE_INGROUPS_NOT_VALID, data=f"{value}|{blended}|{choices}",
                 value=value, blended=blended, choices=choices, agent_user=call.agent_user)
        return
    call.check_permission(first=value)

    agent = call.logged_in_agent()
    if agent is None or not _may_change(call, agent, blended):
        return
    _check_groups_exist(call, choices)
    if not choices and value in ("ADD", "REMOVE"):
        call.stop(messages.CHOICES_REQUIRED, data=f"{value}|{choices}",
                  agent_user=call.agent_user, value=value, choices=choices)

    # ADD and REMOVE start from closer_campaigns, which this function never changes.
    current = agent.closer_campaigns or ""
    if value == "ADD":
        choices = _added(current, choices)
    elif value == "REMOVE":
        choices = _removed(current, choices)
    blended_flag = "1" if blended == "YES" else "0"
    update_row(agent, {"external_ingroups": choices, "external_blended": blended_flag,
                       "external_igb_set_user": call.user, "manager_ingroup_set": "SET"})
    call.debug_write(f"agent {call.agent_user} flagged to take in-groups '{choices}'")
    statements = _select_live_groups(call, choices, current)

    note = ""
    if params.set_as_default == "YES":
        _set_as_default(call, choices, blended_flag, statements)
        note = messages.SET_AS_DEFAULT_NOTE
    call.say(messages.INGROUPS_SET, data=f"{choices}|{blended}|{note}", user=call.user,
             agent_user=call.agent_user, choices=choices, blended=blended, default_note=note)


def _may_change(call: ApiCall, agent: AgentSession, blended: str) -> bool:
    """The campaign, API user and dial method checks; False after answering why not."""
    campaign = ingroup_queries.campaign(call.session, agent.campaign_id)
    if campaign is None or not texts_equal(campaign.campaign_allow_inbound, "Y"):
        call.say(messages.NO_INBOUND_CAMPAIGN, agent_user=call.agent_user)
        return False
    # The permission is change_agent_campaign, whatever the user's level.
    api_user = queries.find_user(call.session, call.user)
    if api_user is None or (api_user.change_agent_campaign or "") != "1":
        call.say(messages.NOT_ALLOWED_TO_CHANGE_INGROUPS, user=call.user)
        return False
    if blended == "YES" and folded(campaign.dial_method or "") in MANUAL_DIAL_METHODS:
        call.stop(messages.NO_OUTBOUND_AUTODIAL, data=blended, agent_user=call.agent_user,
                  blended=blended)
    return True


def _words(groups: str) -> list[str]:
    """A group list split as the real script splits it: one trailing '-' off, at each space."""
    return (groups[:-1] if groups.endswith("-") else groups).split(" ")


def _chosen(groups: str) -> list[str]:
    # The real script skips the first word, which is empty when the list starts with
    # a space as the agent screen writes it; without that space the first group is
    # kept in the list but never checked nor given a live row.
    return [group for group in _words(groups)[1:] if len(group) > 1]


def _check_groups_exist(call: ApiCall, choices: str) -> None:
    for group_id in _chosen(choices):
        found = ingroup_queries.in_group_exists(call.session, group_id)
        call.debug_line(f"in-group {group_id}: {'exists' if found else 'not found'}")
        # Inactive groups pass: only existence is checked.
        if not found:
            call.stop(messages.INGROUP_MISSING, data=f"{group_id}|{choices}",
                      agent_user=call.agent_user, group_id=group_id, choices=choices)


def _added(current: str, choices: str) -> str:
    groups = [group for group in _words(current) if len(group) > 1]
    for group_id in _chosen(choices):
        if group_id not in groups:
            groups.append(group_id)
    return " " + "".join(f"{group} " for group in groups) + "-"


def _removed(current: str, choices: str) -> str:
    present = [group for group in _words(current) if len(group) > 1]
    for group_id in _chosen(choices):
        if group_id in present:
            current = current.replace(f" {group_id} ", " ")
    return current


def _select_live_groups(call: ApiCall, choices: str, current: str) -> str:
    """Give the agent a live row per chosen group, drop the others; the statements, logged."""
    statements, leftover = [], current
    now = call.clock.now_text()
    for group_id in _chosen(choices):
        statements.append(_take_group(call, group_id, now))
        leftover = leftover.replace(f" {group_id} ", " ")
    for group_id in _chosen(leftover):
        for row in ingroup_queries.live_inbound_agents(call.session, call.agent_user, group_id):
            call.session.delete(row)
        call.debug_write(f"agent {call.agent_user} leaves in-group {group_id}")
        statements.append(messages.LIVE_GROUP_DELETE_SQL.format(agent_user=call.agent_user,
                                                                group_id=group_id))
    return "".join(statements)


def _take_group(call: ApiCall, group_id: str, now: str) -> str:
    """Insert the live row from the agent's standing settings, or refresh the one there."""
    standing = ingroup_queries.group_agent(call.session, call.agent_user, group_id)
    values = dict(NO_STANDING_SETTINGS) if standing is None else {
        # A NULL setting is pasted into the statement as '', which stores 0.
        name: "" if getattr(standing, name) is None else getattr(standing, name)
        for name in NO_STANDING_SETTINGS}
    rows = ingroup_queries.live_inbound_agents(call.session, call.agent_user, group_id)
    if rows:
        update_row(rows[0], values)
    else:
        call.session.add(LiveInboundAgent(
            user=call.agent_user, group_id=group_id, last_call_time=now, last_call_finish=now,
            last_call_time_filtered=now, last_call_finish_filtered=now,
            **{name: stored(LiveInboundAgent, name, value) for name, value in values.items()}))
    call.debug_write(f"agent {call.agent_user} takes in-group {group_id}")
    return messages.LIVE_GROUP_UPSERT_SQL.format(agent_user=call.agent_user,
                                                 group_id=group_id, now=now, **values)


def _set_as_default(call: ApiCall, choices: str, blended_flag: str, statements: str) -> None:
    """Make the selection the agent's default, and record it in the admin log."""
    agent_user = queries.find_user(call.session, call.agent_user)
    if agent_user is not None:
        update_row(agent_user, {"closer_campaigns": choices,
                                "closer_default_blended": blended_flag})
    user_update = messages.USER_DEFAULT_SQL.format(choices=choices, blended=blended_flag,
                                                   agent_user=call.agent_user)
    call.debug_write(f"user {call.agent_user} takes in-groups '{choices}' by default")
    event_sql = messages.ADMIN_LOG_SQL.format(user_update=user_update,
                                              ingroup_statements=statements)
    call.session.add(AdminLogEntry(
        event_date=call.clock.now_text(), user=call.user, ip_address=call.request.remote_ip,
        event_section="USERS", event_type="MODIFY", record_id=call.agent_user,
        event_code="API MODIFY USER", event_sql=event_sql.replace(";", ""), event_notes=""))
