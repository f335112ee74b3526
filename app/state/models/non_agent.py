"""What the Non-Agent API reads and writes beside the leads.

The hopper and the scheduled callbacks a new or updated lead may join, a
lead's extra phone numbers, the agent and user logs the status functions
read, parked calls and chats (the real-time sub statuses), the custom field
definitions of lists, and the phone-code tables the time zone of a new lead
comes from.
"""

from app.state.base import Model
from app.state.types import Int, Str, fixed, long_text, number, serial, stamp, text


class HopperEntry(Model):
    """A lead waiting to be dialed: vicidial_hopper."""

    __tablename__ = "hopper"
    __vicidial__ = "vicidial_hopper"

    hopper_id: Int = serial()
    lead_id: Int = number(0, index=True)
    campaign_id: Str = text(8, None)
    status: Str = text(6, "READY")
    user: Str = text(20, None)
    list_id: Int = number(0)
    gmt_offset_now: Str = fixed("0.00")
    state: Str = text(2, "")
    alt_dial: Str = text(6, "NONE")
    priority: Int = number(0)
    source: Str = text(1, "")
    vendor_lead_code: Str = text(20, "")


class _CallbackColumns:
    callback_id: Int = serial()
    lead_id: Int = number(None, index=True)
    list_id: Int = number(None)
    campaign_id: Str = text(8, None)
    status: Str = text(10, None)
    entry_time: Str = stamp()
    callback_time: Str = stamp()
    modify_date: Str = stamp()
    user: Str = text(20, None)
    recipient: Str = text(8, None)
    comments: Str = text(255, None)
    user_group: Str = text(20, None)
    lead_status: Str = text(6, "CALLBK")
    email_alert: Str = stamp()
    email_result: Str = text(13, None)
    customer_timezone: Str = text(100, "")
    customer_timezone_diff: Str = text(6, "")
    customer_time: Str = stamp()


class Callback(_CallbackColumns, Model):
    """A scheduled callback: vicidial_callbacks."""

    __tablename__ = "callbacks"
    __vicidial__ = "vicidial_callbacks"
    __stamped__ = ("modify_date",)


class ArchivedCallback(_CallbackColumns, Model):
    """A callback moved out of the active list: vicidial_callbacks_archive."""

    __tablename__ = "callbacks_archive"
    __vicidial__ = "vicidial_callbacks_archive"
    __stamped__ = ("modify_date",)


class AltPhone(Model):
    """One more number of a lead: vicidial_list_alt_phones."""

    __tablename__ = "lead_alt_phones"
    __vicidial__ = "vicidial_list_alt_phones"

    alt_phone_id: Int = serial()
    lead_id: Int = number(0, index=True)
    phone_code: Str = text(10, None)
    phone_number: Str = text(18, None)
    alt_phone_note: Str = text(30, None)
    alt_phone_count: Int = number(None)
    active: Str = text(1, "Y")


class AgentLogEntry(Model):
    """One stretch of an agent's time (pause, wait, talk, dispo): vicidial_agent_log."""

    __tablename__ = "agent_log"
    __vicidial__ = "vicidial_agent_log"

    agent_log_id: Int = serial()
    user: Str = text(20, None, index=True)
    server_ip: Str = text(15, "")
    event_time: Str = stamp()
    lead_id: Int = number(None)
    campaign_id: Str = text(8, None)
    pause_epoch: Int = number(None)
    pause_sec: Int = number(0)
    wait_epoch: Int = number(None)
    wait_sec: Int = number(0)
    talk_epoch: Int = number(None)
    talk_sec: Int = number(0)
    dispo_epoch: Int = number(None)
    dispo_sec: Int = number(0)
    status: Str = text(6, None)
    user_group: Str = text(20, None)
    comments: Str = text(20, None)
    sub_status: Str = text(6, None)
    dead_epoch: Int = number(None)
    dead_sec: Int = number(0)
    processed: Str = text(1, "N")
    uniqueid: Str = text(20, "")
    pause_type: Str = text(9, "UNDEFINED")


class UserLogEntry(Model):
    """A login, logout or campaign change of a user: vicidial_user_log."""

    __tablename__ = "user_log"
    __vicidial__ = "vicidial_user_log"

    user_log_id: Int = serial()
    user: Str = text(20, None, index=True)
    event: Str = text(50, None)
    campaign_id: Str = text(8, None)
    event_date: Str = stamp()
    event_epoch: Int = number(None)
    user_group: Str = text(20, None)
    session_id: Str = text(20, None)
    server_ip: Str = text(15, None)
    extension: Str = text(50, None)
    computer_ip: Str = text(15, None)
    browser: Str = text(255, None)
    data: Str = text(255, None)
    phone_login: Str = text(15, "")
    server_phone: Str = text(15, "")
    phone_ip: Str = text(15, "")
    webserver: Int = number(0)
    login_url: Int = number(0)
    browser_width: Int = number(0)
    browser_height: Int = number(0)


class ParkedChannel(Model):
    """A call on park: parked_channels."""

    __tablename__ = "parked_channels"
    __vicidial__ = "parked_channels"
    __internal__ = ("parked_id",)

    parked_id: Int = serial()
    channel: Str = text(100, "")
    server_ip: Str = text(15, "")
    channel_group: Str = text(30, None)
    extension: Str = text(100, None)
    parked_by: Str = text(100, None)
    parked_time: Str = stamp()


class LiveChat(Model):
    """A chat in progress: vicidial_live_chats."""

    __tablename__ = "live_chats"
    __vicidial__ = "vicidial_live_chats"

    chat_id: Int = serial()
    chat_start_time: Str = stamp()
    status: Str = text(20, None)
    chat_creator: Str = text(20, None)
    group_id: Str = text(20, None)
    lead_id: Int = number(None)
    transferring_agent: Str = text(20, None)
    user_direct: Str = text(20, None)
    user_direct_group_id: Str = text(20, None)


class ChatMessage(Model):
    """One line of a chat: vicidial_chat_log."""

    __tablename__ = "chat_log"
    __vicidial__ = "vicidial_chat_log"
    __stamped__ = ("message_time",)

    message_row_id: Int = serial()
    chat_id: Str = text(20, None, index=True)
    message: Str = long_text(None)
    message_time: Str = stamp()
    poster: Str = text(100, None)
    chat_member_name: Str = text(100, None)
    chat_level: Str = text(1, "0")


class ListField(Model):
    """A custom field defined for a list: vicidial_lists_fields."""

    __tablename__ = "list_fields"
    __vicidial__ = "vicidial_lists_fields"

    field_id: Int = serial()
    list_id: Int = number(0, index=True)
    field_label: Str = text(50, None)
    field_name: Str = text(5000, None)
    field_description: Str = text(100, None)
    field_rank: Int = number(None)
    field_help: Str = text(1000, None)
    field_type: Str = text(12, "TEXT")
    field_options: Str = text(5000, None)
    field_size: Int = number(None)
    field_max: Int = number(None)
    field_default: Str = text(255, None)
    field_cost: Int = number(None)
    field_required: Str = text(12, "N")
    name_position: Str = text(4, "LEFT")
    multi_position: Str = text(10, "HORIZONTAL")
    field_order: Int = number(1)
    field_encrypt: Str = text(1, "N")
    field_show_hide: Str = text(14, "DISABLED")
    field_duplicate: Str = text(1, "N")


class PhoneCode(Model):
    """The time zone of a country code and area code: vicidial_phone_codes."""

    __tablename__ = "phone_codes"
    __vicidial__ = "vicidial_phone_codes"
    __internal__ = ("phone_code_id",)

    phone_code_id: Int = serial()
    country_code: Int = number(None, index=True)
    country: Str = text(3, None)
    areacode: Str = text(3, None)
    state: Str = text(4, None)
    GMT_offset: Str = text(6, None)
    DST: Str = text(1, None)
    DST_range: Str = text(8, None)
    geographic_description: Str = text(100, None)
    tz_code: Str = text(4, "")
    php_tz: Str = text(100, "")


class PostalCode(Model):
    """The time zone of a postal code: vicidial_postal_codes."""

    __tablename__ = "postal_codes"
    __vicidial__ = "vicidial_postal_codes"
    __internal__ = ("postal_code_id",)

    postal_code_id: Int = serial()
    postal_code: Str = text(10, "", index=True)
    state: Str = text(4, None)
    GMT_offset: Str = text(6, None)
    DST: Str = text(1, None)
    DST_range: Str = text(8, None)
    country: Str = text(3, None)
    country_code: Int = number(None)


class NanpaPrefix(Model):
    """The time zone of a North American area code and prefix: vicidial_nanpa_prefix_codes."""

    __tablename__ = "nanpa_prefixes"
    __vicidial__ = "vicidial_nanpa_prefix_codes"
    __internal__ = ("nanpa_prefix_id",)

    nanpa_prefix_id: Int = serial()
    areacode: Str = text(3, None)
    prefix: Str = text(3, None)
    GMT_offset: Str = text(6, None)
    DST: Str = text(1, None)
    latitude: Str = text(17, None)
    longitude: Str = text(17, None)
    city: Str = text(50, "")
    state: Str = text(2, "")
    postal_code: Str = text(10, "")
    country: Str = text(2, "")
    lata_type: Str = text(1, "")
