"""Reading an Agent API request the way PHP and the real api.php read it.

Every parameter is taken from the query string first, then from the form
body. PHP decodes `+` as a space and percent escapes once, keeps the last of
repeated names, and turns dots and spaces in names into underscores. The
logged URL is the raw query string, or the re-joined form fields, or both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote_plus

from app.wire.filters import filter_value

_DROPPED_FROM_LOG = str.maketrans("", "", "'\"\\;")


def php_parse(text: str) -> dict[str, str]:
    """Name/value pairs of a query string or form body, in order, PHP-style."""
    pairs: dict[str, str] = {}
    for piece in text.split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        name = unquote_plus(name, errors="replace")
        if not name or "[" in name:
            continue
        name = name.replace(".", "_").replace(" ", "_")
        pairs.pop(name, None)  # a repeated name moves to the end, as in PHP's array
        pairs[name] = unquote_plus(value, errors="replace")
    return pairs


@dataclass
class RawRequest:
    """What arrived: the raw query string, the parsed GET and POST fields, the caller."""

    query_string: str
    get: dict[str, str]
    post: dict[str, str]
    remote_ip: str
    base_url: str
    script_path: str = "/agc/api.php"

    @classmethod
    def build(cls, query_string: str, body: str, remote_ip: str, base_url: str,
              script_path: str = "/agc/api.php") -> RawRequest:
        return cls(query_string, php_parse(query_string), php_parse(body), remote_ip,
                   base_url, script_path)

    def raw(self, name: str) -> str | None:
        """GET wins over POST, name by name."""
        if name in self.get:
            return self.get[name]
        return self.post.get(name)

    def raw_value(self) -> str | None:
        # The real script walks the POST fields with a loop variable named like
        # the `value` parameter: without a `value` field, the last one's value leaks.
        found = self.raw("value")
        if found is None and self.post:
            return list(self.post.values())[-1]
        return found

    def logged_query(self) -> str:
        """The query string the API log records, GET and POST joined as the real server does."""
        posted = "&".join(f"{k}={v}" for k, v in self.post.items()).translate(_DROPPED_FROM_LOG)
        query = self.query_string
        if not query and len(posted) > 2:
            query = posted
        if query and len(posted) > 2:
            # The real server appends the form fields even when they were the whole query.
            query = f"{query}&GET-AND-POST=Y&{posted}"
        return query.translate(_DROPPED_FROM_LOG)

    def logged_url(self) -> str:
        return f"{self.base_url}{self.script_path}?{self.logged_query()}"


@dataclass
class Params:
    """The filtered parameters a handler reads; an absent parameter is ''."""

    values: Mapping[str, str]
    present: frozenset[str] = field(default_factory=frozenset)

    def __getattr__(self, name: str) -> str:
        try:
            return self.values[name]
        except KeyError:
            return ""

    def get(self, name: str) -> str:
        return self.values.get(name, "")

    def given(self, name: str) -> bool:
        return name in self.present


def filtered_params(request: RawRequest, non_latin: bool) -> Params:
    """Every parameter the request carries, through its filter."""
    names = set(request.get) | set(request.post) | {"value"}
    values: dict[str, str] = {}
    present = set()
    for name in names:
        raw = request.raw_value() if name == "value" else request.raw(name)
        if raw is None:
            continue
        present.add(name)
        values[name] = filter_value(name, raw, non_latin)
    return Params(values, frozenset(present))
