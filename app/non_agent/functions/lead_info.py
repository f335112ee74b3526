"""lead_field_info, lead_all_info and lead_callback_info: reading one lead.

Custom fields live in a `custom_<list>` table per list. The emulator keeps
no such tables (a fixture cannot hold them), so it answers as a real server
where they do not exist: every custom-field read is a failed statement.
"""

from __future__ import annotations

import re
from typing import Any

from app.non_agent import access
from app.non_agent.call import NonAgentCall, Permission, ScriptAbort
from app.non_agent.output import cell, delimiter, row
from app.non_agent.registry import non_agent_function
from app.state import non_agent_queries as queries
from app.state.models import Lead
from app.state.tables import vicidial_columns
from app.wire.messages import non_agent as messages

LEAD_FIELD_INFO = Permission(messages.LEAD_FIELD_NO_PERMISSION, modify_leads=("1", "2", "3", "4"))
LEAD_ALL_INFO = Permission(messages.LEAD_ALL_NO_PERMISSION, view_reports=True,
                           modify_leads=("1", "2", "3", "4", "5"))
LEAD_CALLBACK_INFO = Permission(messages.CALLBACK_INFO_NO_PERMISSION, view_reports=True)

NO_CUSTOM_TABLES = "no custom_<list> table exists, so the custom-field statement fails"


def lead_value(lead: Lead, column: str) -> Any:
    return getattr(lead, vicidial_columns(Lead)[column])


@non_agent_function("lead_field_info")
def lead_field_info(call: NonAgentCall) -> None:
    """The bare value of one field of a lead, without a newline."""
    call.begin(LEAD_FIELD_INFO)
    params, user = call.params, call.user
    lead_id, field_name = params.lead_id, params.field_name
    if not (0 < len(lead_id) < 12 and field_name):
        call.stop(messages.LEAD_FIELD_INVALID, data=f"{user}|{lead_id}|{field_name}",
                  user=user, lead_id=lead_id, field_name=field_name)
    group = queries.group_of(call.session, call.user_group)
    campaigns = access.campaigns_seen(group.allowed_campaigns if group else None)
    lead = _lead(call, lead_id)
    if lead is None:
        call.stop(messages.LEAD_FIELD_NO_LEAD, data=f"{user}|{lead_id}", user=user,
                  lead_id=lead_id)
    if not queries.list_exists(call.session, lead.list_id, campaigns):
        call.stop(messages.LEAD_FIELD_NO_LIST, data=f"{user}|{lead_id}|{lead.list_id}",
                  user=user, lead_id=lead_id, list_id=lead.list_id)
    if params.custom_fields == "Y":
        raise ScriptAbort(NO_CUSTOM_TABLES)

    output = cell(_selected(lead, field_name))
    call.write(output)
    call.log("SUCCESS", f"lead_field_info {output}", f"{user}|{lead_id}|{params.stage}")


def _lead(call: NonAgentCall, lead_id: str) -> Lead | None:
    # archived_lead=Y reads vicidial_list_archive, which the emulator keeps empty.
    if call.params.archived_lead == "Y":
        return None
    return queries.lead(call.session, lead_id)


def _selected(lead: Lead, field_name: str) -> Any:
    """What `SELECT <field_name> FROM vicidial_list` gives for the lead."""
    columns = {name.lower(): name for name in vicidial_columns(Lead)}
    if field_name.lower() in columns:
        return lead_value(lead, columns[field_name.lower()])
    if field_name.isdigit():
        return int(field_name)
    # The documented LEAD FIELD NOT FOUND never comes: an unknown column is an SQL error.
    raise ScriptAbort(f"vicidial_list has no column {field_name!r}")


@non_agent_function("lead_all_info")
def lead_all_info(call: NonAgentCall) -> None:
    """Every standard field of a lead found by lead_id or phone number."""
    call.begin(LEAD_ALL_INFO)
    params, user = call.params, call.user
    lead_id, phone = params.lead_id, params.phone_number
    not_found = {"data": f"{user}|{lead_id}|{phone}", "user": user, "lead_id": lead_id,
                 "phone_number": phone}
    by_phone = 6 <= len(phone) <= 19
    if not lead_id and not by_phone:
        call.stop(messages.LEAD_ALL_NOT_FOUND, **not_found)
    group = queries.group_of(call.session, call.user_group)
    campaigns = access.campaigns_seen_strictly(group.allowed_campaigns if group else None)
    separator, stage = delimiter(params.stage, newline=True)
    leads = _leads(call, lead_id, phone)

    output, missing_list, unlisted = "", "", 0
    for lead in leads:
        if not queries.list_exists(call.session, lead.list_id, campaigns):
            unlisted, missing_list = unlisted + 1, cell(lead.list_id)
            if call.list_restricted:
                call.say(messages.LEAD_ALL_NO_LIST, **not_found)
            continue
        if params.custom_fields == "Y":
            raise ScriptAbort(NO_CUSTOM_TABLES)
        if params.header == "YES":
            output += separator.join((*messages.LEAD_ALL_COLUMNS, "lead_id")) + "\n"
        values = [lead_value(lead, column) for column in messages.LEAD_ALL_COLUMNS]
        output += row([*values, lead.lead_id], separator)
        call.log("SUCCESS", f"lead_all_info {output}", f"{user}|{lead_id}|{phone}|{stage}")

    if not leads:
        call.stop(messages.LEAD_ALL_NOT_FOUND, **not_found)
    if len(output) > 10:
        call.write(output)
    elif unlisted:
        call.stop(messages.LEAD_ALL_NO_LIST, data=f"{user}|{lead_id}|{phone}|{missing_list}")


def _leads(call: NonAgentCall, lead_id: str, phone: str) -> list[Lead]:
    if call.params.archived_lead == "Y":
        return []
    if lead_id:
        found = queries.lead(call.session, lead_id)
        return [found] if found is not None else []
    return queries.leads_with_phone(call.session, phone)


@non_agent_function("lead_callback_info")
def lead_callback_info(call: NonAgentCall) -> None:
    """The scheduled callbacks of a lead, current and archived."""
    call.begin(LEAD_CALLBACK_INFO)
    params, user = call.params, call.user
    lead_id, location = params.lead_id, params.search_location
    if not 0 < len(lead_id) < 12:
        call.stop(messages.CALLBACK_INFO_INVALID, data=f"{user}|{lead_id}", user=user,
                  lead_id=lead_id)
    group = queries.group_of(call.session, call.user_group)
    campaigns = access.campaigns_seen_strictly(group.allowed_campaigns if group else None)
    separator, stage = delimiter(params.stage, newline=True)
    output = ""
    if params.header == "YES":
        output = separator.join(messages.CALLBACK_INFO_COLUMNS) + "\n"

    searched = []
    if location in ("ARCHIVE", "ALL"):
        searched.append(("ARCHIVE", queries.callbacks_of(call.session, lead_id, archived=True)))
    if location in ("CURRENT", "ALL", ""):
        searched.append(("CURRENT", queries.callbacks_of(call.session, lead_id, archived=False)))
    for kind, callbacks in searched:
        for position, callback in enumerate(callbacks):
            if campaigns is not None and call.list_restricted:
                _check_callback_list(call, callback, campaigns, position)
            output += _callback_row(lead_id, kind, callback, separator)

    data = f"{user}|{lead_id}|{stage}|{location}"
    header = params.header
    if (header in ("NO", "") and len(output) > 10) or (header == "YES" and len(output) > 170):
        call.write(output)
        call.log("SUCCESS", f"lead_callback_info {output}", data)
        return
    call.stop(messages.CALLBACK_INFO_NOT_FOUND, data=data, user=user, lead_id=lead_id,
              stage=stage, search_location=location)


def _check_callback_list(call: NonAgentCall, callback: Any, campaigns: list[str],
                         position: int) -> None:
    # The real check overwrites the result set it reads the callbacks from, so
    # only the first callback of each search is checked against its own list;
    # every later one is read back empty and fails the check.
    list_id = callback.list_id if position == 0 else ""
    if not queries.list_exists(call.session, list_id, campaigns):
        call.stop(messages.CALLBACK_INFO_NO_LEAD, data="1", user=call.user, allowed=1)


def _callback_row(lead_id: str, kind: str, callback: Any, separator: str) -> str:
    timezone = re.sub(",", "-", callback.customer_timezone or "")
    return row([lead_id, kind, callback.recipient, callback.status, callback.lead_status,
                callback.callback_time, callback.entry_time, callback.user, callback.list_id,
                callback.campaign_id, callback.user_group, timezone, callback.customer_time,
                callback.comments], separator)
