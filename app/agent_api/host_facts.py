"""What the webserver function reports about the machine this emulator runs on.

The real function reports PHP's and Apache's view of the web server. Where
the emulator has a true counterpart it reports that: Python's version for
PHP's, the server software for Apache's, the processes of this server's
process group for Apache's httpd processes. PHP's php.ini limits become the
emulator's own limits, in PHP's notation:

* date.timezone: the local time zone the emulator's clock uses;
* maximum execution time `0` (PHP: no limit), as no request is cut short;
* maximum input time `-1` (PHP: no separate limit on reading the request);
* memory limit: the process's address-space limit in bytes, `-1` when unlimited;
* post maximum size `0` (PHP: no limit), as a form body of any size is read;
* upload maximum filesize `0`, as the emulator drops uploaded files unread;
* default socket timeout: Python's default in seconds, `-1` (PHP: none) when unset.
"""

from __future__ import annotations

import os
import platform
import shutil
import socket
import sys
import time
from importlib import metadata
from pathlib import Path

SERVER_PROGRAMS = ("uvicorn", "hypercorn", "gunicorn", "daphne")


def webserver_values(server_name: str) -> list[str]:
    """The values of the webserver function's lines, in its order."""
    zone = time_zone_name()
    return [
        zone, time.strftime("%Z"), "1" if time.localtime().tm_isdst > 0 else "0",
        full_uname(), platform.node(), server_name, platform.python_version(),
        server_software(), str(server_processes()), load_average(), disk_free(),
        zone, "0", "-1", memory_limit(), "0", "0", socket_timeout(),
    ]


def php_float(number: float) -> str:
    """A float as PHP prints it (14 significant digits, no trailing zeros)."""
    text = format(number, ".14G")
    mantissa, _, exponent = text.partition("E")
    if exponent and "." not in mantissa:
        text = f"{mantissa}.0E{exponent}"
    return text


def time_zone_name() -> str:
    """The local time zone's name (`Europe/Paris`), or its abbreviation when unknown."""
    configured = os.environ.get("TZ", "").lstrip(":")
    if configured:
        return configured
    try:
        return Path("/etc/timezone").read_text().strip() or time.tzname[0]
    except OSError:
        pass
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    return time.tzname[0]


def full_uname() -> str:
    """What `uname -a` shows: system, host, release, version and machine."""
    if hasattr(os, "uname"):
        return " ".join(os.uname())
    info = platform.uname()
    return " ".join((info.system, info.node, info.release, info.version, info.machine))


def server_software() -> str:
    """The emulator and the ASGI server running it, as `name/version` words."""
    try:
        own = metadata.version("vicidial-emu")
    except metadata.PackageNotFoundError:
        own = "unknown"
    words = [f"vicidial-emu/{own}"]
    for name in SERVER_PROGRAMS:
        module = sys.modules.get(name)
        if module is not None:
            words.append(f"{name}/{getattr(module, '__version__', 'unknown')}")
    return " ".join(words)


def server_processes() -> int:
    """How many processes share this server's process group (its workers among them)."""
    proc = Path("/proc")
    if not hasattr(os, "getpgrp") or not proc.is_dir():
        return 1
    group = os.getpgrp()
    count = 0
    for entry in proc.iterdir():
        if entry.name.isdigit() and _process_group(entry) == group:
            count += 1
    return max(count, 1)


def _process_group(entry: Path) -> int | None:
    try:
        stat = (entry / "stat").read_text()
    except OSError:
        return None
    # The command name in parentheses may hold spaces; the fields after it do not.
    fields = stat.rpartition(")")[2].split()
    return int(fields[2]) if len(fields) > 2 else None


def load_average() -> str:
    try:
        return php_float(os.getloadavg()[0])
    except (AttributeError, OSError):
        return ""


def disk_free() -> str:
    return php_float(float(shutil.disk_usage(os.path.abspath(os.sep)).free))


def memory_limit() -> str:
    try:
        import resource
    except ImportError:
        return "-1"
    soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
    return "-1" if soft == resource.RLIM_INFINITY else str(soft)


def socket_timeout() -> str:
    timeout = socket.getdefaulttimeout()
    return "-1" if timeout is None else php_float(timeout)
