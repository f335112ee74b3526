"""The answer lines of st_login_log and st_get_agent_active_lead."""

from app.wire.lines import error, success

ST_LOGIN_LOG_NOT_VALID = error("st_login_log not valid", "{value}|{vendor_id}")
ST_LOGIN_LOG_USER_FOUND = success("st_login_log user found", "{user}")
ACTIVE_LEAD_NOT_VALID = error("st_get_agent_active_lead not valid", "{value}|{vendor_id}")
ACTIVE_LEAD_FOUND = success(
    "st_get_agent_active_lead lead found",
    "{user}|{phone_number}|{lead_id}|{vendor_lead_code}|{province}|{security_phrase}|{source_id}",
)
NO_ACTIVE_LEAD = error("no active lead found", "{user}")
USER_NOT_LOGGED_IN = error("user not logged in", "{user}")
NO_USER_FOUND = error("no user found", "{value}")
