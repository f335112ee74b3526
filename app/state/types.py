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
from functools import lru_cache
from typing import Any

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

ZERO_DATETIME = "0000-00-00 00:00:00"
ZERO_DATE = "0000-00-00"
# BIGINT's range: it holds VICIdial's INT UNSIGNED and BIGINT columns alike.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1


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
    """INT / BIGINT: text is read up to its first non-digit ('' and 'abc' are 0)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, int):
            try:
                value = int(float(_leading_number(str(value)) or 0))
            except ValueError:
                value = 0
            except OverflowError:
                value = INT_MAX
        # Past the column's range a non-strict MariaDB stores the nearest end.
        return int(min(max(value, INT_MIN), INT_MAX))


class Clamped(Number):
    """TINYINT/SMALLINT: a number outside the column's range is stored as the nearest end."""

    cache_ok = True

    def __init__(self, low: int, high: int) -> None:
        super().__init__()
        self.low, self.high = low, high

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        number = super().process_bind_param(value, dialect)
        return None if number is None else min(max(number, self.low), self.high)


class Choice(TypeDecorator[str]):
    """ENUM: a listed value in its listed spelling; anything else is stored as ''."""

    impl = String
    cache_ok = True

    def __init__(self, *choices: str) -> None:
        super().__init__(max(len(c) for c in choices))
        self.choices = choices

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        wanted = str(value).rstrip(" ").lower()
        return next((c for c in self.choices if c.lower() == wanted), "")


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


def _with_separators(text: str) -> str:
    """MariaDB reads bare digits by their count: YYMMDD, YYYYMMDD, YYMMDDhhmmss, ..."""
    if not text.isdigit() or len(text) not in (6, 8, 12, 14):
        return text
    year_digits = 4 if len(text) in (8, 14) else 2
    year, rest = text[:year_digits], text[year_digits:]
    if year_digits == 2:
        year = ("20" if int(year) < 70 else "19") + year
    moment = f"{year}-{rest[0:2]}-{rest[2:4]}"
    return moment if len(rest) == 4 else f"{moment} {rest[4:6]}:{rest[6:8]}:{rest[8:10]}"


def _date_text(value: Any, with_time: bool) -> str:
    """A date or date-time as MariaDB stores it; anything unreadable is the zero date."""
    zero = ZERO_DATETIME if with_time else ZERO_DATE
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S" if with_time else "%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat() + (" 00:00:00" if with_time else "")
    text = _with_separators(str(value).strip())
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


@lru_cache(maxsize=256)
def _date_text_of(text: str, with_time: bool) -> str:
    # Most bound dates are the clock's text of this second: parse each one once.
    return _date_text(text, with_time)


def _stored_date(value: Any, with_time: bool) -> str:
    if isinstance(value, str):
        return _date_text_of(value, with_time)
    return _date_text(value, with_time)


class Stamp(TypeDecorator[str]):
    """DATETIME / TIMESTAMP as `YYYY-MM-DD HH:MM:SS` text, the zero date allowed."""

    impl = String
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(19)

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else _stored_date(value, with_time=True)


class Day(TypeDecorator[str]):
    """DATE as `YYYY-MM-DD` text."""

    impl = String
    cache_ok = True

    def __init__(self) -> None:
        super().__init__(10)

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else _stored_date(value, with_time=False)


# Short constructors so a model reads like the VICIdial table it stands for.

Str = Mapped[str | None]
Int = Mapped[int | None]

def text(length: int, default: str | None = "", **kw: Any) -> Any:
    return mapped_column(CutText(length), default=default, **kw)


def long_text(default: str | None = None, **kw: Any) -> Any:
    return mapped_column(LongText(), default=default, **kw)


def number(default: int | None = 0, **kw: Any) -> Any:
    return mapped_column(Number(), default=default, **kw)


def ranged(default: int | None, low: int, high: int, **kw: Any) -> Any:
    return mapped_column(Clamped(low, high), default=default, **kw)


def choice(*choices: str, default: str | None = None, **kw: Any) -> Any:
    return mapped_column(Choice(*choices), default=default, **kw)


def fixed(default: str | None = "0.00", scale: int = 2, **kw: Any) -> Any:
    return mapped_column(Fixed(scale), default=default, **kw)


def stamp(default: str | None = None, **kw: Any) -> Any:
    return mapped_column(Stamp(), default=default, **kw)


def day(default: str | None = None, **kw: Any) -> Any:
    return mapped_column(Day(), default=default, **kw)


def serial(**kw: Any) -> Any:
    """AUTO_INCREMENT primary key."""
    return mapped_column(Integer, primary_key=True, autoincrement=True, nullable=False, **kw)
