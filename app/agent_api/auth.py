"""Checking an API user's credentials as VICIdial's user_authorization does.

The answer is the real function's auth message: `GOOD`, `LOCK`, `ERRSERVERS`,
`IPBLOCK`, or `BAD|0|api|<the login statement>`; the statement is part of the
real answer, password and lockout threshold included. Failed attempts move the
user's counters with the real rules: ten failures lock for fifteen minutes,
counted from the last *failed* login that reset the counter, and a successful
API login never resets the counter.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.clock import Clock
from app.state import queries
from app.state.compare import texts_equal
from app.state.models import SystemSettings, User

LOCK_AFTER_FAILURES = 10
LOCK_SECONDS = 900

_STRIPPED = re.compile(r"[|`&'\"\\; ]")


@dataclass(frozen=True)
class Caller:
    user: str
    password: str
    ip: str


def authorize(session: Session, caller: Caller, system: SystemSettings, clock: Clock,
              known: User | None = None) -> str:
    """The auth message for these credentials, with the counters updated.

    `known` is a user row already read for this request; it is used when its
    name is the one being checked, instead of reading the row again.
    """
    user_name = _STRIPPED.sub("", caller.user)
    password = _STRIPPED.sub("", caller.password)
    lock_over = clock.epoch() - LOCK_SECONDS
    if known is not None and texts_equal(known.user, user_name):
        user: User | None = known
    else:
        user = queries.find_user(session, user_name)

    if user is not None and not _password_accepted(user, password, lock_over):
        queries.lock_row(session, user)  # the counters move: decide on them as committed
    if user is None or not _password_accepted(user, password, lock_over):
        return _refuse(user, _bad_message(user_name, password, lock_over), caller.ip,
                       lock_over, clock)

    problem = _login_problem(session, user, caller.ip, system)
    if problem:
        queries.lock_row(session, user)
        user.failed_login_attempts_today = (user.failed_login_attempts_today or 0) + 1
        user.failed_last_type_today = f"04c{problem}"
        return problem
    return "GOOD"


def _password_accepted(user: User, password: str, lock_over: int) -> bool:
    return (
        texts_equal(user.pass_, password)
        and (user.user_level or 0) > 0
        and texts_equal(user.active, "Y")
        and ((user.failed_login_count or 0) < LOCK_AFTER_FAILURES
             or unix_time(user.last_login_date) < lock_over)
    )


def _bad_message(user: str, password: str, lock_over: int) -> str:
    statement = (
        f"SELECT count(*) from vicidial_users where user='{user}' and pass='{password}' "
        "and user_level > 0 and active='Y' and ( (failed_login_count < "
        f"{LOCK_AFTER_FAILURES}) or (UNIX_TIMESTAMP(last_login_date) < {lock_over}) );"
    )
    return f"BAD|0|api|{statement}"


def _refuse(user: User | None, message: str, ip: str, lock_over: int, clock: Clock) -> str:
    """Count a refused login on an existing user; an unknown user changes nothing."""
    if user is None:
        return message
    failures = user.failed_login_count or 0
    user.failed_login_attempts_today = (user.failed_login_attempts_today or 0) + 1
    if failures < LOCK_AFTER_FAILURES:
        user.failed_login_count = failures + 1
        user.failed_login_count_today = (user.failed_login_count_today or 0) + 1
        user.failed_last_ip_today = ip
        user.failed_last_type_today = "01cBAD"
        return message
    if lock_over > unix_time(user.last_login_date):
        # The lock has run out: this failure starts a new count and a new lock window.
        user.last_login_date = clock.now_text()
        user.failed_login_count = 1
        user.failed_last_ip_today = ip
        user.failed_login_count_today = (user.failed_login_count_today or 0) + 1
        user.failed_last_type_today = "02cBAD"
        return message
    user.failed_last_type_today = "03cLOCK"
    return "LOCK"


def _login_problem(session: Session, user: User, ip: str, system: SystemSettings) -> str:
    if queries.active_asterisk_servers(session) < 1:
        return "ERRSERVERS"
    if _ip_blocked(session, user, ip, system):
        return "IPBLOCK"
    return ""


def _ip_blocked(session: Session, user: User, ip: str, system: SystemSettings) -> bool:
    if _number(system.allow_ip_lists) < 1 or _number(user.ignore_ip_list) >= 1:
        return False
    addresses = [ip, re.sub(r"\.\d+$", ".x", ip)]
    blacklist = system.system_ip_blacklist or ""
    if len(blacklist) > 1 and queries.ip_list_holds(session, blacklist, addresses):
        return True
    group = queries.user_group(session, user.user_group)
    whitelist = (group.api_ip_list or "") if group else ""
    if len(whitelist) > 1:
        return not queries.ip_list_holds(session, whitelist, addresses)
    return False


def unix_time(moment: str | None) -> int:
    """UNIX_TIMESTAMP() of a stored local date-time; the zero date and NULL are 0."""
    if not moment or moment.startswith("0000"):
        return 0
    try:
        return int(time.mktime(time.strptime(moment[:19], "%Y-%m-%d %H:%M:%S")))
    except ValueError:
        return 0


def _number(text: str | None) -> int:
    match = re.match(r"\s*-?\d+", text or "")
    return int(match.group(0)) if match else 0
