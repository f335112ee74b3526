"""What the sandbox remembers between pages: voicemail decisions and console results.

The control API answers a VM press once and keeps no record of the decision, so the
sandbox notes each one it asked for (and each console request) in the application
object, newest first and a bounded number of them. The notes belong to one server
process: with several workers, each page shows the presses made through it.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from fastapi import FastAPI

KEPT = 30

RULE_NAMES = {
    "caller_code": "the call's caller code",
    "caller_code_lead": "the lead in the caller code",
    "live_call": "the live call",
    "answered_status": "the answered statuses",
    "call_log": "the call log",
    "campaign_message": "the campaign's Answering Machine Message",
    "list_override": "the list's override message",
    "agent_pick": "the agent's VM Message Group pick",
    "daily_limit": "the Voicemail Message Daily Limit",
    "empty_message": "an empty message",
    "message_status": "the message statuses and counts",
    "lead_message": "the lead's vm_message text (LTT prefix)",
    "no_lead_message": "no vm_message text stored for the lead",
    "prefix": "the message's prefix (TTS, STC, DYN, FHG)",
    "tts_prompt": "the text-to-speech prompt",
    "dynamic_file": "the dynamic file name",
    "file_http_get": "the file fetched over HTTP",
    "settings_container": "the settings container",
    "wildcards": "the AM Message Wildcards",
    "wildcard": "an AM Message Wildcard",
    "wildcard_error": "a broken AM Message Wildcard",
    "play": "playing the message",
    "wait_for_silence": "waiting for silence",
    "survey_recording": "the survey recording",
    "status_updates": "the status updates",
    "noaudiodata_hangup": "the hang-up when no audio data came",
    "local_channel": "the local channel",
    "agent_route": "the agent route",
    "call_quota": "the call quota",
}


def rule_name(rule: str) -> str:
    return RULE_NAMES.get(rule, rule.replace("_", " "))


@dataclass
class Decision:
    number: int
    at: str
    agent: str
    lead_id: Any
    pick: str | None
    choices: list[dict[str, Any]] | None
    answer: dict[str, Any] | None

    @property
    def outcome(self) -> str:
        """What the answering machine hears, in one sentence."""
        if self.answer is None:
            return "The VM Message Group offers a choice: pick a message to drop it."
        if self.answer.get("transfer_to"):
            return f"The call is sent on to {self.answer['transfer_to']}."
        plays = self.answer.get("plays") or []
        if plays:
            return "The machine hears " + ", then ".join(plays) + "."
        return "The call hangs up: nothing plays."

    @property
    def chosen_by(self) -> str:
        return rule_name(str((self.answer or {}).get("decided_by", "")))


@dataclass
class Change:
    table: str
    kind: str  # added, removed or changed
    key: str
    columns: dict[str, tuple[Any, Any]]


@dataclass
class ConsoleResult:
    number: int
    at: str
    function: str
    url: str
    curl: str
    status: int
    content_type: str
    body: str
    changes: list[Change]
    given: dict[str, str] = field(default_factory=dict)  # the form, to show it again


@dataclass
class Notebook:
    decisions: deque[Decision] = field(default_factory=lambda: deque(maxlen=KEPT))
    results: deque[ConsoleResult] = field(default_factory=lambda: deque(maxlen=KEPT))
    scenario: str | None = None
    vm_numbers: count[int] = field(default_factory=lambda: count(1))
    request_numbers: count[int] = field(default_factory=lambda: count(1))

    def result(self, number: int | None) -> ConsoleResult | None:
        for found in self.results:
            if number is None or found.number == number:
                return found
        return None

    def choices_for(self, agent: str) -> Decision | None:
        """The agent's newest press, when it offered a choice still to be made."""
        for decision in self.decisions:
            if decision.agent == agent:
                return decision if decision.answer is None else None
        return None


def notebook(app: FastAPI) -> Notebook:
    found = getattr(app.state, "sandbox_notebook", None)
    if not isinstance(found, Notebook):
        found = Notebook()
        app.state.sandbox_notebook = found
    return found


def table_changes(before: dict[str, list[dict[str, Any]]],
                  after: dict[str, list[dict[str, Any]]]) -> list[Change]:
    """Rows added, removed and changed between two dumps, keyed by each row's first column."""
    changes: list[Change] = []
    for table in sorted(set(before) | set(after)):
        old = _keyed(before.get(table, []))
        new = _keyed(after.get(table, []))
        for key in new.keys() - old.keys():
            changes.append(Change(table, "added", key, {c: (None, v) for c, v in
                                                         new[key].items() if v not in ("", None)}))
        for key in old.keys() - new.keys():
            changes.append(Change(table, "removed", key, {}))
        for key in old.keys() & new.keys():
            differ = {c: (old[key].get(c), v) for c, v in new[key].items()
                      if old[key].get(c) != v}
            if differ:
                changes.append(Change(table, "changed", key, differ))
    return changes


def _keyed(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    keyed = {}
    for n, row in enumerate(rows):
        first = next(iter(row), None)
        keyed[f"{first}={row[first]}" if first else f"row {n}"] = row
    return keyed
