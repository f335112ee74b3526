"""The real-time sub status the real-time report shows beside an agent's status.

RING, DISPO, PREVIEW, 3-WAY, PARK, DEAD or DIAL, decided in the real
script's order: a later check replaces an earlier one, so a 3-WAY call whose
own caller id has no live call reads DEAD.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.state import non_agent_queries as queries
from app.state.models import AgentSession


@dataclass(frozen=True)
class SubStatus:
    name: str
    lead_id: int


def sub_status(session: Session, agent: AgentSession, chat_creator: str) -> SubStatus:
    """The agent's sub status, and the lead shown (a previewed lead replaces the session's)."""
    status, lead_id = agent.status or "", agent.lead_id or 0
    found = ""
    if agent.on_hook_agent == "Y" and len(agent.ring_callerid or "") > 18:
        found = "RING"
    if status == "PAUSED" and lead_id > 0:
        found = "DISPO"
    if status == "PAUSED" and (agent.preview_lead_id or 0) > 0:
        found, lead_id = "PREVIEW", agent.preview_lead_id or 0
    if status == "INCALL":
        found = _in_call(session, agent, lead_id, chat_creator) or found
    return SubStatus(found, lead_id)


def _in_call(session: Session, agent: AgentSession, lead_id: int, chat_creator: str) -> str:
    found = ""
    if lead_id > 0 and queries.agents_talking_to(session, lead_id) > 1:
        found = "3-WAY"
    comments = agent.comments or ""
    if queries.parked_calls(session, agent.callerid) > 0:
        return "PARK"
    if "chat" in comments.lower():
        return "DEAD" if queries.chat_left(session, chat_creator, lead_id) else found
    if "email" in comments.lower():
        return found
    calls = queries.live_calls(session, agent.callerid)
    if not calls:
        return "DEAD"
    first = calls[0]
    # A manual dial nobody has answered yet has no uniqueid or channel.
    if comments == "MANUAL" and len(first.uniqueid or "") < 5 and len(first.channel or "") < 5:
        return "DIAL"
    return found
