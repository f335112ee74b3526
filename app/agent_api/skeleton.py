"""The path every Agent API request takes, in the real server's order of checks.

Filter the parameters, answer `version` and the coffee family before any
login, check the source, the credentials and the agent-API flag, the system
switch, then run the function's handler; last, the close-window link and the
debug footer, which an early `exit` skips.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.agent_api import auth
from app.agent_api.call import ApiCall, ScriptAbort, Stop
from app.agent_api.registry import COFFEE_FUNCTIONS, load_handlers, lookup
from app.clock import Clock
from app.screen.modes import agents_to_react, react_now
from app.settings import Settings
from app.state import queries
from app.state.compare import texts_equal
from app.state.db import Database
from app.wire.lines import CLOSE_WINDOW_LINK, debug_footer, debug_preamble
from app.wire.messages import shared as messages
from app.wire.request import RawRequest, filtered_params

log = logging.getLogger(__name__)

_QUOTES_AND_SPACES = re.compile(r"['\"\\; ]")


@dataclass(frozen=True)
class Answer:
    status: int
    body: str


def answer(request: RawRequest, db: Database, clock: Clock,
           settings: Settings | None = None) -> Answer:
    """Run one request in one transaction and give back what the real server sends."""
    settings = settings or Settings(scenario="none")
    load_handlers()
    with db.transaction() as session:
        call = _start(request, session, clock)
        try:
            _run(call, settings.redact_login_errors)
        except Stop:
            pass
        except ScriptAbort as abort:
            log.info("api function=%s agent=%s result=aborted (%s)", call.function,
                     call.agent_user or "-", abort)
            return Answer(500, "")
        result = call.logged[-1].result if call.logged else "-"
        # An instant screen acts on the flag before the answer goes back.
        for user in agents_to_react(session):
            react_now(session, user, clock, settings.screen_mode)
    log.info("api function=%s agent=%s result=%s", call.function or "-",
             call.agent_user or "-", result)
    return Answer(call.status, "".join(call.output))


def _start(request: RawRequest, session: Session, clock: Clock) -> ApiCall:
    system = queries.system_settings(session)
    params = filtered_params(request, _number(system.use_non_latin) > 0)
    # The real script reads the user's permissions before filtering the name.
    lookup_name = _QUOTES_AND_SPACES.sub("", request.raw("user") or "")
    call = ApiCall(request, params, session, clock, system,
                   queries.find_user(session, lookup_name), started_epoch=clock.epoch())
    call.function, call.agent_user, call.value = params.function, params.agent_user, params.value
    call.debug = _php_true(params.DB) and _number(system.allow_web_debug) >= 1
    return call


def _run(call: ApiCall, redact: bool) -> None:
    if call.function == "version":
        _version(call)
    if call.function in COFFEE_FUNCTIONS:
        _coffee(call)
    _check_caller(call, redact)
    if call.params.format == "debug":
        call.debug = call.format_debug = True
        call.write(debug_preamble(call.user))

    function = lookup(call.function)
    if function is not None:
        function.handler(call)

    if _php_greater_than_zero(call.params.close_window_link):
        call.write(CLOSE_WINDOW_LINK)
    if call.format_debug:
        call.write(debug_footer(int(call.clock.epoch() - call.started_epoch)))


def _version(call: ApiCall) -> None:
    data = messages.VERSION_LINE.format(now=call.clock.now_text(), epoch=call.started_epoch)
    call.write(f"{data}\n")
    call.log("SUCCESS", "", data)
    raise Stop


def _coffee(call: ApiCall) -> None:
    data = messages.COFFEE_LINE.format(function=call.function)
    call.status = 418
    call.write(data)
    call.log("ERROR", "", data)
    raise Stop


def _check_caller(call: ApiCall, redact: bool) -> None:
    """Source, credentials, the agent-API flag and the system switch, in that order."""
    params = call.params
    if len(params.source) < 2:
        call.stop(messages.INVALID_SOURCE, source=params.source)

    caller = auth.Caller(params.user, params.get("pass"), call.request.remote_ip)
    auth_message = auth.authorize(call.session, caller, call.system, call.clock,
                                  known=call.api_user)
    authorized = 1 if auth_message == "GOOD" else 0
    api_access = 1 if _has_api_access(call, params.user) else 0
    if len(params.user) < 2 or len(params.get("pass")) < 2 or not (authorized and api_access):
        password = params.get("pass")
        if redact:
            password, auth_message = "", auth_message.split("|")[0]
        details = f"{params.user}|{password}|{authorized}|{api_access}|{auth_message}|"
        call.stop(messages.INVALID_LOGIN, data=details, user=params.user, password=password,
                  auth=authorized, auth_api=api_access, auth_message=auth_message)

    if _number(call.system.vdc_agent_api_active) != 1:
        call.stop(messages.SYSTEM_API_OFF)
    _leftover_group_check(call)


def _has_api_access(call: ApiCall, user: str) -> bool:
    known = call.api_user
    if known is not None and texts_equal(known.user, user):
        return known.vdc_agent_api_access == "1"
    return queries.has_api_access(call.session, user)


def _leftover_group_check(call: ApiCall) -> None:
    # The real script keeps a branch for placeholder function names that only
    # checks the restricted user's group exists.
    if call.function not in ("feature_not_needed", "feature_not_needed2"):
        return
    user = call.api_user
    if user is None or _number(user.api_list_restrict) <= 0:
        return
    if queries.user_group(call.session, user.user_group) is None:
        call.stop(messages.USER_GROUP_MISSING, value=call.value, user_group=call.user_group)


def _number(text: str | None) -> int:
    match = re.match(r"\s*-?\d+", text or "")
    return int(match.group(0)) if match else 0


def _php_true(text: str) -> bool:
    return text not in ("", "0")


def _php_greater_than_zero(text: str) -> bool:
    """PHP 8's `$text > 0`: numbers compare as numbers, other text as text against '0'."""
    if re.fullmatch(r"\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*", text):
        return float(text) > 0
    return text > "0"
