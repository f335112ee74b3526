"""Campaigns, in-groups, lists and the leads in them."""

from sqlalchemy.orm import mapped_column

from app.state.base import Model
from app.state.types import (
    CutText, Int, Number, Str, day, fixed, long_text, number, serial, stamp, text,
)


class Campaign(Model):
    __tablename__ = "campaigns"
    __vicidial__ = "vicidial_campaigns"

    campaign_id: Str = mapped_column(CutText(8), primary_key=True)
    campaign_name: Str = text(40, None)
    active: Str = text(1, None)
    dial_method: Str = text(30, "MANUAL")
    local_call_time: Str = text(10, "9am-9pm")
    dial_prefix: Str = text(20, "9")
    campaign_cid: Str = text(20, "0000000000")
    campaign_rec_filename: Str = text(50, "FULLDATE_CUSTPHONE")
    am_message_exten: Str = text(100, "vm-goodbye")
    amd_send_to_vmx: Str = text(1, "N")
    closer_campaigns: Str = long_text(None)
    cpd_amd_action: Str = text(10, "DISABLED")
    cpd_unknown_action: Str = text(10, "DISABLED")
    amd_inbound_group: Str = text(20, "")
    amd_callmenu: Str = text(50, "")
    waitforsilence_options: Str = text(25, "")
    am_message_wildcards: Str = text(1, "N")
    leave_vm_message_group_id: Str = text(40, "---NONE---")
    vmm_daily_limit: Int = number(0)
    amd_agent_route_options: Str = text(10, "DISABLED")
    manual_vm_status_updates: Str = text(10, "ENABLED")
    survey_recording: Str = text(10, "N")
    call_quota_lead_ranking: Str = text(40, "DISABLED")
    use_internal_dnc: Str = text(8, "N")
    use_campaign_dnc: Str = text(8, "N")
    manual_dial_list_id: Int = number(998)
    default_xfer_group: Str = text(20, "---NONE---")
    api_manual_dial: Str = text(20, "STANDARD")
    agent_lead_search: Str = text(30, "DISABLED")
    pause_after_each_call: Str = text(1, "N")
    scheduled_callbacks: Str = text(1, "N")
    agent_pause_codes_active: Str = text(5, "N")


class InGroup(Model):
    __tablename__ = "in_groups"
    __vicidial__ = "vicidial_inbound_groups"

    group_id: Str = mapped_column(CutText(20), primary_key=True)
    group_name: Str = text(30, None)
    active: Str = text(1, None)
    default_xfer_group: Str = text(20, "---NONE---")


class LeadList(Model):
    __tablename__ = "lists"
    __vicidial__ = "vicidial_lists"

    list_id: Int = mapped_column(Number(), primary_key=True, autoincrement=False)
    list_name: Str = text(30, None)
    campaign_id: Str = text(8, None)
    active: Str = text(1, None)
    list_description: Str = text(255, None)
    am_message_exten_override: Str = text(100, "")


class Lead(Model):
    __tablename__ = "leads"
    __vicidial__ = "vicidial_list"
    __stamped__ = ("modify_date",)

    lead_id: Int = serial()
    entry_date: Str = stamp()
    modify_date: Str = stamp()
    status: Str = text(6, None)
    user: Str = text(20, None)
    vendor_lead_code: Str = text(20, None)
    source_id: Str = text(50, None)
    list_id: Int = number(0, index=True)
    gmt_offset_now: Str = fixed("0.00")
    called_since_last_reset: Str = text(3, "N")
    phone_code: Str = text(10, None)
    phone_number: Str = text(18, "", index=True)
    title: Str = text(4, None)
    first_name: Str = text(30, None)
    middle_initial: Str = text(1, None)
    last_name: Str = text(30, None)
    address1: Str = text(100, None)
    address2: Str = text(100, None)
    address3: Str = text(100, None)
    city: Str = text(50, None)
    state: Str = text(2, None)
    province: Str = text(50, None)
    postal_code: Str = text(10, None)
    country_code: Str = text(3, None)
    gender: Str = text(1, "U")
    date_of_birth: Str = day()
    alt_phone: Str = text(12, None)
    email: Str = text(70, None)
    security_phrase: Str = text(100, None)
    comments: Str = text(255, None)
    called_count: Int = number(0)
    last_local_call_time: Str = stamp()
    rank: Int = number(0)
    owner: Str = text(20, "")
    entry_list_id: Int = number(0)


class LeadMessage(Model):
    """A message vm_message stored for a lead, for an LTT voicemail drop to play."""

    __tablename__ = "lead_messages"
    __vicidial__ = "vicidial_lead_messages"
    __internal__ = ("message_id",)

    message_id: Int = serial()
    lead_id: Int = number(0, index=True)
    call_date: Str = stamp()
    user: Str = text(20, None)
    played: Int = number(0)
    message_entry: Str = long_text(None)


class Status(Model):
    """A system-wide disposition: vicidial_statuses."""

    __tablename__ = "statuses"
    __vicidial__ = "vicidial_statuses"

    status: Str = mapped_column(CutText(6), primary_key=True)
    status_name: Str = text(30, None)
    selectable: Str = text(1, None)
    human_answered: Str = text(1, "N")
    scheduled_callback: Str = text(1, "N")


class CampaignStatus(Model):
    """A disposition of one campaign only: vicidial_campaign_statuses."""

    __tablename__ = "campaign_statuses"
    __vicidial__ = "vicidial_campaign_statuses"
    __internal__ = ("campaign_status_id",)

    campaign_status_id: Int = serial()
    status: Str = text(6, "")
    status_name: Str = text(30, None)
    selectable: Str = text(1, None)
    campaign_id: Str = text(20, None, index=True)
    human_answered: Str = text(1, "N")
    scheduled_callback: Str = text(1, "N")
