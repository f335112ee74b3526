"""A real emulator server on a free loopback port, for tests that speak HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from app.clock import Clock
from app.main import create_app
from app.settings import Settings
from app.state.db import Database
from app.state.migrations import upgrade
from tests.support.backends import database_url


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def migrated_database(url: str, clock: Clock | None = None) -> Database:
    db = Database(url, clock or Clock())
    upgrade(db.engine)
    return db


@contextmanager
def live_server(database_file: Path, **settings: object) -> Iterator[str]:
    """Serve the emulator on SQLite at `database_file` (or on VICIEMU_TEST_DATABASE_URL);
    yields the base URL."""
    url = database_url(database_file)
    port = free_port()
    config = Settings(database_url=url, port=port, scenario="none", **settings)  # type: ignore[arg-type]
    app = create_app(config, db=migrated_database(url))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start within 10 s")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.db.dispose()
