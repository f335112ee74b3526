"""What the simulated screen writes as it works: the agent log, notifications,
audio in the session, DTMF and lead switches."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import FrozenClock
from app.control.parties import login_agent
from app.screen.park import user_abbreviation
from app.screen.recording import file_name
from app.state import queries
from app.state.models import (
    AgentFunctionLogEntry,
    AgentLogEntry,
    AgentNotification,
    CallLog,
    CallLogDetail,
    Lead,
    LiveCall,
    LiveChannel,
    ManagerCommand,
    NotificationDelivery,
    ParkedChannel,
    ParkLogEntry,
    Recording,
    SystemSettings,
    UserDialLogEntry,
    UserLogEntry,
)
from tests.support.screen import Screen

LOG_COLUMNS = ("user", "campaign_id", "lead_id", "pause_epoch", "pause_sec", "wait_epoch",
               "wait_sec", "talk_epoch", "talk_sec", "dispo_epoch", "dispo_sec", "status",
               "sub_status", "uniqueid", "pause_type", "user_group")


def _log_row(screen: Screen, agent_log_id: int) -> dict[str, Any]:
    def read(session: Session) -> dict[str, Any]:
        row = session.get(AgentLogEntry, agent_log_id)
        assert row is not None
        return {c: getattr(row, c) for c in LOG_COLUMNS}
    return dict(screen.rows(read))


def _log_id(screen: Screen, user: str) -> int:
    return int(screen.agent(user)["agent_log_id"])


def _opened(clock: FrozenClock, user: str, campaign: str, **changed: Any) -> dict[str, Any]:
    """A freshly opened stretch, as the real screen inserts it."""
    row = {"user": user, "campaign_id": campaign, "lead_id": None, "pause_epoch": clock.epoch(),
           "pause_sec": 0, "wait_epoch": clock.epoch(), "wait_sec": 0, "talk_epoch": None,
           "talk_sec": 0, "dispo_epoch": None, "dispo_sec": 0, "status": None,
           "sub_status": None, "uniqueid": "", "pause_type": "AGENT", "user_group": "AGENTS"}
    return row | changed


# -- the agent log ---------------------------------------------------------------

def test_hangup_counts_the_talk_and_the_disposition_opens_the_next_stretch(
        make_screen: Any) -> None:
    screen: Screen = make_screen("instant")
    hung_up_at = screen.clock.epoch()

    screen.api("function=external_hangup&value=1")
    after_hangup = _log_row(screen, 101)
    screen.clock.advance(7)
    screen.api("function=external_status&value=SALE")

    assert after_hangup["talk_sec"] == hung_up_at - 1764785700 + 45
    assert (after_hangup["dispo_epoch"], after_hangup["uniqueid"]) == (
        hung_up_at, "1764785700.101")
    assert screen.rows(lambda s: s.get(CallLog, "1764785700.101").term_reason) == "AGENT"
    closed = _log_row(screen, 101)
    assert (closed["dispo_sec"], closed["status"]) == (7, "SALE")
    next_id = _log_id(screen, "1000")
    assert next_id > 110
    # TESTCAMP does not pause after each call, so the new stretch is already waiting.
    assert _log_row(screen, next_id) == _opened(screen.clock, "1000", "TESTCAMP")
    assert screen.agent()["status"] == "READY"


def test_pause_counts_the_wait_and_resume_counts_the_pause(make_screen: Any) -> None:
    screen: Screen = make_screen("instant")
    paused_at = screen.clock.epoch()

    screen.api("function=external_pause&value=PAUSE&agent_user=1006")
    pause_id = _log_id(screen, "1006")
    screen.clock.advance(30)
    screen.api("function=external_pause&value=RESUME&agent_user=1006")

    assert _log_row(screen, 107)["wait_sec"] == paused_at - 1796321160
    assert pause_id != 107
    assert _log_row(screen, pause_id) == _opened(
        FrozenClock(screen.clock.now()), "1006", "TESTCAMP",
        pause_epoch=paused_at, pause_sec=30)
    assert _log_id(screen, "1006") == pause_id  # the wait goes on in the same row


def test_pause_codes_name_the_pause_and_a_second_code_starts_a_new_stretch(
        make_screen: Any) -> None:
    screen: Screen = make_screen("instant")
    screen.api("function=external_pause&value=PAUSE&agent_user=1006")
    first_id = _log_id(screen, "1006")

    screen.api("function=pause_code&value=BREAK&agent_user=1006")
    screen.clock.advance(12)
    screen.api("function=pause_code&value=LUNCH&agent_user=1006")
    second_id = _log_id(screen, "1006")

    assert _log_row(screen, first_id)["sub_status"] == "BREAK"
    assert _log_row(screen, first_id)["pause_sec"] == 12
    assert second_id != first_id
    assert _log_row(screen, second_id)["sub_status"] == "LUNCH"
    assert screen.agent("1006")["pause_code"] == "LUNCH"


def test_first_pause_code_after_login_leaves_the_login_stretch_alone(
        make_screen: Any) -> None:
    """Quirk reproduced: the real screen only fills an empty sub_status, and the
    login stretch holds LOGIN, so the first code names no row."""
    screen: Screen = make_screen("instant")

    screen.api("function=pause_code&value=BREAK&agent_user=1001")

    assert _log_row(screen, 102)["sub_status"] == "LOGIN"
    assert _log_id(screen, "1001") == 102
    assert screen.agent("1001")["pause_code"] == "BREAK"


def test_login_logs_the_user_in_and_opens_a_login_stretch(make_screen: Any) -> None:
    screen: Screen = make_screen("manual")

    with screen.db.transaction() as session:
        login_agent(session, screen.clock, "1010", "TESTCAMP", "PAUSED", None)

    def read(session: Session) -> tuple[Any, ...]:
        event = session.scalars(select(UserLogEntry).where(UserLogEntry.user == "1010")).one()
        return event.event, event.campaign_id, event.event_epoch, event.user_group
    assert screen.rows(read) == ("LOGIN", "TESTCAMP", screen.clock.epoch(), "AGENTS")
    assert _log_row(screen, _log_id(screen, "1010")) == _opened(
        screen.clock, "1010", "TESTCAMP", sub_status="LOGIN")


def test_logout_counts_the_pause_of_a_stretch_that_never_reached_a_call(
        make_screen: Any) -> None:
    screen: Screen = make_screen("instant")
    screen.clock.advance(20)

    screen.api("function=logout&value=LOGOUT&agent_user=1001")

    assert screen.agent("1001")["logged_in"] is False
    row = _log_row(screen, 102)
    assert (row["pause_sec"], row["wait_epoch"]) == (
        screen.clock.epoch() - 1764785100, screen.clock.epoch())


# -- notifications ---------------------------------------------------------------

def _notification(session: Session, notification_id: int) -> AgentNotification:
    row = session.get(AgentNotification, notification_id)
    assert row is not None
    return row


def test_instant_screen_shows_a_notification_before_the_answer(make_screen: Any) -> None:
    screen: Screen = make_screen("instant")

    answer = screen.api("function=send_notification&recipient=1000&recipient_type=USER"
                        "&notification_text=Great+call&text_color=green")

    notification_id = int(answer.strip().split("|")[-1])
    shown = screen.agent()["effects"][0]
    assert (shown["flag"], shown["did"]) == (
        "notification", f"showed notification {notification_id}: Great call")
    assert shown["details"]["text_color"] == "green"
    assert screen.rows(lambda s: _notification(s, notification_id).notification_status) \
        == "SENT"
    assert screen.rows(lambda s: s.query(NotificationDelivery).count()) == 0


def test_campaign_notification_is_sent_once_and_shown_on_each_recipient_screen(
        make_screen: Any) -> None:
    screen: Screen = make_screen("manual")
    answer = screen.api("function=send_notification&recipient=TESTCAMP"
                        "&recipient_type=CAMPAIGN&notification_text=Ten+minutes+left")
    notification_id = int(answer.strip().split("|")[-1])
    waiting = screen.agent("1006")["pending_work"]

    screen.tick("1000")
    handed = screen.rows(lambda s: sorted(d.user for d in s.query(NotificationDelivery)))
    before_own_poll = screen.agent("1006")["pending_work"]
    screen.tick("1006")

    assert waiting == {"notification": "waiting"}
    assert handed == ["1001", "1006", "1007", "1008", "1009"]  # 1000 has already seen it
    assert before_own_poll == {"notification": "waiting"}
    assert screen.agent("1006")["effects"][0]["did"] == (
        f"showed notification {notification_id}: Ten minutes left")
    assert screen.rows(lambda s: sorted(d.user for d in s.query(NotificationDelivery))) == ["1001",
        "1007", "1008", "1009"]


def test_notification_dated_later_waits_for_its_time(make_screen: Any) -> None:
    screen: Screen = make_screen("manual")
    later = screen.clock.now().replace(microsecond=0)
    at = f"{later.year}-{later.month:02d}-{later.day:02d}+{later.hour:02d}:{later.minute:02d}"
    screen.clock.advance(-120)

    screen.api("function=send_notification&recipient=1000&recipient_type=USER"
               f"&notification_text=x&notification_date={at}:59")
    screen.tick()
    early = screen.agent()["effects"]
    screen.clock.advance(240)
    screen.tick()

    assert early == []
    assert screen.agent()["effects"][0]["flag"] == "notification"


def test_notifications_wait_while_the_system_switch_is_off(make_screen: Any) -> None:
    screen: Screen = make_screen("manual")
    screen.api("function=send_notification&recipient=1000&recipient_type=USER"
               "&notification_text=x")
    with screen.db.transaction() as session:
        session.scalars(select(SystemSettings)).one().agent_notifications = "0"

    screen.tick()

    assert screen.agent()["effects"] == []
    assert screen.rows(lambda s: s.scalars(select(AgentNotification.notification_status)
                                           .order_by(AgentNotification.notification_id
                                                     .desc())).first()) == "QUEUED"


# -- audio in the session ------------------------------------------------------------

AUDIO = "function=audio_playback&agent_user=1000"


def _audio_channels(session: Session) -> list[tuple[str | None, str | None]]:
    return [(c.channel, c.extension) for c in session.scalars(
        select(LiveChannel).where(LiveChannel.extension == "8600051"))]


def test_audio_playback_is_tracked_in_the_agent_session(make_screen: Any) -> None:
    screen: Screen = make_screen("instant")

    played = screen.api(f"{AUDIO}&value=ss-noservice&stage=PLAY")
    playing = screen.agent()["audio"]
    channels = screen.rows(_audio_channels)
    again = screen.api(f"{AUDIO}&value=other&stage=PLAY")
    screen.api(f"{AUDIO}&stage=PAUSE")
    paused = screen.agent()["audio"]
    screen.api(f"{AUDIO}&stage=RESUME")
    resumed = screen.agent()["audio"]
    screen.api(f"{AUDIO}&stage=STOP")
    stopped = screen.api(f"{AUDIO}&stage=STOP")

    assert played == "SUCCESS: audio_playback function sent - ss-noservice|PLAY|1000\n"
    assert (playing["file"], playing["state"]) == ("ss-noservice", "playing")
    assert channels == [(playing["channel"], "8600051")]
    assert again.startswith("ERROR: audio_playback error - audio already playing in agent "
                            "session - 8600051|10.10.10.15|PLAY|")
    assert (paused["state"], resumed["state"]) == ("paused", "playing")
    assert screen.agent()["audio"] is None
    assert screen.rows(_audio_channels) == []
    assert stopped.startswith("ERROR: audio_playback error - no audio playing in agent session")
    assert screen.rows(lambda s: {c.status for c in s.query(ManagerCommand)}) == {"SENT"}


def test_audio_dial_override_replaces_the_playing_audio(make_screen: Any) -> None:
    screen: Screen = make_screen("instant")
    screen.api(f"{AUDIO}&value=first&stage=PLAY")

    answer = screen.api(f"{AUDIO}&value=second&stage=PLAY&dial_override=Y")

    assert answer.startswith("NOTICE: audio_playback previous playback stopped")
    assert screen.agent()["audio"]["file"] == "second"
    assert len(screen.rows(_audio_channels)) == 1


def test_poll_screen_plays_audio_one_poll_delay_after_the_command(make_screen: Any) -> None:
    screen: Screen = make_screen("poll")
    screen.api(f"{AUDIO}&value=ss-noservice&stage=PLAY")

    screen.poll()
    before = screen.agent()
    screen.clock.advance(1)
    screen.poll()

    assert set(before["pending_work"]) == {"vicidial_manager"}
    assert before["audio"] is None
    assert screen.agent()["audio"]["state"] == "playing"


def test_manual_screen_leaves_audio_commands_queued_as_recorded(make_screen: Any) -> None:
    screen: Screen = make_screen("manual")

    screen.api(f"{AUDIO}&value=ss-noservice&stage=PLAY")

    assert screen.rows(lambda s: [c.status for c in s.query(ManagerCommand)]) == ["NEW"]
    assert screen.rows(_audio_channels) == []


# -- DTMF and lead switches ------------------------------------------------------------

def test_send_dtmf_originates_the_digits_into_the_conference(make_screen: Any) -> None:
    screen: Screen = make_screen("instant")

    screen.api("function=send_dtmf&value=QQ12S3P")

    def read(session: Session) -> tuple[Any, ...]:
        command = session.scalars(select(ManagerCommand)).one()
        dial = session.scalars(select(UserDialLogEntry)).one()
        agent = queries.agent_session(session, "1000")
        assert agent is not None
        return (command.action, command.callerid, command.cmd_line_b, command.cmd_line_c,
                command.cmd_line_d, command.cmd_line_f, command.status,
                dial.caller_code, dial.call_type, dial.notes, agent.external_dtmf)
    assert screen.rows(read) == (
        "Originate", ",,12*3#", "Channel: local/8500998@default", "Context: default",
        "Exten: 78600051", "Callerid: ,,12*3#", "SENT",
        ",,12*3#", "SYS", "78600051 default local/8500998@default", "")


def test_lead_switch_moves_the_live_call_to_the_new_lead(make_screen: Any) -> None:
    screen: Screen = make_screen("instant")

    answer = screen.api("function=switch_lead&agent_user=1003&lead_id=12346")

    def read(session: Session) -> tuple[Any, ...]:
        call = session.scalars(select(LiveCall).where(
            LiveCall.callerid == "Y1203181200000012347")).one()
        detail = session.get(CallLogDetail, "1764785800.201")
        old = session.get(Lead, 12347)
        logged = session.scalars(select(AgentFunctionLogEntry)).one()
        assert detail is not None and old is not None
        return (call.lead_id, detail.lead_id, old.status, logged.function, logged.lead_id,
                logged.stage, logged.caller_code, logged.uniqueid, logged.agent_log_id)
    assert answer.startswith("SUCCESS: switch_lead function set - 1003|12346|")
    assert screen.agent("1003")["lead_id"] == 12346
    assert screen.agent("1003")["pending_flags"] == {}
    assert screen.rows(read) == (12346, 12346, "LSMERG", "switch_lead", 12347, "12346",
                                 "Y1203181200000012347", "1764785800.201", 104)


def test_lead_switch_waits_while_the_agent_has_no_live_call(make_screen: Any) -> None:
    screen: Screen = make_screen("manual")
    with screen.db.transaction() as session:
        agent = queries.agent_session(session, "1001")
        assert agent is not None
        agent.external_lead_id = 12346

    screen.tick("1001")

    assert screen.agent("1001")["pending_flags"] == {"external_lead_id": "12346"}


# -- recording ----------------------------------------------------------------------

def test_recording_start_and_stop_write_the_recording_log_as_the_screen_does(
        make_screen: Any) -> None:
    screen: Screen = make_screen("instant")
    started_at = screen.clock.now()

    answer = screen.api("function=recording&value=START&stage=_QA")
    screen.clock.advance(30)
    screen.api("function=recording&value=STOP")

    name = f"{started_at:%Y%m%d-%H%M%S}_3125550100_QA"
    assert answer.startswith("SUCCESS: recording function sent - 1000|START_QA|")

    def read(session: Session) -> tuple[Any, ...]:
        row = session.scalars(select(Recording).where(Recording.user == "1000")).one()
        recorder = session.scalars(select(ManagerCommand)).one()
        dial = session.scalars(select(UserDialLogEntry)).one()
        return (row.filename, row.channel, row.extension, row.lead_id, row.length_in_sec,
                row.length_in_min, row.vicidial_id, row.location, recorder.callerid,
                recorder.cmd_line_b, recorder.cmd_line_d, recorder.status, dial.call_type)
    assert screen.rows(read) == (
        name, "Local/58600051@default", "8309", 12345, 30, "0.50", "1764785700.101", None,
        f"{name[:17]}...", "Channel: Local/58600051@default", "Exten: 8309",
        "SENT", "RC")
    assert screen.agent()["pending_flags"] == {}


def test_recording_file_name_fills_the_pattern_in_the_screens_order() -> None:
    """Quirk reproduced: keys are filled one after another, so a campaign named after a
    later key has that key filled in again."""
    values = {"CAMPAIGN": "AGENTCAMP", "INGROUP": "", "CUSTPHONE": "3125550100",
              "FULLDATE": "20261204-101500", "TINYDATE": "261204101500", "EPOCH": "1",
              "AGENT": "1000", "VENDORLEADCODE": "V1", "LEADID": "7", "CALLID": "M1"}

    assert file_name("CAMPAIGN_FULLDATE_LEADID", values) == "1000CAMP_20261204-101500_7"


# -- timer actions --------------------------------------------------------------------

def _call_starts_now(screen: Screen, user: str = "1000") -> None:
    with screen.db.transaction() as session:
        agent = queries.agent_session(session, user)
        assert agent is not None
        agent.last_call_time = screen.clock.now_text()


def test_timer_action_leaves_the_session_at_once_and_fires_at_its_second(
        make_screen: Any) -> None:
    screen: Screen = make_screen("manual")
    _call_starts_now(screen)
    screen.api("function=set_timer_action&value=HANGUP&notes=time+is+up&rank=30")

    screen.tick()
    armed = screen.agent()
    screen.clock.advance(29)
    screen.tick()
    early = screen.agent()
    screen.clock.advance(1)
    screen.tick()

    assert armed["pending_flags"] == {}
    assert armed["timer"] == {"action": "HANGUP", "message": "time is up", "seconds": 30,
                              "destination": ""}
    assert (early["status"], early["timer"]["seconds"]) == ("INCALL", 30)
    fired = screen.agent()
    assert fired["status"] == "PAUSED" and fired["timer"] is None
    assert fired["effects"][0]["did"] == (
        'timer action HANGUP fired at 30 s; showed "time is up"; hung up the customer call')


def test_instant_screen_fires_a_timer_from_the_poll_loop(make_screen: Any) -> None:
    screen: Screen = make_screen("instant")
    _call_starts_now(screen)
    screen.api("function=set_timer_action&value=MESSAGE_ONLY&notes=wrap+up&rank=5")

    screen.clock.advance(5)
    screen.poll()

    assert screen.agent()["effects"][0]["did"] == (
        'timer action MESSAGE_ONLY fired at 5 s; showed "wrap up"')
    assert screen.agent()["status"] == "INCALL"


def test_timer_action_of_two_letters_stays_in_the_session(make_screen: Any) -> None:
    """Quirk reproduced: the real screen only takes an action longer than two letters."""
    screen: Screen = make_screen("instant")

    screen.api("function=set_timer_action&value=AB")

    assert screen.agent()["pending_flags"] == {"external_timer_action": "AB"}
    assert screen.agent()["timer"] is None


# -- park and grab --------------------------------------------------------------------

def test_park_and_grab_move_the_customer_and_log_the_time_on_park(make_screen: Any) -> None:
    screen: Screen = make_screen("instant")
    parked_at = screen.clock.epoch()

    screen.api("function=park_call&value=PARK_CUSTOMER")

    def parked(session: Session) -> tuple[Any, ...]:
        row = session.scalars(select(ParkedChannel).where(
            ParkedChannel.channel == "SIP/trunk1-00000065")).one()
        log = session.scalars(select(ParkLogEntry)).one()
        command = session.scalars(select(ManagerCommand)).one()
        return (row.channel_group, row.extension, row.parked_by, log.status, log.extension,
                log.uniqueid, log.lead_id, command.action, command.cmd_line_d,
                command.callerid)
    assert screen.rows(parked) == (
        "V1203181500000012345", "park", "SIP/1000", "PARKED", "V1203181500000012345",
        "1764785700.101", 12345, "Redirect", "Exten: 8301", f"LPvdcW{parked_at}100010"[:20])

    screen.clock.advance(42)
    screen.api("function=park_call&value=GRAB_CUSTOMER")

    def grabbed(session: Session) -> tuple[Any, ...]:
        log = session.scalars(select(ParkLogEntry)).one()
        back = session.scalars(select(ManagerCommand).order_by(
            ManagerCommand.man_id.desc())).first()
        assert back is not None
        return (session.query(ParkedChannel).filter_by(
            channel="SIP/trunk1-00000065").count(), log.status, log.parked_sec,
            back.cmd_line_d)
    assert screen.rows(grabbed) == (0, "GRABBED", 42, "Exten: 8600051")


def test_user_abbreviation_keeps_the_user_four_times_over() -> None:
    """Quirk reproduced: the login screen only strips leading dots, so the 'short'
    name in park and grab caller ids is the user written four times."""
    assert user_abbreviation("1000") == "1000100010001000"
    assert user_abbreviation("..a") == "a..a..a..a"
