"""GET /emulator/export: the state as a scenario that POST /emulator/reset accepts back."""

from __future__ import annotations

import httpx
import yaml

from app.scenario import parse_scenario
from app.settings import DEMO_SCENARIO
from tests.support.recorded import fixture_tables


def state_without_screens(http: httpx.Client) -> dict[str, object]:
    # The simulated screens' history (what they saw and did) is not exported.
    state = http.get("/emulator/state").json()
    return {table: rows for table, rows in state.items() if table != "emulator_agent_screens"}


def test_export_after_requests_loads_back_to_the_same_state(http: httpx.Client) -> None:
    # Manual screens: the demo's poll loop would otherwise act between the two snapshots.
    demo = yaml.safe_load(DEMO_SCENARIO.read_text()) | {"screen_mode": "manual"}
    http.post("/emulator/reset", json=demo)
    http.get("/agc/api.php", params={"source": "crm", "user": "6666", "pass": "1234",
                                     "agent_user": "1000", "function": "vm_message",
                                     "value": "EXship01|EXship02"})
    before = state_without_screens(http)

    exported = http.get("/emulator/export").json()
    assert http.post("/emulator/reset", json=exported).status_code == 200

    assert exported["format"] == "vicidial-emu/1"
    assert "vicidial_lead_messages" not in exported["tables"]  # keyed by the domain's names
    assert exported["tables"]["lead_messages"][0]["message_entry"] == "EXship01|EXship02"
    assert state_without_screens(http) == before


def test_export_leaves_out_defaults_and_is_a_valid_scenario(http: httpx.Client) -> None:
    http.post("/emulator/reset", content=DEMO_SCENARIO.read_bytes())

    exported = yaml.safe_load(http.get("/emulator/export", params={"output": "yaml"}).text)

    campaign = exported["tables"]["campaigns"][0]
    assert "dial_timeout" not in campaign or campaign["dial_timeout"] != 60
    assert parse_scenario(exported).name == "exported"
    assert exported["screen_mode"] == "poll"


def test_kept_columns_are_named_in_the_description_or_exported_as_a_snapshot(
        http: httpx.Client) -> None:
    http.post("/emulator/reset", json={"format": "vicidial-tables",
                                       "tables": fixture_tables("base", None)})

    scenario = http.get("/emulator/export").json()
    snapshot = http.get("/emulator/export", params={"format": "vicidial-tables"}).json()

    assert "qc_enabled" in scenario["description"]
    users = snapshot["tables"]["vicidial_users"]
    assert next(u for u in users if u["user"] == "6666")["qc_enabled"] == "0"
    assert http.post("/emulator/reset", json=snapshot).status_code == 200
