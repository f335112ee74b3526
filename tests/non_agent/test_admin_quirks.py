"""The admin functions' real-server quirks and MariaDB's semantics, reproduced and named.

Each test resets the emulator to the recorded base fixture (plus a patch)
and asserts the exact answer over real HTTP.
"""

from __future__ import annotations

import httpx

from app.non_agent.functions.campaigns import _age_text
from tests.non_agent.test_quirks import API, AUTH, ask, post, reset, rows

LISTS_EDITOR = {"vicidial_users": [{"where": {"user": "6666"}, "set": {"modify_lists": "1"}}]}
ADD_USER = ("function=add_user&agent_user=AUTOGENERATE&agent_pass=abcd&agent_user_level=1"
            "&agent_full_name=Auto&agent_user_group=AGENTS")


def test_add_user_autogenerate_steps_past_a_taken_id_by_seven(http: httpx.Client) -> None:
    reset(http)
    assert ask(http, f"{AUTH}&{ADD_USER}").text.startswith(
        "SUCCESS: add_user USER HAS BEEN ADDED - 6666|101|")
    assert ask(http, f"{AUTH}&{ADD_USER}").text.startswith(
        "SUCCESS: add_user USER HAS BEEN ADDED - 6666|108|")
    assert rows(http, "system_settings")[0]["auto_user_add_value"] in (108, "108")


def test_add_dnc_phone_does_not_check_the_campaign_id(http: httpx.Client) -> None:
    reset(http, LISTS_EDITOR)
    answer = ask(http, f"{AUTH}&function=add_dnc_phone&phone_number=3125550300"
                       "&campaign_id=NOSUCH")
    assert answer.text == ("SUCCESS: add_dnc_phone DNC NUMBER HAS BEEN ADDED - "
                           "6666|3125550300|NOSUCH\n")


def test_dnc_refusal_has_no_closing_pipe(http: httpx.Client) -> None:
    reset(http)
    answer = ask(http, f"{AUTH}&function=add_dnc_phone&phone_number=3125550300"
                       "&campaign_id=TESTCAMP")
    assert answer.text == ("ERROR: add_dnc_phone USER DOES NOT HAVE PERMISSION TO ADD DNC "
                           "NUMBERS: |6666|0\n")


def test_recording_lookup_lead_counts_twice_agent_once(http: httpx.Client) -> None:
    reset(http)
    assert ask(http, f"{AUTH}&function=recording_lookup&lead_id=12345").text.startswith(
        "2026-12-03 18:16:00|1006|5001|12345|")
    assert ask(http, f"{AUTH}&function=recording_lookup&agent_user=1006").text == (
        "ERROR: recording_lookup INVALID SEARCH PARAMETERS: 6666|1006|||\n")


def test_campaigns_list_strips_the_dial_statuses_frame() -> None:
    import re
    assert re.sub(r"^ | -$", "", " NEW -") == "NEW"


def test_hopper_ages_are_padded_with_spaces() -> None:
    assert _age_text(5) == "5 HOURS "
    assert _age_text(48) == "2 DAYS  "
    assert _age_text(24 * 365 * 2) == "2 YEARS "
    assert _age_text(24 * 365 * 40) == "NEVER    "


def test_post_only_request_logs_its_fields_twice(http: httpx.Client) -> None:
    reset(http)
    post(http, f"{AUTH}&function=campaigns_list")
    url = rows(http, "vicidial_api_urls")[-1]["url"]
    assert url.endswith(f"{API}?{AUTH}&function=campaigns_list&GET-AND-POST=Y&"
                        f"{AUTH}&function=campaigns_list")


# -- MariaDB's semantics, from the storage layer ------------------------------------------


def test_mariadb_lookup_ignores_case(http: httpx.Client) -> None:
    reset(http, LISTS_EDITOR)
    answer = ask(http, f"{AUTH}&function=add_dnc_phone&phone_number=3125558888"
                       "&campaign_id=testcamp")
    assert answer.text.startswith("ERROR: add_dnc_phone DNC NUMBER ALREADY EXISTS")


def test_mariadb_answer_echoes_the_callers_spelling(http: httpx.Client) -> None:
    reset(http, LISTS_EDITOR)
    answer = ask(http, f"{AUTH}&function=add_dnc_phone&phone_number=3125558888"
                       "&campaign_id=testcamp")
    assert answer.text.endswith("|6666|3125558888|testcamp\n")


def test_mariadb_user_name_ignores_trailing_spaces(http: httpx.Client) -> None:
    reset(http)
    answer = ask(http, "source=test&user=6666%20&pass=1234&function=campaigns_list"
                       "&campaign_id=TESTCAMP")
    assert answer.text.startswith("TESTCAMP|")


def test_mariadb_password_ignores_letter_case(http: httpx.Client) -> None:
    reset(http, {"vicidial_users": [{"where": {"user": "6666"}, "set": {"pass": "Secret"}}]})
    answer = ask(http, "source=test&user=6666&pass=sECRET&function=campaigns_list"
                       "&campaign_id=TESTCAMP")
    assert answer.text.startswith("TESTCAMP|")


def test_mariadb_value_is_cut_to_the_column(http: httpx.Client) -> None:
    reset(http, LISTS_EDITOR)
    ask(http, f"{AUTH}&function=add_dnc_phone&phone_number=3125550300"
              "&campaign_id=LONGCAMPAIGN")
    found = [r for r in rows(http, "vicidial_campaign_dnc")
             if r["phone_number"] == "3125550300"]
    assert [r["campaign_id"] for r in found] == ["LONGCAMP"]


def test_mariadb_invalid_date_is_the_zero_date(http: httpx.Client) -> None:
    reset(http)
    answer = ask(http, f"{AUTH}&function=recording_lookup&agent_user=1006&date=2026-12-3-")
    assert answer.text == ("ERROR: recording_lookup NO RECORDINGS FOUND - "
                           "6666|1006||2026-12-3-|\n")


# -- update_user, add_list, update_list, list_info, add_phone --------------------------------

ADD_PHONE = ("function=add_phone&extension=2001&dialplan_number=2001&voicemail_id=2001"
             "&phone_login=2001&phone_pass=pw2001&server_ip=10.10.10.15&protocol=SIP"
             "&registration_password=reg2001&phone_full_name=Phone+Two&outbound_cid=3125550000")


def test_update_user_refusal_for_this_user_ends_in_a_doubled_newline(
        http: httpx.Client) -> None:
    reset(http, {"vicidial_users": [{"where": {"user": "6671"}, "set": {"modify_users": "1"}}]})
    answer = ask(http, "source=test&user=6671&pass=1234&function=update_user&agent_user=1001"
                       "&agent_full_name=X+Y")
    assert answer.text == ("ERROR: update_user USER DOES NOT HAVE PERMISSION TO UPDATE THIS "
                           "USER: |6671|1001|<=|9\n\n")
    assert rows(http, "vicidial_api_log")[-1]["data"] == "1001|<=|9\n"


def test_update_user_blank_marker_empties_a_field(http: httpx.Client) -> None:
    reset(http)
    answer = ask(http, f"{AUTH}&function=update_user&agent_user=1001&custom_three=--BLANK--")
    assert answer.text == "SUCCESS: update_user USER HAS BEEN UPDATED - 6666|1001|\n"
    user = next(r for r in rows(http, "vicidial_users") if r["user"] == "1001")
    assert user["custom_three"] == ""


def test_add_list_keeps_only_the_digits_of_the_list_id(http: httpx.Client) -> None:
    reset(http, LISTS_EDITOR)
    answer = ask(http, f"{AUTH}&function=add_list&list_id=50a01&list_name=New+list"
                       "&campaign_id=TESTCAMP")
    assert answer.text == "SUCCESS: add_list LIST HAS BEEN ADDED - 6666|5001|New list|TESTCAMP\n"


def test_update_list_reset_prints_no_updates_notice_first(http: httpx.Client) -> None:
    reset(http, LISTS_EDITOR)
    answer = ask(http, f"{AUTH}&function=update_list&list_id=201&reset_list=Y")
    assert answer.text == ("NOTICE: update_list NO UPDATES DEFINED: |6666|\n"
                           "NOTICE: update_list LEADS IN LIST HAVE BEEN RESET - 6666|201|\n")


def test_update_list_expiration_date_takes_the_reset_times_place(http: httpx.Client) -> None:
    reset(http, LISTS_EDITOR)
    answer = ask(http, f"{AUTH}&function=update_list&list_id=998&reset_time=0900"
                       "&expiration_date=2027-01-31")
    assert answer.text == "SUCCESS: update_list LIST HAS BEEN UPDATED - 6666|998\n"
    updated = next(r for r in rows(http, "vicidial_lists") if str(r["list_id"]) == "998")
    assert (updated["expiration_date"], updated["reset_time"]) == ("2027-01-31", "")


def test_list_info_reads_back_an_updated_list(http: httpx.Client) -> None:
    reset(http, LISTS_EDITOR)
    ask(http, f"{AUTH}&function=update_list&list_id=998&expiration_date=2027-01-31")
    answer = ask(http, f"{AUTH}&function=list_info&list_id=998&stage=csv")
    assert answer.text.startswith("998,Default Manual list,TESTCAMP,N,")
    assert answer.text.endswith(",2027-01-31,0,\n")


def test_add_phone_compares_the_time_zone_as_a_number(http: httpx.Client) -> None:
    reset(http)
    answer = ask(http, f"{AUTH}&{ADD_PHONE}&local_gmt=-5")
    assert answer.text == ("SUCCESS: add_phone PHONE HAS BEEN ADDED - "
                           "6666|2001|10.10.10.15|SIP|2001\n")
    phone = next(r for r in rows(http, "phones") if r["extension"] == "2001")
    assert phone["local_gmt"] == "-5"
