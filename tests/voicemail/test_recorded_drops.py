"""The voicemail drop against every outcome recorded from the real VD_amd.agi."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.clock import FrozenClock
from app.state.db import Database
from app.state.models import Base
from app.state.tables import load_tables, read_table
from app.voicemail.drop import DropCall, DropDecision, voicemail_drop
from tests.voicemail.vm_cases import file_pattern, load_cases, localize, patched_tables

CASES = load_cases()
SOUNDS = "/var/lib/asterisk/sounds"
LOAD_TIME = "2026-12-01 00:00:00"
MOMENT = dt.datetime(2026, 12, 3, 18, 47, 20)


def run_case(case: dict[str, Any]) -> tuple[DropDecision, Database, dict[str, Any]]:
    """Load the case's tables, run its call; the database and the localized case."""
    clock = FrozenClock(MOMENT)
    case = localize(case, MOMENT.date())
    db = Database("sqlite://", clock)
    Base.metadata.create_all(db.engine)
    with db.transaction() as session:
        load_tables(session, patched_tables(case["fixture"], case["fixture_patch"]),
                    LOAD_TIME)
    with db.transaction() as session:
        decision = voicemail_drop(session, DropCall(**case["call"]), clock, SOUNDS)
    return decision, db, case


def rows(db: Database, table: str) -> list[dict[str, Any]]:
    with db.transaction() as session:
        return read_table(session, table) or []


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_recorded_drop(case: dict[str, Any]) -> None:
    decision, db, case = run_case(case)
    outcome = case["outcome"]

    assert_plays(decision.plays, outcome["played"] or [])
    assert decision.hangup == outcome["hangup_without_message"]
    if outcome["transfer_to"]:
        assert outcome["transfer_to"] in str(decision.transfer_to)
    else:
        assert decision.transfer_to is None
    assert decision.exec_commands == outcome["exec_commands"]
    assert decision.silence_padding_streams == outcome["silence_padding_streams"]

    assert_lead_statuses(db, case)
    assert_lead_messages(db, outcome["lead_messages_played_after"])
    assert daily_counts(db) == outcome["vmm_counts_after"]
    assert_call_log(db, outcome["vicidial_log_after"])


def assert_plays(plays: list[str], expected: list[str]) -> None:
    assert len(plays) == len(expected), f"{plays} != {expected}"
    for played, wanted in zip(plays, expected, strict=True):
        assert file_pattern(wanted, SOUNDS).fullmatch(played), f"{played} != {wanted}"


def assert_lead_statuses(db: Database, case: dict[str, Any]) -> None:
    """Listed leads end in their new status; every other lead keeps its own."""
    before = patched_tables(case["fixture"], case["fixture_patch"])["vicidial_list"]
    expected = {int(lead): change["after"]
                for lead, change in case["outcome"]["lead_status_changes"].items()}
    expected = {row["lead_id"]: expected.get(row["lead_id"], row["status"]) for row in before}
    after = {row["lead_id"]: row["status"] for row in rows(db, "vicidial_list")}
    assert after == expected


def assert_lead_messages(db: Database, expected: list[dict[str, Any]]) -> None:
    messages = rows(db, "vicidial_lead_messages")
    for wanted in expected:
        found = [m for m in messages if m["lead_id"] == wanted["lead_id"]
                 and m["call_date"] == wanted["call_date"]]
        assert [m["played"] for m in found] == [wanted["played"]]


def daily_counts(db: Database) -> dict[str, dict[str, int]]:
    return {f"{row['lead_id']}|{row['call_date']}":
            {"vmm_count": row["vmm_count"], "vmm_played": row["vmm_played"]}
            for row in rows(db, "vicidial_vmm_counts")}


def assert_call_log(db: Database, expected: list[dict[str, Any]]) -> None:
    log = {row["uniqueid"]: row for row in rows(db, "vicidial_log")}
    assert sorted(log) == sorted(row["uniqueid"] for row in expected)
    for wanted in expected:
        got = log[wanted["uniqueid"]]
        assert {name: got[name] for name in wanted} == wanted


def test_decision_answers_as_json() -> None:
    """The JSON form carries every field and explains each rule in one sentence."""
    decision, _, _ = run_case(next(c for c in CASES if c["id"] == "vm/camp_pipe2"))
    answer = decision.as_json()

    assert answer["plays"] == ["file1", "file2"]
    assert answer["decided_by"] == "campaign_message"
    assert set(answer) == {"plays", "hangup", "transfer_to", "decided_by", "steps",
                           "exec_commands", "silence_padding_streams"}
    assert all(set(step) == {"rule", "applied", "why"} for step in answer["steps"])
    assert all(step["why"].endswith(".") for step in answer["steps"])
