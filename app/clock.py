"""The server's clock: local time, as VICIdial's PHP and MariaDB read it.

Handlers and rules ask the clock instead of `datetime.now()`, so a test can
drive time (the poll-mode screen, the lockout window) without sleeping.
"""

from __future__ import annotations

import datetime as dt
import time


class Clock:
    """Wall-clock local time."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    def epoch(self) -> int:
        return int(time.time())

    def now_text(self) -> str:
        return self.now().strftime("%Y-%m-%d %H:%M:%S")

    def today_text(self) -> str:
        return self.now().strftime("%Y-%m-%d")


class FrozenClock(Clock):
    """A clock that only moves when told to."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment.replace(microsecond=0)

    def now(self) -> dt.datetime:
        return self.moment

    def epoch(self) -> int:
        return int(self.moment.timestamp())

    def advance(self, seconds: float) -> None:
        self.moment += dt.timedelta(seconds=seconds)
