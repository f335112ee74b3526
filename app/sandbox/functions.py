"""What the API console knows about each Agent API function: its parameters and their values.

Written for this project from VICIdial's Agent API documentation (AGENT_API.txt of
2.14): every call carries `source`, `user`, `pass` and (for most functions)
`agent_user`; the table below lists what each function adds on top.
"""

from __future__ import annotations

from dataclasses import dataclass

YES_NO = ("YES", "NO")


@dataclass(frozen=True)
class Param:
    name: str
    hint: str
    choices: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class Function:
    name: str
    summary: str
    params: tuple[Param, ...] = ()
    agent: bool = True  # whether the call names an agent_user


def value(hint: str, *choices: str, required: bool = True) -> Param:
    return Param("value", hint, tuple(choices), required)


LEAD_FIELDS = (
    "address1", "address2", "address3", "alt_phone", "city", "comments", "country_code",
    "date_of_birth", "email", "first_name", "gender", "gmt_offset_now", "last_name",
    "middle_initial", "phone_number", "phone_code", "postal_code", "province",
    "security_phrase", "source_id", "state", "title", "vendor_lead_code", "rank", "owner",
)
PANELS = ("formreload", "scriptreload", "script2reload", "emailreload", "chatreload")


def lead_fields() -> tuple[Param, ...]:
    return tuple(Param(name, "new value for the lead's field") for name in LEAD_FIELDS)


def panel_flags(*extra: str) -> tuple[Param, ...]:
    return tuple(Param(name, "1 to ask the screen to reload it", ("1",))
                 for name in PANELS + extra)


FRONTER = (value("where to look for the fronter", "LOCAL_ONLY", "LOCAL_AND_CCC", "CCC_REMOTE"),
           Param("lead_id", "only with CCC_REMOTE"))

FUNCTIONS: tuple[Function, ...] = (
    Function("vm_message", "Store the message the answering machine hears when the agent "
             "clicks VM (campaign message LTTagent).", (
                 value("audio file(s) to play, several joined by |"),
                 Param("lead_id", "optional: must be the lead on the agent's call"))),
    Function("external_pause", "Pause or resume the agent; a pause during a call waits "
             "until the call is dispositioned.", (value("", "PAUSE", "RESUME"),)),
    Function("external_hangup", "Hang up the customer call on the agent's screen.",
             (value("1 is the only accepted value", "1"),)),
    Function("external_status", "Disposition the current call with a status.", (
        value("a status code known to the system, e.g. A, SALE, CALLBK"),
        Param("callback_datetime", "YYYY-MM-DD+HH:MM:SS, for callback statuses"),
        Param("callback_type", "who gets the callback", ("ANYONE", "USERONLY")),
        Param("callback_comments", "shown when the callback comes up (under 200 chars)"),
        Param("qm_dispo_code", "QueueMetrics call status code"))),
    Function("logout", "Log the agent out (after the live call, if there is one).",
             (value("", "LOGOUT"),)),
    Function("pause_code", "Set the pause code of a paused agent.",
             (value("pause code, 6 characters at most"),)),
    Function("external_dial", "Dial a number or a lead on the agent's screen.", (
        value("phone number, or MANUALNEXT for the Dial Next Number button", required=False),
        Param("lead_id", "a lead to dial (wins over value)"),
        Param("phone_code", "country code, 1 for USA/Canada"),
        Param("search", "look the number up in the campaign's lists first", YES_NO),
        Param("preview", "show the lead without dialing", YES_NO),
        Param("focus", "bring the agent screen to the front", YES_NO),
        Param("vendor_id", "vendor lead code"),
        Param("dial_prefix", "prefix added in front of the dial string"),
        Param("group_alias", "caller id from an existing group alias"),
        Param("vtiger_callback", "look the number up from a Vtiger event", YES_NO),
        Param("alt_user", "find the agent by vicidial_users.custom_three instead"),
        Param("alt_dial", "with lead_id: which of the lead's numbers",
              ("MAIN", "ALT", "ADDR3", "SEARCH")),
        Param("dial_ingroup", "place it as an outbound call of this in-group"),
        Param("outbound_cid", "caller id to send (needs Outbound Call Any CID)"))),
    Function("preview_dial_action", "Act on a lead being previewed or alt-dialed.",
             (value("", "SKIP", "DIALONLY", "ALTDIAL", "ADR3DIAL", "FINISH"),)),
    Function("external_add_lead", "Add a lead to the manual dial list of the agent's "
             "campaign.", (Param("dnc_check", "check the system DNC list", ("YES", "NO")),
                           Param("campaign_dnc_check", "check the campaign DNC list",
                                 ("YES", "NO"))) + lead_fields()),
    Function("update_fields", "Change fields of the lead on the agent's screen.",
             lead_fields() + panel_flags()),
    Function("refresh_panel", "Reload panels of the agent screen.",
             panel_flags("callbacksreload")),
    Function("change_ingroups", "Change the in-groups a logged-in agent takes calls from.", (
        value("", "CHANGE", "REMOVE", "ADD"),
        Param("blended", "also take outbound auto-dialed calls", YES_NO),
        Param("ingroup_choices", "space-separated in-groups, e.g. ' TEST_IN SALESLINE -'"),
        Param("set_as_default", "also save them on the user", YES_NO))),
    Function("set_timer_action", "Trigger a screen action some seconds into the call.", (
        value("", "NONE", "WEBFORM", "WEBFORM2", "D1_DIAL", "D2_DIAL", "D3_DIAL", "D4_DIAL",
              "D5_DIAL", "MESSAGE_ONLY"),
        Param("notes", "message shown with the action"),
        Param("rank", "seconds into the call"))),
    Function("send_dtmf", "Send touch tones into the agent's session.",
             (value("digits; P is #, S is *, Q is one second of silence"),)),
    Function("park_call", "Park or grab the customer or the third party.", (
        value("", "PARK_CUSTOMER", "GRAB_CUSTOMER", "PARK_IVR_CUSTOMER", "GRAB_IVR_CUSTOMER",
              "PARK_XFER", "GRAB_XFER", "SWAP_PARK_CUSTOMER", "SWAP_PARK_XFER",
              "HANGUP_XFER_GRAB_CUSTOMER"),)),
    Function("transfer_conference", "Commands of the transfer-conference frame.", (
        value("", "HANGUP_XFER", "HANGUP_BOTH", "BLIND_TRANSFER", "LEAVE_VM", "LOCAL_CLOSER",
              "DIAL_WITH_CUSTOMER", "PARK_CUSTOMER_DIAL", "LEAVE_3WAY_CALL"),
        Param("phone_number", "number to transfer to or dial"),
        Param("ingroup_choices", "one active in-group, or DEFAULTINGROUP"),
        Param("consultative", "with DIAL_WITH_CUSTOMER / PARK_CUSTOMER_DIAL", YES_NO),
        Param("dial_override", "dial the number exactly as given", YES_NO),
        Param("group_alias", "caller id from a group alias"),
        Param("cid_choice", "caller id to use",
              ("CAMPAIGN", "AGENT_PHONE", "CUSTOMER", "CUSTOM_CID")),
        Param("multi_dial_phones", "up to 10 numbers separated by commas"),
        Param("md_check", "refuse while earlier press-1 calls are live", ("YES",)),
        Param("tw_check", "refuse while earlier 3-way calls are live", ("YES",)))),
    Function("recording", "Start or stop recording, or ask whether it records.", (
        value("", "START", "STOP", "STATUS"),
        Param("stage", "with START: text added to the file name (14 chars)"))),
    Function("audio_playback", "Play, stop, pause, resume or restart audio in the session.", (
        Param("stage", "", ("PLAY", "STOP", "PAUSE", "RESUME", "RESTART"), True),
        value("with PLAY: audio store file name, without extension", required=False),
        Param("dial_override", "with PLAY: play without stopping what plays", ("Y", "N")))),
    Function("switch_lead", "On a live inbound call, put another lead on the screen.", (
        Param("lead_id", "the lead to switch to"),
        Param("vendor_lead_code", "or its vendor lead code"))),
    Function("call_agent", "Call the agent's phone into the session.", (value("", "CALL"),)),
    Function("webphone_url", "Show (or open) the agent's webphone URL.",
             (value("", "DISPLAY", "LAUNCH"),)),
    Function("calls_in_queue_count", "Count the calls waiting that could go to the agent.",
             (value("", "DISPLAY"),)),
    Function("force_fronter_leave_3way", "Make the fronter on the same lead leave the 3-way "
             "call.", FRONTER),
    Function("force_fronter_audio_stop", "Stop audio playing in the fronter's session.",
             FRONTER),
    Function("ra_call_control", "Hang up or transfer a call of a remote agent.", (
        value("the call id (caller id name), e.g. Y0315201639000402027"),
        Param("stage", "", ("HANGUP", "EXTENSIONTRANSFER", "INGROUPTRANSFER"), True),
        Param("ingroup_choices", "with INGROUPTRANSFER: an in-group or DEFAULTINGROUP"),
        Param("phone_number", "with EXTENSIONTRANSFER: the full number"),
        Param("status", "call status, 6 characters at most (default RAXFER)"))),
    Function("st_login_log", "Find a user by custom_three and note the CRM team.", (
        value("the CRM's agent id"), Param("vendor_id", "the CRM's team id", required=True)),
        agent=False),
    Function("st_get_agent_active_lead", "Find the active lead of a user found by "
             "custom_three.", (value("the CRM's agent id"),
                               Param("vendor_id", "the CRM's team id", required=True)),
             agent=False),
    Function("send_notification", "Show an alert (and confetti) on agent screens.", (
        Param("recipient_type", "", ("USER", "USER_GROUP", "CAMPAIGN")),
        Param("recipient", "the user, user group or campaign", required=True),
        Param("notification_date", "YYYY-MM-DD HH:MM:SS, default now"),
        Param("notification_text", "text of the alert"),
        Param("text_size", "points, default 12"),
        Param("text_font", "default Arial"),
        Param("text_weight", "bold, italic, underline (combined with commas)"),
        Param("text_color", "a colour name or hex, e.g. red or 9900FF"),
        Param("show_confetti", "", ("Y", "N")),
        Param("duration", "confetti seconds, at most 10"),
        Param("maxParticleCount", "confetti particles, at most 9999"),
        Param("particleSpeed", "confetti speed, at most 100")), agent=False),
    Function("webserver", "Show facts about the web server.", agent=False),
    Function("version", "Show the API's version and build (no login needed).", agent=False),
)

BY_NAME = {function.name: function for function in FUNCTIONS}
DEFAULT = "vm_message"
