"""The agents' live sessions, the calls in progress and the call log."""

from sqlalchemy.orm import mapped_column

from app.state.base import Model
from app.state.types import (
    CutText, Int, Str, fixed, long_text, number, serial, stamp, text,
)


class AgentSession(Model):
    """One logged-in agent's screen: what VICIdial keeps in vicidial_live_agents."""

    __tablename__ = "agent_session"
    __vicidial__ = "vicidial_live_agents"
    __stamped__ = ("last_update_time",)

    live_agent_id: Int = serial()
    user: Str = text(20, None, unique=True)
    server_ip: Str = text(15, "")
    conf_exten: Str = text(20, None)
    extension: Str = text(100, None)
    status: Str = text(6, "PAUSED")
    lead_id: Int = number(0)
    campaign_id: Str = text(8, None)
    uniqueid: Str = text(20, None)
    callerid: Str = text(20, None)
    channel: Str = text(100, None)
    random_id: Int = number(None)
    last_call_time: Str = stamp()
    last_update_time: Str = stamp()
    last_call_finish: Str = stamp()
    closer_campaigns: Str = long_text(None)
    call_server_ip: Str = text(15, None)
    user_level: Int = number(0)
    comments: Str = text(20, None)
    campaign_weight: Int = number(0)
    calls_today: Int = number(0)
    external_hangup: Str = text(1, "")
    external_status: Str = text(255, "")
    external_pause: Str = text(20, "")
    external_dial: Str = text(100, "")
    external_ingroups: Str = long_text(None)
    external_blended: Str = text(1, "0")
    external_igb_set_user: Str = text(20, "")
    external_update_fields: Str = text(1, "0")
    external_update_fields_data: Str = text(255, "")
    external_timer_action: Str = text(20, "")
    external_timer_action_message: Str = text(255, "")
    external_timer_action_seconds: Int = number(-1)
    agent_log_id: Int = number(0)
    last_state_change: Str = stamp()
    agent_territories: Str = long_text(None)
    outbound_autodial: Str = text(1, "N")
    manager_ingroup_set: Str = text(3, "N")
    ra_user: Str = text(20, "")
    ra_extension: Str = text(100, "")
    external_dtmf: Str = text(100, "")
    external_transferconf: Str = text(120, "")
    external_park: Str = text(40, "")
    external_timer_action_destination: Str = text(100, "")
    on_hook_agent: Str = text(1, "N")
    on_hook_ring_time: Int = number(15)
    ring_callerid: Str = text(20, "")
    last_inbound_call_time: Str = stamp()
    last_inbound_call_finish: Str = stamp()
    campaign_grade: Int = number(1)
    external_recording: Str = text(20, "")
    external_pause_code: Str = text(6, "")
    pause_code: Str = text(6, "")
    preview_lead_id: Int = number(0)
    external_lead_id: Int = number(0)
    last_inbound_call_time_filtered: Str = stamp()
    last_inbound_call_finish_filtered: Str = stamp()
    dial_campaign_id: Str = text(8, "")


class LiveCall(Model):
    """A call the dialer is handling: vicidial_auto_calls."""

    __tablename__ = "live_calls"
    __vicidial__ = "vicidial_auto_calls"
    __stamped__ = ("last_update_time",)

    auto_call_id: Int = serial()
    server_ip: Str = text(15, "")
    campaign_id: Str = text(20, None)
    status: Str = text(10, "")
    lead_id: Int = number(0)
    uniqueid: Str = text(20, None)
    callerid: Str = text(20, None, index=True)
    channel: Str = text(100, None)
    phone_code: Str = text(10, None)
    phone_number: Str = text(18, None)
    call_time: Str = stamp()
    call_type: Str = text(3, "")
    stage: Str = text(20, "START")
    last_update_time: Str = stamp()
    alt_dial: Str = text(6, "NONE")
    queue_priority: Int = number(0)
    agent_only: Str = text(20, "")
    agent_grab: Str = text(20, "")
    queue_position: Int = number(1)
    extension: Str = text(100, "")
    agent_grab_extension: Str = text(100, "")


class CallLog(Model):
    """One outbound call attempt: vicidial_log."""

    __tablename__ = "call_log"
    __vicidial__ = "vicidial_log"

    uniqueid: Str = mapped_column(CutText(20), primary_key=True)
    lead_id: Int = number(0, index=True)
    list_id: Int = number(None)
    campaign_id: Str = text(8, None)
    call_date: Str = stamp()
    start_epoch: Int = number(None)
    end_epoch: Int = number(None)
    length_in_sec: Int = number(None)
    status: Str = text(6, None)
    phone_code: Str = text(10, None)
    phone_number: Str = text(18, None)
    user: Str = text(20, None)
    comments: Str = text(255, None)
    processed: Str = text(1, None)
    user_group: Str = text(20, None)
    term_reason: Str = text(8, "NONE")
    alt_dial: Str = text(6, "NONE")
    called_count: Int = number(0)


class Phone(Model):
    __tablename__ = "phones"
    __vicidial__ = "phones"
    __internal__ = ("phone_id",)

    phone_id: Int = serial()
    extension: Str = text(100, "")
    dialplan_number: Str = text(20, "")
    server_ip: Str = text(15, "")
    login: Str = text(20, None)
    protocol: Str = text(10, "SIP")
    local_gmt: Str = fixed("-5.00")
