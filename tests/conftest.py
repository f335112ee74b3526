"""Fixtures shared by the whole suite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.backends import TEST_DATABASE_URL, drop_everything
from tests.support.remote_cluster import RemoteCluster, remote_cluster_stub
from tests.support.server import live_server


@pytest.fixture(scope="session")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One real emulator for the session; tests reset it to what they need."""
    database = tmp_path_factory.mktemp("state") / "emulator.sqlite3"
    if TEST_DATABASE_URL:  # a server database: built anew through the migrations
        drop_everything(TEST_DATABASE_URL)
    with live_server(database) as url:
        yield url


@pytest.fixture
def http(server_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server_url, timeout=30) as client:
        yield client


@pytest.fixture
def tmp_database(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'state.sqlite3'}"


@pytest.fixture(scope="session")
def _remote_cluster_session() -> Iterator[RemoteCluster]:
    with remote_cluster_stub() as cluster:
        yield cluster


@pytest.fixture
def remote_cluster(_remote_cluster_session: RemoteCluster) -> RemoteCluster:
    """The remote cluster stub the CCC cases fetch from (127.0.0.1:18089).

    Another test session's stub may hold the port; when it has gone, ours starts.
    """
    _remote_cluster_session.ensure_listening()
    return _remote_cluster_session


@pytest.fixture(autouse=True)
def _remote_cluster_for_fronter_cases(request: pytest.FixtureRequest) -> None:
    # Only the force_fronter_* tests (recorded cases included) reach a remote cluster.
    if "force_fronter_" in request.node.nodeid:
        request.getfixturevalue("remote_cluster")
