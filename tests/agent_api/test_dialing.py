"""external_dial, preview_dial_action, external_add_lead, switch_lead: the real server's quirks."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from app.agent_api.php import below, integer_text, loosely_equal
from tests.support.recorded import fixture_tables

LOGIN = "source=test&user=6666&pass=1234"
DIAL = "function=external_dial&phone_code=1&search=YES&preview=NO&focus=YES"
ADD_LEAD = "function=external_add_lead&phone_code=1"


def _reset(http: httpx.Client, patch: dict[str, Any] | None = None) -> None:
    answer = http.post("/emulator/reset", json={"format": "vicidial-tables",
                                                "tables": fixture_tables("base", patch)})
    assert answer.status_code == 200, answer.text


def _api(http: httpx.Client, query: str) -> httpx.Response:
    return http.get(f"/agc/api.php?{LOGIN}&{query}")


def _text(http: httpx.Client, query: str) -> str:
    return _api(http, query).text


def _rows(http: httpx.Client, table: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = http.get(f"/emulator/tables/{table}").json()
    return rows


def _agent(http: httpx.Client, user: str) -> dict[str, Any]:
    return next(r for r in _rows(http, "vicidial_live_agents") if r["user"] == user)


def _dial_set(number: str, agent: str, phone_code: str = "1", flags: str = "YES|NO|YES",
              alias: str = "", caller_id: str = "", alt_dial: str = "") -> str:
    """The success line with the epoch cut out, to compare with `_without_epoch`."""
    details = f"{phone_code}|{flags}|||{alias}|{caller_id}|{alt_dial}"
    return f"SUCCESS: external_dial function set - {number}|{agent}|{details}\n"


def _without_epoch(line: str) -> str:
    fields = line.split("|")
    return "|".join(fields[:7] + fields[8:])


def _patch(table: str, where: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    return {table: [{"where": where, "set": values}]}


# -- quirk 39: the group alias caller id check is numeric -----------------------------

def test_external_dial_group_alias_two_digit_caller_id_accepted(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, f"{DIAL}&agent_user=1002&value=3125551212&group_alias=BADALIAS")
    assert _without_epoch(body) == _dial_set("3125551212", "1002", alias="BADALIAS", caller_id="12")
    assert "!BADALIAS!12!" in _agent(http, "1002")["external_dial"]


@pytest.mark.parametrize("caller_id", ["3", ""], ids=["below-4", "empty"])
def test_external_dial_group_alias_caller_id_below_4_refused(http: httpx.Client,
                                                             caller_id: str) -> None:
    _reset(http, _patch("groups_alias", {"group_alias_id": "BADALIAS"},
                        {"caller_id_number": caller_id}))
    body = _text(http, f"{DIAL}&agent_user=1002&value=3125551212&group_alias=BADALIAS")
    assert body == ("ERROR: caller_id_number from group_alias is not valid - "
                    f"1002|BADALIAS|{caller_id}\n")
    assert _agent(http, "1002")["external_dial"] == ""


@pytest.mark.parametrize("caller_id, is_below", [
    ("12", False), ("3", True), ("", True), (None, True), ("12abc", True), ("ABC", False),
], ids=["two-digits", "three", "empty", "null", "digits-then-letters", "letters"])
def test_caller_id_below_4_compares_like_php8(caller_id: str | None, is_below: bool) -> None:
    assert below(caller_id, 4) is is_below


# -- quirk 40: dial_ingroup ------------------------------------------------------------

def test_external_dial_dial_ingroup_bypasses_paused_check(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, f"{DIAL}&agent_user=1003&value=3125551212&dial_ingroup=SALESLINE")
    assert _without_epoch(body) == _dial_set("3125551212", "1003")
    assert _agent(http, "1003")["external_dial"].endswith("!!SALESLINE")


def test_external_dial_unknown_dial_ingroup_notice_then_dial(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, f"{DIAL}&agent_user=1002&value=3125551212&dial_ingroup=NOSUCH")
    notice, success, _ = body.split("\n")
    assert notice == "NOTICE: defined dial_ingroup not found - NOSUCH"
    assert success.startswith("SUCCESS: external_dial function set - 3125551212|1002|")
    assert [r["result"] for r in _rows(http, "vicidial_api_log")] == ["NOTICE", "SUCCESS"]
    assert _agent(http, "1002")["external_dial"].endswith("!!!")


# -- quirk 41: external_dial odds ------------------------------------------------------

def test_external_dial_vtiger_callback_strips_99_with_integration_off(
        http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, f"{DIAL}&agent_user=1002&value=9903125551212&vtiger_callback=YES")
    # The rest becomes an integer, so the leading 0 goes too.
    assert body.startswith("SUCCESS: external_dial function set - 3125551212|1002|")


def test_external_dial_vtiger_integration_on_aborts(http: httpx.Client) -> None:
    _reset(http, _patch("system_settings", {"version": "2.14b0.5"},
                        {"enable_vtiger_integration": "1"}))
    answer = _api(http, f"{DIAL}&agent_user=1002&value=993125551212&vtiger_callback=YES")
    assert (answer.status_code, answer.text) == (500, "")


def test_external_dial_unknown_alt_dial_dials_main_number(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, f"{DIAL}&agent_user=1002&lead_id=12348&alt_dial=FOO")
    assert _without_epoch(body) == _dial_set("3125550400", "1002", alt_dial="FOO")
    assert _agent(http, "1002")["external_dial"].endswith("!12348!FOO!")


def test_external_dial_search_not_found_reports_empty_value(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, f"{DIAL}&agent_user=1002&lead_id=12348&alt_dial=SEARCH&value=3125559999")
    assert body == "ERROR: phone number lead_id search not found - 1002||12348|\n"
    assert _rows(http, "vicidial_api_log")[0]["value"] == ""


def test_external_dial_flags_unchecked(http: httpx.Client) -> None:
    _reset(http)
    query = "function=external_dial&agent_user=1002&value=3125551212&search=XX&preview=maybe"
    body = _text(http, f"{query}&focus=ok")
    assert _without_epoch(body) == _dial_set("3125551212", "1002", "", "XX|maybe|ok")


def test_external_dial_lead_id_overrides_value_and_phone_code(http: httpx.Client) -> None:
    _reset(http)
    query = "function=external_dial&search=YES&preview=NO&focus=YES&agent_user=1002"
    body = _text(http, f"{query}&lead_id=12346&value=3125551212&phone_code=44")
    assert _without_epoch(body) == _dial_set("3125550200", "1002")


# -- quirk 42: QUEUE campaigns ---------------------------------------------------------

def test_external_dial_queue_never_touches_agent_row(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, f"{DIAL}&agent_user=1004&value=3125551212")
    assert body.startswith("SUCCESS: external_dial function set - 3125551212|1004|")
    assert _agent(http, "1004")["external_dial"] == ""
    [queued] = _rows(http, "vicidial_manual_dial_queue")
    assert (queued["user"], queued["phone_number"], queued["status"]) == (
        "1004", "3125551212", "READY")


def test_external_dial_queue_duplicate_is_per_agent_and_number(http: httpx.Client) -> None:
    _reset(http, {"vicidial_manual_dial_queue": [
        {"user": "1002", "phone_number": "3125551212", "status": "READY"}]})
    first = _text(http, f"{DIAL}&agent_user=1004&value=3125551212")
    again = _text(http, f"{DIAL}&agent_user=1004&value=3125551212")
    assert first.startswith("SUCCESS: external_dial function set - 3125551212|1004|")
    assert again == ("ERROR: phone_number is already in this agents manual dial queue - "
                     "1004|3125551212\n")
    assert len(_rows(http, "vicidial_manual_dial_queue")) == 2


def test_external_dial_agent_campaign_missing_takes_queue_path(http: httpx.Client) -> None:
    _reset(http, _patch("vicidial_live_agents", {"user": "1002"}, {"campaign_id": "NOCAMP"}))
    body = _text(http, f"{DIAL}&agent_user=1002&value=3125551212")
    assert body.startswith("SUCCESS: external_dial function set - 3125551212|1002|")
    assert _agent(http, "1002")["external_dial"] == ""
    assert len(_rows(http, "vicidial_manual_dial_queue")) == 1


# -- quirk 43: only flags --------------------------------------------------------------

def test_external_dial_twice_second_overwrites_first(http: httpx.Client) -> None:
    _reset(http)
    _text(http, f"{DIAL}&agent_user=1002&value=3125551212")
    body = _text(http, f"{DIAL}&agent_user=1002&value=3125551313")
    assert body.startswith("SUCCESS: external_dial function set - 3125551313|1002|")
    assert _agent(http, "1002")["external_dial"].startswith("3125551313!1!YES!NO!YES!!")


def test_external_dial_then_preview_dial_action_shares_column(http: httpx.Client) -> None:
    _reset(http)
    _text(http, f"{DIAL}&agent_user=1002&value=3125551212")
    body = _text(http, "function=preview_dial_action&agent_user=1002&value=DIALONLY")
    assert body == "SUCCESS: preview_dial_action function set - DIALONLY|1002|DIALONLY\n"
    assert _agent(http, "1002")["external_dial"] == "DIALONLY"


def test_external_dial_quote_in_vendor_id_breaks_update(http: httpx.Client) -> None:
    _reset(http)
    answer = _api(http, f"{DIAL}&agent_user=1002&value=3125551212&vendor_id=O%27Brien")
    assert (answer.status_code, answer.text) == (500, "")
    assert _agent(http, "1002")["external_dial"] == ""


# -- quirk 44: preview_dial_action -----------------------------------------------------

def test_preview_dial_action_debug_prints_update_twice(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, "function=preview_dial_action&agent_user=1005&value=DIALONLY"
                       "&format=debug")
    before, _, _ = body.partition("SUCCESS: preview_dial_action function set")
    assert before.count("<!--") - before.count("<!-- VERSION") == 2


def test_preview_dial_action_no_preview_lead_needed(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, "function=preview_dial_action&agent_user=1002&value=DIALONLY")
    assert body == "SUCCESS: preview_dial_action function set - DIALONLY|1002|DIALONLY\n"


def test_preview_dial_action_campaign_checked_before_paused(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, "function=preview_dial_action&agent_user=1003&value=SKIP")
    assert body == ("ERROR: preview dialing not allowed on this campaign - "
                    "1003|INBCAMP|DISABLED\n")


def test_preview_dial_action_value_filtered_to_capitals_and_digits(
        http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, "function=preview_dial_action&agent_user=1005&value=DIAL_ONLY")
    assert body == "SUCCESS: preview_dial_action function set - DIALONLY|1005|DIALONLY\n"


# -- quirk 45: external_add_lead -------------------------------------------------------

def _new_lead(http: httpx.Client) -> dict[str, Any]:
    return max(_rows(http, "vicidial_list"), key=lambda row: int(row["lead_id"]))


def test_external_add_lead_user_is_the_api_user(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, f"{ADD_LEAD}&agent_user=1002&phone_number=3125556000")
    lead = _new_lead(http)
    assert body == f"SUCCESS: lead added - 3125556000|MANCAMP|201|{lead['lead_id']}|1002\n"
    assert (lead["user"], lead["list_id"], lead["status"]) == ("6666", 201, "NEW")


def test_external_add_lead_gmt_offset_now_never_stored(http: httpx.Client) -> None:
    _reset(http)
    _text(http, f"{ADD_LEAD}&agent_user=1002&phone_number=3125556000&gmt_offset_now=-6.00")
    assert _new_lead(http)["gmt_offset_now"] == "0.00"


def test_external_add_lead_value_wins_over_phone_number(http: httpx.Client) -> None:
    _reset(http)
    _text(http, f"{ADD_LEAD}&agent_user=1002&value=3125556000&phone_number=3125556001")
    assert _new_lead(http)["phone_number"] == "3125556000"


def test_external_add_lead_vendor_id_overrides_vendor_lead_code(http: httpx.Client) -> None:
    _reset(http)
    _text(http, f"{ADD_LEAD}&agent_user=1002&phone_number=3125556000&vendor_lead_code=VLC1"
                "&vendor_id=VEND2")
    assert _new_lead(http)["vendor_lead_code"] == "VEND2"


def test_external_add_lead_incall_agent_not_checked(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, f"{ADD_LEAD}&agent_user=1000&phone_number=3125556000")
    assert body.startswith("SUCCESS: lead added - 3125556000|TESTCAMP|998|")


def test_external_add_lead_both_dnc_found(http: httpx.Client) -> None:
    _reset(http, {"vicidial_dnc": [{"phone_number": "3125558888"}]})
    body = _text(http, f"{ADD_LEAD}&agent_user=1000&phone_number=3125558888&dnc_check=YES"
                       "&campaign_dnc_check=Y")
    assert body == ("ERROR: add_lead PHONE NUMBER IN DNC - 3125558888|1000\n"
                    "ERROR: add_lead PHONE NUMBER IN CAMPAIGN DNC - 3125558888|TESTCAMP|1000\n")
    assert len(_rows(http, "vicidial_api_log")) == 2


def test_external_add_lead_campaign_dnc_uses_other_campaign(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, f"{ADD_LEAD}&agent_user=1002&phone_number=3125558888"
                       "&campaign_dnc_check=YES")
    # MANCAMP checks TESTCAMP's list, but the line names the agent's campaign.
    assert body == "ERROR: add_lead PHONE NUMBER IN CAMPAIGN DNC - 3125558888|MANCAMP|1002\n"


def test_external_add_lead_dnc_check_lowercase_ignored(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, f"{ADD_LEAD}&agent_user=1002&phone_number=3125557777&dnc_check=yes")
    assert body.startswith("SUCCESS: lead added - 3125557777|MANCAMP|201|")


def test_external_add_lead_comments_double_quote_breaks_insert(http: httpx.Client) -> None:
    _reset(http)
    count = len(_rows(http, "vicidial_list"))
    answer = _api(http, f"{ADD_LEAD}&agent_user=1002&phone_number=3125556000"
                        "&comments=say+%22hi")
    assert (answer.status_code, answer.text) == (500, "")
    assert len(_rows(http, "vicidial_list")) == count
    assert _rows(http, "vicidial_api_log") == []


def test_external_add_lead_doubled_double_quote_is_one_quote(http: httpx.Client) -> None:
    _reset(http)
    _text(http, f"{ADD_LEAD}&agent_user=1002&phone_number=3125556000&comments=say+%22%22hi")
    assert _new_lead(http)["comments"] == 'say "hi'


def test_external_add_lead_manual_dial_list_undefined_means_campaign_missing(
        http: httpx.Client) -> None:
    _reset(http, _patch("vicidial_live_agents", {"user": "1002"}, {"campaign_id": "NOCAMP"}))
    body = _text(http, f"{ADD_LEAD}&agent_user=1002&phone_number=3125556000")
    assert body == "ERROR: campaign manual dial list undefined - 3125556000||1002\n"


def test_external_add_lead_list_id_zero_accepted(http: httpx.Client) -> None:
    _reset(http, _patch("vicidial_campaigns", {"campaign_id": "MANCAMP"},
                        {"manual_dial_list_id": 0}))
    body = _text(http, f"{ADD_LEAD}&agent_user=1002&phone_number=3125556000")
    lead = _new_lead(http)
    assert body == f"SUCCESS: lead added - 3125556000|MANCAMP|0|{lead['lead_id']}|1002\n"
    assert lead["list_id"] == 0


# -- quirk 48: switch_lead -------------------------------------------------------------

def test_switch_lead_outbound_call_line_has_no_newline(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, "function=switch_lead&agent_user=1000&lead_id=12346")
    assert body == "ERROR: agent call is not inbound - 1000|V1203181500000012345"


def test_switch_lead_vendor_lead_code_wins_highest_duplicate(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, "function=switch_lead&agent_user=1003&lead_id=12346"
                       "&vendor_lead_code=VLCDUP")
    assert body == "SUCCESS: switch_lead function set - 1003|12350|VLCDUP|INBCAMP|12347|\n"
    assert _agent(http, "1003")["external_lead_id"] == 12350


def test_switch_lead_lead_search_enabled_only_refused(http: httpx.Client) -> None:
    _reset(http, _patch("vicidial_campaigns", {"campaign_id": "INBCAMP"},
                        {"agent_lead_search": "ENABLED"}))
    body = _text(http, "function=switch_lead&agent_user=1003&lead_id=12346")
    assert body == "ERROR: campaign does not allow inbound lead search - 1003|INBCAMP\n"


def test_switch_lead_value_instead_of_lead_id_not_valid(http: httpx.Client) -> None:
    _reset(http)
    body = _text(http, "function=switch_lead&agent_user=1003&value=12346")
    assert body == "ERROR: switch_lead not valid - ||1003\n"


def test_switch_lead_quote_in_vendor_lead_code_breaks_search(http: httpx.Client) -> None:
    _reset(http)
    answer = _api(http, "function=switch_lead&agent_user=1003&vendor_lead_code=O%27Brien")
    assert (answer.status_code, answer.text) == (500, "")


# -- PHP 8 value handling --------------------------------------------------------------

@pytest.mark.parametrize("left, right, equal", [
    ("3125550400", "03125550400", True), (None, "", True), ("312-555", "312555", False),
], ids=["numeric", "null-is-empty", "text"])
def test_search_compares_numbers_like_php8(left: str | None, right: str, equal: bool) -> None:
    assert loosely_equal(left, right) is equal


@pytest.mark.parametrize("digits, printed", [
    ("03125551212", "3125551212"), ("12345678901234567890", "1.2345678901235E+19"),
], ids=["leading-zero", "beyond-int"])
def test_vtiger_number_prints_like_php(digits: str, printed: str) -> None:
    assert integer_text(digits) == printed
