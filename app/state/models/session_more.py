"""What an agent's login leaves behind for the Agent API to read.

`vicidial_session_data` keeps, per logged-in agent, the webphone URL and the
Originate command that first called the agent's phone into the session
(call_agent queues that command again).
"""

from sqlalchemy.orm import mapped_column

from app.state.base import Model
from app.state.types import ZERO_DATETIME, CutText, Str, long_text, stamp, text


class SessionData(Model):
    """One agent's login session: vicidial_session_data."""

    __tablename__ = "session_data"
    __vicidial__ = "vicidial_session_data"

    session_name: Str = mapped_column(CutText(40), primary_key=True)
    user: Str = text(20, None, index=True)
    campaign_id: Str = text(8, None)
    server_ip: Str = text(15, "")
    conf_exten: Str = text(20, None)
    extension: Str = text(100, "")
    login_time: Str = stamp(ZERO_DATETIME)
    webphone_url: Str = long_text(None)
    agent_login_call: Str = long_text(None)
