"""Column types that store values the way a non-strict MariaDB does.

VICIdial runs on MariaDB without strict mode: a value longer than its column is
cut, an empty string stored in a number column becomes 0, and date-times are
plain `YYYY-MM-DD HH:MM:SS` text that may be the zero date. These types give
the same results on SQLite, MariaDB and PostgreSQL, so handlers never care.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

ZERO_DATETIME = "0000-00-00 00:00:00"
ZERO_DATE = "0000-00-00"


class CutText(TypeDecorator[str]):
    """VARCHAR(n): longer values are cut to n characters, as MariaDB does."""

    impl = String
    cache_ok = True

    def __init__(self, length: int) -> None:
        super().__init__(length)
        self.length = length

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return str(value)[: self.length]


class LongText(TypeDecorator[str]):
    """TEXT / MEDIUMTEXT: no practical limit for the values this API writes."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(value)


def _leading_number(text: str) -> str:
    match = re.match(r"\s*[-+]?\d*(\.\d+)?", text)
    return match.group(0).strip() if match else ""


class Number(TypeDecorator[int]):
    """INT: text is read up to its first non-digit ('' and 'abc' are 0)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None or isinstance(value, int):
            return value
        try:
            return int(float(_leading_number(str(value)) or 0))
        except ValueError:
            return 0


class Fixed(TypeDecorator[str]):
    """DECIMAL(p,s), kept as its text form ('-5.00') so every backend agrees."""

    impl = String
    cache_ok = True

    def __init__(self, scale: int = 2) -> None:
        super().__init__(20)
        self.scale = scale

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        try:
            number = Decimal(_leading_number(str(value)) or "0")
        except InvalidOperation:
            number = Decimal(0)
        return f"{number:.{self.scale}f}"


def _date_text(value: Any, with_time: bool) -> str:
    """A date or date-time as MariaDB stores it; anything unreadable is the zero date."""
    zero = ZERO_DATETIME if with_time else ZERO_DATE
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S" if with_time else "%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat() + (" 00:00:00" if with_time else "")
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?",
                         text)
    if not match:
        return zero
    year, month, day = (int(part) for part in match.group(1, 2, 3))
    hour, minute, second = (int(part or 0) for part in match.group(4, 5, 6))
    if (year, month, day) == (0, 0, 0):
        return zero
    try:
        moment = dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return zero
    return _date_text(moment, with_time)


class Stamp(TypeDecorator[str]):
    """DATETIME / TIMESTAMP as `YYYY-MM-DD HH:MM:SS` text, the zero date allowed."""

    impl = String
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(19)

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else _date_text(value, with_time=True)


class Day(TypeDecorator[str]):
    """DATE as `YYYY-MM-DD` text."""

    impl = String
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(10)

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else _date_text(value, with_time=False)


# Short constructors so a model reads like the VICIdial table it stands for.

Str = Mapped[str | None]
Int = Mapped[int | None]

def text(length: int, default: str | None = "", **kw: Any) -> Any:
    return mapped_column(CutText(length), default=default, **kw)


def long_text(default: str | None = None, **kw: Any) -> Any:
    return mapped_column(LongText(), default=default, **kw)


def number(default: int | None = 0, **kw: Any) -> Any:
    return mapped_column(Number(), default=default, **kw)


def fixed(default: str | None = "0.00", scale: int = 2, **kw: Any) -> Any:
    return mapped_column(Fixed(scale), default=default, **kw)


def stamp(default: str | None = None, **kw: Any) -> Any:
    return mapped_column(Stamp(), default=default, **kw)


def day(default: str | None = None, **kw: Any) -> Any:
    return mapped_column(Day(), default=default, **kw)


def serial(**kw: Any) -> Any:
    """AUTO_INCREMENT primary key."""
    return mapped_column(Integer, primary_key=True, autoincrement=True, nullable=False, **kw)
