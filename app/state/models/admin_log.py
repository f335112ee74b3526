"""The admin log: what was changed through the admin screens or an API, and by whom."""

from app.state.base import Model
from app.state.types import Int, Str, long_text, serial, stamp, text


class AdminLogEntry(Model):
    __tablename__ = "admin_log"
    __vicidial__ = "vicidial_admin_log"

    admin_log_id: Int = serial()
    event_date: Str = stamp()
    user: Str = text(20, "", index=True)
    ip_address: Str = text(15, "")
    event_section: Str = text(30, "", index=True)
    event_type: Str = text(8, "OTHER")
    record_id: Str = text(50, "", index=True)
    event_code: Str = text(255, "")
    event_sql: Str = long_text(None)
    event_notes: Str = long_text(None)
    user_group: Str = text(20, "---ALL---")
