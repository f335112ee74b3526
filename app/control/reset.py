"""Replacing all state at once: what a reset and the start-up scenario both do."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.screen.modes import set_reset_mode
from app.state.tables import LoadReport, load_tables


def replace_state(session: Session, tables: dict[str, list[dict[str, Any]]],
                  screen_mode: str, now: str) -> LoadReport:
    """Load the rows in place of everything, and the screen mode the agents start in."""
    report = load_tables(session, tables, now)
    set_reset_mode(session, screen_mode)
    return report
