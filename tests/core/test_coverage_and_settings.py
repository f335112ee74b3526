"""The coverage page follows the registry; settings change what they say they change."""

from __future__ import annotations

from pathlib import Path

import httpx

from app.agent_api.registry import AGENT_API_FUNCTIONS, load_handlers, registered
from app.coverage import coverage_markdown, coverage_rows
from app.settings import Settings
from tests.support.server import live_server

COVERAGE_FILE = Path(__file__).resolve().parents[2] / "docs" / "COVERAGE.md"


def test_docs_coverage_page_is_the_one_the_registry_generates() -> None:
    assert COVERAGE_FILE.read_text(encoding="utf-8") == coverage_markdown(), (
        "docs/COVERAGE.md is stale: run `make coverage-page`")


def test_coverage_lists_every_agent_api_function_once() -> None:
    names = [name for name, _, _ in coverage_rows()]

    assert len(names) == len(set(names))
    assert set(AGENT_API_FUNCTIONS) <= set(names)


def test_a_registered_function_is_listed_as_implemented() -> None:
    load_handlers()
    rows = {name: implemented for name, implemented, _ in coverage_rows()}

    assert all(rows[name] for name in registered())
    assert rows["vm_message"] and rows["version"]


def test_settings_read_the_viciemu_prefix(monkeypatch: object) -> None:
    monkeypatch.setenv("VICIEMU_PORT", "8123")  # type: ignore[attr-defined]
    monkeypatch.setenv("VICIEMU_CONTROL_TOKEN", "t")  # type: ignore[attr-defined]

    settings = Settings()

    assert (settings.port, settings.control_token, settings.host) == (8123, "t", "127.0.0.1")


def test_redacted_login_errors_leave_out_the_password_and_the_statement(
        tmp_path: Path) -> None:
    with live_server(tmp_path / "redact.sqlite3", redact_login_errors=True) as url:
        httpx.post(f"{url}/emulator/reset", content=(
            Path(__file__).resolve().parents[2] / "app/scenarios/demo.yaml").read_bytes())
        answer = httpx.get(f"{url}/agc/api.php?source=test&user=6666&pass=wrong"
                           "&function=external_hangup&agent_user=1000&value=1")
        log = httpx.get(f"{url}/emulator/api-log").json()

    assert answer.text == "ERROR: Invalid Username/Password: |6666||0|1|BAD|\n"
    assert log[0]["data"] == "6666||0|1|BAD|"


def test_unredacted_login_errors_echo_what_the_real_server_echoes(http: httpx.Client) -> None:
    http.post("/emulator/reset", content=(
        Path(__file__).resolve().parents[2] / "app/scenarios/demo.yaml").read_bytes())

    answer = http.get("/agc/api.php?source=test&user=6666&pass=wrong"
                      "&function=external_hangup&agent_user=1000&value=1")

    assert answer.text.startswith("ERROR: Invalid Username/Password: |6666|wrong|0|1|BAD|0|api|"
                                  "SELECT count(*) from vicidial_users where user='6666' and "
                                  "pass='wrong' and user_level > 0")
