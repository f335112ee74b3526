"""The agent's VM button on agent 1000's live call to lead 12345 (vm-base fixture)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from app.clock import FrozenClock
from app.state.db import Database
from app.state.models import Base, LeadMessage
from app.state.tables import load_tables, read_table
from app.voicemail.button import ButtonAnswer, vm_button
from app.voicemail.errors import AgentNotFound, NoLiveCall
from tests.voicemail.vm_cases import patched_tables

MOMENT = dt.datetime(2026, 12, 3, 18, 47, 20)
Patch = dict[str, list[dict[str, Any]]]

GROUP: Patch = {
    "vicidial_campaigns": [{"where": {"campaign_id": "TESTCAMP"},
                            "set": {"leave_vm_message_group_id": "SHIPPING"}}],
    "leave_vm_message_groups": [{"leave_vm_message_group_id": "SHIPPING", "active": "Y"}],
    "leave_vm_message_groups_entries": [
        {"leave_vm_message_group_id": "SHIPPING", "audio_filename": "late_evening",
         "audio_name": "Evening", "rank": 2, "time_start": "1800", "time_end": "1900"},
        {"leave_vm_message_group_id": "SHIPPING", "audio_filename": "all_day",
         "audio_name": "All day", "rank": 1, "time_start": "0000", "time_end": "2400"},
        {"leave_vm_message_group_id": "SHIPPING", "audio_filename": "office_hours",
         "audio_name": "Office", "rank": 3, "time_start": "0900", "time_end": "1700"},
    ],
}
WILDCARD: Patch = {
    "vicidial_campaigns": [{"where": {"campaign_id": "TESTCAMP"},
                            "set": {"am_message_wildcards": "Y"}}],
    "vicidial_amm_multi": [{"campaign_id": "TESTCAMP", "active": "Y",
                            "amm_field": "vendor_lead_code", "amm_rank": 1,
                            "amm_wildcard": "VLC", "amm_filename": "wc_vendor"}],
}


def database(patch: Patch | None = None) -> Database:
    db = Database("sqlite://", FrozenClock(MOMENT))
    Base.metadata.create_all(db.engine)
    with db.transaction() as session:
        load_tables(session, patched_tables("vm-base", patch), "2026-12-01 00:00:00")
    return db


def press(db: Database, pick: str | None = None, agent: str = "1000") -> ButtonAnswer:
    with db.transaction() as session:
        return vm_button(session, agent, pick, db.clock)


def table(db: Database, name: str) -> list[dict[str, Any]]:
    with db.transaction() as session:
        return read_table(session, name) or []


def lead_status(db: Database, lead_id: int = 12345) -> str:
    return str(next(r["status"] for r in table(db, "vicidial_list")
                    if r["lead_id"] == lead_id))


def test_without_a_group_plays_the_stored_lead_message() -> None:
    db = database()
    with db.transaction() as session:
        session.add(LeadMessage(lead_id=12345, call_date="2026-12-03 18:40:00", user="6666",
                                played=0, message_entry="EXship01"))

    answer = press(db)

    assert answer.choices is None and answer.decision is not None
    assert answer.decision.plays == ["EXship01"]
    assert answer.decision.decided_by == "lead_message"
    assert lead_status(db) == "AL"
    assert [m["played"] for m in table(db, "vicidial_lead_messages")] == [2]


def test_with_a_group_answers_its_choices_and_drops_nothing() -> None:
    db = database(GROUP)

    answer = press(db)

    assert answer.decision is None
    assert [c["audio_filename"] for c in answer.choices or []] == ["all_day", "late_evening"]
    assert answer.as_json()["decision"] is None
    assert lead_status(db) == "INCALL"
    assert table(db, "vicidial_agent_vmm_overrides") == []


def test_group_choices_follow_the_customers_time_of_day() -> None:
    """18:47 on a -5.00 server is 15:47 for a -8.00 lead: office hours, not evening."""
    patch = {**GROUP, "vicidial_list": [{"where": {"lead_id": 12345},
                                         "set": {"gmt_offset_now": "-8.00"}}]}

    answer = press(database(patch))

    assert [c["audio_filename"] for c in answer.choices or []] == ["all_day", "office_hours"]


def test_a_pick_is_stored_and_plays() -> None:
    db = database(GROUP)

    answer = press(db, pick="office_hours")

    assert answer.decision is not None and answer.choices is None
    assert answer.decision.plays == ["office_hours"]
    assert answer.decision.decided_by == "agent_pick"
    [stored] = table(db, "vicidial_agent_vmm_overrides")
    assert stored == {"call_date": "2026-12-03 18:47:20", "caller_code": "V1203181500000012345",
                      "lead_id": 12345, "user": "1000", "vm_message": "office_hours"}


def test_a_matching_wildcard_beats_the_pick() -> None:
    db = database({**GROUP, **WILDCARD,
                   "vicidial_campaigns": GROUP["vicidial_campaigns"]
                   + WILDCARD["vicidial_campaigns"]})

    answer = press(db, pick="office_hours")

    assert answer.decision is not None
    assert answer.decision.plays == ["wc_vendor"]
    assert answer.decision.decided_by == "wildcard"
    assert [s.rule for s in answer.decision.steps if s.applied][-2:] == ["wildcards", "play"]


def test_unknown_agent_is_refused() -> None:
    with pytest.raises(AgentNotFound):
        press(database(), agent="9999")


def test_agent_without_a_call_is_refused() -> None:
    with pytest.raises(NoLiveCall):
        press(database(), agent="1001")
