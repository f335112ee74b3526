"""lead_search: which leads have these phone numbers (or vendor codes, or ids)."""

from __future__ import annotations

from app.non_agent import access, sql
from app.non_agent.call import NonAgentCall, Permission, ScriptAbort
from app.non_agent.filters import digits
from app.non_agent.php import loose_equal, lower_than
from app.non_agent.registry import non_agent_function
from app.state import non_agent_queries as queries
from app.state.models import Lead
from app.wire.messages import non_agent as messages

LEAD_SEARCH = Permission(messages.LEAD_SEARCH_NO_PERMISSION, level_over=7,
                         modify_leads=("1", "2", "3", "4", "5"))


@non_agent_function("lead_search")
def lead_search(call: NonAgentCall) -> None:
    """For each number asked for: how many leads have it, and their ids, newest first."""
    params, user = call.params, call.user
    list_id = digits(params.list_id)
    call.begin(LEAD_SEARCH)
    method = params.search_method if len(params.search_method) >= 6 else "PHONE_NUMBER"
    limit = int(params.records) if params.records else 1000
    by_id = "LEAD_ID" in method and bool(params.lead_id)
    codes = [c for c in params.vendor_lead_code.split(",") if c] \
        if "VENDOR_LEAD_CODE" in method and params.vendor_lead_code else []
    phones = [p for p in params.phone_number.split(",") if 5 < len(p) < 19] \
        if "PHONE_NUMBER" in method and len(params.phone_number) > 5 else []
    by_code = "VENDOR_LEAD_CODE" in method and bool(params.vendor_lead_code)
    by_phone = "PHONE_NUMBER" in method and len(params.phone_number) > 5
    if not (by_id or by_code or by_phone):
        data = (f"{method}|{params.lead_id}({int(by_id)})|{params.vendor_lead_code}"
                f"({int(by_code)})|{params.phone_number}({int(by_phone)})")
        call.stop(messages.LEAD_SEARCH_NO_METHOD, data=data, user=user)
    if call.list_restricted and not lower_than(list_id, 99) and not call.list_allowed(list_id):
        call.stop(messages.LEAD_SEARCH_LIST_NOT_ALLOWED, data=f"{params.phone_number}|{list_id}",
                  phone_number=params.phone_number, list_id=list_id)

    scope = access.search_lists(call.session, call.params.search_location, list_id)
    found: list[tuple[str, Lead]] = []
    if by_id:
        found = [(str(lead.lead_id), lead) for lead in _by_ids(call, scope, limit)]
    if by_code and not found:
        found = [(lead.vendor_lead_code or "", lead)
                 for lead in _matching(call, "vendor_lead_code", codes, scope, limit)]
    if by_phone and not found:
        found = [(lead.phone_number or "", lead)
                 for lead in _matching(call, "phone_number", phones, scope, limit)]
    summary = f"{params.lead_id}|{params.vendor_lead_code}|{params.phone_number}"
    if not found:
        call.stop(messages.LEAD_SEARCH_NO_MATCHES, data=summary, user=user)

    output = messages.LEAD_SEARCH_HEADER if params.header == "YES" else ""
    for asked in phones + codes:
        ids = [str(lead.lead_id) for key, lead in found if loose_equal(asked, key)]
        output += f"{asked}|{len(ids)}|{'-'.join(ids)}\n"
    call.write(output)
    call.log("SUCCESS", messages.LEAD_SEARCH_FOUND_REASON, f"{summary}|{len(found)}")


def _by_ids(call: NonAgentCall, scope: list[int] | None, limit: int) -> list[Lead]:
    # The search reads lead_ids, not lead_id; an empty or gappy list is an SQL error.
    wanted = call.params.lead_ids.split(",")
    if not all(wanted):
        raise ScriptAbort("lead_ids makes an invalid IN() list")
    return queries.leads_with_ids(call.session, [int(w) for w in wanted], scope, limit)


def _matching(call: NonAgentCall, column: str, wanted: list[str], scope: list[int] | None,
              limit: int) -> list[Lead]:
    if not wanted:
        raise ScriptAbort(f"no usable {column} leaves the statement without a condition")
    # Vendor codes are pasted between double quotes, phone numbers between single ones.
    values = [sql.double(w) for w in wanted] if column == "vendor_lead_code" else wanted
    return queries.leads_matching(call.session, column, values, scope, limit)
