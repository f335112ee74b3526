"""What the drop writes: statuses, the call log, recordings and daily counts.

Every write is the real script's UPDATE or INSERT, done in the caller's
session; values are capped at their column's size as non-strict MariaDB does.
"""

from __future__ import annotations

import re

from sqlalchemy import func, or_, select

from app.state.compare import same_text
from app.state.models import CallLog, DailyMessageCount, Lead, LeadMessage
from app.state.models.call_extras import CallLogDetail, Recording
from app.state.types import ZERO_DATETIME
from app.voicemail.run import DropRun
from app.voicemail.values import as_text, exec_command, perl_int, substitute

MAX_PLAYED = 127  # vicidial_lead_messages.played is a TINYINT
MAX_COUNT = 65535  # the vicidial_vmm_counts columns are SMALLINT UNSIGNED
MONITOR_DIR = "/var/spool/asterisk/monitor/MIX"


def set_lead_status(run: DropRun, status: str) -> None:
    if not run.status_updates:
        return
    lead = run.session.get(Lead, run.lead_id)
    if lead is not None:
        lead.status = status


def set_log_status(run: DropRun, status: str) -> None:
    row = run.session.get(CallLog, run.log_uniqueid)
    if row is not None and row.lead_id == run.lead_id:
        row.status = status


def set_statuses(run: DropRun, status: str) -> None:
    """The call log row and (unless switched off) the lead get the status."""
    set_log_status(run, status)
    set_lead_status(run, status)


def mark_answered(run: DropRun) -> None:
    """Statuses become AA, the live call XFER, and the call log row is settled."""
    if "CPD" not in run.amd_status:
        set_lead_status(run, "AA")
    if run.live_call is not None:
        run.live_call.status = "XFER"
    settle_call_log(run)


def settle_call_log(run: DropRun) -> None:
    """Update the lead's oldest matching call log row, or insert one."""
    rows = _matching_log_rows(run)
    if not rows:
        _insert_call_log(run)
        return
    if len(rows) > 1:
        run.session.delete(rows[0])
    # The script keeps the uniqueid of the last row it read: the oldest one.
    row = rows[-1]
    run.log_uniqueid = as_text(row.uniqueid)
    row.status = "AA"
    row.end_epoch = run.epoch
    row.length_in_sec = run.epoch - perl_int(row.start_epoch)
    row.list_id = run.list_id or 0
    row.called_count = run.called_count
    removed = " after deleting the newest duplicate" if len(rows) > 1 else ""
    run.note("call_log", True,
             f"Call log row {run.log_uniqueid} of lead {run.lead_id} is marked AA{removed}.")


def _matching_log_rows(run: DropRun) -> list[CallLog]:
    prefixes = [_without_sequence(run.call.uniqueid)]
    known = _known_uniqueid(run)
    if len(known) > 1:
        prefixes.append(_without_sequence(known))
    query = select(CallLog).where(
        CallLog.lead_id == run.lead_id, or_(*(CallLog.uniqueid.like(p + "%") for p in prefixes)))
    order = (CallLog.call_date.is_(None), CallLog.call_date.desc(), CallLog.uniqueid)
    return list(run.session.scalars(query.order_by(*order).limit(10)).all())


def _without_sequence(uniqueid: str) -> str:
    return re.sub(r"\.\d+$", "", uniqueid)


def _known_uniqueid(run: DropRun) -> str:
    """The live call's uniqueid, else the newest extended log row's for the caller id."""
    if run.live_call is not None:
        return as_text(run.live_call.uniqueid)
    row = run.session.scalars(
        select(CallLogDetail).where(same_text(CallLogDetail.caller_code, run.callerid))
        .order_by(CallLogDetail.call_date.is_(None), CallLogDetail.call_date.desc())
        .limit(1)).first()
    return as_text(row.uniqueid) if row is not None else ""


def _insert_call_log(run: DropRun) -> None:
    run.log_uniqueid = run.call.uniqueid
    if run.session.get(CallLog, run.log_uniqueid) is not None:
        run.note("call_log", False,
                 f"Lead {run.lead_id} has no call log row for this call, and the insert "
                 f"collides with uniqueid {run.log_uniqueid}, so it fails silently.")
        return
    run.session.add(CallLog(
        uniqueid=run.log_uniqueid, lead_id=run.lead_id, campaign_id=run.campaign_id,
        call_date=run.now_text, start_epoch=run.epoch, status="AA",
        phone_code=run.phone_code, phone_number=run.phone_number, user="VDAD",
        processed="N", length_in_sec=3, end_epoch=run.epoch + 3,
        list_id=run.list_id or 0, called_count=run.called_count))
    run.note("call_log", True,
             f"Lead {run.lead_id} has no call log row for this call, so one is inserted "
             "for user VDAD with status AA.")


def log_caller_code(run: DropRun) -> None:
    """The extended call log ties the uniqueid to the caller code (not for CPD)."""
    if "CPD" in run.amd_status:
        return
    query = select(func.count()).select_from(CallLogDetail).where(
        same_text(CallLogDetail.uniqueid, run.log_uniqueid))
    if (run.session.scalar(query) or 0) > 0:
        return
    server_ip = run.server.server_ip if run.server is not None else ""
    run.session.add(CallLogDetail(
        uniqueid=run.log_uniqueid, server_ip=server_ip, call_date=run.now_text,
        lead_id=run.lead_id, caller_code=run.callerid, custom_call_id=""))


def start_survey_recording(run: DropRun) -> None:
    """A Y_WITH_AMD survey campaign records the machine: Monitor, then recording_log."""
    if "Y_WITH_AMD" not in run.settings.survey_recording:
        return
    if "CPD" in run.amd_status and _recorded_already(run):
        return
    filename = recording_filename(run)
    run.exec_commands.append(_monitor_command(run, f"{MONITOR_DIR}/{filename}"))
    run.session.add(Recording(
        channel=run.call.channel, server_ip=run.server.server_ip if run.server else "",
        extension=run.phone_number, start_time=run.now_text, start_epoch=run.epoch,
        length_in_sec=0, filename=filename, lead_id=run.lead_id, user="VDAD",
        location=filename, vicidial_id=run.log_uniqueid))
    run.note("survey_recording", True,
             f"survey_recording is Y_WITH_AMD, so the machine is recorded as {filename!r}.")


def _recorded_already(run: DropRun) -> bool:
    query = select(func.count()).select_from(Recording).where(
        Recording.vicidial_id == run.log_uniqueid, Recording.lead_id == run.lead_id,
        Recording.user == "VDAD")
    return (run.session.scalar(query) or 0) > 0


def recording_filename(run: DropRun) -> str:
    """The campaign's recording file name with its words filled in."""
    template = run.settings.campaign_rec_filename
    vendor = ""
    if "VENDORLEADCODE" in template:
        lead = run.session.get(Lead, run.lead_id)
        vendor = as_text(lead.vendor_lead_code) if lead is not None else ""
    now = run.now
    words = (("CAMPAIGN", run.campaign_id), ("INGROUP", run.campaign_id),
             ("CUSTPHONE", run.phone_number), ("FULLDATE", now.strftime("%Y%m%d-%H%M%S")),
             ("TINYDATE", f"{now.year - 2000}{now:%m%d%H%M%S}"), ("EPOCH", str(run.epoch)),
             ("AGENT", "VDAD"), ("VENDORLEADCODE", vendor), ("LEADID", str(run.lead_id)),
             ("CALLID", run.callerid))
    name = template
    for word, value in words:
        name = substitute(word, value, name)
    return re.sub(r"[\"' ]", "", name)


def _monitor_command(run: DropRun, path: str) -> str:
    version = as_text(run.server.asterisk_version) if run.server is not None else ""
    dots = version.split("-")[0].split(".") + ["", ""]
    minor = perl_int(dots[1]) if perl_int(dots[0]) <= 1 else perl_int(dots[0])
    if minor < 6:
        return exec_command(f"Monitor wav|{path}", None)
    return exec_command("Monitor", f"wav,{path}")


def count_message(run: DropRun) -> None:
    """vmm_count goes up by one: a new row for today, or the existing one."""
    row = _daily_row(run)
    if row is None:
        run.session.add(DailyMessageCount(call_date=run.today, lead_id=run.lead_id,
                                          vmm_count=1, vmm_played=0))
    else:
        row.vmm_count = min(perl_int(row.vmm_count) + 1, MAX_COUNT)


def count_played(run: DropRun) -> None:
    row = _daily_row(run)
    if row is not None:
        row.vmm_played = min(perl_int(row.vmm_played) + 1, MAX_COUNT)


def _daily_row(run: DropRun) -> DailyMessageCount | None:
    return run.session.scalars(select(DailyMessageCount).where(
        DailyMessageCount.lead_id == run.lead_id,
        DailyMessageCount.call_date == run.today).limit(1)).first()


def bump_lead_message(run: DropRun, message: LeadMessage) -> None:
    """played + 1 on the first of the lead's messages stored at the same moment."""
    when = message.call_date if message.call_date is not None else ZERO_DATETIME
    row = run.session.scalars(select(LeadMessage).where(
        LeadMessage.lead_id == run.lead_id, LeadMessage.call_date == when)
        .order_by(LeadMessage.message_id).limit(1)).first()
    if row is not None:
        row.played = min(perl_int(row.played) + 1, MAX_PLAYED)
