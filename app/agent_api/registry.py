"""The function registry: every Agent API function and the handler that answers it.

`/agc/api.php` reads `function` and runs the handler registered under that
name. A function of the real API that has no handler yet answers as a real
server without it would: an empty page and no log row. The coverage page is
generated from `AGENT_API_FUNCTIONS` and the registry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.registry import FunctionRegistry

if TYPE_CHECKING:
    from app.agent_api.call import ApiCall

# Every function of VICIdial 2.14's Agent API (docs/AGENT_API.txt and api.php).
AGENT_API_FUNCTIONS: tuple[str, ...] = (
    "version", "webserver", "external_hangup", "external_status", "external_pause",
    "logout", "recording", "webphone_url", "call_agent", "audio_playback",
    "external_dial", "preview_dial_action", "external_add_lead", "change_ingroups",
    "update_fields", "refresh_panel", "set_timer_action", "st_login_log",
    "st_get_agent_active_lead", "ra_call_control", "send_dtmf", "park_call",
    "transfer_conference", "switch_lead", "vm_message", "pause_code",
    "calls_in_queue_count", "force_fronter_leave_3way", "force_fronter_audio_stop",
    "send_notification",
)

# Answered before authentication, like version.
COFFEE_FUNCTIONS = ("coffee", "start_coffee", "make_coffee", "brew_coffee")


REGISTRY: FunctionRegistry[ApiCall] = FunctionRegistry("Agent API", "app.agent_api.families")
agent_function = REGISTRY.function
lookup = REGISTRY.lookup
registered = REGISTRY.registered
load_handlers = REGISTRY.load_handlers
