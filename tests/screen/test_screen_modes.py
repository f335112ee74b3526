"""The simulated agent screen: pause, hang up, disposition, in each mode."""

from __future__ import annotations

import pytest

from app.state import queries
from app.state.models import CallLog, Lead, LiveCall
from tests.support.screen import Screen


def _pause_hangup_disposition(screen: Screen, settle: object, acting: bool = True) -> None:
    assert screen.api("function=external_pause&value=PAUSE").startswith("SUCCESS")
    settle()  # type: ignore[operator]
    assert screen.agent()["status"] == "INCALL"  # a pause waits for the call to end
    screen.api("function=external_hangup&value=1")
    settle()  # type: ignore[operator]
    if acting:
        assert (screen.agent()["status"], screen.agent()["lead_id"]) == ("PAUSED", 12345)
    screen.api("function=external_status&value=SALE")
    settle()  # type: ignore[operator]


def _assert_dispositioned_and_paused(screen: Screen) -> None:
    state = screen.agent()
    assert (state["status"], state["lead_id"], state["pending_flags"]) == ("PAUSED", 0, {})
    assert screen.lead(12345) == ("SALE", "1000")
    with screen.db.transaction() as session:
        log = session.get(CallLog, "1764785700.101")
        assert log is not None and log.status == "SALE" and log.end_epoch is not None
        assert session.query(LiveCall).filter_by(callerid="V1203181500000012345").count() == 0


def test_instant_screen_pauses_after_the_disposition_it_was_waiting_for(
        make_screen: object) -> None:
    screen = make_screen("instant")  # type: ignore[operator]

    _pause_hangup_disposition(screen, lambda: None)

    _assert_dispositioned_and_paused(screen)


def test_poll_screen_acts_one_poll_delay_after_the_flag(make_screen: object) -> None:
    screen = make_screen("poll")  # type: ignore[operator]

    def settle() -> None:
        screen.poll()  # first sight of the flag
        screen.clock.advance(1)
        screen.poll()

    _pause_hangup_disposition(screen, settle)

    _assert_dispositioned_and_paused(screen)


def test_poll_screen_shows_the_flag_before_the_delay_and_the_effect_after(
        make_screen: object) -> None:
    screen = make_screen("poll")  # type: ignore[operator]
    screen.api("function=external_hangup&value=1")

    screen.poll()
    screen.clock.advance(0.5)
    screen.poll()
    before = screen.agent()
    screen.clock.advance(0.5)
    screen.poll()
    after = screen.agent()

    assert before["pending_flags"] == {"external_hangup": "1"}
    assert before["status"] == "INCALL"
    assert after["pending_flags"] == {}
    assert after["status"] == "PAUSED"
    assert "hung up" in after["effects"][0]["did"]


def test_manual_screen_keeps_flags_until_ticked(make_screen: object) -> None:
    screen = make_screen("manual")  # type: ignore[operator]

    _pause_hangup_disposition(screen, lambda: None, acting=False)
    waiting = screen.agent()
    screen.tick()
    after = screen.agent()

    assert waiting["status"] == "INCALL"
    assert set(waiting["pending_flags"]) == {"external_pause", "external_hangup",
                                             "external_status"}
    assert (after["status"], after["lead_id"]) == ("PAUSED", 0)
    assert screen.lead(12345) == ("SALE", "1000")


def test_resume_of_a_paused_agent_makes_it_ready(make_screen: object) -> None:
    screen = make_screen("instant")  # type: ignore[operator]

    screen.api("function=external_pause&value=RESUME&agent_user=1001")

    with screen.db.transaction() as session:
        agent = queries.agent_session(session, "1001")
        assert agent is not None and agent.status == "READY" and agent.external_pause == ""


def test_callback_status_schedules_the_callback(make_screen: object) -> None:
    screen = make_screen("instant")  # type: ignore[operator]

    screen.api("function=external_status&value=CALLBK&callback_datetime=2026-12-10+12:00:00"
               "&callback_type=USERONLY&callback_comments=call+back")

    with screen.db.transaction() as session:
        from app.state.models import Callback

        callback = session.query(Callback).one()
        assert (callback.lead_id, callback.callback_time, callback.recipient,
                callback.comments, callback.status) == (
            12345, "2026-12-10 12:00:00", "USERONLY", "call back", "ACTIVE")
    assert screen.lead(12345)[0] == "CBHOLD"


@pytest.mark.parametrize("mode", ["instant", "poll", "manual"])
def test_voicemail_drop_through_the_api_alone_plays_the_stored_message(
        make_screen: object, mode: str) -> None:
    screen = make_screen(mode)  # type: ignore[operator]

    assert screen.api("function=vm_message&value=EXship01|EXship02").startswith("SUCCESS")
    answer = screen.api("function=transfer_conference&value=LEAVE_VM")
    _settle(screen, mode)

    state = screen.agent()
    drop = next(e for e in state["effects"] if e["flag"] == "external_transferconf")
    assert answer == ("SUCCESS: transfer_conference function set - LEAVE_VM|||NO|1000|"
                      "V1203181500000012345|\n")
    assert drop["details"]["plays"] == ["EXship01", "EXship02"]
    assert drop["details"]["decided_by"] == "lead_message"
    assert (state["status"], state["lead_id"]) == ("PAUSED", 12345)  # on to the disposition


def _settle(screen: Screen, mode: str) -> None:
    if mode == "poll":
        screen.poll()
        screen.clock.advance(1)
        screen.poll()
    elif mode == "manual":
        screen.tick()


def test_manual_dial_flow_searches_dials_dispositions_then_takes_the_queued_dial(
        make_screen: object) -> None:
    screen = make_screen("instant")  # type: ignore[operator]
    agent = "agent_user=1004"

    first = screen.api(f"{agent}&function=external_dial&value=3125550100&search=YES"
                       "&preview=NO&focus=YES&phone_code=1")
    second = screen.api(f"{agent}&function=external_dial&value=3125550123&search=YES"
                        "&preview=NO&focus=YES&phone_code=1")
    queued = _session(screen, "1004")
    assert first.startswith("SUCCESS") and second.startswith("SUCCESS"), (first, second)
    assert queued["status"] == "READY"  # QUEUECMP dials wait for a paused agent

    screen.api(f"{agent}&function=external_pause&value=PAUSE")
    dialing = _session(screen, "1004")
    assert dialing["status"] == "INCALL"
    assert dialing["callerid"].startswith("M")
    first_lead = dialing["lead_id"]
    with screen.db.transaction() as session:
        lead = session.get(Lead, first_lead)
        assert lead is not None and lead.phone_number == "3125550100"

    screen.api(f"{agent}&function=external_status&value=SALE")
    assert screen.lead(first_lead)[0] == "SALE"
    assert _session(screen, "1004")["status"] == "READY"  # a RATIO campaign: back to READY
    # The screen takes a queued dial only for a paused agent without a lead.
    screen.api(f"{agent}&function=external_pause&value=PAUSE")
    after = _session(screen, "1004")
    assert after["status"] == "INCALL" and after["lead_id"] != first_lead
    with screen.db.transaction() as session:
        lead = session.get(Lead, after["lead_id"])
        assert lead is not None and lead.phone_number == "3125550123"


def _session(screen: Screen, user: str) -> dict[str, object]:
    with screen.db.transaction() as session:
        agent = queries.agent_session(session, user)
        assert agent is not None
        return {"status": agent.status, "lead_id": agent.lead_id, "callerid": agent.callerid}
