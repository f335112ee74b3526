"""The emulator's own tables for the simulated agent screens (no VICIdial counterpart)."""

from typing import Any

from sqlalchemy import JSON
from sqlalchemy.orm import Mapped, mapped_column

from app.state.base import Model
from app.state.types import CutText, Str, text


class AgentScreen(Model):
    """How one agent's simulated screen behaves, and what it has done lately."""

    __tablename__ = "agent_screens"
    __vicidial__ = "emulator_agent_screens"

    user: Str = mapped_column(CutText(20), primary_key=True)
    mode: Str = text(8, None)
    # When the screen first saw each pending flag (epoch), for the poll delay.
    flags_seen: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    # The screen's recent actions, newest last.
    effects: Mapped[list[Any] | None] = mapped_column(JSON, default=None)
    # The audio the emulated Asterisk plays into the agent's conference, if any.
    audio: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    # The timer action the screen has taken from the session and waits to fire.
    timer: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class EmulatorSetting(Model):
    """A setting of the emulated state itself, such as the screen mode a reset chose."""

    __tablename__ = "emulator_settings"
    __vicidial__ = "emulator_settings"

    name: Str = mapped_column(CutText(40), primary_key=True)
    value: Str = text(255, None)
