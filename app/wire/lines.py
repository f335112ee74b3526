"""The shapes of the answer lines, and the HTML the real server wraps around them.

A `Template` is one kind of line (`ERROR: agent_user is not logged in - {agent_user}`):
its result and reason go to the API log as they are, its details are filled per
request. Handlers pick a template from `app.wire.messages` and never write
answer text themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

API_VERSION = "2.14-82"
API_BUILD = "250122-1010"


@dataclass(frozen=True)
class Line:
    """One answer line as sent, with what the API log records of it."""

    text: str
    result: str
    reason: str


@dataclass(frozen=True)
class Template:
    """`RESULT: reason - details`, with the details' own format and line end."""

    result: str
    reason: str
    details: str = ""
    end: str = "\n"
    separator: str = " - "

    def line(self, **fields: Any) -> Line:
        details = self.details.format(**fields)
        text = f"{self.result}: {self.reason}{self.separator}{details}{self.end}"
        return Line(text, self.result, self.reason)


def error(reason: str, details: str = "", end: str = "\n") -> Template:
    return Template("ERROR", reason, details, end)


def success(reason: str, details: str = "", end: str = "\n") -> Template:
    return Template("SUCCESS", reason, details, end)


def notice(reason: str, details: str = "", end: str = "\n") -> Template:
    return Template("NOTICE", reason, details, end)


def bare(result: str, reason: str) -> Template:
    """`RESULT: reason` and a newline, with no details part at all."""
    return Template(result, reason, "", "\n", "")


# The debug envelope of format=debug, exactly as the real server prints it.
def debug_preamble(user: str) -> str:
    return (
        "<html>\n<head>\n"
        f"<!-- VERSION: {API_VERSION}     BUILD: {API_BUILD}    USER: {user}\n"
        "<title>VICIDiaL Agent API</title>\n</head>\n"
        "<BODY BGCOLOR=white marginheight=0 marginwidth=0 leftmargin=0 topmargin=0>\n"
    )


def debug_footer(run_seconds: int) -> str:
    return f"\n<!-- script runtime: {run_seconds} seconds -->\n</body>\n</html>\n"


def debug_comment(text: str) -> str:
    """A write the debug output reports, glued before the answer line as the real one is."""
    return f"\n<!-- {text} -->"


CLOSE_WINDOW_LINK = (
    "\n<a href=\"javascript:window.opener='x';window.close();\">Close This Window</a>\n"
)
