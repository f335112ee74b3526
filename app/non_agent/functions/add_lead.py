"""add_lead: a new lead, after the list, number, do-not-call and duplicate checks."""

from __future__ import annotations

from app.non_agent import lead_checks, new_lead
from app.non_agent.call import NonAgentCall, Permission
from app.non_agent.callbacks import schedule_callback
from app.non_agent.filters import digits
from app.non_agent.registry import non_agent_function
from app.state import non_agent_queries as queries
from app.wire.messages import non_agent as messages

ADD_LEAD = Permission(messages.ADD_LEAD_NO_PERMISSION, level_over=7,
                      modify_leads=("1", "2", "3", "4"))
LINES = messages.ADD_LEAD


@non_agent_function("add_lead")
def add_lead(call: NonAgentCall) -> None:
    """Add a lead to a list (999 when none is given), optionally to the hopper."""
    params, phone = call.params, call.params.phone_number
    list_id = digits(params.list_id)
    call.begin(ADD_LEAD)
    if call.list_restricted and not call.list_allowed(list_id):
        call.stop(LINES["list_not_allowed"], data=f"{phone}|{list_id}", phone_number=phone,
                  list_id=list_id)
    if "y" in params.list_exists_check.lower() and not queries.list_exists(call.session,
                                                                            list_id):
        call.stop(LINES["list_missing"], data=f"{phone}|{list_id}", phone_number=phone,
                  list_id=list_id)
    list_id = list_id if len(list_id) >= 3 else "999"
    phone_code = params.phone_code or "1"
    tz_method, nanpa = _nanpa_options(call)
    lead_checks.check_number(call, nanpa)
    state = params.state
    if params.lookup_state == "Y" and not state:
        state = queries.area_code_state(call.session, phone_code, phone[:3]) or ""
    lead_checks.check_dnc(call)
    lead_checks.check_duplicates(call, list_id)

    gmt_offset = new_lead.gmt_offset(call, phone_code, state, tz_method)
    lead = new_lead.insert_lead(call, new_lead.NewLead(
        list_id=list_id, phone_code=phone_code, state=state,
        status="CBHOLD" if params.callback == "Y" else "NEW", gender=params.gender or "U",
        rank=params.rank or "0", gmt_offset=gmt_offset, entry_list_id=params.entry_list_id))
    lead_id = lead.lead_id or 0
    call.say(LINES["added"], data=f"{phone}|{list_id}|{lead_id}|{gmt_offset}",
             phone_number=phone, list_id=list_id, lead_id=lead_id, gmt_offset=gmt_offset,
             user=call.user)

    new_lead.load_alt_phones(call, LINES, lead_id)
    new_lead.custom_fields_notice(call, LINES, lead_id, list_id)
    if _add_to_hopper(params.add_to_hopper, params.remove_from_hopper):
        new_lead.add_to_hopper(call, LINES, lead_id, list_id, gmt_offset, state,
                               lead.vendor_lead_code or "")
    if params.callback == "Y":
        schedule_callback(call, LINES, lead_id, list_id)


def _nanpa_options(call: NonAgentCall) -> tuple[str, bool]:
    """tz_method and the NANPA check, both switched off when no NANPA data is loaded."""
    tz_method, nanpa = call.params.tz_method, call.params.nanpa_ac_prefix_check == "Y"
    if nanpa or "nanpa" in tz_method.lower():
        loaded = queries.nanpa_count(call.session)
        if loaded < 10:
            call.say(messages.ADD_LEAD_NANPA_OFF, data="|", count=loaded, user=call.user)
            return tz_method.replace("NANPA", ""), False
    return tz_method, nanpa


def _add_to_hopper(add: str, remove: str) -> bool:
    # remove_from_hopper=Y turns add_to_hopper off before anything else.
    return add == "Y" and remove != "Y"

