"""What the campaign does before the message, or instead of it.

WaitForSilence may run first; a CPD action (or, for an Unknown detection
cause, the unknown action) of CALLMENU or INGROUP sends the call on instead
of playing, with four more sip-silence streams and status AMDXFR / UNKXFR.
"""

from __future__ import annotations

import re

from app.voicemail.records import set_statuses
from app.voicemail.run import DropRun, Ending
from app.voicemail.values import as_text, exec_command, unknown_cause

MAX_PLAIN_WAIT = 20


def wait_for_silence(run: DropRun) -> Ending | None:
    """waitforsilence_options: WaitForSilence, or with an X a plain wait."""
    options = run.settings.waitforsilence_options
    if not options:
        return None
    if unknown_cause(run.amd_cause):
        run.note("wait_for_silence", False,
                 f"Detection's cause {run.amd_cause!r} is Unknown, so WaitForSilence "
                 f"{options!r} is skipped.")
        return None
    if not re.search("NONE|X", options, re.IGNORECASE):
        run.exec_commands.append(exec_command("WaitForSilence", options))
        run.note("wait_for_silence", True,
                 f"WaitForSilence runs with {options!r} before the message.")
    if re.search("X", options, re.IGNORECASE):
        seconds = min(int(re.sub(r"\D", "", options) or "1"), MAX_PLAIN_WAIT)
        run.note("wait_for_silence", True,
                 f"{options!r} asks for a plain wait of {seconds} seconds before the "
                 "message, which the emulator does not spend.")
    return None


def unknown_action_transfer(run: DropRun) -> Ending | None:
    """An Unknown detection cause with cpd_unknown_action CALLMENU/INGROUP transfers."""
    action = run.settings.cpd_unknown_action
    if not unknown_cause(run.amd_cause) or not re.search("CALLMENU|INGROUP", action):
        return None
    return _transfer(run, action, "UNKXFR", "unknown_action_transfer")


def amd_action_transfer(run: DropRun) -> Ending | None:
    """cpd_amd_action CALLMENU/INGROUP sends the machine on instead of the message."""
    action = run.settings.cpd_amd_action
    if unknown_cause(run.amd_cause) or not re.search("CALLMENU|INGROUP", action):
        return None
    return _transfer(run, action, "AMDXFR", "amd_action_transfer")


def _transfer(run: DropRun, action: str, status: str, rule: str) -> Ending:
    context = as_text(run.server.ext_context) if run.server is not None else ""
    extension = ""
    if "CALLMENU" in action:
        extension, context = "s", run.settings.amd_callmenu
    if "INGROUP" in action:
        group = run.settings.amd_inbound_group
        extension = f"90009*{group}**{run.lead_id}**{run.phone_number}*VDAMD*"
    set_statuses(run, status)
    run.silences += 4
    run.note(rule, True,
             f"The campaign's action {action} sends the call to {extension!r} in context "
             f"{context!r} instead of playing {run.message!r}; statuses become {status}.")
    return Ending(rule, transfer_to=f"{context},{extension},1")
