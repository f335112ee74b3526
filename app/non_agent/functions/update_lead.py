"""update_lead: change, delete or just find leads by lead_id, vendor code or phone number."""

from __future__ import annotations

from app.non_agent import access, lead_updates, new_lead, sql
from app.non_agent.call import NonAgentCall, Permission
from app.non_agent.filters import digits
from app.non_agent.php import lower_than
from app.non_agent.registry import non_agent_function
from app.state import non_agent_queries as queries
from app.state.models import Lead
from app.wire.messages import non_agent as messages

UPDATE_LEAD = Permission(messages.UPDATE_LEAD_NO_PERMISSION, level_over=7,
                         modify_leads=("1", "2", "3", "4"))
LINES = messages.UPDATE_LEAD


@non_agent_function("update_lead")
def update_lead(call: NonAgentCall) -> None:
    """Update the leads found (or insert one when none is), then the hopper options."""
    params = call.params
    list_id = digits(params.list_id)
    call.begin(UPDATE_LEAD)
    found = _search(call, list_id)
    lead_id = params.lead_id
    if found:
        lead_id, list_id = lead_id or str(found[0].lead_id), list_id or str(found[0].list_id)
    inserted = None
    if params.no_update == "Y":
        _report_found(call, found)
    elif found:
        _update_all(call, found)
    else:
        inserted = _not_found(call)
        if inserted is not None:
            lead_id, list_id = str(inserted.lead_id), str(inserted.list_id)
    if found or inserted is not None:
        _hopper_options(call, lead_id, list_id)


def _search(call: NonAgentCall, list_id: str) -> list[Lead]:
    params, user = call.params, call.user
    method = params.search_method if len(params.search_method) >= 6 else "LEAD_ID"
    by_id = "LEAD_ID" in method and bool(params.lead_id)
    by_code = "VENDOR_LEAD_CODE" in method and bool(params.vendor_lead_code)
    by_phone = "PHONE_NUMBER" in method and 5 < len(params.phone_number) < 19
    if not (by_id or by_code or by_phone):
        data = f"{method}|{params.lead_id}|{params.vendor_lead_code}|{params.phone_number}"
        call.stop(messages.UPDATE_LEAD_NO_METHOD, data=data, user=user)
    if call.list_restricted and not lower_than(list_id, 99) and not call.list_allowed(list_id):
        call.stop(messages.UPDATE_LEAD_SEARCH_NOT_ALLOWED, data=f"{params.phone_number}|{list_id}",
                  phone_number=params.phone_number, list_id=list_id)
    field_list = params.list_id_field
    checked = "y" in params.list_exists_check.lower() and bool(field_list)
    if checked and not queries.list_exists(call.session, field_list):
        call.stop(LINES["list_missing"], data=f"{params.phone_number}|{field_list}",
                  phone_number=params.phone_number, list_id=field_list)
    if params.archived_lead == "Y":
        return []  # the emulator keeps vicidial_list_archive empty
    lists = access.search_lists(call.session, params.search_location, list_id)
    limit = int(params.records) if params.records else 1
    searches = [("lead_id", params.lead_id, by_id),
                ("vendor_lead_code", sql.double(params.vendor_lead_code) if by_code else "",
                 by_code),
                ("phone_number", params.phone_number, by_phone)]
    for column, value, wanted in searches:
        if wanted:
            found = queries.leads_by_entry(call.session, column, value, lists, limit)
            if found:
                return found
    return []


def _report_found(call: NonAgentCall, found: list[Lead]) -> None:
    """no_update=Y: only say whether the lead exists."""
    params = call.params
    searched = f"{params.vendor_lead_code}|{params.phone_number}"
    if not found:
        call.stop(messages.UPDATE_LEAD_NO_MATCHES_NOTICE, data=f"{params.lead_id}|{searched}",
                  user=call.user)
    first = found[0]
    lead_id = params.lead_id or str(first.lead_id)
    call.say(messages.UPDATE_LEAD_FOUND,
             data=f"{lead_id}|{searched}|{first.list_id}|{first.entry_list_id}", user=call.user)


def _update_all(call: NonAgentCall, found: list[Lead]) -> None:
    params = call.params
    entry_list_id = params.force_entry_list_id if len(params.force_entry_list_id) > 1 \
        else params.entry_list_id
    updates = lead_updates.field_updates(call, entry_list_id)
    archived = ""  # the archived-callback count, once a step has set it
    for lead in found:
        if call.list_restricted and (lead.list_id or 0) >= 99 \
                and not call.list_allowed(str(lead.list_id)):
            call.stop(messages.UPDATE_LEAD_RESULT_NOT_ALLOWED, data=str(lead.list_id),
                      list_id=lead.list_id)
        if params.delete_cf_data == "Y":
            _delete_custom_data(call, lead, entry_list_id)
        if updates or params.delete_lead == "Y":
            archived = _write(call, lead, updates, archived)
        if params.callback == "Y":
            lead_updates.update_callback(call, lead)
        if params.callback == "REMOVE":
            deleted, copied = lead_updates.archive_callbacks(call, lead.lead_id or 0)
            archived = str(copied)
            call.say(messages.UPDATE_LEAD_CB_DELETED,
                     data=f"{call.user}|{lead.lead_id}|{deleted}|{copied}")
        if params.custom_fields == "Y":
            phone = params.phone_number
            call.say(LINES["custom_undefined"], data=f"{phone}|{lead.lead_id}|{lead.list_id}",
                     phone_number=phone, lead_id=lead.lead_id, list_id=lead.list_id)


def _delete_custom_data(call: NonAgentCall, lead: Lead, entry_list_id: str) -> None:
    """delete_cf_data=Y: no custom_<list> table exists, so only entry_list_id is reset."""
    params = call.params
    custom_list = params.force_entry_list_id or entry_list_id or str(lead.entry_list_id)
    rows = lead_updates.apply_updates(lead, {"entry_list_id": "0"})
    call.say(messages.UPDATE_LEAD_CF_DELETED,
             data=f"{params.phone_number}|{lead.list_id}|{lead.lead_id}|{custom_list}|{rows}|",
             user=call.user, lead_id=lead.lead_id, list_id=custom_list, rows=rows,
             custom_rows="")


def _write(call: NonAgentCall, lead: Lead, updates: dict[str, str], archived: str) -> str:
    """Update or delete the lead and print the SUCCESS line; the archived count after it."""
    data = f"{call.params.phone_number}|{lead.list_id}|{lead.lead_id}|"
    if call.params.delete_lead == "Y":
        deleted, copied = lead_updates.archive_callbacks(call, lead.lead_id or 0)
        archived = str(copied)
        call.session.delete(lead)
        call.session.flush()
        template, rows = messages.lead_deleted(str(deleted), archived), 1
    else:
        template = messages.UPDATE_LEAD_UPDATED
        rows = lead_updates.apply_updates(lead, updates)
    call.say(template, data=data, user=call.user, lead_id=lead.lead_id, rows=rows,
             archived=archived)
    return archived


def _not_found(call: NonAgentCall) -> Lead | None:
    """No lead matched: an error, or with insert_if_not_found=Y a new lead."""
    params = call.params
    searched = f"{params.lead_id}|{params.vendor_lead_code}|{params.phone_number}"
    if params.insert_if_not_found != "Y":
        call.stop(messages.UPDATE_LEAD_NO_MATCHES, data=searched, user=call.user)
    call.say(messages.UPDATE_LEAD_NO_MATCHES_NOTICE, data=searched, user=call.user)
    return _insert(call)


def _insert(call: NonAgentCall) -> Lead:
    params, phone = call.params, call.params.phone_number
    list_id = params.list_id_field or digits(params.list_id)
    if not 6 <= len(phone) <= 18 or not params.phone_code or len(list_id) < 3:
        data = f"{phone}|{params.phone_code}|{list_id}|{params.insert_if_not_found}"
        call.stop(messages.UPDATE_LEAD_BAD_INSERT, data=data, user=call.user)
    if call.list_restricted and not lower_than(list_id, 99) and not call.list_allowed(list_id):
        call.stop(messages.UPDATE_LEAD_INSERT_NOT_ALLOWED, data=f"{phone}|{list_id}",
                  phone_number=phone, list_id=list_id)
    gmt_offset = new_lead.gmt_offset(call, params.phone_code, params.state, params.tz_method)
    entry_list_id = params.force_entry_list_id if len(params.force_entry_list_id) > 1 \
        else params.entry_list_id
    lead = new_lead.insert_lead(call, new_lead.NewLead(
        list_id=list_id, phone_code=params.phone_code, state=params.state,
        status=params.status or "NEW", gender=params.gender, rank=params.rank,
        gmt_offset=gmt_offset,
        entry_list_id=entry_list_id if params.custom_fields != "Y" else ""))
    lead_id = lead.lead_id or 0
    call.say(LINES["added"], data=f"{phone}|{list_id}|{lead_id}|{gmt_offset}",
             phone_number=phone, list_id=list_id, lead_id=lead_id, gmt_offset=gmt_offset,
             user=call.user)
    new_lead.load_alt_phones(call, LINES, lead_id)
    new_lead.custom_fields_notice(call, LINES, lead_id, list_id)
    return lead


def _hopper_options(call: NonAgentCall, lead_id: str, list_id: str) -> None:
    params = call.params
    if params.remove_from_hopper == "Y":
        _remove_from_hopper(call, lead_id)
    elif params.add_to_hopper == "Y":
        _add_to_hopper(call, lead_id, list_id)


def _add_to_hopper(call: NonAgentCall, lead_id: str, list_id: str) -> None:
    phone = call.params.phone_number
    if queries.hopper_entries(call.session, lead_id):
        call.say(messages.UPDATE_LEAD_HOPPER_ALREADY, data=f"{phone}|{lead_id}|{call.user}",
                 phone_number=phone, lead_id=lead_id, user=call.user)
        return
    lead = queries.lead(call.session, lead_id)
    if lead is None:
        call.say(messages.UPDATE_LEAD_HOPPER_NO_LEAD, data=f"{phone}|{lead_id}|{call.user}",
                 phone_number=phone, lead_id=lead_id, user=call.user)
        return
    new_lead.add_to_hopper(call, LINES, lead.lead_id or 0, list_id, lead.gmt_offset_now or "",
                           lead.state or "", lead.vendor_lead_code or "")


def _remove_from_hopper(call: NonAgentCall, lead_id: str) -> None:
    phone = call.params.phone_number
    entries = queries.hopper_entries(call.session, lead_id)
    if not entries:
        call.say(messages.UPDATE_LEAD_HOPPER_ABSENT, data=f"{phone}|{lead_id}|{call.user}",
                 phone_number=phone, lead_id=lead_id, user=call.user)
        return
    status = entries[0].status or ""
    removable = [e for e in entries if (e.status or "").upper()
                 not in ("INCALL", "DONE", "HOLD", "DNC")]
    for entry in removable:
        call.session.delete(entry)
    template = messages.UPDATE_LEAD_HOPPER_REMOVED if removable \
        else messages.UPDATE_LEAD_HOPPER_KEPT
    call.say(template, data=f"{phone}|{lead_id}|{status}", phone_number=phone,
             lead_id=lead_id, hopper_status=status, user=call.user)

