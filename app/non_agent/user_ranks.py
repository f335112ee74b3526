"""update_user's campaign and in-group ranks/grades, and its password reset notice.

Each prints a NOTICE line of its own before the user update's answer.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from app.non_agent.call import NonAgentCall
from app.non_agent.user_updates import outside
from app.state.compare import same_text
from app.state.models import AdminLogEntry, AgentSession, Campaign, InGroup, User
from app.state.models.ingroups import InGroupAgent, LiveInboundAgent
from app.wire.messages import non_agent_admin as messages

_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


def _checked(call: NonAgentCall, rank: str, grade: str, label: str) -> None:
    if rank and outside(rank, -9, 9):
        call.stop(messages.update_user_invalid(f"{label} RANK"), data=rank, user=call.user)
    if grade and outside(grade, 1, 10):
        call.stop(messages.update_user_invalid(f"{label} GRADE"), data=grade, user=call.user)


def _number(text: str) -> int:
    """What a numeric column stores for the text: '' is 0."""
    match = re.match(r"-?\d+", text)
    return int(match.group(0)) if match else 0


def update_ranks(call: NonAgentCall, name: str) -> None:
    p = call.params
    if p.campaign_rank or p.campaign_grade:
        _checked(call, p.campaign_rank, p.campaign_grade, "CAMPAIGN")
        _campaign_ranks(call, name)
    if p.ingroup_rank or p.ingroup_grade:
        _checked(call, p.ingroup_rank, p.ingroup_grade, "IN-GROUP")
        _ingroup_ranks(call, name)


def _campaign_ranks(call: NonAgentCall, name: str) -> None:
    p = call.params
    only = p.camp_rg_only == "1"
    query = select(Campaign.campaign_id)
    if only:
        query = query.where(same_text(Campaign.campaign_id, p.campaign_id))
    # vicidial_campaign_agents is not modelled: every campaign counts as one new row.
    inserted = len(list(call.session.scalars(query)))
    live = select(AgentSession).where(same_text(AgentSession.user, name))
    if only:
        live = live.where(same_text(AgentSession.campaign_id, p.campaign_id))
    changed = 0
    for session in call.session.scalars(live):
        # The live row gets both values, an empty one stored as 0.
        new = (_number(p.campaign_rank), _number(p.campaign_grade))
        changed += (session.campaign_weight, session.campaign_grade) != new
        session.campaign_weight, session.campaign_grade = new
    note = f"|{p.campaign_id}|{p.camp_rg_only}" if only else ""
    names = ("vicidial_campaign_agents", "campaign_id", "campaign", "vicidial_campaigns",
             "vicidial_live_agents")
    sql = _rank_sql(names, name, p.campaign_rank, p.campaign_grade, p.campaign_id, only)
    _rank_log(call, name, p.campaign_rank, p.campaign_grade, inserted, changed, note, sql)
    call.say(messages.UPDATE_USER_CAMPAIGN_RANKS, user=call.user,
             data=f"{name}|{p.campaign_rank}|{p.campaign_grade}{note}")


def _ingroup_ranks(call: NonAgentCall, name: str) -> None:
    p = call.params
    only = p.ingrp_rg_only == "1"
    query = select(InGroup.group_id)
    if only:
        query = query.where(same_text(InGroup.group_id, p.group_id))
    rows = 0
    for group_id in list(call.session.scalars(query)):
        rows += _ingroup_row(call, name, group_id or "")
    live = select(LiveInboundAgent).where(same_text(LiveInboundAgent.user, name))
    if only:
        live = live.where(same_text(LiveInboundAgent.group_id, p.group_id))
    changed = 0
    for agent in call.session.scalars(live):
        new = (_number(p.ingroup_rank), _number(p.ingroup_grade))
        changed += (agent.group_weight, agent.group_grade) != new
        agent.group_weight, agent.group_grade = new
    call.session.flush()
    note = f"|{p.group_id}|{p.ingrp_rg_only}" if only else ""
    names = ("vicidial_inbound_group_agents", "group_id", "group", "vicidial_inbound_groups",
             "vicidial_live_inbound_agents")
    sql = _rank_sql(names, name, p.ingroup_rank, p.ingroup_grade, p.group_id, only)
    _rank_log(call, name, p.ingroup_rank, p.ingroup_grade, rows, changed, note, sql)
    call.say(messages.UPDATE_USER_INGROUP_RANKS, user=call.user,
             data=f"{name}|{p.ingroup_rank}|{p.ingroup_grade}{note}")


def _ingroup_row(call: NonAgentCall, name: str, group_id: str) -> int:
    """Insert or update one agent/in-group row; MariaDB's affected-row count for it."""
    p = call.params
    values: dict[str, int] = {}
    if p.ingroup_rank:
        values["group_rank"] = values["group_weight"] = _number(p.ingroup_rank)
    if p.ingroup_grade:
        values["group_grade"] = _number(p.ingroup_grade)
    found = call.session.scalars(select(InGroupAgent).where(
        same_text(InGroupAgent.user, name), same_text(InGroupAgent.group_id, group_id))).first()
    if found is None:
        call.session.add(InGroupAgent(user=name, group_id=group_id, **values))
        return 1
    changed = any(getattr(found, key) != value for key, value in values.items())
    for key, value in values.items():
        setattr(found, key, value)
    return 2 if changed else 0


def _rank_sql(names: tuple[str, ...], name: str, rank: str, grade: str, only_id: str,
              only: bool) -> str:
    """The two statements as the admin log records them."""
    table, key, prefix, source, live = names
    rank_sets = f"{prefix}_rank='{rank}',{prefix}_weight='{rank}'" if rank else ""
    grade_sets = (("," if rank else "") + f"{prefix}_grade='{grade}'") if grade else ""
    first = messages.RANK_INSERT_SQL.format(
        table=table, key=key, user=name, source=source,
        rank_cols=f",{prefix}_rank,{prefix}_weight" if rank else "",
        grade_cols=f",{prefix}_grade" if grade else "",
        rank_values=f",'{rank}','{rank}'" if rank else "",
        grade_values=f",'{grade}'" if grade else "",
        only=f"where {key}='{only_id}'" if only else "",
        rank_sets=rank_sets, grade_sets=grade_sets)
    second = messages.RANK_LIVE_SQL.format(
        table=live, weight=f"{prefix}_weight", rank=rank, grade_col=f"{prefix}_grade",
        grade=grade, user=name, only=f"and {key}='{only_id}'" if only else "")
    return f"{first}|{second}|"


def _rank_log(call: NonAgentCall, name: str, rank: str, grade: str, rows: int, live: int,
              note: str, sql: str) -> None:
    call.session.add(AdminLogEntry(
        event_date=call.clock.now_text(), user=call.user, ip_address=call.request.remote_ip,
        event_section="USERS", event_type="MODIFY", record_id=name,
        event_code="ADMIN API UPDATE USER RANK", event_sql=sql,
        event_notes=f"user: {name}|rank: {rank}|grade: {grade}|rows: {rows}|{live}|{note}"))


def reset_password(call: NonAgentCall, name: str) -> None:
    """reset_password over 7: a mailed temporary password, which the emulator cannot send."""
    length = call.params.reset_password
    if not length or int(length) <= 7:
        return
    email = call.params.email
    if len(email) < 5:
        found = call.session.scalars(select(User).where(same_text(User.user, name))).first()
        email = (found.email or "") if found else ""
    if _EMAIL.fullmatch(email) is None:
        call.say(messages.UPDATE_USER_RESET_NO_EMAIL, data=f"{name}|{email}", user=call.user)
        return
    # No mail is sent from the emulator: the real script's mail() failure answer.
    call.say(messages.UPDATE_USER_RESET_FAILED, data=f"{name}|{email}|", user=call.user)
