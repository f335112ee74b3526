"""Checking an API user as the admin side's user_authorization does for reports.

Not the Agent API's check: a user needs level 7 or more, the answer is a
bare `GOOD`, `BAD`, `LOCK` or `IPBLOCK`, failures are typed `aBAD`, `bBAD`
and `cLOCK`, and a good login stamps the user's last login and IP and
resets the failure counter. The lockout rule is the same: ten failures lock
the user for fifteen minutes from the failure that restarted the count.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from app.agent_api.auth import LOCK_AFTER_FAILURES, LOCK_SECONDS, unix_time
from app.agent_api.auth import _ip_blocked as ip_blocked
from app.clock import Clock
from app.state import queries
from app.state.compare import texts_equal
from app.state.models import SystemSettings, User

REPORTS_LEVEL_OVER = 6

_STRIPPED = re.compile(r"[|`&'\"\\; ]")


def authorize(session: Session, user_name: str, password: str, ip: str,
              system: SystemSettings, clock: Clock) -> str:
    """The auth answer for these credentials, with the user's counters moved."""
    user_name, password = _STRIPPED.sub("", user_name), _STRIPPED.sub("", password)
    lock_over = clock.epoch() - LOCK_SECONDS
    user = queries.find_user(session, user_name)
    if user is not None:
        queries.lock_row(session, user)  # every answer moves its counters or its login date
    if user is None or not _accepted(user, password, lock_over):
        return "BAD" if user is None else _refuse(user, ip, lock_over, clock)
    if ip_blocked(session, user, ip, system):
        return "IPBLOCK"
    user.last_login_date = clock.now_text()
    user.last_ip = ip
    user.failed_login_count = 0
    return "GOOD"


def _accepted(user: User, password: str, lock_over: int) -> bool:
    return (
        texts_equal(user.pass_, password)
        and (user.user_level or 0) > REPORTS_LEVEL_OVER
        and texts_equal(user.active, "Y")
        and ((user.failed_login_count or 0) < LOCK_AFTER_FAILURES
             or unix_time(user.last_login_date) < lock_over)
    )


def _refuse(user: User, ip: str, lock_over: int, clock: Clock) -> str:
    user.failed_login_attempts_today = (user.failed_login_attempts_today or 0) + 1
    failures = user.failed_login_count or 0
    if failures < LOCK_AFTER_FAILURES:
        user.failed_login_count = failures + 1
        _count_failure(user, ip, "aBAD")
        return "BAD"
    if lock_over > unix_time(user.last_login_date):
        # The lock has run out: this failure starts a new count and a new lock window.
        user.last_login_date = clock.now_text()
        user.failed_login_count = 1
        _count_failure(user, ip, "bBAD")
        return "BAD"
    user.failed_last_type_today = "cLOCK"
    return "LOCK"


def _count_failure(user: User, ip: str, kind: str) -> None:
    user.failed_login_count_today = (user.failed_login_count_today or 0) + 1
    user.failed_last_ip_today = ip
    user.failed_last_type_today = kind
