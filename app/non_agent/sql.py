"""What MariaDB makes of a value the real script pastes between quotes.

The script builds its statements by pasting parameter values between single
or double quotes. MariaDB then reads backslash escapes (`\\n` becomes a new
line, `\\x` becomes `x`), reads a doubled quote as one quote, and fails on a
lone quote or a trailing backslash: on PHP 8 that failure ends the request
with an empty HTTP 500 (`ScriptAbort`).
"""

from __future__ import annotations

from app.agent_api.call import ScriptAbort

_ESCAPES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a",
            "%": "\\%", "_": "\\_"}


def literal(value: str | None, quote: str = "'") -> str:
    """The text MariaDB stores for `value` written as `quote`value`quote`."""
    text = value or ""
    if "\\" not in text and quote not in text:
        return text
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            if index + 1 == len(text):
                raise ScriptAbort("a trailing backslash escapes the closing quote")
            following = text[index + 1]
            out.append(_ESCAPES.get(following, following))
            index += 2
        elif char == quote:
            if text[index + 1:index + 2] != quote:
                raise ScriptAbort(f"a {quote} in a value ends the quoted string early")
            out.append(quote)
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def double(value: str | None) -> str:
    return literal(value, '"')


def enum_value(value: str, choices: tuple[str, ...]) -> str:
    """An ENUM column's stored value: the matching choice, or '' (non-strict mode)."""
    for choice in choices:
        if choice.lower() == value.lower():
            return choice
    return ""


def small_number(text: str, low: int, high: int) -> int:
    """An integer column's stored value: the leading number, clamped to the column."""
    digits = ""
    for char in text.strip():
        if not (char.isdigit() or (char in "+-" and not digits)):
            break
        digits += char
    try:
        number = int(digits)
    except ValueError:
        number = 0
    return max(low, min(high, number))


def date_text(text: str) -> str:
    """A DATE value as MariaDB reads it: `YYYYMMDD` is a date too."""
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return text
