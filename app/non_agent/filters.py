"""The character filter of each Non-Agent API parameter.

non_agent_api.php silently removes every character a parameter does not
allow, with its own table (not the Agent API's: `pass` keeps only letters,
digits, `-` and `_`, `stage` loses everything else too). Letters follow the
system's `use_non_latin` setting except where the real filter is fixed to
A-Z. A parameter the table does not name passes as it came.
"""

from __future__ import annotations

from app.wire.filters import Keep, Remove, Step, latin_only, plus_to_space, run
from app.wire.request import Params, RawRequest

WORD = Keep("-_")
ALNUM = Keep()
UPPER = Keep(digits=False, letters="upper")
DIGITS = Keep(letters="none")
NAME = (Keep("- '+_."), plus_to_space)
ADDRESS = (Keep("- '+.:/@_"), plus_to_space)
FREE_TEXT = (Remove(';#"'), plus_to_space)

# Filtered before the script looks at use_non_latin.
ALWAYS: dict[str, tuple[Step, ...]] = {
    "list_id": (latin_only(WORD),),
    "list_id_field": (DIGITS,),
    "lead_id": (DIGITS,),
    "lead_ids": (Keep(",", letters="none"),),
    "list_exists_check": (latin_only(ALNUM),),
    "delete_cf_data": (UPPER,),
    "function": (latin_only(WORD),),
    "format": (latin_only(ALNUM),),
    "stage": (latin_only(WORD),),
    "rank": (DIGITS,),
    "entry_list_id": (DIGITS,),
    "phone_code": (DIGITS,),
    "update_phone_number": (UPPER,),
    "date_of_birth": (Keep("-", letters="none"),),
    "gender": (UPPER,),
    "dnc_check": (UPPER,),
    "campaign_dnc_check": (UPPER,),
    "add_to_hopper": (UPPER,),
    "hopper_priority": (Keep("-", letters="none"),),
    "hopper_local_call_time_check": (UPPER,),
    "custom_fields": (latin_only(ALNUM),),
    "search_method": (latin_only(WORD),),
    "duplicate_check": (latin_only(WORD),),
    "insert_if_not_found": (UPPER,),
    "records": (DIGITS,),
    "search_location": (UPPER,),
    "no_update": (UPPER,),
    "delete_lead": (UPPER,),
    "called_count": (DIGITS,),
    "tz_method": (latin_only(WORD),),
    "reset_lead": (UPPER,),
    "usacan_areacode_check": (UPPER,),
    "usacan_prefix_check": (UPPER,),
    "callback_datetime": (latin_only(Keep("- +.:/@_")),),
    "callback": (UPPER,),
    "callback_type": (UPPER,),
    "time_format": (UPPER,),
    "nanpa_ac_prefix_check": (UPPER,),
    "show_sub_status": (UPPER,),
    "lookup_state": (UPPER,),
    "detail": (UPPER,),
    "force_entry_list_id": (DIGITS,),
    "gmt_offset_now": (Keep("-_.", letters="none"),),
    "header": (latin_only(ALNUM),),
    "include_ip": (latin_only(ALNUM),),
    "archived_lead": (latin_only(ALNUM),),
    "DB": (DIGITS,),
    "phone_number": (Keep(",", letters="none"),),
}

# Letters of any script survive these when use_non_latin is on.
FILTERS: dict[str, tuple[Step, ...]] = {
    "status": (WORD,),
    "user": (WORD,),
    "pass": (WORD,),
    "agent_user": (WORD,),
    "vendor_lead_code": FREE_TEXT,
    "source_id": FREE_TEXT,
    "title": (Keep("- '_."),),
    "first_name": NAME,
    "middle_initial": (WORD,),
    "last_name": NAME,
    "address1": ADDRESS,
    "address2": ADDRESS,
    "address3": ADDRESS,
    "city": ADDRESS,
    "state": (Keep("- "),),
    "province": (Keep("- '+._"), plus_to_space),
    "postal_code": (Keep("- '+"), plus_to_space),
    "country_code": (WORD,),
    "alt_phone": NAME,
    "email": (Keep("- '+.:/@%_"), plus_to_space),
    "security_phrase": ADDRESS,
    "comments": FREE_TEXT,
    "campaign_id": (WORD,),
    "multi_alt_phones": (Keep("- +!:_"), plus_to_space),
    "source": (ALNUM,),
    "owner": ADDRESS,
    "user_field": (WORD,),
    "callback_status": (WORD,),
    "callback_user": (WORD,),
    "callback_comments": (Keep("- +.:/@_"),),
    "user_groups": (Keep("-|,_"),),
    "call_id": (ALNUM,),
    "campaigns": (Keep("-,|_"),),
    "field_name": (WORD,),
    "remove_from_hopper": (ALNUM,),
}


def filter_value(name: str, raw: str, non_latin: bool) -> str:
    steps = ALWAYS.get(name) or FILTERS.get(name)
    if steps is None:
        from app.non_agent import admin_filters
        steps = admin_filters.ALWAYS.get(name) or admin_filters.FILTERS.get(name)
    return raw if steps is None else run(steps, raw, non_latin)


def filtered_params(request: RawRequest, non_latin: bool) -> Params:
    """Every parameter of the request (GET wins over POST) through its filter."""
    values: dict[str, str] = {}
    for name in set(request.get) | set(request.post):
        raw = request.raw(name)
        if raw is not None:
            values[name] = filter_value(name, raw, non_latin)
    return Params(values, frozenset(values))


def digits(text: str) -> str:
    """The script's second, digits-only pass over list_id in the lead functions."""
    return "".join(c for c in text if c.isdigit() and c.isascii())
