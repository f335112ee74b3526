"""How the real script reads values: Perl's numbers, regexes and AGI text."""

from __future__ import annotations

import re

_LEADING_INT = re.compile(r"\s*([+-]?\d+)")
_UNKNOWN_CAUSE = re.compile(r"^Unknown|\?\?\?", re.IGNORECASE)


def perl_int(value: object) -> int:
    """The whole-number part Perl sees in a value ('0000012345' is 12345, 'abc' is 0)."""
    if isinstance(value, int):
        return value
    match = _LEADING_INT.match(str(value or ""))
    return int(match.group(1)) if match else 0


def perl_search(pattern: str, text: str, ignore_case: bool = True) -> bool:
    """`text =~ /pattern/i`; a pattern Python cannot read matches nothing."""
    try:
        return re.search(pattern, text, re.IGNORECASE if ignore_case else 0) is not None
    except re.error:
        return False


def unknown_cause(amd_cause: str) -> bool:
    """Whether detection gave up: the cause starts 'Unknown' or holds '???'."""
    return _UNKNOWN_CAUSE.search(amd_cause) is not None


def exec_command(app: str, options: str | None) -> str:
    """The AGI line `$AGI->exec(app, options)` sends: options quoted once."""
    if options is None:
        return f'EXEC {app} ""'
    if re.fullmatch(r'".*"', options):
        return f"EXEC {app} {options}"
    return f'EXEC {app} "{options}"'


def as_text(value: object) -> str:
    """A column value as the script reads it: NULL is the empty string."""
    return "" if value is None else str(value)


def substitute(pattern: str, value: str, text: str) -> str:
    """Perl's `s/pattern/value/gi`: every match replaced by the literal value."""
    return re.sub(pattern, lambda _match: value, text, flags=re.IGNORECASE)
