"""Export: the current state as a scenario document that a reset accepts back.

`GET /emulator/export` answers a `vicidial-emu/1` scenario: tables keyed by the
emulator's own names, VICIdial's column names, and only the values that differ
from the column's default (a reset fills the defaults in again). Columns the
emulator keeps but does not model cannot go into a strict scenario; the
description names them, and `?format=vicidial-tables` exports everything
(kept columns too) keyed by VICIdial's table names instead.
"""

from __future__ import annotations

from typing import Any, Literal

import yaml
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.control.routes import require_token
from app.scenario import FORMAT
from app.screen.modes import mode_of
from app.state.models import ALL_MODELS, Model
from app.state.models.screen import AgentScreen, EmulatorSetting
from app.state.tables import dump_tables, vicidial_columns

router = APIRouter(prefix="/emulator", tags=["control"], dependencies=[Depends(require_token)])

# The screens' history is not state a scenario sets up; only their mode is.
SCREEN_COLUMNS = ("user", "mode")
SKIPPED = (EmulatorSetting,)


@router.get("/export")
def export(request: Request, name: str = "exported",
           format: Literal["vicidial-emu/1", "vicidial-tables"] = "vicidial-emu/1",
           output: Literal["json", "yaml"] = "json") -> Response:
    """The current state as a scenario (or `vicidial-tables` snapshot) for POST /reset."""
    state = request.app.state
    with state.db.transaction() as session:
        mode = mode_of(session, "", state.settings.screen_mode)
        if format == "vicidial-tables":
            document: dict[str, Any] = {"format": format, "screen_mode": mode,
                                        "tables": dump_tables(session)}
        else:
            document = scenario_document(session, name, mode, state.clock.now_text())
    if output == "yaml":
        text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
        return Response(text, media_type="application/yaml")
    return JSONResponse(document)


def scenario_document(session: Session, name: str, mode: str, now: str) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    left_out: dict[str, set[str]] = {}
    for model in ALL_MODELS:
        if model in SKIPPED:
            continue
        rows = [_scenario_row(row, left_out) for row in _rows(session, model)]
        if rows:
            tables[model.__tablename__] = rows
    description = f"Exported from the emulator at {now}."
    if left_out:
        kept = "; ".join(f"{table}: {', '.join(sorted(columns))}"
                         for table, columns in sorted(left_out.items()))
        description += f" Kept columns the emulator does not model were left out ({kept})."
    return {"format": FORMAT, "name": name, "screen_mode": mode,
            "description": description, "tables": tables}


def _rows(session: Session, model: type[Model]) -> list[Model]:
    key = inspect(model).primary_key
    return list(session.scalars(select(model).order_by(*key)).all())


def _scenario_row(instance: Model, left_out: dict[str, set[str]]) -> dict[str, Any]:
    model = type(instance)
    columns = vicidial_columns(model)
    if model is AgentScreen:
        columns = {name: key for name, key in columns.items() if name in SCREEN_COLUMNS}
    defaults = _defaults(model)
    row = {}
    for name, key in columns.items():
        value = getattr(instance, key)
        if name in defaults and defaults[name] == value:
            continue
        row[str(name)] = value
    if instance.vicidial_extra:
        left_out.setdefault(model.__vicidial__, set()).update(instance.vicidial_extra)
    return row


def _defaults(model: type[Model]) -> dict[str, Any]:
    """Each column's plain default value, as a reset would fill it in."""
    found: dict[str, Any] = {}
    for attr in inspect(model).column_attrs:
        column = attr.columns[0]
        if column.primary_key or column.server_default is not None \
                or column.name in model.__stamped__:
            continue
        default = column.default
        if default is None:
            found[column.name] = None
        elif default.is_scalar:
            found[column.name] = default.arg
    return found
