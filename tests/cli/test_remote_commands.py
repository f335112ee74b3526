"""The command line against a running emulator, through click's CliRunner."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import click
import httpx
import pytest
import yaml
from click.testing import CliRunner, Result

from app.cli import main
from tests.support.server import free_port, live_server

AGENT, LEAD = "1001", 12346


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def url(server_url: str) -> str:
    assert run("reset", "demo", "--url", server_url).exit_code == 0
    return server_url


def every_command(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in group.commands.items():
        yield prefix + (name,)
        if isinstance(command, click.Group):
            yield from every_command(command, prefix + (name,))


@pytest.mark.parametrize("command", list(every_command(main)), ids=" ".join)
def test_every_command_has_help(command: tuple[str, ...]) -> None:
    result = run(*command, "--help")

    assert result.exit_code == 0
    assert result.output.startswith("Usage: ")


def test_the_exit_codes_are_in_the_main_help() -> None:
    assert "3  no emulator answers at --url" in run("--help").output


def test_reset_loads_a_shipped_scenario_by_name(server_url: str) -> None:
    result = run("reset", "demo", "--url", server_url, "--screen-mode", "manual")

    assert result.exit_code == 0
    assert result.stdout.startswith("loaded 'demo' (vicidial-emu/1): ")
    assert result.stdout.rstrip().endswith("screens start in manual mode")


def test_reset_of_a_missing_file_says_so_and_exits_4(server_url: str) -> None:
    result = run("reset", "no/such/scenario.yaml", "--url", server_url)

    assert result.exit_code == 4
    assert "neither a scenario file nor the name of a shipped scenario (demo)" in result.stderr


def test_reset_with_a_broken_scenario_names_the_place_and_exits_1(
        url: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: vicidial-emu/1\ntables:\n  users: [{user: '1', pass: x}]\n"
                   "  agent_session: [{user: '1', campaign_id: NOSUCH}]\n")

    result = run("reset", str(bad), "--url", url)

    assert result.exit_code == 1
    assert "body.tables.agent_session[0].campaign_id" in result.stderr
    assert "Traceback" not in result.output


def test_a_refused_connection_exits_3_and_says_what_to_do() -> None:
    result = run("agents", "--url", f"http://127.0.0.1:{free_port()}")

    assert result.exit_code == 3
    assert "no emulator answers at" in result.stderr
    assert "vicidial-emu serve" in result.stderr
    assert "Traceback" not in result.output


def test_a_locked_control_api_exits_5_without_the_token(tmp_path: Path) -> None:
    with live_server(tmp_path / "locked.sqlite3", control_token="s3cret") as locked:
        refused = run("agents", "--url", locked)
        allowed = run("reset", "demo", "--url", locked, "--token", "s3cret")

    assert refused.exit_code == 5
    assert "--token" in refused.stderr
    assert allowed.exit_code == 0


def test_agents_shows_each_agent_and_its_screen(url: str) -> None:
    result = run("agents", "--url", url)

    assert result.exit_code == 0
    header, first = result.stdout.splitlines()[:2]
    assert header.split() == ["AGENT", "CAMPAIGN", "STATUS", "LEAD", "MODE", "PENDING", "FLAGS",
                              "LAST", "EFFECT"]
    assert first.split()[:5] == ["1000", "TESTCAMP", "INCALL", "12345", "poll"]


def test_call_then_vm_prints_the_decision_with_its_steps(url: str) -> None:
    placed = run("call", AGENT, str(LEAD), "--machine", "--url", url)
    httpx.get(f"{url}/agc/api.php", params={
        "source": "crm", "user": "6666", "pass": "1234", "agent_user": AGENT,
        "function": "vm_message", "lead_id": str(LEAD), "value": "EXship01|EXship02"})

    pressed = run("vm", AGENT, "--url", url)

    assert placed.exit_code == 0
    assert f"outbound call with lead {LEAD}, answered by an answering machine" in placed.stdout
    assert pressed.exit_code == 0
    lines = pressed.stdout.splitlines()
    assert lines[0] == f"agent {AGENT}: the machine hears EXship01, then EXship02"
    assert lines[1] == "decided by: lead_message"
    assert "  [applied] campaign_message: Campaign TESTCAMP's Answering Machine Message " \
           "is 'LTTagent'." in lines
    assert any(line.startswith("  [skipped] list_override: ") for line in lines)


def test_vm_without_a_live_call_exits_1_with_the_reason(url: str) -> None:
    result = run("vm", AGENT, "--url", url)

    assert result.exit_code == 1
    assert "agent has no live call" in result.stderr


def test_log_prints_the_newest_rows_oldest_first(url: str) -> None:
    for value in ("PAUSE", "RESUME"):
        httpx.get(f"{url}/agc/api.php", params={
            "source": "crm", "user": "6666", "pass": "1234", "agent_user": "1000",
            "function": "external_pause", "value": value})

    lines = run("log", "-n", "2", "--url", url).stdout.splitlines()

    assert [line.split("  ")[3] for line in lines] == ["external_pause", "external_pause"]
    assert "value=PAUSE" in lines[0] and "value=RESUME" in lines[1]


def test_log_follow_prints_rows_as_they_arrive(url: str) -> None:
    def later() -> None:
        time.sleep(0.8)
        httpx.get(f"{url}/agc/api.php", params={
            "source": "crm", "user": "6666", "pass": "1234", "agent_user": "1000",
            "function": "external_pause", "value": "PAUSE"})

    sender = threading.Thread(target=later)
    sender.start()
    result = run("log", "-n", "0", "--follow", "--interval", "0.2", "--for", "3",
                 "--url", url)
    sender.join()

    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert "external_pause  agent=1000  value=PAUSE  SUCCESS: external_pause function set" \
        in result.stdout


def test_export_writes_a_scenario_that_reset_loads_back(url: str, tmp_path: Path) -> None:
    target = tmp_path / "state.yaml"
    httpx.post(f"{url}/emulator/agents/{AGENT}/call", json={"lead_id": LEAD})

    exported = run("export", str(target), "--url", url)
    document = yaml.safe_load(target.read_text())
    run("reset", "demo", "--url", url)
    reloaded = run("reset", str(target), "--url", url)

    assert exported.exit_code == 0 and reloaded.exit_code == 0
    assert document["format"] == "vicidial-emu/1"
    assert run("scenario", "check", str(target)).exit_code == 0
    assert httpx.get(f"{url}/emulator/agents/{AGENT}").json()["lead_id"] == LEAD


def test_export_to_a_path_that_cannot_be_written_exits_4(url: str, tmp_path: Path) -> None:
    result = run("export", str(tmp_path / "missing-dir" / "x.json"), "--url", url)

    assert result.exit_code == 4
    assert "cannot be written" in result.stderr


def test_scenario_check_of_a_missing_file_exits_4(tmp_path: Path) -> None:
    result = run("scenario", "check", str(tmp_path / "nothing.yaml"))

    assert result.exit_code == 4
    assert "no such file" in result.stderr
