"""The Agent API and the Non-Agent API on one server share one state.

The server runs with the agent screens in manual mode: no simulated browser
acts on the flags the Agent API sets, which is what a real server shows when
no agent screen is open.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.recorded import fixture_tables
from tests.support.server import live_server

AGENT_API = "/agc/api.php?source=test&user=6666&pass=1234"
NON_AGENT_API = "/vicidial/non_agent_api.php?source=test&user=6666&pass=1234"
LEAD_ALL_COLUMNS = (
    "status", "user", "vendor_lead_code", "source_id", "list_id", "gmt_offset_now",
    "phone_code", "phone_number", "title", "first_name", "middle_initial", "last_name",
    "address1", "address2", "address3", "city", "state", "province", "postal_code",
    "country_code", "gender", "date_of_birth", "alt_phone", "email", "security_phrase",
    "comments", "called_count", "last_local_call_time", "rank", "owner", "entry_list_id",
    "lead_id",
)


@pytest.fixture(scope="module")
def screenless(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    database: Path = tmp_path_factory.mktemp("screenless") / "emulator.sqlite3"
    with live_server(database, screen_mode="manual") as url:
        yield url


@pytest.fixture
def client(screenless: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=screenless, timeout=30) as http:
        answer = http.post("/emulator/reset", json={"format": "vicidial-tables",
                                                    "tables": fixture_tables("base", None)})
        assert answer.status_code == 200, answer.text
        yield http


def _fixture_lead(lead_id: int) -> dict[str, Any]:
    return next(row for row in fixture_tables("base", None)["vicidial_list"]
                if row["lead_id"] == lead_id)


def test_vm_message_then_lead_all_info_shows_the_lead(client: httpx.Client) -> None:
    stored = client.get(f"{AGENT_API}&function=vm_message&agent_user=1000&value=callback_soon")
    assert stored.text == "SUCCESS: vm_message function set - 1000|12345|callback_soon|\n"

    lead = _fixture_lead(12345)
    expected = "|".join("" if lead[c] is None else str(lead[c]) for c in LEAD_ALL_COLUMNS)
    answer = client.get(f"{NON_AGENT_API}&function=lead_all_info&lead_id=12345")
    assert answer.text == expected + "\n"
    messages = client.get("/emulator/tables/vicidial_lead_messages").json()
    assert [(m["lead_id"], m["message_entry"]) for m in messages] == [(12345, "callback_soon")]


def test_external_pause_sets_the_flag_but_agent_status_is_unchanged(
        client: httpx.Client) -> None:
    paused = client.get(f"{AGENT_API}&function=external_pause&agent_user=1004&value=PAUSE")
    assert paused.text.startswith("SUCCESS: external_pause function set - PAUSE|")
    epoch = paused.text.split("|")[1]

    # Only the agent's screen turns the flag into a pause; with none open the status stays.
    answer = client.get(f"{NON_AGENT_API}&function=agent_status&agent_user=1004")
    assert answer.text == "READY||0|QUEUECMP|0|Agent Five|AGENTS|1|||||8600055\n"
    agents = client.get("/emulator/tables/vicidial_live_agents").json()
    flag = next(a["external_pause"] for a in agents if a["user"] == "1004")
    assert flag == f"PAUSE!{epoch}"



def _reset_with_screens(http: httpx.Client, mode: str) -> None:
    answer = http.post("/emulator/reset", json={
        "format": "vicidial-tables", "screen_mode": mode,
        "tables": fixture_tables("base", None)})
    assert answer.status_code == 200, answer.text


def _agent_status(http: httpx.Client, agent: str) -> str:
    return http.get(f"{NON_AGENT_API}&function=agent_status&agent_user={agent}").text


@pytest.mark.parametrize("mode", ["instant", "poll", "manual"])
def test_external_pause_then_agent_status_in_each_screen_mode(
        client: httpx.Client, mode: str) -> None:
    _reset_with_screens(client, mode)
    client.put("/emulator/agents/1004/screen", json={"mode": mode})

    client.get(f"{AGENT_API}&function=external_pause&agent_user=1004&value=PAUSE")
    right_after = _agent_status(client, "1004")
    if mode == "poll":
        # The poll loop acts once the flag has waited the poll delay (1 s by default).
        deadline = time.monotonic() + 10
        while _agent_status(client, "1004").startswith("READY") and time.monotonic() < deadline:
            time.sleep(0.1)
    if mode == "manual":
        assert _agent_status(client, "1004").startswith("READY|")  # nobody acted yet
        client.post("/emulator/agents/1004/screen/tick")
    later = _agent_status(client, "1004")

    assert right_after.startswith("PAUSED|" if mode == "instant" else "READY|")
    assert later.startswith("PAUSED|"), later


def test_update_lead_then_update_fields_on_the_agents_screen(client: httpx.Client) -> None:
    _reset_with_screens(client, "instant")

    updated = client.get(f"{NON_AGENT_API}&function=update_lead&lead_id=12345"
                         "&first_name=Frank&search_method=LEAD_ID")
    assert updated.text.startswith("SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|12345|")
    answer = client.get(f"{AGENT_API}&function=update_fields&agent_user=1000&city=Boston")
    assert answer.text.startswith("SUCCESS: update_fields lead updated - 6666|1000|12345|1|")

    lead = next(r for r in client.get("/emulator/tables/vicidial_list").json()
                if r["lead_id"] == 12345)
    assert (lead["first_name"], lead["city"]) == ("Frank", "Boston")
    shown = client.get(f"{NON_AGENT_API}&function=lead_field_info&lead_id=12345"
                       "&field_name=first_name")
    assert shown.text == "Frank"
