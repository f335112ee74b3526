"""What ra_call_control writes: Asterisk manager commands and the inbound call log.

`vicidial_manager` is the queue of commands (Hangup, Redirect, Originate) the
dialer's manager process sends to Asterisk; with no Asterisk here they stay
queued. `vicidial_closer_log` is vicidial_log's counterpart for inbound calls.
"""

from app.state.base import Model
from app.state.types import Int, Str, fixed, number, serial, stamp, text


class ManagerCommand(Model):
    """One queued Asterisk manager command: vicidial_manager."""

    __tablename__ = "manager_commands"
    __vicidial__ = "vicidial_manager"

    man_id: Int = serial()
    uniqueid: Str = text(20, None, index=True)
    entry_date: Str = stamp(None)
    status: Str = text(7, None)
    response: Str = text(1, None)
    server_ip: Str = text(15, "")
    channel: Str = text(100, None)
    action: Str = text(20, None)
    callerid: Str = text(20, None, index=True)
    cmd_line_b: Str = text(100, None)
    cmd_line_c: Str = text(100, None)
    cmd_line_d: Str = text(200, None)
    cmd_line_e: Str = text(100, None)
    cmd_line_f: Str = text(100, None)
    cmd_line_g: Str = text(100, None)
    cmd_line_h: Str = text(100, None)
    cmd_line_i: Str = text(50, None)
    cmd_line_j: Str = text(50, None)
    cmd_line_k: Str = text(100, None)


class CloserLog(Model):
    """One inbound call handled through an in-group: vicidial_closer_log."""

    __tablename__ = "closer_log"
    __vicidial__ = "vicidial_closer_log"

    closecallid: Int = serial()
    lead_id: Int = number(0, index=True)
    list_id: Int = number(None)
    campaign_id: Str = text(20, None, index=True)
    call_date: Str = stamp(None, index=True)
    start_epoch: Int = number(None)
    end_epoch: Int = number(None)
    length_in_sec: Int = number(None)
    status: Str = text(6, None)
    phone_code: Str = text(10, None)
    phone_number: Str = text(18, None)
    user: Str = text(20, None)
    comments: Str = text(255, None)
    processed: Str = text(1, None)
    queue_seconds: Str = fixed("0.00")
    user_group: Str = text(20, None)
    xfercallid: Int = number(None)
    term_reason: Str = text(14, "NONE")
    uniqueid: Str = text(20, "", index=True)
    agent_only: Str = text(20, "")
    queue_position: Int = number(1)
    called_count: Int = number(0)
