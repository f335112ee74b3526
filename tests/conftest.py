"""Fixtures shared by the whole suite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.server import live_server


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One real emulator for the session; tests reset it to what they need."""
    database = tmp_path_factory.mktemp("state") / "emulator.sqlite3"
    with live_server(database) as url:
        yield url


@pytest.fixture
def http(server_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server_url, timeout=30) as client:
        yield client


@pytest.fixture
def tmp_database(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'state.sqlite3'}"
