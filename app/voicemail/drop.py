"""The voicemail drop: what an answering machine hears when the agent clicks VM.

The agent screen sends the customer's call to `8320*CAMPAIGN*PHONE_CODE*
PHONE*LEAD`, where VICIdial's `VD_amd.agi` (forced playback) chooses the
message and writes statuses and counters. `voicemail_drop` runs the same
rules in the same order, in the caller's session, and explains each one.

Step rules, in the order they are looked at:

    caller_code, caller_code_lead, live_call   who the call is
    local_channel, status_updates, agent_route  reasons to do nothing
    answered_status, call_log                   statuses AA, the call log row
    campaign_message, call_quota, survey_recording
    list_override, agent_pick                   what replaces the campaign message
    daily_limit, noaudiodata_hangup, empty_message
    message_status                              statuses AM, the daily count
    prefix | lead_message | tts_prompt | settings_container | dynamic_file
      | file_http_get                           what a prefixed message plays
    wildcards, wait_for_silence
    unknown_action_transfer, amd_action_transfer
    play                                        the files, statuses AL, counters

`decided_by` names what chose the outcome: campaign_message, list_override,
agent_pick, lead_message or wildcard when a message plays; daily_limit,
empty_message, no_lead_message, agent_route, local_channel,
noaudiodata_hangup or wildcard_error when the call ends without one;
amd_action_transfer or unknown_action_transfer when it is sent on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from app.clock import Clock
from app.voicemail.actions import amd_action_transfer, unknown_action_transfer, wait_for_silence
from app.voicemail.campaign import check_agent_route, load_settings
from app.voicemail.identity import identify_call
from app.voicemail.message import apply_agent_pick, apply_list_override
from app.voicemail.prefixes import resolve_prefix
from app.voicemail.records import (
    bump_lead_message,
    count_message,
    count_played,
    log_caller_code,
    mark_answered,
    set_statuses,
    start_survey_recording,
)
from app.voicemail.run import DEFAULT_SOUNDS, DropCall, DropRun, Ending, Step
from app.voicemail.values import unknown_cause
from app.voicemail.wildcards import apply_wildcards

__all__ = ["DropCall", "DropDecision", "Step", "voicemail_drop"]

log = logging.getLogger(__name__)

Rule = Callable[[DropRun], Ending | None]


@dataclass
class DropDecision:
    """What the machine heard (or why it heard nothing), and every rule's reason."""

    plays: list[str]
    hangup: bool
    transfer_to: str | None
    decided_by: str
    steps: list[Step]
    exec_commands: list[str]
    silence_padding_streams: int

    def as_json(self) -> dict[str, Any]:
        return {
            "plays": list(self.plays),
            "hangup": self.hangup,
            "transfer_to": self.transfer_to,
            "decided_by": self.decided_by,
            "steps": [{"rule": s.rule, "applied": s.applied, "why": s.why}
                      for s in self.steps],
            "exec_commands": list(self.exec_commands),
            "silence_padding_streams": self.silence_padding_streams,
        }


def voicemail_drop(session: Session, call: DropCall, clock: Clock,
                   sounds_root: str = DEFAULT_SOUNDS) -> DropDecision:
    """Run the drop for one call; its writes stay in `session` for the caller to commit."""
    run = DropRun(session, call, clock, sounds_root.rstrip("/"))
    identify_call(run)
    ending = _run_rules(run)
    log.debug("voicemail drop for lead %s decided by %s", run.lead_id, ending.decided_by)
    return DropDecision(
        plays=list(ending.plays), hangup=ending.hangup, transfer_to=ending.transfer_to,
        decided_by=ending.decided_by, steps=list(run.steps),
        exec_commands=list(run.exec_commands), silence_padding_streams=run.silences)


def _run_rules(run: DropRun) -> Ending:
    for rule in RULES:
        ending = rule(run)
        if ending is not None:
            return ending
    return _play(run)


def _local_channel(run: DropRun) -> Ending | None:
    if not re.search("Local", run.call.channel, re.IGNORECASE):
        return None
    run.note("local_channel", True,
             f"Channel {run.call.channel!r} is a Local channel, so the script exits "
             "without doing anything.")
    return Ending("local_channel")


def _answer_machine(run: DropRun) -> Ending | None:
    run.silences = 2
    kept = " (the lead keeps its status for a CPD result)" if "CPD" in run.amd_status else ""
    run.note("answered_status", True,
             "Two sip-silence streams play and the statuses become AA while the message "
             f"is chosen{kept}.")
    mark_answered(run)
    return None


def _settings(run: DropRun) -> Ending | None:
    load_settings(run)
    log_caller_code(run)
    start_survey_recording(run)
    return None


def _message_overrides(run: DropRun) -> Ending | None:
    apply_list_override(run)
    apply_agent_pick(run)
    return None


def _daily_limit(run: DropRun) -> Ending | None:
    limit, count = run.settings.vmm_daily_limit, run.daily_count
    if limit > 0 and count >= limit:
        run.note("daily_limit", True,
                 f"Lead {run.lead_id} already got {count} voicemail(s) today, the daily "
                 f"limit of {limit}, so the call hangs up with no message.")
        return Ending("daily_limit")
    if limit > 0:
        why = f"Lead {run.lead_id} got {count} voicemail(s) today, under the limit of {limit}."
    elif run.settings.source == "closer_campaign":
        why = ("For inbound calls the script reads the daily limit from the wrong column, "
               "so the limit is always 0 (off).")
    else:
        why = "The campaign's Voicemail Message Daily Limit is 0 (off)."
    run.note("daily_limit", False, why)
    return None


def _noaudiodata_hangup(run: DropRun) -> Ending | None:
    if not (run.noaudiodata_hangup and run.amd_response.startswith("NOAUDIODATA")):
        return None
    set_statuses(run, "ADAIR")
    run.note("noaudiodata_hangup", True,
             "Detection heard no audio and the AMD agent options ask to hang up such "
             "calls, so statuses become ADAIR and the call hangs up.")
    return Ending("noaudiodata_hangup")


def _empty_message(run: DropRun) -> Ending | None:
    if run.message:
        return None
    run.note("empty_message", True,
             "The message is empty, so nothing plays, statuses stay AA, no count is "
             "taken and wildcards are not tried.")
    return Ending("empty_message")


def _message_status(run: DropRun) -> Ending | None:
    status = "UNKAM" if unknown_cause(run.amd_cause) else "AM"
    set_statuses(run, status)
    count_message(run)
    run.note("message_status", True,
             f"A message will be left, so statuses become {status} and lead "
             f"{run.lead_id}'s voicemail count for {run.today} goes up by one.")
    return None


def _play(run: DropRun) -> Ending:
    message = run.message
    files = [f for f in message.split("|") if f] if "|" in message else [message]
    status = "UNKAL" if unknown_cause(run.amd_cause) else "AL"
    set_statuses(run, status)
    count_played(run)
    if run.lead_message is not None:
        bump_lead_message(run, run.lead_message)
    run.note("play", bool(files),
             f"{len(files)} file(s) play ({', '.join(files) or 'none'}), then statuses "
             f"become {status} and the played counters go up.")
    return Ending(run.decided_by, plays=tuple(files))


RULES: tuple[Rule, ...] = (
    _local_channel, check_agent_route, _answer_machine, _settings, _message_overrides,
    _daily_limit, _noaudiodata_hangup, _empty_message, _message_status, resolve_prefix,
    apply_wildcards, wait_for_silence, unknown_action_transfer, amd_action_transfer,
)
