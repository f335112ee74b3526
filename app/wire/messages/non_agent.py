"""Every answer line of the Non-Agent API, as non_agent_api.php 2.14-202 prints it.

The real script separates reason and details with ": " in some lines and
" - " in others, and frames some details in pipes; each template here has the
real form. Lines shared by add_lead and update_lead differ only by the
function name in the reason: `LeadWriteLines` builds them for either.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.wire.lines import Template, bare

NON_AGENT_VERSION = "2.14-202"
NON_AGENT_BUILD = "250720-1841"


def colon(result: str, reason: str, details: str) -> Template:
    """`RESULT: reason: details`."""
    return Template(result, reason, details, "\n", ": ")


def dash(result: str, reason: str, details: str) -> Template:
    """`RESULT: reason - details`."""
    return Template(result, reason, details, "\n", " - ")


def no_permission(function: str, to_do: str) -> Template:
    return colon("ERROR", f"{function} USER DOES NOT HAVE PERMISSION TO {to_do}",
                 "|{user}|{allowed}|")


# -- before any function -----------------------------------------------------------

VERSION_LINE = (
    f"VERSION: {NON_AGENT_VERSION}|BUILD: {NON_AGENT_BUILD}|DATE: {{now}}|EPOCH: {{epoch}}"
    "|DST: {dst}|TZ: {tz}|TZNOW: {tz_now}|"
)
COFFEE_LINE = "Coffee: {function}|Error 418 I'm a teapot"
LOGIN_INCORRECT = colon("ERROR", "Login incorrect, please try again",
                        "|{user}|{password}|{auth}|")
LOGIN_LOCKED = colon("ERROR", "Too many login attempts, try again in 15 minutes",
                     "|{user}|LOCK|")
# The real line names a variable the script never sets, so the user part is empty.
IP_NOT_ALLOWED = colon("ERROR", "Your IP Address is not allowed", "{ip}: ||IPBLOCK|")
USER_GROUP_MISSING = colon("ERROR", "user_group DOES NOT EXIST", "|{user}|{user_group}|")
NO_FUNCTION = bare("ERROR", "NO FUNCTION SPECIFIED")

# -- the checks every function starts with ----------------------------------------

# The logged line, then a second line that is printed only.
INVALID_SOURCE = dash("ERROR", "Invalid Source", "{source}")
INVALID_SOURCE_ECHO = colon("ERROR", "Invalid Source", "|{source}|")
FUNCTION_NOT_ALLOWED = colon("ERROR", "auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION",
                             "|{user}|{function}|")

# -- agent_status, logged_in_agents, user_details ---------------------------------------

AGENT_STATUS_NO_PERMISSION = no_permission("agent_status", "GET AGENT INFO")
AGENT_STATUS_INVALID = colon("ERROR", "agent_status INVALID SEARCH PARAMETERS",
                             "{user}|{agent_user}")
AGENT_STATUS_NOT_LOGGED_IN = colon("ERROR", "agent_status AGENT NOT LOGGED IN",
                                   "{user}|{agent_user}")
AGENT_STATUS_NOT_FOUND = colon("ERROR", "agent_status AGENT NOT FOUND", "{user}|{agent_user}")
AGENT_STATUS_COLUMNS = (
    "status", "callerid", "lead_id", "campaign_id", "calls_today", "full_name", "user_group",
    "user_level", "pause_code", "real_time_sub_status", "phone_number", "vendor_lead_code",
    "session_id",
)

LOGGED_IN_AGENTS_NO_PERMISSION = no_permission("logged_in_agents", "GET AGENT INFO")
LOGGED_IN_AGENTS_NONE = colon("ERROR", "logged_in_agents NO LOGGED IN AGENTS",
                              "{user}|{agent_user}")
LOGGED_IN_AGENTS_COLUMNS = (
    "user", "campaign_id", "session_id", "status", "lead_id", "callerid", "calls_today",
    "full_name", "user_group", "user_level",
)

USER_DETAILS_NO_PERMISSION = no_permission("user_details", "GET USER DETAILS")
USER_DETAILS_INVALID = colon("ERROR", "user_details INVALID SEARCH PARAMETERS",
                             "{user}|{agent_user}")
USER_DETAILS_NOT_FOUND = colon("ERROR", "user_details USER NOT FOUND", "{user}|{agent_user}")
USER_DETAILS_COLUMNS = ("user", "full_name", "user_group", "user_level", "active")

# -- callid_info -------------------------------------------------------------------

CALLID_INFO_NO_PERMISSION = no_permission("callid_info", "GET CALL INFO")
CALLID_INFO_INVALID = colon("ERROR", "callid_info INVALID SEARCH PARAMETERS", "{user}|{call_id}")
# Both "not found" lines show agent_user, which callid_info never uses.
CALLID_INFO_NO_CALL = colon("ERROR", "callid_info CALL NOT FOUND", "{user}|{agent_user}")
CALLID_INFO_NO_LOG = colon("ERROR", "callid_info CALL LOG NOT FOUND", "{user}|{agent_user}")
CALLID_INFO_COLUMNS = ("call_id", "custtime")
# The docs list other detail columns; these are the real ones.
CALLID_INFO_DETAIL_COLUMNS = (
    "call_id", "custtime", "call_date", "phone", "call_type", "campaign_id", "list_id",
    "status", "user",
)

# -- lead_field_info, lead_all_info, lead_callback_info --------------------------------

LEAD_FIELD_NO_PERMISSION = no_permission("lead_field_info", "GET LEAD INFO")
LEAD_FIELD_INVALID = colon("ERROR", "lead_field_info INVALID SEARCH PARAMETERS",
                           "{user}|{lead_id}|{field_name}")
LEAD_FIELD_NO_LEAD = colon("ERROR", "lead_field_info LEAD NOT FOUND", "{user}|{lead_id}")
LEAD_FIELD_NO_LIST = colon("ERROR", "lead_field_info LIST NOT FOUND",
                           "{user}|{lead_id}|{list_id}")
LEAD_FIELD_NO_FIELD = colon("ERROR", "lead_field_info LIST FIELD NOT FOUND", "{user}|{lead_id}")

LEAD_ALL_NO_PERMISSION = no_permission("lead_all_info", "GET LEAD INFO")
LEAD_ALL_NOT_FOUND = colon("ERROR", "lead_all_info LEAD NOT FOUND",
                           "{user}|{lead_id}|{phone_number}")
LEAD_ALL_NO_LIST = colon("ERROR", "lead_all_info LIST NOT FOUND", "{data}")
LEAD_ALL_COLUMNS = (
    "status", "user", "vendor_lead_code", "source_id", "list_id", "gmt_offset_now",
    "phone_code", "phone_number", "title", "first_name", "middle_initial", "last_name",
    "address1", "address2", "address3", "city", "state", "province", "postal_code",
    "country_code", "gender", "date_of_birth", "alt_phone", "email", "security_phrase",
    "comments", "called_count", "last_local_call_time", "rank", "owner", "entry_list_id",
)

CALLBACK_INFO_NO_PERMISSION = no_permission("lead_callback_info", "GET LEAD INFO")
CALLBACK_INFO_INVALID = colon("ERROR", "lead_callback_info INVALID SEARCH PARAMETERS",
                              "{user}|{lead_id}")
CALLBACK_INFO_NO_LEAD = colon("ERROR", "lead_callback_info LEAD NOT FOUND", "|{user}|{allowed}|")
CALLBACK_INFO_NOT_FOUND = colon("ERROR", "lead_callback_info CALLBACK NOT FOUND",
                                "{user}|{lead_id}|{stage}|{search_location}")
CALLBACK_INFO_COLUMNS = (
    "lead_id", "callback_type", "recipient", "callback_status", "lead_status", "callback_date",
    "entry_date", "user", "list_id", "campaign_id", "user_group", "customer_timezone",
    "customer_time", "comments",
)

# -- lead_search ---------------------------------------------------------------------

LEAD_SEARCH_NO_PERMISSION = no_permission("lead_search", "SEARCH FOR LEADS")
LEAD_SEARCH_NO_METHOD = dash("ERROR", "lead_search NO VALID SEARCH METHOD", "{user}|{data}")
LEAD_SEARCH_LIST_NOT_ALLOWED = dash("ERROR", "lead_search NOT AN ALLOWED LIST ID",
                                    "{phone_number}|{list_id}")
LEAD_SEARCH_NO_MATCHES = colon("ERROR", "lead_search NO MATCHES FOUND IN THE SYSTEM",
                               "|{user}|{data}")
LEAD_SEARCH_FOUND_REASON = "lead_search LEADS FOUND IN THE SYSTEM"
# The header joins its names with a delimiter the script never sets.
LEAD_SEARCH_HEADER = "search_keyrecords_foundlead_ids\n"


# -- add_lead and update_lead ------------------------------------------------------


def _lines(function: str) -> dict[str, Template]:
    f = function
    return {
        "list_not_allowed": dash("ERROR", f"{f} NOT AN ALLOWED LIST ID",
                                 "{phone_number}|{list_id}"),
        "list_missing": dash("ERROR", f"{f} NOT A DEFINED LIST ID, LIST EXISTS CHECK ENABLED",
                             "{phone_number}|{list_id}"),
        "added": dash("SUCCESS", f"{f} LEAD HAS BEEN ADDED",
                      "{phone_number}|{list_id}|{lead_id}|{gmt_offset}|{user}"),
        "alt_phones": dash("NOTICE", f"{f} MULTI-ALT-PHONE NUMBERS LOADED",
                           "{count}|{lead_id}|{user}"),
        "custom_disabled": dash("NOTICE", f"{f} CUSTOM FIELDS NOT ADDED, CUSTOM FIELDS DISABLED",
                                "{phone_number}|{lead_id}|{custom_fields}|{enabled}"),
        "custom_undefined": dash(
            "NOTICE", f"{f} CUSTOM FIELDS NOT ADDED, NO CUSTOM FIELDS DEFINED FOR THIS LIST",
            "{phone_number}|{lead_id}|{list_id}"),
        "outside_local_time": dash("NOTICE", f"{f} NOT ADDED TO HOPPER, OUTSIDE OF LOCAL TIME",
                                   "{phone_number}|{lead_id}|{gmt_offset}|{dialable}|{user}"),
        "hopper_added": dash("NOTICE", f"{f} ADDED TO HOPPER",
                             "{phone_number}|{lead_id}|{hopper_id}|{user}"),
        "callback_user_invalid": dash(
            "NOTICE", f"{f} SCHEDULED CALLBACK NOT ADDED, USER NOT VALID", "{data}"),
        "callback_added": dash("NOTICE", f"{f} SCHEDULED CALLBACK ADDED", "{data}"),
        "callback_campaign_invalid": dash(
            "NOTICE", f"{f} SCHEDULED CALLBACK NOT ADDED, CAMPAIGN NOT VALID", "{data}"),
    }


@dataclass(frozen=True)
class LeadWriteLines:
    """The lines add_lead and update_lead both print, with the function's own name."""

    function: str
    by_name: dict[str, Template] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", _lines(self.function))

    def __getitem__(self, name: str) -> Template:
        return self.by_name[name]


ADD_LEAD = LeadWriteLines("add_lead")
UPDATE_LEAD = LeadWriteLines("update_lead")

ADD_LEAD_NO_PERMISSION = no_permission("add_lead", "ADD LEADS TO THE SYSTEM")
ADD_LEAD_NANPA_OFF = dash("NOTICE", "add_lead NANPA options disabled, NANPA prefix data not loaded",
                          "{count}|{user}")
ADD_LEAD_BAD_LENGTH = "add_lead INVALID PHONE NUMBER LENGTH"
ADD_LEAD_BAD_PREFIX = "add_lead INVALID PHONE NUMBER PREFIX"
ADD_LEAD_BAD_AREACODE = "add_lead INVALID PHONE NUMBER AREACODE"
ADD_LEAD_BAD_NANPA = "add_lead INVALID PHONE NUMBER NANPA AREACODE PREFIX"
ADD_LEAD_DNC = dash("ERROR", "add_lead PHONE NUMBER IN DNC", "{phone_number}|{user}")
ADD_LEAD_CAMPAIGN_DNC = dash("ERROR", "add_lead PHONE NUMBER IN CAMPAIGN DNC",
                             "{phone_number}|{campaign_id}|{user}")
ADD_LEAD_DUPLICATE = {
    "LIST": "add_lead DUPLICATE PHONE NUMBER IN LIST",
    "CAMP": "add_lead DUPLICATE PHONE NUMBER IN CAMPAIGN LISTS",
    "SYS": "add_lead DUPLICATE PHONE NUMBER IN SYSTEM",
    "TITLE_LIST": "add_lead DUPLICATE TITLE ALT_PHONE IN LIST",
    "TITLE_CAMP": "add_lead DUPLICATE TITLE ALT_PHONE IN CAMPAIGN LISTS",
    "TITLE_SYS": "add_lead DUPLICATE TITLE ALT_PHONE IN SYSTEM",
    "NAME_LIST": "add_lead DUPLICATE NAME PHONE IN LIST",
    "NAME_CAMP": "add_lead DUPLICATE NAME PHONE IN CAMPAIGN LISTS",
    "NAME_SYS": "add_lead DUPLICATE NAME PHONE IN SYSTEM",
}


def rejected(reason: str) -> Template:
    """An add_lead refusal whose reason the checks chose: `ERROR: reason - details`."""
    return dash("ERROR", reason, "{details}")


UPDATE_LEAD_NO_PERMISSION = no_permission("update_lead", "UPDATE LEADS IN THE SYSTEM")
UPDATE_LEAD_NO_METHOD = dash("ERROR", "update_lead NO VALID SEARCH METHOD", "{user}|{data}")
UPDATE_LEAD_SEARCH_NOT_ALLOWED = dash("ERROR", "update_lead NOT AN ALLOWED LIST ID, SEARCH",
                                      "{phone_number}|{list_id}")
UPDATE_LEAD_RESULT_NOT_ALLOWED = dash("ERROR", "update_lead NOT AN ALLOWED LIST ID, RESULTS",
                                      "{list_id}")
UPDATE_LEAD_INSERT_NOT_ALLOWED = dash("ERROR", "update_lead NOT AN ALLOWED LIST ID, INSERT",
                                      "{phone_number}|{list_id}")
UPDATE_LEAD_FOUND = colon("NOTICE", "update_lead LEADS FOUND IN THE SYSTEM", "|{user}|{data}")
UPDATE_LEAD_NO_MATCHES = colon("ERROR", "update_lead NO MATCHES FOUND IN THE SYSTEM",
                               "|{user}|{data}")
UPDATE_LEAD_NO_MATCHES_NOTICE = colon("NOTICE", "update_lead NO MATCHES FOUND IN THE SYSTEM",
                                      "|{user}|{data}")
UPDATE_LEAD_CF_DELETED = dash("NOTICE", "update_lead CUSTOM FIELDS DATA HAS BEEN DELETED",
                              "{user}|{lead_id}|{list_id}|{rows}|{custom_rows}")
# The real line prints the archived-callback count twice and ends with a pipe.
UPDATE_LEAD_UPDATED = dash("SUCCESS", "update_lead LEAD HAS BEEN UPDATED",
                           "{user}|{lead_id}|{rows}|{archived}|{archived}|")
UPDATE_LEAD_CB_UPDATED = dash("NOTICE", "update_lead SCHEDULED CALLBACK UPDATED", "{data}")
UPDATE_LEAD_CB_UNCHANGED = dash(
    "NOTICE", "update_lead SCHEDULED CALLBACK NOT UPDATED, NO FIELDS SPECIFIED", "{data}")
UPDATE_LEAD_CB_DELETED = dash("NOTICE", "update_lead SCHEDULED CALLBACK DELETED", "{data}")
UPDATE_LEAD_BAD_INSERT = dash("ERROR", "update_lead INVALID DATA FOR LEAD INSERTION",
                              "{user}|{data}")
UPDATE_LEAD_HOPPER_NO_LEAD = dash("NOTICE", "update_lead NOT ADDED TO HOPPER, LEAD NOT FOUND",
                                  "{phone_number}|{lead_id}|{user}")
UPDATE_LEAD_HOPPER_ALREADY = dash(
    "NOTICE", "update_lead NOT ADDED TO HOPPER, LEAD IS ALREADY IN THE HOPPER",
    "{phone_number}|{lead_id}|{user}")
UPDATE_LEAD_HOPPER_REMOVED = dash("NOTICE", "update_lead REMOVED FROM HOPPER",
                                  "{phone_number}|{lead_id}|{hopper_status}|{user}")
UPDATE_LEAD_HOPPER_KEPT = dash("NOTICE", "update_lead NOT REMOVED FROM HOPPER",
                               "{phone_number}|{lead_id}|{hopper_status}|{user}")
UPDATE_LEAD_HOPPER_ABSENT = dash(
    "NOTICE", "update_lead NOT REMOVED FROM HOPPER, LEAD IS NOT IN THE HOPPER",
    "{phone_number}|{lead_id}|{user}")


def lead_deleted(callbacks: str, archived: str) -> Template:
    """The delete_lead success line: its reason carries the two callback counts."""
    return dash("SUCCESS", f"update_lead LEAD HAS BEEN DELETED {callbacks}|{archived}",
                "{user}|{lead_id}|{rows}|{archived}|{archived}|")
