"""The answer lines every Agent API function shares: source, login, permissions."""

from app.wire.lines import API_BUILD, API_VERSION, Template, bare, error

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
