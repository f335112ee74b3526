"""Where non_agent_api.php surprises its documentation, reproduced and named.

Each test resets the emulator to the recorded base fixture (plus a patch),
sends real HTTP requests and asserts the exact answer and the rows written.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import pytest

from tests.support.recorded import fixture_tables

API = "/vicidial/non_agent_api.php"
AUTH = "source=test&user=6666&pass=1234"
Patch = dict[str, list[dict[str, Any]]]


def reset(http: httpx.Client, patch: Patch | None = None) -> None:
    answer = http.post("/emulator/reset", json={"format": "vicidial-tables",
                                                "tables": fixture_tables("base", patch)})
    assert answer.status_code == 200, answer.text


def ask(http: httpx.Client, query: str) -> httpx.Response:
    return http.get(f"{API}?{query}")


def post(http: httpx.Client, body: str) -> httpx.Response:
    return http.post(API, content=body.encode(),
                     headers={"Content-Type": "application/x-www-form-urlencoded"})


def rows(http: httpx.Client, table: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = http.get(f"/emulator/tables/{table}").json()
    return found


def user_row(http: httpx.Client, user: str) -> dict[str, Any]:
    return next(r for r in rows(http, "vicidial_users") if r["user"] == user)


def ago(**delta: float) -> str:
    return (dt.datetime.now() - dt.timedelta(**delta)).strftime("%Y-%m-%d %H:%M:%S")


@pytest.fixture(autouse=True)
def base(http: httpx.Client) -> None:
    reset(http)


# -- authentication and the shared checks ---------------------------------------------


def test_authentication_runs_before_the_source_check_which_prints_two_lines(
        http: httpx.Client) -> None:
    answer = ask(http, "user=6666&pass=1234&function=agent_status&agent_user=1000")
    assert answer.text == "ERROR: Invalid Source - \nERROR: Invalid Source: ||\n"
    assert user_row(http, "6666")["last_ip"] == "127.0.0.1"
    assert [r["result_reason"] for r in rows(http, "vicidial_api_log")] == ["Invalid Source"]


def test_unknown_function_answers_no_function_specified(http: httpx.Client) -> None:
    answer = ask(http, f"{AUTH}&function=brew_tea")
    assert answer.text == "ERROR: NO FUNCTION SPECIFIED\n"
    logged = rows(http, "vicidial_api_log")[-1]
    assert (logged["function"], logged["result"]) == ("brew_tea", "ERROR")


def test_bad_password_is_echoed_and_nothing_is_logged(http: httpx.Client) -> None:
    answer = ask(http, "source=test&user=6666&pass=wrong&function=agent_status")
    assert answer.text == "ERROR: Login incorrect, please try again: |6666|wrong|BAD|\n"
    assert rows(http, "vicidial_api_log") == []
    failed = user_row(http, "6666")
    assert (failed["failed_login_count"], failed["failed_last_type_today"]) == (1, "aBAD")


def test_password_loses_characters_the_filter_does_not_allow(http: httpx.Client) -> None:
    # The Agent API keeps '.' in a password; this endpoint drops it before checking.
    answer = ask(http, "source=test&user=6666&pass=12.34&function=user_details&agent_user=1000")
    assert answer.text == "1000|Agent One|AGENTS|1|Y\n"


def test_a_locked_user_gets_this_endpoints_lockout_line(http: httpx.Client) -> None:
    reset(http, {"vicidial_users": [{"where": {"user": "6666"}, "set": {
        "failed_login_count": 10, "last_login_date": ago(minutes=5)}}]})
    answer = ask(http, f"{AUTH}&function=agent_status&agent_user=1000")
    assert answer.text == "ERROR: Too many login attempts, try again in 15 minutes: |6666|LOCK|\n"
    assert user_row(http, "6666")["failed_last_type_today"] == "cLOCK"


def test_a_good_login_resets_the_failure_count(http: httpx.Client) -> None:
    # The Agent API never resets it on a good login; this endpoint does.
    reset(http, {"vicidial_users": [{"where": {"user": "6666"},
                                     "set": {"failed_login_count": 4}}]})
    ask(http, f"{AUTH}&function=user_details&agent_user=1000")
    assert user_row(http, "6666")["failed_login_count"] == 0


def test_version_shows_the_servers_time_zone(http: httpx.Client) -> None:
    reset(http, {"servers": [{"where": {"server_id": "vicidial1"},
                              "set": {"local_gmt": "-7.00"}}]})
    text = ask(http, "function=version").text
    assert text.startswith("VERSION: 2.14-202|BUILD: 250720-1841|DATE: ")
    assert "|TZ: -7.00|TZNOW: " in text and text.endswith("|\n")


def test_the_logged_value_is_the_last_post_field(http: httpx.Client) -> None:
    # The real script's form loop leaves the last field's value in $value.
    post(http, f"{AUTH}&function=user_details&agent_user=1000&stage=csv")
    assert rows(http, "vicidial_api_log")[-1]["value"] == "csv"


def test_a_quote_in_the_last_post_field_breaks_the_log_after_the_lead_is_added(
        http: httpx.Client) -> None:
    answer = post(http, f"{AUTH}&function=add_lead&phone_number=3125556000&list_id=101"
                        "&comments=It's")
    assert (answer.status_code, answer.text) == (500, "")
    added = [r for r in rows(http, "vicidial_list") if r["phone_number"] == "3125556000"]
    assert [r["comments"] for r in added] == ["It's"]
    assert rows(http, "vicidial_api_log") == []


def test_a_quote_in_the_output_breaks_the_success_log(http: httpx.Client) -> None:
    # Lead 12351's last name is O'Hare: the success reason carries it into the statement.
    answer = ask(http, f"{AUTH}&function=lead_field_info&lead_id=12351&field_name=last_name")
    assert (answer.status_code, answer.text) == (500, "")


# -- output formats ---------------------------------------------------------------------


def test_callid_info_detail_columns_are_not_the_documented_ones(http: httpx.Client) -> None:
    answer = ask(http, f"{AUTH}&function=callid_info&call_id=V1203181500000012345"
                       "&detail=YES&header=YES&stage=csv")
    assert answer.text == (
        "call_id,custtime,call_date,phone,call_type,campaign_id,list_id,status,user\n"
        "V1203181500000012345,40,2026-12-03 18:15:00,3125550100,OUTBOUND_AUTO,TESTCAMP,101,"
        "INCALL,1000\n")


def test_lead_search_header_has_no_separators(http: httpx.Client) -> None:
    answer = ask(http, f"{AUTH}&function=lead_search&phone_number=3125550100&header=YES")
    assert answer.text == "search_keyrecords_foundlead_ids\n3125550100|1|12345\n"


def test_agent_status_include_ip_adds_the_column_but_not_a_recent_address(
        http: httpx.Client) -> None:
    reset(http, {"vicidial_user_log": [{"user": "1001", "event": "LOGIN",
                                        "event_date": ago(hours=1), "computer_ip": "10.0.0.9"}]})
    answer = ask(http, f"{AUTH}&function=agent_status&agent_user=1001&include_ip=YES"
                       "&header=YES")
    assert answer.text.splitlines() == [
        "status|callerid|lead_id|campaign_id|calls_today|full_name|user_group|user_level|"
        "pause_code|real_time_sub_status|phone_number|vendor_lead_code|session_id|computer_ip",
        "PAUSED||0|TESTCAMP|2|Agent Two|AGENTS|1|LOGIN||||8600052"]


def test_agent_status_include_ip_shows_only_a_login_older_than_two_days(
        http: httpx.Client) -> None:
    reset(http, {"vicidial_user_log": [{"user": "1001", "event": "LOGIN",
                                        "event_date": ago(days=3), "computer_ip": "10.0.0.9"}]})
    answer = ask(http, f"{AUTH}&function=agent_status&agent_user=1001&include_ip=YES")
    assert answer.text == "PAUSED||0|TESTCAMP|2|Agent Two|AGENTS|1|LOGIN||||8600052|10.0.0.9\n"


def test_lead_field_info_prints_the_bare_value_without_newline(http: httpx.Client) -> None:
    assert ask(http, f"{AUTH}&function=lead_field_info&lead_id=12345&field_name=first_name"
               ).text == "John"


def test_success_reason_is_the_output_cut_to_255_characters(http: httpx.Client) -> None:
    output = ask(http, f"{AUTH}&function=logged_in_agents").text
    assert rows(http, "vicidial_api_log")[-1]["result_reason"] == \
        f"logged_in_agents {output}"[:255]


def test_user_details_shows_the_user_as_asked_for(http: httpx.Client) -> None:
    answer = ask(http, f"{AUTH}&function=user_details&agent_user=vdad")
    assert answer.text == "vdad|Outbound Auto Dial|ADMIN|1|N\n"


# -- sub statuses -----------------------------------------------------------------------


def test_the_dead_check_replaces_3way(http: httpx.Client) -> None:
    # 1008 and 1009 share lead 12349, but only 1009's caller id has a live call.
    closer = ask(http, f"{AUTH}&function=agent_status&agent_user=1008").text
    fronter = ask(http, f"{AUTH}&function=agent_status&agent_user=1009").text
    assert closer.split("|")[9] == "DEAD" and fronter.split("|")[9] == "3-WAY"


def test_a_parked_call_reads_park(http: httpx.Client) -> None:
    reset(http, {"parked_channels": [{"channel": "SIP/trunk1-00000065",
                                      "server_ip": "10.10.10.15",
                                      "channel_group": "V1203181500000012345"}]})
    answer = ask(http, f"{AUTH}&function=agent_status&agent_user=1000")
    assert answer.text.split("|")[9] == "PARK"


# -- failed statements ------------------------------------------------------------------


def test_an_unknown_field_name_is_a_server_error_not_lead_field_not_found(
        http: httpx.Client) -> None:
    answer = ask(http, f"{AUTH}&function=lead_field_info&lead_id=12345&field_name=shoe_size")
    assert (answer.status_code, answer.text) == (500, "")
    assert rows(http, "vicidial_api_log") == []


def test_lead_all_info_with_custom_fields_is_a_server_error(http: httpx.Client) -> None:
    # No custom_<list> table exists: an empty or missing custom-field SELECT fails.
    answer = ask(http, f"{AUTH}&function=lead_all_info&lead_id=12346&custom_fields=Y")
    assert (answer.status_code, answer.text) == (500, "")


# -- lead_search ----------------------------------------------------------------------


def test_lead_search_by_lead_id_reads_lead_ids_and_prints_no_rows(http: httpx.Client) -> None:
    answer = ask(http, f"{AUTH}&function=lead_search&search_method=LEAD_ID&lead_id=1"
                       "&lead_ids=12345,12346")
    assert (answer.status_code, answer.text) == (200, "")
    assert rows(http, "vicidial_api_log")[-1]["data"] == "1|||2"


def test_lead_search_finds_a_vendor_code_in_any_case_but_counts_it_exactly(
        http: httpx.Client) -> None:
    answer = ask(http, f"{AUTH}&function=lead_search&search_method=VENDOR_LEAD_CODE"
                       "&vendor_lead_code=vlc12346")
    assert answer.text == "vlc12346|0|\n"
    assert rows(http, "vicidial_api_log")[-1]["result"] == "SUCCESS"


# -- add_lead -----------------------------------------------------------------------


def test_add_lead_areacode_check_with_a_wrong_length_still_adds(http: httpx.Client) -> None:
    reset(http, {"vicidial_phone_codes": [{"country_code": 1, "country": "USA",
                                           "areacode": "312", "state": "IL",
                                           "GMT_offset": "-6.00", "DST": "Y",
                                           "DST_range": "SSM-FSN"}]})
    answer = ask(http, f"{AUTH}&function=add_lead&phone_number=31255560001&list_id=101"
                       "&usacan_areacode_check=Y")
    assert answer.text.startswith("SUCCESS: add_lead LEAD HAS BEEN ADDED - 31255560001|101|")


def test_add_lead_prints_each_alt_phone_before_its_notice(http: httpx.Client) -> None:
    answer = ask(http, f"{AUTH}&function=add_lead&phone_number=3125556000&list_id=101"
                       "&multi_alt_phones=3125551111_1_cell!3125552222")
    lead_id = rows(http, "vicidial_list")[-1]["lead_id"]
    assert answer.text == (
        f"SUCCESS: add_lead LEAD HAS BEEN ADDED - 3125556000|101|{lead_id}||6666\n"
        "3125551111|1|cell3125552222||"
        f"NOTICE: add_lead MULTI-ALT-PHONE NUMBERS LOADED - 2|{lead_id}|6666\n")
    saved = [(r["phone_number"], r["phone_code"], r["alt_phone_note"], r["alt_phone_count"])
             for r in rows(http, "vicidial_list_alt_phones")]
    assert saved == [("3125551111", "1", "cell", 1), ("3125552222", "1", "", 2)]


def test_add_lead_dnc_areacode_matches_a_whole_area_code(http: httpx.Client) -> None:
    reset(http, {"vicidial_dnc": [{"phone_number": "407XXXXXXX"}]})
    answer = ask(http, f"{AUTH}&function=add_lead&phone_number=4075551212&dnc_check=AREACODE")
    assert answer.text == "ERROR: add_lead PHONE NUMBER IN DNC - 4075551212|6666\n"


def test_add_lead_campaign_dnc_uses_the_campaign_it_borrows_from(http: httpx.Client) -> None:
    # MANCAMP's other-campaign DNC is TESTCAMP, whose list holds 3125558888.
    answer = ask(http, f"{AUTH}&function=add_lead&phone_number=3125558888&list_id=201"
                       "&campaign_dnc_check=Y&campaign_id=MANCAMP")
    assert answer.text == ("ERROR: add_lead PHONE NUMBER IN CAMPAIGN DNC - "
                           "3125558888|MANCAMP|6666\n")


def test_add_lead_to_the_hopper(http: httpx.Client) -> None:
    answer = ask(http, f"{AUTH}&function=add_lead&phone_number=3125556000&list_id=101"
                       "&add_to_hopper=Y&hopper_priority=150")
    lead_id = rows(http, "vicidial_list")[-1]["lead_id"]
    hopper = rows(http, "vicidial_hopper")
    assert answer.text.endswith(f"NOTICE: add_lead ADDED TO HOPPER - 3125556000|{lead_id}|"
                                f"{hopper[0]['hopper_id']}|6666\n")
    assert (hopper[0]["campaign_id"], hopper[0]["priority"], hopper[0]["source"]) == (
        "TESTCAMP", 99, "P")


# -- update_lead ----------------------------------------------------------------------


def test_update_lead_repeated_reports_zero_rows_changed(http: httpx.Client) -> None:
    query = f"{AUTH}&function=update_lead&lead_id=12346&first_name=Janet"
    assert ask(http, query).text == "SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|12346|1|||\n"
    assert ask(http, query).text == "SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|12346|0|||\n"


def test_update_lead_blank_empties_a_field(http: httpx.Client) -> None:
    ask(http, f"{AUTH}&function=update_lead&lead_id=12345&alt_phone=--BLANK--")
    lead = next(r for r in rows(http, "vicidial_list") if r["lead_id"] == 12345)
    assert lead["alt_phone"] == ""


def test_update_lead_records_updates_several_matches_newest_entry_first(
        http: httpx.Client) -> None:
    reset(http, {"vicidial_list": [{"where": {"lead_id": 12349},
                                    "set": {"entry_date": "2026-12-02 09:00:00"}}]})
    answer = ask(http, f"{AUTH}&function=update_lead&search_method=VENDOR_LEAD_CODE"
                       "&vendor_lead_code=VLCDUP&records=2&city=Oak+Park")
    assert answer.text == ("SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|12349|1|||\n"
                           "SUCCESS: update_lead LEAD HAS BEEN UPDATED - 6666|12350|1|||\n")


def test_update_lead_delete_reports_the_callback_counts_in_the_reason(
        http: httpx.Client) -> None:
    reset(http, {"vicidial_callbacks": [{"lead_id": 12346, "list_id": 101,
                                         "campaign_id": "TESTCAMP", "status": "ACTIVE",
                                         "recipient": "ANYONE"}]})
    answer = ask(http, f"{AUTH}&function=update_lead&lead_id=12346&delete_lead=Y")
    assert answer.text == "SUCCESS: update_lead LEAD HAS BEEN DELETED 1|1 - 6666|12346|1|1|1|\n"
    assert [r["lead_id"] for r in rows(http, "vicidial_callbacks_archive")] == [12346]
    assert not [r for r in rows(http, "vicidial_list") if r["lead_id"] == 12346]


def test_update_lead_callback_added_then_updated(http: httpx.Client) -> None:
    query = (f"{AUTH}&function=update_lead&lead_id=12346&callback=Y&campaign_id=TESTCAMP"
             "&callback_datetime=2027-01-05+10:00:00")
    first = ask(http, query).text
    assert first == ("NOTICE: update_lead SCHEDULED CALLBACK ADDED - "
                     "12346|TESTCAMP|2027-01-05 10:00:00|ANYONE||CALLBK\n")
    second = ask(http, query + "&callback_status=CBHOLD").text
    assert second == ("NOTICE: update_lead SCHEDULED CALLBACK UPDATED - "
                      "12346|TESTCAMP|2027-01-05 10:00:00|||CBHOLD\n")


def test_update_lead_no_update_only_reports_the_lead(http: httpx.Client) -> None:
    answer = ask(http, f"{AUTH}&function=update_lead&search_method=PHONE_NUMBER"
                       "&phone_number=3125550400&no_update=Y&first_name=X")
    assert answer.text == ("NOTICE: update_lead LEADS FOUND IN THE SYSTEM: "
                           "|6666|12348||3125550400|201|0\n")


def test_update_lead_remove_from_hopper_keeps_a_lead_in_call(http: httpx.Client) -> None:
    reset(http, {"vicidial_hopper": [{"lead_id": 12346, "campaign_id": "TESTCAMP",
                                      "status": "INCALL", "list_id": 101}]})
    answer = ask(http, f"{AUTH}&function=update_lead&lead_id=12346&remove_from_hopper=Y")
    assert answer.text == ("NOTICE: update_lead NOT REMOVED FROM HOPPER - "
                           "|12346|INCALL|6666\n")


# -- lead_callback_info -------------------------------------------------------------------


def test_lead_callback_info_needs_header_yes_no_or_nothing(http: httpx.Client) -> None:
    reset(http, {"vicidial_callbacks": [{"lead_id": 12345, "list_id": 101,
                                         "campaign_id": "TESTCAMP", "status": "ACTIVE",
                                         "recipient": "USERONLY", "user": "1000"}]})
    answer = ask(http, f"{AUTH}&function=lead_callback_info&lead_id=12345&header=Y")
    assert answer.text == "ERROR: lead_callback_info CALLBACK NOT FOUND: 6666|12345|pipe|\n"
