"""The control API under /emulator/: set up state, play the other parties, observe.

It never changes how the Agent API answers. Every error is a 4xx JSON answer
that names the field and says what is expected, and a failed request changes
nothing (each request is one transaction).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Any

import yaml
from fastapi import APIRouter, Depends, HTTPException, Request
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from app.control import parties
from app.control.reset import replace_state
from app.control.schemas import (
    CallRequest,
    LoginRequest,
    ResetAnswer,
    VmButtonRequest,
    VoicemailDropRequest,
)
from app.scenario import SCREEN_MODES, ScenarioError, parse_scenario
from app.state import queries
from app.state.db import Database
from app.state.models import BY_VICIDIAL_TABLE, ApiLogEntry, Lead, LeadMessage
from app.state.tables import LoadReport, dump_tables, model_to_row, read_table
from app.voicemail.button import vm_button
from app.voicemail.drop import DropCall, voicemail_drop
from app.voicemail.errors import AgentNotFound, NoLiveCall


def require_token(request: Request) -> None:
    """When a control token is set, every control request must carry it."""
    token = request.app.state.settings.control_token
    if not token:
        return
    given = request.headers.get("x-emulator-token", "")
    bearer = request.headers.get("authorization", "")
    if given != token and bearer != f"Bearer {token}":
        raise HTTPException(401, {"error": "control token missing or wrong",
                                  "field": "X-Emulator-Token",
                                  "expected": "the value of VICIEMU_CONTROL_TOKEN"})


router = APIRouter(prefix="/emulator", tags=["control"], dependencies=[Depends(require_token)])


def transaction(request: Request) -> Iterator[Session]:
    """A read-only unit of work for routes that only observe."""
    with request.app.state.db.transaction() as session:
        yield session


def writing(request: Request) -> AbstractContextManager[Session]:
    """A unit of work committed before the answer is sent, so a failed commit is an error."""
    db: Database = request.app.state.db
    return db.transaction()


def problem(status: int, error: str, field: str | None, expected: str | None) -> HTTPException:
    return HTTPException(status, {"error": error, "field": field, "expected": expected})


# -- state as a whole -------------------------------------------------------------

@router.post("/reset", response_model=ResetAnswer)
async def reset(request: Request) -> ResetAnswer:
    """Replace all state with the document in the body.

    Either `{"format": "vicidial-tables", "tables": {TABLE: [ROW, ...]}}`, keyed by
    VICIdial's table and column names, or a scenario (JSON or YAML, format
    `vicidial-emu/1`). A document that cannot be loaded leaves the old state whole.
    """
    document = _read_document(await request.body())
    state = request.app.state
    if isinstance(document, dict) and document.get("format") == "vicidial-tables":
        # A real dialer's snapshot has no browser acting on it: its screens wait.
        mode = document.get("screen_mode") or "manual"
        tables, name, kind = _snapshot_tables(document), None, "vicidial-tables"
    else:
        try:
            scenario = parse_scenario(document, "body")
        except ScenarioError as bad:
            raise problem(422, "scenario not loaded", bad.where, bad.expected) from None
        tables, name, kind = scenario.vicidial_tables(), scenario.name, "vicidial-emu/1"
        mode = scenario.screen_mode or state.settings.screen_mode
    if mode not in SCREEN_MODES:
        raise problem(422, "snapshot not loaded", "screen_mode", "instant, poll or manual")
    def load() -> LoadReport:
        with state.db.transaction() as session:
            return replace_state(session, tables, mode, state.clock.now_text())

    # In a worker thread: MariaDB's reset waits (ALTER TABLE) for requests still open,
    # and those finish on the event loop.
    report = await run_in_threadpool(state.db.retrying, load)
    return ResetAnswer(format=kind, name=name, screen_mode=mode, rows=report.rows,
                       ignored_tables=report.ignored_tables, kept_columns=report.kept_columns)


def _read_document(body: bytes) -> Any:
    """The body as JSON, or as YAML (a YAML parser reads JSON too, but less strictly)."""
    text = body.decode("utf-8", "replace")
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as bad:
        raise problem(422, "body is neither JSON nor YAML", "body",
                      f"a JSON or YAML document ({bad})") from None


def _snapshot_tables(document: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise problem(422, "snapshot not loaded", "tables",
                      "a mapping of VICIdial table name to a list of rows")
    for name, rows in tables.items():
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise problem(422, "snapshot not loaded", f"tables.{name}",
                          "a list of rows, each a mapping of column name to value")
    return tables


@router.get("/tables")
def table_names() -> list[str]:
    """The VICIdial tables the emulator keeps, readable below."""
    return sorted(BY_VICIDIAL_TABLE)


@router.get("/state")
def state(kept: bool = True,
          session: Session = Depends(transaction)) -> dict[str, list[dict[str, Any]]]:
    """Every emulated table at once, keyed by VICIdial table name.

    `kept=false` leaves out the columns kept verbatim from a reset (never changed).
    """
    return dump_tables(session, kept)


@router.get("/tables/{table}")
def table_rows(table: str, session: Session = Depends(transaction)) -> list[dict[str, Any]]:
    """The emulated rows of one VICIdial table, in VICIdial's column names."""
    rows = read_table(session, table)
    if rows is None:
        raise problem(404, "table not emulated", "table", "a VICIdial table the emulator keeps")
    return rows


# -- the agent, the lead and the log ----------------------------------------------

@router.get("/agents/{agent_user}")
def agent(agent_user: str, session: Session = Depends(transaction)) -> dict[str, Any]:
    """The agent's live session (the `agent_session` table)."""
    found = queries.agent_session(session, agent_user)
    if found is None:
        raise problem(404, "agent not logged in", "agent_user", "a logged-in agent")
    return model_to_row(found)


@router.post("/agents/{agent_user}/login")
def login(agent_user: str, body: LoginRequest, request: Request) -> dict[str, Any]:
    """Log the agent in to a campaign, as the agent screen's login does."""
    with writing(request) as session:
        try:
            found = parties.login_agent(session, request.app.state.clock, agent_user,
                                        body.campaign_id, body.status, body.closer_campaigns)
        except parties.PartyError as bad:
            raise problem(422, "login refused", bad.field, bad.expected) from None
        return model_to_row(found)


@router.post("/agents/{agent_user}/call")
def call(agent_user: str, body: CallRequest, request: Request) -> dict[str, Any]:
    """Put a call with a lead on the agent's screen (outbound or inbound)."""
    with writing(request) as session:
        try:
            found = parties.place_call(session, request.app.state.clock, agent_user,
                                       body.lead_id, body.direction, body.in_group,
                                       body.caller_code)
        except parties.PartyError as bad:
            raise problem(422, "call not placed", bad.field, bad.expected) from None
        return {"agent_session": model_to_row(found), "answered_by": body.answered_by}


@router.get("/leads/{lead_id}")
def lead(lead_id: int, session: Session = Depends(transaction)) -> dict[str, Any]:
    found = session.get(Lead, lead_id)
    if found is None:
        raise problem(404, "no such lead", "lead_id", "an existing lead_id")
    return model_to_row(found)


@router.get("/leads/{lead_id}/messages")
def lead_messages(lead_id: int, session: Session = Depends(transaction)) -> list[dict[str, Any]]:
    """The messages vm_message stored for the lead, newest first."""
    rows = session.scalars(select(LeadMessage).where(LeadMessage.lead_id == lead_id)
                           .order_by(LeadMessage.call_date.desc(),
                                     LeadMessage.message_id.desc())).all()
    return [model_to_row(row) for row in rows]


@router.get("/api-log")
def api_log(limit: int = 100, session: Session = Depends(transaction)) -> list[dict[str, Any]]:
    """The newest API log rows first."""
    rows = session.scalars(select(ApiLogEntry).order_by(ApiLogEntry.api_id.desc())
                           .limit(max(1, min(limit, 10000)))).all()
    return [model_to_row(row) for row in rows]


# -- the voicemail button ---------------------------------------------------------

@router.post("/voicemail-drop")
def drop(body: VoicemailDropRequest, request: Request) -> dict[str, Any]:
    """Run the voicemail drop for a call that reached the 8320 extension."""
    state = request.app.state
    with writing(request) as session:
        decision = voicemail_drop(session, DropCall(**body.model_dump()), state.clock,
                                  state.settings.sounds_root)
        return decision.as_json()


@router.post("/agents/{agent_user}/vm-button")
def press_vm(agent_user: str, request: Request,
             body: VmButtonRequest | None = None) -> dict[str, Any]:
    """Click the agent's VM button: the group's choices, or the drop's decision."""
    state = request.app.state
    with writing(request) as session:
        try:
            answer = vm_button(session, agent_user, body.pick if body else None,
                               state.clock, state.settings.sounds_root)
        except AgentNotFound:
            raise problem(404, "agent not logged in", "agent_user",
                          "a logged-in agent") from None
        except NoLiveCall:
            raise problem(409, "agent has no live call", "agent_user",
                          "an agent on a call (put one on the screen first)") from None
        return answer.as_json()
