"""The Agent API functions, one module per family; importing registers them."""

from app.agent_api.families import session_flags, voicemail  # noqa: F401
