"""The answer lines of the Non-Agent API's admin functions (non_agent_api.php 2.14-202).

DNC, campaigns, hopper, recordings, users, lists and phones. Most refusals
end `|user|count|`; the DNC ones end `|user|count` without the last pipe.
"""

from __future__ import annotations

from app.wire.lines import Template
from app.wire.messages.non_agent import colon, dash, no_permission


def refused(function: str, to_do: str) -> Template:
    """A refusal without the closing pipe: `...: |user|count`."""
    return colon("ERROR", f"{function} USER DOES NOT HAVE PERMISSION TO {to_do}",
                 "|{user}|{allowed}")


# -- campaigns_list, hopper_list ------------------------------------------------------

CAMPAIGNS_NO_PERMISSION = no_permission("campaigns_list", "GET CAMPAIGN INFO")
CAMPAIGNS_NONE = colon("ERROR", "campaigns_list THIS USER HAS NO VIEWABLE CAMPAIGNS", "{data}")
CAMPAIGNS_FOUND = "campaigns_list RESULTS FOUND: {count}"
CAMPAIGNS_COLUMNS = (
    "campaign_id", "campaign_name", "active", "user_group", "dial_method", "dial_level",
    "lead_order", "dial_statuses", "dial_timeout", "dial_prefix", "manual_dial_prefix",
    "three_way_dial_prefix",
)

HOPPER_NO_PERMISSION = no_permission("hopper_list", "GET CAMPAIGN INFO")
HOPPER_NO_CAMPAIGN = colon("ERROR", "hopper_list THIS CAMPAIGN DOES NOT EXIST",
                           "|{user}|{campaign_id}")
HOPPER_EMPTY = colon("ERROR", "hopper_list THERE ARE NO LEADS IN THE HOPPER FOR THIS CAMPAIGN",
                     "{data}")
HOPPER_FOUND = "hopper_list RESULTS FOUND: {count}"
HOPPER_COLUMNS = (
    "hopper_order", "priority", "lead_id", "list_id", "phone_number", "phone_code", "state",
    "status", "count", "gmt_offset", "rank", "alt", "hopper_source", "vendor_lead_code",
    "source_id", "age_days", "last_call_time",
)
# The last-call ages, padded to the width the real script's translation pads them to.
AGE_HOURS, AGE_DAYS, AGE_YEARS, AGE_NEVER = "HOURS ", "DAYS  ", "YEARS ", "NEVER    "

# -- add_dnc_phone, delete_dnc_phone ------------------------------------------------------

DNC_SYSTEM = "SYSTEM_INTERNAL"
ADD_DNC_NO_PERMISSION = refused("add_dnc_phone", "ADD DNC NUMBERS")
ADD_DNC_REQUIRED = colon("ERROR", "add_dnc_phone YOU MUST USE ALL REQUIRED FIELDS",
                         "|{user}|{data}")
ADD_DNC_EXISTS = colon("ERROR", "add_dnc_phone DNC NUMBER ALREADY EXISTS", "|{user}|{data}")
ADD_DNC_DONE = dash("SUCCESS", "add_dnc_phone DNC NUMBER HAS BEEN ADDED", "{user}|{data}")
DELETE_DNC_NO_PERMISSION = refused("delete_dnc_phone", "DELETE DNC NUMBERS")
DELETE_DNC_REQUIRED = colon("ERROR", "delete_dnc_phone YOU MUST USE ALL REQUIRED FIELDS",
                            "|{user}|{data}")
DELETE_DNC_MISSING = colon("ERROR", "delete_dnc_phone DNC NUMBER DOES NOT EXIST",
                           "|{user}|{data}")
DELETE_DNC_DONE = dash("SUCCESS", "delete_dnc_phone DNC NUMBER HAS BEEN DELETED",
                       "{user}|{data}")

# What the admin log records as the statements run (VICIdial's own SQL text).
DNC_CAMPAIGN_ADD_SQL = ("INSERT INTO vicidial_campaign_dnc (phone_number,campaign_id) "
                        "values('{phone}','{campaign}')")
DNC_SYSTEM_ADD_SQL = "INSERT INTO vicidial_dnc (phone_number) values('{phone}')"
DNC_CAMPAIGN_DELETE_SQL = ("DELETE FROM vicidial_campaign_dnc WHERE phone_number='{phone}' "
                           "and campaign_id='{campaign}'")
DNC_SYSTEM_DELETE_SQL = "DELETE FROM vicidial_dnc where phone_number='{phone}'"
DNC_LOG_SQL = ("INSERT INTO vicidial_dnc_log SET phone_number='{phone}', "
               "campaign_id='{campaign}', action='{action}', action_date=NOW(), user='{user}'")

# -- recording_lookup -----------------------------------------------------------------------

RECORDINGS_NO_PERMISSION = no_permission("recording_lookup", "GET RECORDING INFO")
RECORDINGS_INVALID = colon("ERROR", "recording_lookup INVALID SEARCH PARAMETERS", "{data}")
RECORDINGS_NONE = dash("ERROR", "recording_lookup NO RECORDINGS FOUND", "{data}")
RECORDINGS_FOUND = "recording_lookup RECORDINGS FOUND: {count}"
RECORDINGS_COLUMNS = ("start_time", "user", "recording_id", "lead_id", "location")

# -- add_user -------------------------------------------------------------------------------

ADD_USER_NO_PERMISSION = refused("add_user", "ADD USERS")
ADD_USER_REQUIRED = colon("ERROR", "add_user YOU MUST USE ALL REQUIRED FIELDS", "|{user}|{data}")
ADD_USER_LEVEL = colon("ERROR", "add_user USER DOES NOT HAVE PERMISSION TO ADD USERS IN THIS "
                       "USER LEVEL", "|{user}|{data}")
ADD_USER_NO_GROUP = colon("ERROR", "add_user USER GROUP DOES NOT EXIST", "|{user}|{data}")
ADD_USER_EXISTS = colon("ERROR", "add_user USER ALREADY EXISTS", "|{user}|{data}")
ADD_USER_DONE = dash("SUCCESS", "add_user USER HAS BEEN ADDED", "{user}|{data}")
ADD_USER_SQL = (
    "INSERT INTO vicidial_users (user,pass,full_name,user_level,user_group,phone_login,"
    "phone_pass,hotkeys_active,voicemail_id,email,custom_one,custom_two,custom_three,"
    "custom_four,custom_five,pass_hash,wrapup_seconds_override,agent_choose_ingroups,"
    "agent_choose_blended,closer_default_blended,closer_campaigns) values({values})"
)

# -- update_user ----------------------------------------------------------------------------

UPDATE_USER_NO_PERMISSION = refused("update_user", "UPDATE USERS")
UPDATE_USER_REQUIRED = colon("ERROR", "update_user YOU MUST USE ALL REQUIRED FIELDS",
                             "|{user}|{data}")
UPDATE_USER_MISSING = colon("ERROR", "update_user USER DOES NOT EXIST", "|{user}|{data}")
# The real details end in a newline of their own, so the line ends in two.
UPDATE_USER_NOT_THIS_USER = colon(
    "ERROR", "update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS USER", "|{user}|{data}")
UPDATE_USER_NO_DELETE = refused("update_user", "DELETE USERS")
UPDATE_USER_DELETED = dash("SUCCESS", "update_user USER HAS BEEN DELETED", "{user}|{data}")
UPDATE_USER_NO_UPDATES = colon("ERROR", "update_user NO UPDATES DEFINED", "|{user}|{data}")
UPDATE_USER_DONE = dash("SUCCESS", "update_user USER HAS BEEN UPDATED", "{user}|{data}")
UPDATE_USER_CAMPAIGN_RANKS = dash(
    "NOTICE", "update_user USER CAMPAIGN RANKS/GRADES HAVE BEEN UPDATED", "{user}|{data}")
UPDATE_USER_INGROUP_RANKS = dash(
    "NOTICE", "update_user USER IN-GROUP RANKS/GRADES HAVE BEEN UPDATED", "{user}|{data}")
UPDATE_USER_RESET_NO_EMAIL = dash(
    "NOTICE", "update_user USER PASSWORD RESET FAILED: NO VALID EMAIL PROVIDED", "{user}|{data}")
UPDATE_USER_RESET_FAILED = dash(
    "NOTICE", "update_user USER PASSWORD RESET FAILED: EMAIL FAILURE", "{user}|{data}")


def update_user_invalid(what: str) -> Template:
    """`update_user YOU MUST USE A VALID <what>, THIS IS AN OPTIONAL FIELD: |user|data`."""
    return colon("ERROR", f"update_user YOU MUST USE A VALID {what}, THIS IS AN OPTIONAL FIELD",
                 "|{user}|{data}")


UPDATE_USER_ACTIVE = colon("ERROR", "update_user ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL "
                           "FIELD", "|{user}|{data}")
UPDATE_USER_WRAPUP = colon(
    "ERROR", "update_user wrapup_seconds_override MUST BE A VALID DIGIT BETWEEN -1 AND 9999, "
    "THIS IS AN OPTIONAL FIELD", "|{user}|{data}")
UPDATE_USER_SQL = "UPDATE vicidial_users SET failed_login_count='0' {sets} WHERE user='{user}'"
DELETE_USER_SQL = "DELETE FROM vicidial_users WHERE user='{user}'"
RANK_INSERT_SQL = ("INSERT INTO {table}(user,{key} {rank_cols} {grade_cols}) SELECT "
                   "'{user}',{key} {rank_values} {grade_values} from {source} {only} "
                   "ON DUPLICATE KEY UPDATE {rank_sets} {grade_sets}")
RANK_LIVE_SQL = ("UPDATE {table} set {weight}='{rank}', {grade_col}='{grade}' "
                 "where user='{user}' {only}")

# -- add_list, update_list, list_info -------------------------------------------------------

ADD_LIST_NO_PERMISSION = refused("add_list", "ADD LISTS")
ADD_LIST_REQUIRED = colon("ERROR", "add_list YOU MUST USE ALL REQUIRED FIELDS", "|{user}|{data}")
ADD_LIST_DONE = dash("SUCCESS", "add_list LIST HAS BEEN ADDED", "{user}|{data}")
ADD_LIST_SQL = (
    "INSERT INTO vicidial_lists SET list_id='{list_id}', list_name='{list_name}', "
    "campaign_id='{campaign_id}', active='{active}', "
    "campaign_cid_override='{campaign_cid_override}', "
    "agent_script_override='{agent_script_override}', "
    "am_message_exten_override='{am_message_exten_override}', "
    "drop_inbound_group_override='{drop_inbound_group_override}', reset_time='{reset_time}', "
    "expiration_date='{expiration_date}' {web_one} {web_two} {web_three} {description} "
    "{tz_method} {call_time} {xferconf}"
)


def list_error(function: str, reason: str) -> Template:
    """`<function> <reason>: |user|data` (the list functions' many refusals)."""
    return colon("ERROR", f"{function} {reason}", "|{user}|{data}")

UPDATE_LIST_NO_PERMISSION = refused("update_list", "UPDATE LISTS")
UPDATE_LIST_REQUIRED = colon("ERROR", "update_list YOU MUST USE ALL REQUIRED FIELDS",
                             "|{user}|{data}")
UPDATE_LIST_NOT_ALLOWED = dash("ERROR", "update_list NOT AN ALLOWED LIST ID", "{data}")
UPDATE_LIST_TO_ADD = colon("NOTICE", "update_list LIST DOES NOT EXIST, SENDING TO add_list "
                           "FUNCTION", "|{user}|{data}")
UPDATE_LIST_NO_UPDATES = colon("NOTICE", "update_list NO UPDATES DEFINED", "|{user}|{data}")
UPDATE_LIST_DONE = dash("SUCCESS", "update_list LIST HAS BEEN UPDATED", "{user}|{data}")
UPDATE_LIST_RESET = dash("NOTICE", "update_list LEADS IN LIST HAVE BEEN RESET", "{user}|{data}")
UPDATE_LIST_NO_DELETE = colon("NOTICE", "update_list USER DOES NOT HAVE PERMISSION TO DELETE "
                              "LISTS", "|{user}|{data}")
UPDATE_LIST_DELETED = dash("NOTICE", "update_list LIST HAS BEEN DELETED", "{user}|{data}")
UPDATE_LIST_NO_LEAD_DELETE = colon("NOTICE", "update_list USER DOES NOT HAVE PERMISSION TO "
                                   "DELETE LEADS", "|{user}|{data}")
UPDATE_LIST_LEADS_DELETED = dash("NOTICE", "update_list LEADS IN LIST HAVE BEEN DELETED",
                                 "{user}|{data}")
UPDATE_LIST_SQL = ("UPDATE vicidial_lists SET list_changedate='{now}' {sets} "
                   "WHERE list_id='{list_id}'")
RESET_LIST_SQL = ("UPDATE vicidial_lists SET list_changedate='{now}',"
                  "resets_today=(resets_today + 1) WHERE list_id='{list_id}'|"
                  "UPDATE vicidial_list SET called_since_last_reset='N' "
                  "WHERE list_id='{list_id}'")
DELETE_LIST_SQL = "DELETE FROM vicidial_lists WHERE list_id='{list_id}'"
DELETE_LEADS_SQL = "DELETE FROM vicidial_list WHERE list_id='{list_id}'"


def reset_limit_reached(resets: object, limit: object) -> Template:
    """The reset refusal, which names the counts in the reason itself."""
    return dash("NOTICE", f"update_list LIST RESET FAILED, daily reset limit reached: "
                f"{resets} / {limit}", "{user}|{data}")


LIST_INFO_NO_PERMISSION = refused("list_info", "MODIFY LISTS")
LIST_INFO_REQUIRED = colon("ERROR", "list_info YOU MUST USE ALL REQUIRED FIELDS", "|{user}|{data}")
LIST_INFO_NOT_ALLOWED = dash("ERROR", "list_info NOT AN ALLOWED LIST ID", "{data}")
LIST_INFO_MISSING = colon("ERROR", "list_info LIST DOES NOT EXIST", "|{user}|{data}")
LIST_INFO_SENT = "list_info LIST INFORMATION SENT"
LIST_INFO_COLUMNS = ("list_id", "list_name", "campaign_id", "active", "list_changedate",
                     "list_lastcalldate", "expiration_date", "resets_today")
UPDATE_LIST_COPY_SENT = dash("NOTICE", "update_list COPY CUSTOM FIELDS COMMAND SENT",
                             "{user}|{data}")


def list_notice(reason: str) -> Template:
    """`NOTICE: update_list <reason>: |user|data`."""
    return colon("NOTICE", f"update_list {reason}", "|{user}|{data}")

# -- add_phone ------------------------------------------------------------------------------

ADD_PHONE_NO_PERMISSION = refused("add_phone", "ADD PHONES")
ADD_PHONE_DONE = dash("SUCCESS", "add_phone PHONE HAS BEEN ADDED", "{user}|{data}")
ADD_PHONE_SQL = (
    "INSERT INTO phones SET  extension='{extension}', dialplan_number='{dialplan_number}', "
    "voicemail_id='{voicemail_id}', login='{login}', pass='{pass_}', server_ip='{server_ip}', "
    "protocol='{protocol}', conf_secret='{conf_secret}', fullname='{fullname}', "
    "local_gmt='{local_gmt}', outbound_cid='{outbound_cid}', phone_context='{phone_context}', "
    "email='{email}', active='Y', status='ACTIVE', user_group='{user_group}' {options}"
)
# The offsets add_phone accepts (compared as numbers, so -5 passes as -5.00).
PHONE_GMT_OFFSETS = (
    "12.75", "12.00", "11.00", "10.00", "9.50", "9.00", "8.00", "7.00", "6.50", "6.00", "5.75",
    "5.50", "5.00", "4.50", "4.00", "3.50", "3.00", "2.00", "1.00", "0.00", "-1.00", "-2.00",
    "-3.00", "-3.50", "-4.00", "-5.00", "-6.00", "-7.00", "-8.00", "-9.00", "-10.00",
    "-11.00", "-12.00",
)


def phone_error(reason: str) -> Template:
    return colon("ERROR", f"add_phone {reason}", "|{user}|{data}")
