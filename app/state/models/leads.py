"""Campaigns, in-groups, lists and the leads in them."""

from sqlalchemy.orm import mapped_column

from app.state.base import Model
from app.state.types import (
    CutText,
    Int,
    Number,
    Str,
    choice,
    day,
    fixed,
    long_text,
    number,
    ranged,
    serial,
    stamp,
    text,
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
    manual_preview_dial: Str = choice("DISABLED", "PREVIEW_AND_SKIP", "PREVIEW_ONLY",
                                      default="PREVIEW_AND_SKIP")
    alt_number_dialing: Str = choice(
        "N", "Y", "SELECTED", "SELECTED_TIMER_ALT", "SELECTED_TIMER_ADDR3", "UNSELECTED",
        "UNSELECTED_TIMER_ALT", "UNSELECTED_TIMER_ADDR3", default="N")
    pause_after_each_call: Str = text(1, "N")
    scheduled_callbacks: Str = text(1, "N")
    agent_pause_codes_active: Str = text(5, "N")
    campaign_allow_inbound: Str = text(1, "N")
    use_other_campaign_dnc: Str = text(8, "")
    lead_order: Str = text(30, None)
    auto_dial_level: Str = text(6, "0")
    dial_timeout: Int = ranged(60, 0, 255)
    dial_statuses: Str = text(255, " NEW -")
    three_way_dial_prefix: Str = text(20, "")
    manual_dial_prefix: Str = text(20, "")
    user_group: Str = text(20, "---ALL---")


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
    list_changedate: Str = stamp()
    list_lastcalldate: Str = stamp()
    reset_time: Str = text(100, "")
    agent_script_override: Str = text(20, "")
    campaign_cid_override: Str = text(20, "")
    am_message_exten_override: Str = text(100, "")
    drop_inbound_group_override: Str = text(20, "")
    xferconf_a_number: Str = text(50, "")
    xferconf_b_number: Str = text(50, "")
    xferconf_c_number: Str = text(50, "")
    xferconf_d_number: Str = text(50, "")
    xferconf_e_number: Str = text(50, "")
    web_form_address: Str = long_text(None)
    web_form_address_two: Str = long_text(None)
    time_zone_setting: Str = choice("COUNTRY_AND_AREA_CODE", "POSTAL_CODE", "NANPA_PREFIX",
                                    "OWNER_TIME_ZONE_CODE", default="COUNTRY_AND_AREA_CODE")
    inventory_report: Str = choice("Y", "N", default="Y")
    expiration_date: Str = day("2099-12-31")
    na_call_url: Str = long_text(None)
    local_call_time: Str = text(10, "campaign")
    web_form_address_three: Str = long_text(None)
    status_group_id: Str = text(20, "")
    user_new_lead_limit: Int = ranged(-1, -32768, 32767)
    inbound_list_script_override: Str = text(20, None)
    default_xfer_group: Str = text(20, "---NONE---")
    daily_reset_limit: Int = ranged(-1, -32768, 32767)
    resets_today: Int = ranged(0, 0, 65535)
    auto_active_list_rank: Int = ranged(0, -32768, 32767)
    cache_count: Int = number(0)
    cache_count_new: Int = number(0)
    cache_count_dialable_new: Int = number(0)
    cache_date: Str = stamp()
    inbound_drop_voicemail: Str = text(20, None)
    inbound_after_hours_voicemail: Str = text(20, None)
    qc_scorecard_id: Str = text(20, "")
    qc_statuses_id: Str = text(20, "")
    qc_web_form_address: Str = text(255, "")
    auto_alt_threshold: Int = ranged(-1, -128, 127)
    cid_group_id: Str = text(20, "---DISABLED---")
    dial_prefix: Str = text(20, "")
    weekday_resets_container: Str = text(40, "DISABLED")


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
    gender: Str = choice("M", "F", "U", default="U")
    date_of_birth: Str = day()
    alt_phone: Str = text(12, None)
    email: Str = text(70, None)
    security_phrase: Str = text(100, None)
    comments: Str = text(255, None)
    called_count: Int = number(0)
    last_local_call_time: Str = stamp()
    rank: Int = ranged(0, -32768, 32767)
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
