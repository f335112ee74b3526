"""st_login_log and st_get_agent_active_lead: a softphone's view of its agent.

Both find the agent by `vicidial_users.custom_three` (given as value), the
way an external softphone knows its user.
"""

from __future__ import annotations

from app.agent_api.call import ApiCall, ScriptAbort
from app.agent_api.registry import agent_function
from app.state import queries
from app.state.models import Lead, User
from app.state.statements import breaks_quotes, logged_data, unquoted, update_row
from app.wire.lines import Template
from app.wire.messages import softphone_tracking as messages


def _softphone_user(call: ApiCall, not_valid: Template) -> User | None:
    """The user whose custom_three is value, or None after answering why not."""
    value, vendor_id = call.value, call.params.vendor_id
    # vendor_id is required by both functions, though st_get_agent_active_lead never uses it.
    if not value or not vendor_id:
        call.say(not_valid, data=logged_data(f"{value}|{vendor_id}"), value=value,
                 vendor_id=vendor_id)
        return None
    call.check_permission(first=value)
    user = queries.find_user_by_custom_three(call.session, value)
    call.debug_line(f"custom_three {value}: {'user ' + (user.user or '') if user else 'none'}")
    if user is None:
        call.say(messages.NO_USER_FOUND, value=value)
    return user


@agent_function("st_login_log")
def st_login_log(call: ApiCall) -> None:
    """Store vendor_id in custom_four of the user whose custom_three is value."""
    user = _softphone_user(call, messages.ST_LOGIN_LOG_NOT_VALID)
    if user is None:
        return
    vendor_id = call.params.vendor_id
    if breaks_quotes(vendor_id, "'"):
        raise ScriptAbort("a single quote in vendor_id breaks the UPDATE of the user")
    update_row(user, {"custom_four": unquoted(vendor_id, "'")})
    call.debug_write(f"custom_four of user {user.user} set")
    call.say(messages.ST_LOGIN_LOG_USER_FOUND, data=user.user or "", user=user.user)


@agent_function("st_get_agent_active_lead")
def st_get_agent_active_lead(call: ApiCall) -> None:
    """Show the lead on the screen of the user whose custom_three is value."""
    user = _softphone_user(call, messages.ACTIVE_LEAD_NOT_VALID)
    if user is None:
        return
    name = user.user or ""
    agent = queries.agent_session(call.session, name)
    call.debug_line(f"agent {name}: {'logged in' if agent else 'not logged in'}")
    if agent is None:
        call.say(messages.USER_NOT_LOGGED_IN, user=name)
        return
    # Any lead on the screen counts, a previewed one too.
    lead_id = agent.lead_id or 0
    if lead_id <= 0:
        call.say(messages.NO_ACTIVE_LEAD, user=name)
        return

    lead = call.session.get(Lead, lead_id)
    columns = ("phone_number", "vendor_lead_code", "province", "security_phrase", "source_id")
    shown = {column: (getattr(lead, column) if lead else None) or "" for column in columns}
    details = dict(user=name, lead_id=lead_id, **shown)
    data = messages.ACTIVE_LEAD_FOUND.details.format(**details)
    call.say(messages.ACTIVE_LEAD_FOUND, data=logged_data(data), **details)

