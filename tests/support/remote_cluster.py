"""A stand-in for a remote VICIdial cluster, as the CCC cases were recorded against.

It answers every GET with HTTP 200 and one line of text (or whatever status
and page a test asks for), and remembers the paths it was asked for.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STUB_HOST, STUB_PORT = "127.0.0.1", 18089
STUB_ANSWER = b"SUCCESS: remote cluster stub received the command\n"


class RemoteCluster:
    """The stub on host:port; another test session's stub may be the one serving it."""

    def __init__(self, host: str, port: int, status: int, page: bytes) -> None:
        self.host, self.port, self.status, self.page = host, port, status, page
        self.paths: list[str] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def started(self) -> bool:
        """Whether this stub serves the port (and so records the paths asked for)."""
        return self._server is not None

    def ensure_listening(self) -> None:
        """Start serving unless this stub, or something else, already listens there."""
        if self._server is not None or not port_is_free(self.host, self.port):
            return
        self._server = ThreadingHTTPServer((self.host, self.port),
                                           _handler(self, self.status, self.page))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        self._server = self._thread = None


def port_is_free(host: str, port: int) -> bool:
    with socket.socket() as probe:
        # As the server will: a closed connection in TIME_WAIT does not hold the port.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


@contextmanager
def remote_cluster_stub(host: str = STUB_HOST, port: int = STUB_PORT, status: int = 200,
                        page: bytes = STUB_ANSWER) -> Iterator[RemoteCluster]:
    """Serve the stub on host:port for the block, unless the port is taken."""
    cluster = RemoteCluster(host, port, status, page)
    cluster.ensure_listening()
    try:
        yield cluster
    finally:
        cluster.close()


def _handler(cluster: RemoteCluster, status: int, page: bytes) -> type[BaseHTTPRequestHandler]:
    class Answer(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            cluster.paths.append(self.path)
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return Answer
