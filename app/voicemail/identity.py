"""Who the call is: its caller code, its lead, its live call and campaign.

The drop trusts the caller code over the extension it was sent to: the lead
encoded in the caller code and the campaign of the caller code's live call
win, and the extension only fills what they leave empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from app.state.compare import same_text
from app.state.models import Lead, LiveCall, Server
from app.voicemail.run import DropCall, DropRun
from app.voicemail.values import perl_int

_NINETEEN_DIGITS = re.compile(r"\d{19}")
_ANONYMOUS_NUMBER = re.compile(r"unknown|private|00000000", re.IGNORECASE)


@dataclass(frozen=True)
class Extension:
    """The parts of `8320*CAMPAIGN*PHONE_CODE*PHONE*LEAD`."""

    campaign_id: str = ""
    phone_code: str = ""
    phone_number: str = ""
    lead_id: str = ""

    @classmethod
    def parse(cls, extension: str) -> Extension:
        if "*" not in extension:
            return cls()
        parts = extension.split("*") + [""] * 5
        return cls(parts[1], parts[2], parts[3], parts[4])


def takes_caller_name(call: DropCall) -> bool:
    """Whether the caller name, not the number, identifies the call."""
    name, number = call.caller_code or "", call.caller_id_number or ""
    anonymous = not number or bool(_ANONYMOUS_NUMBER.search(number)) or "5551212" in number
    if len(name) > 5 and anonymous:
        return True
    return len(name) > 17 and bool(_NINETEEN_DIGITS.search(name))


def caller_id(call: DropCall) -> str:
    """The id the script looks the call up by: the caller code, or else the number."""
    chosen = call.caller_code if takes_caller_name(call) else call.caller_id_number
    return (chosen or "").replace('"', "").split(" ", 1)[0]


def identify_call(run: DropRun) -> None:
    """Fill in the run's caller id, lead, live call, campaign, phone and server."""
    extension = Extension.parse(run.call.extension)
    run.callerid = caller_id(run.call)
    _note_caller_code(run)
    _choose_lead(run, extension)
    _choose_campaign(run, extension)
    ip = run.live_call.server_ip if run.live_call is not None else None
    run.server = local_server(run, ip)
    _read_lead_list(run)


def _note_caller_code(run: DropRun) -> None:
    name = run.call.caller_code
    if takes_caller_name(run.call):
        run.note("caller_code", True,
                 f"The caller name {name!r} is a dialer caller code, so the call is "
                 f"looked up by {run.callerid!r}.")
        return
    run.note("caller_code", False,
             f"The caller name {name!r} is not a dialer caller code, so live calls and "
             f"agent picks are looked up by the caller number {run.callerid!r}.")


def _choose_lead(run: DropRun, extension: Extension) -> None:
    from_code = perl_int(run.callerid[10:20])
    from_extension = perl_int(extension.lead_id)
    if from_code <= 0 and from_extension <= 0:
        run.lead_id = from_code
        run.note("caller_code_lead", False,
                 "Neither the caller id nor the extension names a lead, so the drop "
                 f"works on lead {from_code}.")
        return
    if from_code > 0:
        run.lead_id = from_code
        beats = ("the lead the extension names too" if from_code == from_extension
                 else f"which beats the extension's lead {extension.lead_id!r}")
        run.note("caller_code_lead", True,
                 f"Characters 11-20 of {run.callerid!r} give lead {from_code}, {beats}.")
        return
    run.lead_id = from_extension
    run.note("caller_code_lead", False,
             f"{run.callerid!r} encodes no lead, so lead {from_extension} comes from "
             f"the extension.")


def _choose_campaign(run: DropRun, extension: Extension) -> None:
    live = run.session.scalars(
        select(LiveCall).where(same_text(LiveCall.callerid, run.callerid))
        .order_by(LiveCall.auto_call_id.desc()).limit(1)).first()
    run.live_call = live
    if live is not None:
        run.campaign_id = live.campaign_id or ""
        run.phone_code = live.phone_code or ""
        run.phone_number = live.phone_number or ""
    # A single-character value in the extension is never used.
    if len(extension.campaign_id) > 1 and not run.campaign_id:
        run.campaign_id = extension.campaign_id
    if len(extension.phone_code) > 1 and not run.phone_code:
        run.phone_code = extension.phone_code
    if len(extension.phone_number) > 1 and not run.phone_number:
        run.phone_number = extension.phone_number
    _note_live_call(run, extension)


def _note_live_call(run: DropRun, extension: Extension) -> None:
    if run.live_call is not None:
        beats = ("the campaign the extension names too"
                 if run.campaign_id == extension.campaign_id
                 else f"which beats the extension's {extension.campaign_id!r}")
        run.note("live_call", True,
                 f"The newest live call of {run.callerid!r} names campaign "
                 f"{run.campaign_id!r}, {beats}.")
        return
    run.note("live_call", False,
             f"No live call carries {run.callerid!r}, so the campaign "
             f"{run.campaign_id!r} comes from the extension.")


def local_server(run: DropRun, server_ip: str | None) -> Server | None:
    """The server running the drop: the live call's, else the first one."""
    query = select(Server).order_by(Server.server_id)
    if server_ip:
        found = run.session.scalars(
            query.where(same_text(Server.server_ip, server_ip)).limit(1)).first()
        if found is not None:
            return found
    return run.session.scalars(query.limit(1)).first()


def _read_lead_list(run: DropRun) -> None:
    lead = run.session.get(Lead, run.lead_id)
    if lead is not None:
        run.list_id = lead.list_id
        run.called_count = lead.called_count or 0
