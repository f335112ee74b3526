"""What the agent screen itself logs as it works: its functions, its system dials,
the notifications waiting to be shown on it, and the calls it parks."""

from app.state.base import Model
from app.state.types import Int, Str, number, serial, stamp, text


class AgentFunctionLogEntry(Model):
    """One agent-screen function used on a call, such as a lead switch:
    vicidial_agent_function_log."""

    __tablename__ = "agent_function_log"
    __vicidial__ = "vicidial_agent_function_log"

    agent_function_log_id: Int = serial()
    agent_log_id: Int = number(None)
    user: Str = text(20, None, index=True)
    function: Str = text(20, None)
    event_time: Str = stamp(None, index=True)
    lead_id: Int = number(None, index=True)
    campaign_id: Str = text(8, None)
    user_group: Str = text(20, None)
    caller_code: Str = text(30, "", index=True)
    comments: Str = text(40, "")
    stage: Str = text(40, "", index=True)
    uniqueid: Str = text(20, "")


class UserDialLogEntry(Model):
    """A call the screen placed for the agent, such as the one that sends DTMF:
    vicidial_user_dial_log."""

    __tablename__ = "user_dial_log"
    __vicidial__ = "vicidial_user_dial_log"
    __internal__ = ("user_dial_log_id",)

    user_dial_log_id: Int = serial()
    caller_code: Str = text(30, "", index=True)
    user: Str = text(20, "", index=True)
    call_date: Str = stamp(None, index=True)
    call_type: Str = text(10, "")
    notes: Str = text(100, "")


class NotificationDelivery(Model):
    """A notification handed to one agent's screen, waiting to be shown there:
    vicidial_agent_notifications_queue."""

    __tablename__ = "agent_notification_deliveries"
    __vicidial__ = "vicidial_agent_notifications_queue"

    queue_id: Int = serial()
    notification_id: Int = number(None)
    queue_date: Str = stamp()
    user: Str = text(20, None)


class ParkLogEntry(Model):
    """One stretch of a call on park, from the park to the grab: park_log."""

    __tablename__ = "park_log"
    __vicidial__ = "park_log"
    # The real table has no key of its own.
    __internal__ = ("park_log_id",)

    park_log_id: Int = serial()
    uniqueid: Str = text(20, "")
    status: Str = text(10, None)
    channel: Str = text(100, None)
    channel_group: Str = text(30, None)
    server_ip: Str = text(15, None)
    parked_time: Str = stamp(None, index=True)
    grab_time: Str = stamp(None)
    hangup_time: Str = stamp(None)
    parked_sec: Int = number(None)
    talked_sec: Int = number(None)
    extension: Str = text(100, None)
    user: Str = text(20, None)
    lead_id: Int = number(0, index=True)
    campaign_id: Str = text(20, "", index=True)
