"""The non_agent_api.php cases recorded on a real VICIdial 2.14, replayed over HTTP.

Every case of cases/non_agent.json runs against `/vicidial/non_agent_api.php`
after `POST /emulator/reset` with the case's fixture: the status, content
type and body must match, and so must the rows every emulated table changed.
The MariaDB cases (cases/mariadb.json) that call this endpoint run too, for
the functions the emulator implements here.
"""

from __future__ import annotations

import json
import time

import httpx
import pytest

from app.non_agent.registry import load_handlers, registered
from app.state.models import BY_VICIDIAL_TABLE
from app.wire.request import php_parse
from tests.support.recorded import Case, answer_matches, fixture_tables, load_cases, state_problems

load_handlers()


def _non_agent_functions(case: Case) -> set[str]:
    requests = [step["request"] for step in case.steps]
    if not all("non_agent_api.php" in r["path"] for r in requests):
        return set()
    return {php_parse((r["query"] or "") + "&" + (r["body"] or "")).get("function", "")
            for r in requests}


MARIADB_CASES = [c for c in load_cases("mariadb.json")
                 if _non_agent_functions(c) and _non_agent_functions(c) <= set(registered())]
CASES = load_cases("non_agent.json") + MARIADB_CASES
COMPARED = tuple(BY_VICIDIAL_TABLE)
HEADERS = {"cache-control": "no-cache, must-revalidate", "pragma": "no-cache"}


def _snapshot(http: httpx.Client) -> dict[str, list[dict[str, object]]]:
    state: dict[str, list[dict[str, object]]] = http.get("/emulator/state").json()
    return state


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_non_agent_case(case: Case, http: httpx.Client) -> None:
    reset = http.post("/emulator/reset", json={"format": "vicidial-tables",
                                               "tables": fixture_tables("base", case.patch)})
    assert reset.status_code == 200, reset.text

    for number, step in enumerate(case.steps, start=1):
        request, expected = step["request"], step["response"]
        before = _snapshot(http)
        got = _send(http, request)
        assert got.status_code == expected["status"], f"step {number}: {got.text!r}"
        assert got.headers["content-type"] == expected["content_type"], f"step {number}"
        for name, value in HEADERS.items():
            assert got.headers[name] == value, f"step {number}: {name}"
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
    url = str(http.base_url).rstrip("/") + path
    return http.request(str(request["method"]), url,
                        content=str(body).encode() if body is not None else None,
                        headers=headers)
