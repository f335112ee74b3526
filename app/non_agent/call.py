"""One Non-Agent API request in progress: what handlers read, say and log.

Like the Agent API's `ApiCall`, `say` prints a line and writes its API log
row, and `stop` is the real script's `exit`. The log rows are the
non-agent script's: `api_script` is `non-agent`, the logged value is the
last POST field (the script's form loop leaves it in `$value`), and the
values go into the log statement between quotes, so a quote in them breaks
it as on the real server.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, NoReturn

from sqlalchemy.orm import Session

from app.agent_api.call import ScriptAbort, Stop
from app.clock import Clock
from app.non_agent import sql
from app.non_agent.php import int_value
from app.state import non_agent_queries as queries
from app.state.models import ApiLogEntry, SystemSettings, User
from app.state.queries import record_api_call
from app.wire.lines import Template
from app.wire.messages import non_agent as messages
from app.wire.request import Params, RawRequest

SCRIPT_PATH = "/vicidial/non_agent_api.php"
_DROPPED_FROM_POST = str.maketrans("", "", "'\"\\;")

__all__ = ["NonAgentCall", "Permission", "ScriptAbort", "Stop"]


@dataclass(frozen=True)
class Permission:
    """Who may use a function: the count query each function runs on the API user."""

    refusal: Template
    level_over: int = 6
    view_reports: bool = False
    modify_leads: tuple[str, ...] = ()


@dataclass
class NonAgentCall:
    request: RawRequest
    params: Params
    session: Session
    clock: Clock
    system: SystemSettings
    api_user: User | None = None
    allowed_lists: str = " "
    started: float = field(default_factory=time.perf_counter)
    started_epoch: int = 0
    status: int = 200
    output: list[str] = field(default_factory=list)
    logged: list[ApiLogEntry] = field(default_factory=list)

    @property
    def user(self) -> str:
        return self.params.user

    @property
    def function(self) -> str:
        return self.params.function

    @property
    def agent_user(self) -> str:
        return self.params.agent_user

    @property
    def user_group(self) -> str:
        return (self.api_user.user_group or "") if self.api_user else ""

    @property
    def list_restricted(self) -> bool:
        return self.api_user is not None and int_value(self.api_user.api_list_restrict) > 0

    @property
    def value(self) -> str:
        """What the real log statement records as the value: the last POST field."""
        return list(self.request.post.values())[-1] if self.request.post else ""

    # -- saying and logging ----------------------------------------------------

    def say(self, template: Template, *, data: str = "", **fields: Any) -> None:
        """Print one answer line and write its API log row."""
        line = template.line(data=data, **fields)
        self.write(line.text)
        self.log(line.result, line.reason, data)

    def stop(self, template: Template, *, data: str = "", **fields: Any) -> NoReturn:
        self.say(template, data=data, **fields)
        raise Stop

    def write(self, text: str) -> None:
        self.output.append(text)

    def log(self, result: str, reason: str, data: str) -> None:
        """One vicidial_api_log row and the URL that was called."""
        entry = ApiLogEntry(
            user=sql.literal(self.user), agent_user=sql.literal(self.agent_user),
            function=sql.literal(self.function), value=sql.literal(self.value),
            result=sql.double(result), result_reason=sql.literal(reason),
            source=sql.literal(self.params.source),
            # The real log statement quotes data in double quotes.
            data=sql.double(data.replace('"', "'")),
            api_date=self.clock.now_text(), api_script="non-agent",
            run_time=f"{time.perf_counter() - self.started:.6f}",
        )
        try:
            url = sql.literal(self.logged_url())
        except ScriptAbort:
            self.session.add(entry)  # the log row is in before the URL row fails
            raise
        record_api_call(self.session, entry, self.request.remote_ip, url)
        self.logged.append(entry)

    def logged_url(self) -> str:
        """The called URL as logged: the raw query string, then the re-joined form fields."""
        posted = "&".join(f"{k}={v}" for k, v in self.request.post.items())
        posted = posted.translate(_DROPPED_FROM_POST)
        query = self.request.query_string
        if not query and len(posted) > 2:
            query = posted
        # Not `elif`: a POST-only request logs its fields twice, as the real script does.
        if query and len(posted) > 2:
            query = f"{query}&GET-AND-POST=Y&{posted}"
        return f"{self.request.base_url}{SCRIPT_PATH}?{query}"

    # -- the checks every function starts with ---------------------------------

    def begin(self, permission: Permission) -> None:
        """Source, allowed functions, then the function's own permission, in the real order."""
        source = self.params.source
        if len(source) < 2:
            self.say(messages.INVALID_SOURCE, source=source)
            self.write(messages.INVALID_SOURCE_ECHO.line(source=source).text)
            raise Stop
        allowed = (self.api_user.api_allowed_functions or "") if self.api_user else ""
        if f" {self.function} " not in allowed and "ALL_FUNCTIONS" not in allowed:
            self.stop(messages.FUNCTION_NOT_ALLOWED, user=self.user, function=self.function)
        count = queries.count_permitted(self.session, self.user, permission.level_over,
                                        permission.view_reports, permission.modify_leads)
        if count < 1:
            self.stop(permission.refusal, data=str(count), user=self.user, allowed=count)

    def list_allowed(self, list_id: str) -> bool:
        """Whether a list-restricted API user may use this list."""
        return f" {list_id} " in self.allowed_lists

