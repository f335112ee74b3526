"""Scenarios: the project's own files that describe a dialer's starting state.

A scenario is JSON or YAML:

    format: vicidial-emu/1
    name: demo
    screen_mode: poll            # instant | poll | manual
    description: ...
    tables:
      users:         [{user: "6666", pass: "1234", user_level: 9, ...}, ...]
      campaigns:     [{campaign_id: TESTCAMP, am_message_exten: LTTagent, ...}]
      agent_session: [{user: "1000", campaign_id: TESTCAMP, status: INCALL, ...}]

`tables` is keyed by the emulator's own table names (see `TABLE_NAMES`); each
row uses VICIdial's column names, and a column left out takes the real
schema's default. Unlike a `vicidial-tables` snapshot, a scenario is checked
strictly: unknown tables or columns, values of the wrong type and references
to rows that do not exist are refused with the place and what is expected.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Integer, inspect

from app.state.models import BY_DOMAIN_TABLE, Model
from app.state.tables import vicidial_columns
from app.state.types import Number

FORMAT = "vicidial-emu/1"
SCREEN_MODES = ("instant", "poll", "manual")
TABLE_NAMES = tuple(BY_DOMAIN_TABLE)

# (table, column) -> the (table, column) places a non-empty value must be found in.
REFERENCES = {
    ("agent_session", "user"): (("users", "user"),),
    ("agent_session", "campaign_id"): (("campaigns", "campaign_id"),),
    ("leads", "list_id"): (("lists", "list_id"),),
    ("lists", "campaign_id"): (("campaigns", "campaign_id"),),
    # A call in the queue belongs to a campaign or, when inbound, to an in-group.
    ("live_calls", "campaign_id"): (("campaigns", "campaign_id"), ("in_groups", "group_id")),
}


class ScenarioError(ValueError):
    """A scenario that cannot be loaded: `where` says which field, `expected` what it needs."""

    def __init__(self, where: str, expected: str) -> None:
        super().__init__(f"{where}: {expected}")
        self.where = where
        self.expected = expected


@dataclass
class Scenario:
    name: str
    screen_mode: str | None
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    description: str = ""

    def vicidial_tables(self) -> dict[str, list[dict[str, Any]]]:
        """The same rows keyed by VICIdial's table names, ready to load."""
        return {BY_DOMAIN_TABLE[name].__vicidial__: rows for name, rows in self.tables.items()}


def read_scenario_text(text: str, where: str = "scenario") -> Scenario:
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as problem:
        raise ScenarioError(where, f"valid JSON or YAML ({problem})") from None
    return parse_scenario(document, where)


def read_scenario_file(path: Path | str) -> Scenario:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as problem:
        raise ScenarioError(str(path), f"a readable scenario file ({problem.strerror})") from None
    return read_scenario_text(text, str(path))


def parse_scenario(document: Any, where: str = "scenario") -> Scenario:
    """Check a scenario document and give it back as a Scenario."""
    if not isinstance(document, Mapping):
        raise ScenarioError(where, "a mapping with 'format' and 'tables'")
    if document.get("format", FORMAT) != FORMAT:
        raise ScenarioError(f"{where}.format", f"'{FORMAT}' (or 'vicidial-tables' for a reset)")
    mode = document.get("screen_mode")
    if mode is not None and mode not in SCREEN_MODES:
        raise ScenarioError(f"{where}.screen_mode", f"one of {', '.join(SCREEN_MODES)}")
    tables = document.get("tables", {})
    if not isinstance(tables, Mapping):
        raise ScenarioError(f"{where}.tables", "a mapping of table name to a list of rows")
    checked = {name: _check_rows(f"{where}.tables.{name}", name, rows)
               for name, rows in tables.items()}
    _check_references(where, checked)
    return Scenario(str(document.get("name", "scenario")), mode, checked,
                    str(document.get("description", "")))


def _check_rows(where: str, table: str, rows: Any) -> list[dict[str, Any]]:
    model = BY_DOMAIN_TABLE.get(table)
    if model is None:
        raise ScenarioError(where, f"a known table ({', '.join(TABLE_NAMES)})")
    if not isinstance(rows, list):
        raise ScenarioError(where, "a list of rows")
    return [_check_row(f"{where}[{n}]", model, row) for n, row in enumerate(rows)]


def _check_row(where: str, model: type[Model], row: Any) -> dict[str, Any]:
    if not isinstance(row, Mapping):
        raise ScenarioError(where, "a mapping of column name to value")
    columns = vicidial_columns(model)
    numeric = _numeric_columns(model)
    for name, value in row.items():
        if name not in columns:
            raise ScenarioError(f"{where}.{name}", f"a column of {model.__tablename__}")
        if name in numeric and not _is_number(value):
            raise ScenarioError(f"{where}.{name}", f"a whole number, not {value!r}")
        if value is not None and not isinstance(value, (str, int, float)):
            raise ScenarioError(f"{where}.{name}", "a text or a number")
    return {name: _as_text(value, name in numeric) for name, value in row.items()}


def _numeric_columns(model: type[Model]) -> set[str]:
    mapper = inspect(model)
    return {attr.columns[0].name for attr in mapper.column_attrs
            if isinstance(attr.columns[0].type, (Number, Integer))}


def _is_number(value: Any) -> bool:
    if value is None or isinstance(value, bool):
        return value is None
    return isinstance(value, int) or (isinstance(value, str) and value.lstrip("-").isdigit())


def _as_text(value: Any, numeric: bool) -> Any:
    """YAML reads 1234 as a number; a text column stores it as the text '1234'."""
    if numeric or value is None or isinstance(value, str):
        return int(value) if numeric and value is not None else value
    return str(value)


def _check_references(where: str, tables: dict[str, list[dict[str, Any]]]) -> None:
    for (table, column), targets in REFERENCES.items():
        known = {str(row.get(target_column)) for target, target_column in targets
                 for row in tables.get(target, [])}
        places = " or ".join(f"{target}.{target_column}" for target, target_column in targets)
        for n, row in enumerate(tables.get(table, [])):
            value = row.get(column)
            if value in (None, "", 0):
                continue
            if str(value) not in known:
                raise ScenarioError(f"{where}.tables.{table}[{n}].{column}",
                                    f"a value listed in {places} ({value!r} is not)")


def scenario_as_document(scenario: Scenario) -> dict[str, Any]:
    return {"format": FORMAT, "name": scenario.name, "screen_mode": scenario.screen_mode,
            "description": scenario.description, "tables": scenario.tables}


def dumps(scenario: Scenario) -> str:
    return json.dumps(scenario_as_document(scenario), indent=2)
