"""Reading the recorded conformance cases and checking an answer against them.

A case (tests/data/conformance/cases/*.json, recorded on a real VICIdial 2.14)
is a fixture patch, then requests with the exact answers and the table rows
each one changed. Expected text holds placeholders ({NOW}, {EPOCH-900},
{ID:vicidial_api_log}, ...) that stand for values of a known shape.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data"
CASES_DIR = DATA / "conformance" / "cases"
FIXTURES_DIR = DATA / "fixtures"

# Columns the recording never reports: ids, times and hosts of the recording run.
UNREPORTED = {
    "vicidial_api_log": {"api_id", "api_date", "run_time", "webserver", "api_url"},
    "vicidial_api_urls": {"api_id", "api_date"},
}

_SHAPES = {
    "NOW": r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}",
    "TODAY": r"\d{4}-\d{2}-\d{2}",
    "NOWDIGITS": r"\d{14}",
    "BASE_URL": r"https?://[^/\s]+",
    "REMOTE_IP": r"[0-9a-fA-F.:]+",
    "RUN_TIME": r"[0-9.]+",
    "RUN_SECONDS": r"[0-9]+",
}
_PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_:@#\-+]+)\}")


@dataclass(frozen=True)
class Case:
    id: str
    function: str
    description: str
    patch: dict[str, Any] | None
    steps: list[dict[str, Any]]

    @property
    def refers_to_earlier_steps(self) -> bool:
        """Whether expected values name an earlier step's time ({NOW@1})."""
        return re.search(r"\{[A-Z_]+@\d+\}", json.dumps(self.steps)) is not None


def load_cases(*files: str) -> list[Case]:
    cases = []
    for name in files:
        for raw in json.loads((CASES_DIR / name).read_text()):
            cases.append(Case(raw["id"], raw["id"].split("/")[0], raw["description"],
                              raw.get("fixture_patch"), raw["steps"]))
    return cases


def fixture_tables(name: str, patch: dict[str, Any] | None) -> dict[str, list[dict[str, Any]]]:
    """The fixture's tables with the case's patch applied (insert, update, delete)."""
    tables = copy.deepcopy(json.loads((FIXTURES_DIR / f"{name}.json").read_text())["tables"])
    for table, operations in _localized(patch or {}).items():
        rows = tables.setdefault(table, [])
        for operation in operations:
            if "where" in operation and "set" in operation:
                for row in rows:
                    if _matches_all(row, operation["where"]):
                        row.update(operation["set"])
            elif "delete" in operation:
                rows[:] = [r for r in rows if not _matches_all(r, operation["delete"])]
            else:
                rows.append(operation)
    return tables


def _matches_all(row: dict[str, Any], wanted: dict[str, Any]) -> bool:
    return all(str(row.get(k)) == str(v) for k, v in wanted.items())


def _localized(patch: dict[str, Any]) -> dict[str, Any]:
    """{NOW-n}, {NOW}, {TODAY} and {YESTERDAY} in a patch, filled with local time."""
    now = dt.datetime.now().replace(microsecond=0)
    text = json.dumps(patch)
    text = re.sub(r"\{NOW-(\d+)\}",
                  lambda m: f"{now - dt.timedelta(seconds=int(m.group(1))):%Y-%m-%d %H:%M:%S}",
                  text)
    text = text.replace("{NOW}", f"{now:%Y-%m-%d %H:%M:%S}")
    text = text.replace("{TODAY}", now.date().isoformat())
    text = text.replace("{YESTERDAY}", (now.date() - dt.timedelta(days=1)).isoformat())
    return json.loads(text)


def _shape(name: str) -> str:
    base = name.split("@")[0]
    if re.fullmatch(r"EPOCH-\d{9,}", base):
        return r"-?\d+"  # now minus a fixture's epoch: a call length, not a time
    if base.startswith("EPOCH"):
        return r"\d{9,11}"
    if base.startswith("ID:"):
        return r"\d+"
    if base.startswith("WS_"):
        return r"[^\n]*?"
    return _SHAPES.get(base, r"[^|\n]*")


def pattern(expected: str) -> re.Pattern[str]:
    """A regular expression that the real answer, placeholders and all, stands for."""
    pieces, last = [], 0
    for found in _PLACEHOLDER.finditer(expected):
        pieces.append(re.escape(expected[last:found.start()]))
        pieces.append(_shape(found.group(1)))
        last = found.end()
    pieces.append(re.escape(expected[last:]))
    return re.compile("".join(pieces), re.S)


def is_debug(request: dict[str, Any]) -> bool:
    sent = (request.get("query") or "") + (request.get("body") or "")
    return "format=debug" in sent or "DB=1" in sent


def debug_answer_matches(expected: str, got: str) -> bool:
    """With format=debug only the envelope and the result lines are the real server's."""
    if expected.startswith("<html>") != got.startswith("<html>"):
        return False
    position = 0
    for line in re.findall(r"(?:SUCCESS|ERROR|NOTICE|VERSION|Coffee)[^\n<]*", expected):
        found = pattern(line).search(got, position)
        if not found:
            return False
        position = found.end()
    return True


def answer_matches(request: dict[str, Any], expected: str, got: str) -> bool:
    if is_debug(request) and debug_answer_matches(expected, got):
        return True
    return pattern(expected).fullmatch(got) is not None


def same_value(expected: Any, got: Any) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    wanted, seen = str(expected), str(got)
    if "{" in wanted:
        return pattern(wanted).fullmatch(seen) is not None
    if wanted == seen:
        return True
    try:
        return float(wanted) == float(seen)
    except ValueError:
        return False


Rows = list[dict[str, Any]]


def state_problems(table: str, recorded: dict[str, Any], before: Rows, after: Rows) -> list[str]:
    """What differs between the rows a request changed and what the real server changed."""
    skip = UNREPORTED.get(table, set())
    canon = {id(r): json.dumps({k: r[k] for k in sorted(r) if k not in skip}, default=str)
             for r in before + after}
    added = Counter(canon[id(r)] for r in after) - Counter(canon[id(r)] for r in before)
    removed = Counter(canon[id(r)] for r in before) - Counter(canon[id(r)] for r in after)
    problems: list[str] = []

    for update in recorded.get("updated", []):
        old = _row_with(before, update["key"])
        new = _row_with(after, update["key"])
        if new is None:
            problems.append(f"{table} {update['key']}: row gone")
            continue
        for column, value in new.items():
            if column in skip:
                continue
            wanted = update["changed"][column][1] if column in update["changed"] else (
                old.get(column) if old else value)
            if not same_value(wanted, value):
                problems.append(f"{table} {update['key']}.{column} = {value!r}, not {wanted!r}")
        added[canon[id(new)]] -= 1
        if old is not None:
            removed[canon[id(old)]] -= 1

    for kind, pool in (("inserted", added), ("deleted", removed)):
        for want in recorded.get(kind, []):
            match = next((c for c, n in pool.items() if n > 0 and _row_like(want, c, skip)), None)
            if match is None:
                problems.append(f"{table}: no row {kind} like {json.dumps(want)[:200]}")
            else:
                pool[match] -= 1
    extra = [c for c, n in (added + removed).items() if n > 0]
    if extra:
        problems.append(f"{table}: changes the real server did not make: {extra[0][:200]}")
    return problems


def _row_with(rows: Rows, key: dict[str, Any]) -> dict[str, Any] | None:
    return next((r for r in rows if all(same_value(v, r.get(k)) for k, v in key.items())), None)


def _row_like(want: dict[str, Any], canonical: str, skip: set[str]) -> bool:
    row = json.loads(canonical)
    return all(c in skip or c not in row or same_value(v, row[c]) for c, v in want.items())


# -- replaying a case over HTTP ----------------------------------------------------------

def replay_over_http(case: Case, http: Any, compared: tuple[str, ...],
                     headers: dict[str, str] | None = None) -> None:
    """Reset to the case's fixture, send each step, and check the answer and the rows
    of every compared table (a change the real server did not make fails too)."""
    import time

    reset = http.post("/emulator/reset", json={"format": "vicidial-tables",
                                               "tables": fixture_tables("base", case.patch)})
    assert reset.status_code == 200, reset.text

    for number, step in enumerate(case.steps, start=1):
        request, expected = step["request"], step["response"]
        before = _snapshot(http)
        got = _send(http, request)
        assert got.status_code == expected["status"], f"step {number}: {got.text!r}"
        assert got.headers["content-type"] == expected["content_type"], f"step {number}"
        for name, value in (headers or {}).items():
            assert got.headers[name] == value, f"step {number}: {name}"
        assert answer_matches(request, expected["body"], got.text), (
            f"step {number}: {got.text!r} is not {expected['body']!r}")
        if "state" in step:
            after = _snapshot(http)
            problems = [p for table in compared for p in state_problems(
                table, (step["state"] or {}).get(table, {}), before[table], after[table])]
            assert not problems, f"step {number}: " + json.dumps(problems, indent=1)
        if case.refers_to_earlier_steps and number < len(case.steps):
            time.sleep(1.0 - time.time() % 1.0)  # the recording's steps fell in later seconds


def _snapshot(http: Any) -> dict[str, list[dict[str, Any]]]:
    # Only the modelled columns: requests never change the columns merely kept.
    state: dict[str, list[dict[str, Any]]] = http.get(
        "/emulator/state", params={"kept": "false"}).json()
    return state


def _send(http: Any, request: dict[str, Any]) -> Any:
    path = str(request["path"]) + (f"?{request['query']}" if request.get("query") else "")
    body = request.get("body")
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
    # Built as a whole URL so that `//agc/api.php` reaches the server as it was sent.
    url = str(http.base_url).rstrip("/") + path
    return http.request(str(request["method"]), url,
                        content=str(body).encode() if body is not None else None,
                        headers=headers)
