"""The state of one voicemail drop while its rules run.

`DropCall` is what reached the drop extension; `DropRun` gathers what the
rules learn (who the call is, which settings apply, the message so far) and
what they did (steps, AGI commands, silence streams). A rule that ends the
drop returns an `Ending`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.clock import Clock
from app.state.models import LeadMessage, LiveCall, Server

DEFAULT_SOUNDS = "/var/lib/asterisk/sounds"
# The caller id number of every recorded call: the campaign's CID.
RECORDED_CALLER_NUMBER = "3125551000"


@dataclass(frozen=True)
class DropCall:
    """What reached `8320*CAMPAIGN*PHONE_CODE*PHONE*LEAD`, as the recorded cases give it."""

    extension: str
    caller_code: str = ""
    uniqueid: str = ""
    channel: str = ""
    amd_status: str | None = "MACHINE"
    amd_cause: str | None = "LONGGREETING-2000-1500"
    caller_id_number: str = RECORDED_CALLER_NUMBER


@dataclass(frozen=True)
class Step:
    """One rule that was looked at: whether it applied, and why, in one sentence."""

    rule: str
    applied: bool
    why: str


@dataclass(frozen=True)
class Ending:
    """How the drop ended: the files played, or a hang-up, or a transfer."""

    decided_by: str
    plays: tuple[str, ...] = ()
    transfer_to: str | None = None

    @property
    def hangup(self) -> bool:
        return not self.plays and self.transfer_to is None


@dataclass(frozen=True)
class DropSettings:
    """The campaign values the script reads for the message, as it reads them."""

    source: str = "none"
    selected_campaign: str = ""
    am_message_exten: str = ""
    waitforsilence_options: str = ""
    survey_recording: str = ""
    campaign_rec_filename: str = ""
    cpd_amd_action: str = ""
    cpd_unknown_action: str = ""
    amd_inbound_group: str = ""
    amd_callmenu: str = ""
    am_message_wildcards: str = ""
    call_quota_lead_ranking: str = ""
    vmm_daily_limit: int = 0
    manual_vm_status_updates: str = ""


@dataclass
class DropRun:
    """Everything one drop has learned and done so far."""

    session: Session
    call: DropCall
    clock: Clock
    sounds_root: str = DEFAULT_SOUNDS
    steps: list[Step] = field(default_factory=list)
    exec_commands: list[str] = field(default_factory=list)
    silences: int = 0

    callerid: str = ""
    lead_id: int = 0
    campaign_id: str = ""
    phone_code: str = ""
    phone_number: str = ""
    live_call: LiveCall | None = None
    server: Server | None = None
    log_uniqueid: str = ""
    status_updates: bool = True
    list_id: int | None = None
    called_count: int = 0

    settings: DropSettings = field(default_factory=DropSettings)
    daily_count: int = 0
    noaudiodata_hangup: bool = False
    message: str = ""
    decided_by: str = ""
    lead_message: LeadMessage | None = None

    def note(self, rule: str, applied: bool, why: str) -> None:
        self.steps.append(Step(rule, applied, why))

    @property
    def amd_status(self) -> str:
        return self.call.amd_status or ""

    @property
    def amd_cause(self) -> str:
        return self.call.amd_cause or ""

    @property
    def amd_response(self) -> str:
        """The cause up to its first '-': 'LONGGREETING' of 'LONGGREETING-2000-1500'."""
        return re.sub(r"-.*", "", self.amd_cause)

    @property
    def now(self) -> dt.datetime:
        return self.clock.now()

    @property
    def now_text(self) -> str:
        return self.clock.now_text()

    @property
    def epoch(self) -> int:
        return self.clock.epoch()

    @property
    def today(self) -> str:
        return self.clock.today_text()
