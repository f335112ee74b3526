"""callid_info: what happened to a call, found by its caller code (call ID)."""

from __future__ import annotations

import re

from app.non_agent.call import NonAgentCall, Permission, ScriptAbort
from app.non_agent.output import delimiter, row
from app.non_agent.registry import non_agent_function
from app.state import non_agent_queries as queries
from app.state.models import CallLog, CloserLog
from app.wire.messages import non_agent as messages

CALLID_INFO = Permission(messages.CALLID_INFO_NO_PERMISSION, view_reports=True)

_KNOWN_PREFIX = re.compile(r"^(Y|J|V|M|DC|S|LP|VH|XL)")
_INBOUND_PREFIX = re.compile(r"^(Y|J|LP|VH)")


@non_agent_function("callid_info")
def callid_info(call: NonAgentCall) -> None:
    """The customer talk time of a call, and with detail=YES its date, number and outcome."""
    call.begin(CALLID_INFO)
    call_id, user = re.sub(r"\s", "", call.params.call_id), call.user
    if not (17 < len(call_id) < 40 and _KNOWN_PREFIX.match(call_id)):
        call.stop(messages.CALLID_INFO_INVALID, data=f"{user}|{call_id}", user=user,
                  call_id=call_id)
    separator, stage = delimiter(call.params.stage)
    detail = call.params.detail == "YES"
    output = ""
    if call.params.header == "YES":
        columns = messages.CALLID_INFO_DETAIL_COLUMNS if detail else messages.CALLID_INFO_COLUMNS
        output = separator.join(columns) + "\n"

    not_found = {"data": f"{user}|{call.agent_user}", "user": user,
                 "agent_user": call.agent_user}
    found = queries.call_by_code(call.session, call_id)
    if found is None:
        call.stop(messages.CALLID_INFO_NO_CALL, **not_found)
    if found.lead_id is None:
        raise ScriptAbort("the call's lead_id is NULL, which breaks the call log look-up")
    logged: CloserLog | CallLog | None
    if _INBOUND_PREFIX.match(call_id):
        logged = queries.inbound_call(call.session, found.call_date or "", found.uniqueid,
                                      found.lead_id)
    else:
        logged = queries.outbound_call(call.session, found.uniqueid, found.lead_id)
    if logged is None:
        call.stop(messages.CALLID_INFO_NO_LOG, **not_found)

    talk = queries.talk_time(call.session, found.uniqueid, found.lead_id, logged.user)
    customer_seconds = (talk.talk_sec or 0) - (talk.dead_sec or 0) if talk else 0
    values: list[object] = [call_id, customer_seconds]
    if detail:
        values += [found.call_date, logged.phone_number, _call_type(call_id),
                   logged.campaign_id, logged.list_id, logged.status, logged.user]
    output += row(values, separator)
    call.write(output)
    call.log("SUCCESS", f"callid_info {output}", f"{user}|{call_id}|{stage}")


def _call_type(call_id: str) -> str:
    if _INBOUND_PREFIX.match(call_id):
        return "INBOUND"
    if call_id.startswith("V"):
        return "OUTBOUND_AUTO"
    return "OUTBOUND_MANUAL" if call_id.startswith("M") else "OUTBOUND_OTHER"
