"""What a real agent screen does when it finds a flag the Agent API set.

The API writes `external_*` columns on the agent's session; the agent's
browser polls, acts, and clears them. A pause asked for during a call waits
until the call is dispositioned; a status on a live call hangs it up first; a
logout waits for the call to end. Each action returns an `Effect` that says,
in plain words, what the screen did.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.screen import agent_log, asterisk, calls, notifications, session_tools
from app.screen import park as park_tools
from app.screen import recording as recording_tools
from app.screen import timer as timer_action
from app.state.models import AgentScreen, AgentSession, Campaign, ManagerCommand

# What an action says it did (with details), or None while it waits for the call to end.
Outcome = str | tuple[str, dict[str, Any]] | None

# The flags a screen acts on, in the order it acts on them.
FLAGS = ("external_hangup", "external_status", "external_pause", "external_pause_code",
         "external_dial", "external_recording", "external_park", "external_dtmf",
         "external_transferconf", "external_timer_action", "external_update_fields",
         "external_lead_id")
# What each flag holds once the screen has acted (the real screen writes 0 to some).
CLEARED = {"external_hangup": "0", "external_update_fields": "0", "external_lead_id": 0}
# The screen's other work, named like flags in its pending list and effects.
ASTERISK = "vicidial_manager"
NOTIFICATION = "notification"
TIMER = "timer"
CHORES = frozenset({ASTERISK, NOTIFICATION, TIMER})


@dataclass(frozen=True)
class Effect:
    flag: str
    value: str
    did: str
    at: str
    details: dict[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def pending(agent: AgentSession) -> dict[str, str]:
    """The flags set on the session that the screen has not acted on yet."""
    found = {}
    for flag in FLAGS:
        value = getattr(agent, flag)
        if value not in (None, "", "0", 0) and not _recording_id(flag, value):
            found[flag] = str(value)
    return found


def _recording_id(flag: str, value: object) -> bool:
    # Once recording, the real screen keeps the recording's id in the column.
    return flag == "external_recording" and str(value).isdigit()


def logged_out(session: Session, agent: AgentSession) -> bool:
    """Whether an action ended the session (deleted now, or already flushed away)."""
    return agent in session.deleted or inspect(agent).was_deleted


def chores(session: Session, agent: AgentSession, clock: Clock,
           possible: frozenset[str] = CHORES) -> dict[str, str]:
    """What else waits for the screen's next poll (of the `possible` kinds): Asterisk
    commands for the agent's conference, notifications to send or show, a timer due."""
    found = {}
    commands = asterisk.waiting(session, agent) if ASTERISK in possible else []
    if commands:
        found[ASTERISK] = ",".join(str(c.man_id) for c in commands)
    if NOTIFICATION in possible and notifications.waiting(session, agent, clock):
        found[NOTIFICATION] = "waiting"
    if TIMER in possible and timer_action.due(session, agent, clock):
        found[TIMER] = "due"
    return found


def possible_chores(session: Session, clock: Clock, screens: list[AgentScreen]) -> frozenset[str]:
    """The kinds of chore any screen may have now, from the loaded screen rows and two
    look-ups, so a poll pass asks each agent only about those."""
    possible = set()
    if session.scalar(select(ManagerCommand.man_id).where(ManagerCommand.status == "NEW")
                      .limit(1)) is not None:
        possible.add(ASTERISK)
    if notifications.any_waiting(session, clock):
        possible.add(NOTIFICATION)
    if any(screen.timer for screen in screens):
        possible.add(TIMER)
    return frozenset(possible)


def act(session: Session, agent: AgentSession, clock: Clock,
        only: set[str] | None = None) -> list[Effect]:
    """Act on the pending flags and chores (or only some), as the screen would now."""
    effects = []
    if calls.pull_queued_dial(session, agent):
        effects.append(Effect("external_dial", agent.external_dial or "",
                              "took the oldest dial waiting in the manual dial queue",
                              clock.now_text()))
    effects += _flag_effects(session, agent, clock, only)
    if not logged_out(session, agent):
        effects += _chore_effects(session, agent, clock, only)
    return effects


def _chore_effects(session: Session, agent: AgentSession, clock: Clock,
                   only: set[str] | None) -> list[Effect]:
    effects = []
    if only is None or ASTERISK in only:
        for done in asterisk.carry_out(session, agent, clock):
            effects.append(Effect(ASTERISK, str(done.man_id), done.did, clock.now_text()))
    if (only is None or TIMER in only) and timer_action.due(session, agent, clock):
        did, details = timer_action.fire(session, agent, clock)
        effects.append(Effect(TIMER, str(details.get("action", "")), did, clock.now_text(),
                              details))
    if only is None or NOTIFICATION in only:
        shown = notifications.show_next(session, agent, clock)
        if shown is not None:
            did, details = shown
            effects.append(Effect(NOTIFICATION, str(details["notification_id"]), did,
                                  clock.now_text(), details))
    return effects


def _flag_effects(session: Session, agent: AgentSession, clock: Clock,
                  only: set[str] | None) -> list[Effect]:
    effects = []
    for flag, value in pending(agent).items():
        if only is not None and flag not in only:
            continue
        did = ACTIONS[flag](session, agent, value, clock)
        if did is None:
            continue  # the flag waits, as on a real screen, for the call to end
        details = None
        if isinstance(did, tuple):
            did, details = did
        effects.append(Effect(flag, value, did, clock.now_text(), details))
        # An action may itself rewrite its flag (a recording keeps its id there).
        if not logged_out(session, agent) and str(getattr(agent, flag)) == value:
            setattr(agent, flag, CLEARED.get(flag, ""))
    return effects


# -- one action per flag: each answers what it did, or None to keep waiting -------

def hangup(session: Session, agent: AgentSession, value: str, clock: Clock) -> str | None:
    if not calls.on_live_call(agent):
        return "nothing to hang up: the agent has no live call"
    calls.end_call(session, agent, clock)
    return "hung up the customer call; the screen now asks for a disposition"


def status(session: Session, agent: AgentSession, value: str, clock: Clock) -> str | None:
    if calls.on_live_call(agent):
        calls.end_call(session, agent, clock)
    if (agent.lead_id or 0) <= 0:
        return "no call to disposition: the status was dropped"
    status_code, *callback = value.split("!")
    lead_id = agent.lead_id
    calls.disposition(session, agent, status_code, callback, clock)
    timer_action.disarm(session, agent)
    next_state = _move_on(session, agent, clock)
    return f"dispositioned lead {lead_id} as {status_code}; the agent is {next_state}"


def pause(session: Session, agent: AgentSession, value: str, clock: Clock) -> str | None:
    if calls.on_live_call(agent) or calls.in_disposition(agent):
        return None
    request = value.split("!")[0]
    if "LOGOUT" in request:
        calls.log_out(session, agent, clock)
        return "logged the agent out"
    if "PAUSE" in request:
        calls.pause_agent(session, agent, clock)
        return "paused the agent"
    if agent.status == "PAUSED":
        calls.ready_agent(session, agent, clock)
        return "resumed the agent: READY"
    return f"nothing to resume: the agent is {agent.status}"


def pause_code(session: Session, agent: AgentSession, value: str, clock: Clock) -> str | None:
    if agent.status != "PAUSED":
        return None
    agent.pause_code = value
    agent_log.pause_coded(session, agent, clock, value)
    return f"recorded pause code {value}"


def dial(session: Session, agent: AgentSession, value: str, clock: Clock) -> str | None:
    if calls.on_live_call(agent) or calls.in_disposition(agent):
        return None
    return calls.manual_dial(session, agent, value, clock)


def recording(session: Session, agent: AgentSession, value: str, clock: Clock) -> str | None:
    if value == "STOP":
        return recording_tools.stop(session, agent, clock)
    if "START" in value:
        return recording_tools.start(session, agent, value, clock)
    return f"reported the recording status ({value})"


def park(session: Session, agent: AgentSession, value: str, clock: Clock) -> str | None:
    return park_tools.act(session, agent, value, clock)


def timer(session: Session, agent: AgentSession, value: str, clock: Clock) -> str | None:
    return timer_action.arm(session, agent, value)


def dtmf(session: Session, agent: AgentSession, value: str, clock: Clock) -> str | None:
    return session_tools.send_dtmf(session, agent, value, clock)


def lead_switch(session: Session, agent: AgentSession, value: str, clock: Clock) -> str | None:
    # The real screen only switches the lead of a live call; until then the flag stays.
    if not calls.on_live_call(agent) or not value.isdigit():
        return None
    return session_tools.switch_lead(session, agent, int(value), clock)


def transfer(session: Session, agent: AgentSession, value: str, clock: Clock) -> Outcome:
    """A transfer or conference request: `VALUE---in-group---phone---...`."""
    action = value.split("---")[0]
    if not calls.on_live_call(agent):
        return f"nothing to transfer: the agent has no live call ({action})"
    if action == "LEAVE_VM":
        decision = calls.leave_voicemail(session, agent, clock)
        calls.end_call(session, agent, clock)
        plays = ", ".join(decision["plays"]) or "nothing (hung up)"
        return (f"sent the customer to the voicemail drop: {plays}, decided by "
                f"{decision['decided_by']}", decision)
    if action in ("DIAL_WITH_CUSTOMER", "PARK_CUSTOMER_DIAL"):
        return f"dialed the third party for {action}"
    calls.end_call(session, agent, clock)
    return f"{action}: the customer call left the agent"


def reload_fields(session: Session, agent: AgentSession, value: str, clock: Clock) -> str:
    agent.external_update_fields_data = ""
    return "reloaded the lead's fields on the screen"


ACTIONS: dict[str, Callable[[Session, AgentSession, str, Clock], Outcome]] = {
    "external_hangup": hangup, "external_status": status, "external_pause": pause,
    "external_pause_code": pause_code, "external_dial": dial,
    "external_recording": recording, "external_park": park,
    "external_dtmf": dtmf, "external_transferconf": transfer,
    "external_timer_action": timer, "external_update_fields": reload_fields,
    "external_lead_id": lead_switch,
}


def _move_on(session: Session, agent: AgentSession, clock: Clock) -> str:
    """After a disposition: paused if a pause waits or the campaign says so, else ready."""
    campaign = session.scalars(select(Campaign).where(
        Campaign.campaign_id == agent.campaign_id)).first()
    waiting = "PAUSE" in (agent.external_pause or "") or "LOGOUT" in (agent.external_pause or "")
    after_each = campaign is not None and campaign.pause_after_each_call == "Y"
    if waiting or after_each:
        calls.pause_agent(session, agent, clock)
    else:
        calls.ready_agent(session, agent, clock)
    return str(agent.status)
