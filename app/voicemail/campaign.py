"""The campaign side of the drop: agent routing, status switch and settings.

The settings come from the campaign the call belongs to; when that ID is an
in-group instead, from the first campaign that takes the in-group in its
`closer_campaigns`, read with the real script's off-by-one columns.
"""

from __future__ import annotations

import re

from sqlalchemy import func, select

from app.state.compare import same_text
from app.state.models import Campaign, DailyMessageCount, SettingsContainer
from app.state.queries import system_settings
from app.voicemail.run import DropRun, DropSettings, Ending
from app.voicemail.values import as_text, perl_int, perl_search


def find_campaign(run: DropRun, campaign_id: str) -> Campaign | None:
    return run.session.scalars(
        select(Campaign).where(same_text(Campaign.campaign_id, campaign_id)).limit(1)).first()


def container_entry(run: DropRun, container_id: str) -> str | None:
    """A settings container's entry; None when there is no such container."""
    container = run.session.scalars(
        select(SettingsContainer).where(same_text(SettingsContainer.container_id,
                                                  container_id)).limit(1)).first()
    return None if container is None else as_text(container.container_entry)


def switch_status_updates(run: DropRun, manual_vm_status_updates: str) -> None:
    """Manual and inbound caller codes leave the lead's status alone when DISABLED."""
    if not re.search("DISABLED", manual_vm_status_updates, re.IGNORECASE):
        return
    code = run.call.caller_code or ""
    hits = re.match(r"M|Y|DC", code) is not None
    if run.status_updates and hits:
        run.status_updates = False
        run.note("status_updates", True,
                 f"manual_vm_status_updates is DISABLED and caller code {code!r} is a "
                 "manual or inbound call, so the lead's status is not changed.")
    elif not hits and not any(s.rule == "status_updates" for s in run.steps):
        run.note("status_updates", False,
                 f"manual_vm_status_updates is DISABLED, but it only stops updates for "
                 f"M, Y and DC caller codes, not {code!r}.")


def check_agent_route(run: DropRun) -> Ending | None:
    """With AMD agent routing on, a matching container line sends the call back."""
    campaign = find_campaign(run, run.campaign_id)
    route = as_text(campaign.amd_agent_route_options) if campaign else ""
    switch_status_updates(run, as_text(campaign.manual_vm_status_updates) if campaign else "")
    if not re.search("ENABLED", route, re.IGNORECASE):
        return None
    entry = container_entry(run, f"AMD_AGENT_OPT_{run.campaign_id}") or ""
    matches = _agent_route_matches(run, entry)
    if matches and len(entry) > 3:
        run.note("agent_route", True,
                 f"Container AMD_AGENT_OPT_{run.campaign_id} has a line for "
                 f"{run.amd_status},{run.amd_response}, so the script exits at once and "
                 "the dialplan hangs up.")
        return Ending("agent_route")
    run.note("agent_route", False,
             f"No line of container AMD_AGENT_OPT_{run.campaign_id} matches "
             f"{run.amd_status},{run.amd_response}, so the drop goes on.")
    return None


def _agent_route_matches(run: DropRun, entry: str) -> int:
    """Count the `STATUS,RESPONSE` lines that match; note a NOAUDIODATA hang-up line."""
    if len(entry) <= 3:
        return 0
    matches = 0
    for raw in entry.split("\n"):
        line = re.sub(r";.*|\r|\t| ", "", raw)
        if len(line) > 3 and "," in line:
            parts = line.split(",") + [""]
            status_ok = perl_search(f"^{run.amd_status}$", parts[0])
            matches += status_ok and perl_search(f"^{run.amd_response}$", parts[1])
        if "NOAUDIODATA-Hangup-ENABLED" in line:
            run.noaudiodata_hangup = True
    return matches


def load_settings(run: DropRun) -> None:
    """The message settings: the call's campaign, or the in-group's closer campaign."""
    campaign = find_campaign(run, run.campaign_id)
    if campaign is not None:
        run.settings = _campaign_settings(campaign)
        run.note("campaign_message", True,
                 f"Campaign {campaign.campaign_id}'s Answering Machine Message is "
                 f"{run.settings.am_message_exten!r}.")
    else:
        _load_closer_settings(run)
    switch_status_updates(run, run.settings.manual_vm_status_updates)
    run.message = run.settings.am_message_exten
    run.decided_by = "campaign_message"
    _note_call_quota(run)
    _read_daily_count(run)


def _campaign_settings(campaign: Campaign, source: str = "campaign") -> DropSettings:
    return DropSettings(
        source=source,
        selected_campaign=as_text(campaign.campaign_id),
        am_message_exten=as_text(campaign.am_message_exten),
        waitforsilence_options=as_text(campaign.waitforsilence_options),
        survey_recording=as_text(campaign.survey_recording),
        campaign_rec_filename=as_text(campaign.campaign_rec_filename),
        cpd_amd_action=as_text(campaign.cpd_amd_action),
        cpd_unknown_action=as_text(campaign.cpd_unknown_action),
        amd_inbound_group=as_text(campaign.amd_inbound_group),
        amd_callmenu=as_text(campaign.amd_callmenu),
        am_message_wildcards=as_text(campaign.am_message_wildcards),
        call_quota_lead_ranking=as_text(campaign.call_quota_lead_ranking),
        vmm_daily_limit=perl_int(campaign.vmm_daily_limit),
        manual_vm_status_updates=as_text(campaign.manual_vm_status_updates),
    )


def _closer_settings(campaign: Campaign) -> DropSettings:
    settings = _campaign_settings(campaign, source="closer_campaign")
    # The fallback SELECT has one column fewer, but the script reads the same
    # positions: the limit comes from manual_vm_status_updates ('ENABLED' is 0),
    # and manual_vm_status_updates from a column that is not there.
    return DropSettings(**{
        **settings.__dict__,
        "call_quota_lead_ranking": "DISABLED",
        "vmm_daily_limit": perl_int(campaign.manual_vm_status_updates),
        "manual_vm_status_updates": "",
    })


def _load_closer_settings(run: DropRun) -> None:
    closer = closer_campaign(run, run.campaign_id)
    if closer is None:
        run.note("campaign_message", False,
                 f"{run.campaign_id!r} is not a campaign and no campaign takes it as an "
                 "in-group, so the message starts out empty.")
        return
    run.settings = _closer_settings(closer)
    run.note("campaign_message", True,
             f"{run.campaign_id!r} is an in-group, so the settings come from campaign "
             f"{closer.campaign_id}, the first (active first) that takes it; its "
             f"message is {run.settings.am_message_exten!r}.")


def closer_campaign(run: DropRun, group_id: str) -> Campaign | None:
    """The first campaign whose closer_campaigns holds ` GROUP `, active ones first."""
    pattern = "% " + group_id.lower().replace("_", "\\_") + " %"
    found = run.session.scalars(select(Campaign).where(
        func.lower(Campaign.closer_campaigns).like(pattern, escape="\\"))).all()
    if not found:
        return None
    return min(found, key=lambda c: (_active_rank(c.active), (c.campaign_id or "").lower()))


def _active_rank(active: str | None) -> int:
    """MariaDB sorts an ENUM('Y','N') by position: NULL, then '', then Y, then N."""
    if active is None:
        return 0
    return {"Y": 2, "N": 3}.get(active.upper(), 1)


def _note_call_quota(run: DropRun) -> None:
    system = perl_int(system_settings(run.session).call_quota_lead_ranking)
    ranking = run.settings.call_quota_lead_ranking
    if system > 0 and not re.fullmatch("DISABLED", ranking, re.IGNORECASE):
        run.note("call_quota", False,
                 f"Campaign call quota ranking {ranking!r} is on, but the emulator keeps "
                 "no call-quota counts, so nothing is logged for it.")


def _read_daily_count(run: DropRun) -> None:
    if run.settings.vmm_daily_limit <= 0:
        return
    row = run.session.scalars(select(DailyMessageCount).where(
        DailyMessageCount.lead_id == run.lead_id,
        DailyMessageCount.call_date == run.today).limit(1)).first()
    run.daily_count = (row.vmm_count or 0) if row is not None else 0
