"""What the voicemail drop writes beside the call log.

`vicidial_log_extended` ties a call's uniqueid to its caller code (the drop
reads it back when no live call is found), `recording_log` lists the
recordings a call started, and `vicidial_url_log` the URLs a call fetched.
"""

from sqlalchemy.orm import mapped_column

from app.state.base import Model
from app.state.types import CutText, Int, Str, long_text, number, serial, stamp, text


class CallLogDetail(Model):
    """A call's caller code and processing flags: vicidial_log_extended."""

    __tablename__ = "call_log_details"
    __vicidial__ = "vicidial_log_extended"

    uniqueid: Str = mapped_column(CutText(50), primary_key=True)
    server_ip: Str = text(15, None)
    call_date: Str = stamp(index=True)
    lead_id: Int = number(None, index=True)
    caller_code: Str = text(30, "")
    custom_call_id: Str = text(100, None)
    start_url_processed: Str = text(1, "N")
    dispo_url_processed: Str = text(2, "N")
    multi_alt_processed: Str = text(1, "N")
    noanswer_processed: Str = text(1, "N")


class Recording(Model):
    """One recording a call started: recording_log."""

    __tablename__ = "recordings"
    __vicidial__ = "recording_log"

    recording_id: Int = serial()
    channel: Str = text(100, None)
    server_ip: Str = text(15, None)
    extension: Str = text(100, None)
    start_time: Str = stamp()
    start_epoch: Int = number(None)
    end_time: Str = stamp()
    end_epoch: Int = number(None)
    length_in_sec: Int = number(None)
    length_in_min: Str = text(20, None)
    filename: Str = text(100, None, index=True)
    location: Str = text(255, None)
    lead_id: Int = number(None, index=True)
    user: Str = text(20, None)
    vicidial_id: Str = text(20, None, index=True)


class UrlLogEntry(Model):
    """One URL a call fetched and what came back: vicidial_url_log."""

    __tablename__ = "url_log"
    __vicidial__ = "vicidial_url_log"

    url_log_id: Int = serial()
    uniqueid: Str = text(50, "", index=True)
    url_date: Str = stamp()
    url_type: Str = text(10, "")
    response_sec: Int = number(0)
    url: Str = long_text(None)
    url_response: Str = long_text(None)
