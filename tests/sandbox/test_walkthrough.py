"""A trainee's walk-through of the sandbox page in a real headless Chromium.

Chromium is Debian's (`scripts/install-chromium.sh`, run by `make test` when it is
missing); Playwright only drives it and downloads nothing. The screenshots go to
test-artifacts/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.settings import DEMO_SCENARIO

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AGENT, LEAD = "1001", "12346"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="Debian's chromium is not installed: run scripts/install-chromium.sh (make test does)")


@pytest.fixture(scope="module")
def driver() -> Iterator[object]:
    with playwright_api.sync_playwright() as running:
        yield running


def open_browser(driver: object, profile: Path, **options: object) -> object:
    """Debian's Chromium on a fresh profile (its --user-data-dir), headless."""
    return driver.chromium.launch_persistent_context(  # type: ignore[attr-defined]
        str(profile), executable_path=CHROMIUM, headless=True, args=FLAGS,
        viewport={"width": 1366, "height": 900}, **options)


@pytest.fixture(scope="module")
def browser_context(driver: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    context = open_browser(driver, tmp_path_factory.mktemp("chromium-profile"))
    yield context
    context.close()  # type: ignore[attr-defined]


@pytest.fixture
def page(browser_context: object, http: httpx.Client, server_url: str) -> Iterator[object]:
    assert http.post("/emulator/reset", content=DEMO_SCENARIO.read_bytes()).status_code == 200
    tab = browser_context.new_page()  # type: ignore[attr-defined]
    tab.set_default_timeout(15000)
    tab.goto(f"{server_url}/sandbox/")
    yield tab
    tab.close()


def test_trainee_walks_a_voicemail_drop_through_the_page(page: object, http: httpx.Client) -> None:
    p = page
    # The trainer resets to the shipped demo from the page.
    p.select_option("#scenario select[name=scenario]", "demo")
    p.click("#scenario button[type=submit]")
    p.wait_for_selector("text=Loaded 'demo'")

    # A call reaches agent 1001's screen, and an answering machine answers it.
    card = p.locator(f"#agent-{AGENT}")
    card.locator("input[name=lead_id]").fill(LEAD)
    card.locator("select[name=answered_by]").select_option("machine")
    card.get_by_role("button", name="Place call").click()
    p.wait_for_selector(f"text=with lead {LEAD} (an answering machine)")
    assert "INCALL" in p.locator(f"#screen-{AGENT}").inner_text()

    # The CRM's part, played from the console: vm_message for the lead on the call.
    p.select_option("#console-function", "vm_message")
    p.locator("#console input[name=agent_user]").fill(AGENT)
    p.locator("#console input[name=p_value]").fill("EXship01|EXship02")
    p.locator("#console input[name=p_lead_id]").fill(LEAD)
    p.locator("#console").get_by_role("button", name="Send").click()
    expect(p.locator("#console-result h3")).to_contain_text(": vm_message")
    assert p.locator("#raw-answer").inner_text() == (
        f"SUCCESS: vm_message function set - {AGENT}|{LEAD}|EXship01|EXship02|\n")
    url = p.locator("#request-url").inner_text()
    assert "function=vm_message" in url and "value=EXship01|EXship02" in url
    assert p.locator("#curl-line").inner_text() == f"curl '{url}'"

    # The agent presses VM, with the keyboard: the decision comes with its reasons.
    vm = card.get_by_role("button", name="VM", exact=True)
    vm.focus()
    p.keyboard.press("Enter")
    decision = p.locator("#decisions article.decision").first
    decision.wait_for()
    expect(p.locator("#raw-answer")).to_contain_text("vm_message")  # still this browser's
    text = decision.inner_text()
    assert "The machine hears EXship01, then EXship02." in text
    assert "Decided by the lead's vm_message text (LTT prefix)" in text
    assert "Campaign TESTCAMP's Answering Machine Message is 'LTTagent'" in text
    assert "Did not apply" in text  # the rules that were looked at and passed over

    # A request from outside (the CRM) shows up in the log without a reload.
    row = p.locator("#api-log tr.log-row").first
    newest = int(row.get_attribute("data-api-id") or 0)
    http.get("/agc/api.php", params={"source": "crm", "user": "6666", "pass": "1234",
                                     "agent_user": AGENT, "function": "external_pause",
                                     "value": "PAUSE"})
    p.wait_for_selector(f"#api-log tr.log-row[data-api-id='{newest + 1}']")
    log = p.locator("#api-log").inner_text()
    assert "external_pause" in log and "vm_message" in log

    ARTIFACTS.mkdir(exist_ok=True)
    p.locator("#work").screenshot(path=str(ARTIFACTS / "sandbox-walkthrough.png"))
    p.screenshot(path=str(ARTIFACTS / "sandbox-walkthrough-page.png"), full_page=True)
    assert http.get(url).text.startswith("SUCCESS: vm_message function set")  # the URL works


def test_every_form_control_has_a_label(page: object) -> None:
    unlabelled = page.evaluate(  # type: ignore[attr-defined]
        """() => [...document.querySelectorAll('input, select, textarea')]
             .filter(e => e.type !== 'hidden' && e.labels.length === 0
                          && !e.getAttribute('aria-label'))
             .map(e => e.outerHTML)""")
    assert unlabelled == []


def test_the_page_works_with_javascript_off(driver: object, http: httpx.Client,
                                            server_url: str, tmp_path: Path) -> None:
    assert http.post("/emulator/reset", content=DEMO_SCENARIO.read_bytes()).status_code == 200
    http.post(f"/emulator/agents/{AGENT}/call",
              json={"lead_id": int(LEAD), "answered_by": "machine"})
    context = open_browser(driver, tmp_path / "profile", java_script_enabled=False)
    try:
        tab = context.new_page()  # type: ignore[attr-defined]
        tab.goto(f"{server_url}/sandbox/")
        tab.locator(f"#agent-{AGENT}").get_by_role("button", name="VM", exact=True).click()
        tab.wait_for_url("**/sandbox/?note=*")
        text = tab.locator("#decisions article.decision").first.inner_text()
        assert "The call hangs up: nothing plays." in text
        assert "no vm_message text stored for the lead" in text
    finally:
        context.close()  # type: ignore[attr-defined]
