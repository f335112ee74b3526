"""force_fronter_leave_3way and force_fronter_audio_stop: the real server's quirks, line by line."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from app.agent_api import cross_cluster
from tests.support.recorded import fixture_tables
from tests.support.remote_cluster import STUB_ANSWER, RemoteCluster, remote_cluster_stub
from tests.support.server import free_port

LOGIN = "source=test&user=6666&pass=1234"
LEAVE = "function=force_fronter_leave_3way"
AUDIO_STOP = "function=force_fronter_audio_stop"
STUB_URL = "http://127.0.0.1:18089/vicidial/non_agent_api.php?source=ccc&function=ccc_lead_info"
HANDED_OVER = {"call_date": "2026-12-03 18:16:00", "remote_call_id": "V1203181600000077777",
               "local_call_id": "V1203181600000012345", "lead_id": 12345,
               "uniqueid": "1764785700.101", "channel": "SIP/trunk1-00000065",
               "server_ip": "10.10.10.15", "list_id": 101, "container_id": "CCC_TEST",
               "remote_lead_id": 77777}


def _reset(http: httpx.Client, patch: dict[str, Any] | None = None) -> None:
    answer = http.post("/emulator/reset", json={"format": "vicidial-tables",
                                                "tables": fixture_tables("base", patch)})
    assert answer.status_code == 200, answer.text


def _api(http: httpx.Client, query: str) -> httpx.Response:
    return http.get(f"/agc/api.php?{LOGIN}&{query}")


def _rows(http: httpx.Client, table: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = http.get(f"/emulator/tables/{table}").json()
    return rows


def _agent(http: httpx.Client, user: str) -> dict[str, Any]:
    return next(r for r in _rows(http, "vicidial_live_agents") if r["user"] == user)


def _ccc_patch(url: str) -> dict[str, Any]:
    return {"vicidial_ccc_log": [HANDED_OVER],
            "vicidial_settings_containers": [{"container_id": "CCC_TEST",
                                              "container_type": "OTHER",
                                              "container_entry": url}]}


def _recent_session(seconds_ago: int, conf_exten: str = "8600060",
                    server_ip: str = "10.10.10.15") -> dict[str, Any]:
    call_date = dt.datetime.now() - dt.timedelta(seconds=seconds_ago)
    return {"lead_id": 12345, "server_ip": server_ip, "call_date": f"{call_date:%Y-%m-%d %H:%M:%S}",
            "user": "1009", "campaign_id": "TESTCAMP", "conf_exten": conf_exten,
            "call_type": "O"}


# -- quirk 53: the SENT line, its log row, and who counts as the fronter -------------

def test_leave_3way_sent_line_has_no_newline(http: httpx.Client) -> None:
    _reset(http)
    body = _api(http, f"{LEAVE}&agent_user=1008&value=LOCAL_ONLY").text
    assert body == "SUCCESS: force_fronter_leave_3way SENT - 1009"
    assert _agent(http, "1009")["external_transferconf"].startswith(
        "LEAVE_3WAY_CALL---------NO------------")


def test_leave_3way_log_keeps_whole_line_as_reason_and_cuts_function(
        http: httpx.Client) -> None:
    _reset(http)
    _api(http, f"{LEAVE}&agent_user=1008&value=LOCAL_ONLY")
    (row,) = _rows(http, "vicidial_api_log")
    assert row["result"] == "SUCCESS"
    assert row["result_reason"] == "SUCCESS: force_fronter_leave_3way SENT - 1009"
    assert row["function"] == "force_fronter_leave_"


def test_leave_3way_fronter_can_be_the_closer(http: httpx.Client) -> None:
    _reset(http)
    body = _api(http, f"{LEAVE}&agent_user=1009&value=LOCAL_ONLY").text
    assert body == "SUCCESS: force_fronter_leave_3way SENT - 1008"


def test_leave_3way_fronter_is_the_oldest_other_agent_on_the_lead(http: httpx.Client) -> None:
    _reset(http, {"vicidial_live_agents": [
        {"where": {"user": "1001"}, "set": {"lead_id": 12349,
                                           "last_call_time": "2026-12-03 17:00:00"}}]})
    body = _api(http, f"{LEAVE}&agent_user=1008&value=LOCAL_ONLY").text
    assert body == "SUCCESS: force_fronter_leave_3way SENT - 1001"


def test_leave_3way_value_is_case_sensitive(http: httpx.Client) -> None:
    _reset(http)
    body = _api(http, f"{LEAVE}&agent_user=1008&value=local_only").text
    assert body == "ERROR: force_fronter_leave_3way not valid - local_only|1008\n"


# -- quirk 54: CCC_REMOTE and LOCAL_AND_CCC ---------------------------------------------

def test_ccc_remote_needs_no_logged_in_agent(http: httpx.Client) -> None:
    _reset(http)
    body = _api(http, f"{LEAVE}&agent_user=CCC_REMOTE&value=CCC_REMOTE&lead_id=12345").text
    assert body == "SUCCESS: force_fronter_leave_3way SENT - 1000"


def test_ccc_remote_without_lead_id_is_not_on_a_phone_call(http: httpx.Client) -> None:
    _reset(http)
    body = _api(http, f"{LEAVE}&agent_user=CCC_REMOTE&value=CCC_REMOTE").text
    assert body == "ERROR: agent_user is not on a phone call - CCC_REMOTE\n"


def test_ccc_remote_for_an_agent_on_a_call_without_lead_id_searches_lead_zero(
        http: httpx.Client) -> None:
    # The agent's own lead is not used: the empty lead_id compares as 0.
    _reset(http, {"vicidial_live_agents": [
        {"where": {"user": "1004"}, "set": {"last_call_time": "2026-12-03 10:00:00"}}]})
    body = _api(http, f"{LEAVE}&agent_user=1008&value=CCC_REMOTE").text
    assert body == "SUCCESS: force_fronter_leave_3way SENT - 1004"


def test_local_and_ccc_tries_the_local_fronter_first(
        http: httpx.Client, remote_cluster: RemoteCluster) -> None:
    _reset(http, _ccc_patch(STUB_URL))
    body = _api(http, f"{LEAVE}&agent_user=1008&value=LOCAL_AND_CCC").text
    assert body == "SUCCESS: force_fronter_leave_3way SENT - 1009"
    assert _rows(http, "vicidial_url_log") == []


def test_local_and_ccc_rewrites_the_container_url_and_logs_the_fetch(
        http: httpx.Client, remote_cluster: RemoteCluster) -> None:
    _reset(http, _ccc_patch(STUB_URL))
    remote_cluster.paths.clear()
    body = _api(http, f"{AUDIO_STOP}&agent_user=1000&value=LOCAL_AND_CCC").text
    assert body == "SUCCESS: force_fronter_audio_stop command sent over CCC - CCC_TEST\n"
    command = ("/agc/api.php?source=ccc&function=force_fronter_audio_stop&value=CCC_REMOTE"
               "&lead_id=77777&agent_user=CCC_REMOTE")
    (logged,) = _rows(http, "vicidial_url_log")
    assert logged["url"] == f"http://127.0.0.1:18089{command}"
    assert logged["url_type"] == "start"
    assert logged["url_response"] == STUB_ANSWER.decode()
    if remote_cluster.started:
        assert remote_cluster.paths == [command]
    (api_row,) = _rows(http, "vicidial_api_log")
    assert api_row["result_reason"] == (
        "force_fronter_audio_stop command sent over CCC - CCC_TEST")


def test_local_and_ccc_unreachable_stores_php_warning(http: httpx.Client) -> None:
    _reset(http, _ccc_patch("http://127.0.0.1:1/vicidial/non_agent_api.php?a=1&b=ccc_lead_info"))
    body = _api(http, f"{LEAVE}&agent_user=1000&value=LOCAL_AND_CCC").text
    assert body == "ERROR: no fronter found - 1000\n"
    (logged,) = _rows(http, "vicidial_url_log")
    assert logged["url_response"] == (
        "PHP ERROR: Type=2 - Message=file(http://127.0.0.1:1/agc/api.php?a=1&amp;"
        "b=force_fronter_leave_3way&amp;value=CCC_REMOTE&amp;lead_id=77777&amp;"
        "agent_user=CCC_REMOTE): Failed to open stream: Connection refused - Line=4965 - "
        f"File={cross_cluster.PHP_SCRIPT}")


def test_local_and_ccc_http_error_stores_the_status_line(http: httpx.Client) -> None:
    port = free_port()
    with remote_cluster_stub(port=port, status=404, page=b"gone\n"):
        _reset(http, _ccc_patch(f"http://127.0.0.1:{port}/x?ccc_lead_info"))
        body = _api(http, f"{LEAVE}&agent_user=1000&value=LOCAL_AND_CCC").text
    assert body == "ERROR: no fronter found - 1000\n"
    (logged,) = _rows(http, "vicidial_url_log")
    assert ("Failed to open stream: HTTP request failed! HTTP/1.0 404 Not Found\r\n - Line="
            in logged["url_response"])


def test_local_and_ccc_empty_page_stores_the_undefined_uniqueid_warning(
        http: httpx.Client) -> None:
    port = free_port()
    with remote_cluster_stub(port=port, page=b""):
        _reset(http, _ccc_patch(f"http://127.0.0.1:{port}/x?ccc_lead_info"))
        body = _api(http, f"{LEAVE}&agent_user=1000&value=LOCAL_AND_CCC").text
    assert body == "ERROR: no fronter found - 1000\n"
    (logged,) = _rows(http, "vicidial_url_log")
    assert logged["url_response"] == (
        "PHP ERROR: Type=2 - Message=Undefined variable $uniqueid - Line=4955 - "
        f"File={cross_cluster.PHP_SCRIPT}")


def test_local_and_ccc_quote_in_failed_url_breaks_the_update(http: httpx.Client) -> None:
    _reset(http, _ccc_patch("http://127.0.0.1:1/x?a='b'&ccc_lead_info"))
    answer = _api(http, f"{LEAVE}&agent_user=1000&value=LOCAL_AND_CCC")
    assert (answer.status_code, answer.text) == (500, "")
    (logged,) = _rows(http, "vicidial_url_log")
    assert logged["url_response"] == ""


def test_local_and_ccc_container_missing_is_no_fronter(http: httpx.Client) -> None:
    _reset(http, {"vicidial_ccc_log": [HANDED_OVER]})
    body = _api(http, f"{LEAVE}&agent_user=1000&value=LOCAL_AND_CCC").text
    assert body == "ERROR: no fronter found - 1000\n"
    assert _rows(http, "vicidial_url_log") == []


def test_command_url_rewrites_both_the_function_and_the_script() -> None:
    url = cross_cluster.command_url(
        "http://c2/admin/non_agent_api.php?function=ccc_lead_info", "force_fronter_leave_3way",
        None)
    assert url == ("http://c2/agc/api.php?function=force_fronter_leave_3way&value=CCC_REMOTE"
                   "&lead_id=&agent_user=CCC_REMOTE")


@pytest.mark.parametrize("text, stored", [
    ("plain", "plain"), ("a\\nb", "a\nb"), ("a\\qb", "aqb"), ("it''s", "it's"),
    ("it's", None), ("end\\", None),
], ids=["plain", "newline-escape", "unknown-escape", "doubled-quote", "quote", "backslash-end"])
def test_failure_text_is_read_as_an_unescaped_sql_literal(text: str, stored: str | None) -> None:
    assert cross_cluster.sql_literal(text) == stored


# -- quirk 55: audio_stop's line, the stage echo and recent sessions ----------------------

def test_audio_stop_says_function_sent_and_echoes_the_stage(http: httpx.Client) -> None:
    _reset(http)
    body = _api(http, f"{AUDIO_STOP}&agent_user=1008&value=LOCAL_ONLY&stage=XYZ").text
    assert body == "SUCCESS: force_fronter_audio_stop function sent - LOCAL_ONLY|XYZ|1008|1009\n"
    (command,) = _rows(http, "vicidial_manager")
    assert (command["action"], command["cmd_line_b"]) == (
        "Hangup", "Channel: IAX2/ASTplay-00001234")
    assert command["callerid"].startswith("PLAYHU")


def test_audio_stop_finds_a_fronter_who_left_through_recent_sessions(
        http: httpx.Client) -> None:
    _reset(http, {"vicidial_sessions_recent": [_recent_session(120)]})
    body = _api(http, f"{AUDIO_STOP}&agent_user=1000&value=LOCAL_ONLY").text
    assert body == "SUCCESS: force_fronter_audio_stop function sent - LOCAL_ONLY||1000|1009\n"


def test_audio_stop_ignores_recent_sessions_older_than_five_minutes(
        http: httpx.Client) -> None:
    _reset(http, {"vicidial_sessions_recent": [_recent_session(600)]})
    body = _api(http, f"{AUDIO_STOP}&agent_user=1000&value=LOCAL_ONLY").text
    assert body == "ERROR: no fronter found - 1000\n"


def test_audio_stop_recent_session_without_conference_uses_the_live_one(
        http: httpx.Client) -> None:
    _reset(http, {"vicidial_sessions_recent": [_recent_session(60, "", "")]})
    body = _api(http, f"{AUDIO_STOP}&agent_user=1000&value=LOCAL_ONLY").text
    assert body == "SUCCESS: force_fronter_audio_stop function sent - LOCAL_ONLY||1000|1009\n"


def test_audio_stop_no_audio_exits_before_the_close_window_link(http: httpx.Client) -> None:
    _reset(http)
    body = _api(http, f"{AUDIO_STOP}&agent_user=1009&value=LOCAL_ONLY&close_window_link=1").text
    assert body == ("ERROR: force_fronter_audio_stop error - no audio playing in other agent "
                    "session - 8600059|10.10.10.15||1009|1008\n")


def test_audio_stop_short_conference_is_no_fronter_session(http: httpx.Client) -> None:
    _reset(http, {"vicidial_live_agents": [
        {"where": {"user": "1009"}, "set": {"conf_exten": "86000"}}]})
    body = _api(http, f"{AUDIO_STOP}&agent_user=1008&value=LOCAL_ONLY&stage=S1").text
    assert body == ("ERROR: force_fronter_audio_stop error - no fronter session found - "
                    "S1|1008|1009\n")
    (row,) = _rows(http, "vicidial_api_log")
    assert row["data"] == "S1"
