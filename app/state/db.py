"""Engine, sessions and the one-transaction-per-request rule.

The engine is made from the database URL in the settings. Every session
carries the server clock in `session.info`, and a flush stamps the
auto-updating TIMESTAMP columns of rows that really changed, as MariaDB's
`ON UPDATE CURRENT_TIMESTAMP` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from app.clock import Clock
from app.state.base import Model


def make_engine(url: str) -> Engine:
    """An engine for the URL; SQLite gets the settings a threaded server needs."""
    options: dict[str, Any] = {}
    if url.startswith("sqlite"):
        options["connect_args"] = {"check_same_thread": False, "timeout": 30}
        if url in ("sqlite://", "sqlite:///:memory:"):
            options["poolclass"] = StaticPool
    engine = create_engine(url, **options)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy issue BEGIN itself, so a request's writes are one transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin_immediate(connection: Any) -> None:
    # Take the write lock at the start: two requests never interleave a read-modify-write.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """The state store: an engine and the sessions made on it."""

    def __init__(self, url: str, clock: Clock) -> None:
        self.url = url
        self.clock = clock
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        session = self._sessions(info={"clock": self.clock})
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


@event.listens_for(Session, "before_flush")
def _stamp_changed_rows(session: Session, _context: Any, _instances: Any) -> None:
    clock: Clock | None = session.info.get("clock")
    if clock is None:
        return
    now = clock.now_text()
    for row in session.dirty:
        if not isinstance(row, Model) or not row.__stamped__:
            continue
        if session.is_modified(row, include_collections=False) and _really_changed(row):
            for column in row.__stamped__:
                setattr(row, column, now)


def _really_changed(row: Model) -> bool:
    """Whether any column holds a new value (writing the same value changes nothing)."""
    state = inspect(row)
    for attr in state.attrs:
        history = attr.history
        if history.added and history.deleted and history.added[0] != history.deleted[0]:
            return True
        if history.added and not history.deleted and attr.key not in row.__stamped__:
            return True
    return False
