"""The admin-side non_agent_api.php cases recorded on a real VICIdial 2.14, replayed over HTTP.

Every case of cases/non_agent_admin.json (DNC, users, lists, phones,
campaigns, hopper, recordings) runs as test_non_agent_cases runs its own:
reset with the case's fixture, send each request, compare the answer and
the rows of every emulated table. The MariaDB cases of these functions are
replayed by test_non_agent_cases, which picks up every registered function.
"""

from __future__ import annotations

import httpx
import pytest

from app.non_agent.registry import registered
from tests.conformance.test_non_agent_cases import _non_agent_functions
from tests.conformance.test_non_agent_cases import test_non_agent_case as replay
from tests.support.recorded import Case, load_cases

CASES = load_cases("non_agent_admin.json")


def _params() -> list[object]:
    implemented = set(registered())
    params = []
    for case in CASES:
        missing = sorted(_non_agent_functions(case) - implemented)
        marks = [pytest.mark.skip(reason=f"not implemented yet (issue 8): {', '.join(missing)}")
                 ] if missing else []
        params.append(pytest.param(case, id=case.id, marks=marks))
    return params


@pytest.mark.parametrize("case", _params())
def test_non_agent_admin_case(case: Case, http: httpx.Client) -> None:
    replay(case, http)
