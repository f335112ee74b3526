"""A simulated agent screen over the recorded base fixture, for the screen's tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.agent_api.skeleton import answer
from app.clock import FrozenClock
from app.control.reset import replace_state
from app.screen import modes
from app.settings import Settings
from app.state import queries
from app.state.db import Database
from app.state.models import Lead
from app.wire.request import RawRequest
from tests.support.recorded import fixture_tables
from tests.support.server import migrated_database

CREDENTIALS = "source=test&user=6666&pass=1234&agent_user=1000"


class Screen:
    """A database with the recorded base fixture, an API to call and a clock to move."""

    def __init__(self, db: Database, clock: FrozenClock, mode: str) -> None:
        self.db, self.clock = db, clock
        self.settings = Settings(scenario="none", screen_mode="poll", screen_poll_ms=1000)
        with db.transaction() as session:
            replace_state(session, fixture_tables("base", None), mode, clock.now_text())

    def api(self, query: str) -> str:
        request = RawRequest.build(f"{CREDENTIALS}&{query}", "", "127.0.0.1",
                                   "http://127.0.0.1:8000")
        return answer(request, self.db, self.clock, self.settings).body

    def agent(self, user: str = "1000") -> dict[str, Any]:
        with self.db.transaction() as session:
            return modes.screen_state(session, user, "poll", self.clock)

    def poll(self) -> None:
        with self.db.transaction() as session:
            modes.poll_due(session, self.clock, 1.0, "poll")

    def tick(self, user: str = "1000") -> None:
        with self.db.transaction() as session:
            agent = queries.agent_session(session, user)
            assert agent is not None
            modes.tick(session, agent, self.clock)

    def rows(self, read: Any) -> Any:
        """What `read(session)` finds, read in a transaction of its own."""
        with self.db.transaction() as session:
            return read(session)

    def lead(self, lead_id: int) -> tuple[str | None, str | None]:
        with self.db.transaction() as session:
            lead = session.get(Lead, lead_id)
            assert lead is not None
            return lead.status, lead.user


@pytest.fixture
def make_screen(tmp_path: Path) -> Iterator[object]:
    made: list[Database] = []

    def make(mode: str) -> Screen:
        db = migrated_database(f"sqlite:///{tmp_path / mode}.sqlite3")
        made.append(db)
        return Screen(db, FrozenClock(dt.datetime.now()), mode)

    yield make
    for db in made:
        db.dispose()
