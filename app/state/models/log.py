"""The API log: one row per answered request, and the URL that was called."""

from sqlalchemy.orm import mapped_column

from app.state.base import Model
from app.state.types import Int, Number, Str, long_text, number, serial, stamp, text


class ApiLogEntry(Model):
    __tablename__ = "api_log"
    __vicidial__ = "vicidial_api_log"

    api_id: Int = serial()
    user: Str = text(20, "")
    api_date: Str = stamp(index=True)
    api_script: Str = text(10, None)
    function: Str = text(20, "")
    agent_user: Str = text(20, None)
    value: Str = text(255, None)
    result: Str = text(10, None)
    result_reason: Str = text(255, None)
    source: Str = text(20, None)
    data: Str = long_text(None)
    run_time: Str = text(20, "0")
    webserver: Int = number(0)
    api_url: Int = number(0)


class ApiUrl(Model):
    __tablename__ = "api_urls"
    __vicidial__ = "vicidial_api_urls"

    api_id: Int = mapped_column(Number(), primary_key=True, autoincrement=False)
    api_date: Str = stamp()
    remote_ip: Str = text(50, None)
    url: Str = long_text(None)
