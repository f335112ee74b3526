"""recording_lookup: the recordings of a lead, an agent, a call or a day, for quality review."""

from __future__ import annotations

import re

from sqlalchemy import or_
from sqlalchemy.sql.elements import ColumnElement

from app.non_agent.admin_access import begin
from app.non_agent.call import NonAgentCall
from app.non_agent.output import delimiter, row
from app.non_agent.registry import non_agent_function
from app.state import non_agent_admin_queries as admin_queries
from app.state.compare import same_text
from app.state.models import Recording, User
from app.wire.messages import non_agent_admin as messages


@non_agent_function("recording_lookup")
def recording_lookup(call: NonAgentCall) -> None:
    """Recordings found by call id, agent, lead, extension and day."""
    allowed = admin_queries.count_users(
        call.session, call.user, admin_queries.flag_on(User.vdc_agent_api_access),
        admin_queries.flag_on(User.view_reports), User.user_level > 6)
    begin(call, messages.RECORDINGS_NO_PERMISSION, allowed)
    params = call.params
    rules, points = _search(call)
    data = f"{call.user}|{call.agent_user}|{params.lead_id}|{params.date}|{params.uniqueid}"
    # A call id or a lead counts twice: either alone is enough; agent, extension or day
    # alone is not.
    if points < 2:
        call.stop(messages.RECORDINGS_INVALID, data=data)
    found = admin_queries.recordings(call.session, rules)
    if not found:
        call.stop(messages.RECORDINGS_NONE, data=data)
    separator, _ = delimiter(params.stage)
    output = separator.join(messages.RECORDINGS_COLUMNS) + "\n" if params.header == "YES" else ""
    for recording in found:
        output += _line(recording, separator, "Y" in params.duration)  # type: ignore[arg-type]
    call.write(output)
    call.log("SUCCESS", messages.RECORDINGS_FOUND.format(count=len(found)),
             f"{data}|{params.stage}")


def _search(call: NonAgentCall) -> tuple[list[ColumnElement[bool]], int]:
    params = call.params
    rules: list[ColumnElement[bool]] = []
    points = 0
    if len(params.uniqueid) > 8:
        prefix = re.sub(r"\..*$", "", params.uniqueid)
        choices: list[ColumnElement[bool]] = []
        if admin_queries.calls_like(call.session, prefix) > 0:
            choices.append(Recording.vicidial_id.like(prefix + "%"))
        closer_ids = admin_queries.closer_ids_like(call.session, prefix)
        if closer_ids:
            choices.append(Recording.vicidial_id.in_(closer_ids))
        if choices:
            rules.append(or_(*choices))
            points += 2
    if 2 < len(call.agent_user) < 21:
        rules.append(same_text(Recording.user, call.agent_user))
        points += 1
    if 0 < len(params.lead_id) < 11:
        rules.append(Recording.lead_id == int(params.lead_id))
        points += 2
    if 2 < len(params.extension) < 101:
        rules.append(same_text(Recording.extension, params.extension))
        points += 1
    if 9 < len(params.date) < 11:
        # Compared as date-times by the storage layer: an invalid day is the zero date.
        rules.append(Recording.start_time >= f"{params.date} 00:00:00")
        rules.append(Recording.start_time <= f"{params.date} 23:59:59")
        points += 1
    return rules, points


def _line(recording: Recording, separator: str, with_duration: bool) -> str:
    values: list[object] = [recording.start_time, recording.user, recording.recording_id,
                            recording.lead_id]
    if with_duration:
        values.append(_duration(recording))
    return row([*values, recording.location], separator)


def _duration(recording: Recording) -> int:
    if (recording.length_in_sec or 0) > 0:
        return int(recording.length_in_sec or 0)
    measured = (recording.end_epoch or 0) - (recording.start_epoch or 0)
    return measured if 0 < measured < 86400 else 0
