"""The start-up schema check: its quick reading agrees with Alembic, and a schema behind
is refused with the command that upgrades it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.state.db import make_engine
from app.state.migrations import (
    SchemaBehind,
    _plain_current,
    _plain_head,
    current_revision,
    head_revision,
    require_current_schema,
    upgrade,
)


def test_a_migrated_database_passes_and_the_quick_reading_names_alembics_revisions(
        tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'current.sqlite3'}")
    try:
        upgrade(engine)
        require_current_schema(engine)
        assert _plain_head() == head_revision(engine)
        assert _plain_current(engine) == current_revision(engine)
    finally:
        engine.dispose()


def test_an_empty_database_is_refused_with_the_upgrade_command(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        assert _plain_current(engine) is None
        with pytest.raises(SchemaBehind, match=r"has schema none, this server needs \w+; "
                                               r"run `vicidial-emu db upgrade`"):
            require_current_schema(engine)
    finally:
        engine.dispose()


def test_a_database_at_another_revision_is_refused(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        upgrade(engine)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = 'elsewhere'"))
        with pytest.raises(SchemaBehind, match="has schema elsewhere"):
            require_current_schema(engine)
    finally:
        engine.dispose()
