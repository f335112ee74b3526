"""The `vicidial-emu` command line."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from app.cli_remote import BAD_FILE, COMMANDS
from app.clock import Clock
from app.settings import Settings


def _settings(**overrides: object) -> Settings:
    """Settings from the environment, with the options given on the command line."""
    given = {k: v for k, v in overrides.items() if v is not None}
    for name, value in given.items():
        # Workers started by uvicorn read their settings from the environment.
        os.environ[f"VICIEMU_{name.upper()}"] = str(value)
    return Settings()


@click.group()
def main() -> None:
    """A VICIdial 2.14 Agent API emulator.

    `serve` runs it; `reset`, `agents`, `call`, `vm`, `log` and `export` talk to a
    running one through its control API (--url, --token); `scenario check` needs no
    server. Every command has --help.

    \b
    Exit codes (the same for every command):
      0  done
      1  the emulator refused the request (its reason is printed), or the file
         is not a valid scenario (scenario check)
      2  the command line is wrong (see the command's --help)
      3  no emulator answers at --url
      4  a file could not be read or written, or is not JSON or YAML
      5  the control API wants a token: pass --token or set VICIEMU_CONTROL_TOKEN
    """


@main.command()
@click.option("--host", help="Address to listen on [VICIEMU_HOST, 127.0.0.1].")
@click.option("--port", type=int, help="Port to listen on [VICIEMU_PORT, 8000].")
@click.option("--database-url", help="SQLAlchemy URL of the state [VICIEMU_DATABASE_URL].")
@click.option("--scenario", help="Scenario file loaded at start, or 'none' [VICIEMU_SCENARIO].")
@click.option("--workers", type=int, help="Worker processes [VICIEMU_WORKERS, 1].")
@click.option("--screen-mode", type=click.Choice(["instant", "poll", "manual"]),
              help="How the simulated agent screens act on flags [VICIEMU_SCREEN_MODE].")
def serve(host: str | None, port: int | None, database_url: str | None,
          scenario: str | None, workers: int | None, screen_mode: str | None) -> None:
    """Run the emulator's HTTP server."""
    import uvicorn

    settings = _settings(host=host, port=port, database_url=database_url,
                         scenario=scenario, workers=workers, screen_mode=screen_mode)
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    _load_start_scenario(settings)
    uvicorn.run("app.asgi:create_app_from_environment", factory=True, host=settings.host,
                port=settings.port, workers=settings.workers, log_level="warning",
                access_log=False)


def _load_start_scenario(settings: Settings) -> None:
    from app.control.reset import replace_state
    from app.scenario import ScenarioError, read_scenario_file
    from app.state.db import Database
    from app.state.migrations import SchemaBehind, require_current_schema

    db = Database(settings.database_url, Clock())
    try:
        require_current_schema(db.engine)
        if settings.scenario.lower() == "none":
            return
        scenario = read_scenario_file(settings.scenario)
        with db.transaction() as session:
            replace_state(session, scenario.vicidial_tables(),
                          scenario.screen_mode or settings.screen_mode, db.clock.now_text())
    except (SchemaBehind, ScenarioError) as problem:
        raise click.ClickException(str(problem)) from None
    finally:
        db.dispose()
    click.echo(f"vicidial-emu: scenario {scenario.name!r} loaded; "
               f"listening on http://{settings.host}:{settings.port}/agc/api.php", err=True)


@main.group()
def db() -> None:
    """Manage the state store's schema."""


@db.command("upgrade")
@click.option("--database-url", help="SQLAlchemy URL [VICIEMU_DATABASE_URL].")
def db_upgrade(database_url: str | None) -> None:
    """Create or upgrade the schema to this release's newest migration."""
    from app.state.db import make_engine
    from app.state.migrations import upgrade

    settings = _settings(database_url=database_url)
    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    click.echo("schema created or upgraded: it is current", err=True)


@main.command()
@click.option("--write", "write_to", type=click.Path(path_type=Path),
              help="Write the page to this file instead of printing it.")
def coverage(write_to: Path | None) -> None:
    """Print which Agent API functions are implemented."""
    from app.coverage import coverage_markdown

    page = coverage_markdown()
    if write_to is None:
        click.echo(page, nl=False)
    else:
        write_to.write_text(page, encoding="utf-8")


@main.group()
def scenario() -> None:
    """Work with scenario files."""


@scenario.command("check")
@click.argument("path", type=click.Path(path_type=Path))
def scenario_check(path: Path) -> None:
    """Check a scenario file without a server; say exactly what is wrong and where."""
    from app.scenario import ScenarioError, read_scenario_file

    if not path.is_file():
        click.echo(f"{path}: no such file; give the path of a scenario file", err=True)
        sys.exit(BAD_FILE)
    try:
        found = read_scenario_file(path)
    except ScenarioError as problem:
        click.echo(f"{problem.where}: expected {problem.expected}", err=True)
        sys.exit(1)
    rows = sum(len(r) for r in found.tables.values())
    click.echo(f"{path}: scenario {found.name!r} is valid ({len(found.tables)} tables, "
               f"{rows} rows)")


for _command in COMMANDS:
    main.add_command(_command)

if __name__ == "__main__":
    main()
