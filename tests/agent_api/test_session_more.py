"""logout, pause_code, recording, webphone_url, call_agent, send_dtmf, park_call and
set_timer_action: the real server's quirks, each pinned by name."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.support.recorded import fixture_tables

LOGIN = "source=test&user=6666&pass=1234"
WEBPHONE_1006 = "https://10.10.10.15/agc/viciphone/viciphone.php?phone_login=1006&phone_pass=test"


@pytest.fixture
def api(http: httpx.Client) -> httpx.Client:
    reset(http)
    return http


def reset(http: httpx.Client, patch: dict[str, Any] | None = None) -> None:
    answer = http.post("/emulator/reset", json={"format": "vicidial-tables",
                                                "tables": fixture_tables("base", patch)})
    assert answer.status_code == 200, answer.text


def call(http: httpx.Client, query: str) -> str:
    answer = http.get(f"/agc/api.php?{LOGIN}&{query}")
    assert answer.status_code == 200
    return answer.text


def agent(http: httpx.Client, user: str) -> dict[str, Any]:
    rows = http.get("/emulator/state").json()["vicidial_live_agents"]
    found: dict[str, Any] = next(r for r in rows if r["user"] == user)
    return found


def table(http: httpx.Client, name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = http.get("/emulator/state").json()[name]
    return rows


# -- logout --------------------------------------------------------------------------


def test_logout_accepts_any_value_containing_logout(api: httpx.Client) -> None:
    text = call(api, "function=logout&agent_user=1000&value=XLOGOUTX")

    assert text.startswith("SUCCESS: logout function set - XLOGOUTX|")
    assert agent(api, "1000")["external_pause"] == "XLOGOUTX"


def test_logout_value_is_cut_to_20_characters_but_answered_whole(api: httpx.Client) -> None:
    text = call(api, "function=logout&agent_user=1000&value=LOGOUT_ABCDEFGHIJKLMNOPQRS")

    assert text.startswith("SUCCESS: logout function set - LOGOUT_ABCDEFGHIJKLMNOPQRS|")
    assert agent(api, "1000")["external_pause"] == "LOGOUT_ABCDEFGHIJKLM"


def test_logout_one_character_alt_user_passes_but_is_never_looked_up(
        api: httpx.Client) -> None:
    assert call(api, "function=logout&value=LOGOUT&alt_user=A") == (
        "ERROR: agent_user is not logged in - \n")


def test_logout_lowercase_value_is_not_valid(api: httpx.Client) -> None:
    assert call(api, "function=logout&agent_user=1000&value=logout") == (
        "ERROR: logout not valid - logout|1000\n")


# -- pause_code ----------------------------------------------------------------------


def test_pause_code_not_valid_shows_the_value_before_the_agent(api: httpx.Client) -> None:
    assert call(api, "function=pause_code&agent_user=1001&value=JUMPING") == (
        "ERROR: pause_code not valid - JUMPING|1001\n")


def test_pause_code_accepts_a_code_that_is_not_configured(api: httpx.Client) -> None:
    assert call(api, "function=pause_code&agent_user=1001&value=ZZZ") == (
        "SUCCESS: pause_code function sent - 1001\n")
    assert agent(api, "1001")["external_pause_code"] == "ZZZ"


def test_pause_code_length_is_counted_after_filtering(api: httpx.Client) -> None:
    assert call(api, "function=pause_code&agent_user=1001&value=BR.E.AK%21") == (
        "SUCCESS: pause_code function sent - 1001\n")


def test_pause_code_after_external_pause_the_agent_is_still_not_paused(
        api: httpx.Client) -> None:
    call(api, "function=external_pause&agent_user=1006&value=PAUSE")

    assert call(api, "function=pause_code&agent_user=1006&value=BREAK") == (
        "ERROR: pause_code error - agent is not paused - 1006\n")


# -- recording -----------------------------------------------------------------------


def test_recording_restart_contains_start_and_is_stored_as_it_is(api: httpx.Client) -> None:
    assert call(api, "function=recording&agent_user=1000&value=RESTART") == (
        "SUCCESS: recording function sent - 1000|RESTART||||10.10.10.15|8600051|INCALL\n")
    assert agent(api, "1000")["external_recording"] == "RESTART"


def test_recording_statusx_is_not_a_status_query_but_a_stored_command(
        api: httpx.Client) -> None:
    assert call(api, "function=recording&agent_user=1006&value=STATUSX") == (
        "SUCCESS: recording function sent - 1006|STATUSX||||10.10.10.15|8600057|READY\n")
    assert agent(api, "1006")["external_recording"] == "STATUSX"


def test_recording_start_with_stage_then_status_reports_the_text_as_recording_id(
        api: httpx.Client) -> None:
    call(api, "function=recording&agent_user=1000&value=START&stage=_MIDCALL")

    assert call(api, "function=recording&agent_user=1000&value=STATUS") == (
        "NOTICE: recording active - 1000|START_MIDCALL||||10.10.10.15|8600051|INCALL\n")


def test_recording_plain_start_then_status_says_not_recording_and_stop_passes(
        api: httpx.Client) -> None:
    call(api, "function=recording&agent_user=1000&value=START")

    assert call(api, "function=recording&agent_user=1000&value=STATUS") == (
        "NOTICE: not recording - 1000|||||10.10.10.15|8600051|INCALL\n")
    assert call(api, "function=recording&agent_user=1000&value=STOP") == (
        "SUCCESS: recording function sent - 1000|STOP||||10.10.10.15|8600051|INCALL\n")


def test_recording_stage_keeps_punctuation_and_is_cut_to_14_characters(
        api: httpx.Client) -> None:
    text = call(api, "function=recording&agent_user=1000&value=START&stage=a+b%21c%27d"
                     "_0123456789XYZ")

    assert text == ("SUCCESS: recording function sent - "
                    "1000|STARTa b!cd_0123456||||10.10.10.15|8600051|INCALL\n")
    assert agent(api, "1000")["external_recording"] == "STARTa b!cd_0123456"


def test_recording_stop_of_a_zero_id_is_an_error_that_ends_the_script(
        http: httpx.Client) -> None:
    reset(http, {"vicidial_live_agents": [{"where": {"user": "1006"},
                                           "set": {"external_recording": "0"}}]})

    assert call(http, "function=recording&agent_user=1006&value=STOP&close_window_link=1") == (
        "ERROR: stop recording error - 1006|0||||10.10.10.15|8600057|READY\n")


def test_recording_status_looks_the_recording_up_as_mariadb_compares_text_and_int(
        http: httpx.Client) -> None:
    reset(http, {"vicidial_live_agents": [{"where": {"user": "1006"},
                                           "set": {"external_recording": "5001x"}}]})

    assert call(http, "function=recording&agent_user=1006&value=STATUS") == (
        "NOTICE: recording active - 1006|5001x|20261203-181600_1006_3125550100|10.10.10.15|"
        "2026-12-03 18:16:00|10.10.10.15|8600057|READY\n")


# -- webphone_url --------------------------------------------------------------------


def test_webphone_url_display_prints_the_bare_url_without_a_newline(
        api: httpx.Client) -> None:
    assert call(api, "function=webphone_url&agent_user=1006&value=DISPLAY") == WEBPHONE_1006
    log = table(api, "vicidial_api_log")[-1]
    assert (log["result"], log["result_reason"]) == ("NOTICE",
                                                     "webphone_url active and displayed")


def test_webphone_url_not_valid_shows_the_value_before_the_agent(api: httpx.Client) -> None:
    assert call(api, "function=webphone_url&agent_user=1006&value=display") == (
        "ERROR: webphone_url not valid - display|1006\n")


def test_webphone_url_of_five_characters_counts_as_empty(http: httpx.Client) -> None:
    reset(http, {"vicidial_session_data": [{"where": {"session_name": "1764784000_1007_1"},
                                            "set": {"webphone_url": "abcde"}}]})

    assert call(http, "function=webphone_url&agent_user=1007&value=DISPLAY") == (
        "ERROR: webphone_url error - webphone url is empty - 1007\n")


# -- call_agent ----------------------------------------------------------------------


def test_call_agent_requeues_the_login_originate_with_its_date_and_two_spaces(
        api: httpx.Client) -> None:
    assert call(api, "function=call_agent&agent_user=1006&value=CALL") == (
        "SUCCESS: call_agent function sent - 1006\n")

    [command] = table(api, "vicidial_manager")
    assert command["entry_date"] == "2026-12-03 18:06:00"
    assert command["callerid"] == "S1203180600008600099"
    assert command["cmd_line_d"] == "Exten:  8600057"
    assert (command["status"], command["action"]) == ("NEW", "Originate")


def test_call_agent_not_valid_shows_the_value_before_the_agent(api: httpx.Client) -> None:
    assert call(api, "function=call_agent&agent_user=1006&value=call") == (
        "ERROR: call_agent not valid - call|1006\n")


def test_call_agent_malformed_entry_breaks_the_insert_with_an_empty_500(
        http: httpx.Client) -> None:
    reset(http, {"vicidial_session_data": [{"where": {"session_name": "1764784000_1007_1"},
                                            "set": {"agent_login_call": "a|b|c|d|e|f"}}]})

    answer = http.get(f"/agc/api.php?{LOGIN}&function=call_agent&agent_user=1007&value=CALL")

    assert (answer.status_code, answer.text) == (500, "")
    assert table(http, "vicidial_manager") == []


# -- send_dtmf -----------------------------------------------------------------------


def test_send_dtmf_drops_raw_hash_and_star(api: httpx.Client) -> None:
    assert call(api, "function=send_dtmf&agent_user=1000&value=12%2334*5") == (
        "SUCCESS: send_dtmf function set - 12345|1000\n")


def test_send_dtmf_value_is_cut_to_100_characters(api: httpx.Client) -> None:
    call(api, "function=send_dtmf&agent_user=1000&value=" + "1234567890" * 12)

    assert agent(api, "1000")["external_dtmf"] == "1234567890" * 10


# -- park_call -----------------------------------------------------------------------


def test_park_call_accepts_any_value_containing_a_keyword(api: httpx.Client) -> None:
    assert call(api, "function=park_call&agent_user=1000&value=XXGRAB_XFERYY") == (
        "SUCCESS: park_call function set - XXGRAB_XFERYY|1000\n")
    assert call(api, "function=park_call&agent_user=1000&value=SWAP_PARK_CUSTOMER") == (
        "SUCCESS: park_call function set - SWAP_PARK_CUSTOMER|1000\n")


def test_park_call_value_is_cut_to_40_characters(api: httpx.Client) -> None:
    call(api, "function=park_call&agent_user=1000&value=PARK_CUSTOMER_" + "ABCDEFGHIJ" * 3)

    assert agent(api, "1000")["external_park"] == "PARK_CUSTOMER_" + "ABCDEFGHIJ" * 2 + "ABCDEF"


def test_park_call_needs_a_lead_but_a_previewed_one_will_do(api: httpx.Client) -> None:
    assert call(api, "function=park_call&agent_user=1001&value=PARK_CUSTOMER") == (
        "ERROR: agent_user does not have a lead on their screen - 1001\n")
    assert call(api, "function=park_call&agent_user=1005&value=PARK_CUSTOMER") == (
        "SUCCESS: park_call function set - PARK_CUSTOMER|1005\n")


# -- set_timer_action ----------------------------------------------------------------


def test_set_timer_action_not_valid_shows_the_agent_before_the_value(
        api: httpx.Client) -> None:
    assert call(api, "function=set_timer_action&value=WEBFORM") == (
        "ERROR: set_timer_action not valid - |WEBFORM\n")


def test_set_timer_action_accepts_any_action_and_empty_rank_is_zero(api: httpx.Client) -> None:
    assert call(api, "function=set_timer_action&agent_user=1000&value=FOOBAR") == (
        "SUCCESS: set_timer_action lead updated - 6666|1000|FOOBAR||\n")
    assert agent(api, "1000")["external_timer_action_seconds"] == 0


def test_set_timer_action_value_is_cut_to_20_characters(api: httpx.Client) -> None:
    call(api, "function=set_timer_action&agent_user=1000&value=MESSAGE_ONLY_ABCDEFGHIJ")

    assert agent(api, "1000")["external_timer_action"] == "MESSAGE_ONLY_ABCDEFG"


def test_set_timer_action_checks_the_login_before_modify_campaigns(api: httpx.Client) -> None:
    query = "source=test&user=6669&pass=1234&function=set_timer_action&value=WEBFORM"

    assert api.get(f"/agc/api.php?{query}&agent_user=1010").text == (
        "ERROR: agent_user is not logged in - 1010\n")
    assert api.get(f"/agc/api.php?{query}&agent_user=1000").text == (
        "ERROR: user is not allowed to modify campaign settings - 1000|6669\n")
