"""Commands for the agent who fronted a call: leave the 3-way call, stop the audio.

A fronter qualifies the customer, then brings a closer into a 3-way call on
the same lead. Called for the closer, these functions find that other agent:
on this cluster (LOCAL_ONLY), on this cluster and else through the cluster
that handed the call over (LOCAL_AND_CCC), or for a lead another cluster names
(CCC_REMOTE, how the remote side is called).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from app.agent_api import cross_cluster
from app.agent_api.call import ApiCall, ScriptAbort
from app.agent_api.registry import agent_function
from app.state import fronter_queries, queries
from app.state.models.call_extras import UrlLogEntry
from app.state.session_queries import queue_manager_values
from app.wire.lines import Template
from app.wire.messages import fronter as messages
from app.wire.messages import shared

SCOPES = ("LOCAL_ONLY", "LOCAL_AND_CCC", "CCC_REMOTE")
LEAVE_3WAY_COMMAND = "LEAVE_3WAY_CALL---------NO------------{epoch}"
RECENT_SESSION_MINUTES = 5
CONF_EXTEN_MIN = 6
SERVER_IP_MIN = 6
# The lines of the real api.php's file() call and URL log INSERT, which its
# stored PHP warnings name.
_SCRIPT_LINES = {
    "force_fronter_leave_3way": (4965, 4955),
    "force_fronter_audio_stop": (5235, 5225),
}


@dataclass(frozen=True)
class FronterSession:
    """The fronter found, and the conference their session is in."""

    user: str
    conf_exten: str
    server_ip: str


@agent_function("force_fronter_leave_3way")
def force_fronter_leave_3way(call: ApiCall) -> None:
    """Ask the other agent on the agent's lead (the fronter) to leave the 3-way call."""
    lead_id = _lead_to_search(call, messages.LEAVE_3WAY_NOT_VALID)
    if lead_id is None:
        return

    fronter = fronter_queries.fronter_on_lead(call.session, call.agent_user, lead_id,
                                              lock=True)
    if fronter is None:
        if not _sent_over_ccc(call, lead_id, messages.LEAVE_3WAY_OVER_CCC):
            call.say(messages.NO_FRONTER, agent_user=call.agent_user)
        return
    fronter.external_transferconf = LEAVE_3WAY_COMMAND.format(epoch=call.started_epoch)
    call.debug_line(f"fronter {fronter.user} on lead {lead_id} told to leave the 3-way call")
    line = messages.LEAVE_3WAY_SENT.line(fronter=fronter.user)
    call.write(line.text)
    call.log(line.result, line.text, "")


@agent_function("force_fronter_audio_stop")
def force_fronter_audio_stop(call: ApiCall) -> None:
    """Hang up the audio playing into the session of the fronter on the agent's lead."""
    lead_id = _lead_to_search(call, messages.AUDIO_STOP_NOT_VALID)
    if lead_id is None:
        return

    fronter = _fronter_session(call, lead_id)
    if fronter is None:
        if not _sent_over_ccc(call, lead_id, messages.AUDIO_STOP_OVER_CCC):
            call.say(messages.NO_FRONTER, agent_user=call.agent_user)
        return
    # stage is only echoed: the real script reads it for nothing else here.
    stage = call.params.stage
    echo = {"stage": stage, "agent_user": call.agent_user, "fronter": fronter.user}
    if len(fronter.conf_exten) < CONF_EXTEN_MIN or len(fronter.server_ip) < SERVER_IP_MIN:
        call.say(messages.NO_FRONTER_SESSION, data=stage, **echo)
        return

    playing = fronter_queries.audio_channel(call.session, fronter.conf_exten,
                                            fronter.server_ip)
    if playing is None:
        call.stop(messages.NO_AUDIO_PLAYING,
                  data=f"{fronter.conf_exten}|{fronter.server_ip}|{stage}",
                  conf_exten=fronter.conf_exten, server_ip=fronter.server_ip, **echo)
    _queue_audio_hangup(call, fronter.server_ip, playing.channel or "")
    call.say(messages.AUDIO_STOP_SENT, data=str(call.started_epoch), value=call.value,
             **echo)


def _lead_to_search(call: ApiCall, not_valid: Template) -> int | None:
    """The checks both functions share; the lead whose fronter to find, None once answered."""
    value, params = call.value, call.params
    if value not in SCOPES or not (params.agent_user or len(params.alt_user) >= 2):
        call.say(not_valid, value=value, agent_user=call.agent_user)
        return None
    call.check_permission(first=value)
    call.resolve_alt_user()

    # A remote cluster's command names no local agent: CCC_REMOTE needs none logged in.
    remote = value == "CCC_REMOTE"
    agent = call.live_agent()
    if agent is None and not remote:
        call.say(shared.NOT_LOGGED_IN, agent_user=call.agent_user)
        return None
    agent_lead = (agent.lead_id or 0) if agent is not None else 0
    if agent_lead <= 0 and not (remote and params.lead_id):
        call.say(messages.NOT_ON_CALL, agent_user=call.agent_user)
        return None
    call.debug_line(f"agent {call.agent_user} is on lead {agent_lead}")
    # CCC_REMOTE searches the lead_id given, even an empty one (MariaDB reads '' as 0).
    return fronter_queries.lead_number(params.lead_id) if remote else agent_lead


def _fronter_session(call: ApiCall, lead_id: int) -> FronterSession | None:
    """The fronter: a logged-in agent on the lead, else one whose session there just ended."""
    live = fronter_queries.fronter_on_lead(call.session, call.agent_user, lead_id)
    if live is not None:
        call.debug_line(f"fronter {live.user} is logged in on lead {lead_id}")
        return FronterSession(live.user or "", live.conf_exten or "", live.server_ip or "")

    since = call.clock.now() - dt.timedelta(minutes=RECENT_SESSION_MINUTES)
    recent = fronter_queries.recent_fronter(call.session, call.agent_user, lead_id,
                                            f"{since:%Y-%m-%d %H:%M:%S}")
    if recent is None:
        call.debug_line(f"no other agent on lead {lead_id}, nor lately")
        return None
    found = FronterSession(recent.user or "", recent.conf_exten or "",
                           recent.server_ip or "")
    call.debug_line(f"fronter {found.user} left lead {lead_id} at {recent.call_date}")
    if len(found.server_ip) < 5 and not found.conf_exten:
        session = queries.agent_session(call.session, found.user)
        if session is not None:
            return FronterSession(found.user, session.conf_exten or "",
                                  session.server_ip or "")
    return found


def _queue_audio_hangup(call: ApiCall, server_ip: str, channel: str) -> None:
    """Queue the Hangup of the channel playing the audio, as the real positional INSERT does."""
    started = dt.datetime.fromtimestamp(call.started_epoch)
    values = ["", "", f"{started:%Y-%m-%d %H:%M:%S}", "NEW", "N", server_ip, "", "Hangup",
              f"PLAYHU{started:%Y%m%d%H%M%S}", f"Channel: {channel}"] + [""] * 9
    queue_manager_values(call.session, values)
    call.debug_write(f"Hangup of {channel} on {server_ip} queued for Asterisk")


def _sent_over_ccc(call: ApiCall, lead_id: int, sent: Template) -> bool:
    """With LOCAL_AND_CCC, send the command to the cluster that handed the lead over."""
    if call.value != "LOCAL_AND_CCC":
        return False
    handed_over = fronter_queries.cross_cluster_call(call.session, lead_id)
    if handed_over is None:
        call.debug_line(f"lead {lead_id} did not come from another cluster")
        return False
    container_id = cross_cluster.sql_literal(handed_over.container_id or "")
    if container_id is None:
        raise ScriptAbort("a quote in vicidial_ccc_log.container_id breaks the SELECT")
    call.debug_line(f"lead {lead_id} came from another cluster as lead "
                    f"{handed_over.remote_lead_id}, reached through container {container_id}")
    container = fronter_queries.settings_container(call.session, container_id)
    if container is None:
        call.debug_line(f"settings container {container_id} does not exist")
        return False

    url = cross_cluster.command_url(container.container_entry or "", call.function,
                                    handed_over.remote_lead_id)
    return _fetch_logged(call, url, sent, handed_over.container_id or "")


def _fetch_logged(call: ApiCall, url: str, sent: Template, container_id: str) -> bool:
    """Fetch the remote command's URL, keeping it and its answer in vicidial_url_log."""
    started = dt.datetime.fromtimestamp(call.started_epoch)
    entry = UrlLogEntry(uniqueid="", url_date=f"{started:%Y-%m-%d %H:%M:%S}",
                        url_type="start", url=url.replace(";", ""), url_response="")
    call.session.add(entry)
    call.session.flush()
    if not url or "\0" in url:
        raise ScriptAbort("PHP 8's file() refuses an empty path or a NUL byte")

    call.debug_line(f"sending the command to the remote cluster: {url}")
    began = time.perf_counter()
    fetched = cross_cluster.fetch(url)
    # Whole seconds the fetch took (the real script subtracts two clock readings,
    # which also counts a second that ticked over during a quick fetch).
    entry.response_sec = int(time.perf_counter() - began)
    if fetched.body is not None:
        call.debug_line(f"the remote cluster answered: {fetched.body.splitlines()[0]}")
        line = sent.line(container_id=container_id)
        call.write(line.text)
        call.log(line.result, messages.reason_with_details(sent, container_id=container_id),
                 "")
        entry.url_response = fetched.body.replace(";", "")
        return True

    # The failure text goes into the UPDATE unescaped: a quote in it breaks the statement.
    stored = cross_cluster.sql_literal(cross_cluster.failure_text(
        fetched, *_SCRIPT_LINES[call.function]))
    if stored is None:
        raise ScriptAbort("a quote in PHP's warning text breaks the URL log UPDATE")
    call.debug_line(f"the remote cluster was not reached: {stored}")
    entry.url_response = stored
    return False
