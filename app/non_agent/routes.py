"""The `/vicidial/non_agent_api.php` route: HTTP in, the real server's bytes out."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from app.agent_api.routes import ANSWER_HEADERS, base_url, form_body
from app.non_agent.call import SCRIPT_PATH
from app.non_agent.skeleton import answer
from app.wire.request import RawRequest

log = logging.getLogger(__name__)

router = APIRouter(include_in_schema=False)


@router.api_route(SCRIPT_PATH, methods=["GET", "POST", "HEAD"])
async def non_agent_api(request: Request) -> Response:
    state = request.app.state
    raw = RawRequest.build(
        query_string=request.scope.get("query_string", b"").decode("latin-1"),
        body=await form_body(request) if request.method == "POST" else "",
        remote_ip=request.client.host if request.client else "127.0.0.1",
        base_url=base_url(request),
        script_path=SCRIPT_PATH,
    )
    try:
        # A transaction the database gave up on for a concurrent one is run again.
        result = await run_in_threadpool(state.db.retrying, answer, raw, state.db,
                                         state.clock)
    except Exception:
        # PHP 8 aborts the real script on any failed statement: HTTP 500, empty page.
        log.exception("non-agent request failed; answered 500 as the real server does")
        return Response(b"", status_code=500, headers=ANSWER_HEADERS)
    return Response(result.body.encode("utf-8"), status_code=result.status,
                    headers=ANSWER_HEADERS)
