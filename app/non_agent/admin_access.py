"""The checks the Non-Agent API's admin functions start with.

The source and allowed-functions checks are every function's; the count
each function then runs on the API user differs (modify_lists for DNC,
view_reports for listings, no API-access flag for some), so each passes its
own count here.
"""

from __future__ import annotations

from app.agent_api.call import Stop
from app.non_agent.call import NonAgentCall
from app.wire.lines import Template
from app.wire.messages import non_agent as messages


def begin(call: NonAgentCall, refusal: Template, allowed: int) -> None:
    """Source, allowed functions, then the function's own user count (`allowed`)."""
    source = call.params.source
    if len(source) < 2:
        call.say(messages.INVALID_SOURCE, source=source)
        call.write(messages.INVALID_SOURCE_ECHO.line(source=source).text)
        raise Stop
    functions = (call.api_user.api_allowed_functions or "") if call.api_user else ""
    if f" {call.function} " not in functions and "ALL_FUNCTIONS" not in functions:
        call.stop(messages.FUNCTION_NOT_ALLOWED, user=call.user, function=call.function)
    if allowed < 1:
        call.stop(refusal, data=str(allowed), user=call.user, allowed=allowed)
