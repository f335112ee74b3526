"""The path every Non-Agent API request takes, in the real script's order.

Filter the parameters; answer `version` and the coffee family before any
login; check the credentials (the source is checked later, by each
function); read the API user; work out the allowed lists for the functions
that may be list-restricted; run the function. A name without a handler
gets `NO FUNCTION SPECIFIED`, then the debug footer when format=debug.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy.orm import Session

from app.agent_api.call import ScriptAbort, Stop
from app.agent_api.registry import COFFEE_FUNCTIONS
from app.agent_api.skeleton import Answer
from app.clock import Clock
from app.non_agent import access
from app.non_agent.auth import authorize
from app.non_agent.call import NonAgentCall
from app.non_agent.filters import filtered_params
from app.non_agent.php import int_value
from app.non_agent.registry import LIST_RESTRICTED, load_handlers, lookup
from app.state import non_agent_queries as queries
from app.state.db import Database
from app.state.queries import system_settings
from app.wire.messages import non_agent as messages
from app.wire.request import RawRequest

log = logging.getLogger(__name__)


def answer(request: RawRequest, db: Database, clock: Clock) -> Answer:
    """Run one request in one transaction and give back what the real server sends."""
    load_handlers()
    with db.transaction() as session:
        call = _start(request, session, clock)
        try:
            _run(call)
        except Stop:
            pass
        except ScriptAbort as abort:
            log.info("non-agent function=%s result=aborted (%s)", call.function or "-", abort)
            return Answer(500, "")
    result = call.logged[-1].result if call.logged else "-"
    log.info("non-agent function=%s result=%s", call.function or "-", result)
    return Answer(call.status, "".join(call.output))


def _start(request: RawRequest, session: Session, clock: Clock) -> NonAgentCall:
    system = system_settings(session)
    params = filtered_params(request, int_value(system.use_non_latin) > 0)
    return NonAgentCall(request, params, session, clock, system, started_epoch=clock.epoch())


def _run(call: NonAgentCall) -> None:
    if call.function == "version":
        _version(call)
    if call.function in COFFEE_FUNCTIONS:
        _coffee(call)
    _authenticate(call)
    call.api_user = queries.active_user(call.session, call.user)
    if call.list_restricted and call.function in LIST_RESTRICTED:
        _restrict_lists(call)

    function = lookup(call.function)
    if function is not None:
        function.handler(call)
        raise Stop
    call.say(messages.NO_FUNCTION)
    if call.params.format == "debug":
        seconds = int(call.clock.epoch() - call.started_epoch)
        call.write(f"\n<!-- script runtime: {seconds} seconds -->\n</body>\n</html>\n")


def _version(call: NonAgentCall) -> None:
    server_gmt = queries.server_gmt(call.session)
    dst = time.localtime(call.started_epoch).tm_isdst > 0
    data = messages.VERSION_LINE.format(
        now=call.clock.now_text(), epoch=call.started_epoch, dst=int(dst),
        tz=server_gmt or "", tz_now=_gmt_now(server_gmt, dst))
    call.write(f"{data}\n")
    call.log("SUCCESS", "", data)
    raise Stop


def _gmt_now(server_gmt: str | None, dst: bool) -> str:
    """The offset in force: the server's, one hour on in summer time, as PHP prints it."""
    if server_gmt is None:
        offset = time.strftime("%z")
        return _php_number(int(offset.replace("+", "") or 0) / 100)
    if not dst:
        return server_gmt
    if not server_gmt:
        return "1"
    return _php_number(float(server_gmt) + 1)


def _php_number(number: float) -> str:
    return str(int(number)) if number == int(number) else repr(number)


def _coffee(call: NonAgentCall) -> None:
    data = messages.COFFEE_LINE.format(function=call.function)
    call.status = 418
    call.write(data)
    call.log("ERROR", "", data)
    raise Stop


def _authenticate(call: NonAgentCall) -> None:
    """Stop, without a log row, unless the credentials are good."""
    password = call.params.get("pass")
    verdict = authorize(call.session, call.user, password, call.request.remote_ip,
                        call.system, call.clock)
    if verdict == "GOOD":
        return
    if verdict == "LOCK":
        call.write(messages.LOGIN_LOCKED.line(user=call.user).text)
    elif verdict == "IPBLOCK":
        call.write(messages.IP_NOT_ALLOWED.line(ip=call.request.remote_ip).text)
    else:
        call.write(messages.LOGIN_INCORRECT.line(user=call.user, password=password,
                                                 auth=verdict).text)
    raise Stop


def _restrict_lists(call: NonAgentCall) -> None:
    group = queries.user_group(call.session, call.user_group)
    if group is None:
        call.stop(messages.USER_GROUP_MISSING, user=call.user, user_group=call.user_group)
    call.allowed_lists = access.allowed_lists(call.session, group.allowed_campaigns)

