"""What the agent screen's extras read and write.

Notifications queued for agents' screens, the e-mails waiting in in-groups,
the debug events screens report, and the channels Asterisk has up (kept
current by the dialer's manager daemon; audio played into a session shows
there as an `IAX2/ASTplay` channel).
"""

from app.state.base import Model
from app.state.types import (
    ZERO_DATETIME,
    Int,
    Str,
    choice,
    long_text,
    number,
    ranged,
    serial,
    stamp,
    text,
)


class AgentNotification(Model):
    """A text alert or confetti burst queued for agents' screens: vicidial_agent_notifications."""

    __tablename__ = "agent_notifications"
    __vicidial__ = "vicidial_agent_notifications"

    notification_id: Int = serial()
    entry_date: Str = stamp()
    recipient: Str = text(20, None, index=True)
    recipient_type: Str = choice("USER", "USER_GROUP", "CAMPAIGN", "ALT_DISPLAY")
    notification_date: Str = stamp(index=True)
    notification_retry: Str = choice("Y", "N", default="N")
    notification_text: Str = long_text(None)
    text_size: Int = ranged(12, 0, 255)
    text_font: Str = text(30, "Arial")
    text_weight: Str = text(30, "bold")
    text_color: Str = text(15, None)
    show_confetti: Str = choice("Y", "N", default="N")
    confetti_options: Str = text(15, None)
    notification_status: Str = choice("QUEUED", "READY", "SENT", "DEAD")


class QueuedEmail(Model):
    """An e-mail that came in for an in-group: vicidial_email_list."""

    __tablename__ = "emails"
    __vicidial__ = "vicidial_email_list"

    email_row_id: Int = serial()
    lead_id: Int = number(None, index=True)
    email_date: Str = stamp()
    protocol: Str = choice("POP3", "IMAP", "NONE", default="IMAP")
    email_to: Str = text(255, None)
    email_from: Str = text(255, None)
    email_from_name: Str = text(255, None)
    subject: Str = long_text(None)
    mime_type: Str = long_text(None)
    content_type: Str = long_text(None)
    content_transfer_encoding: Str = long_text(None)
    x_mailer: Str = long_text(None)
    sender_ip: Str = text(25, None)
    message: Str = long_text(None)
    email_account_id: Str = text(20, None, index=True)
    group_id: Str = text(20, None, index=True)
    user: Str = text(20, None, index=True)
    status: Str = text(10, None)
    direction: Str = choice("INBOUND", "OUTBOUND", default="INBOUND")
    uniqueid: Str = text(20, None)
    xfercallid: Int = number(None, index=True)


class AgentDebugLogEntry(Model):
    """One event an agent screen (or sub-screen) reported for debugging: vicidial_ajax_log."""

    __tablename__ = "agent_debug_log"
    __vicidial__ = "vicidial_ajax_log"
    __internal__ = ("entry_id",)

    entry_id: Int = serial()
    user: Str = text(20, "")
    start_time: Str = stamp(ZERO_DATETIME)
    db_time: Str = stamp(ZERO_DATETIME, index=True)
    run_time: Str = text(20, "0")
    php_script: Str = text(40, "")
    action: Str = text(100, "")
    lead_id: Int = number(0)
    stage: Str = text(100, "")
    session_name: Str = text(40, "")
    last_sql: Str = long_text(None)


class LiveChannel(Model):
    """A channel Asterisk has up, with the extension it is in: live_channels."""

    __tablename__ = "live_channels"
    __vicidial__ = "live_channels"
    __internal__ = ("live_channel_id",)

    live_channel_id: Int = serial()
    channel: Str = text(100, "")
    server_ip: Str = text(15, "")
    channel_group: Str = text(30, None)
    extension: Str = text(100, None, index=True)
    channel_data: Str = text(100, None)
