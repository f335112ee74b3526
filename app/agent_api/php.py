"""PHP 8's truthiness and loose comparisons, as the real script's conditions use them."""

from __future__ import annotations

import re

_NUMERIC = re.compile(r"[ \t\n\r\x0b\f]*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?[ \t\n\r\x0b\f]*")


def truthy(text: str | None) -> bool:
    """`if ($text)`: only '' and '0' (and NULL) are false."""
    return text not in (None, "", "0")


def compare(text: str | None, number: int) -> int:
    """`$text <=> $number`: numeric text compares as a number, other text as text."""
    text = text or ""
    if _NUMERIC.fullmatch(text):
        value = float(text)
        return (value > number) - (value < number)
    other = str(number)
    return (text > other) - (text < other)
