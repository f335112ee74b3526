"""What the sandbox page shows, gathered from the control API's JSON."""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import urlencode

from app.sandbox.control import Control, ControlProblem, user_path

LEAD_FIELDS = ("first_name", "last_name", "phone_code", "phone_number", "vendor_lead_code",
               "status", "list_id", "called_count", "city", "state", "comments")
LEADS_LISTED = 200

# The table (and the column that names the row) a function's log row most likely changed.
STATE_OF = {
    "vm_message": ("vicidial_lead_messages", None),
    "update_fields": ("vicidial_list", None),
    "external_add_lead": ("vicidial_list", None),
    "send_notification": ("vicidial_agent_notifications", None),
    "st_login_log": ("vicidial_users", None),
    "st_get_agent_active_lead": ("vicidial_users", None),
    "ra_call_control": ("vicidial_auto_calls", None),
    "version": (None, None),
    "webserver": (None, None),
}


async def agent_card(control: Control, session: dict[str, Any],
                     names: dict[str, str]) -> dict[str, Any]:
    """One agent: the session row, what the screen shows, and the lead on it."""
    user = str(session.get("user") or "")
    screen = await control.get(f"/agents/{user_path(user)}/screen")
    lead = None
    if int(session.get("lead_id") or 0) > 0:
        try:
            lead = await control.get(f"/leads/{int(session['lead_id'])}")
        except ControlProblem as problem:
            if problem.needs_token:
                raise
    card = {"user": user, "name": names.get(user, ""), "session": session,
            "screen": screen, "lead": lead,
            "lead_fields": [(f, lead.get(f)) for f in LEAD_FIELDS if lead and f in lead]}
    card["digest"] = digest(session, screen, lead)
    return card


def digest(*parts: Any) -> str:
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


async def live_agents(control: Control) -> list[dict[str, Any]]:
    return await control.table("vicidial_live_agents")


async def page_choices(control: Control, users: list[dict[str, Any]]) -> dict[str, Any]:
    """What the forms offer: users, campaigns, leads, statuses and in-groups."""
    leads = await control.table("vicidial_list")
    statuses = await control.table("vicidial_statuses")
    statuses += await control.table("vicidial_campaign_statuses")
    return {
        "users": [(str(u["user"]), u.get("full_name") or "") for u in users],
        "api_users": [str(u["user"]) for u in users
                      if str(u.get("vdc_agent_api_access")) == "1"],
        "campaigns": [str(c["campaign_id"]) for c in
                      await control.table("vicidial_campaigns")],
        "leads": [(lead["lead_id"], _lead_label(lead)) for lead in leads[:LEADS_LISTED]],
        "statuses": sorted({str(s["status"]) for s in statuses if s.get("status")}),
        "in_groups": [str(g["group_id"]) for g in
                      await control.table("vicidial_inbound_groups")],
    }


def _lead_label(lead: dict[str, Any]) -> str:
    name = " ".join(str(lead.get(f) or "") for f in ("first_name", "last_name")).strip()
    return f"{name or 'no name'}, {lead.get('phone_number') or 'no phone'}"


def log_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """API log rows with links to the state each one most likely changed."""
    shown = []
    for row in rows:
        table, column = STATE_OF.get(str(row.get("function")), ("vicidial_live_agents", "user"))
        state_link = None
        if table is not None:
            state_link = f"/sandbox/tables/{table}"
            if column and row.get("agent_user"):
                state_link += "?" + urlencode({column: row["agent_user"]})
        shown.append({**row, "state_link": state_link, "state_table": table})
    return shown
