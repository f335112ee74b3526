"""update_fields: change the lead on the agent's screen and have the screen reload it."""

from __future__ import annotations

from app.agent_api.call import ApiCall, ScriptAbort
from app.agent_api.registry import agent_function
from app.state import queries
from app.state.models import Lead
from app.state.statements import breaks_quotes, logged_data, unquoted, update_row
from app.wire.messages import lead_fields as messages

# The lead's fields in the real script's order, and whether its search for the
# name ignores letter case (it does from postal_code on).
LEAD_FIELDS: tuple[tuple[str, bool], ...] = (
    ("phone_code", False), ("address1", False), ("address2", False), ("address3", False),
    ("alt_phone", False), ("city", False), ("comments", False), ("country_code", False),
    ("date_of_birth", False), ("email", False), ("first_name", False), ("gender", False),
    ("gmt_offset_now", False), ("last_name", False), ("middle_initial", False),
    ("phone_number", False), ("postal_code", True), ("province", True),
    ("security_phrase", True), ("source_id", True), ("state", True), ("title", True),
    ("vendor_lead_code", True), ("rank", True), ("owner", True),
)
RELOAD_TRIGGERS = ("formreload", "scriptreload", "script2reload", "emailreload", "chatreload")
MODIFY_LEADS_LEVELS = ("1", "2", "3", "4")


@agent_function("update_fields")
def update_fields(call: ApiCall) -> None:
    """Change fields of the lead on the agent's screen and flag the screen to reload."""
    if not call.agent_user:
        call.say(messages.AGENT_USER_NOT_VALID, data=call.agent_user,
                 agent_user=call.agent_user)
        return
    call.check_permission(first=call.value)

    agent = call.logged_in_agent()
    if agent is None:
        return
    if not _may_modify_leads(call):
        call.say(messages.NOT_ALLOWED_TO_MODIFY_LEADS, agent_user=call.agent_user,
                 user=call.user)
        return
    lead_id = agent.lead_id or 0
    if lead_id <= 0:
        call.say(messages.NO_LEAD_ON_SCREEN, agent_user=call.agent_user)
        return

    fields, triggers = _named_fields(call)
    if not fields and not triggers:
        call.say(messages.NO_FIELDS, agent_user=call.agent_user)
        return
    names = ",".join([*fields, *triggers])
    lead_rows = _update_lead(call, lead_id, fields) if fields else 0
    agent_rows = update_row(agent, {"external_update_fields": "1",
                                    "external_update_fields_data": names})
    call.debug_write(f"agent {call.agent_user} flagged to reload: {names}")

    assignments = ",".join(messages.ASSIGNMENT.format(field=name, value=value)
                           for name, value in fields.items())
    details = dict(user=call.user, agent_user=call.agent_user, lead_id=lead_id,
                   lead_rows=lead_rows, agent_rows=agent_rows, fields=names,
                   assignments=assignments)
    data = messages.LEAD_UPDATED.details.format(**details)
    call.say(messages.LEAD_UPDATED, data=logged_data(data), **details)


def _may_modify_leads(call: ApiCall) -> bool:
    user = queries.find_user(call.session, call.user)
    return user is not None and (user.modify_leads or "").strip() in MODIFY_LEADS_LEVELS


def _named_fields(call: ApiCall) -> tuple[dict[str, str], list[str]]:
    """The fields and reload triggers the request names, with the fields' values."""
    # The real script looks for each name anywhere in the raw query string, not
    # among the parameters: inside another value (first_name=Frank names rank),
    # in the source, or in a parameter of other letter case whose value it never reads.
    query = call.request.logged_query()
    lowered = query.lower()
    fields = {}
    for name, any_case in LEAD_FIELDS:
        if name in (lowered if any_case else query):
            fields[name] = call.params.get(name)
            call.debug_line(f"{name} set to {fields[name]}")
    triggers = [name for name in RELOAD_TRIGGERS if name in lowered]
    for name in triggers:
        call.debug_line(f"{name} triggered")
    return fields, triggers


def _update_lead(call: ApiCall, lead_id: int, fields: dict[str, str]) -> int:
    """Write the fields to the lead; 1 when its row changed (a missing lead changes none)."""
    if any(breaks_quotes(value, '"') for value in fields.values()):
        raise ScriptAbort("a double quote in a lead field breaks the UPDATE of the lead")
    call.debug_write(f"lead {lead_id}: {', '.join(fields)} written")
    lead = call.session.get(Lead, lead_id, with_for_update=True)
    if lead is None:
        return 0
    return update_row(lead, {name: unquoted(value, '"') for name, value in fields.items()})

