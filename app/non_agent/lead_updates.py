"""What update_lead does to a lead it found: new field values, deletion, callbacks.

The real script builds one UPDATE from every field the request gives (in its
own order, `--BLANK--` meaning empty); the answer reports the rows MariaDB
changed, so an update that changes nothing reports 0.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect

from app.non_agent import sql
from app.non_agent.call import NonAgentCall, ScriptAbort
from app.non_agent.callbacks import RECIPIENTS, callback_time, schedule_callback
from app.non_agent.new_lead import GENDERS
from app.state import non_agent_queries as queries
from app.state.models import ArchivedCallback, Callback, Lead
from app.state.tables import vicidial_columns
from app.wire.messages import non_agent as messages

LINES = messages.UPDATE_LEAD

# (parameter, column) in the order the real UPDATE lists them.
UPDATED_FIELDS = (
    ("user_field", "user"), ("list_id_field", "list_id"), ("status", "status"),
    ("vendor_lead_code", "vendor_lead_code"), ("source_id", "source_id"),
    ("gmt_offset_now", "gmt_offset_now"), ("title", "title"), ("first_name", "first_name"),
    ("middle_initial", "middle_initial"), ("last_name", "last_name"),
    ("address1", "address1"), ("address2", "address2"), ("address3", "address3"),
    ("city", "city"), ("state", "state"), ("province", "province"),
    ("postal_code", "postal_code"), ("country_code", "country_code"), ("gender", "gender"),
    ("date_of_birth", "date_of_birth"), ("alt_phone", "alt_phone"), ("email", "email"),
    ("security_phrase", "security_phrase"), ("comments", "comments"), ("rank", "rank"),
    ("owner", "owner"), ("called_count", "called_count"), ("phone_code", "phone_code"),
)


def field_updates(call: NonAgentCall, entry_list_id: str) -> dict[str, str]:
    """column -> value, as pasted into the UPDATE, for every field the request sets."""
    params = call.params
    updates = {column: params.get(name) for name, column in UPDATED_FIELDS if params.get(name)}
    if params.reset_lead == "Y":
        updates["called_since_last_reset"] = "N"
    if params.update_phone_number == "Y" and params.phone_number:
        updates["phone_number"] = params.phone_number
    if entry_list_id and params.custom_fields != "Y":
        updates["entry_list_id"] = entry_list_id
    # --BLANK-- empties a field; a new line inside the statement is written as "!N".
    return {column: "" if value == "--BLANK--" else value.replace("\n", "!N")
            for column, value in updates.items()}


def apply_updates(lead: Lead, updates: dict[str, str]) -> int:
    """Write the new values; 1 when the row really changed, as MariaDB counts it."""
    attributes = vicidial_columns(Lead)
    table = inspect(Lead).local_table
    changed = 0
    for column, value in updates.items():
        typed = _typed(column, sql.double(value))
        column_type: Any = table.c[column].type
        stored = column_type.process_bind_param(typed, None)
        if getattr(lead, attributes[column]) != stored:
            setattr(lead, attributes[column], stored)
            changed = 1
    return changed


def _typed(column: str, value: str) -> Any:
    if column == "gender":
        return sql.enum_value(value, GENDERS)
    if column == "rank":
        return sql.small_number(value, -32768, 32767)
    if column == "called_count":
        return sql.small_number(value, 0, 65535)
    if column == "date_of_birth":
        return sql.date_text(value)
    return value


def archive_callbacks(call: NonAgentCall, lead_id: int) -> tuple[int, int]:
    """Copy the lead's callbacks to the archive and delete them: (deleted, archived)."""
    callbacks = queries.callbacks_of(call.session, str(lead_id), archived=False)
    for callback in callbacks:
        if call.session.get(ArchivedCallback, callback.callback_id) is not None:
            raise ScriptAbort("the archive already holds this callback id")
        call.session.add(ArchivedCallback(**_callback_values(callback)))
        call.session.delete(callback)
    call.session.flush()
    return len(callbacks), len(callbacks)


def _callback_values(callback: Callback) -> dict[str, Any]:
    keys = vicidial_columns(Callback).values()
    return {key: getattr(callback, key) for key in keys}


def update_callback(call: NonAgentCall, lead: Lead) -> None:
    """callback=Y: change the lead's first callback, or schedule a new one."""
    existing = queries.callbacks_of(call.session, str(lead.lead_id), archived=False)
    if not existing:
        schedule_callback(call, LINES, lead.lead_id or 0, lead.list_id or 0)
        return
    params, callback = call.params, existing[0]
    when = callback_time(params.callback_datetime, call.clock.now()) \
        if params.callback_datetime else params.callback_datetime
    changes = [("callback_time", when), ("lead_status", params.callback_status),
               ("campaign_id", params.campaign_id), ("list_id", params.list_id_field),
               ("recipient", params.callback_type), ("comments", params.callback_comments),
               ("user", params.callback_user)]
    changes = [(column, value) for column, value in changes if value]
    if not changes:
        call.say(messages.UPDATE_LEAD_CB_UNCHANGED, data=f"{lead.lead_id}|")
        return
    callback.status, callback.entry_time = "ACTIVE", call.clock.now_text()
    for column, value in changes:
        setattr(callback, column, sql.enum_value(value, RECIPIENTS)
                if column == "recipient" else value)
    call.say(messages.UPDATE_LEAD_CB_UPDATED,
             data=f"{lead.lead_id}|{params.campaign_id}|{when}|{params.callback_type}|"
                  f"{params.callback_user}|{params.callback_status}")
