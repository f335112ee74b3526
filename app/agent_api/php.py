"""How PHP 8 tests, compares and converts the texts the real script reads.

The real script tests texts with `if ($text)`, compares database texts with
`==`, `<` and `<=>`, and adds 0 to make a number; PHP 8 treats a numeric text
as a number there and any other text as text.
"""

from __future__ import annotations

import re

_NUMERIC = re.compile(r"[ \t\n\r\v\f]*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?[ \t\n\r\v\f]*")
_INT_MAX = 2**63 - 1


def truthy(text: str | None) -> bool:
    """`if ($text)`: only '' and '0' (and NULL) are false."""
    return text not in (None, "", "0")


def is_numeric(text: str) -> bool:
    """PHP 8's is_numeric() for a string: a number, with optional surrounding whitespace."""
    return _NUMERIC.fullmatch(text) is not None


def compare(text: str | None, number: int) -> int:
    """`$text <=> $number`: numeric text compares as a number, other text as text."""
    text = text or ""
    if is_numeric(text):
        value = float(text)
        return (value > number) - (value < number)
    other = str(number)
    return (text > other) - (text < other)


def loosely_equal(left: str | None, right: str | None) -> bool:
    """`$left == $right` for two texts (NULL reads as ''): numeric texts compare as numbers."""
    left, right = left or "", right or ""
    if is_numeric(left) and is_numeric(right):
        return _number(left) == _number(right)
    return left == right


def below(text: str | None, limit: int) -> bool:
    """`$text < $limit`: a numeric text compares as a number, other text with str(limit)."""
    if text is None:
        return limit != 0  # NULL compares as false, which is below any true value
    if is_numeric(text):
        return _number(text) < limit
    return text.encode() < str(limit).encode()


def integer_text(digits: str) -> str:
    """What `$digits + 0` prints for a text of digits: no leading zeros, PHP's float past 2^63."""
    number = int(digits)
    if number <= _INT_MAX:
        return str(number)
    # PHP prints such floats with 14 significant digits: 1.2345678901235E+19, 1.0E+19.
    mantissa, _, exponent = f"{float(number):.14G}".partition("E")
    return f"{mantissa if '.' in mantissa else mantissa + '.0'}E{exponent}"


def _number(text: str) -> int | float:
    stripped = text.strip(" \t\n\r\v\f")
    try:
        return int(stripped)
    except ValueError:
        return float(stripped)
