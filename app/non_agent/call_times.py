"""Whether a lead may be called now in its own time zone (hopper_local_call_time_check).

The emulator keeps no vicidial_call_times table; it knows the call times a
new VICIdial install creates, which have no per-day or per-state hours. Any
other call time is unknown, and a lead under an unknown call time is not
dialable, as on the real server.
"""

from __future__ import annotations

import time

# call_time_id -> (start, stop) as HHMM, from the install's default rows.
DEFAULT_CALL_TIMES = {
    "24hours": (0, 2400),
    "9am-9pm": (900, 2100),
    "9am-5pm": (900, 1700),
    "12pm-5pm": (1200, 1700),
    "12pm-9pm": (1200, 2100),
    "5pm-9pm": (1700, 2100),
}


def dialable(call_time_id: str, gmt_offset: str, epoch: int) -> int:
    """1 when the lead's local time (from its GMT offset) is inside the call time."""
    window = {k.lower(): v for k, v in DEFAULT_CALL_TIMES.items()}.get(call_time_id.lower())
    if window is None:
        return 0
    try:
        offset = float(gmt_offset or 0)
    except ValueError:
        offset = 0.0
    local = time.gmtime(epoch + int(3600 * offset))
    now = local.tm_hour * 100 + local.tm_min
    return 1 if window[0] <= now < window[1] else 0
