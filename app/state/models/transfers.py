"""What transfer_conference checks and writes beside the agent's session.

`vicidial_3way_press_live` holds the agent's press-1 three-way calls,
`vicidial_3way_press_multi` the numbers a multi-dial three-way call will try,
and `live_sip_channels` the SIP channels Asterisk reports in each conference.
"""

from sqlalchemy.orm import mapped_column

from app.state.base import Model
from app.state.types import CutText, Int, Str, number, serial, stamp, text


class ThreeWayPressCall(Model):
    """One press-1 three-way call an agent placed: vicidial_3way_press_live."""

    __tablename__ = "three_way_press_calls"
    __vicidial__ = "vicidial_3way_press_live"
    __internal__ = ("press_call_id",)

    press_call_id: Int = serial()
    call_date: Str = stamp(None, index=True)
    caller_code: Str = text(30, "", index=True)
    call_3way_id: Str = text(30, "", index=True)
    lead_id: Int = number(None, index=True)
    phone_number: Str = text(18, None)
    dialstring: Str = text(28, None)
    outbound_cid: Str = text(20, None)
    user: Str = text(20, None)
    session_id: Str = text(20, None)
    server_ip: Str = text(15, None)
    session_id_3way: Str = text(20, "")
    status: Str = text(40, None)
    call_channel: Str = text(100, "")
    agent_heartbeat: Str = stamp(None)


class ThreeWayMultiDial(Model):
    """The numbers an agent's next multi-dial three-way call tries: vicidial_3way_press_multi."""

    __tablename__ = "three_way_multi_dials"
    __vicidial__ = "vicidial_3way_press_multi"

    user: Str = mapped_column(CutText(20), primary_key=True)
    call_date: Str = stamp(None, index=True)
    phone_numbers: Str = text(255, "")
    phone_numbers_ct: Int = number(0)
    status: Str = text(40, "")


class SipChannel(Model):
    """A live SIP channel and the conference it is in: live_sip_channels."""

    __tablename__ = "sip_channels"
    __vicidial__ = "live_sip_channels"
    __internal__ = ("sip_channel_id",)

    sip_channel_id: Int = serial()
    channel: Str = text(100, "")
    server_ip: Str = text(15, "")
    channel_group: Str = text(30, None)
    extension: Str = text(100, None)
    channel_data: Str = text(100, None)
