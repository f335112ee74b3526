"""send_notification: queue a text alert or a confetti burst for agents' screens.

The notification goes to one user, every agent of a user group or every
agent of a campaign; the agent screens pick it up from
vicidial_agent_notifications. The log row records the recipient as the
agent user and the recipient type as the value.
"""

from __future__ import annotations

import re
from typing import NoReturn

from app.agent_api import php
from app.agent_api.call import ApiCall, ScriptAbort
from app.agent_api.registry import agent_function
from app.state import queries
from app.state import screen_extras_queries as extras
from app.state.models import AgentNotification
from app.state.statements import breaks_quotes, unquoted
from app.wire.lines import Template
from app.wire.messages import notifications as messages
from app.wire.messages import shared

TEXT_DEFAULTS = {"text_size": "12", "text_font": "Arial", "text_weight": "bold",
                 "text_color": "black"}
CONFETTI_DEFAULTS = {"duration": "2", "maxParticleCount": "2350", "particleSpeed": "2"}
HEX_COLOR = re.compile(r"[0-9A-F]{3,6}")
# What a notification date must contain somewhere to be taken as given.
DATE_SHAPE = re.compile(r"[0-9]{2,4}-[0-9]{1,2}-[0-9]{1,2}[ \t\n\x0b\f\r]?[0-9]{1,2}:[0-9]{1,2}"
                        r"(:[0-9]{1,2})?")
# How MariaDB reads such a date: a two-digit year is 1970-2069, trailing text is dropped.
STORED_DATE = re.compile(r"(\d{2,4})-(\d{1,2})-(\d{1,2})[ \t\n\x0b\f\r]?(\d{1,2}):(\d{1,2})"
                         r"(?::(\d{1,2}))?")
CONTAINER_SETTING = re.compile(r"[ \t\n\x0b\f\r]=>[ \t\n\x0b\f\r]")


@agent_function("send_notification")
def send_notification(call: ApiCall) -> None:
    """Queue a text alert and/or confetti for a user, a user group or a campaign."""
    params = call.params
    recipient, kind = params.recipient, params.recipient_type
    call.agent_user, call.value = recipient, kind
    setting = call.system.agent_notifications or ""
    if php.compare(setting, 1) < 0:
        call.say(messages.NOTIFICATIONS_OFF, setting=setting)
        return
    call.check_permission(first=params.value)

    if php.truthy(recipient) and kind not in extras.RECIPIENT_TABLES:
        kind = _guess_recipient_type(call, recipient)
    if not (php.truthy(recipient) and php.truthy(kind)):
        call.say(messages.MISSING_RECIPIENT, recipient=recipient, recipient_type=kind)
        return
    _check_recipient(call, recipient, kind)

    notification = _notification(call, recipient, kind)
    if notification is None:
        call.say(messages.INVALID_REQUEST, recipient=recipient, recipient_type=kind)
        return
    call.session.add(notification)
    call.session.flush()
    call.debug_write(f"notification {notification.notification_id} queued for {kind} "
                     f"{recipient}")
    call.say(messages.NOTIFICATION_QUEUED, recipient=recipient, recipient_type=kind,
             notification_id=notification.notification_id)


def _guess_recipient_type(call: ApiCall, recipient: str) -> str:
    """Find the recipient among users, user groups and campaigns, in that order."""
    call.write(messages.TYPE_GUESS.format(recipient_type=call.params.recipient_type))
    call.value = ""
    found = extras.guess_recipient_type(call.session, recipient)
    if found is None:
        call.stop(messages.NO_RECIPIENT_FOUND, recipient=recipient)
    call.write(messages.TYPE_GUESSED.format(recipient=recipient, recipient_type=found))
    call.value = found
    return found


def _check_recipient(call: ApiCall, recipient: str, kind: str) -> None:
    """The recipient must exist, and a group or campaign must be one the API user may see."""
    table, _column = extras.RECIPIENT_TABLES[kind]
    exists = extras.recipient_exists(call.session, kind, recipient)
    call.debug_line(f"{kind} {recipient}: {'found' if exists else 'not found'}")
    if not exists:
        _refuse(call, messages.recipient_missing(recipient, table), recipient=recipient)
    if kind == "USER":
        return
    group = queries.user_group(call.session, call.user_group)
    if group is None:
        _refuse(call, shared.USER_GROUP_MISSING, user_group=call.user_group)
    campaigns = group.allowed_campaigns or ""
    wanted = f" {recipient} ".lower()
    if kind == "CAMPAIGN" and "-all" not in campaigns.lower() \
            and wanted not in campaigns.lower():
        _refuse(call, messages.campaign_not_allowed(recipient, call.user, campaigns),
                recipient=recipient)
    viewable = (group.admin_viewable_groups or "").lower()
    if kind == "USER_GROUP" and "---all" not in viewable and wanted not in viewable:
        _refuse(call, messages.group_not_allowed(recipient, call.user), recipient=recipient)


def _refuse(call: ApiCall, template: Template, **fields: str) -> NoReturn:
    # These errors log the request's agent_user and value, not the recipient.
    call.agent_user, call.value = call.params.agent_user, call.params.value
    call.stop(template, value=call.params.value, **fields)


def _notification(call: ApiCall, recipient: str, kind: str) -> AgentNotification | None:
    """The row to queue, or None when there is neither text nor confetti."""
    params = call.params
    row = AgentNotification(
        entry_date=call.clock.now_text(), recipient=recipient, recipient_type=kind,
        notification_date=_notification_date(call),
        notification_retry="Y" if "y" in params.notification_retry.lower() else "N",
        notification_status="QUEUED")
    text = params.notification_text
    if text:
        row.notification_text = _sql_text(text)
        style = {name: params.get(name) if php.truthy(params.get(name)) else default
                 for name, default in TEXT_DEFAULTS.items()}
        if HEX_COLOR.fullmatch(style["text_color"]):
            style["text_color"] = f"#{style['text_color']}"
        row.text_size, row.text_font = int(style["text_size"]), style["text_font"]
        row.text_weight, row.text_color = style["text_weight"], style["text_color"]
    # Only a capital Y shows confetti.
    if params.show_confetti == "Y":
        row.show_confetti = "Y"
        row.confetti_options = _sql_text(_confetti_options(call))
    return row if text or params.show_confetti == "Y" else None


def _sql_text(value: str) -> str:
    """What MariaDB stores for the value pasted between single quotes."""
    if breaks_quotes(value, "'"):
        raise ScriptAbort("a quote in a notification value breaks the INSERT")
    return unquoted(value, "'")


def _notification_date(call: ApiCall) -> str:
    given = call.params.notification_date
    now = call.clock.now_text()
    if not php.truthy(given):
        return now
    if DATE_SHAPE.search(given) is None:
        call.write(messages.DATE_REPLACED.format(notification_date=given))
        return now
    return _as_stored(given)


def _as_stored(date: str) -> str:
    """The date as MariaDB reads it; what it cannot read becomes the zero date on storing."""
    found = STORED_DATE.match(date)
    if found is None:
        return date
    year, month, day, hour, minute, second = found.groups(default="0")
    full_year = int(year) + (2000 if int(year) < 70 else 1900) if len(year) == 2 else int(year)
    return (f"{full_year:04d}-{int(month):02d}-{int(day):02d} "
            f"{int(hour):02d}:{int(minute):02d}:{int(second):02d}")


def _confetti_options(call: ApiCall) -> str:
    """`duration,maxParticleCount,particleSpeed`: given, else the container's, else defaults."""
    options = {name: call.params.get(name) for name in CONFETTI_DEFAULTS}
    if not all(php.truthy(value) for value in options.values()):
        entry = extras.confetti_settings(call.session)
        call.debug_line(f"confetti settings container: {'found' if entry is not None else 'none'}")
        _fill_from_container(options, entry or "")
    for name, default in CONFETTI_DEFAULTS.items():
        if not php.truthy(options[name]):
            options[name] = default
    return ",".join(options.values())


def _fill_from_container(options: dict[str, str], entry: str) -> None:
    """Take each missing option from the first `name => value` line that sets it."""
    for line in entry.split("\n"):
        if line.startswith(";") or CONTAINER_SETTING.search(line) is None:
            continue
        name, value = [*line.strip(" \t\n\r\0\x0b").split(" => "), ""][:2]
        if name in options and not php.truthy(options[name]):
            options[name] = value
