"""Why the agent's VM button could not act."""

from __future__ import annotations


class VoicemailError(Exception):
    """The VM button could not be pressed for this agent."""

    def __init__(self, agent_user: str, reason: str) -> None:
        super().__init__(f"{reason} - {agent_user}")
        self.agent_user = agent_user
        self.reason = reason


class AgentNotFound(VoicemailError):
    """The agent is unknown or not logged in."""

    def __init__(self, agent_user: str) -> None:
        super().__init__(agent_user, "agent_user is not logged in")


class NoLiveCall(VoicemailError):
    """The agent is logged in but has no customer call to send to voicemail."""

    def __init__(self, agent_user: str) -> None:
        super().__init__(agent_user, "agent_user does not have a live call")
