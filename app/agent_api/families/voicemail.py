"""vm_message: store the message an LTT voicemail drop will play for the lead."""

from __future__ import annotations

from app.agent_api.call import ApiCall
from app.agent_api.registry import agent_function
from app.state import queries
from app.wire.messages import voicemail as messages


@agent_function("vm_message")
def vm_message(call: ApiCall) -> None:
    """Store audio file names for the agent's current lead, for an LTT drop to play."""
    params = call.params
    lead_id = params.lead_id
    if (not params.agent_user and len(params.alt_user) < 2) or not params.value:
        call.say(messages.VM_MESSAGE_NOT_VALID, lead_id=lead_id, value=params.value,
                 agent_user=params.agent_user)
        return
    # The real permission error shows the lead_id where others show the value.
    call.check_permission(first=lead_id)
    call.resolve_alt_user()

    agent = call.logged_in_agent()
    if agent is None:
        return
    # A live call needs a lead and a caller id longer than 15 characters.
    if (agent.lead_id or 0) <= 0 or len(agent.callerid or "") <= 15:
        call.say(messages.NO_LIVE_CALL, agent_user=call.agent_user)
        return

    lead_id = lead_id or str(agent.lead_id)
    if int(lead_id) != agent.lead_id:
        call.say(messages.VM_MESSAGE_LEAD_MISMATCH, data=f"{lead_id}|{agent.lead_id}",
                 agent_user=call.agent_user)
        return

    queries.store_lead_message(call.session, int(lead_id), call.clock.now_text(), call.user,
                               params.value)
    call.debug_write(f"lead message stored for lead {lead_id} by {call.user}")
    call.say(messages.VM_MESSAGE_SET, data=f"{lead_id}|{params.value}",
             agent_user=call.agent_user, lead_id=lead_id, value=params.value)
