"""Reading requests the way PHP and api.php read them: precedence, the value leak, filters."""

from __future__ import annotations

import pytest

from app.wire.filters import filter_value
from app.wire.request import RawRequest, filtered_params, php_parse


def request(query: str = "", body: str = "") -> RawRequest:
    return RawRequest.build(query, body, "127.0.0.1", "http://127.0.0.1:8000")


def test_php_parse_decodes_plus_and_percent_once_and_keeps_the_last_repeat() -> None:
    assert php_parse("a=1+2&b=%252B&a=3&c.d=4&e[]=5") == {"b": "%2B", "a": "3", "c_d": "4"}


def test_get_wins_over_post_name_by_name() -> None:
    raw = request("agent_user=1000&value=1", "agent_user=1001&value=2&user=6666")

    assert (raw.raw("agent_user"), raw.raw("value"), raw.raw("user")) == ("1000", "1", "6666")


def test_post_without_value_leaks_the_last_post_field_into_value() -> None:
    assert request("", "user=6666&agent_user=1000").raw_value() == "1000"
    assert request("function=x", "x=PAUSE").raw_value() == "PAUSE"
    assert request("value=GET", "x=PAUSE").raw_value() == "GET"
    assert request("function=x").raw_value() is None


def test_logged_url_of_a_post_repeats_the_fields_after_get_and_post() -> None:
    raw = request("", "user=6666&value=A'B;C\"D")

    assert raw.logged_url() == ("http://127.0.0.1:8000/agc/api.php?user=6666&value=ABCD"
                                "&GET-AND-POST=Y&user=6666&value=ABCD")


def test_logged_url_of_a_get_is_the_raw_query_without_quotes() -> None:
    assert request("value=%27A'").logged_url().endswith("?value=%27A")


@pytest.mark.parametrize(("name", "raw", "latin", "non_latin"), [
    ("value", "A B.C;D'E|F_G-H", "ABCDE|F_G-H", "ABCDE|F_G-H"),
    ("value", "Grüße", "Gre", "Grüße"),
    ("pass", "12!34", "1234", "1234"),
    ("user", "66'66", "6666", "6666"),
    ("source", "a-!", "a", "a"),
    ("lead_id", "12a345", "12345", "12345"),
    ("phone_code", "1X2y", "1X2", "1X2"),
    ("notes", "a+b!", "a b", "a b"),
    ("first_name", "Jo+Ann!", "Jo Ann", "Jo Ann"),
    ("postal_code", "12+34'", "12 34", "12 34"),
    ("show_confetti", "yes", "y", "y"),
    ("vtiger_callback", "Yes", "Y", "Y"),
    ("stage", "a'b;c d", "abc d", "abc d"),
    ("recipient_type", "USER_1", "USER_", "USER_"),
])
def test_each_parameter_keeps_only_what_the_real_server_allows(
        name: str, raw: str, latin: str, non_latin: str) -> None:
    assert filter_value(name, raw, non_latin=False) == latin
    assert filter_value(name, raw, non_latin=True) == non_latin


def test_close_window_link_ignores_the_non_latin_setting() -> None:
    assert filter_value("close_window_link", "ü1", non_latin=True) == "1"


def test_filtered_params_reads_absent_parameters_as_empty() -> None:
    params = filtered_params(request("function=version"), non_latin=False)

    assert (params.function, params.agent_user, params.given("agent_user")) == (
        "version", "", False)
