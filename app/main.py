"""The application factory: one Settings object in, the whole emulator out."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from app.agent_api.registry import load_handlers
from app.agent_api.routes import router as agent_api_router
from app.api_docs import add_docs
from app.clock import Clock
from app.control.export_routes import router as export_router
from app.control.routes import router as control_router
from app.control.screen_routes import router as screen_router
from app.coverage import router as coverage_router
from app.non_agent.routes import router as non_agent_router
from app.sandbox.routes import router as sandbox_router
from app.screen.loop import run_forever
from app.settings import Settings
from app.state.db import Database
from app.state.migrations import require_current_schema

log = logging.getLogger(__name__)


class CollapseSlashes:
    """`//agc/api.php` reaches the same script as `/agc/api.php`, as under Apache."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "//" in scope["path"]:
            scope = dict(scope, path=re.sub(r"/{2,}", "/", scope["path"]))
        await self.app(scope, receive, send)


def create_app(settings: Settings | None = None, db: Database | None = None,
               clock: Clock | None = None, check_schema: bool = True) -> FastAPI:
    settings = settings or Settings()
    clock = clock or Clock()
    db = db or Database(settings.database_url, clock)
    if check_schema:
        require_current_schema(db.engine)
    load_handlers()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        poller = asyncio.create_task(run_forever(db, clock, settings.screen_poll_ms,
                                                 settings.screen_mode))
        try:
            yield
        finally:
            poller.cancel()

    app = FastAPI(title="vicidial-emu", version="0.1.0", lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="A VICIdial 2.14 Agent API emulator and its control API.")
    add_docs(app)
    app.state.settings, app.state.db, app.state.clock = settings, db, clock
    app.include_router(agent_api_router)
    app.include_router(non_agent_router)
    app.include_router(control_router)
    app.include_router(screen_router)
    app.include_router(coverage_router)
    app.include_router(export_router)
    app.include_router(sandbox_router)
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(HTTPException, _http_problem)
    app.add_exception_handler(Exception, _internal_problem)
    app.add_middleware(CollapseSlashes)
    return app


async def _invalid_request(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = [{"field": ".".join(str(p) for p in error["loc"]), "expected": error["msg"]}
                for error in exc.errors()]
    first = problems[0] if problems else {"field": None, "expected": None}
    return JSONResponse({"error": "invalid request", **first, "problems": problems},
                        status_code=422)


async def _internal_problem(request: Request, exc: Exception) -> JSONResponse:
    log.error("control request %s %s failed", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"error": "the emulator failed on this request; nothing was changed",
                         "field": None, "expected": "see the server log for the cause"},
                        status_code=500)


async def _http_problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    detail: Any = exc.detail
    body = detail if isinstance(detail, dict) else {"error": str(detail)}
    return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)
