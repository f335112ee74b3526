"""Scheduling a callback for a lead (`callback=Y`), as add_lead and update_lead do."""

from __future__ import annotations

import datetime as dt
import re

from app.non_agent.call import NonAgentCall
from app.state import non_agent_queries as queries
from app.state.models import Callback
from app.wire.messages.non_agent import LeadWriteLines

RECIPIENTS = ("USERONLY", "ANYONE")


def callback_time(text: str, now: dt.datetime) -> str:
    """`NOW`, `<n>DAYS` from now, or the date-time as given."""
    if text == "NOW":
        return now.strftime("%Y-%m-%d %H:%M:%S")
    if re.search(r"\dDAYS$", text, re.IGNORECASE):
        days = int("".join(c for c in text if c.isdigit()))
        return (now + dt.timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S")
    return text


def schedule_callback(call: NonAgentCall, lines: LeadWriteLines, lead_id: int,
                      list_id: int | str) -> None:
    """A new ACTIVE callback in the given campaign, for one agent or anyone."""
    params = call.params
    campaign_id = params.campaign_id
    if queries.campaign_count(call.session, campaign_id) < 1:
        call.say(lines["callback_campaign_invalid"], data=f"{lead_id}|{campaign_id}")
        return
    kind, agent, user_group = params.callback_type, params.callback_user, ""
    if kind == "USERONLY":
        found = queries.find_user(call.session, agent)
        if found is None:
            call.say(lines["callback_user_invalid"],
                     data=f"{lead_id}|{campaign_id}|{agent}|{kind}")
            return
        user_group = found.user_group or ""
    else:
        kind, agent = "ANYONE", ""
    when = callback_time(params.callback_datetime, call.clock.now())
    status = params.callback_status or "CALLBK"
    now = call.clock.now_text()
    call.session.add(Callback(
        lead_id=lead_id, list_id=int(list_id or 0), campaign_id=campaign_id, status="ACTIVE",
        entry_time=now, callback_time=when, modify_date=now, user=agent, recipient=kind,
        comments=params.callback_comments, user_group=user_group, lead_status=status))
    call.say(lines["callback_added"],
             data=f"{lead_id}|{campaign_id}|{when}|{kind}|{agent}|{status}")
