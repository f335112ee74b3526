"""The cases recorded on a real VICIdial 2.14, replayed over HTTP: answers and state.

Every case of a function the emulator implements must pass. Cases of
functions not implemented yet are skipped with the issue that brings them.
"""

from __future__ import annotations

import json
import time

import httpx
import pytest

from app.agent_api.registry import load_handlers, registered
from app.state.models import BY_VICIDIAL_TABLE
from tests.support.recorded import (
    CASES_DIR,
    Case,
    answer_matches,
    fixture_tables,
    load_cases,
    state_problems,
)

AGENT_API_FILES = sorted(p.name for p in CASES_DIR.glob("*.json")
                         if p.stem not in ("non_agent", "non_agent_admin", "mariadb"))
BUILT_IN = {"version", "coffee", "start_coffee", "make_coffee", "brew_coffee", "common"}
# The one shared case the emulator answers differently on purpose: `format=de-bug`
# filters to debug, and debug output between the answer lines is the emulator's own.
OWN_DEBUG_TEXT = {"common/format-filtered"}
# Every table the emulator keeps is compared: a change the real server did not make fails.
COMPARED = tuple(BY_VICIDIAL_TABLE)

load_handlers()


def _cases() -> list[object]:
    implemented = set(registered()) | BUILT_IN
    params = []
    for case in load_cases(*AGENT_API_FILES):
        marks = []
        if case.function not in implemented:
            marks.append(pytest.mark.skip(reason=f"{case.function} is not implemented yet"))
        elif case.id in OWN_DEBUG_TEXT:
            marks.append(pytest.mark.skip(reason="debug lines are the emulator's own words"))
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


def _snapshot(http: httpx.Client) -> dict[str, list[dict[str, object]]]:
    answer = http.get("/emulator/state", params={"kept": "false"})
    state: dict[str, list[dict[str, object]]] = answer.json()
    return state


@pytest.mark.parametrize("case", _cases())
def test_recorded_case(case: Case, http: httpx.Client) -> None:
    reset = http.post("/emulator/reset", json={"format": "vicidial-tables",
                                               "tables": fixture_tables("base", case.patch)})
    assert reset.status_code == 200, reset.text

    for number, step in enumerate(case.steps, start=1):
        request, expected = step["request"], step["response"]
        before = _snapshot(http)
        got = _send(http, request)
        assert got.status_code == expected["status"], f"step {number}"
        assert got.headers["content-type"] == expected["content_type"], f"step {number}"
        assert answer_matches(request, expected["body"], got.text), (
            f"step {number}: {got.text!r} is not {expected['body']!r}")
        if "state" in step:
            after = _snapshot(http)
            problems = [p for table in COMPARED for p in state_problems(
                table, (step["state"] or {}).get(table, {}), before[table], after[table])]
            assert not problems, f"step {number}: " + json.dumps(problems, indent=1)
        if case.refers_to_earlier_steps and number < len(case.steps):
            time.sleep(1.0 - time.time() % 1.0)  # the recording's steps fell in later seconds


def _send(http: httpx.Client, request: dict[str, object]) -> httpx.Response:
    path = str(request["path"]) + (f"?{request['query']}" if request.get("query") else "")
    body = request.get("body")
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
    # Built as a whole URL so that `//agc/api.php` reaches the server as it was sent.
    url = str(http.base_url).rstrip("/") + path
    return http.request(str(request["method"]), url,
                        content=str(body).encode() if body is not None else None,
                        headers=headers)
