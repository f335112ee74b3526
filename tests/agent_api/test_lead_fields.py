"""update_fields, change_ingroups, st_login_log, st_get_agent_active_lead: the real quirks."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.support.recorded import fixture_tables

LOGIN = "source=test&user=6666&pass=1234"
UPDATE = "function=update_fields&agent_user=1000"
INGROUPS = "function=change_ingroups&agent_user=1003"


@pytest.fixture
def base(http: httpx.Client) -> httpx.Client:
    _reset(http)
    return http


def _reset(http: httpx.Client, patch: dict[str, Any] | None = None) -> None:
    answer = http.post("/emulator/reset", json={"format": "vicidial-tables",
                                                "tables": fixture_tables("base", patch)})
    assert answer.status_code == 200, answer.text


def _text(http: httpx.Client, query: str, login: str = LOGIN) -> str:
    return http.get(f"/agc/api.php?{login}&{query}").text


def _rows(http: httpx.Client, table: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = http.get(f"/emulator/tables/{table}").json()
    return rows


def _row(http: httpx.Client, table: str, **key: Any) -> dict[str, Any]:
    return next(r for r in _rows(http, table) if all(r[k] == v for k, v in key.items()))


def _lead(http: httpx.Client, lead_id: int = 12345) -> dict[str, Any]:
    return _row(http, "vicidial_list", lead_id=lead_id)


def _live_groups(http: httpx.Client, user: str = "1003") -> list[str]:
    return [r["group_id"] for r in _rows(http, "vicidial_live_inbound_agents")
            if r["user"] == user]


def _updated(fields: str, assignments: str, lead_rows: int = 1, agent_rows: int = 1) -> str:
    return (f"SUCCESS: update_fields lead updated - 6666|1000|12345|{lead_rows}|{agent_rows}|"
            f"{fields}|{assignments}|\n")


# -- update_fields: quirk 46, fields found by searching the raw query string --------

def test_update_fields_finds_a_field_named_inside_another_value(base: httpx.Client) -> None:
    answer = _text(base, f"{UPDATE}&first_name=Frank")

    assert answer == _updated("first_name,rank", 'first_name="Frank",rank=""')
    assert _lead(base)["rank"] == 0


def test_update_fields_finds_a_field_named_in_the_source(base: httpx.Client) -> None:
    answer = _text(base, f"{UPDATE}&first_name=Jack", login="source=crmtitle&user=6666&pass=1234")

    assert answer == _updated("first_name,title", 'first_name="Jack",title=""')
    assert _lead(base)["title"] == ""


def test_update_fields_emailreload_clears_the_email(base: httpx.Client) -> None:
    answer = _text(base, f"{UPDATE}&emailreload=1")

    assert answer == _updated("email,emailreload", 'email=""')
    assert _lead(base)["email"] == ""


def test_update_fields_uppercase_parameter_clears_the_field(base: httpx.Client) -> None:
    answer = _text(base, f"{UPDATE}&SOURCE_ID=X")

    assert answer == _updated("source_id", 'source_id=""')
    assert _lead(base)["source_id"] == ""


def test_update_fields_searches_the_rejoined_post_fields(base: httpx.Client) -> None:
    answer = base.post("/agc/api.php", content=f"{LOGIN}&{UPDATE}&city=Peoria",
                       headers={"Content-Type": "application/x-www-form-urlencoded"})

    assert answer.text == _updated("city", 'city="Peoria"')
    assert _rows(base, "vicidial_api_log")[-1]["value"] == "Peoria"


# -- update_fields: quirk 47, the answer line -------------------------------------

def test_update_fields_answer_has_row_counts_and_double_quoted_values(
        base: httpx.Client) -> None:
    answer = _text(base, f"{UPDATE}&vendor_lead_code=1234567&address1=")

    assert answer == _updated("address1,vendor_lead_code",
                              'address1="",vendor_lead_code="1234567"')
    assert _rows(base, "vicidial_api_log")[-1]["data"] == (
        "6666|1000|12345|1|1|address1,vendor_lead_code|address1='',vendor_lead_code='1234567'|")


def test_update_fields_identical_repeat_reports_zero_rows(base: httpx.Client) -> None:
    _text(base, f"{UPDATE}&first_name=Jack")

    answer = _text(base, f"{UPDATE}&first_name=Jack")

    assert answer == _updated("first_name", 'first_name="Jack"', lead_rows=0, agent_rows=0)


def test_update_fields_missing_lead_row_still_succeeds(http: httpx.Client) -> None:
    _reset(http, {"vicidial_live_agents": [{"where": {"user": "1000"},
                                            "set": {"lead_id": 99999}}]})

    answer = _text(http, f"{UPDATE}&first_name=Jack")

    assert answer == ('SUCCESS: update_fields lead updated - 6666|1000|99999|0|1|first_name|'
                      'first_name="Jack"|\n')


def test_update_fields_set_list_follows_the_script_order(base: httpx.Client) -> None:
    answer = _text(base, f"{UPDATE}&owner=ME&city=Peoria&phone_code=44&formreload=1")

    assert answer == _updated("phone_code,city,owner,formreload",
                              'phone_code="44",city="Peoria",owner="ME"')


def test_update_fields_reload_trigger_alone_changes_no_lead_row(base: httpx.Client) -> None:
    answer = _text(base, f"{UPDATE}&formreload=1")

    assert answer == _updated("formreload", "", lead_rows=0)
    assert _row(base, "vicidial_live_agents", user="1000")["external_update_fields_data"] == (
        "formreload")


def test_update_fields_permission_error_echoes_the_value(base: httpx.Client) -> None:
    answer = _text(base, f"{UPDATE}&first_name=Jack", login="source=test&user=6667&pass=1234")

    assert answer == ("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - "
                      "|6667|update_fields|ADMIN\n")


def test_update_fields_needs_modify_leads(base: httpx.Client) -> None:
    answer = _text(base, f"{UPDATE}&first_name=Jack", login="source=test&user=6669&pass=1234")

    assert answer == "ERROR: user is not allowed to modify lead information - 1000|6669\n"


# -- update_fields: what MariaDB makes of the values -------------------------------

def test_update_fields_compact_date_of_birth_is_read_as_a_date(base: httpx.Client) -> None:
    _text(base, f"{UPDATE}&date_of_birth=19700203")

    assert _lead(base)["date_of_birth"] == "1970-02-03"


def test_update_fields_gender_outside_the_enum_is_stored_empty(base: httpx.Client) -> None:
    answer = _text(base, f"{UPDATE}&gender=MALE")

    assert answer == _updated("gender", 'gender="MALE"')
    assert _lead(base)["gender"] == ""


def test_update_fields_rank_beyond_smallint_is_stored_as_its_maximum(
        base: httpx.Client) -> None:
    _text(base, f"{UPDATE}&rank=99999")

    assert _lead(base)["rank"] == 32767


def test_update_fields_double_quote_in_comments_breaks_the_update(base: httpx.Client) -> None:
    answer = base.get(f"/agc/api.php?{LOGIN}&{UPDATE}&comments=say+%22hi%22")

    assert (answer.status_code, answer.text) == (500, "")
    assert _lead(base)["comments"] == "first test lead"
    assert _rows(base, "vicidial_api_log") == []


# -- change_ingroups: quirk 49 ----------------------------------------------------

def test_change_ingroups_ignores_the_first_group_without_a_leading_space(
        base: httpx.Client) -> None:
    answer = _text(base, f"{INGROUPS}&value=CHANGE&blended=NO&ingroup_choices=NOSUCH+SALESLINE")

    assert answer == "SUCCESS: change_ingroups function set - 6666|1003|NOSUCH SALESLINE|NO|\n"
    assert _row(base, "vicidial_live_agents", user="1003")["external_ingroups"] == (
        "NOSUCH SALESLINE")
    assert _live_groups(base) == ["SALESLINE"]


def test_change_ingroups_add_then_remove_loses_the_add_and_keeps_its_live_row(
        base: httpx.Client) -> None:
    _text(base, f"{INGROUPS}&value=ADD&blended=NO&ingroup_choices=+SUPPORT+-")

    answer = _text(base, f"{INGROUPS}&value=REMOVE&blended=NO&ingroup_choices=+SUPPORT+-")

    assert answer == ("SUCCESS: change_ingroups function set - "
                      "6666|1003| SALESLINE AGENTDIRECT -|NO|\n")
    assert sorted(_live_groups(base)) == ["AGENTDIRECT", "SALESLINE", "SUPPORT"]


def test_change_ingroups_accepts_an_inactive_group(base: httpx.Client) -> None:
    answer = _text(base, f"{INGROUPS}&value=CHANGE&blended=NO&ingroup_choices=+OLDGROUP+-")

    assert answer == "SUCCESS: change_ingroups function set - 6666|1003| OLDGROUP -|NO|\n"
    assert _live_groups(base) == ["OLDGROUP"]


def test_change_ingroups_other_capital_value_acts_as_change(base: httpx.Client) -> None:
    answer = _text(base, f"{INGROUPS}&value=FOO&blended=NO&ingroup_choices=+SUPPORT+-")

    assert answer == "SUCCESS: change_ingroups function set - 6666|1003| SUPPORT -|NO|\n"
    assert _live_groups(base) == ["SUPPORT"]


def test_change_ingroups_keeps_only_the_capitals_of_value(base: httpx.Client) -> None:
    answer = _text(base, f"{INGROUPS}&value=change&blended=NO&ingroup_choices=+SUPPORT+-")

    assert answer == "ERROR: change_ingroups not valid - |NO| SUPPORT -|1003\n"
    assert _rows(base, "vicidial_api_log")[-1]["value"] == ""


def test_change_ingroups_needs_change_agent_campaign_not_a_user_level(
        base: httpx.Client) -> None:
    query = f"{INGROUPS}&value=CHANGE&blended=NO&ingroup_choices=+SUPPORT+-"

    answer = _text(base, query, login="source=test&user=6669&pass=1234")

    assert answer == "ERROR: user is not allowed to change agent in-groups - 6669\n"


def test_change_ingroups_refuses_blended_on_a_manual_dial_campaign(base: httpx.Client) -> None:
    answer = _text(base, "function=change_ingroups&agent_user=1002&value=CHANGE&blended=YES")

    assert answer == "ERROR: campaign dial_method does not allow outbound autodial - 1002|YES\n"


def test_change_ingroups_needs_a_campaign_that_allows_inbound(base: httpx.Client) -> None:
    answer = _text(base, "function=change_ingroups&agent_user=1000&value=CHANGE&blended=NO")

    assert answer == "ERROR: campaign does not allow inbound calls - 1000\n"


def test_change_ingroups_set_as_default_logs_the_statements_run(base: httpx.Client) -> None:
    query = f"{INGROUPS}&value=CHANGE&blended=NO&set_as_default=YES&ingroup_choices=+SUPPORT+-"

    answer = _text(base, query)

    assert answer == ("SUCCESS: change_ingroups function set - "
                      "6666|1003| SUPPORT -|NO|User settings set as default\n")
    assert _row(base, "vicidial_users", user="1003")["closer_campaigns"] == " SUPPORT -"
    event_sql = _rows(base, "vicidial_admin_log")[-1]["event_sql"]
    assert event_sql.startswith("UPDATE vicidial_users set closer_campaigns=' SUPPORT -',"
                                "closer_default_blended='0' where user='1003'||INSERT IGNORE")
    assert event_sql.endswith("DELETE FROM vicidial_live_inbound_agents WHERE user='1003' "
                              "and group_id='AGENTDIRECT'|")
    assert ";" not in event_sql


# -- st_login_log and st_get_agent_active_lead: quirk 56 -----------------------------

def test_st_get_agent_active_lead_requires_the_unused_vendor_id(base: httpx.Client) -> None:
    answer = _text(base, "function=st_get_agent_active_lead&value=ALT1000")

    assert answer == "ERROR: st_get_agent_active_lead not valid - ALT1000|\n"


def test_st_get_agent_active_lead_counts_a_previewed_lead(base: httpx.Client) -> None:
    answer = _text(base, "function=st_get_agent_active_lead&value=ALT1005&vendor_id=207")

    assert answer == ("SUCCESS: st_get_agent_active_lead lead found - "
                      "1005|3125550400|12348|VLC12348|||SRC3\n")


def test_st_get_agent_active_lead_logs_the_function_cut_to_20_characters(
        base: httpx.Client) -> None:
    _text(base, "function=st_get_agent_active_lead&value=ALT1005&vendor_id=207")

    assert _rows(base, "vicidial_api_log")[-1]["function"] == "st_get_agent_active_"


def test_st_login_log_quote_in_vendor_id_breaks_the_update(base: httpx.Client) -> None:
    answer = base.get(f"/agc/api.php?{LOGIN}&function=st_login_log&value=ALT1000"
                      "&vendor_id=O%27Brien")

    assert (answer.status_code, answer.text) == (500, "")
    assert _row(base, "vicidial_users", user="1000")["custom_four"] == ""


def test_st_login_log_shared_custom_three_takes_the_first_user(base: httpx.Client) -> None:
    answer = _text(base, "function=st_login_log&value=SHARED&vendor_id=TEAM")

    assert answer == "SUCCESS: st_login_log user found - 1010\n"
    assert _row(base, "vicidial_users", user="1010")["custom_four"] == "TEAM"
    assert _row(base, "vicidial_users", user="1011")["custom_four"] == ""
