"""The cases recorded on a real VICIdial 2.14, replayed over HTTP: answers and state.

Every case of a function the emulator implements must pass. Cases of
functions not implemented yet are skipped with the issue that brings them.
"""

from __future__ import annotations

import httpx
import pytest

from app.agent_api.registry import load_handlers, registered
from app.state.models import BY_VICIDIAL_TABLE
from tests.support.recorded import CASES_DIR, Case, load_cases, replay_over_http

AGENT_API_FILES = sorted(p.name for p in CASES_DIR.glob("*.json")
                         if p.stem not in ("non_agent", "non_agent_admin", "mariadb"))
BUILT_IN = {"version", "coffee", "start_coffee", "make_coffee", "brew_coffee", "common"}
# The one shared case the emulator answers differently on purpose: `format=de-bug`
# filters to debug, and debug output between the answer lines is the emulator's own.
OWN_DEBUG_TEXT = {"common/format-filtered"}
# Every table the emulator keeps is compared: a change the real server did not make fails.
COMPARED = tuple(BY_VICIDIAL_TABLE)

load_handlers()


def _cases() -> list[object]:
    implemented = set(registered()) | BUILT_IN
    params = []
    for case in load_cases(*AGENT_API_FILES):
        marks = []
        if case.function not in implemented:
            marks.append(pytest.mark.skip(reason=f"{case.function} is not implemented yet"))
        elif case.id in OWN_DEBUG_TEXT:
            marks.append(pytest.mark.skip(reason="debug lines are the emulator's own words"))
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


@pytest.mark.parametrize("case", _cases())
def test_recorded_case(case: Case, http: httpx.Client) -> None:
    replay_over_http(case, http, COMPARED)
