"""MariaDB's semantics, pinned on the backend the suite runs on (SQLite, MariaDB, PostgreSQL).

`make test`, `make test-mariadb` and `make test-postgres` each run this file on
their own backend, so every rule below holds on all three.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import OperationalError

from app.state import queries
from app.state.compare import same_text
from app.state.db import Database
from app.state.models import AgentSession, ApiLogEntry, Base, Lead, PostalCode, User
from tests.support.backends import backend_name, database_url
from tests.support.recorded import fixture_tables
from tests.support.server import migrated_database

BACKEND = backend_name()


@pytest.fixture
def db(server_url: str, tmp_path: Path) -> Iterator[Database]:
    """The suite's database (built by the session server), emptied; SQLite: a fresh file."""
    database = migrated_database(database_url(tmp_path / "semantics.sqlite3"))
    with database.transaction() as session:
        for model in (User, AgentSession, ApiLogEntry, Lead):
            session.execute(delete(model))
    yield database
    database.dispose()


def add_user(db: Database, name: str, **columns: object) -> None:
    with db.transaction() as session:
        session.add(User(user=name, **columns))


def stored_user(db: Database, name: str) -> User:
    with db.transaction() as session:
        found = session.scalars(select(User).where(User.user == name)).one()
        session.expunge(found)
        return found


# -- text comparisons ---------------------------------------------------------------

def test_look_ups_ignore_letter_case_and_trailing_spaces(db: Database) -> None:
    add_user(db, "ApiAdmin", pass_="Secret")
    with db.transaction() as session:
        for typed in ("ApiAdmin", "apiadmin", "APIADMIN  "):
            found = queries.find_user(session, typed)
            assert found is not None and found.user == "ApiAdmin", typed
        for typed in (" apiadmin", "apiadmin\t", "apiadmi"):
            assert queries.find_user(session, typed) is None, typed


def test_look_ups_fold_every_letter_and_a_text_always_equals_itself(db: Database) -> None:
    add_user(db, "JOSÉ")
    add_user(db, "Ñandú")
    with db.transaction() as session:
        assert queries.find_user(session, "josé") is not None
        assert queries.find_user(session, "Ñandú") is not None
        assert queries.find_user(session, "ñANDÚ ") is not None


def test_same_text_holds_in_sql_on_stored_trailing_spaces(db: Database) -> None:
    add_user(db, "Agent7  ")
    with db.transaction() as session:
        count = session.scalar(select(func.count()).select_from(User).where(
            same_text(User.user, "AGENT7")))
    assert count == 1


def test_postal_code_time_zone_look_up_ignores_letter_case(db: Database) -> None:
    from app.non_agent.timezones import Place, _zone

    with db.transaction() as session:
        session.execute(delete(PostalCode))
        session.add(PostalCode(postal_code="K1A0B1", state="ON", GMT_offset="-5.00",
                               DST="Y", DST_range="SSM-FSN", country_code=1))
    place = Place(phone_code="1", phone_number="6135550100", state="ON",
                  postal_code="k1a0b", owner="", tz_method="POSTAL")
    with db.transaction() as session:
        assert _zone(session, place) == ("-5.00", "SSM-FSN")


def test_plain_equality_order_and_unique_keys_go_by_code_point(db: Database) -> None:
    # The case-blind rule comes only from same_text: a plain `=` is exact on every
    # backend (MariaDB's tables use the binary no-pad collation for that).
    for name in ("b", "B", "a", "É", "a "):
        add_user(db, name)
    with db.transaction() as session:
        exact = session.scalars(select(User.user).where(User.user == "a")).all()
        ordered = session.scalars(select(User.user).order_by(User.user)).all()
    assert exact == ["a"]
    assert ordered == ["B", "a", "a ", "b", "É"]


# -- values stored as a non-strict MariaDB stores them ------------------------------

def test_values_longer_than_the_column_are_cut_to_it(db: Database) -> None:
    add_user(db, "x" * 30, full_name="é" * 60)
    stored = stored_user(db, "x" * 20)
    assert stored.user == "x" * 20
    assert stored.full_name == "é" * 50


def test_empty_and_non_numeric_text_in_a_number_column_is_zero(db: Database) -> None:
    for name, level in (("n1", ""), ("n2", "abc"), ("n3", "7abc"), ("n4", " 12")):
        add_user(db, name, user_level=level)
    levels = [stored_user(db, name).user_level for name in ("n1", "n2", "n3", "n4")]
    assert levels == [0, 0, 7, 12]


def test_a_number_past_the_columns_range_is_stored_as_its_nearest_end(db: Database) -> None:
    for name, level in (("big", "99999999999"), ("huge", "9" * 30), ("low", -(10**30))):
        add_user(db, name, user_level=level)
    levels = [stored_user(db, name).user_level for name in ("big", "huge", "low")]
    assert levels == [99999999999, 2**63 - 1, -(2**63)]


def test_invalid_dates_are_the_zero_date(db: Database) -> None:
    given = {"d1": "2026-02-30 10:00:00", "d2": "not a date", "d3": "20261203184720",
             "d4": "2026-12-3 8:05"}
    for name, moment in given.items():
        add_user(db, name, last_login_date=moment)
    with db.transaction() as session:
        session.add(Lead(lead_id=1, date_of_birth="1990-13-01"))
        session.add(Lead(lead_id=2, date_of_birth="19900102"))
    stamps = [stored_user(db, name).last_login_date for name in given]
    assert stamps == ["0000-00-00 00:00:00", "0000-00-00 00:00:00", "2026-12-03 18:47:20",
                      "2026-12-03 08:05:00"]
    with db.transaction() as session:
        births = session.scalars(select(Lead.date_of_birth).order_by(Lead.lead_id)).all()
    assert births == ["0000-00-00", "1990-01-02"]


def test_date_times_are_written_in_the_servers_time_zone(http: httpx.Client) -> None:
    http.post("/emulator/reset", json={"format": "vicidial-tables",
                                       "tables": fixture_tables("base", None)})
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Chatham"  # +12:45 / +13:45: no backend's default
    time.tzset()
    try:
        assert time.localtime().tm_gmtoff >= 12 * 3600
        http.get("/agc/api.php", params={"function": "version"})
        expected = dt.datetime.now()
    finally:
        if before is None:
            os.environ.pop("TZ")
        else:
            os.environ["TZ"] = before
        time.tzset()
    logged = http.get("/emulator/tables/vicidial_api_log").json()[-1]["api_date"]
    moment = dt.datetime.strptime(logged, "%Y-%m-%d %H:%M:%S")
    assert abs((moment - expected).total_seconds()) < 5


def test_a_stored_date_time_does_not_move_with_the_connections_time_zone(
        db: Database) -> None:
    add_user(db, "tz", last_login_date="2026-12-03 18:47:20")
    zone = {"mariadb": "SET time_zone = '+05:45'",
            "postgresql": "SET TIME ZONE 'Asia/Kathmandu'"}.get(BACKEND)
    with db.transaction() as session:
        if zone:
            session.execute(text(zone))
        stamp = session.scalar(select(User.last_login_date).where(User.user == "tz"))
    assert stamp == "2026-12-03 18:47:20"


# -- auto-increment ids ---------------------------------------------------------------

def _log_request(http: httpx.Client) -> int:
    http.get("/agc/api.php", params={"function": "version"})
    return int(http.get("/emulator/tables/vicidial_api_log").json()[-1]["api_id"])


def _reset_with_log_ids(http: httpx.Client, *ids: int) -> None:
    tables = fixture_tables("base", None)
    tables["vicidial_api_log"] = [{"api_id": i, "user": "6666", "function": "version"}
                                  for i in ids]
    assert http.post("/emulator/reset", json={"format": "vicidial-tables",
                                              "tables": tables}).status_code == 200


def test_after_a_reset_the_next_id_is_one_more_than_the_highest_loaded(
        http: httpx.Client) -> None:
    _reset_with_log_ids(http, 7, 900)
    assert _log_request(http) == 901
    _reset_with_log_ids(http, 3, 500)
    assert _log_request(http) == 501
    _reset_with_log_ids(http)
    assert _log_request(http) == 1


def test_an_id_is_never_handed_out_twice(db: Database) -> None:
    with db.transaction() as session:
        first, second = ApiLogEntry(user="a"), ApiLogEntry(user="b")
        session.add_all([first, second])
        session.flush()
        highest = second.api_id
        session.delete(second)
    with db.transaction() as session:
        third = ApiLogEntry(user="c")
        session.add(third)
        session.flush()
        assert third.api_id == (highest or 0) + 1


# -- the schema and the transactions --------------------------------------------------

def test_the_migrations_build_the_models_schema(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_a_transaction_the_database_gave_up_on_is_run_again(db: Database) -> None:
    attempts = []

    def deadlocked_once() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise OperationalError("UPDATE ...", {}, _Deadlock())
        return "answered"

    assert db.retrying(deadlocked_once) == "answered"
    assert len(attempts) == 2


class _Deadlock(Exception):
    pgcode = "40P01"
