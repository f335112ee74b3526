"""An emulator inside a test process: what the pytest plugin is built on, usable without it.

    with running_emulator(tmp_path / "state.sqlite3") as server:
        emu = Emulator(server)
        emu.reset("demo")
        httpx.get(f"{emu.url}/agc/api.php", params={...})      # real HTTP
        httpx.Client(transport=emu.transport()).get(...)         # no socket at all

The application runs on a migrated SQLite file. Its own event loop runs in a
background thread, with the simulated screens' poll loop; a real HTTP server on a
free loopback port starts only when `url` is first asked for. `transport()` (for
`httpx.Client`) and `async_transport()` (for `httpx.AsyncClient`) answer in the
process, without a socket, from the same application and the same state.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import AsyncExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx

INPROCESS_URL = "http://vicidial-emu.test"
CLIENT = ("127.0.0.1", 40000)
START_SECONDS = 20


class EmulatorError(AssertionError):
    """The control API refused a request a test made through `Emulator`."""


class EmulatorServer:
    """One emulator application, its loop thread and (when asked) its HTTP server."""

    def __init__(self, database_file: Path, **settings: Any) -> None:
        from app.clock import Clock
        from app.main import create_app
        from app.settings import Settings
        from app.state.db import Database
        from app.state.migrations import upgrade

        url = f"sqlite:///{database_file}"
        options: dict[str, Any] = {"scenario": "none", "control_token": None, **settings}
        self.settings = Settings(database_url=url, **options)
        db = Database(url, Clock())
        upgrade(db.engine)
        self.app = create_app(self.settings, db=db)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name="vicidial-emu-loop")
        self._thread.start()
        self._lifespan = AsyncExitStack()
        self.run(self._lifespan.enter_async_context(self.app.router.lifespan_context(self.app)))
        self._http: tuple[Any, threading.Thread, str] | None = None

    def run(self, coroutine: Any, timeout: float = 60) -> Any:
        """Run a coroutine on the emulator's own loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    @property
    def listening(self) -> bool:
        return self._http is not None

    @property
    def url(self) -> str:
        """The base URL of the real HTTP server (started on first use)."""
        if self._http is None:
            self._http = self._serve_http()
        return self._http[2]

    def _serve_http(self) -> tuple[Any, threading.Thread, str]:
        import uvicorn

        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        port = int(listener.getsockname()[1])
        # The screens' loop already runs on our own loop: uvicorn must not start another.
        config = uvicorn.Config(self.app, lifespan="off", log_level="warning", access_log=False)
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]},
                                  daemon=True, name="vicidial-emu-http")
        thread.start()
        deadline = time.monotonic() + START_SECONDS
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("the emulator's HTTP server did not start")
            time.sleep(0.01)
        return server, thread, f"http://127.0.0.1:{port}"

    def transport(self) -> httpx.BaseTransport:
        return LoopTransport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return httpx.ASGITransport(app=self.app, client=CLIENT)

    def close(self) -> None:
        if self._http is not None:
            server, thread, _url = self._http
            server.should_exit = True
            thread.join(timeout=10)
            self._http = None
        try:
            self.run(self._lifespan.aclose(), timeout=10)
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
            self._loop.close()
            self.app.state.db.dispose()


class LoopTransport(httpx.BaseTransport):
    """A synchronous httpx transport that hands each request to the app on its own loop."""

    def __init__(self, server: EmulatorServer) -> None:
        self.server = server

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()

        async def send() -> tuple[int, list[tuple[bytes, bytes]], bytes]:
            inner = httpx.Request(request.method, request.url, headers=request.headers,
                                  content=body)
            answer = await httpx.ASGITransport(app=self.server.app, client=CLIENT) \
                .handle_async_request(inner)
            content = await answer.aread()
            return answer.status_code, answer.headers.raw, content

        status, headers, content = self.server.run(send())
        return httpx.Response(status, headers=headers, content=content, request=request)


@contextmanager
def running_emulator(database_file: Path, **settings: Any) -> Iterator[EmulatorServer]:
    server = EmulatorServer(database_file, **settings)
    try:
        yield server
    finally:
        server.close()


class Emulator:
    """What a test holds: the emulator's URL, transports, and the other parties' moves.

    Control requests go through the in-process transport, so a test that only uses
    `transport()` never opens a socket.
    """

    def __init__(self, server: EmulatorServer) -> None:
        self.server = server
        self.control = httpx.Client(transport=server.transport(), base_url=INPROCESS_URL,
                                    timeout=60)
        self._log_mark = 0

    @property
    def url(self) -> str:
        """The base URL of a real HTTP server (started the first time it is asked for)."""
        return self.server.url

    def transport(self) -> httpx.BaseTransport:
        """For `httpx.Client(transport=...)`: answers in the process, without a socket."""
        return self.server.transport()

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """For `httpx.AsyncClient(transport=...)`: the app called directly (ASGI)."""
        return self.server.async_transport()

    def client(self, **options: Any) -> httpx.Client:
        """An httpx client on the emulator without a socket, base URL INPROCESS_URL."""
        return httpx.Client(transport=self.transport(), base_url=INPROCESS_URL, **options)

    # -- the control API ------------------------------------------------------------

    def request(self, method: str, path: str, **options: Any) -> Any:
        """A control API request (path below /emulator); a refusal raises EmulatorError."""
        answer = self.control.request(method, f"/emulator{path}", **options)
        if answer.status_code >= 400:
            raise EmulatorError(f"{method} /emulator{path} answered {answer.status_code}: "
                                f"{answer.text}")
        return answer.json()

    def reset(self, scenario: str | Path | Mapping[str, Any] = "demo",
              screen_mode: str | None = None) -> dict[str, Any]:
        """Replace all state: a scenario file, a mapping, or a shipped scenario's name."""
        from app.scenario_library import scenario_body

        body = scenario_body(scenario)
        if screen_mode is not None:
            document = _document(body)
            document["screen_mode"] = screen_mode
            answer = self.request("POST", "/reset", json=document)
        else:
            answer = self.request("POST", "/reset", content=body)
        newest = self.request("GET", "/api-log", params={"limit": 1})
        self._log_mark = int(newest[0]["api_id"]) if newest else 0
        return dict(answer)

    def agent(self, user: str) -> dict[str, Any] | None:
        """The agent's live session row, or None when the agent is not logged in."""
        answer = self.control.get(f"/emulator/agents/{user}")
        if answer.status_code == 404:
            return None
        if answer.status_code >= 400:
            raise EmulatorError(f"GET /emulator/agents/{user} answered {answer.status_code}")
        return dict(answer.json())

    def screen(self, user: str) -> dict[str, Any]:
        """The agent's simulated screen: mode, status, lead, pending flags, recent effects."""
        return dict(self.request("GET", f"/agents/{user}/screen"))

    def api_log(self) -> list[dict[str, Any]]:
        """The API log rows written since the last reset, oldest first."""
        rows = self.request("GET", "/api-log", params={"limit": 10000})
        return [row for row in reversed(rows) if int(row["api_id"]) > self._log_mark]

    def vm_button(self, user: str, pick: str | None = None) -> dict[str, Any]:
        """Press the agent's VM button: the decision (plays, hangup, decided_by, steps).

        When the campaign's VM Message Group offers a choice and no `pick` is given,
        the answer is `{"choices": [...]}`: press again with one of them.
        """
        answer = self.request("POST", f"/agents/{user}/vm-button",
                              json={"pick": pick} if pick is not None else None)
        if answer.get("decision") is None:
            return {"choices": answer.get("choices")}
        return dict(answer["decision"])

    def login(self, user: str, campaign_id: str, status: str = "PAUSED") -> dict[str, Any]:
        return dict(self.request("POST", f"/agents/{user}/login",
                                 json={"campaign_id": campaign_id, "status": status}))

    def call(self, user: str, lead_id: int, direction: str = "outbound",
             answered_by: str = "person") -> dict[str, Any]:
        """Put a call with the lead on the agent's screen."""
        return dict(self.request("POST", f"/agents/{user}/call", json={
            "lead_id": lead_id, "direction": direction, "answered_by": answered_by}))

    def table(self, vicidial_table: str) -> list[dict[str, Any]]:
        return list(self.request("GET", f"/tables/{vicidial_table}"))

    def api(self, **params: str) -> str:
        """An Agent API request (GET /agc/api.php) in the process; the raw answer."""
        return self.control.get("/agc/api.php", params=params).text

    def close(self) -> None:
        self.control.close()


def _document(body: bytes) -> dict[str, Any]:
    import yaml

    document = yaml.safe_load(body.decode("utf-8"))
    if not isinstance(document, dict):
        raise EmulatorError("the scenario is not a mapping")
    return document
