"""What differs between SQLite, MariaDB and PostgreSQL, kept in one place.

Everything a client can see is the same on the three: the column types in
app/state/types.py store values as a non-strict MariaDB does, and the rules
here make the servers agree on the rest.

- MariaDB tables are utf8mb4 with the binary, no-pad collation, so a plain
  `=`, an ORDER BY and a unique key treat text exactly as SQLite and
  PostgreSQL do; MariaDB's case- and trailing-space-blind look-ups are made
  explicitly, with app/state/compare.py, on every backend alike. Long texts
  are MEDIUMTEXT, as in VICIdial. PostgreSQL's database should be created
  with the C.UTF-8 locale (code-point order, every letter folded by lower()).
- A reset loads rows with their own ids; afterwards each backend hands out
  max(id) + 1, as MariaDB does after loading a dump (see `restart_ids`).
- A deadlock or a serialization failure is a reason to run the request
  again, never an answer (see `is_transient`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, Text, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateTable

MARIADB_TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin"
# What every MariaDB connection runs with, whatever the server's defaults are.
MARIADB_SQL_MODE = "STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION"

# MariaDB: deadlock, lock wait timeout. PostgreSQL: serialization failure, deadlock.
_MARIADB_TRANSIENT = {1213, 1205}
_POSTGRES_TRANSIENT = {"40001", "40P01"}


def backend_of(url: str) -> str:
    """'sqlite', 'mariadb' or 'postgresql' for a SQLAlchemy URL."""
    scheme = url.split(":", 1)[0].split("+", 1)[0].lower()
    if scheme in ("mysql", "mariadb"):
        return "mariadb"
    if scheme in ("postgresql", "postgres"):
        return "postgresql"
    return scheme


def engine_options(url: str) -> dict[str, Any]:
    """create_engine() options: READ COMMITTED, and at most 20 connections a worker (four
    workers stay under the servers' default connection limits of 100 and 151)."""
    backend = backend_of(url)
    if backend == "sqlite":
        return {}
    options: dict[str, Any] = {
        "isolation_level": "READ COMMITTED", "pool_pre_ping": True,
        "pool_size": 5, "max_overflow": 15, "pool_recycle": 3600,
    }
    if backend == "mariadb":
        options["connect_args"] = {
            "init_command": f"SET SESSION sql_mode='{MARIADB_SQL_MODE}'"}
        if "charset=" not in url:
            options["connect_args"]["charset"] = "utf8mb4"
    return options


@compiles(CreateTable, "mysql")
@compiles(CreateTable, "mariadb")
def _create_mariadb_table(create: CreateTable, compiler: Any, **kw: Any) -> str:
    statement: str = compiler.visit_create_table(create, **kw)
    if "CHARSET" in statement.upper():
        return statement
    return statement.rstrip().rstrip(";") + " " + MARIADB_TABLE_OPTIONS


@compiles(Text, "mysql")
@compiles(Text, "mariadb")
def _mariadb_text(type_: Text, compiler: Any, **kw: Any) -> str:
    # VICIdial's long texts are MEDIUMTEXT; a MariaDB TEXT would stop at 64 KB.
    return "MEDIUMTEXT" if type_.length is None else str(compiler.visit_text(type_, **kw))


def is_transient(error: BaseException) -> bool:
    """Whether the database refused the transaction only because of a concurrent one."""
    if not isinstance(error, DBAPIError):
        return False
    original = error.orig
    code = getattr(original, "pgcode", None)
    if code is not None:
        return code in _POSTGRES_TRANSIENT
    arguments: tuple[Any, ...] = tuple(getattr(original, "args", ()))
    # SQLite's "database is locked" comes after its 30 s busy timeout: not worth a rerun.
    return len(arguments) > 0 and arguments[0] in _MARIADB_TRANSIENT


def restart_ids(session: Session, tables: Sequence[Table]) -> None:
    """After loading rows with explicit ids: the next id of each table is max(id) + 1.

    SQLite and MariaDB only ever move a counter up; PostgreSQL's sequences do
    not move at all when ids are given. MariaDB resets its counter only through
    ALTER TABLE, which commits, so this is the last step of a load.
    """
    serials = [(t, t.autoincrement_column) for t in tables if t.autoincrement_column is not None]
    if not serials:
        return
    connection = session.connection()
    backend = connection.dialect.name
    if backend == "postgresql":
        _restart_sequences(connection, serials)
    elif backend in ("mysql", "mariadb"):
        _restart_counters(connection, serials)
    elif backend == "sqlite":
        names = ", ".join(f"'{table.name}'" for table, _ in serials)
        if connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").first():
            connection.exec_driver_sql(f"DELETE FROM sqlite_sequence WHERE name IN ({names})")


def _restart_sequences(connection: Connection, serials: list[tuple[Table, Any]]) -> None:
    quote = connection.dialect.identifier_preparer.quote
    moves = [
        f"setval(pg_get_serial_sequence('{quote(table.name)}', '{column.name}'), "
        f"COALESCE((SELECT MAX({quote(column.name)}) FROM {quote(table.name)}), 0) + 1, false)"
        for table, column in serials
    ]
    connection.execute(text("SELECT " + ", ".join(moves)))


def _restart_counters(connection: Connection, serials: list[tuple[Table, Any]]) -> None:
    quote = connection.dialect.identifier_preparer.quote
    counters: dict[str, Any] = dict(connection.execute(text(
        "SELECT TABLE_NAME, AUTO_INCREMENT FROM information_schema.TABLES "
        "WHERE TABLE_SCHEMA = DATABASE()")).all())
    highest: dict[str, Any] = dict(connection.execute(text(" UNION ALL ".join(
        f"SELECT '{table.name}', COALESCE(MAX({quote(column.name)}), 0) "
        f"FROM {quote(table.name)}" for table, column in serials))).all())
    for table, _column in serials:
        wanted = int(highest[table.name]) + 1
        if int(counters.get(table.name) or 1) > wanted:
            # ALTER TABLE sets the counter to at least max(id) + 1.
            connection.execute(text(f"ALTER TABLE {quote(table.name)} AUTO_INCREMENT = {wanted}"))


def locks_rows(session: Session) -> bool:
    """Whether SELECT ... FOR UPDATE locks rows; SQLite's transaction holds the whole file."""
    return session.get_bind().dialect.name != "sqlite"
