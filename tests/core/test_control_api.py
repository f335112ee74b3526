"""The control API: bad input gets a 4xx that names the field, and changes nothing."""

from __future__ import annotations

import httpx
import pytest

from app.settings import DEMO_SCENARIO
from tests.support.recorded import fixture_tables
from tests.support.server import live_server


@pytest.fixture
def demo(http: httpx.Client) -> httpx.Client:
    answer = http.post("/emulator/reset", content=DEMO_SCENARIO.read_bytes())
    assert answer.status_code == 200, answer.text
    return http


def test_reset_with_vicidial_tables_reports_unmodelled_tables_and_kept_columns(
        http: httpx.Client) -> None:
    tables = fixture_tables("base", None) | {"vicidial_not_emulated": [{"a": 1}]}

    answer = http.post("/emulator/reset", json={"format": "vicidial-tables", "tables": tables})

    body = answer.json()
    assert answer.status_code == 200
    assert body["rows"]["vicidial_users"] == 21
    assert "vicidial_not_emulated" in body["ignored_tables"]
    assert "qc_enabled" in body["kept_columns"]["vicidial_users"]


def test_kept_columns_come_back_as_they_were_given(http: httpx.Client) -> None:
    http.post("/emulator/reset", json={"format": "vicidial-tables",
                                       "tables": fixture_tables("base", None)})

    users = http.get("/emulator/tables/vicidial_users").json()

    assert next(u for u in users if u["user"] == "6666")["qc_enabled"] == "0"


def test_malformed_json_is_refused_and_the_old_state_stays(demo: httpx.Client) -> None:
    answer = demo.post("/emulator/reset", content=b'{"format": "vicidial-tables", "tables": [')

    assert answer.status_code == 422
    assert answer.json()["error"]
    assert demo.get("/emulator/agents/1000").status_code == 200


def test_scenario_referring_to_a_missing_campaign_names_the_field(demo: httpx.Client) -> None:
    scenario = {"format": "vicidial-emu/1", "tables": {
        "users": [{"user": "1000", "pass": "x"}],
        "agent_session": [{"user": "1000", "campaign_id": "NOSUCH"}]}}

    answer = demo.post("/emulator/reset", json=scenario)

    assert answer.status_code == 422
    assert answer.json()["field"] == "body.tables.agent_session[0].campaign_id"
    assert "campaigns" in answer.json()["expected"]
    assert demo.get("/emulator/agents/1000").json()["campaign_id"] == "TESTCAMP"


def test_scenario_value_of_the_wrong_type_names_the_field(demo: httpx.Client) -> None:
    scenario = {"format": "vicidial-emu/1", "tables": {"leads": [{"lead_id": "twelve"}]}}

    answer = demo.post("/emulator/reset", json=scenario)

    assert answer.status_code == 422
    assert answer.json()["field"] == "body.tables.leads[0].lead_id"
    assert "whole number" in answer.json()["expected"]


def test_scenario_unknown_table_and_unknown_column_are_refused(demo: httpx.Client) -> None:
    unknown_table = demo.post("/emulator/reset",
                              json={"format": "vicidial-emu/1", "tables": {"nosuch": []}})
    unknown_column = demo.post("/emulator/reset", json={
        "format": "vicidial-emu/1", "tables": {"leads": [{"lead_id": 1, "colour": "red"}]}})

    assert unknown_table.json()["field"] == "body.tables.nosuch"
    assert unknown_column.json()["field"] == "body.tables.leads[0].colour"


def test_snapshot_rows_that_are_not_mappings_are_refused(demo: httpx.Client) -> None:
    answer = demo.post("/emulator/reset", json={"format": "vicidial-tables",
                                                "tables": {"vicidial_users": [1, 2]}})

    assert answer.status_code == 422
    assert answer.json()["field"] == "tables.vicidial_users"


def test_unknown_agent_on_the_vm_button_is_a_404(demo: httpx.Client) -> None:
    answer = demo.post("/emulator/agents/9999/vm-button")

    assert answer.status_code == 404
    assert answer.json()["field"] == "agent_user"


def test_vm_button_of_an_agent_without_a_call_is_a_409(demo: httpx.Client) -> None:
    answer = demo.post("/emulator/agents/1001/vm-button")

    assert answer.status_code == 409


def test_voicemail_drop_needs_an_8320_extension(demo: httpx.Client) -> None:
    answer = demo.post("/emulator/voicemail-drop", json={"extension": "9999"})

    assert answer.status_code == 422
    assert answer.json()["field"] == "body.extension"


def test_unknown_table_reads_as_404(demo: httpx.Client) -> None:
    assert demo.get("/emulator/tables/vicidial_nosuch").status_code == 404


def test_login_then_call_puts_the_lead_on_the_screen(demo: httpx.Client) -> None:
    login = demo.post("/emulator/agents/1010/login", json={"campaign_id": "TESTCAMP"})
    call = demo.post("/emulator/agents/1010/call", json={"lead_id": 12346})

    session = demo.get("/emulator/agents/1010").json()
    assert login.status_code == 200 and call.status_code == 200
    assert (session["status"], session["lead_id"]) == ("INCALL", 12346)
    assert len(session["callerid"]) == 20 and session["callerid"].endswith("000012346")
    answer = demo.get("/agc/api.php?source=test&user=6666&pass=1234&agent_user=1010"
                      "&function=vm_message&value=hello")
    assert answer.text == "SUCCESS: vm_message function set - 1010|12346|hello|\n"


def test_login_to_a_missing_campaign_is_refused(demo: httpx.Client) -> None:
    answer = demo.post("/emulator/agents/1010/login", json={"campaign_id": "NOSUCH"})

    assert answer.status_code == 422
    assert answer.json()["field"] == "campaign_id"


def test_control_token_is_required_when_set_and_the_agent_api_stays_open(
        tmp_path: object) -> None:
    with live_server(tmp_path / "token.sqlite3", control_token="s3cret") as url:  # type: ignore[operator]
        without = httpx.get(f"{url}/emulator/tables")
        with_token = httpx.get(f"{url}/emulator/tables", headers={"X-Emulator-Token": "s3cret"})
        bearer = httpx.get(f"{url}/emulator/tables", headers={"Authorization": "Bearer s3cret"})
        api = httpx.get(f"{url}/agc/api.php?function=version")

    assert without.status_code == 401
    assert without.json()["field"] == "X-Emulator-Token"
    assert with_token.status_code == 200 and bearer.status_code == 200
    assert api.text.startswith("VERSION: 2.14-82|BUILD: 250122-1010|")
