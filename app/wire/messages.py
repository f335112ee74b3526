"""Every answer line of the Agent API, as the real api.php 2.14-82 prints it.

Where the real text differs from docs/AGENT_API.txt the real text is here, and
the comment says so. Each function's own lines sit under its name.
"""

from app.wire.lines import API_BUILD, API_VERSION, Template, bare, error, notice, success  # noqa: F401

# -- the checks every function shares -----------------------------------------

INVALID_SOURCE = error("Invalid Source", "{source}")
# The real line echoes the password and, for a bad one, the login statement.
INVALID_LOGIN = Template(
    "ERROR", "Invalid Username/Password",
    "|{user}|{password}|{auth}|{auth_api}|{auth_message}|", separator=": ",
)
SYSTEM_API_OFF = bare("ERROR", "System API NOT ACTIVE")
USER_GROUP_MISSING = error("user_group DOES NOT EXIST", "{value}|{user_group}")
NO_PERMISSION = error(
    "auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION",
    "{echo}{user}|{function}|{user_group}",
)
NO_USER_FOUND = error("no user found", "{alt_user}")
NOT_LOGGED_IN = error("agent_user is not logged in", "{agent_user}")

# -- version and the coffee family ---------------------------------------------

VERSION_LINE = f"VERSION: {API_VERSION}|BUILD: {API_BUILD}|DATE: {{now}}|EPOCH: {{epoch}}"
COFFEE_LINE = "Coffee: {function}|Error 418 I'm a teapot"

# -- vm_message -----------------------------------------------------------------

VM_MESSAGE_NOT_VALID = error("vm_message not valid", "{lead_id}|{value}|{agent_user}")
# The docs show the API user and no trailing pipe; the real line has the agent and a pipe.
VM_MESSAGE_SET = success("vm_message function set", "{agent_user}|{lead_id}|{value}|")
VM_MESSAGE_LEAD_MISMATCH = error("current call does not match lead_id submitted",
                                 "{agent_user}")
NO_LIVE_CALL = error("agent_user does not have a live call", "{agent_user}")


# -- external_hangup, external_status, external_pause ---------------------------

EXTERNAL_HANGUP_NOT_VALID = error("external_hangup not valid", "{value}|{agent_user}")
EXTERNAL_HANGUP_SET = success("external_hangup function set", "{value}|{agent_user}")
# The docs' example shows `6666|A`; the real line is the value, then the agent.
EXTERNAL_STATUS_NOT_VALID = error("external_status not valid", "{value}|{agent_user}")
EXTERNAL_STATUS_SET = success("external_status function set", "{value}|{agent_user}")
EXTERNAL_PAUSE_NOT_VALID = error("external_pause not valid", "{value}|{agent_user}")
EXTERNAL_PAUSE_NOT_PAUSED = error("external_pause agent is not paused", "{value}|{agent_user}")
EXTERNAL_PAUSE_SET = success("external_pause function set", "{value}|{epoch}|{agent_user}")
