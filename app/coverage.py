"""The coverage page: which Agent API functions the emulator implements.

Generated from the function registry, served at `/coverage`, and written to
`docs/COVERAGE.md` by `vicidial-emu coverage --write` (a test keeps the file
current).
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import PlainTextResponse

from app.agent_api.registry import AGENT_API_FUNCTIONS, COFFEE_FUNCTIONS, load_handlers, registered

BUILT_IN = {
    "version": "answered before authentication, as the real server does",
}
for _name in COFFEE_FUNCTIONS:
    BUILT_IN[_name] = "HTTP 418, answered before authentication"

router = APIRouter(include_in_schema=False)


def coverage_rows() -> list[tuple[str, bool, str]]:
    """(function, implemented, note) for every Agent API function."""
    load_handlers()
    handlers = registered()
    rows = []
    for name in AGENT_API_FUNCTIONS + COFFEE_FUNCTIONS:
        if name in BUILT_IN:
            rows.append((name, True, BUILT_IN[name]))
        elif name in handlers:
            rows.append((name, True, handlers[name].summary))
        else:
            rows.append((name, False, "not yet: answers an empty page and logs nothing, "
                                      "as a server without the function would"))
    return rows


def coverage_markdown() -> str:
    rows = coverage_rows()
    done = sum(1 for _, implemented, _ in rows if implemented)
    lines = [
        "# Agent API coverage",
        "",
        "Generated from the function registry by `vicidial-emu coverage --write`;",
        "do not edit by hand.",
        "",
        f"{done} of {len(rows)} functions implemented.",
        "",
        "| function | implemented | note |",
        "| --- | --- | --- |",
    ]
    lines += [f"| `{name}` | {'yes' if ok else 'no'} | {note} |" for name, ok, note in rows]
    return "\n".join(lines) + "\n"


@router.get("/coverage", response_class=PlainTextResponse)
def coverage_page() -> str:
    return coverage_markdown()
