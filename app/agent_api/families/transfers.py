"""transfer_conference: drive the agent screen's transfer-conference frame.

Like the session flags it only writes one column of the agent's session,
`external_transferconf`: a `---`-joined command that the agent's screen reads
to dial, park, transfer or hang up. Multi-dial numbers go to their own table.
"""

from __future__ import annotations

import datetime as dt
import re

from app.agent_api.call import ApiCall
from app.agent_api.registry import agent_function
from app.state import transfer_queries as queries
from app.state.models import AgentSession, ThreeWayMultiDial
from app.wire.messages import transfers as messages
from app.wire.messages.voicemail import NO_LIVE_CALL

CONSULTATIVE_VALUES = ("DIAL_WITH_CUSTOMER", "PARK_CUSTOMER_DIAL")
DIAL_VALUES = ("BLIND_TRANSFER", "LEAVE_VM", "DIAL_WITH_CUSTOMER", "PARK_CUSTOMER_DIAL")
HANGUP_VALUES = ("HANGUP_XFER", "HANGUP_BOTH", "LEAVE_3WAY_CALL")
# Any cid_choice containing one of these words passes.
CID_CHOICES = re.compile("CAMPAIGN|AGENT_PHONE|CUSTOMER|CUSTOM_CID")
DEFAULT_INGROUP = "DEFAULTINGROUP"
MULTI_DIAL_MIN, MULTI_PHONE_MAX = 5, 18
THREE_WAY_WINDOW = dt.timedelta(minutes=30)
_PHP_NUMBER = re.compile(r"\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*")


@agent_function("transfer_conference")
def transfer_conference(call: ApiCall) -> None:
    """Send a transfer, conference or hang-up command to the agent's transfer frame."""
    value = call.params.value
    if len(value) < 8 or (not call.params.agent_user and len(call.params.alt_user) < 2):
        call.say(messages.TRANSFER_NOT_VALID, value=value, agent_user=call.agent_user)
        return
    call.check_permission(first=value)
    call.resolve_alt_user()

    agent = call.logged_in_agent()
    if agent is None:
        return
    if (agent.lead_id or 0) <= 0 or len(agent.callerid or "") <= 15:
        call.say(NO_LIVE_CALL, agent_user=call.agent_user)
        return

    command = _command(call, agent)
    if command is None:
        return
    text, ingroup = command
    multi_phones = _multi_dial(call)
    _check_three_way_channels(call, agent)

    agent.external_transferconf = text
    call.debug_write(f"external_transferconf of agent {call.agent_user} set to {text}")
    call_data = f"{agent.callerid}{multi_phones}"
    call.say(messages.TRANSFER_SET, data=call_data, call_data=call_data, value=value,
             ingroup=ingroup, phone_number=call.params.phone_number,
             consultative=_consultative(call), agent_user=call.agent_user)


def _consultative(call: ApiCall) -> str:
    # The real script turns everything but YES into NO before any function runs.
    return "YES" if call.params.consultative == "YES" else "NO"


def _command(call: ApiCall, agent: AgentSession) -> tuple[str, str] | None:
    """The external_transferconf text and the in-group echoed; None once an error is said."""
    params, value, epoch = call.params, call.params.value, str(call.started_epoch)
    if value == "LOCAL_CLOSER" or (value in CONSULTATIVE_VALUES and _consultative(call) == "YES"):
        return _in_group_command(call, agent)
    if value in DIAL_VALUES:
        caller_id = _alias_caller_id(call)
        _check_cid_choice(call)
        # The stored consultative flag is always NO here, whatever the answer echoes.
        fields = (value, "", params.phone_number, "NO", params.dial_override,
                  params.group_alias, caller_id, epoch, params.cid_choice)
        return "---".join(fields), params.ingroup_choices
    if value in HANGUP_VALUES:
        return "---".join((value, "", "", "NO", "", "", "", epoch)), params.ingroup_choices
    call.say(messages.VALUE_NOT_VALID, value=value, user=call.user)
    return None


def _in_group_command(call: ApiCall, agent: AgentSession) -> tuple[str, str] | None:
    """A transfer or consultation through an in-group (LOCAL_CLOSER or consultative)."""
    params, ingroup = call.params, call.params.ingroup_choices
    if len(ingroup) < 2:
        call.say(messages.INGROUP_NOT_VALID, ingroup=ingroup)
        return None
    if DEFAULT_INGROUP in ingroup:
        ingroup = _default_ingroup(call, agent.callerid or "")
    found = queries.active_ingroup_exists(call.session, ingroup)
    call.debug_line(f"in-group {ingroup}: {'active' if found else 'not an active in-group'}")
    if not found:
        call.say(messages.INGROUP_NOT_VALID, ingroup=ingroup)
        return None

    caller_id = _alias_caller_id(call)
    _check_cid_choice(call)
    fields = (params.value, ingroup, params.phone_number, _consultative(call), "",
              params.group_alias, caller_id, str(call.started_epoch), params.cid_choice)
    return "---".join(fields), ingroup


def _default_ingroup(call: ApiCall, callerid: str) -> str:
    """The default transfer group of the call's in-group (inbound) or campaign (outbound)."""
    live = queries.live_call(call.session, callerid)
    call_type = (live.call_type or "") if live else ""
    campaign_id = (live.campaign_id or "") if live else ""
    group = queries.default_xfer_group(call.session, call_type, campaign_id)
    call.debug_line(f"default transfer group of {campaign_id or 'no call'}: {group or 'none'}")
    return group


def _alias_caller_id(call: ApiCall) -> str:
    """The caller id number of the group_alias given; stops when it is unknown or too low."""
    alias_id = call.params.group_alias
    if len(alias_id) < 2:
        return ""
    alias = queries.group_alias(call.session, alias_id)
    if alias is None:
        call.stop(messages.GROUP_ALIAS_NOT_VALID, data=alias_id, agent_user=call.agent_user,
                  group_alias=alias_id)
    caller_id = alias.caller_id_number
    if _below_four(caller_id):
        shown = caller_id or ""
        call.stop(messages.GROUP_ALIAS_CID_NOT_VALID, data=f"{alias_id}|{shown}",
                  agent_user=call.agent_user, group_alias=alias_id, caller_id=shown)
    return caller_id or ""


def _below_four(caller_id: str | None) -> bool:
    # PHP 8's `$caller_id_number < 4`: a numeric text compares as a number (so `12`
    # passes), other text compares as text with "4", and NULL is below any number.
    if caller_id is None:
        return True
    if _PHP_NUMBER.fullmatch(caller_id):
        return float(caller_id) < 4
    return caller_id < "4"


def _check_cid_choice(call: ApiCall) -> None:
    cid_choice = call.params.cid_choice
    if len(cid_choice) > 1 and not CID_CHOICES.search(cid_choice):
        call.stop(messages.CID_CHOICE_NOT_VALID, data=cid_choice, agent_user=call.agent_user,
                  cid_choice=cid_choice)


def _multi_dial(call: ApiCall) -> str:
    """Store the multi-dial numbers, if given; the `|Multi-phones: ...` part of the answer."""
    given_text = call.params.multi_dial_phones
    if len(given_text) < MULTI_DIAL_MIN:
        return ""
    given = given_text.split(",")
    kept: list[str] = []
    for phone in given:
        # A number found inside one already kept counts as a duplicate.
        if MULTI_DIAL_MIN <= len(phone) <= MULTI_PHONE_MAX and phone not in ",".join(kept):
            kept.append(phone)
    affected = 0
    if kept:
        _check_active_three_way_calls(call)
        affected = _store_multi_dial(call, ",".join(kept), len(kept))
    return messages.MULTI_PHONES.format(kept=len(kept), given=len(given), affected=affected)


def _check_active_three_way_calls(call: ApiCall) -> None:
    """md_check: refuse while a press-1 three-way call of the last 30 minutes is going on."""
    md_check = call.params.md_check
    if "YES" not in md_check.upper():
        return
    since = (call.clock.now() - THREE_WAY_WINDOW).strftime("%Y-%m-%d %H:%M:%S")
    count = queries.active_3way_calls(call.session, call.agent_user, since)
    call.debug_line(f"active three-way calls of {call.agent_user} since {since}: {count}")
    if count > 0:
        call.stop(messages.PREVIOUS_3WAY_ACTIVE, data=f"{count}|0|{md_check}",
                  agent_user=call.agent_user, count=count, md_check=md_check)


def _store_multi_dial(call: ApiCall, numbers: str, count: int) -> int:
    """Insert or replace the agent's row; the affected-row count MariaDB reports (1, 2 or 0)."""
    now = call.clock.now_text()
    numbers = numbers[:255]
    row = queries.multi_dial(call.session, call.agent_user)
    if row is None:
        call.session.add(ThreeWayMultiDial(user=call.agent_user, call_date=now,
                                           phone_numbers=numbers, phone_numbers_ct=count,
                                           status="NEW"))
        return 1
    new = (now, numbers, count, "NEW")
    changed = (row.call_date, row.phone_numbers, row.phone_numbers_ct, row.status) != new
    row.call_date, row.phone_numbers, row.phone_numbers_ct, row.status = new
    return 2 if changed else 0


def _check_three_way_channels(call: ApiCall, agent: AgentSession) -> None:
    """tw_check: refuse while a three-way dial channel is in the agent's conference."""
    tw_check = call.params.tw_check
    if "YES" not in tw_check.upper():
        return
    count = queries.three_way_channels(call.session, agent.server_ip or "",
                                       agent.conf_exten or "")
    call.debug_line(f"three-way channels in conference {agent.conf_exten}: {count}")
    if count > 0:
        call.stop(messages.CURRENT_3WAY_ACTIVE, data=f"{count}|0|{tw_check}",
                  agent_user=call.agent_user, count=count, tw_check=tw_check)
