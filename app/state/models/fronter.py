"""Where the force_fronter functions look for the agent who fronted a call.

`vicidial_sessions_recent` remembers agent sessions on a lead that ended a
short while ago; `vicidial_ccc_log` the calls another cluster fronted and
handed to this one, with the settings container that reaches that cluster.
"""

from app.state.base import Model
from app.state.types import Int, Str, number, serial, stamp, text


class RecentSession(Model):
    """An agent session on a lead that ended a short while ago: vicidial_sessions_recent."""

    __tablename__ = "recent_sessions"
    __vicidial__ = "vicidial_sessions_recent"
    __internal__ = ("recent_session_id",)

    recent_session_id: Int = serial()
    lead_id: Int = number(None, index=True)
    server_ip: Str = text(15, "")
    call_date: Str = stamp(index=True)
    user: Str = text(20, None)
    campaign_id: Str = text(20, None)
    conf_exten: Str = text(20, None)
    call_type: Str = text(1, "")


class CrossClusterCall(Model):
    """A call another cluster fronted and handed to this one: vicidial_ccc_log."""

    __tablename__ = "cross_cluster_calls"
    __vicidial__ = "vicidial_ccc_log"
    __internal__ = ("ccc_call_id",)

    ccc_call_id: Int = serial()
    call_date: Str = stamp(index=True)
    remote_call_id: Str = text(30, "")
    local_call_id: Str = text(30, "", index=True)
    lead_id: Int = number(None, index=True)
    uniqueid: Str = text(20, "")
    channel: Str = text(100, "")
    server_ip: Str = text(60, "")
    list_id: Int = number(None)
    container_id: Str = text(40, "")
    remote_lead_id: Int = number(None)
