"""The control API's request and answer bodies."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ResetAnswer(BaseModel):
    format: str
    name: str | None = None
    screen_mode: str | None = None
    rows: dict[str, int]
    ignored_tables: list[str] = Field(
        description="Tables of the document the emulator does not model (not loaded).")
    kept_columns: dict[str, list[str]] = Field(
        description="Columns kept as given but never read by the emulator, per table.")


class VoicemailDropRequest(Strict):
    """What reached the voicemail-drop extension: the recorded cases' `call`."""

    extension: str = Field(description="8320*CAMPAIGN*PHONE_CODE*PHONE*LEAD",
                           pattern=r"^8320\*")
    caller_code: str = ""
    uniqueid: str = ""
    channel: str = ""
    amd_status: str | None = "MACHINE"
    amd_cause: str | None = "LONGGREETING-2000-1500"
    caller_id_number: str = Field(
        default="3125551000", description="The caller id number the channel carries.")


class VmButtonRequest(Strict):
    pick: str | None = Field(default=None, description="The VM Message Group file picked.")


class LoginRequest(Strict):
    campaign_id: str
    status: Literal["READY", "PAUSED"] = "PAUSED"
    closer_campaigns: str | None = Field(
        default=None, description="In-groups taken, ' SALESLINE SUPPORT -' form.")


class CallRequest(Strict):
    lead_id: int = Field(gt=0)
    direction: Literal["outbound", "inbound"] = "outbound"
    answered_by: Literal["person", "machine"] = "person"
    in_group: str | None = Field(default=None, description="For inbound calls.")
    caller_code: str | None = Field(
        default=None, description="Defaults to VICIdial's form: V/Y + mdHis + lead.")


class ProblemAnswer(BaseModel):
    error: str
    field: str | None = None
    expected: str | None = None
    problems: list[dict[str, Any]] | None = None
