"""The look-ups and writes of the agent-session functions (recording, call_agent, ...)."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.state.compare import same_text
from app.state.models import ManagerCommand, Recording, SessionData, User

# vicidial_manager's columns in table order, as a positional INSERT fills them.
MANAGER_COLUMNS: tuple[str, ...] = (
    "man_id", "uniqueid", "entry_date", "status", "response", "server_ip", "channel",
    "action", "callerid", "cmd_line_b", "cmd_line_c", "cmd_line_d", "cmd_line_e",
    "cmd_line_f", "cmd_line_g", "cmd_line_h", "cmd_line_i", "cmd_line_j", "cmd_line_k",
)
# ENUM columns: a value outside the list is stored as '' by a non-strict MariaDB.
_MANAGER_CHOICES = {
    "status": ("NEW", "QUEUE", "SENT", "UPDATED", "DEAD"),
    "response": ("Y", "N"),
}
MAN_ID_MAX = 4_294_967_295  # INT UNSIGNED: a larger id is cut to this
_LEADING_NUMBER = re.compile(r"\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")


class ColumnCountMismatch(ValueError):
    """A positional INSERT with the wrong number of values: MariaDB refuses it."""


class DuplicateKey(ValueError):
    """An INSERT naming a primary key that is already taken."""


def mysql_number(text: str) -> float:
    """What MariaDB makes of text compared with a number: its leading number, else 0."""
    found = _LEADING_NUMBER.match(text)
    return float(found.group(0)) if found else 0.0


def session_data(session: Session, user: str) -> SessionData | None:
    """The agent's login session data, the first row as the real unordered SELECT gives it."""
    query = select(SessionData).where(same_text(SessionData.user, user)).limit(1)
    return session.scalars(query).first()


def recording(session: Session, recording_id: str) -> Recording | None:
    """The recording_log row whose id equals the text as MariaDB compares text and INT."""
    number = mysql_number(recording_id)
    if not number.is_integer():
        return None
    return session.get(Recording, int(number))


def may_modify_campaigns(session: Session, user: str) -> bool:
    query = select(func.count()).select_from(User).where(
        same_text(User.user, user), User.modify_campaigns == "1")
    return int(session.scalar(query) or 0) > 0


def manager_command(entry_date: str, server_ip: str, action: str, callerid: str,
                    *lines: str) -> ManagerCommand:
    """A NEW vicidial_manager row: the command's lines from cmd_line_b on, the rest blank."""
    columns = [f"cmd_line_{letter}" for letter in "bcdefghijk"]
    values = dict(zip(columns, [*lines, *[""] * (len(columns) - len(lines))], strict=True))
    return ManagerCommand(uniqueid="", entry_date=entry_date, status="NEW", response="N",
                          server_ip=server_ip, channel="", action=action, callerid=callerid,
                          **values)


def queue_manager_values(session: Session, values: list[str]) -> ManagerCommand:
    """`INSERT INTO vicidial_manager values(...)`: one text per column, in table order."""
    if len(values) != len(MANAGER_COLUMNS):
        raise ColumnCountMismatch(f"{len(values)} values for {len(MANAGER_COLUMNS)} columns")
    row = dict(zip(MANAGER_COLUMNS, values, strict=True))
    for column, choices in _MANAGER_CHOICES.items():
        wanted = row[column].rstrip(" ").lower()
        row[column] = next((c for c in choices if c.lower() == wanted), "")
    # '' or 0 in the AUTO_INCREMENT column lets MariaDB pick the next id.
    man_id = mysql_number(row.pop("man_id"))
    man_id = int(min(man_id, MAN_ID_MAX)) if man_id > 0 else 0
    command = ManagerCommand(**row)
    if man_id > 0:
        if session.get(ManagerCommand, man_id) is not None:
            raise DuplicateKey(f"man_id {man_id} exists")
        command.man_id = man_id
    session.add(command)
    session.flush()
    return command
