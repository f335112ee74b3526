"""The GMT offset a new lead gets from its phone code, area code or postal code.

The offset comes from the phone-code tables (by postal code, time-zone code
or NANPA prefix when `tz_method` asks, else by country and area code), then
goes up an hour when the lead's local date falls in its daylight-saving
range. The answer is the text the real script prints: the stored offset as
it is (`-5.00`), a PHP number once raised (`-4`), or empty when nothing is
found (the case of a system without phone-code data).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.state import non_agent_queries as queries
from app.state.compare import same_text
from app.state.models import NanpaPrefix, PhoneCode, PostalCode

# range -> (start month, start Sunday, end month, end Sunday, hour); Sunday 1-3 or -1 (last).
DST_RANGES: dict[str, tuple[int, int, int, int, int]] = {
    "SSM-FSN": (3, 2, 11, 1, 2),
    "FSA-LSO": (4, 1, 10, -1, 2),
    "LSM-LSO": (3, -1, 10, -1, 1),
    "LSO-LSM": (10, -1, 3, -1, 1),
    "FSO-LSM": (10, 1, 3, -1, 1),
    "FSO-FSA": (10, 1, 4, 1, 1),
    "FSO-TSM": (10, 1, 3, 3, 1),
    "LSS-FSA": (9, -1, 4, 1, 1),
    "TSO-LSF": (10, 3, 2, -1, 1),
}


@dataclass(frozen=True)
class Place:
    """What the look-up knows of the lead."""

    phone_code: str
    phone_number: str
    state: str
    postal_code: str
    owner: str
    tz_method: str


def lead_gmt_offset(session: Session, place: Place, now: dt.datetime) -> str:
    """The offset text the real script stores and prints for a new lead."""
    found = _zone(session, place)
    if found is None:
        return ""
    offset, dst_range = found
    number = _number(offset)
    local = _lead_local_time(now, number - server_offset(session))
    if dst_range in DST_RANGES and in_daylight_saving(local, DST_RANGES[dst_range]):
        raised = number + 1
        return str(int(raised)) if raised == int(raised) else repr(raised)
    return offset


def _zone(session: Session, place: Place) -> tuple[str, str] | None:
    """(GMT offset text, DST range): each method that finds the lead replaces the one before."""
    area, prefix = place.phone_number[:3], place.phone_number[3:6]
    method = place.tz_method.upper()
    found = None
    if "POSTAL" in method and len(place.postal_code) > 4 and place.phone_code == "1":
        postal = session.scalars(select(PostalCode).where(
            PostalCode.country_code == 1,
            # MariaDB's LIKE ignores case under the tables' collation; PostgreSQL's does not.
            func.lower(PostalCode.postal_code).like(f"{place.postal_code.lower()}%"))
            .limit(1)).first()
        if postal is not None:
            found = _offset(postal.GMT_offset), postal.DST_range or ""
    if place.tz_method == "TZCODE" and len(place.owner) > 1:
        found = _by_tz_code(session, place) or found
    if "NANPA" in method and len(area) > 2 and len(prefix) > 2:
        nanpa = session.scalars(select(NanpaPrefix).where(
            same_text(NanpaPrefix.areacode, area), same_text(NanpaPrefix.prefix, prefix))
            .limit(1)).first()
        if nanpa is not None:
            found = _offset(nanpa.GMT_offset), "SSM-FSN" if nanpa.DST == "Y" else ""
    return found or _by_phone_code(session, place, area)


def _by_tz_code(session: Session, place: Place) -> tuple[str, str] | None:
    query = select(PhoneCode).where(same_text(PhoneCode.tz_code, place.owner),
                                    PhoneCode.country_code == _code(place.phone_code))
    rows = list(session.scalars(query.order_by(PhoneCode.phone_code_id)))
    if not rows:
        return None
    ranges = sorted({row.DST_range or "" for row in rows}, reverse=True)
    return _offset(rows[0].GMT_offset), ranges[0] if len(ranges[0]) > 2 else ""


def _by_phone_code(session: Session, place: Place, area: str) -> tuple[str, str] | None:
    """By area code (1, 52) or state (61) first, then by the country code alone."""
    country = select(PhoneCode).where(PhoneCode.country_code == _code(place.phone_code))
    country = country.order_by(PhoneCode.phone_code_id).limit(1)
    row = None
    if place.phone_code in ("1", "52"):
        row = session.scalars(country.where(same_text(PhoneCode.areacode, area))).first()
    elif place.phone_code == "61":
        row = session.scalars(country.where(same_text(PhoneCode.state, place.state))).first()
    row = row or session.scalars(country).first()
    return None if row is None else (_offset(row.GMT_offset), row.DST_range or "")


def _offset(text: str | None) -> str:
    return (text or "").replace("+", "")


def server_offset(session: Session) -> float:
    """The server's offset the real script starts from (one hour on in summer time)."""
    text = queries.server_gmt(session)
    if text is None:
        return int(time.strftime("%z").replace("+", "") or 0) / 100
    number = _number(text)
    return number + 1 if time.localtime().tm_isdst > 0 else number


def _lead_local_time(now: dt.datetime, hours_ahead: float) -> dt.datetime:
    # mktime() takes the shifted hour as a whole number.
    return now + dt.timedelta(hours=int(now.hour + hours_ahead) - now.hour)


def in_daylight_saving(local: dt.datetime, rule: tuple[int, int, int, int, int]) -> bool:
    start_month, start_sunday, end_month, end_sunday, hour = rule
    start = _sunday(local.year, start_month, start_sunday).replace(hour=hour)
    end = _sunday(local.year, end_month, end_sunday).replace(hour=hour)
    if start < end:
        return start <= local < end
    return local >= start or local < end


def _sunday(year: int, month: int, which: int) -> dt.datetime:
    """The first, second, third (1-3) or last (-1) Sunday of the month."""
    if which > 0:
        first = dt.datetime(year, month, 1)
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (which - 1))
    following = dt.datetime(year + month // 12, month % 12 + 1, 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def _code(text: str) -> int:
    return int(text) if text.isdigit() else 0
