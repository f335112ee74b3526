"""The emulator's settings: one object, read from VICIEMU_* environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEMO_SCENARIO = Path(__file__).parent / "scenarios" / "demo.yaml"


class Settings(BaseSettings):
    """Everything an operator can set; the defaults run the demo on SQLite."""

    model_config = SettingsConfigDict(env_prefix="VICIEMU_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///vicidial-emu.sqlite3",
        description="SQLAlchemy URL of the state store (SQLite, MariaDB or PostgreSQL).",
    )
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    workers: int = Field(default=1, ge=1, le=64)
    scenario: str = Field(
        default=str(DEMO_SCENARIO),
        description="Scenario loaded at start: a file path, or 'none' to keep the state.",
    )
    control_token: str | None = Field(
        default=None, description="When set, every /emulator request must carry it.")
    redact_login_errors: bool = Field(
        default=False,
        description="Leave the password and the login statement out of login errors.",
    )
    screen_mode: Literal["instant", "poll", "manual"] = "poll"
    screen_poll_ms: int = Field(default=1000, ge=0)
    sounds_root: str = "/var/lib/asterisk/sounds"
    log_level: str = "INFO"
