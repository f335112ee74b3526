"""The non_agent_api.php cases recorded on a real VICIdial 2.14, replayed over HTTP.

Every case of cases/non_agent.json runs against `/vicidial/non_agent_api.php`
after `POST /emulator/reset` with the case's fixture: the status, content
type and body must match, and so must the rows every emulated table changed.
The MariaDB cases (cases/mariadb.json) that call this endpoint run too, for
the functions the emulator implements here.
"""

from __future__ import annotations

import httpx
import pytest

from app.non_agent.registry import load_handlers, registered
from app.state.models import BY_VICIDIAL_TABLE
from app.wire.request import php_parse
from tests.support.recorded import Case, load_cases, replay_over_http

load_handlers()


def _non_agent_functions(case: Case) -> set[str]:
    requests = [step["request"] for step in case.steps]
    if not all("non_agent_api.php" in r["path"] for r in requests):
        return set()
    return {php_parse((r["query"] or "") + "&" + (r["body"] or "")).get("function", "")
            for r in requests}


MARIADB_CASES = [c for c in load_cases("mariadb.json")
                 if _non_agent_functions(c) and _non_agent_functions(c) <= set(registered())]
CASES = load_cases("non_agent.json") + MARIADB_CASES
COMPARED = tuple(BY_VICIDIAL_TABLE)
HEADERS = {"cache-control": "no-cache, must-revalidate", "pragma": "no-cache"}


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_non_agent_case(case: Case, http: httpx.Client) -> None:
    replay_over_http(case, http, COMPARED, headers=HEADERS)
