"""Loading and reading state as VICIdial table rows.

A `vicidial-tables` document is `{TABLE: [ROW, ...]}` keyed by VICIdial's own
table and column names, the form of a real dialer's snapshot. Loading one
replaces all state; reading a table gives its rows back in the same form.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import delete, inspect, select
from sqlalchemy.orm import Session, undefer

from app.state.backends import restart_ids
from app.state.models import ALL_MODELS, BY_VICIDIAL_TABLE, Model

Rows = Sequence[Mapping[str, Any]]


@dataclass
class LoadReport:
    """What a load kept: rows per table, and what it did not model."""

    rows: dict[str, int] = field(default_factory=dict)
    ignored_tables: list[str] = field(default_factory=list)
    kept_columns: dict[str, list[str]] = field(default_factory=dict)


@cache
def vicidial_columns(model: type[Model]) -> dict[str, str]:
    """VICIdial column name -> attribute name, for the columns the model has."""
    mapper = inspect(model)
    columns = {}
    for attr in mapper.column_attrs:
        name = attr.columns[0].name
        if name == "vicidial_extra" or attr.key in model.__internal__:
            continue
        columns[name] = attr.key
    return columns


def row_to_model(model: type[Model], row: Mapping[str, Any], now: str) -> Model:
    """A model instance for one VICIdial row; unmodeled columns go to vicidial_extra."""
    columns = vicidial_columns(model)
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, value in row.items():
        if name in columns:
            values[columns[name]] = value
        else:
            extra[name] = value
    for column in model.__stamped__:
        values.setdefault(columns[column], now)
    instance = model(**values)
    instance.vicidial_extra = extra or None
    return instance


def model_to_row(instance: Model, kept: bool = True) -> dict[str, Any]:
    """One row in VICIdial's form: modeled columns, then (with `kept`) the kept ones."""
    row = {name: getattr(instance, key) for name, key in vicidial_columns(type(instance)).items()}
    for name, value in ((instance.vicidial_extra or {}) if kept else {}).items():
        row.setdefault(name, value)
    return row


def _insert_rows(session: Session, model: type[Model], rows: Rows, now: str) -> None:
    """Insert the rows in bulk: every column given, defaulted, or kept in vicidial_extra."""
    table = model.__table__
    columns = vicidial_columns(model)
    defaults = _column_defaults(model)
    groups: dict[frozenset[str], list[dict[str, Any]]] = {}
    for row in rows:
        values = dict(defaults)
        values.update({c: now for c in model.__stamped__})
        extra = {}
        for name, value in row.items():
            if name in columns:
                values[name] = value
            else:
                extra[name] = value
        values["vicidial_extra"] = extra or None
        groups.setdefault(frozenset(values), []).append(values)
    for group in groups.values():
        session.execute(table.insert(), group)  # type: ignore[attr-defined]


@cache
def _column_defaults(model: type[Model]) -> dict[str, Any]:
    """Each column's schema default; an auto-increment key is left to the database."""
    defaults = {}
    for column in model.__table__.columns:
        if column.name == "vicidial_extra" or (column.primary_key and column.autoincrement
                                               is True):
            continue
        default = column.default
        defaults[column.name] = None if default is None or callable(default.arg) \
            else default.arg
    return defaults


def clear_all(session: Session) -> None:
    for model in reversed(ALL_MODELS):
        session.execute(delete(model))


def load_tables(session: Session, tables: Mapping[str, Rows], now: str) -> LoadReport:
    """Replace all state with the rows given; the caller's transaction makes it atomic."""
    report = LoadReport()
    clear_all(session)
    for table, rows in tables.items():
        model = BY_VICIDIAL_TABLE.get(table)
        if model is None:
            report.ignored_tables.append(table)
            continue
        known = vicidial_columns(model)
        kept: set[str] = set()
        for row in rows:
            kept.update(name for name in row if name not in known)
        _insert_rows(session, model, rows, now)
        report.rows[table] = len(rows)
        if kept:
            report.kept_columns[table] = sorted(kept)
    session.flush()
    # The next id of every table is max(id) + 1, as after loading a dump into MariaDB.
    restart_ids(session, [Model.metadata.tables[m.__tablename__] for m in ALL_MODELS])
    return report


def read_table(session: Session, table: str, kept: bool = True) -> list[dict[str, Any]] | None:
    """The rows of one VICIdial table, or None when the emulator has no such table.

    Without `kept`, only the modelled columns: requests never change the kept ones.
    """
    model = BY_VICIDIAL_TABLE.get(table)
    if model is None:
        return None
    query = select(model).order_by(*inspect(model).primary_key)
    if kept:
        query = query.options(undefer(model.vicidial_extra))
    return [model_to_row(row, kept) for row in session.scalars(query).all()]


def dump_tables(session: Session, kept: bool = True) -> dict[str, list[dict[str, Any]]]:
    return {m.__vicidial__: read_table(session, m.__vicidial__, kept) or []
            for m in ALL_MODELS}
