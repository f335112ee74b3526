"""The optional fields update_user checks and writes, in the real script's order.

Each field, when given, is checked and becomes one `,column='value'` part
of the update; `--BLANK--` empties the fields that allow it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.non_agent.call import NonAgentCall
from app.non_agent.php import int_value, is_numeric
from app.state import non_agent_admin_queries as admin_queries
from app.wire.lines import Template
from app.wire.messages import non_agent_admin as messages

BLANK = "--BLANK--"


def outside(text: str, low: int, high: int) -> bool:
    """PHP 8's `text < low or text > high` (a non-numeric text compares as text)."""
    if is_numeric(text):
        return float(text) < low or float(text) > high
    return text < str(low) or text > str(high)


@dataclass(frozen=True)
class TextField:
    """A text field with a length range; `blank` when --BLANK-- empties it."""

    param: str
    column: str
    label: str
    longest: int
    shortest: int = 0
    blank: bool = True


TEXT_AFTER_PHONE_LOGIN = (
    TextField("phone_pass", "phone_pass", "PHONE PASSWORD", 20, 1),
)
TEXT_AFTER_HOTKEYS = (
    TextField("voicemail_id", "voicemail_id", "VOICEMAIL ID", 10, 2),
    TextField("email", "email", "EMAIL", 100, 5),
    TextField("custom_one", "custom_one", "CUSTOM ONE", 100),
    TextField("custom_two", "custom_two", "CUSTOM TWO", 100),
    TextField("custom_three", "custom_three", "CUSTOM THREE", 100),
    TextField("custom_four", "custom_four", "CUSTOM FOUR", 100),
    TextField("custom_five", "custom_five", "CUSTOM FIVE", 100),
)


@dataclass
class UserUpdate:
    """The parts of the update, as (column, value, SQL text) in the real order."""

    call: NonAgentCall
    api_level: int
    same_raw: str
    seen: list[str] | None
    parts: list[tuple[str, str, str]]

    @property
    def same_level(self) -> bool:
        return int_value(self.same_raw) >= 1

    def add(self, column: str, value: str, sql: str | None = None) -> None:
        self.parts.append((column, value, sql or f" ,{column}='{value}'"))

    def fail(self, template: Template, data: str) -> None:
        self.call.stop(template, data=data, user=self.call.user)

    def text(self, field: TextField) -> None:
        value = getattr(self.call.params, field.param)
        if not value:
            return
        if field.blank and value == BLANK:
            self.add(field.column, "")
        elif len(value) > field.longest or len(value) < field.shortest:
            self.fail(messages.update_user_invalid(field.label), value)
        else:
            self.add(field.column, value)

    def collect(self) -> None:
        """Every optional field's check, in order; the first failing one stops."""
        p = self.call.params
        if p.agent_pass:
            self.add("pass_", p.agent_pass, f" ,pass='{p.agent_pass}'")
        self.full_name(p.agent_full_name)
        self.level(p.agent_user_level)
        self.group(p.agent_user_group)
        self.phone_login(p.phone_login)
        for field in TEXT_AFTER_PHONE_LOGIN:
            self.text(field)
        if p.hotkeys_active:
            if outside(p.hotkeys_active, 0, 1):
                self.fail(messages.update_user_invalid("HOTKEYS SETTING"), p.hotkeys_active)
            self.add("hotkeys_active", p.hotkeys_active)
        for field in TEXT_AFTER_HOTKEYS:
            self.text(field)
        if p.active:
            if p.active not in ("Y", "N"):
                self.fail(messages.UPDATE_USER_ACTIVE, p.active)
            self.add("active", p.active)
        if p.wrapup_seconds_override:
            if outside(p.wrapup_seconds_override, -1, 9999):
                self.fail(messages.UPDATE_USER_WRAPUP, p.wrapup_seconds_override)
            self.add("wrapup_seconds_override", p.wrapup_seconds_override)
        if p.in_groups:
            groups = f" {p.in_groups.replace('|', ' ')} -"
            self.add("closer_campaigns", groups, f' ,closer_campaigns="{groups}"')

    def full_name(self, name: str) -> None:
        self.text(TextField("agent_full_name", "full_name", "FULL NAME", 50, 1))

    def level(self, level: str) -> None:
        if not level:
            return
        wanted = int(level)
        if (wanted > 9 or wanted < 1 or wanted > self.api_level
                or (wanted == self.api_level and not self.same_level)):
            data = f"{level}|{self.api_level}|{self.same_raw}"
            self.fail(messages.update_user_invalid("USER LEVEL"), data)
        self.add("user_level", level)

    def group(self, group: str) -> None:
        if not group:
            return
        valid = admin_queries.group_exists(self.call.session, group, self.seen)
        if len(group) > 20 or not valid:
            self.fail(messages.update_user_invalid("USER GROUP"), f"{group}|{int(valid)}")
        self.add("user_group", group)

    def phone_login(self, login: str) -> None:
        if not login:
            return
        if login == BLANK:
            self.add("phone_login", "")
            return
        phones = admin_queries.phone_logins(self.call.session, login)
        aliases = 0  # phones_alias is not modelled: no alias ever matches
        if len(login) > 20 or (phones < 1 and aliases < 1):
            self.fail(messages.update_user_invalid("PHONE LOGIN"), f"{login}|{phones}|{aliases}")
        self.add("phone_login", login)

