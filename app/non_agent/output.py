"""The delimited output of the listing functions (`stage`, `header`).

`stage` picks the delimiter (csv, tab, pipe and, for some functions,
newline); anything else means pipe. The listing is printed as it is and
logged, after the function name, as the success reason.
"""

from __future__ import annotations

from collections.abc import Iterable

_DELIMITERS = {"csv": ",", "tab": "\t", "pipe": "|"}


def delimiter(stage: str, newline: bool = False) -> tuple[str, str]:
    """(delimiter, stage as logged) for the requested stage."""
    if newline and stage == "newline":
        return "\n", stage
    if stage in _DELIMITERS:
        return _DELIMITERS[stage], stage
    return "|", "pipe"


def cell(value: object) -> str:
    """A database value as PHP prints it: NULL is empty."""
    return "" if value is None else str(value)


def row(values: Iterable[object], separator: str) -> str:
    return separator.join(cell(value) for value in values) + "\n"
