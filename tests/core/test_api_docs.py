"""The control API's OpenAPI page works without the internet."""

from __future__ import annotations

import httpx


def test_docs_page_loads_swagger_ui_from_this_server(http: httpx.Client) -> None:
    page = http.get("/docs")
    script = http.get("/docs-assets/swagger-ui-bundle.js")

    assert page.status_code == 200
    assert '/docs-assets/swagger-ui-bundle.js' in page.text
    assert "cdn.jsdelivr" not in page.text
    assert script.status_code == 200 and len(script.content) > 100_000
