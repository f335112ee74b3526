"""Which database the suite runs on: SQLite files, or the server in VICIEMU_TEST_DATABASE_URL.

`make test-mariadb` and `make test-postgres` start a throw-away server and set
the variable; the suite then runs every HTTP test against that one database,
after building its schema from nothing through the migrations.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import MetaData

from app.state.backends import backend_of
from app.state.db import make_engine

TEST_DATABASE_URL = os.environ.get("VICIEMU_TEST_DATABASE_URL") or None


def database_url(sqlite_file: Path) -> str:
    """The test database: VICIEMU_TEST_DATABASE_URL when set, else SQLite at `sqlite_file`."""
    return TEST_DATABASE_URL or f"sqlite:///{sqlite_file}"


def backend_name() -> str:
    return backend_of(TEST_DATABASE_URL or "sqlite://")


def drop_everything(url: str) -> None:
    """Empty the database (tables and Alembic's version), so the migrations build it anew."""
    engine = make_engine(url)
    try:
        found = MetaData()
        found.reflect(engine)
        found.drop_all(engine)
    finally:
        engine.dispose()
