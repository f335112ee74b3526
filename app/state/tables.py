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
from sqlalchemy.orm import Session

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


def model_to_row(instance: Model) -> dict[str, Any]:
    """One row in VICIdial's form: modeled columns, then the kept ones."""
    row = {name: getattr(instance, key) for name, key in vicidial_columns(type(instance)).items()}
    for name, value in (instance.vicidial_extra or {}).items():
        row.setdefault(name, value)
    return row


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
            session.add(row_to_model(model, row, now))
        report.rows[table] = len(rows)
        if kept:
            report.kept_columns[table] = sorted(kept)
    session.flush()
    return report


def read_table(session: Session, table: str) -> list[dict[str, Any]] | None:
    """The rows of one VICIdial table, or None when the emulator has no such table."""
    model = BY_VICIDIAL_TABLE.get(table)
    if model is None:
        return None
    key = inspect(model).primary_key
    rows = session.scalars(select(model).order_by(*key)).all()
    return [model_to_row(row) for row in rows]


def dump_tables(session: Session) -> dict[str, list[dict[str, Any]]]:
    return {m.__vicidial__: read_table(session, m.__vicidial__) or [] for m in ALL_MODELS}
