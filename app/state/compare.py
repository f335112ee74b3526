"""Text comparisons as MariaDB's default collation makes them.

VICIdial's look-ups (`where user='6666'`) ignore letter case and trailing
spaces, passwords included. The emulator compares the same way on every
backend, from here, so no handler has to think about it: both sides are cut
of trailing spaces and lowered by the database itself (SQLite's lower() is
made to fold every letter, as MariaDB's and PostgreSQL's do), so a text
always equals itself whatever letters it holds.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, bindparam, func
from sqlalchemy.sql.elements import ColumnElement


def folded(text: str) -> str:
    """The form two texts share when MariaDB calls them equal."""
    return text.rstrip(" ").lower()


def same_text(column: Any, value: str) -> ColumnElement[bool]:
    """`column = value` with MariaDB's case- and trailing-space-blind equality."""
    return func.lower(func.rtrim(column)) == func.lower(value.rstrip(" "))


def same_text_as(column: Any, name: str) -> ColumnElement[bool]:
    """`same_text` against the bound parameter `name`, for a statement built once.

    Bind it to `trimmed(value)`: the statement is then the one `same_text` builds.
    """
    return func.lower(func.rtrim(column)) == func.lower(bindparam(name, type_=String()))


def trimmed(value: str) -> str:
    """The value `same_text_as` binds: cut of trailing spaces, as `same_text` cuts it."""
    return value.rstrip(" ")


def texts_equal(left: str | None, right: str | None) -> bool:
    return folded(left or "") == folded(right or "")
