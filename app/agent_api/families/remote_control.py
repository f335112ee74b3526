"""ra_call_control: hang up or transfer a call that a remote agent is handling.

Unlike the screen flags this acts at once: it queues the Asterisk command in
vicidial_manager, closes the call in its log and the lead, frees the agent
who had the call and removes the call from vicidial_auto_calls.
"""

from __future__ import annotations

import random

from app.agent_api.call import ApiCall, ScriptAbort
from app.agent_api.registry import agent_function
from app.state import session_queries
from app.state import transfer_queries as queries
from app.state.models import AgentSession, Lead, LiveCall, ManagerCommand
from app.wire.messages import remote_control as messages

DEFAULT_STATUS = "RAXFER"
DEFAULT_INGROUP = "DEFAULTINGROUP"
STATUS_LENGTH = 6
INGROUP_EXTEN = "90009*{ingroup}**{lead_id}**{phone}**{agent_user}**"


@agent_function("ra_call_control")
def ra_call_control(call: ApiCall) -> None:
    """Hang up or transfer a remote agent's call by its caller id, and log its status."""
    params = call.params
    if not params.value or not params.agent_user or not params.stage:
        call.say(messages.RA_NOT_VALID, value=params.value, agent_user=call.agent_user,
                 stage=params.stage)
        return
    call.check_permission(first=params.value)

    # agent_user only has to be logged in: the call is found by its caller id.
    if call.logged_in_agent(lock=False) is None:
        return
    live = queries.live_call(call.session, params.value)
    call.debug_line(f"call {params.value}: {'found' if live else 'not found'}")
    if live is None:
        call.say(messages.NO_ACTIVE_CALL, value=params.value)
        return
    holder = queries.agent_on_call(call.session, params.value)
    call.debug_line(f"agent on call {params.value}: {holder.user if holder else 'none'}")

    command = _manager_command(call, live)
    if command is not None:
        _close_call(call, live, holder, command)


def _manager_command(call: ApiCall, live: LiveCall) -> ManagerCommand | None:
    """Answer for the stage and give the command to queue; None after an error."""
    params, stage = call.params, call.params.stage
    if stage == "HANGUP":
        call.say(messages.RA_HUNGUP, agent_user=call.agent_user, value=params.value)
        return _command(call, live, "Hangup", "HAPI")
    if stage == "EXTENSIONTRANSFER":
        if len(params.phone_number) < 2:
            call.say(messages.PHONE_NUMBER_NOT_VALID, phone_number=params.phone_number)
            return None
        return _redirect(call, live, params.phone_number)
    if stage == "INGROUPTRANSFER":
        return _ingroup_transfer(call, live)
    call.say(messages.STAGE_NOT_VALID, stage=stage)
    return None


def _ingroup_transfer(call: ApiCall, live: LiveCall) -> ManagerCommand | None:
    ingroup = call.params.ingroup_choices
    if len(ingroup) < 2:
        call.say(messages.INGROUP_NOT_VALID, ingroup=ingroup)
        return None
    if DEFAULT_INGROUP in ingroup:
        ingroup = queries.default_xfer_group(call.session, live.call_type or "",
                                             live.campaign_id or "")
        call.debug_line(f"default transfer group of {live.campaign_id}: {ingroup or 'none'}")
    if not queries.active_ingroup_exists(call.session, ingroup):
        call.say(messages.INGROUP_NOT_VALID, ingroup=ingroup)
        return None
    exten = INGROUP_EXTEN.format(ingroup=ingroup, lead_id=live.lead_id or "",
                                 phone=live.phone_number or "", agent_user=call.agent_user)
    return _redirect(call, live, exten)


def _redirect(call: ApiCall, live: LiveCall, exten: str) -> ManagerCommand:
    call.say(messages.RA_TRANSFER, agent_user=call.agent_user, value=call.params.value,
             phone_number=call.params.phone_number)
    command = _command(call, live, "Redirect", "XAPI")
    context = queries.server_context(call.session, live.server_ip or "")
    command.cmd_line_c, command.cmd_line_d = f"Context: {context}", f"Exten: {exten}"
    command.cmd_line_e, command.cmd_line_f = "Priority: 1", f"CallerID: {command.callerid}"
    return command


def _command(call: ApiCall, live: LiveCall, action: str, prefix: str) -> ManagerCommand:
    # The command's caller id is the call's with its first four characters replaced.
    value = call.params.value
    callerid = prefix + value[4:] if len(value) >= 4 else value
    return session_queries.manager_command(call.clock.now_text(), live.server_ip or "",
                                           action, callerid[:20],
                                           f"Channel: {live.channel or ''}")


def _close_call(call: ApiCall, live: LiveCall, holder: AgentSession | None,
                command: ManagerCommand) -> None:
    """Log the call's end and status, queue the command, free the agent, drop the call."""
    status = (call.params.status or DEFAULT_STATUS)[:STATUS_LENGTH]
    _log_call_end(call, live, status)
    lead = call.session.get(Lead, live.lead_id or 0)
    if lead is not None:
        lead.status = status
    call.debug_write(f"lead {live.lead_id} status set to {status}")

    call.session.add(command)
    call.debug_write(f"{command.action} of {live.channel} queued for Asterisk")
    if holder is not None:
        _free_agent(call, holder)
    for row in queries.live_calls(call.session, call.params.value):
        call.session.delete(row)
    call.debug_write(f"call {call.params.value} removed from the live calls")
    for agent in queries.agents_ringing(call.session, call.params.value):
        agent.ring_callerid = ""


def _log_call_end(call: ApiCall, live: LiveCall, status: str) -> None:
    """Status, end and length of the call in vicidial_closer_log (inbound) or vicidial_log."""
    epoch = call.clock.epoch()
    uniqueid, lead_id = live.uniqueid or "", live.lead_id or 0
    row = (queries.inbound_log_row(call.session, uniqueid, lead_id, live.campaign_id or "")
           if live.call_type == "IN" else queries.outbound_log_row(call.session, uniqueid,
                                                                   lead_id))
    if row is None:
        call.debug_write(f"no call log row for {uniqueid}")
        return
    if row.start_epoch is not None and row.start_epoch > epoch:
        # now - start_epoch is an unsigned subtraction on MariaDB: below zero it fails.
        raise ScriptAbort("call log start_epoch is in the future")
    row.status, row.end_epoch = status, epoch
    row.length_in_sec = None if row.start_epoch is None else epoch - row.start_epoch
    if live.call_type != "IN":
        # The outbound log row is handed to agent_user, whoever had the call.
        row.user = call.agent_user
    call.debug_write(f"call log of {uniqueid}: status {status}, ended at {epoch}")


def _free_agent(call: ApiCall, agent: AgentSession) -> None:
    now = call.clock.now_text()
    agent.random_id = random.randint(1000000, 9999999) + 10000000
    agent.last_call_finish, agent.last_state_change = now, now
    agent.lead_id, agent.uniqueid, agent.callerid, agent.channel = 0, "", "", ""
    agent.status = "READY"
    call.debug_write(f"agent {agent.user} set READY without a call")
