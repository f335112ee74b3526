"""The Non-Agent API's own function registry.

`/vicidial/non_agent_api.php` reads `function` and runs the handler
registered here under that name. A function of the real script without a
handler answers what the real script answers for a name it does not know:
`ERROR: NO FUNCTION SPECIFIED`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.registry import FunctionRegistry

if TYPE_CHECKING:
    from app.non_agent.call import NonAgentCall

# Every function of non_agent_api.php 2.14-202.
NON_AGENT_FUNCTIONS: tuple[str, ...] = (
    "version", "sounds_list", "moh_list", "vm_list", "ingroup_list", "callmenu_list",
    "container_list", "agent_ingroup_info", "agent_campaigns", "campaigns_list", "hopper_list",
    "hopper_bulk_insert", "blind_monitor", "add_user", "copy_user", "update_user",
    "update_remote_agent", "add_group_alias", "add_dnc_phone", "delete_dnc_phone",
    "add_fpg_phone", "delete_fpg_phone", "add_phone", "update_phone", "add_phone_alias",
    "update_phone_alias", "server_refresh", "update_list", "list_info", "list_custom_fields",
    "add_list", "update_campaign", "update_alt_url", "update_presets", "add_did", "copy_did",
    "update_did", "update_cid_group_entry", "recording_lookup", "did_log_export",
    "phone_number_log", "agent_stats_export", "user_group_status", "in_group_status",
    "agent_status", "user_details", "callid_info", "ccc_lead_info", "lead_callback_info",
    "lead_dearchive", "lead_field_info", "lead_all_info", "lead_status_search", "lead_search",
    "update_log_entry", "add_lead", "update_lead", "batch_update_lead", "check_phone_number",
    "logged_in_agents", "call_status_stats", "call_dispo_report",
)

# Functions whose API user may be limited to the lists of the group's campaigns.
LIST_RESTRICTED = (
    "add_lead", "update_lead", "batch_update_lead", "update_list", "list_info",
    "list_custom_fields", "lead_search",
)


REGISTRY: FunctionRegistry[NonAgentCall] = FunctionRegistry("Non-Agent API",
                                                            "app.non_agent.functions")
non_agent_function = REGISTRY.function
lookup = REGISTRY.lookup
registered = REGISTRY.registered
load_handlers = REGISTRY.load_handlers
