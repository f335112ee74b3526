"""Four workers on one database under 1,000 concurrent mixed requests, and a restart.

The emulator runs as `vicidial-emu serve --workers 4` in a subprocess on the
suite's database (`make test-mariadb`, `make test-postgres`; SQLite under
`make test`). A bounded client loop on the loopback sends the requests, a
fixed number at a time, then the tables are checked row by row.
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.backends import backend_name, database_url
from tests.support.recorded import fixture_tables
from tests.support.server import free_port, migrated_database

pytestmark = pytest.mark.slow

WORKERS = 4
REQUESTS = 1000
AT_ONCE = 50
MOVES = 100
LOCK_AFTER_FAILURES = 10
API_USER = {"user": "6666", "pass": "1234"}
MESSAGE_AGENTS = ("1000", "1003", "1005", "1008")
PAUSE_AGENTS = ("1001", "1002", "1004", "1006")
STATUS_AGENTS = ("1007", "1009")
# Bad logins per user: under, across and far past the lockout threshold.
BAD_LOGINS = {"6667": 9, "6668": 16, "6669": 125, "nosuchuser": 50}
MIX = {"vm_message": 300, "external_pause": 200, "external_status": 150,
       "bad_login": sum(BAD_LOGINS.values()), "unknown_function": 150}
VM_ANSWER = re.compile(r"SUCCESS: vm_message function set - (\d+)\|(\d+)\|(m\d+)\|\n")


@dataclass
class Sent:
    """One request of the run and what came back."""

    source: str
    kind: str
    params: dict[str, str]
    status: int | None = None
    body: str = ""
    failure: str = ""


# -- the emulator in a subprocess -------------------------------------------------

@pytest.fixture
def load_database(server_url: str, tmp_path: Path) -> str:
    """The suite's database (its schema built by the session server); SQLite: a new file."""
    url = database_url(tmp_path / "load.sqlite3")
    migrated_database(url).dispose()
    return url


@contextmanager
def emulator(url: str, port: int, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`vicidial-emu serve --workers 4` on the port, stopped (its whole group) at the end."""
    env = os.environ | {"VICIEMU_SCREEN_POLL_MS": "200", "VICIEMU_LOG_LEVEL": "WARNING"}
    command = [sys.executable, "-m", "app.cli", "serve", "--workers", str(WORKERS),
               "--host", "127.0.0.1", "--port", str(port), "--database-url", url,
               "--scenario", "none"]
    with log.open("ab") as output:
        process = subprocess.Popen(command, env=env, stdout=output, stderr=output,
                                   start_new_session=True)
    try:
        _wait_until_answering(port, process, log)
        yield process
    finally:
        stop(process)


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # workers left behind by a killed master


def _wait_until_answering(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the emulator exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/emulator/tables", timeout=2).is_success:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the emulator did not answer within 90 s: {log.read_text()[-2000:]}")


# -- the requests -----------------------------------------------------------------

def planned_requests(seed: int) -> list[Sent]:
    """The mixed requests, each with its own `source` so its log row can be found."""
    kinds = [kind for kind, count in MIX.items() for _ in range(count)]
    bad_users = [user for user, count in BAD_LOGINS.items() for _ in range(count)]
    picker = random.Random(seed)
    picker.shuffle(kinds)
    picker.shuffle(bad_users)
    plan = []
    for number, kind in enumerate(kinds):
        params = {"source": f"load{number:05d}", "function": kind, **API_USER}
        if kind == "vm_message":
            params |= {"agent_user": picker.choice(MESSAGE_AGENTS), "value": f"m{number}"}
        elif kind == "external_pause":
            params |= {"agent_user": picker.choice(PAUSE_AGENTS),
                       "value": picker.choice(("PAUSE", "RESUME"))}
        elif kind == "external_status":
            params |= {"agent_user": picker.choice(STATUS_AGENTS), "value": "A"}
        elif kind == "bad_login":
            params |= {"function": "external_pause", "agent_user": "1001", "value": "PAUSE",
                       "user": bad_users.pop(), "pass": "wrong"}
        else:
            params["function"] = f"no_such_function_{number % 7}"
        plan.append(Sent(params["source"], kind, params))
    return plan


async def _send_all(base: str, plan: list[Sent], at_once: int,
                    moves: int = 0, on_answer: Any = None) -> float:
    """Send the plan, `at_once` in flight at most; meanwhile move agent 1000 between leads."""
    gate = asyncio.Semaphore(at_once)
    # A connection per request, as a CRM's curl makes: no race with the server closing
    # an idle kept-alive connection just as it is reused.
    limits = httpx.Limits(max_connections=at_once + 1, max_keepalive_connections=0)
    started = time.monotonic()
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:

        async def one(request: Sent) -> None:
            async with gate:
                try:
                    answer = await client.get("/agc/api.php", params=request.params)
                    request.status, request.body = answer.status_code, answer.text
                except httpx.HTTPError as failure:
                    request.failure = type(failure).__name__
            if on_answer is not None:
                await on_answer(request)

        async def mover() -> None:
            for number in range(moves):
                await client.post("/emulator/agents/1000/call",
                                  json={"lead_id": 12346 if number % 2 == 0 else 12345})

        await asyncio.gather(mover(), *(one(request) for request in plan))
    return time.monotonic() - started


def reset(base: str) -> None:
    answer = httpx.post(f"{base}/emulator/reset", timeout=60, json={
        "format": "vicidial-tables", "tables": fixture_tables("base", None)})
    assert answer.status_code == 200, answer.text


def table(base: str, name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = httpx.get(f"{base}/emulator/tables/{name}", timeout=60).json()
    return rows


# -- what must hold afterwards ------------------------------------------------------

def after_bad_logins(count: int, failures: int) -> tuple[int, int]:
    """(failed_login_count, refusals answered LOCK) after `failures` bad passwords, from a
    count of `count` and a last login long ago: ten failures lock for fifteen minutes; the
    failure after ten, once the lock has run out, starts a new count and a new window."""
    locks, window_open = 0, False
    for _ in range(failures):
        if count < LOCK_AFTER_FAILURES:
            count += 1
        elif not window_open:
            count, window_open = 1, True
        else:
            locks += 1
    return count, locks


def check_log_rows(sent: list[Sent], log: list[dict[str, Any]], urls: list[dict[str, Any]],
                   maybe: frozenset[str] = frozenset()) -> int:
    """Exactly one API log row (and one URL row) per answered request; unknown functions
    none; a request whose answer was lost (`maybe`) at most one."""
    rows = Counter(row["source"] for row in log)
    for request in sent:
        if request.source in maybe:
            assert rows[request.source] <= 1, request
        elif request.kind == "unknown_function":
            assert rows[request.source] == 0, request
        else:
            assert rows[request.source] == 1, request
    assert sum(rows.values()) == len(log)
    assert sorted(r["api_id"] for r in urls) == sorted(r["api_id"] for r in log)
    return len(log) + len(urls)


def check_lead_messages(sent: list[Sent], messages: list[dict[str, Any]],
                        maybe: frozenset[str] = frozenset()) -> int:
    """Every stored message is on the lead the answer named: the agent's lead at that moment."""
    answered = {}
    for request in sent:
        found = VM_ANSWER.fullmatch(request.body) if request.kind == "vm_message" else None
        if found:
            assert found.group(1) == request.params["agent_user"]
            answered[found.group(3)] = int(found.group(2))
    stored = {row["message_entry"]: int(row["lead_id"]) for row in messages}
    assert len(stored) == len(messages), "a message was stored twice"
    lost = {s.params["value"] for s in sent if s.source in maybe and s.kind == "vm_message"}
    assert {k: v for k, v in stored.items() if k not in lost} == answered
    return len(messages)


def check_login_counters(sent: list[Sent], before: dict[str, dict[str, Any]],
                         after: dict[str, dict[str, Any]]) -> int:
    answers = Counter((s.params["user"], "|LOCK|" in s.body) for s in sent
                      if s.kind == "bad_login")
    for user, failures in BAD_LOGINS.items():
        if user not in before:
            assert user not in after
            continue
        old, new = before[user], after[user]
        count, locks = after_bad_logins(int(old["failed_login_count"] or 0), failures)
        assert int(new["failed_login_count"]) == count, user
        assert answers[(user, True)] == locks, user
        assert int(new["failed_login_attempts_today"]) == \
            int(old["failed_login_attempts_today"] or 0) + failures, user
        assert int(new["failed_login_count_today"]) == \
            int(old["failed_login_count_today"] or 0) + failures - locks, user
    return len(BAD_LOGINS)


def users_by_name(base: str) -> dict[str, dict[str, Any]]:
    return {row["user"]: row for row in table(base, "vicidial_users")}


def report(capsys: pytest.CaptureFixture[str], text: str) -> None:
    with capsys.disabled():
        print(f"\n{text}")


# -- the tests ----------------------------------------------------------------------------

def test_a_thousand_concurrent_mixed_requests_on_four_workers_lose_nothing(
        load_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with emulator(load_database, port, tmp_path / "emulator.log"):
        reset(base)
        before = users_by_name(base)
        plan = planned_requests(seed=7)
        seconds = asyncio.run(_send_all(base, plan, AT_ONCE, moves=MOVES))
        log, urls = table(base, "vicidial_api_log"), table(base, "vicidial_api_urls")
        messages = table(base, "vicidial_lead_messages")
        after = users_by_name(base)

    errors = [s for s in plan if s.failure or (s.status or 0) >= 500]
    assert not errors, (errors[:5], (tmp_path / "emulator.log").read_text()[-3000:])
    checked = check_log_rows(plan, log, urls) + check_lead_messages(plan, messages)
    checked += check_login_counters(plan, before, after)
    answered_leads = Counter(int(m["lead_id"]) for m in messages)
    assert set(answered_leads) <= {12345, 12346, 12347, 12348, 12349}
    report(capsys, f"load on {backend_name()}: {len(plan)} requests ({AT_ONCE} at a time, "
                   f"{WORKERS} workers, {MOVES} lead changes alongside) in {seconds:.1f} s, "
                   f"{len(errors)} errors, {checked} rows checked")


def test_a_restart_in_the_middle_of_a_run_keeps_every_committed_write(
        load_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    plan = [s for s in planned_requests(seed=11) if s.kind != "bad_login"][:400]
    first, second = plan[:200], plan[200:]
    log_file = tmp_path / "emulator.log"
    killed = asyncio.Event()

    with emulator(load_database, port, log_file) as process:
        reset(base)
        answered = 0

        async def kill_midway(_request: Sent) -> None:
            nonlocal answered
            answered += 1
            if answered == 120 and not killed.is_set():
                killed.set()
                stop(process, signal.SIGKILL)  # no shutdown: in-flight requests just die

        asyncio.run(_send_all(base, first, 20, on_answer=kill_midway))
    with emulator(load_database, port, log_file):
        asyncio.run(_send_all(base, second, 20))
        log, urls = table(base, "vicidial_api_log"), table(base, "vicidial_api_urls")
        messages = table(base, "vicidial_lead_messages")

    assert killed.is_set()
    lost = frozenset(s.source for s in first if s.failure)
    assert all(s.status is not None and s.status < 500 for s in second), "after the restart"
    assert all(s.failure or (s.status or 0) < 500 for s in first)
    checked = check_log_rows(plan, log, urls, maybe=lost)
    checked += check_lead_messages(plan, messages, maybe=lost)
    report(capsys, f"restart on {backend_name()}: {len(plan)} requests, the server killed "
                   f"after 120 answers and started again ({len(lost)} requests unanswered "
                   f"meanwhile), {checked} rows checked, every answered write kept")
