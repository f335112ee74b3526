"""PHP 8 comparisons the real script makes between texts and numbers.

`"3125550100" == "03125550100"` is true in PHP (both look like numbers), and
`"" < 99` is true (a non-numeric text is compared as text with "99").
"""

from __future__ import annotations

import re

_NUMERIC = re.compile(r"[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*")


def is_numeric(text: str) -> bool:
    return _NUMERIC.fullmatch(text) is not None


def loose_equal(left: str, right: str) -> bool:
    """PHP's `==` between two texts."""
    if is_numeric(left) and is_numeric(right):
        return float(left) == float(right)
    return left == right


def lower_than(text: str, number: int) -> bool:
    """PHP's `text < number`."""
    if is_numeric(text):
        return float(text) < number
    return text < str(number)


def int_value(text: str | None) -> int:
    """The leading whole number of a text, as PHP compares it with a number ('' is 0)."""
    match = re.match(r"\s*[+-]?\d+", text or "")
    return int(match.group(0)) if match else 0
