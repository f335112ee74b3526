"""transfer_conference and ra_call_control: the real server's quirks, line by line."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from app.agent_api.families.transfers import _below_four
from tests.support.recorded import fixture_tables

LOGIN = "source=test&user=6666&pass=1234"
CALLERID = "V1203181500000012345"
THREE_WAY_CHANNEL = {"channel": "Local/58600051@default-00000001;1", "server_ip": "10.10.10.15",
                     "channel_group": "DC1203181600W", "extension": "8600051",
                     "channel_data": ""}


def _reset(http: httpx.Client, patch: dict[str, Any] | None = None) -> None:
    answer = http.post("/emulator/reset", json={"format": "vicidial-tables",
                                                "tables": fixture_tables("base", patch)})
    assert answer.status_code == 200, answer.text


def _api(http: httpx.Client, query: str) -> str:
    return http.get(f"/agc/api.php?{LOGIN}&{query}").text


def _transfer(http: httpx.Client, query: str, agent_user: str = "1000") -> str:
    return _api(http, f"function=transfer_conference&agent_user={agent_user}&{query}")


def _rows(http: httpx.Client, table: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = http.get(f"/emulator/tables/{table}").json()
    return rows


def _agent(http: httpx.Client, user: str) -> dict[str, Any]:
    return next(r for r in _rows(http, "vicidial_live_agents") if r["user"] == user)


def _press_call(status: str, call_date: str) -> dict[str, Any]:
    return {"call_date": call_date, "caller_code": "DC1203181600000012345",
            "call_3way_id": "3W1203181600", "lead_id": 12345, "user": "1000",
            "session_id": "8600051", "server_ip": "10.10.10.15", "status": status}


def _success(value: str, ingroup: str = "", phone: str = "", consultative: str = "NO",
             data: str = CALLERID) -> str:
    return (f"SUCCESS: transfer_conference function set - "
            f"{value}|{ingroup}|{phone}|{consultative}|1000|{data}|\n")


# -- quirk 39: the group alias caller id check is numeric -----------------------------

def test_group_alias_two_digit_caller_id_passes_numeric_check(http: httpx.Client) -> None:
    _reset(http)
    body = _transfer(http, "value=BLIND_TRANSFER&phone_number=8500&group_alias=BADALIAS")
    assert body == _success("BLIND_TRANSFER", phone="8500")
    assert "---BADALIAS---12---" in _agent(http, "1000")["external_transferconf"]


def test_group_alias_caller_id_below_four_is_refused(http: httpx.Client) -> None:
    _reset(http, {"groups_alias": [{"where": {"group_alias_id": "BADALIAS"},
                                    "set": {"caller_id_number": "3"}}]})
    body = _transfer(http, "value=BLIND_TRANSFER&phone_number=8500&group_alias=BADALIAS")
    assert body == ("ERROR: caller_id_number from group_alias is not valid - "
                    "1000|BADALIAS|3\n")


@pytest.mark.parametrize("caller_id, below", [
    ("12", False), ("3", True), ("3.9", True), ("", True), (None, True),
    ("ABC", False), ("12abc", True), (" 3125559999", False),
], ids=["two-digits", "three", "decimal", "empty", "null", "letters", "digits-then-letters",
        "leading-space"])
def test_group_alias_caller_id_compares_like_php8(caller_id: str | None, below: bool) -> None:
    assert _below_four(caller_id) is below


# -- quirk 50: what transfer_conference echoes and ignores ----------------------------

def test_consultative_echoed_yes_but_stored_no_for_blind_transfer(http: httpx.Client) -> None:
    _reset(http)
    body = _transfer(http, "value=BLIND_TRANSFER&consultative=YES&phone_number=8500")
    assert body == _success("BLIND_TRANSFER", phone="8500", consultative="YES")
    stored = _agent(http, "1000")["external_transferconf"]
    assert stored.startswith("BLIND_TRANSFER------8500---NO---")


def test_invalid_value_names_the_api_user_not_the_agent(http: httpx.Client) -> None:
    _reset(http)
    assert _transfer(http, "value=FOOBARBAZ") == "ERROR: value is not valid - FOOBARBAZ|6666\n"


def test_group_alias_ignored_for_hangup_values(http: httpx.Client) -> None:
    _reset(http)
    body = _transfer(http, "value=HANGUP_XFER&group_alias=NOSUCH&cid_choice=FOO")
    assert body == _success("HANGUP_XFER")


def test_cid_choice_is_a_substring_match(http: httpx.Client) -> None:
    _reset(http)
    body = _transfer(http, "value=DIAL_WITH_CUSTOMER&phone_number=8500&cid_choice=XCUSTOMERX")
    assert body == _success("DIAL_WITH_CUSTOMER", phone="8500")
    assert _agent(http, "1000")["external_transferconf"].endswith("---XCUSTOMERX")


def test_cid_choice_without_a_keyword_is_refused(http: httpx.Client) -> None:
    _reset(http)
    body = _transfer(http, "value=DIAL_WITH_CUSTOMER&phone_number=8500&cid_choice=FOO")
    assert body == "ERROR: cid_choice is not valid - 1000|FOO\n"


def test_default_ingroup_of_outbound_call_is_the_campaigns_none(http: httpx.Client) -> None:
    _reset(http)
    body = _transfer(http, "value=LOCAL_CLOSER&ingroup_choices=DEFAULTINGROUP")
    assert body == "ERROR: ingroup is not valid - ---NONE---\n"


# -- quirk 51: multi_dial_phones, md_check and tw_check -------------------------------

def test_multi_dial_phones_processed_even_for_hangup_both(http: httpx.Client) -> None:
    _reset(http)
    body = _transfer(http, "value=HANGUP_BOTH&multi_dial_phones=2125551212")
    assert body == _success("HANGUP_BOTH", data=f"{CALLERID}|Multi-phones: 1 1 1")
    assert _rows(http, "vicidial_3way_press_multi")[0]["phone_numbers"] == "2125551212"


def test_multi_dial_number_inside_a_kept_number_is_a_duplicate(http: httpx.Client) -> None:
    _reset(http)
    body = _transfer(http, "value=BLIND_TRANSFER&phone_number=8500"
                           "&multi_dial_phones=2125551212,55512,1234,2125551212")
    assert body == _success("BLIND_TRANSFER", phone="8500",
                            data=f"{CALLERID}|Multi-phones: 1 4 1")
    row = _rows(http, "vicidial_3way_press_multi")[0]
    assert (row["phone_numbers"], row["phone_numbers_ct"]) == ("2125551212", 1)


def test_multi_dial_replace_reports_two_affected_rows(http: httpx.Client) -> None:
    _reset(http, {"vicidial_3way_press_multi": [
        {"user": "1000", "call_date": "2026-12-01 00:00:00", "phone_numbers": "4075551212",
         "phone_numbers_ct": 1, "status": "DONE"}]})
    body = _transfer(http, "value=HANGUP_XFER&multi_dial_phones=3125551212")
    assert body == _success("HANGUP_XFER", data=f"{CALLERID}|Multi-phones: 1 1 2")


def test_multi_dial_without_any_kept_number_reports_zero(http: httpx.Client) -> None:
    _reset(http)
    body = _transfer(http, "value=HANGUP_XFER&multi_dial_phones=1234,5678")
    assert body == _success("HANGUP_XFER", data=f"{CALLERID}|Multi-phones: 0 2 0")
    assert _rows(http, "vicidial_3way_press_multi") == []


@pytest.mark.parametrize("status, age", [("DIALING", 2400), ("HUNGUP", 60), ("declined", 60)],
                         ids=["stale-row", "hungup-row", "finished-lowercase"])
def test_md_check_ignores_stale_and_finished_3way_rows(http: httpx.Client, status: str,
                                                       age: int) -> None:
    _reset(http, {"vicidial_3way_press_live": [_press_call(status, f"{{NOW-{age}}}")]})
    body = _transfer(http, "value=HANGUP_XFER&multi_dial_phones=2125551212&md_check=YES")
    assert body == _success("HANGUP_XFER", data=f"{CALLERID}|Multi-phones: 1 1 1")


def test_md_check_refuses_a_recent_active_3way_call(http: httpx.Client) -> None:
    _reset(http, {"vicidial_3way_press_live": [_press_call("DIALING", "{NOW-60}")]})
    body = _transfer(http, "value=HANGUP_XFER&multi_dial_phones=2125551212&md_check=yes")
    assert body == "ERROR: agent_user has previous active 3-way calls - 1000|1|0|yes\n"
    assert _agent(http, "1000")["external_transferconf"] == ""


def test_tw_check_blocks_even_hangup_xfer(http: httpx.Client) -> None:
    _reset(http, {"live_sip_channels": [THREE_WAY_CHANNEL]})
    body = _transfer(http, "value=HANGUP_XFER&tw_check=YES")
    assert body == "ERROR: agent_user has current active 3-way call - 1000|1|0|YES\n"


def test_tw_check_failure_keeps_the_multi_dial_row_written(http: httpx.Client) -> None:
    _reset(http, {"live_sip_channels": [THREE_WAY_CHANNEL]})
    _transfer(http, "value=HANGUP_XFER&tw_check=YES&multi_dial_phones=2125551212")
    assert len(_rows(http, "vicidial_3way_press_multi")) == 1


# -- quirk 52: ra_call_control acts on the call, not on agent_user ---------------------

def _ra(http: httpx.Client, query: str, agent_user: str = "1000") -> str:
    return _api(http, f"function=ra_call_control&agent_user={agent_user}&{query}")


def test_ra_call_control_acts_on_another_agents_call(http: httpx.Client) -> None:
    _reset(http)
    body = _ra(http, "stage=HANGUP&value=V1203181600000012349")
    assert body == "SUCCESS: ra_call_control hungup - 1000|V1203181600000012349|HANGUP\n"
    assert _agent(http, "1009")["status"] == "READY"
    assert _agent(http, "1000")["status"] == "INCALL"
    log = next(r for r in _rows(http, "vicidial_log") if r["uniqueid"] == "1764785880.300")
    assert (log["user"], log["status"]) == ("1000", "RAXFER")


def test_ra_call_control_hangs_up_a_queued_call_nobody_has(http: httpx.Client) -> None:
    _reset(http)
    before = _rows(http, "vicidial_live_agents")
    body = _ra(http, "stage=HANGUP&value=V1203181510000012346")
    assert body == "SUCCESS: ra_call_control hungup - 1000|V1203181510000012346|HANGUP\n"
    assert _rows(http, "vicidial_live_agents") == before
    calls = [r["callerid"] for r in _rows(http, "vicidial_auto_calls")]
    assert "V1203181510000012346" not in calls


def test_ra_ingroup_transfer_answer_ends_with_the_empty_phone_number(
        http: httpx.Client) -> None:
    _reset(http)
    body = _ra(http, f"stage=INGROUPTRANSFER&ingroup_choices=SALESLINE&value={CALLERID}")
    assert body == f"SUCCESS: ra_call_control transfer - 1000|{CALLERID}|\n"
    command = _rows(http, "vicidial_manager")[0]
    assert command["cmd_line_d"] == "Exten: 90009*SALESLINE**12345**3125550100**1000**"


def test_ra_extension_transfer_redirects_to_the_number(http: httpx.Client) -> None:
    _reset(http)
    body = _ra(http, f"stage=EXTENSIONTRANSFER&phone_number=8500&value={CALLERID}")
    assert body == f"SUCCESS: ra_call_control transfer - 1000|{CALLERID}|8500\n"
    command = _rows(http, "vicidial_manager")[0]
    assert (command["action"], command["callerid"], command["cmd_line_d"]) == (
        "Redirect", "XAPI3181500000012345", "Exten: 8500")


def test_ra_hangup_writes_call_length_and_a_new_random_id(http: httpx.Client) -> None:
    _reset(http)
    _ra(http, f"stage=HANGUP&value={CALLERID}")
    log = next(r for r in _rows(http, "vicidial_log") if r["uniqueid"] == "1764785700.101")
    assert log["length_in_sec"] == log["end_epoch"] - 1796321700
    assert 10000000 <= _agent(http, "1000")["random_id"] <= 19999999


def test_ra_stage_is_case_sensitive(http: httpx.Client) -> None:
    _reset(http)
    assert _ra(http, f"stage=hangup&value={CALLERID}") == "ERROR: stage is not valid - hangup\n"
