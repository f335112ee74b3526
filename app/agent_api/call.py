"""One Agent API request in progress: what handlers read, say and log.

The real script prints as it goes and may stop at any point (`exit`), skipping
the close-window link and the debug footer. `ApiCall.say` prints a line and
writes its API log row, as the real script always pairs them; `ApiCall.stop`
ends the request there.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any, NoReturn

from sqlalchemy.orm import Session

from app.clock import Clock
from app.state import queries
from app.state.models import AgentSession, ApiLogEntry, SystemSettings, User
from app.wire.lines import Line, Template, debug_comment
from app.wire.messages import shared as messages
from app.wire.request import Params, RawRequest

log = logging.getLogger(__name__)


class Stop(Exception):
    """The real script's `exit`: nothing more is printed."""


class ScriptAbort(Exception):
    """Where the real script dies on PHP 8 (a failed SQL statement): HTTP 500, empty page.

    What it wrote before that point stays written, as on the real MyISAM tables.
    """


@dataclass
class ApiCall:
    request: RawRequest
    params: Params
    session: Session
    clock: Clock
    system: SystemSettings
    api_user: User | None
    started: float = field(default_factory=time.perf_counter)
    started_epoch: int = 0
    function: str = ""
    agent_user: str = ""
    value: str = ""
    debug: bool = False
    format_debug: bool = False
    status: int = 200
    output: list[str] = field(default_factory=list)
    logged: list[ApiLogEntry] = field(default_factory=list)

    @property
    def user(self) -> str:
        return self.params.user

    @property
    def user_group(self) -> str:
        return (self.api_user.user_group or "") if self.api_user else ""

    @property
    def allowed_functions(self) -> str:
        return (self.api_user.api_allowed_functions or "") if self.api_user else ""

    # -- saying and logging -------------------------------------------------

    def say(self, template: Template, *, data: str = "", **fields: Any) -> Line:
        """Print one answer line and write its API log row."""
        line = template.line(**fields)
        self.write(line.text)
        self.log(line.result, line.reason, data)
        return line

    def stop(self, template: Template, *, data: str = "", **fields: Any) -> NoReturn:
        self.say(template, data=data, **fields)
        raise Stop

    def write(self, text: str) -> None:
        self.output.append(text)

    def debug_line(self, text: str) -> None:
        """What a check found, shown only with format=debug (our words, not the real SQL)."""
        if self.debug:
            self.output.append(f"{text}\n")

    def debug_write(self, text: str) -> None:
        """A write made, shown with format=debug as an HTML comment glued to the next line."""
        if self.format_debug:
            self.output.append(debug_comment(text))

    def log(self, result: str, reason: str, data: str, **override: str) -> None:
        now = self.clock.now_text()
        entry = ApiLogEntry(
            user=override.get("user", self.user),
            agent_user=override.get("agent_user", self.agent_user),
            function=override.get("function", self.function),
            value=override.get("value", self.value),
            result=result, result_reason=reason,
            source=self.params.source,
            # The real server's log statement quotes data in double quotes.
            data=data.replace('"', "'"),
            api_date=now, api_script="agent",
            run_time=f"{time.perf_counter() - self.started:.6f}",
        )
        queries.record_api_call(self.session, entry, self.request.remote_ip,
                                self.request.logged_url())
        self.logged.append(entry)

    # -- the checks most functions share ------------------------------------

    def check_permission(self, first: str | None) -> None:
        """Stop with the permission error unless the API user may use this function.

        `first` is what the error line shows before the user (usually the value);
        None leaves that part out, as the webserver function does.
        """
        allowed = self.allowed_functions
        if f" {self.function} " in allowed or "ALL_FUNCTIONS" in allowed:
            return
        echo = "" if first is None else f"{first}|"
        self.stop(messages.NO_PERMISSION, echo=echo, user=self.user,
                  function=self.function, user_group=self.user_group)

    def resolve_alt_user(self) -> None:
        """Replace agent_user with the user whose custom_three is alt_user, if given.

        When nobody has it the real script prints an error and carries on with
        agent_user as it was, which is how one request can answer two lines.
        """
        alt_user = self.params.alt_user
        if len(alt_user) < 2:
            return
        found = queries.find_user_by_custom_three(self.session, alt_user)
        self.debug_line(f"alt_user {alt_user}: {'user ' + (found.user or '') if found else 'none'}")
        if found is not None:
            self.agent_user = found.user or ""
        else:
            self.say(messages.NO_USER_FOUND, alt_user=alt_user)

    def logged_in_agent(self, lock: bool = True) -> AgentSession | None:
        """The agent's session, or None after answering that the agent is not logged in."""
        agent = self.live_agent(lock=lock)
        if agent is None:
            self.say(messages.NOT_LOGGED_IN, agent_user=self.agent_user)
        return agent

    def live_agent(self, lock: bool = False) -> AgentSession | None:
        """The agent's session; `lock` holds its row until the request's transaction ends."""
        agent = queries.agent_session(self.session, self.agent_user, lock=lock)
        self.debug_line(f"agent {self.agent_user}: "
                        f"{'logged in, ' + (agent.status or '') if agent else 'not logged in'}")
        return agent
