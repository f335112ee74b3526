"""What the voicemail drop reads and counts: message groups, picks, wildcards."""

from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import mapped_column

from app.state.base import Model
from app.state.types import CutText, Int, Str, day, long_text, number, serial, stamp, text


class VmMessageGroup(Model):
    """A VM Message Group: the files an agent may pick from when clicking VM."""

    __tablename__ = "vm_message_groups"
    __vicidial__ = "leave_vm_message_groups"

    leave_vm_message_group_id: Str = mapped_column(CutText(40), primary_key=True)
    leave_vm_message_group_notes: Str = text(255, "")
    active: Str = text(1, "Y")
    user_group: Str = text(20, "---ALL---")


class VmMessageGroupEntry(Model):
    __tablename__ = "vm_message_group_entries"
    __vicidial__ = "leave_vm_message_groups_entries"
    __internal__ = ("entry_id",)

    entry_id: Int = serial()
    leave_vm_message_group_id: Str = text(40, "", index=True)
    audio_filename: Str = text(255, "")
    audio_name: Str = text(255, "")
    rank: Int = number(0)
    time_start: Str = text(4, "0000")
    time_end: Str = text(4, "2400")


class AgentMessagePick(Model):
    """The message an agent picked for one call: vicidial_agent_vmm_overrides."""

    __tablename__ = "agent_message_picks"
    __vicidial__ = "vicidial_agent_vmm_overrides"
    __internal__ = ("pick_id",)

    pick_id: Int = serial()
    call_date: Str = stamp()
    caller_code: Str = text(30, "", index=True)
    lead_id: Int = number(None)
    user: Str = text(20, "")
    vm_message: Str = text(255, "")


class DailyMessageCount(Model):
    """How many voicemails a lead got (and heard) on one day: vicidial_vmm_counts."""

    __tablename__ = "daily_message_counts"
    __vicidial__ = "vicidial_vmm_counts"
    __internal__ = ("count_id",)
    __table_args__ = (UniqueConstraint("lead_id", "call_date"),)

    count_id: Int = serial()
    call_date: Str = day()
    lead_id: Int = number(None)
    vmm_count: Int = number(0)
    vmm_played: Int = number(0)


class WildcardRule(Model):
    """An AM Message Wildcard: a lead field pattern that picks another message."""

    __tablename__ = "wildcard_rules"
    __vicidial__ = "vicidial_amm_multi"

    amm_id: Int = serial()
    campaign_id: Str = text(20, "")
    entry_type: Str = text(8, "")
    active: Str = text(1, "N")
    amm_field: Str = text(30, "vendor_lead_code")
    amm_rank: Int = number(1)
    amm_wildcard: Str = text(100, "")
    amm_filename: Str = text(255, "")
    amm_description: Str = text(255, "")


class TtsPrompt(Model):
    __tablename__ = "tts_prompts"
    __vicidial__ = "vicidial_tts_prompts"

    tts_id: Str = mapped_column(CutText(50), primary_key=True)
    tts_name: Str = text(100, None)
    active: Str = text(1, None)
    tts_text: Str = long_text(None)
    tts_voice: Str = text(100, "Allison-8kHz")
    user_group: Str = text(20, "---ALL---")


class SettingsContainer(Model):
    __tablename__ = "settings_containers"
    __vicidial__ = "vicidial_settings_containers"
    __stamped__ = ("modify_stamp",)

    container_id: Str = mapped_column(CutText(40), primary_key=True)
    container_notes: Str = text(255, "")
    container_type: Str = text(40, "OTHER")
    user_group: Str = text(20, "---ALL---")
    container_entry: Str = long_text(None)
    modify_stamp: Str = stamp()


class AudioFile(Model):
    """A file name in the audio store (the emulator plays names, never sound)."""

    __tablename__ = "audio_files"
    __vicidial__ = "audio_store_files"

    audio_filename: Str = mapped_column(CutText(255), primary_key=True)
    audio_format: Str = text(10, "wav")
    audio_description: Str = text(255, "")
