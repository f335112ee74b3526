"""Leads from outside: external_add_lead creates one, switch_lead shows another on a call.

external_add_lead inserts the lead into the manual dial list of the agent's
campaign at once; switch_lead only sets a flag that the agent screen acts on.
"""

from __future__ import annotations

from app.agent_api.call import ApiCall, ScriptAbort
from app.agent_api.registry import agent_function
from app.state import dialing_queries as queries
from app.state.models import AgentSession, Campaign, Lead
from app.state.statements import breaks_quotes, unquoted
from app.wire.messages import leads as messages

# The lead fields external_add_lead copies from the request, in the INSERT's order.
LEAD_FIELDS = (
    "vendor_lead_code", "source_id", "title", "first_name", "middle_initial", "last_name",
    "address1", "address2", "address3", "city", "state", "province", "postal_code",
    "country_code", "gender", "date_of_birth", "alt_phone", "email", "security_phrase",
    "comments", "rank", "owner",
)
CHECK_ON = ("YES", "Y")
INBOUND_LEAD_SEARCH = ("LIVE_CALL_INBOUND", "LIVE_CALL_INBOUND_AND_MANUAL")
LIVE_CALLERID_MIN = 16


# -- external_add_lead ----------------------------------------------------------


@agent_function("external_add_lead")
def external_add_lead(call: ApiCall) -> None:
    """Add a lead to the manual dial list of the agent's campaign."""
    params = call.params
    # value wins over phone_number, which only fills an empty value.
    if not params.value and len(params.phone_number) > 1:
        call.value = params.phone_number
    value = call.value
    named = len(params.agent_user) >= 2 or len(params.alt_user) >= 2
    if not named or not params.phone_code or len(value) < 2:
        call.stop(messages.EXTERNAL_ADD_LEAD_NOT_VALID, data=f"{value}|{params.phone_code}",
                  value=value, phone_code=params.phone_code, agent_user=call.agent_user,
                  alt_user=params.alt_user)
    call.check_permission(first=value)
    call.resolve_alt_user()

    # The agent only has to be logged in: paused, ready or on a call alike.
    agent = call.logged_in_agent()
    if agent is None:
        return
    campaign = queries.campaign(call.session, agent.campaign_id)
    if campaign is None:
        call.say(messages.MANUAL_DIAL_LIST_UNDEFINED, value=value, agent_user=call.agent_user)
        return
    if _on_dnc_lists(call, campaign, value):
        return

    lead = _insert_lead(call, campaign, value)
    list_id = _text(campaign.manual_dial_list_id)
    call.say(messages.LEAD_ADDED, data=f"{value}|{list_id}|{lead.lead_id}", value=value,
             campaign_id=campaign.campaign_id, list_id=list_id, lead_id=lead.lead_id,
             agent_user=call.agent_user)


def _on_dnc_lists(call: ApiCall, campaign: Campaign, value: str) -> bool:
    """Answer for each do-not-call list that holds the number; both may."""
    params, campaign_id = call.params, campaign.campaign_id or ""
    # Only YES and Y switch a check on; `yes` does not.
    in_dnc = params.dnc_check in CHECK_ON and queries.in_system_dnc(call.session, value)
    in_campaign_dnc = False
    if params.campaign_dnc_check in CHECK_ON:
        checked = campaign.use_other_campaign_dnc or campaign_id
        in_campaign_dnc = queries.in_campaign_dnc(call.session, value, checked)
        call.debug_line(f"campaign DNC {checked}: {'listed' if in_campaign_dnc else 'clear'}")
    if in_dnc:
        call.say(messages.PHONE_IN_DNC, data=value, value=value, agent_user=call.agent_user)
    if in_campaign_dnc:
        call.say(messages.PHONE_IN_CAMPAIGN_DNC, data=f"{value}|{campaign_id}", value=value,
                 campaign_id=campaign_id, agent_user=call.agent_user)
    return in_dnc or in_campaign_dnc


def _insert_lead(call: ApiCall, campaign: Campaign, value: str) -> Lead:
    params = call.params
    fields = {name: params.get(name) for name in LEAD_FIELDS}
    if params.vendor_id:
        fields["vendor_lead_code"] = params.vendor_id
    # vicidial_list.user is the API user, not the agent; gmt_offset_now is never stored.
    given = {"phone_code": params.phone_code, "phone_number": value,
             "list_id": _text(campaign.manual_dial_list_id), "status": "NEW",
             "user": call.user, **fields, "called_since_last_reset": "N"}
    now = call.clock.now_text()
    lead = Lead(**{name: _as_stored(text) for name, text in given.items()},
                entry_date=now, modify_date=now, last_local_call_time=now)
    call.session.add(lead)
    call.session.flush()
    call.debug_line(f"lead {lead.lead_id} added to list {lead.list_id}")
    return lead


def _as_stored(text: str) -> str:
    """A value as MariaDB reads it between the INSERT's double quotes."""
    # A lone double quote (in comments, say) ends the text early and breaks the INSERT.
    if breaks_quotes(text, '"'):
        raise ScriptAbort("a double quote breaks the lead INSERT")
    return unquoted(text, '"')


def _text(number: int | None) -> str:
    return "" if number is None else str(number)


# -- switch_lead ----------------------------------------------------------------


@agent_function("switch_lead")
def switch_lead(call: ApiCall) -> None:
    """Show another lead on the agent's inbound call, by lead_id or vendor_lead_code."""
    params = call.params
    wanted = (params.lead_id and int(params.lead_id) >= 1) or params.vendor_lead_code
    named = bool(params.agent_user) or len(params.alt_user) >= 2
    if not wanted or not named:
        call.say(messages.SWITCH_LEAD_NOT_VALID, lead_id=params.lead_id,
                 vendor_lead_code=params.vendor_lead_code, agent_user=call.agent_user)
        return
    call.check_permission(first=params.lead_id)
    call.resolve_alt_user()

    agent = call.logged_in_agent()
    if agent is None:
        return
    if not _inbound_lead_search_allowed(call, agent):
        return
    lead = _lead_to_switch_to(call)
    if lead is None:
        call.say(messages.SWITCH_TO_LEAD_NOT_FOUND, agent_user=call.agent_user,
                 lead_id=params.lead_id, vendor_lead_code=params.vendor_lead_code)
        return

    agent.external_lead_id = lead.lead_id
    call.debug_write(f"external_lead_id of agent {call.agent_user} set to {lead.lead_id}")
    vendor_code, campaign_id = lead.vendor_lead_code or "", agent.campaign_id or ""
    data = f"{lead.lead_id}|{vendor_code}|{campaign_id}|{agent.lead_id}"
    call.say(messages.SWITCH_LEAD_SET, data=unquoted(data.replace('"', "'"), '"'),
             agent_user=call.agent_user, lead_id=lead.lead_id, vendor_lead_code=vendor_code,
             campaign_id=campaign_id, current_lead_id=agent.lead_id)


def _inbound_lead_search_allowed(call: ApiCall, agent: AgentSession) -> bool:
    """Whether the agent is on an inbound call of a campaign that allows the switch."""
    callerid, campaign_id = agent.callerid or "", agent.campaign_id or ""
    if (agent.lead_id or 0) < 1 or len(callerid) < LIVE_CALLERID_MIN:
        call.say(messages.NO_LIVE_CALL, agent_user=call.agent_user)
        return False
    # Inbound caller ids start with Y; this line has no newline on the real server.
    if not callerid.startswith("Y"):
        call.say(messages.CALL_NOT_INBOUND, agent_user=call.agent_user, callerid=callerid)
        return False
    campaign = queries.campaign(call.session, agent.campaign_id)
    if campaign is None:
        call.say(messages.CAMPAIGN_NOT_FOUND, agent_user=call.agent_user, campaign_id=campaign_id)
        return False
    # ENABLED is not enough: only the two LIVE_CALL_INBOUND settings allow it.
    if campaign.agent_lead_search not in INBOUND_LEAD_SEARCH:
        call.say(messages.LEAD_SEARCH_NOT_ALLOWED, agent_user=call.agent_user,
                 campaign_id=campaign_id)
        return False
    return True


def _lead_to_switch_to(call: ApiCall) -> Lead | None:
    """The lead named by vendor_lead_code (the newest of duplicates), else by lead_id."""
    vendor_code = call.params.vendor_lead_code
    if not vendor_code:
        return queries.lead(call.session, call.params.lead_id)
    if breaks_quotes(vendor_code, "'"):
        raise ScriptAbort("a quote in vendor_lead_code breaks the lead search")
    return queries.newest_lead_with_vendor_code(call.session, unquoted(vendor_code, "'"))
