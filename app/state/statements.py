"""What one of the real script's UPDATE statements does to a row, in MariaDB's terms.

The real script pastes values between quotes into its SQL. MariaDB resolves
backslash escapes and doubled quotes in them; a value with a lone quote (or a
trailing backslash) ends the string early and the statement fails. An UPDATE
reports a row as changed only when a stored value really differs, after the
column has cut or converted what it was given.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import TypeDecorator

from app.state.base import Model

# The emulator's column types convert the same way on every backend.
_DIALECT = sqlite.dialect()

_ESCAPES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a"}


def breaks_quotes(value: str, quote: str) -> bool:
    """Whether the value, pasted between `quote` characters, breaks the statement."""
    position = 0
    while position < len(value):
        char = value[position]
        if char == "\\":
            if position + 1 == len(value):
                return True
            position += 1
        elif char == quote:
            if value[position + 1:position + 2] != quote:
                return True
            position += 1
        position += 1
    return False


def unquoted(value: str, quote: str) -> str:
    """The text MariaDB reads from the value pasted between `quote` characters."""
    out: list[str] = []
    position = 0
    while position < len(value):
        char, following = value[position], value[position + 1:position + 2]
        if char == "\\" and following:
            # MariaDB keeps the backslash before % and _ (they are LIKE wildcards).
            out.append("\\" + following if following in "%_" else _ESCAPES.get(following,
                                                                                following))
            position += 2
        elif char == quote and following == quote:
            out.append(quote)
            position += 2
        else:
            out.append(char)
            position += 1
    return "".join(out)


def stored(model: type[Model], attribute: str, value: Any) -> Any:
    """The value the column holds after being given `value` (cut, converted, zero date)."""
    column_type = inspect(model).columns[attribute].type
    if isinstance(column_type, TypeDecorator):
        return column_type.process_bind_param(value, _DIALECT)
    return value


def update_row(row: Model, values: Mapping[str, Any]) -> int:
    """Set the columns as an UPDATE would; 1 when a stored value changed, else 0."""
    changed = 0
    for attribute, value in values.items():
        new = stored(type(row), attribute, value)
        if getattr(row, attribute) != new:
            setattr(row, attribute, new)
            changed = 1
    return changed


def logged_data(data: str) -> str:
    """What the API log keeps of `data`.

    The real log statement turns double quotes into single ones and pastes data
    between double quotes, so MariaDB also resolves any backslash escapes in it.
    """
    return unquoted(data.replace('"', "'"), '"')
