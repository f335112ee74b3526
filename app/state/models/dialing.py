"""What manual dialling reads and writes: caller-id aliases, do-not-call lists, the queue.

`groups_alias` gives a dial its caller id, `vicidial_dnc` and
`vicidial_campaign_dnc` hold the numbers a new lead may not have, and
`vicidial_manual_dial_queue` the dials of campaigns whose API dials wait in line.
"""

from sqlalchemy import UniqueConstraint
from sqlalchemy.orm import mapped_column

from app.state.base import Model
from app.state.types import CutText, Int, Str, serial, stamp, text


class GroupAlias(Model):
    """A caller-id alias a dial or transfer may name: groups_alias."""

    __tablename__ = "group_aliases"
    __vicidial__ = "groups_alias"

    group_alias_id: Str = mapped_column(CutText(30), primary_key=True)
    group_alias_name: Str = text(50, None)
    caller_id_number: Str = text(20, None)
    caller_id_name: Str = text(20, None)
    active: Str = text(1, "N")
    user_group: Str = text(20, "---ALL---")


class DncNumber(Model):
    """A number on the system-wide do-not-call list: vicidial_dnc."""

    __tablename__ = "dnc_numbers"
    __vicidial__ = "vicidial_dnc"

    phone_number: Str = mapped_column(CutText(18), primary_key=True)


class CampaignDncNumber(Model):
    """A number on one campaign's do-not-call list: vicidial_campaign_dnc."""

    __tablename__ = "campaign_dnc_numbers"
    __vicidial__ = "vicidial_campaign_dnc"
    __internal__ = ("entry_id",)
    __table_args__ = (UniqueConstraint("phone_number", "campaign_id"),)

    entry_id: Int = serial()
    phone_number: Str = text(18, "", index=True)
    campaign_id: Str = text(8, "")


class ManualDialQueueEntry(Model):
    """A dial waiting for the agent: vicidial_manual_dial_queue."""

    __tablename__ = "manual_dial_queue"
    __vicidial__ = "vicidial_manual_dial_queue"

    mdq_id: Int = serial()
    user: Str = text(20, None, index=True)
    phone_number: Str = text(100, "")
    entry_time: Str = stamp()
    status: Str = text(5, "READY")
    external_dial: Str = text(100, "")
