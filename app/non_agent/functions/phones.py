"""add_phone: a new phone (SIP, IAX2, Zap or external) on one of the system's servers."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.sql.elements import ColumnElement

from app.non_agent.admin_access import begin
from app.non_agent.call import NonAgentCall
from app.non_agent.php import loose_equal
from app.non_agent.registry import non_agent_function
from app.state import non_agent_admin_queries as admin_queries
from app.state.compare import same_text
from app.state.models import AdminLogEntry, Phone, User
from app.state.models.system import Server
from app.wire.messages import non_agent_admin as messages

PROTOCOLS = ("IAX2", "SIP", "Zap", "EXTERNAL")
REQUIRED = ("extension", "dialplan_number", "voicemail_id", "phone_login", "phone_pass",
            "server_ip", "protocol", "registration_password", "phone_full_name", "local_gmt",
            "outbound_cid")
# (parameter, the values it may take, any letter case); others leave the column's default.
YES_NO_OPTIONS = (("is_webphone", r"Y|N|Y_API_LAUNCH"), ("webphone_auto_answer", r"Y|N"),
                  ("use_external_server_ip", r"Y|N"))


def _phone_admins(call: NonAgentCall) -> int:
    return admin_queries.count_users(
        call.session, call.user, admin_queries.flag_on(User.vdc_agent_api_access),
        admin_queries.flag_on(User.ast_admin_access), User.user_level >= 8)


def _fail(call: NonAgentCall, reason: str, data: str) -> None:
    call.stop(messages.phone_error(reason), data=data, user=call.user)


def _count(call: NonAgentCall, *rules: ColumnElement[bool]) -> int:
    query = select(func.count()).select_from(Phone).where(*rules)
    return int(call.session.scalar(query) or 0)


@non_agent_function("add_phone")
def add_phone(call: NonAgentCall) -> None:
    """Create a phone with its login on an existing server."""
    begin(call, messages.ADD_PHONE_NO_PERMISSION, _phone_admins(call))
    p = call.params
    given = [getattr(p, name) for name in REQUIRED]
    short = any(len(value) < (2 if name in ("extension", "dialplan_number") else 1)
                for name, value in zip(REQUIRED, given, strict=True))
    if short or p.protocol not in PROTOCOLS:
        _fail(call, "YOU MUST USE ALL REQUIRED FIELDS", "|".join(given))
    servers = int(call.session.scalar(select(func.count()).select_from(Server).where(
        same_text(Server.server_ip, p.server_ip))) or 0)
    if servers < 1:
        _fail(call, "SERVER DOES NOT EXIST", p.server_ip)
    if _count(call, same_text(Phone.extension, p.extension),
              same_text(Phone.server_ip, p.server_ip)):
        _fail(call, "PHONE ALREADY EXISTS ON THIS SERVER", f"{p.server_ip}|{p.extension}")
    if _count(call, same_text(Phone.login, p.phone_login)):
        _fail(call, "PHONE LOGIN ALREADY EXISTS", p.phone_login)
    if not any(loose_equal(p.local_gmt, offset) for offset in messages.PHONE_GMT_OFFSETS):
        _fail(call, "YOU MUST USE A VALID TIMEZONE", p.local_gmt)
    options = _options(call)
    _insert(call, options)
    call.say(messages.ADD_PHONE_DONE, user=call.user,
             data=f"{p.extension}|{p.server_ip}|{p.protocol}|{p.dialplan_number}")


def _options(call: NonAgentCall) -> list[tuple[str, str]]:
    """The optional columns in the real statement's order: (column, value), or ('', '')."""
    p = call.params
    options = [(name, getattr(p, name)) if re.fullmatch(allowed, getattr(p, name), re.I)
               else ("", "") for name, allowed in YES_NO_OPTIONS]
    template = ("", "")
    if len(p.template_id) > 1:
        if p.template_id.upper() != "--BLANK--":
            # vicidial_conf_templates is not modelled: no template exists.
            _fail(call, "TEMPLATE ID DOES NOT EXIST, THIS IS AN OPTIONAL FIELD",
                  f"{p.phone_login}|{p.template_id}")
        template = ("template_id", "")
    hook = p.on_hook_agent
    on_hook = ("on_hook_agent", hook) if re.fullmatch(r"Y|N", hook, re.I) else ("", "")
    return [*options, template, on_hook]


def _insert(call: NonAgentCall, options: list[tuple[str, str]]) -> None:
    p = call.params
    values = {
        "extension": p.extension, "dialplan_number": p.dialplan_number,
        "voicemail_id": p.voicemail_id, "login": p.phone_login, "pass_": p.phone_pass,
        "server_ip": p.server_ip, "protocol": p.protocol, "conf_secret": p.registration_password,
        "fullname": p.phone_full_name, "local_gmt": p.local_gmt, "outbound_cid": p.outbound_cid,
        "phone_context": p.phone_context or "default", "email": p.email,
        "user_group": p.admin_user_group or "---ALL---",
    }
    chosen = {column: value for column, value in options if column}
    call.session.add(Phone(**values, active="Y", status="ACTIVE", **chosen))
    for server in call.session.scalars(select(Server).where(
            same_text(Server.server_ip, p.server_ip),
            same_text(Server.generate_vicidial_conf, "Y"),
            same_text(Server.active_asterisk_server, "Y"))):
        server.rebuild_conf_files = "Y"
    call.session.flush()
    parts = " ".join(f",{column}='{value}'" if column else "" for column, value in options)
    statement = messages.ADD_PHONE_SQL.format(**values, options=parts)
    call.session.add(AdminLogEntry(
        event_date=call.clock.now_text(), user=call.user, ip_address=call.request.remote_ip,
        event_section="PHONES", event_type="ADD", record_id=p.extension,
        event_code="ADMIN API ADD PHONE", event_sql=f"{statement}|".replace(";", ""),
        event_notes=f"phone: {p.extension}|{p.server_ip}"))
