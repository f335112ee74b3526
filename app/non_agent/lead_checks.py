"""What add_lead checks before it adds: the number, the do-not-call lists, duplicates.

Each check ends the request with its own error line when the lead is
refused. The duplicate checks run in the real script's order, each when its
name appears anywhere in `duplicate_check` (so one request may ask for
several), optionally limited to leads entered in the last N days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.non_agent import sql
from app.non_agent.call import NonAgentCall, ScriptAbort
from app.non_agent.php import loose_equal, lower_than
from app.state import non_agent_queries as queries
from app.state.models import Lead
from app.wire.messages import non_agent as messages

DAY_OPTIONS = (1, 2, 3, 7, 14, 15, 21, 28, 30, 60, 90, 180, 360)


def check_number(call: NonAgentCall, nanpa: bool) -> None:
    """Length, then the optional prefix, area code and NANPA checks."""
    params, phone = call.params, call.params.phone_number
    valid, reason = 1, ""
    if not 6 <= len(phone) <= 16:
        valid, reason = 0, messages.ADD_LEAD_BAD_LENGTH
    if params.usacan_prefix_check == "Y" and valid > 0 and lower_than(phone[3:4], 2):
        valid, reason = 0, messages.ADD_LEAD_BAD_PREFIX
    if params.usacan_areacode_check == "Y" and valid > 0:
        valid = queries.area_code_count(call.session, phone[:3])
        # A wrong length sets the reason but, with a known area code, refuses nothing.
        if valid < 1 or len(phone) != 10:
            reason = messages.ADD_LEAD_BAD_AREACODE
    if nanpa and valid > 0:
        valid = queries.nanpa_count(call.session, phone[:3], phone[3:6])
        if valid < 1:
            reason = messages.ADD_LEAD_BAD_NANPA
    if valid < 1:
        call.stop(messages.rejected(reason), data=phone, details=f"{phone}|{call.user}")


def check_dnc(call: NonAgentCall) -> None:
    """The system list, then the campaign's (or the campaign it borrows), when asked."""
    params, phone = call.params, call.params.phone_number
    if params.dnc_check in ("Y", "AREACODE"):
        numbers = _dnc_numbers(phone, params.dnc_check)
        if queries.dnc_count(call.session, numbers) > 0:
            call.stop(messages.ADD_LEAD_DNC, data=phone, phone_number=phone, user=call.user)
    if params.campaign_dnc_check in ("Y", "AREACODE"):
        campaign_id = params.campaign_id
        found = queries.campaign(call.session, campaign_id)
        borrowed = (found.use_other_campaign_dnc or "") if found else ""
        numbers = _dnc_numbers(phone, params.campaign_dnc_check)
        if queries.campaign_dnc_count(call.session, numbers, borrowed or campaign_id) > 0:
            call.stop(messages.ADD_LEAD_CAMPAIGN_DNC, data=f"{phone}|{campaign_id}",
                      phone_number=phone, campaign_id=campaign_id, user=call.user)


def _dnc_numbers(phone: str, how: str) -> list[str]:
    return [phone, f"{phone[:3]}XXXXXXX"] if how == "AREACODE" else [phone]


@dataclass(frozen=True)
class Duplicate:
    """One duplicate check: its name in duplicate_check, what it compares, where."""

    name: str
    reason: str
    compares: str  # PHONE, PHONEALT, TITLE or NAME
    scope: str  # LIST, CAMP or SYS


DUPLICATES = (
    Duplicate("DUPLIST", "LIST", "PHONE", "LIST"),
    Duplicate("DUPCAMP", "CAMP", "PHONE", "CAMP"),
    Duplicate("DUPSYS", "SYS", "PHONE", "SYS"),
    Duplicate("DUPPHONEALTLIST", "LIST", "PHONEALT", "LIST"),
    Duplicate("DUPPHONEALTCAMP", "CAMP", "PHONEALT", "CAMP"),
    Duplicate("DUPPHONEALTSYS", "SYS", "PHONEALT", "SYS"),
    Duplicate("DUPTITLEALTPHONELIST", "TITLE_LIST", "TITLE", "LIST"),
    Duplicate("DUPTITLEALTPHONECAMP", "TITLE_CAMP", "TITLE", "CAMP"),
    Duplicate("DUPTITLEALTPHONESYS", "TITLE_SYS", "TITLE", "SYS"),
    Duplicate("DUPNAMEPHONELIST", "NAME_LIST", "NAME", "LIST"),
    Duplicate("DUPNAMEPHONECAMP", "NAME_CAMP", "NAME", "CAMP"),
    Duplicate("DUPNAMEPHONESYS", "NAME_SYS", "NAME", "SYS"),
)


def check_duplicates(call: NonAgentCall, list_id: str) -> None:
    asked = call.params.duplicate_check.upper()
    since = _since(call, asked)
    campaign_lists = queries.lists_beside(call.session, list_id) if "CAMP" in asked else None
    for check in DUPLICATES:
        if check.name not in asked:
            continue
        lists: list[int] | None = None
        if check.scope == "LIST":
            lists = [int(list_id or 0)]
        elif check.scope == "CAMP":
            if not campaign_lists:
                raise ScriptAbort("no lists in the campaign make an empty IN() list")
            lists = campaign_lists
        found = _find(call, check, lists, since)
        if found is not None:
            data = _duplicate_data(call, check, list_id, found)
            call.stop(messages.rejected(messages.ADD_LEAD_DUPLICATE[check.reason]), data=data,
                      details=data)


def _since(call: NonAgentCall, asked: str) -> str | None:
    options = [days for days in DAY_OPTIONS if f"{days}DAY" in asked]
    if not options:
        return None
    # The last matching option wins, as in the real chain of checks.
    moment = call.clock.now() - dt.timedelta(days=options[-1])
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _find(call: NonAgentCall, check: Duplicate, lists: list[int] | None,
          since: str | None) -> Lead | None:
    params, phone = call.params, call.params.phone_number
    conditions: dict[str, str] = {}
    either = None
    if check.compares == "PHONE":
        conditions = {"phone_number": phone}
    elif check.compares == "PHONEALT":
        either = phone
    elif check.compares == "TITLE":
        conditions = {"title": sql.literal(params.title),
                      "alt_phone": sql.literal(params.alt_phone)}
    else:
        conditions = {"first_name": sql.literal(params.first_name),
                      "last_name": sql.literal(params.last_name), "phone_number": phone}
    return queries.first_duplicate(call.session, conditions, either, lists, since)


def _duplicate_data(call: NonAgentCall, check: Duplicate, list_id: str, found: Lead) -> str:
    params, phone = call.params, call.params.phone_number
    lead_id, lead_list = found.lead_id, found.list_id
    in_list = check.scope == "LIST"
    if check.compares == "PHONE":
        return f"{phone}|{list_id}|{lead_id}" + ("" if in_list else f"|{lead_list}")
    if check.compares == "PHONEALT":
        kind = "PHONE" if loose_equal(phone, found.phone_number or "") else "ALT"
        return f"{phone}|{list_id}|{lead_id}|" + ("" if in_list else f"{lead_list}|") + kind
    if check.compares == "TITLE":
        head = f"{params.title}|{params.alt_phone}|{list_id}|{lead_id}"
    else:
        head = f"{params.first_name}|{params.last_name}|{phone}|{list_id}|{lead_id}"
    return head + ("" if in_list else f"|{lead_list}")
