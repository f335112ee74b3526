"""The sandbox page, `/sandbox/`: a trainer's and a trainee's view of the emulator.

Pages are rendered on the server from what the control API and the Agent API
answer (called in process, see `control.py`); the page never reads the database.
Every action is a plain HTML form that POSTs to a `/sandbox/...` route, which
calls the control API and redirects back, so the page works with JavaScript off.
With JavaScript on, htmx (vendored in `static/`) submits the same forms without
a full reload and polls the agents' screens and the API log every two seconds.
"""

from __future__ import annotations

import re
import shlex
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile

from app.sandbox import functions
from app.sandbox.control import TOKEN_COOKIE, Control, ControlProblem, user_path
from app.sandbox.notebook import ConsoleResult, Decision, notebook, rule_name, table_changes
from app.sandbox.views import agent_card, live_agents, log_rows, page_choices
from app.scenario_library import ScenarioNotFound, scenario_body, shipped_names

if TYPE_CHECKING:
    from starlette.templating import Jinja2Templates

HERE = Path(__file__).parent
STATIC = HERE / "static"


@cache
def templates() -> Jinja2Templates:
    """The page templates, loaded with Jinja2 on the first page a server shows."""
    from starlette.templating import Jinja2Templates

    loaded = Jinja2Templates(directory=str(HERE / "templates"))
    loaded.env.globals["rule_name"] = rule_name
    return loaded


router = APIRouter(prefix="/sandbox", include_in_schema=False)

BUTTONS = ("pause", "resume", "hangup", "disposition", "logout")
LOG_ROWS = 50
FUNCTION_NAME = re.compile(r"^[a-z_0-9]{1,40}$")
CONSOLE_COOKIE = "viciemu_console"


def back(anchor: str = "", note: str = "", problem: str = "", **params: Any) -> Response:
    """Redirect to the page (after a form), with a note or a problem to show."""
    query = {k: v for k, v in {"note": note, "problem": problem, **params}.items() if v}
    url = "/sandbox/" + (f"?{urlencode(query)}" if query else "")
    return RedirectResponse(url + (f"#{anchor}" if anchor else ""), status_code=303)


def token_page(request: Request, problem: ControlProblem) -> Response:
    return templates().TemplateResponse(request, "token.html", {"problem": problem},
                                      status_code=401)


# -- the page and the parts of it that update live --------------------------------

@router.get("/", response_class=HTMLResponse)
async def page(request: Request) -> Response:
    query = request.query_params
    async with Control(request) as control:
        try:
            sessions = await live_agents(control)
            users = await control.table("vicidial_users")
            names = {str(u["user"]): u.get("full_name") or "" for u in users}
            cards = [await agent_card(control, s, names) for s in sessions]
            log = await control.get("/api-log", limit=LOG_ROWS)
            choices = await page_choices(control, users)
        except ControlProblem as problem:
            if problem.needs_token:
                return token_page(request, problem)
            raise
    book = notebook(request.app)
    # The console result asked for, else this browser's newest one.
    number = query.get("console") or request.cookies.get(CONSOLE_COOKIE, "")
    result = book.result(int(number)) if number.isdigit() else None
    given = query if "source" in query or result is None else result.given
    chosen = given.get("function") or functions.DEFAULT
    context = {
        "cards": cards, "log": log_rows(log), "newest_log": _newest(log),
        "choices": choices, "notebook": book, "scenarios": shipped_names(),
        "functions": functions.FUNCTIONS,
        "function": functions.BY_NAME.get(chosen, functions.BY_NAME[functions.DEFAULT]),
        "given": given, "result": result,
        "note": query.get("note", ""), "problem": query.get("problem", ""),
        "logged_in": {card["user"] for card in cards},
        "default_agent": cards[0]["user"] if cards else "",
    }
    return templates().TemplateResponse(request, "page.html", context)


def _newest(log: list[dict[str, Any]]) -> int:
    return int(log[0]["api_id"]) if log else 0


@router.get("/fragments/log", response_class=HTMLResponse)
async def log_fragment(request: Request, since: int = -1) -> Response:
    """The API log panel; 204 (nothing to swap) while no newer row arrived."""
    async with Control(request) as control:
        try:
            log = await control.get("/api-log", limit=LOG_ROWS)
        except ControlProblem as problem:
            return Response(problem.message, status_code=problem.status)
    if since >= 0 and _newest(log) == since:
        return Response(status_code=204)
    return templates().TemplateResponse(request, "_log.html", {
        "log": log_rows(log), "newest_log": _newest(log)})


@router.get("/fragments/agents/{user}", response_class=HTMLResponse)
async def screen_fragment(request: Request, user: str, seen: str = "") -> Response:
    """One agent's screen; 204 while it has not changed since `seen`."""
    async with Control(request) as control:
        try:
            sessions = [s for s in await live_agents(control) if str(s.get("user")) == user]
            if not sessions:
                return templates().TemplateResponse(request, "_screen.html", {"card": None,
                                                                            "user": user})
            card = await agent_card(control, sessions[0], {})
        except ControlProblem as problem:
            return Response(problem.message, status_code=problem.status)
    if seen and seen == card["digest"]:
        return Response(status_code=204)
    return templates().TemplateResponse(request, "_screen.html", {"card": card, "user": user})


@router.get("/fragments/console-params", response_class=HTMLResponse)
async def console_params(request: Request, function: str = functions.DEFAULT) -> Response:
    spec = functions.BY_NAME.get(function, functions.BY_NAME[functions.DEFAULT])
    return templates().TemplateResponse(request, "_params.html", {
        "function": spec, "given": request.query_params})


@router.get("/static/{name}")
async def static(name: str) -> Response:
    path = STATIC / name
    if "/" in name or name.startswith(".") or not path.is_file():
        return Response("no such file", status_code=404, media_type="text/plain")
    return FileResponse(path, headers={"Cache-Control": "max-age=300"})


# -- reset, export and the token --------------------------------------------------

@router.post("/reset")
async def reset(request: Request) -> Response:
    async with request.form() as form:
        upload = form.get("file")
        try:
            if isinstance(upload, UploadFile) and upload.filename:
                body, label = await upload.read(), upload.filename
            else:
                label = str(form.get("scenario") or "demo")
                body = scenario_body(label)
        except ScenarioNotFound as missing:
            return back("scenario", problem=str(missing))
    async with Control(request) as control:
        try:
            answer = await control.post("/reset", content=body)
        except ControlProblem as problem:
            return back("scenario", problem=f"{label} was not loaded: {problem.message}")
    book = notebook(request.app)
    book.decisions.clear()
    book.scenario = answer.get("name") or label
    rows = sum(answer.get("rows", {}).values())
    return back("scenario", note=f"Loaded {book.scenario!r}: {rows} rows; "
                                 f"screens start in {answer.get('screen_mode')} mode.")


@router.get("/export")
async def export(request: Request, output: str = "yaml") -> Response:
    kind = "json" if output == "json" else "yaml"
    async with Control(request) as control:
        try:
            answer = await control.raw("/export", output=kind, name="sandbox-export")
        except ControlProblem as problem:
            return back("scenario", problem=f"export failed: {problem.message}")
    return Response(answer.content, media_type=answer.headers.get("content-type"),
                    headers={"Content-Disposition":
                             f'attachment; filename="sandbox-export.{kind}"'})


@router.post("/token")
async def set_token(request: Request) -> Response:
    form = await request.form()
    answer = back(note="Control token saved for this browser.")
    answer.set_cookie(TOKEN_COOKIE, str(form.get("token", "")), httponly=True,
                      samesite="strict", path="/sandbox")
    return answer


# -- the other parties and the agent's buttons ------------------------------------

async def _act(request: Request, anchor: str, done: str, method: str, path: str,
               body: Any = None) -> Response:
    async with Control(request) as control:
        try:
            if method == "PUT":
                await control.put(path, body)
            else:
                await control.post(path, body)
        except ControlProblem as problem:
            return back(anchor, problem=problem.message)
    return back(anchor, note=done)


@router.post("/agents/login")
async def login(request: Request) -> Response:
    form = await request.form()
    user = str(form.get("user", ""))
    body = {"campaign_id": str(form.get("campaign_id", "")),
            "status": str(form.get("status") or "PAUSED")}
    return await _act(request, f"agent-{user}", f"Agent {user} logged in.", "POST",
                      f"/agents/{user_path(user)}/login", body)


@router.post("/agents/{user}/call")
async def call(request: Request, user: str) -> Response:
    form = await request.form()
    lead = str(form.get("lead_id", "")).strip()
    if not lead.isdigit():
        return back(f"agent-{user}", problem="lead_id: expected a lead's number")
    body: dict[str, Any] = {"lead_id": int(lead),
                            "direction": str(form.get("direction") or "outbound"),
                            "answered_by": str(form.get("answered_by") or "person")}
    if form.get("in_group"):
        body["in_group"] = str(form["in_group"])
    who = "an answering machine" if body["answered_by"] == "machine" else "a person"
    return await _act(request, f"agent-{user}",
                      f"A {body['direction']} call with lead {lead} ({who}) is on "
                      f"agent {user}'s screen.", "POST", f"/agents/{user_path(user)}/call",
                      body)


@router.post("/agents/{user}/buttons/{button}")
async def press(request: Request, user: str, button: str) -> Response:
    if button not in BUTTONS:
        return back(f"agent-{user}", problem=f"no such button: {button}")
    form = await request.form()
    body = {"status": str(form["status"])} if form.get("status") else None
    return await _act(request, f"agent-{user}", f"Agent {user} pressed {button}.", "POST",
                      f"/agents/{user_path(user)}/buttons/{button}", body)


@router.post("/agents/{user}/screen-mode")
async def screen_mode(request: Request, user: str) -> Response:
    form = await request.form()
    mode = str(form.get("mode", ""))
    return await _act(request, f"agent-{user}", f"Agent {user}'s screen is now {mode}.",
                      "PUT", f"/agents/{user_path(user)}/screen", {"mode": mode})


@router.post("/agents/{user}/tick")
async def tick(request: Request, user: str) -> Response:
    return await _act(request, f"agent-{user}", f"Agent {user}'s screen acted on its flags.",
                      "POST", f"/agents/{user_path(user)}/screen/tick")


@router.post("/agents/{user}/vm")
async def vm(request: Request, user: str) -> Response:
    form = await request.form()
    pick = str(form["pick"]) if form.get("pick") else None
    async with Control(request) as control:
        try:
            session = await control.get(f"/agents/{user_path(user)}")
            answer = await control.post(f"/agents/{user_path(user)}/vm-button",
                                        {"pick": pick} if pick else None)
        except ControlProblem as problem:
            return back(f"agent-{user}", problem=f"VM for agent {user}: {problem.message}")
    book = notebook(request.app)
    decision = Decision(next(book.vm_numbers), request.app.state.clock.now_text(), user,
                        session.get("lead_id"), pick, answer.get("choices"),
                        answer.get("decision"))
    book.decisions.appendleft(decision)
    if decision.answer is None:
        return back(f"agent-{user}", note=f"Agent {user}'s VM Message Group offers "
                                          f"{len(decision.choices or [])} messages: pick one.")
    return back(f"decision-{decision.number}", note=f"VM pressed for agent {user}: "
                                                    f"{decision.outcome}")


# -- the API console --------------------------------------------------------------

@router.post("/console")
async def console(request: Request) -> Response:
    form = await request.form()
    name = str(form.get("function", ""))
    if not FUNCTION_NAME.match(name):
        return back("console", problem="function: expected an Agent API function's name")
    spec = functions.BY_NAME.get(name, functions.Function(name, ""))
    pairs = [(key, str(form.get(key, ""))) for key in ("source", "user", "pass")]
    if spec.agent or form.get("agent_user"):
        pairs.append(("agent_user", str(form.get("agent_user", ""))))
    pairs.append(("function", name))
    pairs += [(p.name, str(form[f"p_{p.name}"])) for p in spec.params
              if form.get(f"p_{p.name}")]
    pairs += parse_qsl(str(form.get("extra", "")), keep_blank_values=True)
    query = urlencode(pairs, safe="|*:,!")
    async with Control(request) as control:
        try:
            before = await control.get("/state")
            answer = await control.agent_api(query)
            after = await control.get("/state")
        except ControlProblem as problem:
            return back("console", problem=f"not sent: {problem.message}")
    sent = answer.request.url.query.decode("ascii")
    url = f"{control.base_url}/agc/api.php?{sent}"
    book = notebook(request.app)
    result = ConsoleResult(
        next(book.request_numbers), request.app.state.clock.now_text(), name, url,
        f"curl {shlex.quote(url)}",
        answer.status_code, answer.headers.get("content-type", ""), answer.text,
        table_changes(before, after), {k: str(v) for k, v in form.items()})
    book.results.appendleft(result)
    redirect = back("console-result", console=str(result.number), function=name)
    redirect.set_cookie(CONSOLE_COOKIE, str(result.number), path="/sandbox", samesite="strict")
    return redirect


# -- the tables, to follow a log row to the state it changed ----------------------

@router.get("/tables", response_class=HTMLResponse)
async def tables(request: Request) -> Response:
    async with Control(request) as control:
        try:
            names = await control.get("/tables")
        except ControlProblem as problem:
            return token_page(request, problem)
    return templates().TemplateResponse(request, "tables.html", {"names": names})


@router.get("/tables/{table}", response_class=HTMLResponse)
async def table(request: Request, table: str) -> Response:
    async with Control(request) as control:
        try:
            rows = await control.table(table)
        except ControlProblem as problem:
            if problem.needs_token:
                return token_page(request, problem)
            return templates().TemplateResponse(request, "table.html", {
                "table": table, "rows": [], "columns": [], "problem": problem.message,
                "filters": {}}, status_code=problem.status)
    filters = {k: v for k, v in request.query_params.items() if k != "all"}
    shown = [row for row in rows
             if all(str(row.get(k, "")).lower() == v.lower() for k, v in filters.items())]
    columns = list(rows[0]) if rows else []
    if request.query_params.get("all") != "1":
        columns = [c for c in columns if any(r.get(c) not in ("", None) for r in shown)]
    return templates().TemplateResponse(request, "table.html", {
        "table": table, "rows": shown, "columns": columns, "filters": filters,
        "problem": "", "total": len(rows)})
