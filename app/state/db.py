"""Engine, sessions and the one-transaction-per-request rule.

The engine is made from the database URL in the settings. Every session
carries the server clock in `session.info`, and a flush stamps the
auto-updating TIMESTAMP columns of rows that really changed, as MariaDB's
`ON UPDATE CURRENT_TIMESTAMP` does.

One request is one transaction, and one serialisable unit for the rows it
touches, on every backend and with any number of workers:

- SQLite: `BEGIN IMMEDIATE` takes the database's write lock when the
  transaction starts, so requests run one after another (several workers
  work, but their writes queue on that lock). Within one process, threads
  also take turns, first come first, for a connection from the pool, so a
  waiting request is not overtaken for seconds by those SQLite's busy loop
  or the pool happen to wake first.
- MariaDB and PostgreSQL: READ COMMITTED, and a request locks (SELECT ... FOR
  UPDATE, by primary key) each row it reads in order to change it: the
  agent's session, the user whose login counters it moves. A second request
  for the same row waits until the first commits and then reads the row as
  committed. READ COMMITTED, not MariaDB's default REPEATABLE READ, because
  there a plain read after that wait would still see the snapshot taken
  before it (a lead the agent has already left). Inserts need no lock.
- A deadlock or a serialization failure rolls the whole request back;
  `Database.retrying` runs it again from the start, so it never reaches the
  client.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool, StaticPool

from app.clock import Clock
from app.state import backends
from app.state.base import Model

P = ParamSpec("P")
T = TypeVar("T")
ATTEMPTS = 8
# SQLite's busy timeout: how long a transaction waits for the database's write lock.
SQLITE_WAIT_SECONDS = 30

log = logging.getLogger(__name__)
# SQLAlchemy names a pool's logger after its class, which puts ours under the app's INFO
# logging; its pool-disposed notes belong with SQLAlchemy's own, which stay quiet.
logging.getLogger(f"{__name__}.TurnTakingPool").setLevel(logging.WARNING)


def make_engine(url: str) -> Engine:
    """An engine for the URL, with the settings its backend needs for a threaded server."""
    if backends.backend_of(url) != "sqlite":
        return create_engine(url, **backends.engine_options(url))
    options: dict[str, Any] = {"connect_args": {"check_same_thread": False,
                                                "timeout": SQLITE_WAIT_SECONDS},
                               "poolclass": TurnTakingPool}
    if url in ("sqlite://", "sqlite:///:memory:"):
        options["poolclass"] = StaticPool
    engine = create_engine(url, **options)
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
    # SQLite's own lower() folds only A-Z; MariaDB and PostgreSQL fold every letter.
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _sqlite_begin_immediate(connection: Any) -> None:
    # Take the write lock at the start: two requests never interleave a read-modify-write.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


class _Queue:
    """A lock handed to its waiters in the order they came (threading.Lock is not:
    a thread that releases it and asks again at once may keep it for seconds)."""

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._waiting: deque[threading.Lock] = deque()
        self._held = False

    def acquire(self, timeout: float) -> bool:
        with self._mutex:
            if not self._held:
                self._held = True
                return True
            waiter = threading.Lock()
            waiter.acquire()
            self._waiting.append(waiter)
        if waiter.acquire(timeout=timeout):
            return True
        with self._mutex:
            if waiter in self._waiting:
                self._waiting.remove(waiter)
                return False
        return True  # handed over just as the wait ran out

    def release(self) -> None:
        with self._mutex:
            if self._waiting:
                self._waiting.popleft().release()  # the first waiter holds it now
            else:
                self._held = False


class TurnTakingPool(QueuePool):
    """SQLite's pool: one thread of the process at a time holds a connection, in turn.

    Every transaction there takes the database's write lock anyway, so this only
    orders the waiters. A thread that waited SQLite's whole busy timeout goes on
    without its turn and lets SQLite decide, as before.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._turns = _Queue()
        self._holders: set[ConnectionPoolEntry] = set()

    def _do_get(self) -> ConnectionPoolEntry:
        has_turn = self._turns.acquire(SQLITE_WAIT_SECONDS)
        try:
            record = super()._do_get()
        except BaseException:
            if has_turn:
                self._turns.release()
            raise
        if has_turn:
            self._holders.add(record)
        return record

    def _do_return_conn(self, record: ConnectionPoolEntry) -> None:
        super()._do_return_conn(record)
        if record in self._holders:
            self._holders.discard(record)
            self._turns.release()


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

    def retrying(self, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """`work(...)`, run again from the start when the database gave up its transaction
        because of a concurrent one (deadlock, serialization failure, lock timeout)."""
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return work(*args, **kwargs)
            except DBAPIError as error:
                if attempt == ATTEMPTS or not backends.is_transient(error):
                    raise
                log.warning("transaction given up by the database (%s); running it again",
                            error.orig)
            time.sleep(random.uniform(0.002, 0.02) * attempt)
        raise AssertionError("unreachable")

    def dispose(self) -> None:
        self.engine.dispose()


@event.listens_for(Session, "before_flush")
def _stamp_changed_rows(session: Session, _context: Any, _instances: Any) -> None:
    clock: Clock | None = session.info.get("clock")
    if clock is None:
        return
    now = clock.now_text()
    # Rows this unit of work changed, for code that reacts after the request's work.
    session.info.setdefault("changed_rows", []).extend(
        row for row in [*session.dirty, *session.new] if isinstance(row, Model))
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
