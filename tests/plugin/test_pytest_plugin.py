"""The pytest plugin, used the way a CRM's own suite uses it (through pytester).

Each suite runs in a subprocess, as `pytest` in the CRM's checkout would: the
plugin comes from the package's `pytest11` entry point, not from a conftest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CRM = '''
"""A CRM's own client of the Agent API, as it would be written without the emulator."""
import httpx

class Dialer:
    def __init__(self, base_url, transport=None):
        self.http = httpx.Client(base_url=base_url, transport=transport, timeout=30)

    def leave_message(self, agent, lead_id, *files):
        answer = self.http.get("/agc/api.php", params={
            "source": "crm", "user": "6666", "pass": "1234", "agent_user": agent,
            "function": "vm_message", "lead_id": lead_id, "value": "|".join(files)})
        return answer.text

    def pause(self, agent):
        return self.http.get("/agc/api.php", params={
            "source": "crm", "user": "6666", "pass": "1234", "agent_user": agent,
            "function": "external_pause", "value": "PAUSE"}).text
'''

CRM_TESTS = '''
import asyncio
import httpx
from pathlib import Path

import pytest
from crm import Dialer


def test_the_machine_hears_the_crm_message(vicidial_emu):
    vicidial_emu.call("1001", 12346, answered_by="machine")
    crm = Dialer(vicidial_emu.url)

    assert crm.leave_message("1001", 12346, "EXship01", "EXship02") == (
        "SUCCESS: vm_message function set - 1001|12346|EXship01|EXship02|\\n")

    decision = vicidial_emu.vm_button("1001")
    assert decision["plays"] == ["EXship01", "EXship02"]
    assert decision["decided_by"] == "lead_message"
    assert [row["function"] for row in vicidial_emu.api_log()] == ["vm_message"]


def test_first_changes_the_state(vicidial_emu):
    Dialer(vicidial_emu.url).pause("1000")
    assert vicidial_emu.agent("1000")["external_pause"].startswith("PAUSE!")
    assert len(vicidial_emu.api_log()) == 1


def test_second_does_not_see_the_first(vicidial_emu):
    assert vicidial_emu.api_log() == []
    assert vicidial_emu.agent("1000")["external_pause"] == ""


@pytest.mark.vicidial_scenario({"format": "vicidial-emu/1", "name": "tiny", "tables": {
    "users": [{"user": "6666", "pass": "1234", "user_level": 9, "vdc_agent_api_access": "1",
               "modify_leads": "1"}, {"user": "2000", "pass": "x"}],
    "campaigns": [{"campaign_id": "TINY"}],
    "agent_session": [{"user": "2000", "campaign_id": "TINY", "status": "READY"}]}},
    screen_mode="instant")
def test_a_marker_loads_the_scenario(vicidial_emu):
    assert vicidial_emu.agent("2000")["status"] == "READY"
    assert vicidial_emu.agent("1000") is None
    assert vicidial_emu.screen("2000")["mode"] == "instant"


def test_in_process_transport_needs_no_socket(vicidial_emu):
    crm = Dialer("http://dialer.example", transport=vicidial_emu.transport())
    assert crm.pause("1000").startswith("SUCCESS: external_pause function set")
    assert vicidial_emu.api_log()[0]["function"] == "external_pause"


def test_async_transport(vicidial_emu):
    async def ask():
        async with httpx.AsyncClient(transport=vicidial_emu.async_transport(),
                                     base_url="http://dialer.example") as client:
            return (await client.get("/agc/api.php", params={"function": "version"})).text
    assert asyncio.run(ask()).startswith("VERSION: 2.14")
'''


def test_a_crm_suite_uses_the_plugin_through_its_entry_point(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(crm=CRM, test_crm=CRM_TESTS)

    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q",
                                           "-p", "no:randomly")

    result.assert_outcomes(passed=6)


def test_tests_that_only_use_the_transport_open_no_socket(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_quiet='''
def test_quiet(vicidial_emu, vicidial_emu_server):
    vicidial_emu.api(source="crm", function="version")
    assert not vicidial_emu_server.listening
''')

    pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q").assert_outcomes(passed=1)


def test_a_suite_that_does_not_ask_starts_nothing(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_plain='''
import sys
def test_plain():
    assert "app.testing" not in sys.modules and "app.main" not in sys.modules
''')

    pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q").assert_outcomes(passed=1)


def test_the_default_scenario_can_be_overridden_and_named_files_load(
        pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", tiny='''
format: vicidial-emu/1
name: tiny
tables:
  users: [{user: "2000", pass: x}]
  campaigns: [{campaign_id: TINY}]
  agent_session: [{user: "2000", campaign_id: TINY}]
''')
    pytester.makeconftest('''
from pathlib import Path

import pytest
from pathlib import Path

@pytest.fixture
def vicidial_emu_scenario():
    return Path(__file__).parent / "tiny.yaml"
''')
    pytester.makepyfile(test_named='''
from pathlib import Path

import pytest

def test_default(vicidial_emu):
    assert vicidial_emu.agent("2000")["campaign_id"] == "TINY"

@pytest.mark.vicidial_scenario("demo")
def test_by_name(vicidial_emu):
    assert vicidial_emu.agent("1000")["campaign_id"] == "TESTCAMP"

def test_unknown(vicidial_emu):
    with pytest.raises(LookupError, match="neither a scenario file nor"):
        vicidial_emu.reset("no-such-scenario")
''')

    pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q").assert_outcomes(passed=3)


def test_the_readme_example_passes(pytester: pytest.Pytester) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("```python\n# test_dialer.py", 1)[1].split("```", 1)[0]
    pytester.makepyfile(test_dialer="# test_dialer.py" + example)

    pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q").assert_outcomes(passed=2)
