"""audio_playback, calls_in_queue_count, refresh_panel, send_notification and webserver:
the real server's quirks, line by line."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from app.agent_api.host_facts import php_float
from tests.support.recorded import fixture_tables

LOGIN = "source=test&user=6666&pass=1234"
NOTIFY = "function=send_notification"


def _reset(http: httpx.Client, patch: dict[str, Any] | None = None) -> None:
    answer = http.post("/emulator/reset", json={"format": "vicidial-tables",
                                                "tables": fixture_tables("base", patch)})
    assert answer.status_code == 200, answer.text


def _api(http: httpx.Client, query: str, login: str = LOGIN) -> httpx.Response:
    return http.get(f"/agc/api.php?{login}&{query}")


def _rows(http: httpx.Client, table: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = http.get(f"/emulator/tables/{table}").json()
    return rows


def _last_log(http: httpx.Client) -> dict[str, Any]:
    return _rows(http, "vicidial_api_log")[-1]


@pytest.fixture
def base(http: httpx.Client) -> httpx.Client:
    _reset(http)
    return http


# -- audio_playback -------------------------------------------------------------


def test_audio_playback_alt_user_not_found_shows_stage_and_goes_on(base: httpx.Client) -> None:
    answer = _api(base, "function=audio_playback&stage=STOP&alt_user=NOSUCH")
    assert answer.text == ("ERROR: no user found - STOP|NOSUCH\n"
                           "ERROR: agent_user is not logged in - STOP|\n")
    assert [row["data"] for row in _rows(base, "vicidial_api_log")] == ["STOP|NOSUCH", "STOP"]


def test_audio_playback_dial_override_prints_notice_then_success(base: httpx.Client) -> None:
    answer = _api(base, "function=audio_playback&agent_user=1009&value=ss-noservice"
                        "&stage=PLAY&dial_override=Y")
    assert answer.text == ("NOTICE: audio_playback previous playback stopped - PLAY|Y|1009\n"
                           "SUCCESS: audio_playback function sent - ss-noservice|PLAY|1009\n")
    assert [row["action"] for row in _rows(base, "vicidial_manager")] == ["Hangup", "Originate"]


def test_audio_playback_permission_error_echoes_empty_value(base: httpx.Client) -> None:
    answer = _api(base, "function=audio_playback&agent_user=1009&stage=STOP",
                  login="source=test&user=6667&pass=1234")
    assert answer.text == ("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION"
                           " - |6667|audio_playback|ADMIN\n")


def test_audio_playback_play_then_stop_still_has_nothing_to_stop(base: httpx.Client) -> None:
    played = _api(base, "function=audio_playback&agent_user=1000&value=hello&stage=PLAY")
    assert played.text == "SUCCESS: audio_playback function sent - hello|PLAY|1000\n"
    stopped = _api(base, "function=audio_playback&agent_user=1000&stage=STOP")
    assert stopped.text == ("ERROR: audio_playback error - no audio playing in agent session"
                            " - 8600051|10.10.10.15|STOP|1000\n")


def test_audio_playback_unknown_stage_while_playing_aborts(base: httpx.Client) -> None:
    answer = _api(base, "function=audio_playback&agent_user=1009&stage=stop")
    assert (answer.status_code, answer.text) == (500, "")
    assert _rows(base, "vicidial_manager") == []


def test_audio_playback_pause_and_resume_send_the_same_command(base: httpx.Client) -> None:
    for stage in ("PAUSE", "RESUME"):
        assert _api(base, f"function=audio_playback&agent_user=1009&stage={stage}").text == (
            f"SUCCESS: audio_playback function sent - |{stage}|1009\n")
    commands = _rows(base, "vicidial_manager")
    assert {c["cmd_line_b"] for c in commands} == {
        "Channel: Local/47378214852111100001234@default"}
    assert {c["cmd_line_f"] for c in commands} == {"CallerID: 3"}


def test_audio_playback_soundboard_events_logged_after_an_error(http: httpx.Client) -> None:
    _reset(http, {"system_settings": [{"where": {"version": "2.14b0.5"},
                                       "set": {"agent_debug_logging": "1"}}]})
    answer = _api(http, "function=audio_playback&agent_user=1010&stage=STOP"
                        "&agent_debug=2026-11-30+18:00:00-----stop---x---y|",
                  login="source=soundboard&user=6666&pass=1234")
    assert answer.text == "ERROR: agent_user is not logged in - STOP|1010\n"
    [event] = _rows(http, "vicidial_ajax_log")
    assert (event["user"], event["action"], event["stage"]) == ("1010", "stop", "0|x")


# -- calls_in_queue_count -----------------------------------------------------


def test_calls_in_queue_count_has_no_newline_and_logs_its_line(base: httpx.Client) -> None:
    answer = _api(base, "function=calls_in_queue_count&agent_user=1000&value=DISPLAY")
    assert answer.text == "SUCCESS: calls_in_queue_count - 1"
    assert _last_log(base)["result_reason"] == "SUCCESS: calls_in_queue_count - 1"


def test_calls_in_queue_count_close_window_link_follows_the_number(base: httpx.Client) -> None:
    answer = _api(base, "function=calls_in_queue_count&agent_user=1000&value=DISPLAY"
                        "&close_window_link=1")
    assert answer.text.startswith("SUCCESS: calls_in_queue_count - 1\n<a href=")


def test_calls_in_queue_count_counts_agentdirect_calls_and_emails(base: httpx.Client) -> None:
    answer = _api(base, "function=calls_in_queue_count&agent_user=1003&value=DISPLAY")
    assert answer.text == "SUCCESS: calls_in_queue_count - 3"


def test_calls_in_queue_count_value_is_case_sensitive(base: httpx.Client) -> None:
    answer = _api(base, "function=calls_in_queue_count&agent_user=1000&value=display")
    assert answer.text == "ERROR: calls_in_queue_count not valid - display|1000\n"


# -- refresh_panel ----------------------------------------------------------------


def test_refresh_panel_line_ends_with_a_pipe(base: httpx.Client) -> None:
    answer = _api(base, "function=refresh_panel&agent_user=1000&scriptreload=1")
    assert answer.text == "SUCCESS: refresh_panel request sent - 6666|1000|1|scriptreload|\n"


@pytest.mark.parametrize("query", ["value=formreload", "FORMRELOAD=1", "formreload=0",
                                   "x=formreloadnow"], ids=["in-value", "upper-case",
                                                            "value-zero", "inside-name"])
def test_refresh_panel_finds_triggers_anywhere_in_query(base: httpx.Client, query: str) -> None:
    answer = _api(base, f"function=refresh_panel&agent_user=1000&{query}")
    assert answer.text == "SUCCESS: refresh_panel request sent - 6666|1000|1|formreload|\n"


def test_refresh_panel_repeat_reports_zero_affected_rows(base: httpx.Client) -> None:
    query = "function=refresh_panel&agent_user=1000&chatreload=1"
    assert _api(base, query).text.endswith("|1000|1|chatreload|\n")
    assert _api(base, query).text.endswith("|1000|0|chatreload|\n")


def test_refresh_panel_without_triggers_has_no_panels(base: httpx.Client) -> None:
    answer = _api(base, "function=refresh_panel&agent_user=1000")
    assert answer.text == "ERROR: no panels have been defined - 1000\n"


# -- send_notification ------------------------------------------------------------


def _notify(http: httpx.Client, query: str, login: str = LOGIN) -> httpx.Response:
    return _api(http, f"{NOTIFY}&{query}", login)


def _notification(http: httpx.Client) -> dict[str, Any]:
    return _rows(http, "vicidial_agent_notifications")[-1]


def test_send_notification_date_notice_is_glued_to_the_result(base: httpx.Client) -> None:
    answer = _notify(base, "recipient=1000&recipient_type=USER&notification_text=x"
                           "&notification_date=12-12")
    assert re.fullmatch(r"NOTICE: Invalid notification date 12-12, changing to now"
                        r"SUCCESS: notification queued - 1000\|USER\|\d+\n", answer.text)


def test_send_notification_guessed_type_prints_notice_with_br(base: httpx.Client) -> None:
    answer = _notify(base, "recipient=TESTCAMP&recipient_type=campaign&notification_text=x")
    assert re.fullmatch(r"Invalid recipient_type \(campaign\), NOTICE: found TESTCAMP as "
                        r"CAMPAIGN<BR>\nSUCCESS: notification queued - TESTCAMP\|CAMPAIGN\|\d+\n",
                        answer.text)


@pytest.mark.parametrize(("query", "line"), [
    ("recipient_type=USER&notification_text=x",
     "ERROR: Missing recipient or recipient_type - |USER\n"),
    ("recipient=1000&recipient_type=USER", "ERROR: invalid request - 1000|USER\n"),
    ("recipient=NOSUCH&recipient_type=USER&notification_text=x",
     "ERROR: NOSUCH DOES NOT EXIST in vicidial_users - |NOSUCH\n"),
], ids=["missing-recipient", "nothing-to-show", "user-not-exist"])
def test_send_notification_lines_differ_from_docs(base: httpx.Client, query: str,
                                                  line: str) -> None:
    assert _notify(base, query).text == line


def test_send_notification_leaks_allowed_campaigns(base: httpx.Client) -> None:
    answer = _notify(base, "recipient=TESTCAMP&recipient_type=CAMPAIGN&notification_text=x",
                     login="source=test&user=6671&pass=1234")
    assert answer.text == ("ERROR: ACCESS TO CAMPAIGN TESTCAMP NOT ALLOWED FOR USER 6671"
                           " ( MANCAMP -) - |TESTCAMP\n")
    assert (_last_log(base)["agent_user"], _last_log(base)["value"]) == ("", "")


def test_send_notification_logs_recipient_as_agent_user(base: httpx.Client) -> None:
    _notify(base, "recipient=AGENTS&recipient_type=USER_GROUP&notification_text=x")
    log = _last_log(base)
    assert (log["agent_user"], log["value"], log["result"]) == ("AGENTS", "USER_GROUP",
                                                                "SUCCESS")


def test_send_notification_permission_error_echoes_empty_value(base: httpx.Client) -> None:
    answer = _notify(base, "recipient=1000&recipient_type=USER&notification_text=x",
                     login="source=test&user=6667&pass=1234")
    assert answer.text == ("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION"
                           " - |6667|send_notification|ADMIN\n")


def test_send_notification_lowercase_y_shows_no_confetti(base: httpx.Client) -> None:
    answer = _notify(base, "recipient=1000&recipient_type=USER&show_confetti=y")
    assert answer.text == "ERROR: invalid request - 1000|USER\n"


def test_send_notification_confetti_defaults_without_container(http: httpx.Client) -> None:
    _reset(http, {"vicidial_settings_containers": [
        {"delete": {"container_id": "CONFETTI_SETTINGS"}}]})
    _notify(http, "recipient=1000&recipient_type=USER&show_confetti=Y&particleSpeed=9")
    assert _notification(http)["confetti_options"] == "2,2350,9"


def test_send_notification_confetti_options_cut_to_column(base: httpx.Client) -> None:
    _notify(base, "recipient=1000&recipient_type=USER&show_confetti=Y"
                  "&duration=123456&maxParticleCount=123456&particleSpeed=123456")
    assert _notification(base)["confetti_options"] == "123456,123456,1"


@pytest.mark.parametrize(("color", "stored"), [("9900FF", "#9900FF"), ("9900ff", "9900ff"),
                                               ("FFF", "#FFF"), ("red", "red")])
def test_send_notification_only_upper_case_hex_gets_a_hash(base: httpx.Client, color: str,
                                                           stored: str) -> None:
    _notify(base, f"recipient=1000&recipient_type=USER&notification_text=x&text_color={color}")
    assert _notification(base)["text_color"] == stored


def test_send_notification_text_size_clamped_to_tinyint(base: httpx.Client) -> None:
    _notify(base, "recipient=1000&recipient_type=USER&notification_text=x&text_size=300")
    assert _notification(base)["text_size"] == 255


def test_send_notification_impossible_date_stored_as_zero(base: httpx.Client) -> None:
    _notify(base, "recipient=1000&recipient_type=USER&notification_text=x"
                  "&notification_date=2026-13-45+99:99:99")
    assert _notification(base)["notification_date"] == "0000-00-00 00:00:00"


def test_send_notification_short_date_read_as_mariadb_does(base: httpx.Client) -> None:
    _notify(base, "recipient=1000&recipient_type=USER&notification_text=x"
                  "&notification_date=26-12-5+9:7")
    assert _notification(base)["notification_date"] == "2026-12-05 09:07:00"


def test_send_notification_quote_in_text_aborts(base: httpx.Client) -> None:
    answer = _notify(base, "recipient=1000&recipient_type=USER&notification_text=it%27s")
    assert (answer.status_code, answer.text) == (500, "")
    assert _rows(base, "vicidial_agent_notifications") == []


def test_send_notification_disabled_shows_the_setting(http: httpx.Client) -> None:
    _reset(http, {"system_settings": [{"where": {"version": "2.14b0.5"},
                                       "set": {"agent_notifications": "0"}}]})
    answer = _notify(http, "recipient=1000&recipient_type=USER&notification_text=x")
    assert answer.text == "ERROR: Agent API Notifications are disabled on this system - 0\n"


# -- webserver ------------------------------------------------------------------------

WEBSERVER_LABELS = ["set.timezone", "abbr.timezone", "dst.timezone", "uname", "host name",
                    "server name", "php version", "apache version", "apache processes",
                    "system load average", "disk free space", "date.timezone",
                    "maximum execution time", "maximum input time", "memory limit",
                    "post maximum size", "upload maximum filesize", "default socket timeout"]


def test_webserver_labels_differ_from_docs_and_sit_in_pre(base: httpx.Client) -> None:
    text = _api(base, "function=webserver").text
    assert text.startswith("<PRE>Webserver Data:\n") and text.endswith("\n</PRE>\n")
    lines = text.removeprefix("<PRE>Webserver Data:\n").removesuffix("</PRE>\n").splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == WEBSERVER_LABELS
    assert "server name: 127.0.0.1" in lines


def test_webserver_logs_lines_joined_by_pipes(base: httpx.Client) -> None:
    text = _api(base, "function=webserver").text
    log = _last_log(base)
    assert (log["result"], log["result_reason"]) == ("SUCCESS", "")
    assert log["data"] == text.removeprefix("<PRE>").removesuffix("</PRE>\n").replace("\n", "|")


def test_webserver_permission_error_has_no_value_part(base: httpx.Client) -> None:
    answer = _api(base, "function=webserver", login="source=test&user=6667&pass=1234")
    assert answer.text == ("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION"
                           " - 6667|webserver|ADMIN\n")


@pytest.mark.parametrize(("number", "text"), [(0.52, "0.52"), (1.0, "1"),
                                              (85177593856.0, "85177593856"),
                                              (1e25, "1.0E+25")])
def test_webserver_numbers_print_as_php_floats(number: float, text: str) -> None:
    assert php_float(number) == text
