"""The recorded voicemail-drop cases: fixture, patch, call and expected outcome.

Each case (tests/data/vm/cases.json, recorded from VICIdial's own VD_amd.agi)
starts from tests/data/fixtures/vm-base.json with the case's patch applied.
`{TODAY}` and `{YESTERDAY}` stand for the server's local dates, `{SOUNDS}` for
the audio store's root; an FHG download's file name ends in the run's epoch.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data"
CASES_FILE = DATA / "vm" / "cases.json"
FIXTURES_DIR = DATA / "fixtures"

Tables = dict[str, list[dict[str, Any]]]


def load_cases() -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(CASES_FILE.read_text())
    return cases


def localize(value: Any, today: dt.date) -> Any:
    """Replace {TODAY} and {YESTERDAY} everywhere in a case by the server's dates."""
    text = json.dumps(value)
    text = text.replace("{TODAY}", today.isoformat())
    text = text.replace("{YESTERDAY}", (today - dt.timedelta(days=1)).isoformat())
    return json.loads(text)


def patched_tables(fixture: str, patch: dict[str, Any] | None) -> Tables:
    """The fixture's tables after the patch: insert, update where, delete where."""
    document = json.loads((FIXTURES_DIR / f"{fixture}.json").read_text())
    tables: Tables = copy.deepcopy(document["tables"])
    for table, operations in (patch or {}).items():
        rows = tables.setdefault(table, [])
        for operation in operations:
            _apply(rows, operation)
    return tables


def _apply(rows: list[dict[str, Any]], operation: dict[str, Any]) -> None:
    if "where" in operation and "set" in operation:
        for row in rows:
            if _matches(row, operation["where"]):
                row.update(operation["set"])
    elif "delete" in operation:
        rows[:] = [row for row in rows if not _matches(row, operation["delete"])]
    else:
        rows.append(operation)


def _matches(row: dict[str, Any], columns: dict[str, Any]) -> bool:
    return all(str(row.get(name)) == str(value) for name, value in columns.items())


def file_pattern(expected: str, sounds_root: str) -> re.Pattern[str]:
    """An expected file name as a pattern: the FHG download's epoch may differ."""
    pattern = re.escape(expected.replace("{SOUNDS}", sounds_root))
    return re.compile(re.sub(r"FHG_(\d+)_\d+", r"FHG_\1_\\d+", pattern))
