"""Sending a fronter command to another cluster (CCC), as the real script does with file().

A call fronted on one VICIdial cluster and closed on another leaves a
vicidial_ccc_log row naming a settings container, whose entry is a URL of the
other cluster's non-agent API. The force_fronter functions turn that URL into
a call of their own function on the other cluster's agc/api.php and fetch it
with PHP's file(); the URL log keeps the page, or PHP's last warning.
"""

from __future__ import annotations

import logging
import re
import socket
from dataclasses import dataclass
from functools import cache

import httpx

log = logging.getLogger(__name__)

# PHP waits default_socket_timeout (60 s); the emulator gives up much sooner.
TIMEOUT = httpx.Timeout(5.0, connect=3.0)
MAX_REDIRECTS = 20  # what PHP's http wrapper follows
REMOTE_COMMAND = "{function}&value=CCC_REMOTE&lead_id={lead_id}&agent_user=CCC_REMOTE"
_REMOTE_SCRIPT = re.compile(r"vicidial/non_agent_|admin/non_agent_")
_WEB_URL = re.compile(r"https?://", re.IGNORECASE)

# The stored failure text: PHP's error_get_last() as the real script formats it.
PHP_ERROR = "PHP ERROR: Type={type} - Message={message} - Line={line} - File={file}"
PHP_SCRIPT = "/srv/www/htdocs/agc/api.php"
E_WARNING = 2
UNDEFINED_UNIQUEID = "Undefined variable $uniqueid"
_MYSQL_ESCAPES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a",
                  "%": "\\%", "_": "\\_"}


@dataclass(frozen=True)
class Fetched:
    """What file() gave: the page, or the warning it raised (neither: an empty page)."""

    body: str | None
    warning: str | None = None


def command_url(container_entry: str, function: str, remote_lead_id: int | None) -> str:
    """The container's URL rewritten into a call of `function` on the remote agc/api.php."""
    command = REMOTE_COMMAND.format(
        function=function, lead_id="" if remote_lead_id is None else remote_lead_id)
    return _REMOTE_SCRIPT.sub("agc/", container_entry.replace("ccc_lead_info", command))


def fetch(url: str) -> Fetched:
    """GET the URL as PHP's file() does: one connection, redirects followed, HTTP errors fail."""
    if not _WEB_URL.match(url):
        # The emulator opens no local files or other streams; PHP's words for a missing file.
        return Fetched(None, _warning(url, "No such file or directory"))
    try:
        response = _client().get(url, headers={"Connection": "close"})
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as failure:
        log.debug("remote cluster fetch of %s failed: %s", url, failure)
        return Fetched(None, _warning(url, _reason(url, failure)))
    if response.status_code >= 400:
        status = f"{response.http_version} {response.status_code} {response.reason_phrase}"
        # PHP keeps the status line's CRLF in the warning.
        return Fetched(None, _warning(url, f"HTTP request failed! {status}\r\n"))
    body = response.content.decode("utf-8", "replace")
    return Fetched(body or None)


@cache
def _client() -> httpx.Client:
    """One client for the process (it is thread-safe); making one costs a TLS setup."""
    return httpx.Client(timeout=TIMEOUT, follow_redirects=True, max_redirects=MAX_REDIRECTS,
                        trust_env=False)


def failure_text(fetched: Fetched, fetch_line: int, insert_line: int) -> str:
    """What the real script stores for a failed fetch: PHP's last warning."""
    if fetched.warning is not None:
        return PHP_ERROR.format(type=E_WARNING, message=fetched.warning, line=fetch_line,
                                file=PHP_SCRIPT)
    # An empty page makes file() give nothing without a warning; the last one PHP
    # saw is the undefined $uniqueid of the script's own URL log INSERT.
    return PHP_ERROR.format(type=E_WARNING, message=UNDEFINED_UNIQUEID, line=insert_line,
                            file=PHP_SCRIPT)


def sql_literal(text: str) -> str | None:
    """What MariaDB stores for `'text'` pasted unescaped into a statement; None: SQL error."""
    stored, position = [], 0
    while position < len(text):
        char = text[position]
        if char == "\\":
            if position + 1 == len(text):
                return None
            following = text[position + 1]
            stored.append(_MYSQL_ESCAPES.get(following, following))
            position += 2
        elif char == "'":
            if text[position + 1:position + 2] != "'":
                return None
            stored.append("'")
            position += 2
        else:
            stored.append(char)
            position += 1
    return "".join(stored)


def _warning(url: str, reason: str) -> str:
    # html_errors is on: the whole message is HTML-escaped (not the apostrophe).
    text = f"file({url}): Failed to open stream: {reason}"
    for char, entity in (("&", "&amp;"), ('"', "&quot;"), ("<", "&lt;"), (">", "&gt;")):
        text = text.replace(char, entity)
    return text


def _reason(url: str, failure: Exception) -> str:
    """PHP's words for why the stream did not open."""
    if isinstance(failure, httpx.TooManyRedirects):
        return "Redirection limit reached, aborting"
    if isinstance(failure, httpx.ConnectTimeout):
        return "Connection timed out"
    if isinstance(failure, httpx.TimeoutException):
        return "HTTP request failed, unexpected end of response"
    cause = _os_error(failure)
    if isinstance(cause, socket.gaierror):
        host = httpx.URL(url).host
        return f"php_network_getaddresses: getaddrinfo for {host} failed: {cause.strerror}"
    if cause is not None and cause.strerror:
        return cause.strerror
    return str(failure)


def _os_error(failure: BaseException) -> OSError | None:
    seen: BaseException | None = failure
    while seen is not None:
        if isinstance(seen, OSError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None
