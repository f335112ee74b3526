"""The `/agc/api.php` route: HTTP in, the real server's bytes out."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from app.agent_api.skeleton import answer
from app.wire.request import RawRequest

ANSWER_HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-cache, must-revalidate",
    "Pragma": "no-cache",
}

log = logging.getLogger(__name__)

router = APIRouter(include_in_schema=False)


async def form_body(request: Request) -> str:
    """The form body as PHP would see it; other content types carry no fields."""
    kind = request.headers.get("content-type", "")
    if kind.startswith("application/x-www-form-urlencoded"):
        return (await request.body()).decode("utf-8", "replace")
    if kind.startswith("multipart/form-data"):
        from urllib.parse import urlencode

        form = await request.form()
        return urlencode([(k, v) for k, v in form.multi_items() if isinstance(v, str)])
    return ""


def base_url(request: Request) -> str:
    """`scheme://host[:port]` as PHP builds it from SERVER_NAME and SERVER_PORT."""
    host = request.url.hostname or "localhost"
    server = request.scope.get("server")
    port = server[1] if server and server[1] else request.url.port
    if port in (80, 443, None):
        return f"{request.url.scheme}://{host}"
    return f"{request.url.scheme}://{host}:{port}"


async def agent_api(request: Request) -> Response:
    state = request.app.state
    raw = RawRequest.build(
        query_string=request.scope.get("query_string", b"").decode("latin-1"),
        body=await form_body(request) if request.method == "POST" else "",
        remote_ip=request.client.host if request.client else "127.0.0.1",
        base_url=base_url(request),
    )
    try:
        # A transaction the database gave up on for a concurrent one is run again.
        result = await run_in_threadpool(state.db.retrying, answer, raw, state.db,
                                         state.clock, state.settings)
    except Exception:
        # PHP 8 aborts the real script on any failed statement: HTTP 500, empty page.
        log.exception("api request failed; answered 500 as the real server does")
        return Response(b"", status_code=500, headers=ANSWER_HEADERS)
    return Response(result.body.encode("utf-8"), status_code=result.status,
                    headers=ANSWER_HEADERS)


# A plain Starlette route: the endpoint reads the request itself, so FastAPI's
# parameter solving (which parses the query string once more) is work for nothing.
router.add_route("/agc/api.php", agent_api, methods=["GET", "POST", "HEAD"],
                 include_in_schema=False)
