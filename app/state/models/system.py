"""The system, its servers, its users and who may log in from where."""

from sqlalchemy.orm import mapped_column

from app.state.base import Model
from app.state.types import (
    CutText,
    Int,
    Str,
    choice,
    long_text,
    number,
    ranged,
    serial,
    stamp,
    text,
)


class SystemSettings(Model):
    __tablename__ = "system_settings"
    __vicidial__ = "system_settings"

    version: Str = mapped_column(CutText(50), primary_key=True, default="2.14b0.5")
    db_schema_version: Int = number(0)
    vdc_agent_api_active: Str = text(1, "0")
    use_non_latin: Str = text(1, "0")
    enable_languages: Str = text(1, "0")
    language_method: Str = text(20, "DISABLED")
    agent_debug_logging: Str = text(20, "0")
    outbound_cid_any: Str = text(20, "DISABLED")
    enable_vtiger_integration: Str = text(1, "0")
    allow_web_debug: Str = text(1, "0")
    agent_notifications: Str = text(1, "0")
    webroot_writable: Str = text(1, "1")
    pass_hash_enabled: Str = text(1, "0")
    pass_key: Str = text(100, "")
    pass_cost: Int = number(2)
    hosted_settings: Str = text(100, "")
    allow_ip_lists: Str = text(1, "0")
    system_ip_blacklist: Str = text(30, "")
    sounds_web_directory: Str = text(50, "")
    call_quota_lead_ranking: Str = text(1, "0")
    custom_fields_enabled: Str = text(1, "0")
    active_modules: Str = long_text(None)
    auto_user_add_value: Int = ranged(101, 0, 4294967295)


class Server(Model):
    __tablename__ = "servers"
    __vicidial__ = "servers"

    server_id: Str = mapped_column(CutText(20), primary_key=True)
    server_description: Str = text(255, None)
    server_ip: Str = text(15, "")
    active: Str = text(1, "Y")
    active_asterisk_server: Str = text(1, "Y")
    active_agent_login_server: Str = text(1, "Y")
    ext_context: Str = text(20, "default")
    asterisk_version: Str = text(20, "1.4.21.2")
    local_gmt: Str = text(6, "-5.00")
    generate_vicidial_conf: Str = choice("Y", "N", default="Y")
    rebuild_conf_files: Str = choice("Y", "N", default="Y")


class User(Model):
    __tablename__ = "users"
    __vicidial__ = "vicidial_users"
    __stamped__ = ("modify_stamp",)

    user_id: Int = serial()
    user: Str = text(20, unique=True)
    pass_: Str = mapped_column("pass", CutText(100), default="")
    full_name: Str = text(50, None)
    user_level: Int = number(1)
    user_group: Str = text(20, None)
    active: Str = text(1, "Y")
    vdc_agent_api_access: Str = text(1, "0")
    modify_leads: Str = text(1, "0")
    modify_campaigns: Str = text(1, "0")
    view_reports: Str = text(1, "0")
    change_agent_campaign: Str = text(1, "0")
    agent_choose_ingroups: Str = text(1, "1")
    closer_campaigns: Str = long_text(None)
    scheduled_callbacks: Str = text(1, "1")
    agentonly_callbacks: Str = text(1, "0")
    agentcall_manual: Str = text(1, "0")
    closer_default_blended: Str = text(1, "0")
    manager_shift_enforcement_override: Str = text(1, "0")
    custom_three: Str = text(100, "")
    custom_four: Str = text(100, "")
    failed_login_count: Int = number(0)
    last_login_date: Str = stamp("2001-01-01 00:00:01")
    last_ip: Str = text(15, "")
    pass_hash: Str = text(500, "")
    selected_language: Str = text(100, "default English")
    api_list_restrict: Str = text(1, "0")
    api_allowed_functions: Str = text(1000, " ALL_FUNCTIONS ")
    api_only_user: Str = text(1, "0")
    ignore_ip_list: Str = text(1, "0")
    failed_login_attempts_today: Int = number(0)
    failed_login_count_today: Int = number(0)
    failed_last_ip_today: Str = text(50, "")
    failed_last_type_today: Str = text(20, "")
    admin_hide_lead_data: Str = text(1, "0")
    admin_hide_phone_data: Str = text(8, "0")
    admin_cf_show_hidden: Str = text(1, "0")
    phone_login: Str = text(20, None)
    phone_pass: Str = text(100, None)
    delete_users: Str = choice("0", "1", default="0")
    delete_lists: Str = choice("0", "1", default="0")
    load_leads: Str = choice("0", "1", default="0")
    ast_admin_access: Str = choice("0", "1", default="0")
    ast_delete_phones: Str = choice("0", "1", default="0")
    hotkeys_active: Str = choice("0", "1", default="0")
    modify_users: Str = choice("0", "1", default="0")
    modify_lists: Str = choice("0", "1", default="0")
    delete_from_dnc: Str = choice("0", "1", default="0")
    custom_fields_modify: Str = choice("0", "1", default="0")
    modify_phones: Str = choice("1", "0", default="0")
    modify_same_user_level: Str = choice("0", "1", default="1")
    email: Str = text(100, "")
    user_code: Str = text(100, "")
    custom_one: Str = text(100, "")
    custom_two: Str = text(100, "")
    custom_five: Str = text(100, "")
    voicemail_id: Str = text(10, None)
    wrapup_seconds_override: Int = ranged(-1, -32768, 32767)
    user_nickname: Str = text(50, "")
    user_new_lead_limit: Int = ranged(-1, -32768, 32767)
    mobile_number: Str = text(20, "")
    user_location: Str = text(100, "")
    agent_choose_blended: Str = choice("0", "1", default="1")
    modify_stamp: Str = stamp()


class UserGroup(Model):
    __tablename__ = "user_groups"
    __vicidial__ = "vicidial_user_groups"

    user_group: Str = mapped_column(CutText(20), primary_key=True)
    group_name: Str = text(40, "")
    allowed_campaigns: Str = long_text(None)
    admin_viewable_groups: Str = long_text(None)
    agent_ip_list: Str = text(30, "")
    api_ip_list: Str = text(30, "")


class IpList(Model):
    __tablename__ = "ip_lists"
    __vicidial__ = "vicidial_ip_lists"

    ip_list_id: Str = mapped_column(CutText(30), primary_key=True)
    ip_list_name: Str = text(100, None)
    active: Str = text(1, "N")
    user_group: Str = text(20, "---ALL---")


class IpListEntry(Model):
    __tablename__ = "ip_list_entries"
    __vicidial__ = "vicidial_ip_list_entries"
    __internal__ = ("entry_id",)

    entry_id: Int = serial()
    ip_list_id: Str = text(30, "", index=True)
    ip_address: Str = text(45, "")
