"""More functions on the agent's session: logout, pause codes, DTMF, the webphone, timers.

Like the flag functions they mostly write one column of vicidial_live_agents
for the agent screen to act on; webphone_url only reads the login's session data.
"""

from __future__ import annotations

from app.agent_api.call import ApiCall
from app.agent_api.registry import agent_function
from app.state import session_queries
from app.state.compare import texts_equal
from app.state.models import AgentSession
from app.wire.lines import Template
from app.wire.messages import session_more as messages

PAUSE_CODE_MAX = 6
TIMER_SECONDS_MAX = 8_388_607  # MEDIUMINT: a non-strict MariaDB cuts larger numbers to this
WEBPHONE_URL_MIN = 6


def php_len(text: str) -> int:
    """PHP's strlen: bytes, so a non-latin letter counts two or more."""
    return len(text.encode())


def agent_named(call: ApiCall, alt_user_min: int = 2) -> bool:
    """Whether the request names an agent: agent_user, or an alt_user long enough."""
    return bool(call.params.agent_user) or php_len(call.params.alt_user) >= alt_user_min


def checked_agent(call: ApiCall, valid: bool, not_valid: Template) -> AgentSession | None:
    """The common path: argument check, permission, alt_user, then the logged-in agent."""
    if not valid:
        call.say(not_valid, value=call.params.value, agent_user=call.agent_user)
        return None
    call.check_permission(first=call.params.value)
    call.resolve_alt_user()
    return call.logged_in_agent()


@agent_function("logout")
def logout(call: ApiCall) -> None:
    """Ask the agent screen to log the agent out."""
    value = call.params.value
    # Any value containing LOGOUT passes, and one character of alt_user does.
    valid = bool(value) and agent_named(call, 1) and "LOGOUT" in value
    agent = checked_agent(call, valid, messages.LOGOUT_NOT_VALID)
    if agent is None:
        return
    agent.external_pause = value
    call.debug_write(f"external_pause of agent {call.agent_user} set to {value}")
    epoch = call.started_epoch
    call.say(messages.LOGOUT_SET, data=str(epoch), value=value, epoch=epoch,
             agent_user=call.agent_user)


@agent_function("pause_code")
def pause_code(call: ApiCall) -> None:
    """Give a paused agent's pause a pause code (any code: none is checked)."""
    value = call.params.value
    valid = 1 <= php_len(value) <= PAUSE_CODE_MAX and agent_named(call)
    agent = checked_agent(call, valid, messages.PAUSE_CODE_NOT_VALID)
    if agent is None:
        return
    # Only the table's status counts: an external_pause still waiting for the screen does not.
    if not texts_equal(agent.status, "PAUSED"):
        call.say(messages.PAUSE_CODE_NOT_PAUSED, agent_user=call.agent_user)
        return
    agent.external_pause_code = value
    call.debug_write(f"external_pause_code of agent {call.agent_user} set to {value}")
    call.say(messages.PAUSE_CODE_SENT, data=str(call.started_epoch), agent_user=call.agent_user)


@agent_function("send_dtmf")
def send_dtmf(call: ApiCall) -> None:
    """Ask the agent screen to send touch tones into the call (P for #, S for *)."""
    value = call.params.value
    agent = checked_agent(call, bool(value) and agent_named(call), messages.SEND_DTMF_NOT_VALID)
    if agent is None:
        return
    agent.external_dtmf = value
    call.debug_write(f"external_dtmf of agent {call.agent_user} set to {value}")
    call.say(messages.SEND_DTMF_SET, value=value, agent_user=call.agent_user)


@agent_function("webphone_url")
def webphone_url(call: ApiCall) -> None:
    """Show the agent's webphone URL (DISPLAY) or a page that opens it (LAUNCH)."""
    value = call.params.value
    valid = value in ("DISPLAY", "LAUNCH") and agent_named(call)
    if checked_agent(call, valid, messages.WEBPHONE_URL_NOT_VALID) is None:
        return
    login = session_queries.session_data(call.session, call.agent_user)
    call.debug_line(f"session data of {call.agent_user}: {'found' if login else 'none'}")
    if login is None:
        call.say(messages.WEBPHONE_URL_NO_SESSION, agent_user=call.agent_user)
        return
    url = login.webphone_url or ""
    if php_len(url) < WEBPHONE_URL_MIN:
        call.say(messages.WEBPHONE_URL_EMPTY, agent_user=call.agent_user)
        return
    if value == "DISPLAY":
        call.write(messages.WEBPHONE_URL_DISPLAY.format(url=url))
        call.log("NOTICE", messages.WEBPHONE_URL_DISPLAYED, "")
    else:
        call.log("NOTICE", messages.WEBPHONE_URL_LAUNCHED, "")
        call.write(messages.WEBPHONE_URL_LAUNCH.format(url=url))


@agent_function("set_timer_action")
def set_timer_action(call: ApiCall) -> None:
    """Set what the agent screen does when the call timer runs out (any action name)."""
    params, value = call.params, call.params.value
    if not params.agent_user or php_len(value) < 2:
        call.say(messages.SET_TIMER_ACTION_NOT_VALID, data=f"{params.agent_user}|{value}",
                 agent_user=params.agent_user, value=value)
        return
    call.check_permission(first=value)
    # No alt_user here, and the agent is looked up before the API user's permission.
    agent = call.logged_in_agent()
    if agent is None:
        return
    if not session_queries.may_modify_campaigns(call.session, call.user):
        call.say(messages.SET_TIMER_ACTION_NOT_ALLOWED, agent_user=call.agent_user,
                 user=call.user)
        return

    agent.external_timer_action = value
    agent.external_timer_action_message = params.notes
    agent.external_timer_action_seconds = min(int(params.rank or 0), TIMER_SECONDS_MAX)
    call.debug_write(f"timer action of agent {call.agent_user} set to {value}")
    fields = {"user": call.user, "agent_user": call.agent_user, "value": value,
              "notes": params.notes, "rank": params.rank}
    call.say(messages.SET_TIMER_ACTION_SET, data="|".join(fields.values()), **fields)
