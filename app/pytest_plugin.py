"""The pytest plugin: a VICIdial emulator for a CRM's own test suite.

Installed with the package (entry point `pytest11: vicidial_emu`), so a suite only
installs `vicidial-emu`. Nothing starts unless a test asks for it:

- `vicidial_emu`: resets the session's emulator before the test (to the marker's
  scenario, else `vicidial_emu_scenario`, the shipped demo unless overridden) and
  gives an `app.testing.Emulator`: `url` (real HTTP on a free loopback port,
  started on first use), `transport()` / `async_transport()` (httpx transports that
  answer in the process, without a socket), `reset(scenario, screen_mode=None)`,
  `agent(user)`, `screen(user)`, `api_log()` (rows since the reset, oldest first),
  `vm_button(user, pick=None)`, `login`, `call`, `table`, `api`, `request`;
- `@pytest.mark.vicidial_scenario(scenario, screen_mode=None)`: the scenario (a
  path, a mapping or a shipped scenario's name) one test starts from;
- `vicidial_emu_server`: the session's `app.testing.EmulatorServer`.

Turn it off with `-p no:vicidial_emu`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from app.testing import Emulator, EmulatorServer

MARKER = "vicidial_scenario"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{MARKER}(scenario, screen_mode=None): the vicidial-emu scenario (a path, "
                   "a mapping or a shipped scenario's name) the test starts from")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A test marked with a scenario gets the emulator even if it does not name it.
    for item in items:
        names = getattr(item, "fixturenames", None)
        if item.get_closest_marker(MARKER) and names is not None \
                and "vicidial_emu" not in names:
            names.append("vicidial_emu")


@pytest.fixture(scope="session")
def vicidial_emu_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmulatorServer]:
    """The session's emulator: the app on a fresh SQLite file; HTTP starts on first use."""
    from app.testing import EmulatorServer

    server = EmulatorServer(tmp_path_factory.mktemp("vicidial-emu") / "state.sqlite3")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def vicidial_emu_scenario() -> Any:
    """The scenario each test starts from; override this fixture to change it."""
    return "demo"


@pytest.fixture
def vicidial_emu(request: pytest.FixtureRequest, vicidial_emu_server: EmulatorServer,
                 vicidial_emu_scenario: Any) -> Iterator[Emulator]:
    """The emulator, reset for this test."""
    from app.testing import Emulator

    scenario, screen_mode = vicidial_emu_scenario, None
    marker = request.node.get_closest_marker(MARKER)
    if marker is not None:
        scenario = marker.args[0] if marker.args else marker.kwargs.get("scenario", scenario)
        screen_mode = marker.kwargs.get("screen_mode")
    emulator = Emulator(vicidial_emu_server)
    try:
        emulator.reset(scenario, screen_mode=screen_mode)
        yield emulator
    finally:
        emulator.close()
