"""The screen's timer action: taken from the session at once, fired at the call's second.

The real screen's poll clears `external_timer_action` as soon as it reads it and
keeps the action, message, seconds and destination itself; when the live call
has lasted the seconds, it shows the message and does the action. Actions on
the call (HANGUP, and the EXTENSION, CALLMENU and IN_GROUP transfers with a
destination) need a live call; the web forms and the DTMF presets are only
reported, since the emulator has no browser window or preset numbers.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.clock import Clock
from app.screen import calls
from app.state import queries
from app.state.models import AgentScreen, AgentSession

TRANSFERS = ("EXTENSION", "CALLMENU", "IN_GROUP")


def arm(session: Session, agent: AgentSession, action: str) -> str | None:
    if len(action) <= 2:
        return None  # too short for the real screen to take: it stays in the session
    timer = {"action": action, "message": agent.external_timer_action_message or "",
             "seconds": agent.external_timer_action_seconds or 0,
             "destination": agent.external_timer_action_destination or ""}
    queries.agent_screen(session, agent.user or "").timer = timer
    agent.external_timer_action = ""
    return f"armed timer action {action} for second {timer['seconds']} of the call"


def armed(session: Session, agent: AgentSession) -> dict[str, Any] | None:
    screen = session.get(AgentScreen, agent.user)
    return dict(screen.timer) if screen is not None and screen.timer else None


def due(session: Session, agent: AgentSession, clock: Clock) -> bool:
    timer = armed(session, agent)
    return timer is not None and calls.on_live_call(agent) and \
        calls.call_seconds(agent, clock) >= int(timer["seconds"])


def fire(session: Session, agent: AgentSession, clock: Clock) -> tuple[str, dict[str, Any]]:
    timer = armed(session, agent) or {}
    queries.agent_screen(session, agent.user or "").timer = None
    action, destination = str(timer.get("action", "")), str(timer.get("destination", ""))
    did = [f"timer action {action} fired at {timer.get('seconds')} s"]
    if timer.get("message") or action == "MESSAGE_ONLY":
        did.append(f"showed \"{timer.get('message', '')}\"")
    if action == "HANGUP":
        calls.end_call(session, agent, clock)
        did.append("hung up the customer call")
    elif action in TRANSFERS and destination:
        calls.end_call(session, agent, clock)
        did.append(f"sent the customer to {action} {destination}")
    elif action.startswith("WEBFORM"):
        did.append("opened the web form")
    elif action.startswith("D") and "_DIAL" in action:
        did.append(f"dialed preset {action[:2]} into the call")
    return "; ".join(did), timer


def disarm(session: Session, agent: AgentSession) -> None:
    """A timer belongs to its call: the disposition drops one that never fired."""
    screen = session.get(AgentScreen, agent.user)
    if screen is not None:
        screen.timer = None
