"""The commands of `vicidial-emu` that talk to a running emulator through its control API.

Each takes `--url` (VICIEMU_URL, default http://127.0.0.1:8000) and `--token`
(VICIEMU_CONTROL_TOKEN). Failures print one line that says what to do and exit
with the codes listed in `vicidial-emu --help` (the docstring of `app.cli.main`).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import click

if TYPE_CHECKING:
    import httpx

DEFAULT_URL = "http://127.0.0.1:8000"
REFUSED, NO_SERVER, BAD_FILE, NO_TOKEN = 1, 3, 4, 5
F = TypeVar("F", bound=Callable[..., Any])


class Failure(Exception):
    """A failure the user can act on: one line, a known exit code, no traceback."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


class Remote:
    """The control API of one running emulator."""

    def __init__(self, url: str, token: str | None) -> None:
        self.url = url.rstrip("/")
        # Imported here: `serve` and the local commands never need an HTTP client.
        import httpx

        headers = {"X-Emulator-Token": token} if token else {}
        self.http = httpx.Client(base_url=self.url, headers=headers, timeout=30)

    def request(self, method: str, path: str, **options: Any) -> Any:
        answer = self.send(method, path, **options)
        return answer.json() if answer.content else None

    def send(self, method: str, path: str, **options: Any) -> httpx.Response:
        import httpx

        try:
            answer = self.http.request(method, f"/emulator{path}", **options)
        except httpx.TransportError as problem:
            raise Failure(NO_SERVER, f"no emulator answers at {self.url} ({problem}). Start "
                                     "one with `vicidial-emu serve`, or give its address "
                                     "with --url.") from None
        if answer.status_code == 401:
            raise Failure(NO_TOKEN, "the control API wants its token: pass --token or set "
                                    "VICIEMU_CONTROL_TOKEN to the server's token.")
        if answer.status_code >= 400:
            raise Failure(REFUSED, f"the emulator refused: {_problem(answer)}")
        return answer


def _problem(answer: httpx.Response) -> str:
    try:
        body = answer.json()
    except ValueError:
        return f"HTTP {answer.status_code} {answer.text.strip()}"
    if not isinstance(body, dict):
        return f"HTTP {answer.status_code}"
    text = str(body.get("error") or f"HTTP {answer.status_code}")
    if body.get("field"):
        text += f" ({body['field']}: expected {body.get('expected')})"
    return text


def remote(command: F) -> F:
    """Give the command --url and --token, and a Remote as its first argument."""

    @click.option("--token", envvar="VICIEMU_CONTROL_TOKEN", metavar="TOKEN",
                  help="The server's control token [VICIEMU_CONTROL_TOKEN].")
    @click.option("--url", envvar="VICIEMU_URL", default=DEFAULT_URL, show_default=True,
                  help="Where the emulator runs [VICIEMU_URL].")
    @wraps(command)
    def with_remote(url: str, token: str | None, **arguments: Any) -> Any:
        server = Remote(url, token)
        try:
            return command(server, **arguments)
        except Failure as failure:
            click.echo(f"Error: {failure}", err=True)
            click.get_current_context().exit(failure.code)
        finally:
            server.http.close()

    return with_remote  # type: ignore[return-value]


def agent_path(user: str) -> str:
    return f"/agents/{quote(user, safe='')}"


# -- reset and export -------------------------------------------------------------

@click.command("reset")
@click.argument("scenario")
@click.option("--screen-mode", type=click.Choice(["instant", "poll", "manual"]),
              help="Override the scenario's screen mode.")
@remote
def reset(server: Remote, scenario: str, screen_mode: str | None) -> None:
    """Replace the state with SCENARIO: a file (YAML or JSON) or a shipped scenario's name.

    A `vicidial-tables` snapshot of a real dialer's rows is accepted too.
    """
    from app.scenario_library import ScenarioNotFound, scenario_body

    try:
        body = scenario_body(scenario)
    except ScenarioNotFound as missing:
        raise Failure(BAD_FILE, str(missing)) from None
    if screen_mode:
        document = _document(body, scenario)
        document["screen_mode"] = screen_mode
        answer = server.request("POST", "/reset", json=document)
    else:
        answer = server.request("POST", "/reset", content=body)
    rows = answer.get("rows", {})
    click.echo(f"loaded {answer.get('name') or scenario!r} ({answer.get('format')}): "
               f"{sum(rows.values())} rows in {len(rows)} tables; screens start in "
               f"{answer.get('screen_mode')} mode")
    for table in answer.get("ignored_tables") or []:
        click.echo(f"not loaded (not emulated): {table}", err=True)


def _document(body: bytes, where: str) -> dict[str, Any]:
    import yaml

    try:
        document = yaml.safe_load(body.decode("utf-8", "replace"))
    except yaml.YAMLError as problem:
        raise Failure(BAD_FILE, f"{where}: not JSON or YAML ({problem})") from None
    if not isinstance(document, dict):
        raise Failure(BAD_FILE, f"{where}: expected a mapping with 'format' and 'tables'")
    return document


@click.command("export")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yaml", "as_yaml", is_flag=True, default=None,
              help="Write YAML (the default for a .yaml or .yml FILE).")
@click.option("--name", default="exported", show_default=True, help="The scenario's name.")
@remote
def export(server: Remote, file: Path | None, as_yaml: bool | None, name: str) -> None:
    """Write the current state as a scenario to FILE (or print it); `reset FILE` loads it back."""
    if as_yaml is None:
        as_yaml = file is not None and file.suffix.lower() in (".yaml", ".yml")
    answer = server.send("GET", "/export",
                         params={"output": "yaml" if as_yaml else "json", "name": name})
    text = answer.text if as_yaml else json.dumps(answer.json(), indent=2) + "\n"
    if file is None:
        click.echo(text, nl=False)
        return
    try:
        file.write_text(text, encoding="utf-8")
    except OSError as problem:
        raise Failure(BAD_FILE, f"{file}: cannot be written ({problem.strerror})") from None
    tables = answer.json()["tables"] if not as_yaml else None
    size = f"{len(tables)} tables" if tables is not None else f"{len(text)} bytes"
    click.echo(f"wrote {file} ({size})", err=True)


# -- agents, calls and the VM button ----------------------------------------------

@click.command("agents")
@click.option("--json", "as_json", is_flag=True, help="Print the sessions and screens as JSON.")
@remote
def agents(server: Remote, as_json: bool) -> None:
    """Show the logged-in agents and their screens (status, lead, pending flags)."""
    sessions = server.request("GET", "/tables/vicidial_live_agents")
    screens = [server.request("GET", f"{agent_path(str(s['user']))}/screen") for s in sessions]
    if as_json:
        click.echo(json.dumps([{"session": s, "screen": sc} for s, sc in
                               zip(sessions, screens, strict=True)], indent=2))
        return
    if not sessions:
        click.echo("no agent is logged in")
        return
    rows = [("AGENT", "CAMPAIGN", "STATUS", "LEAD", "MODE", "PENDING FLAGS", "LAST EFFECT")]
    for session, screen in zip(sessions, screens, strict=True):
        flags = ", ".join(f"{k}={v}" for k, v in screen["pending_flags"].items()) or "-"
        effects = screen.get("effects") or []
        last = f"{effects[0]['at']} {effects[0]['did']}" if effects else "-"
        rows.append((str(session["user"]), str(session["campaign_id"]),
                     str(session["status"]), str(session["lead_id"] or "-"),
                     str(screen["mode"]), flags, last))
    _table(rows)


def _table(rows: Sequence[tuple[str, ...]]) -> None:
    widths = [max(len(row[n]) for row in rows) for n in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        click.echo("  ".join(cells + [row[-1]]).rstrip())


@click.command("call")
@click.argument("agent")
@click.argument("lead", type=int)
@click.option("--inbound", is_flag=True, help="An inbound call (default: outbound).")
@click.option("--machine", is_flag=True, help="An answering machine answers (default: a person).")
@click.option("--in-group", help="The in-group of an inbound call.")
@remote
def call(server: Remote, agent: str, lead: int, inbound: bool, machine: bool,
         in_group: str | None) -> None:
    """Put a call with lead LEAD on AGENT's screen, as the dialer hands one over."""
    body: dict[str, Any] = {"lead_id": lead, "direction": "inbound" if inbound else "outbound",
                            "answered_by": "machine" if machine else "person"}
    if in_group:
        body["in_group"] = in_group
    session = server.request("POST", f"{agent_path(agent)}/call", json=body)["agent_session"]
    who = "an answering machine" if machine else "a person"
    click.echo(f"agent {agent}: {body['direction']} call with lead {lead}, answered by {who}; "
               f"caller code {session['callerid']}, status {session['status']}")


@click.command("vm")
@click.argument("agent")
@click.option("--pick", metavar="FILE", help="The VM Message Group message the agent picks.")
@click.option("--json", "as_json", is_flag=True, help="Print the control API's answer as JSON.")
@remote
def vm(server: Remote, agent: str, pick: str | None, as_json: bool) -> None:
    """Press AGENT's VM button and print the decision: what plays, and why, step by step."""
    answer = server.request("POST", f"{agent_path(agent)}/vm-button",
                            json={"pick": pick} if pick else None)
    if as_json:
        click.echo(json.dumps(answer, indent=2))
        return
    decision = answer.get("decision")
    if decision is None:
        click.echo(f"agent {agent}'s VM Message Group offers these messages; press again "
                   "with --pick FILE:")
        for choice in answer.get("choices") or []:
            click.echo(f"  {choice['audio_filename']}  {choice.get('audio_name') or ''}".rstrip())
        return
    click.echo(f"agent {agent}: {_outcome(decision)}")
    click.echo(f"decided by: {decision['decided_by']}")
    click.echo("steps:")
    for step in decision["steps"]:
        mark = "applied" if step["applied"] else "skipped"
        click.echo(f"  [{mark}] {step['rule']}: {step['why']}")


def _outcome(decision: dict[str, Any]) -> str:
    if decision.get("transfer_to"):
        return f"the call is sent on to {decision['transfer_to']}"
    if decision.get("plays"):
        return "the machine hears " + ", then ".join(decision["plays"])
    return "the call hangs up, nothing plays"


# -- the API log ------------------------------------------------------------------

@click.command("log")
@click.option("-n", "--lines", default=20, show_default=True, help="How many recent rows.")
@click.option("-f", "--follow", is_flag=True, help="Keep printing new rows as they come.")
@click.option("--interval", default=1.0, show_default=True, help="Seconds between polls.")
@click.option("--for", "seconds", type=float, metavar="SECONDS",
              help="With --follow: stop after SECONDS (default: until Ctrl-C).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@remote
def log(server: Remote, lines: int, follow: bool, interval: float, seconds: float | None,
        as_json: bool) -> None:
    """Print the API log, oldest of the recent rows first; --follow tails it."""
    rows = server.request("GET", "/api-log", params={"limit": max(lines, 1)})
    for row in reversed(rows if lines > 0 else []):
        _print_row(row, as_json)
    newest = max([int(r["api_id"]) for r in rows] + [0])
    if not follow:
        return
    deadline = None if seconds is None else time.monotonic() + seconds
    try:
        while deadline is None or time.monotonic() < deadline:
            time.sleep(interval)
            fresh = [r for r in server.request("GET", "/api-log", params={"limit": 1000})
                     if int(r["api_id"]) > newest]
            for row in reversed(fresh):
                _print_row(row, as_json)
            newest = max([int(r["api_id"]) for r in fresh] + [newest])
    except KeyboardInterrupt:
        sys.stdout.flush()


def _print_row(row: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(row))
        return
    reason = f"{row.get('result')}: {row.get('result_reason')}"
    click.echo(f"{row['api_id']}  {row['api_date']}  {row['user']}  {row['function']}  "
               f"agent={row.get('agent_user') or '-'}  value={row.get('value') or ''!s}  "
               f"{reason}")


COMMANDS = (reset, agents, call, vm, log, export)
