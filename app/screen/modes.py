"""When the simulated agent screens act: instantly, after a poll delay, or when told.

- `instant`: the flag's effect is applied in the same request that set it;
- `poll`: a background loop applies it once it has waited the poll delay, as a
  browser polling about once a second would;
- `manual`: flags stay until a test asks the screen to act (a tick).

The mode is per agent (`agent_screens.mode`), else the one the last reset
chose, else the server's setting.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.screen import asterisk
from app.screen import timer as timer_action
from app.screen.calls import pull_queued_dial
from app.screen.effects import (
    NOTIFICATION,
    TIMER,
    Effect,
    act,
    chores,
    logged_out,
    pending,
    possible_chores,
)
from app.state import queries
from app.state.models import (
    AgentNotification,
    AgentScreen,
    AgentSession,
    EmulatorSetting,
    ManagerCommand,
)

MODES = ("instant", "poll", "manual")
RESET_MODE = "screen_mode"
KEPT_EFFECTS = 50
MAX_ROUNDS = 4


def set_reset_mode(session: Session, mode: str) -> None:
    """The mode every screen takes after this reset, unless an agent has its own."""
    session.merge(EmulatorSetting(name=RESET_MODE, value=mode))


def mode_of(session: Session, user: str, server_mode: str) -> str:
    screen = session.get(AgentScreen, user)
    if screen is not None and screen.mode in MODES:
        return str(screen.mode)
    chosen = session.get(EmulatorSetting, RESET_MODE)
    if chosen is not None and chosen.value in MODES:
        return str(chosen.value)
    return server_mode


def set_mode(session: Session, user: str, mode: str) -> None:
    queries.agent_screen(session, user).mode = mode


def tick(session: Session, agent: AgentSession, clock: Clock) -> list[Effect]:
    """Act on every pending flag now, whatever the mode, until the screen is settled.

    One action can make room for the next (a pause lets a queued dial start), as
    a real screen's next poll would.
    """
    effects: list[Effect] = []
    for _ in range(MAX_ROUNDS):
        acted = set(pending(agent)) | set(chores(session, agent, clock))
        done = act(session, agent, clock)
        _remember(session, agent.user or "", done, clock, acted=acted)
        effects += done
        if not done or logged_out(session, agent):
            break
    return effects


def react_now(session: Session, user: str, clock: Clock, server_mode: str) -> list[Effect]:
    """After an API request: an instant screen acts before the answer goes back."""
    if not user or mode_of(session, user, server_mode) != "instant":
        return []
    agent = queries.agent_session(session, user, lock=True)
    if agent is None:
        return []
    pull_queued_dial(session, agent)
    if not pending(agent) and not chores(session, agent, clock):
        return []
    return tick(session, agent, clock)


def agents_to_react(session: Session) -> list[str]:
    """The agents whose screens a request gave work: their session changed, a command
    was queued for their conference, or a notification was queued for them."""
    changed = [*session.info.get("changed_rows", []), *session.dirty, *session.new]
    users: set[str | None] = {row.user for row in changed if isinstance(row, AgentSession)}
    if any(isinstance(row, ManagerCommand) for row in changed):
        conferences = {asterisk.conference_of(session, row) for row in changed
                       if isinstance(row, ManagerCommand)}
        users.update(u for u, conference in session.execute(
            select(AgentSession.user, AgentSession.conf_exten)) if conference in conferences)
    if any(isinstance(row, AgentNotification) for row in changed):
        users.update(u for u in session.scalars(select(AgentSession.user)) if u)
    return sorted(str(u) for u in users if u)


def poll_due(session: Session, clock: Clock, delay_seconds: float,
             server_mode: str) -> list[Effect]:
    """One pass of the poll loop: note new flags, act on those that have waited enough.

    Instant screens act on requests, but what comes due with time alone (a timer
    action, a notification dated later) needs the loop too, with no delay.
    """
    effects: list[Effect] = []
    agents = session.scalars(select(AgentSession).with_for_update()).all()
    # Loaded once: each agent's mode and timer are then read without a query.
    screens = list(session.scalars(select(AgentScreen)))
    possible = possible_chores(session, clock, screens)
    for agent in agents:
        mode = mode_of(session, agent.user or "", server_mode)
        if mode == "instant":
            effects += _act_on_time(session, agent, clock, possible)
        if mode != "poll":
            continue
        pull_queued_dial(session, agent)
        flags = pending(agent) | chores(session, agent, clock, possible)
        if not flags:
            continue
        screen = queries.agent_screen(session, agent.user or "")
        seen = dict(screen.flags_seen or {})
        for flag in flags:
            seen.setdefault(flag, clock.epoch())
        due = {f for f in flags if clock.epoch() - seen[f] >= delay_seconds}
        screen.flags_seen = {f: t for f, t in seen.items() if f in flags}
        if due:
            done = act(session, agent, clock, only=due)
            _remember(session, agent.user or "", done, clock, acted=due)
            effects += done
    return effects


def _act_on_time(session: Session, agent: AgentSession, clock: Clock,
                 possible: frozenset[str]) -> list[Effect]:
    work = set(chores(session, agent, clock, possible & {TIMER, NOTIFICATION}))
    if not work:
        return []
    done = act(session, agent, clock, only=work)
    _remember(session, agent.user or "", done, clock, acted=work)
    return done


def screen_state(session: Session, user: str, server_mode: str,
                 clock: Clock) -> dict[str, Any]:
    agent = queries.agent_session(session, user)
    screen = session.get(AgentScreen, user)
    return {
        "agent_user": user, "mode": mode_of(session, user, server_mode),
        "logged_in": agent is not None,
        "status": agent.status if agent else None,
        "lead_id": agent.lead_id if agent else None,
        "pause_code": agent.pause_code if agent else None,
        "agent_log_id": agent.agent_log_id if agent else None,
        "pending_flags": pending(agent) if agent else {},
        # Not flags, but waiting for the same poll: Asterisk commands, notifications.
        "pending_work": chores(session, agent, clock) if agent else {},
        "audio": asterisk.audio_of(session, user) if agent else None,
        "timer": timer_action.armed(session, agent) if agent else None,
        "effects": list(reversed((screen.effects or []) if screen else [])),
    }


def _remember(session: Session, user: str, effects: list[Effect], clock: Clock,
              acted: set[str]) -> None:
    screen = queries.agent_screen(session, user)
    if effects:
        history = list(screen.effects or []) + [e.as_json() for e in effects]
        screen.effects = history[-KEPT_EFFECTS:]
    screen.flags_seen = {f: t for f, t in (screen.flags_seen or {}).items() if f not in acted}
