"""The sandbox's routes without a browser: forms, downloads and the control token."""

from __future__ import annotations

from pathlib import Path

import httpx
import yaml

from app.settings import DEMO_SCENARIO
from tests.support.server import live_server


def test_a_locked_control_api_asks_for_its_token_then_works(tmp_path: Path) -> None:
    with live_server(tmp_path / "locked.sqlite3", control_token="s3cret") as url, \
            httpx.Client(base_url=url, follow_redirects=True) as browser:
        browser.post("/emulator/reset", content=DEMO_SCENARIO.read_bytes(),
                     headers={"X-Emulator-Token": "s3cret"})
        locked = browser.get("/sandbox/")
        browser.post("/sandbox/token", data={"token": "s3cret"})
        opened = browser.get("/sandbox/")

    assert locked.status_code == 401
    assert 'name="token"' in locked.text
    assert opened.status_code == 200
    assert "Agent 1000" in opened.text


def test_a_form_redirects_back_with_what_happened(http: httpx.Client) -> None:
    http.post("/emulator/reset", content=DEMO_SCENARIO.read_bytes())

    answer = http.post("/sandbox/agents/1001/buttons/resume")
    refused = http.post("/sandbox/agents/9999/call", data={"lead_id": "12346"})

    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/sandbox/?note=Agent+1001+pressed+resume")
    assert "problem=" in refused.headers["location"]
    assert "logged-in+agent" in refused.headers["location"]


def test_an_uploaded_scenario_resets_and_the_export_downloads(http: httpx.Client) -> None:
    uploaded = http.post("/sandbox/reset", files={
        "file": ("mine.yaml", DEMO_SCENARIO.read_bytes(), "application/yaml")})
    download = http.get("/sandbox/export?output=yaml")

    assert uploaded.status_code == 303
    assert "Loaded+%27demo%27" in uploaded.headers["location"]
    assert download.headers["content-disposition"] == (
        'attachment; filename="sandbox-export.yaml"')
    assert yaml.safe_load(download.text)["format"] == "vicidial-emu/1"


def test_the_console_shows_the_exact_url_the_answer_and_what_changed(
        http: httpx.Client) -> None:
    http.post("/emulator/reset", content=DEMO_SCENARIO.read_bytes())

    sent = http.post("/sandbox/console", data={
        "function": "external_pause", "source": "sandbox", "user": "6666", "pass": "1234",
        "agent_user": "1000", "p_value": "PAUSE"})
    page = http.get(sent.headers["location"]).text

    assert "source=sandbox&amp;user=6666&amp;pass=1234&amp;agent_user=1000" \
           "&amp;function=external_pause&amp;value=PAUSE" in page
    assert "SUCCESS: external_pause function set - PAUSE|" in page
    assert "vicidial_live_agents</a> changed" in page


def test_a_table_view_filters_rows_and_hides_empty_columns(http: httpx.Client) -> None:
    http.post("/emulator/reset", content=DEMO_SCENARIO.read_bytes())

    page = http.get("/sandbox/tables/vicidial_live_agents?user=1001").text

    assert "1 of 10 rows" in page
    assert ">external_pause<" not in page  # empty for every row shown
