"""The sandbox's only way to the state: the control API and the Agent API, in process.

Every page is rendered on the server from the JSON the control API answers; the
requests go through the application itself (httpx's ASGI transport), so they pass
the same checks, token included, as a request from outside would. The control
token, when the server has one, is the one the trainer typed into the page; it is
kept in a cookie and sent as `X-Emulator-Token`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from fastapi import Request

if TYPE_CHECKING:
    import httpx

TOKEN_COOKIE = "viciemu_control_token"


class ControlProblem(Exception):
    """The control API refused a request: its JSON problem, ready to show."""

    def __init__(self, status: int, body: Any) -> None:
        self.status = status
        self.body = body if isinstance(body, dict) else {"error": str(body)}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = str(self.body.get("error") or f"HTTP {self.status}")
        field, expected = self.body.get("field"), self.body.get("expected")
        if field:
            text += f" ({field}: expected {expected})"
        return text

    @property
    def needs_token(self) -> bool:
        return self.status == 401


class Control:
    """One page's client of the control API and the Agent API."""

    def __init__(self, request: Request) -> None:
        # Imported on the first page: a server that only answers the APIs never needs it.
        import httpx

        token = request.cookies.get(TOKEN_COOKIE, "")
        client = (request.client.host, request.client.port) if request.client else None
        transport = httpx.ASGITransport(app=request.app, raise_app_exceptions=False,
                                        client=client or ("127.0.0.1", 0))
        self.base_url = str(request.base_url).rstrip("/")
        self.http = httpx.AsyncClient(
            transport=transport, base_url=self.base_url, timeout=30,
            headers={"X-Emulator-Token": token} if token else {})

    async def __aenter__(self) -> Control:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.http.aclose()

    async def call(self, method: str, path: str, **options: Any) -> Any:
        answer = await self.http.request(method, f"/emulator{path}", **options)
        body = _json(answer)
        if answer.status_code >= 400:
            raise ControlProblem(answer.status_code, body)
        return body

    async def get(self, path: str, **params: Any) -> Any:
        return await self.call("GET", path, params=params or None)

    async def post(self, path: str, body: Any = None, content: bytes | None = None) -> Any:
        if content is not None:
            return await self.call("POST", path, content=content)
        return await self.call("POST", path, json=body)

    async def put(self, path: str, body: Any) -> Any:
        return await self.call("PUT", path, json=body)

    async def raw(self, path: str, **params: Any) -> httpx.Response:
        """A control answer as it came (for downloads)."""
        answer = await self.http.get(f"/emulator{path}", params=params or None)
        if answer.status_code >= 400:
            raise ControlProblem(answer.status_code, _json(answer))
        return answer

    async def agent_api(self, query: str) -> httpx.Response:
        """GET /agc/api.php with exactly this query string."""
        import httpx

        return await self.http.get(httpx.URL(f"{self.base_url}/agc/api.php",
                                             query=query.encode("ascii")))

    async def table(self, name: str) -> list[dict[str, Any]]:
        rows = await self.get(f"/tables/{quote(name)}")
        return list(rows)


def _json(answer: httpx.Response) -> Any:
    try:
        return answer.json()
    except ValueError:
        return {"error": answer.text or f"HTTP {answer.status_code}"}


def user_path(user: str) -> str:
    return quote(user, safe="")
