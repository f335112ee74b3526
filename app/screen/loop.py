"""The poll loop: every screen in `poll` mode acts on its flags after the poll delay."""

from __future__ import annotations

import asyncio
import logging

from starlette.concurrency import run_in_threadpool

from app.clock import Clock
from app.screen.modes import poll_due
from app.state.db import Database

log = logging.getLogger(__name__)


def one_pass(db: Database, clock: Clock, delay_seconds: float, server_mode: str) -> int:
    with db.transaction() as session:
        effects = poll_due(session, clock, delay_seconds, server_mode)
    for effect in effects:
        log.debug("screen %s=%s: %s", effect.flag, effect.value, effect.did)
    return len(effects)


async def run_forever(db: Database, clock: Clock, poll_ms: int, server_mode: str) -> None:
    """Poll a few times per delay, so an effect lands close to the delay's end."""
    interval = max(0.02, min(0.25, poll_ms / 4000))
    while True:
        await asyncio.sleep(interval)
        try:
            await run_in_threadpool(one_pass, db, clock, poll_ms / 1000, server_mode)
        except Exception:  # noqa: BLE001 - the loop must outlive one failed pass
            log.exception("screen poll pass failed; trying again")
