"""Functions on the agent's call: recording, calling the agent's phone, parking.

recording and park_call write a column of vicidial_live_agents for the agent
screen to act on; call_agent queues the login's Originate in vicidial_manager.
"""

from __future__ import annotations

import re

from app.agent_api import php
from app.agent_api.call import ApiCall, ScriptAbort
from app.agent_api.families.session_more import agent_named, checked_agent, php_len
from app.agent_api.registry import agent_function
from app.state import session_queries
from app.state.models import AgentSession
from app.wire.messages import session_calls as messages

RECORDING_COMMANDS = ("START", "STOP", "STATUS")
STAGE_MAX_BYTES = 14
LOGIN_CALL_MIN = 6
PARK_COMMANDS = ("PARK_CUSTOMER", "GRAB_CUSTOMER", "PARK_IVR_CUSTOMER", "GRAB_IVR_CUSTOMER",
                 "PARK_XFER", "GRAB_XFER")

_LOGIN_EXTEN = re.compile(r"(.+?Exten: )\d{7}(\|Priority.+)", re.ASCII)


def _agent_tail(agent: AgentSession) -> dict[str, str]:
    return {"server_ip": agent.server_ip or "", "conf_exten": agent.conf_exten or "",
            "status": agent.status or ""}


@agent_function("recording")
def recording(call: ApiCall) -> None:
    """Ask the agent screen to start or stop recording, or report the recording (STATUS)."""
    value = call.params.value
    # Any value containing START, STOP or STATUS passes: RESTART is stored as it is.
    valid = any(command in value for command in RECORDING_COMMANDS) and agent_named(call)
    agent = checked_agent(call, valid, messages.RECORDING_NOT_VALID)
    if agent is None:
        return
    current, tail = agent.external_recording or "", _agent_tail(agent)
    if value == "STATUS":
        _report_recording(call, current, tail)
        return
    if "STOP" in value and (current == "STOP" or php.compare(current, 1) < 0):
        call.stop(messages.RECORDING_STOP_ERROR, agent_user=call.agent_user,
                  recording_id=current, **tail)

    if call.params.stage and "START" in value:
        value = call.value = value + _cut_stage(call.params.stage)
    agent.external_recording = value
    call.debug_write(f"external_recording of agent {call.agent_user} set to {value}")
    call.say(messages.RECORDING_SENT, agent_user=call.agent_user, value=value, **tail)


def _report_recording(call: ApiCall, current: str, tail: dict[str, str]) -> None:
    # The column holds a recording id once the screen started one; any other text that
    # compares above 0 (START_MIDCALL after a START with a stage) is reported as one too.
    if current in ("START", "STOP") or php.compare(current, 0) <= 0:
        call.say(messages.RECORDING_NONE, agent_user=call.agent_user, **tail)
        return
    found = session_queries.recording(call.session, current)
    call.debug_line(f"recording {current}: {'found' if found else 'no recording_log row'}")
    call.say(messages.RECORDING_ACTIVE, agent_user=call.agent_user, recording_id=current,
             filename=(found.filename if found else "") or "",
             recording_server_ip=(found.server_ip if found else "") or "",
             start_time=(found.start_time if found else "") or "", **tail)


def _cut_stage(stage: str) -> str:
    """The stage cut to 14 bytes the real way: one character off the end at a time,
    where a final newline stays and the character before it goes."""
    raw = stage.encode()
    while len(raw) > STAGE_MAX_BYTES:
        if not raw.endswith(b"\n"):
            raw = raw[:-1]
        elif raw[-2:-1] != b"\n":
            raw = raw[:-2] + b"\n"
        else:
            raise ScriptAbort("a stage ending in two newlines never gets shorter: "
                              "the real script loops until PHP's time limit")
    return raw.decode(errors="ignore")


@agent_function("call_agent")
def call_agent(call: ApiCall) -> None:
    """Call the agent's phone into their session again, with the login's own Originate."""
    valid = call.params.value == "CALL" and agent_named(call)
    agent = checked_agent(call, valid, messages.CALL_AGENT_NOT_VALID)
    if agent is None:
        return
    login = session_queries.session_data(call.session, call.agent_user)
    call.debug_line(f"session data of {call.agent_user}: {'found' if login else 'none'}")
    if login is None:
        call.say(messages.CALL_AGENT_NO_SESSION, agent_user=call.agent_user)
        return
    entry = login.agent_login_call or ""
    if php_len(entry) < LOGIN_CALL_MIN:
        call.say(messages.CALL_AGENT_EMPTY, agent_user=call.agent_user)
        return
    _queue_login_call(call, entry, agent.conf_exten or "")
    call.say(messages.CALL_AGENT_SENT, data=str(call.started_epoch), agent_user=call.agent_user)


def _queue_login_call(call: ApiCall, entry: str, conf_exten: str) -> None:
    # The stored command keeps its original date and caller id; only the 7-digit
    # extension becomes the agent's session, written after an extra space.
    command = _LOGIN_EXTEN.sub(lambda m: f"{m.group(1)} {conf_exten}{m.group(2)}", entry)
    if "'" in command or "\\" in command:
        raise ScriptAbort("a quote or backslash in the stored login call breaks the INSERT")
    try:
        queued = session_queries.queue_manager_values(call.session, command.split("|"))
    except (session_queries.ColumnCountMismatch, session_queries.DuplicateKey) as error:
        raise ScriptAbort(f"the stored login call does not fit vicidial_manager: {error}") \
            from error
    call.debug_write(f"manager command {queued.man_id} queued: {queued.action} "
                     f"{queued.cmd_line_b or ''}")


@agent_function("park_call")
def park_call(call: ApiCall) -> None:
    """Ask the agent screen to park or pick up the customer (or the transfer)."""
    value = call.params.value
    # Matched as substrings, which is why SWAP_PARK_CUSTOMER and the like pass.
    valid = any(command in value for command in PARK_COMMANDS) and agent_named(call)
    agent = checked_agent(call, valid, messages.PARK_CALL_NOT_VALID)
    if agent is None:
        return
    if (agent.lead_id or 0) <= 0:
        call.say(messages.PARK_CALL_NO_LEAD, agent_user=call.agent_user)
        return
    agent.external_park = value
    call.debug_write(f"external_park of agent {call.agent_user} set to {value}")
    call.say(messages.PARK_CALL_SET, value=value, agent_user=call.agent_user)
