"""The answer lines of logout, pause_code, webphone_url, send_dtmf and set_timer_action."""

from app.wire.lines import error, success

LOGOUT_NOT_VALID = error("logout not valid", "{value}|{agent_user}")
LOGOUT_SET = success("logout function set", "{value}|{epoch}|{agent_user}")

# The docs show `<agent_user>|<value>`; the real line has the value first.
PAUSE_CODE_NOT_VALID = error("pause_code not valid", "{value}|{agent_user}")
PAUSE_CODE_NOT_PAUSED = error("pause_code error - agent is not paused", "{agent_user}")
PAUSE_CODE_SENT = success("pause_code function sent", "{agent_user}")

WEBPHONE_URL_NOT_VALID = error("webphone_url not valid", "{value}|{agent_user}")
WEBPHONE_URL_NO_SESSION = error("webphone_url error - no session data", "{agent_user}")
WEBPHONE_URL_EMPTY = error("webphone_url error - webphone url is empty", "{agent_user}")
# DISPLAY prints the bare URL with no line end; LAUNCH a page that opens it.
# Both are logged as NOTICE with these reasons.
WEBPHONE_URL_DISPLAYED = "webphone_url active and displayed"
WEBPHONE_URL_LAUNCHED = "webphone_url active and launched"
WEBPHONE_URL_DISPLAY = "{url}"
WEBPHONE_URL_LAUNCH = (
    '<META HTTP-EQUIV=Refresh CONTENT="0; URL={url}">\n'
    "</HEAD>\n"
    "<BODY BGCOLOR=#FFFFFF marginheight=0 marginwidth=0 leftmargin=0 topmargin=0>\n"
    '<a href="{url}">click here to continue. . .</a>\n'
    "</BODY>\n"
)

SEND_DTMF_NOT_VALID = error("send_dtmf not valid", "{value}|{agent_user}")
SEND_DTMF_SET = success("send_dtmf function set", "{value}|{agent_user}")

# The docs show only the user; the real line is the agent, then the value.
SET_TIMER_ACTION_NOT_VALID = error("set_timer_action not valid", "{agent_user}|{value}")
SET_TIMER_ACTION_NOT_ALLOWED = error("user is not allowed to modify campaign settings",
                                     "{agent_user}|{user}")
SET_TIMER_ACTION_SET = success("set_timer_action lead updated",
                               "{user}|{agent_user}|{value}|{notes}|{rank}")
