"""Writing a new lead, as add_lead and update_lead's insert_if_not_found both do.

The lead row, its extra phone numbers (`multi_alt_phones`), the custom-field
notice, and the hopper entry (`add_to_hopper`). The values go into the real
INSERT between double quotes, so they are read as MariaDB reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.non_agent import sql, timezones
from app.non_agent.call import NonAgentCall
from app.non_agent.call_times import dialable
from app.non_agent.php import int_value
from app.state import non_agent_queries as queries
from app.state.models import AltPhone, HopperEntry, Lead
from app.wire.messages.non_agent import LeadWriteLines

# The lead fields the request gives as they are.
GIVEN_FIELDS = (
    "vendor_lead_code", "source_id", "title", "first_name", "middle_initial", "last_name",
    "address1", "address2", "address3", "city", "state", "province", "postal_code",
    "country_code", "alt_phone", "email", "security_phrase", "comments", "owner",
)
GENDERS = ("M", "F", "U")


@dataclass(frozen=True)
class NewLead:
    list_id: str
    phone_code: str
    state: str
    status: str
    gender: str
    rank: str
    gmt_offset: str
    entry_list_id: str


def insert_lead(call: NonAgentCall, new: NewLead) -> Lead:
    """Add the lead row; the database gives its id."""
    params, now = call.params, call.clock.now_text()
    given = {name: sql.double(params.get(name)) for name in GIVEN_FIELDS}
    given["state"] = sql.double(new.state)
    lead = Lead(
        phone_code=sql.double(new.phone_code), phone_number=sql.double(params.phone_number),
        list_id=int(new.list_id or 0), status=sql.double(new.status), user=sql.double(call.user),
        gmt_offset_now=new.gmt_offset, gender=sql.enum_value(new.gender, GENDERS),
        date_of_birth=sql.date_text(params.date_of_birth), called_since_last_reset="N",
        entry_date=now, modify_date=now, last_local_call_time=now,
        rank=sql.small_number(new.rank, -32768, 32767),
        entry_list_id=int(new.entry_list_id or 0), **given,
    )
    call.session.add(lead)
    call.session.flush()
    return lead


def load_alt_phones(call: NonAgentCall, lines: LeadWriteLines, lead_id: int) -> None:
    """Store `number_code_note!number_code_note...` as the lead's extra numbers."""
    entries = call.params.multi_alt_phones
    if len(entries) <= 5:
        return
    loaded = 0
    for position, entry in enumerate(entries.split("!"), start=1):
        number, code, note = (entry.split("_") + ["", ""])[:3]
        # The real script prints every entry, with no line end, before its notice.
        call.write(f"{number}|{code}|{note}")
        call.session.add(AltPhone(lead_id=lead_id, phone_code=code or "1", phone_number=number,
                                  alt_phone_note=note, alt_phone_count=position))
        loaded += 1
    call.say(lines["alt_phones"], data=f"{loaded}|{lead_id}", count=loaded, lead_id=lead_id,
             user=call.user)


def custom_fields_notice(call: NonAgentCall, lines: LeadWriteLines, lead_id: int,
                         list_id: str) -> None:
    """custom_fields=Y on a new lead: no custom_<list> table exists to write to."""
    if call.params.custom_fields != "Y":
        return
    phone, enabled = call.params.phone_number, call.system.custom_fields_enabled or "0"
    if int_value(enabled) > 0:
        call.say(lines["custom_undefined"], data=f"{phone}|{lead_id}|{list_id}",
                 phone_number=phone, lead_id=lead_id, list_id=list_id)
    else:
        call.say(lines["custom_disabled"], data=f"{phone}|{lead_id}|Y|{enabled}",
                 phone_number=phone, lead_id=lead_id, custom_fields="Y", enabled=enabled)


def add_to_hopper(call: NonAgentCall, lines: LeadWriteLines, lead_id: int, list_id: str,
                  gmt_offset: str, state: str, vendor_lead_code: str) -> None:
    """Queue the lead for dialing in its list's campaign, inside its local call time."""
    phone = call.params.phone_number
    found = queries.list_campaign(call.session, list_id)
    campaign_id, call_time = "", ""
    if found is not None:
        campaign, leads_list = found
        campaign_id, call_time = campaign.campaign_id or "", campaign.local_call_time or ""
        own_time = leads_list.local_call_time or ""
        if own_time and own_time.lower() != "campaign":
            call_time = own_time
    able = 1
    if call.params.hopper_local_call_time_check == "Y":
        able = dialable(call_time, gmt_offset, call.clock.epoch())
    if able < 1:
        call.say(lines["outside_local_time"], data=f"{phone}|{lead_id}|{gmt_offset}|0|{state}",
                 phone_number=phone, lead_id=lead_id, gmt_offset=gmt_offset, dialable=0,
                 user=call.user)
        return
    entry = HopperEntry(lead_id=lead_id, campaign_id=campaign_id, status="READY",
                        list_id=int(list_id or 0), gmt_offset_now=gmt_offset, state=state,
                        user="", priority=hopper_priority(call.params.hopper_priority),
                        source="P", vendor_lead_code=vendor_lead_code)
    call.session.add(entry)
    call.session.flush()
    call.say(lines["hopper_added"], data=f"{phone}|{lead_id}|{entry.hopper_id}",
             phone_number=phone, lead_id=lead_id, hopper_id=entry.hopper_id, user=call.user)


def hopper_priority(text: str) -> int:
    """The priority asked for, kept between -99 and 99 as the real script keeps it."""
    return sql.small_number(text, -99, 99)


def gmt_offset(call: NonAgentCall, phone_code: str, state: str, tz_method: str) -> str:
    """The new lead's GMT offset text, from the phone-code tables."""
    params = call.params
    place = timezones.Place(phone_code=phone_code, phone_number=params.phone_number,
                            state=state, postal_code=params.postal_code, owner=params.owner,
                            tz_method=tz_method)
    return timezones.lead_gmt_offset(call.session, place, call.clock.now())
