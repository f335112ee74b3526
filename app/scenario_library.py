"""Finding a scenario by what a person gives: a file, a mapping, or a shipped scenario's name.

The command line, the pytest plugin and the sandbox page all accept the three; the
shipped scenarios are the YAML files in `app/scenarios/` (the demo is `demo`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

SHIPPED = Path(__file__).parent / "scenarios"


class ScenarioNotFound(LookupError):
    """A scenario reference that names no readable file and no shipped scenario."""


def shipped_names() -> list[str]:
    return sorted(path.stem for path in SHIPPED.glob("*.yaml"))


def shipped_path(name: str) -> Path | None:
    path = SHIPPED / f"{name}.yaml"
    return path if name in shipped_names() else None


def scenario_body(scenario: str | Path | Mapping[str, Any]) -> bytes:
    """The body for POST /emulator/reset: the file's bytes, or the mapping as JSON."""
    if isinstance(scenario, Mapping):
        return json.dumps(dict(scenario)).encode("utf-8")
    path = Path(scenario)
    if path.is_file():
        return _read(path)
    shipped = shipped_path(str(scenario))
    if shipped is not None:
        return _read(shipped)
    names = ", ".join(shipped_names()) or "none"
    raise ScenarioNotFound(f"{str(scenario)!r} is neither a scenario file nor the name of a "
                           f"shipped scenario ({names})")


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as problem:
        raise ScenarioNotFound(f"{path}: cannot be read ({problem.strerror})") from None
