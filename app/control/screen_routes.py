"""The control API's side of the simulated agent screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import Field

from app.control.routes import problem, require_token, writing
from app.control.schemas import Strict
from app.screen import modes
from app.screen.effects import act
from app.state import queries

router = APIRouter(prefix="/emulator/agents", tags=["agent screen"],
                   dependencies=[Depends(require_token)])


class ScreenMode(Strict):
    mode: Literal["instant", "poll", "manual"]


class ButtonPress(Strict):
    status: str | None = Field(default=None, description="For disposition: the status.")
    callback_datetime: str | None = Field(
        default=None, description="For disposition with a callback status.")
    callback_type: Literal["ANYONE", "USERONLY"] = "ANYONE"
    comments: str = ""


# Each button writes what the API would write, then the screen acts on it at once.
BUTTON_FLAGS: dict[str, tuple[str, Callable[[ButtonPress, int], str]]] = {
    "pause": ("external_pause", lambda press, epoch: f"PAUSE!{epoch}"),
    "resume": ("external_pause", lambda press, epoch: f"RESUME!{epoch}"),
    "logout": ("external_pause", lambda press, epoch: "LOGOUT"),
    "hangup": ("external_hangup", lambda press, epoch: "1"),
}


@router.get("/{agent_user}/screen")
def screen(agent_user: str, request: Request) -> dict[str, Any]:
    """The screen's mode, the flags it has not acted on, and what it did lately."""
    with writing(request) as session:
        return modes.screen_state(session, agent_user, request.app.state.settings.screen_mode,
                                  request.app.state.clock)


@router.put("/{agent_user}/screen")
def set_screen_mode(agent_user: str, body: ScreenMode, request: Request) -> dict[str, Any]:
    with writing(request) as session:
        modes.set_mode(session, agent_user, body.mode)
        session.flush()
        return modes.screen_state(session, agent_user, request.app.state.settings.screen_mode,
                                  request.app.state.clock)


@router.post("/{agent_user}/screen/tick")
def tick(agent_user: str, request: Request) -> dict[str, Any]:
    """Let the screen act on every pending flag now (what `manual` mode waits for)."""
    with writing(request) as session:
        agent = queries.agent_session(session, agent_user, lock=True)
        if agent is None:
            raise problem(404, "agent not logged in", "agent_user", "a logged-in agent")
        effects = modes.tick(session, agent, request.app.state.clock)
        return {"effects": [e.as_json() for e in effects]}


@router.post("/{agent_user}/buttons/{button}")
def press(agent_user: str, button: Literal["pause", "resume", "logout", "hangup",
                                           "disposition"],
          request: Request, body: ButtonPress | None = None) -> dict[str, Any]:
    """Press one of the agent's own buttons: the screen acts on it at once."""
    press = body or ButtonPress()
    clock = request.app.state.clock
    with writing(request) as session:
        agent = queries.agent_session(session, agent_user, lock=True)
        if agent is None:
            raise problem(404, "agent not logged in", "agent_user", "a logged-in agent")
        if button == "disposition":
            if not press.status:
                raise problem(422, "no status given", "status", "the disposition status")
            flag, value = "external_status", press.status
            if press.callback_datetime:
                value += f"!{press.callback_datetime}!{press.callback_type}!{press.comments}!"
        else:
            flag, make = BUTTON_FLAGS[button]
            value = make(press, clock.epoch())
        setattr(agent, flag, value)
        effects = act(session, agent, clock, only={flag})
        return {"effects": [e.as_json() for e in effects],
                "waiting": not effects and bool(getattr(agent, flag, ""))}
