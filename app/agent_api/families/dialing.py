"""Manual dialling: external_dial places a call, preview_dial_action acts on a preview.

On a real dialer both only write the agent's `external_dial` column (or queue
the dial for campaigns whose API dials wait in line); the agent screen, polling
about once a second, places the call and clears the column.
"""

from __future__ import annotations

import re
from dataclasses import astuple, dataclass
from typing import NoReturn

from app.agent_api.call import ApiCall, ScriptAbort
from app.agent_api.php import below, integer_text, loosely_equal
from app.agent_api.registry import agent_function
from app.state import dialing_queries as queries
from app.state.compare import texts_equal
from app.state.models import AgentSession, Lead, ManualDialQueueEntry
from app.state.statements import breaks_quotes, unquoted
from app.wire.lines import Template
from app.wire.messages import dialing as messages

MANUAL_NEXT = "MANUALNEXT"
PREVIEW_ACTIONS = ("SKIP", "DIALONLY", "ALTDIAL", "ADR3DIAL", "FINISH")
ALT_NUMBER_ACTIONS = ("ALTDIAL", "ADR3DIAL", "FINISH")
FORCED_ALIAS = "-FORCE-"
LOWEST_ALIAS_CALLER_ID = 4

_NOT_DIGITS = re.compile(r"[^0-9]")
_NOT_ACTION_CHARS = re.compile(r"[^A-Z0-9]")


@dataclass
class Dial:
    """The dial the agent screen reads from `external_dial`, field by field in its order."""

    number: str
    phone_code: str
    search: str
    preview: str
    focus: str
    vendor_id: str
    epoch: int
    dial_prefix: str
    group_alias: str
    caller_id: str = ""
    vtiger_callback_id: str = ""
    lead_id: str = ""
    alt_dial: str = ""
    dial_ingroup: str = ""

    def flag(self) -> str:
        return "!".join(str(field) for field in astuple(self))

    def details(self) -> str:
        """What the answer shows after the number and the agent (and the log's data)."""
        return "|".join(str(field) for field in (
            self.phone_code, self.search, self.preview, self.focus, self.vendor_id,
            self.epoch, self.dial_prefix, self.group_alias, self.caller_id, self.alt_dial))


# -- external_dial --------------------------------------------------------------


@agent_function("external_dial")
def external_dial(call: ApiCall) -> None:
    """Have a paused agent dial a number or a lead's number (or queue the dial)."""
    call.value = _number_to_dial(call.params.value)
    if not _dial_request_valid(call):
        _say_dial_not_valid(call)
        return
    call.check_permission(first=call.value)
    call.resolve_alt_user()

    agent = call.logged_in_agent()
    if agent is None:
        return
    standard = _dials_at_once(call, agent)
    dial_ingroup = _known_dial_ingroup(call)
    if not _agent_may_dial(call, agent, standard, dial_ingroup):
        return

    dial = _requested_dial(call, dial_ingroup)
    _choose_caller_id(call, dial)
    _vtiger_callback(call, dial)
    if dial.lead_id:
        _dial_lead(call, dial)
    if standard:
        _set_dial(call, agent, dial)
    else:
        _queue_dial(call, dial)


def _number_to_dial(value: str) -> str:
    # Only the MANUALNEXT keyword keeps its letters; any other value keeps its digits.
    return value if value == MANUAL_NEXT else _NOT_DIGITS.sub("", value)


def _dial_request_valid(call: ApiCall) -> bool:
    params = call.params
    named = len(params.agent_user) >= 2 or len(params.alt_user) >= 2
    target = len(call.value) >= 2 or len(params.lead_id) >= 1
    # search, preview and focus only need two characters; YES/NO is never checked.
    flags = all(len(flag) >= 2 for flag in (params.search, params.preview, params.focus))
    return named and target and flags


def _say_dial_not_valid(call: ApiCall) -> None:
    params = call.params
    data = f"{params.phone_code}|{params.search}|{params.preview}|{params.focus}|" \
           f"{params.lead_id}"
    call.say(messages.EXTERNAL_DIAL_NOT_VALID, data=data, value=call.value,
             phone_code=params.phone_code, search=params.search, preview=params.preview,
             focus=params.focus, lead_id=params.lead_id, agent_user=call.agent_user,
             alt_user=params.alt_user)


def _requested_dial(call: ApiCall, dial_ingroup: str) -> Dial:
    params = call.params
    return Dial(call.value, params.phone_code, params.search, params.preview, params.focus,
                params.vendor_id, call.started_epoch, params.dial_prefix, params.group_alias,
                lead_id=params.lead_id, alt_dial=params.alt_dial, dial_ingroup=dial_ingroup)


def _dials_at_once(call: ApiCall, agent: AgentSession) -> bool:
    """Whether the campaign's api_manual_dial is STANDARD (else the dial is queued)."""
    campaign = queries.campaign(call.session, agent.campaign_id)
    mode = campaign.api_manual_dial if campaign is not None else None
    # A missing campaign row leaves no mode at all, and anything but STANDARD queues.
    call.debug_line(f"campaign {agent.campaign_id}: api_manual_dial {mode or 'unknown'}")
    return mode == "STANDARD"


def _paused_without_lead(agent: AgentSession) -> bool:
    return texts_equal(agent.status, "PAUSED") and (
        agent.lead_id is not None and agent.lead_id < 1)


def _agent_may_dial(call: ApiCall, agent: AgentSession, standard: bool,
                    dial_ingroup: str) -> bool:
    """Whether the agent may dial now; answers why not when not."""
    # Only STANDARD campaigns need a paused agent without a lead, and a dial_ingroup
    # skips even that check.
    if standard and not _paused_without_lead(agent) and not dial_ingroup:
        call.say(messages.AGENT_NOT_PAUSED, agent_user=call.agent_user)
        return False
    if not queries.may_dial_manually(call.session, call.agent_user):
        call.say(messages.MANUAL_DIAL_NOT_ALLOWED, agent_user=call.agent_user)
        return False
    return True


def _known_dial_ingroup(call: ApiCall) -> str:
    """The dial_ingroup if it exists; an unknown one is announced, logged and dropped."""
    dial_ingroup = call.params.dial_ingroup
    if dial_ingroup and not queries.in_group_exists(call.session, dial_ingroup):
        call.say(messages.DIAL_INGROUP_NOT_FOUND, dial_ingroup=dial_ingroup)
        return ""
    return dial_ingroup


def _choose_caller_id(call: ApiCall, dial: Dial) -> None:
    """The caller id of the group_alias, replaced by outbound_cid where the system allows."""
    if len(dial.group_alias) > 1:
        dial.caller_id = _alias_caller_id(call, dial.group_alias)
    outbound_cid = call.params.outbound_cid
    if len(outbound_cid) < 2:
        return
    setting = call.system.outbound_cid_any or ""
    if setting != "API_ONLY":
        call.stop(messages.OUTBOUND_CID_NOT_ALLOWED, data=f"{outbound_cid}|{setting}",
                  agent_user=call.agent_user, outbound_cid=outbound_cid, setting=setting)
    dial.caller_id, dial.group_alias = outbound_cid, FORCED_ALIAS


def _alias_caller_id(call: ApiCall, alias_id: str) -> str:
    alias = queries.group_alias(call.session, alias_id)
    if alias is None:
        call.stop(messages.GROUP_ALIAS_NOT_VALID, data=alias_id, agent_user=call.agent_user,
                  group_alias=alias_id)
    caller_id = alias.caller_id_number
    # PHP 8 compares a numeric caller id with 4 as a number, so a 2-digit `12` passes
    # while `3` and an empty caller id fail.
    if below(caller_id, LOWEST_ALIAS_CALLER_ID):
        shown = caller_id or ""
        call.stop(messages.GROUP_ALIAS_CID_NOT_VALID, data=f"{alias_id}|{shown}",
                  agent_user=call.agent_user, group_alias=alias_id, caller_id=shown)
    return caller_id or ""


def _vtiger_callback(call: ApiCall, dial: Dial) -> None:
    if "YES" not in call.params.vtiger_callback or not dial.number.startswith("99"):
        return
    # The 99 is stripped and the rest turned into a number (losing leading zeros)
    # whether or not the Vtiger integration is on.
    rest = dial.number[2:]
    if not rest:
        raise ScriptAbort("PHP 8 cannot add 0 to an empty number")
    dial.number = call.value = integer_text(rest)
    if texts_equal(call.system.enable_vtiger_integration, "1"):
        raise ScriptAbort("the Vtiger database is not reachable from the emulator")


def _dial_lead(call: ApiCall, dial: Dial) -> None:
    """Dial the lead's main, alt or address3 number instead of the value and phone_code."""
    lead_id, searched = dial.lead_id, dial.number
    dial.number = dial.phone_code = call.value = ""
    lead = queries.lead(call.session, lead_id)
    call.debug_line(f"lead {lead_id}: {'found' if lead is not None else 'not found'}")
    if dial.alt_dial == "SEARCH":
        dial.alt_dial = _number_found(lead, searched) if lead is not None else ""
        if lead is not None and not dial.alt_dial:
            call.stop(messages.LEAD_SEARCH_NOT_FOUND, data=f"|{lead_id}|",
                      agent_user=call.agent_user, value="", lead_id=lead_id, alt_dial="")
    if lead is None:
        call.stop(messages.LEAD_ID_NOT_VALID, data=lead_id, agent_user=call.agent_user,
                  lead_id=lead_id)

    dial.number = call.value = _NOT_DIGITS.sub("", _lead_number(lead, dial.alt_dial) or "")
    dial.phone_code = lead.phone_code or ""
    if len(dial.number) < 2:
        call.stop(messages.LEAD_PHONE_NOT_VALID, data=f"{dial.number}|{lead_id}|{dial.alt_dial}",
                  agent_user=call.agent_user, value=dial.number, lead_id=lead_id,
                  alt_dial=dial.alt_dial)


def _number_found(lead: Lead, searched: str) -> str:
    """Which of the lead's numbers is the searched one; the later match wins, MAIN last."""
    found = ""
    for alt_dial, number in (("ADDR3", lead.address3), ("ALT", lead.alt_phone),
                             ("MAIN", lead.phone_number)):
        if loosely_equal(number, searched):
            found = alt_dial
    return found


def _lead_number(lead: Lead, alt_dial: str) -> str | None:
    # Any other alt_dial (FOO included) dials the main number, yet is stored and echoed.
    if alt_dial == "ALT":
        return lead.alt_phone
    if alt_dial == "ADDR3":
        return lead.address3
    return lead.phone_number


def _set_dial(call: ApiCall, agent: AgentSession, dial: Dial) -> None:
    flag = _as_stored(dial.flag())
    agent.external_dial = flag
    call.debug_write(f"external_dial of agent {call.agent_user} set to {flag}")
    _say_dial_set(call, dial)


def _queue_dial(call: ApiCall, dial: Dial) -> None:
    """Put the dial in the agent's manual dial queue, once per agent and number."""
    if queries.already_queued(call.session, call.agent_user, dial.number):
        call.say(messages.ALREADY_QUEUED, agent_user=call.agent_user, value=dial.number)
        return
    flag = _as_stored(dial.flag())
    call.session.add(ManualDialQueueEntry(
        user=call.agent_user, phone_number=dial.number, entry_time=call.clock.now_text(),
        status="READY", external_dial=flag))
    call.debug_write(f"dial {flag} queued for agent {call.agent_user}")
    _say_dial_set(call, dial)


def _say_dial_set(call: ApiCall, dial: Dial) -> None:
    details = dial.details()
    # The log statement reads backslash escapes in the data, as it reads any SQL text.
    logged = unquoted(details.replace('"', "'"), '"')
    call.say(messages.EXTERNAL_DIAL_SET, data=logged, value=dial.number,
             agent_user=call.agent_user, details=details)


def _as_stored(flag: str) -> str:
    """The dial text as MariaDB stores it from the quoted statement; a lone quote breaks it."""
    if breaks_quotes(flag, "'"):
        raise ScriptAbort("a quote in the dial breaks the statement")
    return unquoted(flag, "'")


# -- preview_dial_action --------------------------------------------------------


@agent_function("preview_dial_action")
def preview_dial_action(call: ApiCall) -> None:
    """Skip, dial or finish the lead the agent is previewing (or its alt numbers)."""
    # Everything but capitals and digits goes, so `DIAL_ONLY` is DIALONLY.
    value = call.value = _NOT_ACTION_CHARS.sub("", call.params.value)
    named = len(call.params.agent_user) >= 2 or len(call.params.alt_user) >= 2
    if not named or value not in PREVIEW_ACTIONS:
        call.say(messages.PREVIEW_DIAL_NOT_VALID, value=value, agent_user=call.agent_user,
                 alt_user=call.params.alt_user)
        return
    call.check_permission(first=value)
    call.resolve_alt_user()

    agent = call.logged_in_agent()
    if agent is None:
        return
    # The campaign is checked before the agent's state, and no previewed lead is needed.
    _check_preview_campaign(call, agent, value)
    if not texts_equal(agent.status, "PAUSED"):
        call.say(messages.AGENT_NOT_PAUSED, agent_user=call.agent_user)
        return
    if not queries.may_dial_manually(call.session, call.agent_user):
        call.say(messages.MANUAL_DIAL_NOT_ALLOWED, agent_user=call.agent_user)
        return

    agent.external_dial = value
    # The real script runs (and prints) the same UPDATE twice.
    for _ in range(2):
        call.debug_write(f"external_dial of agent {call.agent_user} set to {value}")
    call.say(messages.PREVIEW_DIAL_SET, data=value, value=value, agent_user=call.agent_user)


def _check_preview_campaign(call: ApiCall, agent: AgentSession, value: str) -> None:
    """Stop when the agent's campaign does not allow this preview action."""
    campaign = queries.campaign(call.session, agent.campaign_id)
    preview = (campaign.manual_preview_dial or "") if campaign is not None else ""
    alt_dialing = (campaign.alt_number_dialing or "") if campaign is not None else ""
    campaign_id = agent.campaign_id or ""
    if preview == "DISABLED":
        _stop_for_campaign(call, messages.PREVIEW_DIALING_NOT_ALLOWED, campaign_id, preview)
    if preview == "PREVIEW_ONLY" and value == "SKIP":
        _stop_for_campaign(call, messages.PREVIEW_SKIP_NOT_ALLOWED, campaign_id, preview)
    if alt_dialing == "N" and value in ALT_NUMBER_ACTIONS:
        _stop_for_campaign(call, messages.ALT_DIAL_NOT_ALLOWED, campaign_id, alt_dialing)


def _stop_for_campaign(call: ApiCall, template: Template, campaign_id: str,
                       setting: str) -> NoReturn:
    call.stop(template, data=f"{campaign_id}|{setting}", agent_user=call.agent_user,
              campaign_id=campaign_id, setting=setting)
