"""Which agents take calls of which in-groups: the standing choice and the live one."""

from sqlalchemy import UniqueConstraint

from app.state.base import Model
from app.state.types import Int, Str, ranged, serial, stamp, text

TINYINT = (-128, 127)
TINYINT_UNSIGNED = (0, 255)
SMALLINT = (-32768, 32767)
SMALLINT_UNSIGNED = (0, 65535)


class InGroupAgent(Model):
    """An agent's standing settings for one in-group: vicidial_inbound_group_agents."""

    __tablename__ = "in_group_agents"
    __vicidial__ = "vicidial_inbound_group_agents"
    __internal__ = ("in_group_agent_id",)
    __table_args__ = (UniqueConstraint("user", "group_id"),)

    in_group_agent_id: Int = serial()
    user: Str = text(20, None, index=True)
    group_id: Str = text(20, None, index=True)
    group_rank: Int = ranged(0, *TINYINT)
    group_weight: Int = ranged(0, *TINYINT)
    calls_today: Int = ranged(0, *SMALLINT_UNSIGNED)
    group_web_vars: Str = text(255, "")
    group_grade: Int = ranged(1, *TINYINT_UNSIGNED)
    group_type: Str = text(1, "C")
    calls_today_filtered: Int = ranged(0, *SMALLINT_UNSIGNED)
    daily_limit: Int = ranged(-1, *SMALLINT)


class LiveInboundAgent(Model):
    """A logged-in agent taking calls of one in-group: vicidial_live_inbound_agents."""

    __tablename__ = "live_inbound_agents"
    __vicidial__ = "vicidial_live_inbound_agents"
    __internal__ = ("live_inbound_agent_id",)
    __table_args__ = (UniqueConstraint("user", "group_id"),)

    live_inbound_agent_id: Int = serial()
    user: Str = text(20, None)
    group_id: Str = text(20, None, index=True)
    group_weight: Int = ranged(0, *TINYINT)
    calls_today: Int = ranged(0, *SMALLINT_UNSIGNED)
    last_call_time: Str = stamp()
    last_call_finish: Str = stamp()
    group_grade: Int = ranged(1, *TINYINT_UNSIGNED)
    calls_today_filtered: Int = ranged(0, *SMALLINT_UNSIGNED)
    last_call_time_filtered: Str = stamp()
    last_call_finish_filtered: Str = stamp()
    daily_limit: Int = ranged(-1, *SMALLINT)
