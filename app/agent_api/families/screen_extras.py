"""The agent screen's extras: audio in the session, the queue count, panels, the web server.

audio_playback queues Asterisk commands in vicidial_manager (the emulated
Asterisk in `app/screen/asterisk.py` carries them out at the screen's pace);
refresh_panel sets a flag for the screen; calls_in_queue_count and webserver
only read.
"""

from __future__ import annotations

import re
import time
from urllib.parse import urlsplit

from app.agent_api import host_facts, php
from app.agent_api.call import ApiCall, ScriptAbort, Stop
from app.agent_api.registry import agent_function
from app.screen.asterisk import (
    CONTROL_CALLER_IDS,
    CONTROL_CHANNEL,
    CONTROL_EXTEN,
    PLAY_CHANNEL_PREFIX,
    PLAY_EXTEN,
)
from app.state import queries, session_queries
from app.state import screen_extras_queries as extras
from app.state.models import AgentDebugLogEntry, AgentSession, ManagerCommand
from app.state.statements import update_row
from app.wire.messages import screen_extras as messages

REFRESH_TRIGGERS = ("formreload", "scriptreload", "script2reload", "emailreload",
                    "chatreload", "callbacksreload")
AGENT_DIRECT = re.compile("AGENTDIRECT", re.IGNORECASE)


def _agent_named(call: ApiCall) -> bool:
    return bool(call.params.agent_user) or len(call.params.alt_user) >= 2


# -- audio_playback -------------------------------------------------------------


@agent_function("audio_playback")
def audio_playback(call: ApiCall) -> None:
    """Play an audio file into the agent's session, or stop, pause, resume or restart it."""
    params, stage = call.params, call.params.stage
    if (not params.value and stage == "PLAY") or len(stage) < 4 or not _agent_named(call):
        call.say(messages.AUDIO_NOT_VALID, data=stage, value=params.value, stage=stage,
                 agent_user=call.agent_user)
    else:
        call.check_permission(first=params.value)
        _resolve_audio_alt_user(call)
        agent = call.live_agent()
        if agent is None:
            call.say(messages.AUDIO_NOT_LOGGED_IN, data=stage, stage=stage,
                     agent_user=call.agent_user)
        else:
            _send_audio_command(call, agent)
    # Runs after every answer that does not end the script, errors included.
    _log_screen_events(call)


def _resolve_audio_alt_user(call: ApiCall) -> None:
    """alt_user as everywhere, but the 'no user found' line shows the stage first."""
    alt_user = call.params.alt_user
    if len(alt_user) < 2:
        return
    found = queries.find_user_by_custom_three(call.session, alt_user)
    call.debug_line(f"alt_user {alt_user}: {'user ' + (found.user or '') if found else 'none'}")
    if found is not None:
        call.agent_user = found.user or ""
        return
    stage = call.params.stage
    call.say(messages.AUDIO_NO_USER_FOUND, data=f"{stage}|{alt_user}", stage=stage,
             alt_user=alt_user)


def _send_audio_command(call: ApiCall, agent: AgentSession) -> None:
    """Queue the stage's command for the audio in the agent's conference, and answer."""
    params, stage = call.params, call.params.stage
    conf_exten, server_ip = agent.conf_exten or "", agent.server_ip or ""
    if len(conf_exten) <= 5 or len(server_ip) <= 5:
        call.say(messages.AUDIO_ENTRY_EMPTY, data=stage, stage=stage, agent_user=call.agent_user)
        return
    context = extras.server_context(call.session, server_ip)
    playing = extras.playing_audio_channel(call.session, conf_exten, server_ip)
    call.debug_line(f"audio in session {conf_exten}: {playing or 'none'}")
    where = {"conf_exten": conf_exten, "server_ip": server_ip, "stage": stage,
             "agent_user": call.agent_user}

    if stage == "PLAY":
        if playing is not None:
            _stop_previous_audio(call, playing, where)
        command = _play_command(call, server_ip, conf_exten, context)
    elif playing is None:
        call.stop(messages.AUDIO_NOT_PLAYING, data=f"{conf_exten}|{server_ip}|{stage}", **where)
    else:
        command = _control_command(call, server_ip, playing, context)
    _queue(call, command)
    call.say(messages.AUDIO_SENT, data=str(call.started_epoch), value=params.value, stage=stage,
             agent_user=call.agent_user)


def _stop_previous_audio(call: ApiCall, playing: str, where: dict[str, str]) -> None:
    """PLAY over playing audio: refused, unless dial_override=Y hangs the old audio up."""
    override = call.params.dial_override
    if override != "Y":
        data = f"{where['conf_exten']}|{where['server_ip']}|{where['stage']}|{override}"
        call.stop(messages.AUDIO_ALREADY_PLAYING, data=data, dial_override=override, **where)
    _queue(call, _hangup_command(call, where["server_ip"], playing))
    call.say(messages.AUDIO_PREVIOUS_STOPPED, data=str(call.started_epoch), stage=where["stage"],
             dial_override=override, agent_user=call.agent_user)


def _command(call: ApiCall, server_ip: str, action: str, callerid: str,
             *lines: str) -> ManagerCommand:
    return session_queries.manager_command(call.clock.now_text(), server_ip, action,
                                           callerid, *lines)


def _stamp(call: ApiCall) -> str:
    return call.clock.now().strftime("%Y%m%d%H%M%S")


def _hangup_command(call: ApiCall, server_ip: str, playing: str) -> ManagerCommand:
    return _command(call, server_ip, "Hangup", f"PLAYHU{_stamp(call)}", f"Channel: {playing}")


def _play_command(call: ApiCall, server_ip: str, conf_exten: str,
                  context: str) -> ManagerCommand:
    value = call.params.value
    return _command(call, server_ip, "Originate", value,
                    f"Channel: {PLAY_CHANNEL_PREFIX}{conf_exten}@{context}", f"Context: {context}",
                    f"Exten: {PLAY_EXTEN}", "Priority: 1",
                    f'CallerID: "{value}" <{PLAY_EXTEN}>')


def _control_command(call: ApiCall, server_ip: str, playing: str,
                     context: str) -> ManagerCommand:
    stage = call.params.stage
    if stage == "STOP":
        return _hangup_command(call, server_ip, playing)
    if stage not in CONTROL_CALLER_IDS:
        # The real script then runs an empty statement, which PHP 8 turns into a crash.
        raise ScriptAbort(f"no command for audio_playback stage {stage!r}")
    prefix, caller_id = CONTROL_CALLER_IDS[stage]
    channel = CONTROL_CHANNEL.format(playing=playing.replace("IAX2/ASTplay-", ""),
                                     context=context)
    return _command(call, server_ip, "Originate", f"{prefix}{_stamp(call)}",
                    f"Channel: {channel}", f"Context: {context}", f"Exten: {CONTROL_EXTEN}",
                    "Priority: 1", f"CallerID: {caller_id}")


def _queue(call: ApiCall, command: ManagerCommand) -> None:
    call.session.add(command)
    call.debug_write(f"{command.action} {command.callerid} queued for the Asterisk manager")


def _log_screen_events(call: ApiCall) -> None:
    """Soundboard requests carry the screen's debug events: one vicidial_ajax_log row each."""
    events = call.params.agent_debug
    if call.params.source != "soundboard" or len(events) <= 1:
        return
    if php.compare(call.system.agent_debug_logging, 0) <= 0:
        return
    run_time = f"{time.perf_counter() - call.started:.6f}"
    events = events.removesuffix("|")
    for number, event in enumerate(events.split("|")):
        # `time-----action---options`; pieces past the second of each split are ignored.
        started, detail = [*event.split("-----"), ""][:2]
        action, options = [*detail.split("---"), ""][:2]
        call.session.add(AgentDebugLogEntry(
            user=call.agent_user, start_time=started, db_time=call.clock.now_text(),
            run_time=run_time, php_script="api.php", action=action,
            stage=f"{number}|{options}", last_sql=""))


# -- calls_in_queue_count -----------------------------------------------------


@agent_function("calls_in_queue_count")
def calls_in_queue_count(call: ApiCall) -> None:
    """Count the calls (and e-mails) waiting in queue that could reach the agent."""
    value = call.params.value
    if value != "DISPLAY" or not _agent_named(call):
        call.say(messages.QUEUE_COUNT_NOT_VALID, value=value, agent_user=call.agent_user)
        return
    call.check_permission(first=value)
    call.resolve_alt_user()

    agent = call.logged_in_agent(lock=False)
    if agent is None:
        return
    groups, agent_direct = _queue_groups(agent.closer_campaigns or "")
    direct_agent = call.agent_user if agent_direct else None
    calls = extras.waiting_calls(call.session, agent.campaign_id or "", groups, direct_agent)
    emails = extras.waiting_emails(call.session, groups)
    call.debug_line(f"waiting for {call.agent_user}: {calls} calls, {emails} e-mails")
    line = messages.QUEUE_COUNT.line(count=calls + emails)
    call.write(line.text)
    call.log(line.result, line.text, "")


def _queue_groups(closer_campaigns: str) -> tuple[list[str], bool]:
    """The agent's in-groups as the real query lists them, and whether AGENTDIRECT is one.

    Every whitespace character separates two names, so the list holds empty
    names too; AGENTDIRECT is cut out of the text wherever it appears.
    """
    names = re.sub(r"[ \t\n\x0b\f\r]", "\0", re.sub(r"[ \t\n\x0b\f\r]-", "", closer_campaigns))
    agent_direct = AGENT_DIRECT.search(names) is not None
    return AGENT_DIRECT.sub("", names).split("\0"), agent_direct


# -- refresh_panel ----------------------------------------------------------------


@agent_function("refresh_panel")
def refresh_panel(call: ApiCall) -> None:
    """Ask the agent screen to reload panels (form, scripts, e-mail, chat, callbacks)."""
    if not call.params.agent_user:
        call.say(messages.REFRESH_AGENT_NOT_VALID, data=call.agent_user,
                 agent_user=call.agent_user)
        return
    call.check_permission(first=call.params.value)

    agent = call.logged_in_agent()
    if agent is None:
        return
    # The trigger names are looked for anywhere in the query string, in any case.
    query = call.request.logged_query().lower()
    panels = ",".join(name for name in REFRESH_TRIGGERS if name in query)
    if not panels:
        call.say(messages.REFRESH_NO_PANELS, agent_user=call.agent_user)
        return
    changed = update_row(agent, {"external_update_fields": "1",
                                 "external_update_fields_data": panels})
    call.debug_write(f"panels {panels} flagged for agent {call.agent_user}")
    data = f"{call.user}|{call.agent_user}|{changed}|{panels}|"
    call.say(messages.REFRESH_SENT, data=data, user=call.user, agent_user=call.agent_user,
             changed=changed, panels=panels)


# -- webserver ------------------------------------------------------------------------


@agent_function("webserver")
def webserver(call: ApiCall) -> None:
    """Show the web server's time zone, versions, load, free disk space and limits."""
    call.check_permission(first=None)
    server_name = urlsplit(call.request.base_url).hostname or ""
    data = messages.webserver_data(host_facts.webserver_values(server_name))
    call.write(messages.webserver_page(data))
    call.log("SUCCESS", "", data.replace("\n", "|"))
    raise Stop
