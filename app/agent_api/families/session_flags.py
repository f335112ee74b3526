"""Functions that set a flag on the agent's session for the agent screen to act on.

On a real dialer these only write a column of vicidial_live_agents; the
agent's browser, polling about once a second, acts on it and clears it.
"""

from __future__ import annotations

from app.agent_api.call import ApiCall
from app.agent_api.registry import agent_function
from app.state import queries
from app.state.models import AgentSession
from app.wire.messages import session_flags as messages

CALLBACK_DATETIME_MIN = 13
CALLBACK_COMMENTS_MAX = 200


def _agent_named(call: ApiCall, alt_user_min: int = 2) -> bool:
    return bool(call.params.agent_user) or len(call.params.alt_user) >= alt_user_min


@agent_function("external_hangup")
def external_hangup(call: ApiCall) -> None:
    """Hang up the agent's customer call (the screen then asks for a disposition)."""
    value = call.params.value
    if not value or not _agent_named(call):
        call.say(messages.EXTERNAL_HANGUP_NOT_VALID, value=value, agent_user=call.agent_user)
        return
    call.check_permission(first=value)
    call.resolve_alt_user()

    agent = call.logged_in_agent()
    if agent is None:
        return
    agent.external_hangup = value
    call.debug_write(f"external_hangup of agent {call.agent_user} set to {value}")
    call.say(messages.EXTERNAL_HANGUP_SET, value=value, agent_user=call.agent_user)


@agent_function("external_status")
def external_status(call: ApiCall) -> None:
    """Disposition the agent's call with a status, optionally as a scheduled callback."""
    value = call.params.value
    if not value or not _agent_named(call):
        call.say(messages.EXTERNAL_STATUS_NOT_VALID, value=value, agent_user=call.agent_user)
        return
    call.check_permission(first=value)
    call.resolve_alt_user()

    agent = call.logged_in_agent()
    if agent is None:
        return
    call.value = _status_flag(call, agent)
    agent.external_status = call.value
    call.debug_write(f"external_status of agent {call.agent_user} set to {call.value}")
    call.say(messages.EXTERNAL_STATUS_SET, value=call.value, agent_user=call.agent_user)


def _status_flag(call: ApiCall, agent: AgentSession) -> str:
    """The flag's text: `STATUS!datetime!type!comments!` for a callback, `!!!!code` for QM."""
    params, value = call.params, call.params.value
    callback = (len(params.callback_datetime) >= CALLBACK_DATETIME_MIN
                and queries.is_callback_status(call.session, value, agent.campaign_id or ""))
    if callback:
        kind = params.callback_type if len(params.callback_type) >= 4 else "ANYONE"
        comments = params.callback_comments[:CALLBACK_COMMENTS_MAX]
        value = f"{value}!{params.callback_datetime}!{kind}!{comments}!"
    if params.qm_dispo_code:
        value = f"{value}{params.qm_dispo_code}" if callback else \
            f"{value}!!!!{params.qm_dispo_code}"
    return value


@agent_function("external_pause")
def external_pause(call: ApiCall) -> None:
    """Ask the agent screen to pause or resume the agent."""
    value = call.params.value
    # Any value containing PAUSE or RESUME passes, and one character of alt_user does.
    if not value or not _agent_named(call, 1) or ("PAUSE" not in value and "RESUME" not in value):
        call.say(messages.EXTERNAL_PAUSE_NOT_VALID, value=value, agent_user=call.agent_user)
        return
    call.check_permission(first=value)
    call.resolve_alt_user()

    agent = call.logged_in_agent()
    if agent is None:
        return
    if "RESUME" in value and agent.status in ("READY", "QUEUE", "INCALL", "CLOSER"):
        call.stop(messages.EXTERNAL_PAUSE_NOT_PAUSED, value=value, agent_user=call.agent_user)
    epoch = call.started_epoch
    agent.external_pause = f"{value}!{epoch}"
    call.debug_write(f"external_pause of agent {call.agent_user} set to {value}!{epoch}")
    call.say(messages.EXTERNAL_PAUSE_SET, data=str(epoch), value=value, epoch=epoch,
             agent_user=call.agent_user)
