"""SQLite's connections are handed out one at a time, to the threads in the order they asked."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text

from app.state.db import TurnTakingPool, _Queue, make_engine


def test_a_released_turn_goes_to_the_thread_that_waited_longest() -> None:
    queue = _Queue()
    assert queue.acquire(timeout=1)
    order: list[str] = []
    started = {name: threading.Event() for name in ("first", "second")}

    def wait_turn(name: str) -> None:
        started[name].set()
        assert queue.acquire(timeout=30)
        order.append(name)
        queue.release()

    waiters = []
    for name in ("first", "second"):
        waiter = threading.Thread(target=wait_turn, args=(name,))
        waiter.start()
        started[name].wait()
        # Queued before the next one starts: the queue holds it until the turn is free.
        while len(queue._waiting) < len(waiters) + 1:
            threading.Event().wait(0.001)
        waiters.append(waiter)
    queue.release()
    for waiter in waiters:
        waiter.join()
    assert order == ["first", "second"]


def test_a_wait_past_the_timeout_goes_on_without_the_turn() -> None:
    queue = _Queue()
    assert queue.acquire(timeout=1)
    assert not queue.acquire(timeout=0.01)
    queue.release()
    assert queue.acquire(timeout=1)


def test_a_file_database_hands_its_connection_back_for_the_next_transaction(
        tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'turns.sqlite3'}")
    try:
        assert isinstance(engine.pool, TurnTakingPool)
        for _ in range(3):  # each transaction's turn ends with it, or the next would wait
            with engine.begin() as connection:
                assert connection.execute(text("select 1")).scalar() == 1
        assert not engine.pool._holders
    finally:
        engine.dispose()
