"""The Non-Agent API's own function registry.

`/vicidial/non_agent_api.php` reads `function` and runs the handler
registered here under that name. A function of the real script without a
handler answers what the real script answers for a name it does not know:
`ERROR: NO FUNCTION SPECIFIED`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.non_agent.call import NonAgentCall

Handler = Callable[["NonAgentCall"], None]

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


@dataclass(frozen=True)
class Function:
    name: str
    handler: Handler
    summary: str


_REGISTRY: dict[str, Function] = {}


def non_agent_function(name: str) -> Callable[[Handler], Handler]:
    """Register the decorated handler as the Non-Agent API function `name`."""

    def register(handler: Handler) -> Handler:
        if name in _REGISTRY:
            raise ValueError(f"Non-Agent API function {name!r} is registered twice")
        summary = (handler.__doc__ or "").strip().splitlines()[0] if handler.__doc__ else ""
        _REGISTRY[name] = Function(name, handler, summary)
        return handler

    return register


def lookup(name: str) -> Function | None:
    return _REGISTRY.get(name)


def registered() -> dict[str, Function]:
    return dict(_REGISTRY)


def load_handlers() -> None:
    """Import every function module so its functions register themselves."""
    from app.non_agent import functions  # noqa: F401
