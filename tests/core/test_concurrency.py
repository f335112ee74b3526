"""Concurrent requests never lose, duplicate or misplace a write."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.support.recorded import fixture_tables

SENDS = 120
MOVES = 60


def test_vm_message_racing_a_change_of_lead_stores_each_message_on_the_lead_it_names(
        http: httpx.Client, server_url: str) -> None:
    http.post("/emulator/reset", json={"format": "vicidial-tables",
                                       "tables": fixture_tables("base", None)})
    stop = threading.Event()

    def move_between_leads() -> None:
        with httpx.Client(base_url=server_url, timeout=30) as mover:
            for n in range(MOVES):
                if stop.is_set():
                    return
                lead = 12345 if n % 2 else 12346
                mover.post("/emulator/agents/1000/call", json={"lead_id": lead})

    def send(n: int) -> str:
        with httpx.Client(base_url=server_url, timeout=30) as sender:
            return sender.get("/agc/api.php", params={
                "source": "race", "user": "6666", "pass": "1234", "agent_user": "1000",
                "function": "vm_message", "value": f"msg{n}"}).text

    mover = threading.Thread(target=move_between_leads)
    mover.start()
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(send, range(SENDS)))
    stop.set()
    mover.join()

    answered = {}
    for answer in answers:
        found = re.fullmatch(r"SUCCESS: vm_message function set - 1000\|(\d+)\|(msg\d+)\|\n",
                             answer)
        assert found, answer
        answered[found.group(2)] = int(found.group(1))
    stored = [(m["message_entry"], m["lead_id"])
              for lead in (12345, 12346)
              for m in http.get(f"/emulator/leads/{lead}/messages").json()]
    assert sorted(stored) == sorted(answered.items())
    assert len(http.get("/emulator/api-log", params={"limit": 1000}).json()) == SENDS
