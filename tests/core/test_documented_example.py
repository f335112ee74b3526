"""The product's promise: the documented example requests, then the VM button, on the demo."""

from __future__ import annotations

import time

import httpx
import pytest

from app.settings import DEMO_SCENARIO

EXAMPLE_1 = ("/agc/api.php?source=crm&user=6666&pass=1234&agent_user=1000&function=vm_message"
             "&value=EXship01|EXship02|EXship03")
EXAMPLE_2 = ("/agc/api.php?source=crm&user=6666&pass=1234&agent_user=1000&function=vm_message"
             "&lead_id=12345&value=appointment_reminder2")


@pytest.fixture
def demo(http: httpx.Client) -> httpx.Client:
    answer = http.post("/emulator/reset", content=DEMO_SCENARIO.read_bytes(),
                       headers={"Content-Type": "application/yaml"})
    assert answer.status_code == 200, answer.text
    return http


def test_first_documented_example_answers_the_agent_lead_and_files_with_a_trailing_pipe(
        demo: httpx.Client) -> None:
    answer = demo.get(EXAMPLE_1)

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    assert answer.headers["cache-control"] == "no-cache, must-revalidate"
    assert answer.headers["pragma"] == "no-cache"
    assert answer.content == (
        b"SUCCESS: vm_message function set - 1000|12345|EXship01|EXship02|EXship03|\n")


def test_second_documented_example_names_the_lead(demo: httpx.Client) -> None:
    answer = demo.get(EXAMPLE_2)

    assert answer.text == "SUCCESS: vm_message function set - 1000|12345|appointment_reminder2|\n"


def test_vm_button_after_the_first_example_plays_the_three_files_of_the_lead_message(
        demo: httpx.Client) -> None:
    demo.get(EXAMPLE_1)

    decision = demo.post("/emulator/agents/1000/vm-button").json()

    assert decision["decision"]["plays"] == ["EXship01", "EXship02", "EXship03"]
    assert decision["decision"]["hangup"] is False
    assert decision["decision"]["decided_by"] == "lead_message"
    campaign_step = next(s for s in decision["decision"]["steps"]
                         if s["rule"] == "campaign_message")
    assert "LTTagent" in campaign_step["why"]


def test_vm_button_plays_the_newest_stored_message(demo: httpx.Client) -> None:
    demo.get(EXAMPLE_1)
    # Newest is by call_date, to the second, as on the real server: step into the next one.
    time.sleep(1.05 - time.time() % 1.0)
    demo.get(EXAMPLE_2)

    decision = demo.post("/emulator/agents/1000/vm-button").json()["decision"]

    assert decision["plays"] == ["appointment_reminder2"]


def test_vm_message_writes_the_lead_message_row_and_one_api_log_row(demo: httpx.Client) -> None:
    demo.get(EXAMPLE_1)

    messages = demo.get("/emulator/leads/12345/messages").json()
    log = demo.get("/emulator/api-log").json()

    assert [(m["lead_id"], m["user"], m["played"], m["message_entry"]) for m in messages] == [
        (12345, "6666", 0, "EXship01|EXship02|EXship03")]
    assert len(log) == 1
    assert {k: log[0][k] for k in ("user", "agent_user", "function", "value", "result",
                                   "result_reason", "source", "data", "api_script")} == {
        "user": "6666", "agent_user": "1000", "function": "vm_message",
        "value": "EXship01|EXship02|EXship03", "result": "SUCCESS",
        "result_reason": "vm_message function set", "source": "crm",
        "data": "12345|EXship01|EXship02|EXship03", "api_script": "agent"}
