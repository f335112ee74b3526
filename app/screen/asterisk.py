"""The emulated Asterisk's side of an agent's session.

The Agent API and the screen queue manager commands in vicidial_manager; a
real dialer's manager daemon sends them to Asterisk, marks them SENT, and the
channels they bring up appear in live_channels. The emulator carries out the
commands aimed at an agent's conference that it understands: audio played
into the session (start, stop, pause, resume, restart), DTMF sent into it and
the recorder joining it.
Other commands stay NEW, as on a dialer whose Asterisk is not answering.

They run in the rhythm of the agent's screen (instant, poll, manual), so a
`vicidial-tables` reset, whose screens are manual, replays recorded cases with
every command left queued, as they were recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.state import queries
from app.state.models import AgentScreen, AgentSession, LiveChannel, ManagerCommand

# The dialplan extensions that play audio into a conference and control it.
PLAY_EXTEN = "473782158521111"
PLAY_CHANNEL_PREFIX = "Local/47378216"
CONTROL_CHANNEL = "Local/473782148521111{playing}@{context}"
CONTROL_EXTEN = "473782138521111"
AUDIO_CHANNEL = "IAX2/ASTplay"
# What the control channel's caller id asks of the audio.
CONTROL_CALLER_IDS = {"RESTART": ("PLAYRS", "4"), "PAUSE": ("PLAYPA", "3"),
                      "RESUME": ("PLAYPA", "3")}
# A conference entered silently, which is how DTMF reaches the call.
SILENT_PREFIX = "7"
# A conference entered silently and muted, which is how the recorder joins it.
RECORDER_CHANNEL_PREFIX = "Local/5"

_CALLER_NAME = re.compile(r'^CallerID: "(.*)" <')


@dataclass(frozen=True)
class Done:
    """One command carried out: what it did, said plainly."""

    man_id: int
    did: str


def waiting(session: Session, agent: AgentSession) -> list[ManagerCommand]:
    """The queued commands aimed at this agent's conference, oldest first."""
    conference = agent.conf_exten or ""
    if not conference:
        return []
    queued = session.scalars(select(ManagerCommand).where(
        ManagerCommand.status == "NEW", ManagerCommand.server_ip == agent.server_ip)
        .order_by(ManagerCommand.man_id)).all()
    return [c for c in queued if conference_of(session, c) == conference]


def carry_out(session: Session, agent: AgentSession, clock: Clock) -> list[Done]:
    done = []
    for command in waiting(session, agent):
        did = _run(session, agent, command, clock)
        command.status = "SENT"
        done.append(Done(int(command.man_id or 0), did))
    return done


def audio_of(session: Session, user: str) -> dict[str, object] | None:
    screen = session.get(AgentScreen, user)
    return dict(screen.audio) if screen is not None and screen.audio else None


def _run(session: Session, agent: AgentSession, command: ManagerCommand, clock: Clock) -> str:
    exten = _line_value(command.cmd_line_d)
    channel = _line_value(command.cmd_line_b)
    if command.action == "Hangup" and channel.startswith(AUDIO_CHANNEL):
        return _stop_audio(session, agent, channel)
    if command.action != "Originate":
        return f"sent {command.action}"
    if exten == PLAY_EXTEN:
        return _play_audio(session, agent, command, clock)
    if exten == CONTROL_EXTEN:
        return _control_audio(session, agent, _line_value(command.cmd_line_f), clock)
    if exten == f"{SILENT_PREFIX}{agent.conf_exten}":
        return f"played DTMF {command.callerid} into conference {agent.conf_exten}"
    if channel.startswith(RECORDER_CHANNEL_PREFIX):
        return f"brought the recorder ({exten}) into conference {agent.conf_exten}"
    return f"originated {channel} to {exten}"


def _play_audio(session: Session, agent: AgentSession, command: ManagerCommand,
                clock: Clock) -> str:
    name = _CALLER_NAME.match(command.cmd_line_f or "")
    audio_file = name.group(1) if name else command.callerid or ""
    # Asterisk numbers its channels; the command's own id keeps ours unique.
    channel = f"{AUDIO_CHANNEL}-{int(command.man_id or 0):08d}"
    session.add(LiveChannel(channel=channel, server_ip=agent.server_ip,
                            channel_group=AUDIO_CHANNEL, extension=agent.conf_exten,
                            channel_data=""))
    _set_audio(session, agent, {"file": audio_file, "state": "playing", "channel": channel,
                                "started": clock.now_text()})
    return f"started playing {audio_file} into conference {agent.conf_exten}"


def _stop_audio(session: Session, agent: AgentSession, channel: str) -> str:
    session.execute(delete(LiveChannel).where(LiveChannel.channel == channel))
    audio = audio_of(session, agent.user or "")
    _set_audio(session, agent, None)
    what = audio["file"] if audio else channel
    return f"stopped the audio {what}"


def _control_audio(session: Session, agent: AgentSession, caller_line: str,
                   clock: Clock) -> str:
    audio = audio_of(session, agent.user or "") or {"file": "", "channel": ""}
    if caller_line.endswith("4"):
        audio.update(state="playing", started=clock.now_text())
        did = "restarted"
    else:
        audio["state"] = "playing" if audio.get("state") == "paused" else "paused"
        did = "resumed" if audio["state"] == "playing" else "paused"
    _set_audio(session, agent, audio)
    return f"{did} the audio {audio.get('file') or ''}".rstrip()


def _set_audio(session: Session, agent: AgentSession, audio: dict[str, object] | None) -> None:
    queries.agent_screen(session, agent.user or "").audio = audio


def conference_of(session: Session, command: ManagerCommand) -> str | None:
    """Which conference a command acts on, read from its channel and extension lines."""
    channel, exten = _line_value(command.cmd_line_b), _line_value(command.cmd_line_d)
    if command.action == "Hangup" and channel.startswith(AUDIO_CHANNEL):
        return _audio_conference(session, channel)
    if command.action != "Originate":
        return None
    if exten == PLAY_EXTEN and channel.startswith(PLAY_CHANNEL_PREFIX):
        return channel[len(PLAY_CHANNEL_PREFIX):].split("@")[0]
    if exten == CONTROL_EXTEN:
        playing = channel.split("@")[0].removeprefix(CONTROL_CHANNEL.split("{")[0])
        return _audio_conference(session, f"{AUDIO_CHANNEL}-{playing}")
    if exten.startswith(SILENT_PREFIX) and (command.callerid or "") and \
            not channel.startswith(PLAY_CHANNEL_PREFIX):
        return exten[len(SILENT_PREFIX):]
    if channel.startswith(RECORDER_CHANNEL_PREFIX):
        return channel[len(RECORDER_CHANNEL_PREFIX):].split("@")[0]
    return None


def _audio_conference(session: Session, channel: str) -> str | None:
    return session.scalar(select(LiveChannel.extension).where(LiveChannel.channel == channel)
                          .limit(1))


def _line_value(line: str | None) -> str:
    """`Channel: SIP/100` -> `SIP/100`."""
    return (line or "").split(": ", 1)[1] if ": " in (line or "") else ""
