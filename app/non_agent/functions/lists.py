"""add_list, update_list and list_info: lists created, changed, reset and summarised."""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

from sqlalchemy import func, select

from app.non_agent import access
from app.non_agent.admin_access import begin
from app.non_agent.call import NonAgentCall
from app.non_agent.call_times import DEFAULT_CALL_TIMES
from app.non_agent.filters import digits
from app.non_agent.output import cell
from app.non_agent.registry import non_agent_function
from app.state import non_agent_admin_queries as admin_queries
from app.state import non_agent_queries as queries
from app.state.compare import same_text
from app.state.models import AdminLogEntry, Campaign, HopperEntry, InGroup, Lead, LeadList, User
from app.state.models.non_agent import ListField
from app.wire.messages import non_agent_admin as messages
from app.wire.request import Params

BLANK = "--BLANK--"
TZ_METHODS = ("COUNTRY_AND_AREA_CODE", "POSTAL_CODE", "NANPA_PREFIX", "OWNER_TIME_ZONE_CODE")
XFERCONF = (("xferconf_one", "a", "ONE"), ("xferconf_two", "b", "TWO"),
            ("xferconf_three", "c", "THREE"), ("xferconf_four", "d", "FOUR"),
            ("xferconf_five", "e", "FIVE"))
WEB_FORMS = ("web_form_address", "web_form_address_two", "web_form_address_three")


def list_editors(call: NonAgentCall) -> int:
    return admin_queries.count_users(
        call.session, call.user, admin_queries.flag_on(User.vdc_agent_api_access),
        admin_queries.flag_on(User.modify_lists), User.user_level >= 8)


def fail(call: NonAgentCall, reason: str, data: str) -> None:
    call.stop(messages.list_error(call.function, reason), data=data, user=call.user)


def campaign_seen(call: NonAgentCall, campaign_id: str) -> bool:
    group = queries.group_of(call.session, call.user_group)
    seen = access.campaigns_seen(group.allowed_campaigns if group else None)
    query = select(func.count()).select_from(Campaign).where(
        same_text(Campaign.campaign_id, campaign_id))
    if seen is not None:
        query = query.where(queries.among(Campaign.campaign_id, seen))
    return int(call.session.scalar(query) or 0) > 0


def ingroup_exists(call: NonAgentCall, group_id: str) -> bool:
    query = select(func.count()).select_from(InGroup).where(same_text(InGroup.group_id,
                                                                      group_id))
    return int(call.session.scalar(query) or 0) > 0


def call_time_exists(call_time_id: str) -> bool:
    # vicidial_call_times is not modelled: the install's default call times exist.
    return call_time_id.lower() in {known.lower() for known in DEFAULT_CALL_TIMES}


def web_form(value: str) -> str:
    """An encoded address (`%3A%2F%2F`) is decoded, its spaces back to `+`."""
    if "%3A%2F%2F" in value:
        value = unquote_plus(value).replace(" ", "+")
    return value


@non_agent_function("add_list")
def add_list(call: NonAgentCall) -> None:
    """Create a list in a campaign the API user's group may see."""
    begin(call, messages.ADD_LIST_NO_PERMISSION, list_editors(call))
    p = call.params
    list_id, name, campaign_id = digits(p.list_id), p.list_name, p.campaign_id
    if (not 2 <= len(list_id) <= 14 or not 1 <= len(campaign_id) <= 8
            or not 2 <= len(name) <= 30):
        call.stop(messages.ADD_LIST_REQUIRED, data=f"{list_id}|{name}|{campaign_id}",
                  user=call.user)
    if not campaign_seen(call, campaign_id):
        fail(call, "CAMPAIGN DOES NOT EXIST", campaign_id)
    if queries.list_exists(call.session, list_id):
        fail(call, "LIST ALREADY EXISTS", list_id)
    if p.script:
        # vicidial_scripts is not modelled: no script exists.
        fail(call, "SCRIPT DOES NOT EXIST, THIS IS AN OPTIONAL FIELD", p.script)
    if p.drop_inbound_group and not ingroup_exists(call, p.drop_inbound_group):
        fail(call, "IN-GROUP DOES NOT EXIST, THIS IS AN OPTIONAL FIELD", p.drop_inbound_group)
    if 0 < len(p.reset_time) < 4:
        fail(call, "RESET TIME IS NOT VALID, THIS IS AN OPTIONAL FIELD", p.reset_time)
    copying = _custom_fields_copy(call, list_id)
    values, sets = _optional_fields(call)
    row = {
        "list_id": int(list_id), "list_name": name, "campaign_id": campaign_id,
        "active": p.active or "N", "campaign_cid_override": p.outbound_cid,
        "agent_script_override": p.script, "am_message_exten_override": p.am_message,
        "drop_inbound_group_override": p.drop_inbound_group, "reset_time": p.reset_time,
        "expiration_date": p.expiration_date if len(p.expiration_date) >= 10 else "2099-12-31",
    }
    call.session.add(LeadList(**row, **values))
    call.session.flush()
    statement = messages.ADD_LIST_SQL.format(**{**row, "list_id": list_id}, **sets)
    # The copy is a web request to the admin screens, which the emulator does not serve.
    outcome = "NONE" if copying else ""
    call.session.add(AdminLogEntry(
        event_date=call.clock.now_text(), user=call.user, ip_address=call.request.remote_ip,
        event_section="LISTS", event_type="ADD", record_id=list_id,
        event_code="ADMIN API ADD LIST", event_sql=f"{statement}|".replace(";", ""),
        event_notes=f"list: {list_id}|{campaign_id}|{p.custom_fields_copy}|{outcome}"))
    call.say(messages.ADD_LIST_DONE, data=f"{list_id}|{name}|{campaign_id}", user=call.user)


def _custom_fields_copy(call: NonAgentCall, list_id: str) -> bool:
    source = call.params.custom_fields_copy
    if not 1 < len(source) < 15:
        return False
    found = int(queries.list_exists(call.session, source))
    if found < 1:
        fail(call, "CUSTOM FIELDS LIST ID TO COPY FROM DOES NOT EXIST, THIS IS AN OPTIONAL "
             "FIELD", f"{list_id}|{source}|{found}")
    fields = int(call.session.scalar(select(func.count()).select_from(ListField).where(
        ListField.list_id == int(source))) or 0)
    if fields < 1:
        fail(call, "CUSTOM FIELDS LIST ID TO COPY FROM HAS NO CUSTOM FIELDS, THIS IS AN "
             "OPTIONAL FIELD", f"{list_id}|{source}|{fields}")
    modifiers = admin_queries.count_users(call.session, call.user,
                                          admin_queries.flag_on(User.custom_fields_modify))
    if modifiers < 1:
        fail(call, "USER DOES NOT HAVE PERMISSION TO MODIFY CUSTOM FIELDS, THIS IS AN "
             "OPTIONAL FIELD", f"{list_id}|{source}|{modifiers}")
    return True


def _optional_fields(call: NonAgentCall) -> tuple[dict[str, str], dict[str, str]]:
    """add_list's optional columns, and their SQL parts as the admin log shows them."""
    p = call.params
    values: dict[str, str] = {}
    sets = {"web_one": "", "web_two": "", "web_three": "", "description": "",
            "tz_method": "", "call_time": "", "xferconf": ""}
    for key, param in zip(("web_one", "web_two", "web_three"), WEB_FORMS, strict=True):
        address = web_form(getattr(p, param))
        if address:
            values[param] = "" if address == BLANK else address
            sets[key] = f" ,{param}='{values[param]}'"
    if p.list_description:
        values["list_description"] = "" if p.list_description == BLANK else p.list_description
        sets["description"] = f" ,list_description='{values['list_description']}'"
    if p.tz_method:
        if p.tz_method not in TZ_METHODS:
            fail(call, "TIME ZONE METHOD IS NOT VALID, THIS IS AN OPTIONAL FIELD", p.tz_method)
        values["time_zone_setting"] = p.tz_method
        sets["tz_method"] = f" ,time_zone_setting='{p.tz_method}'"
    if p.local_call_time and p.local_call_time != "campaign":
        if not call_time_exists(p.local_call_time):
            fail(call, "LOCAL CALL TIME DOES NOT EXIST, THIS IS AN OPTIONAL FIELD",
                 p.local_call_time)
        values["local_call_time"] = p.local_call_time
        sets["call_time"] = f" ,local_call_time='{p.local_call_time}'"
    for param, letter, label in XFERCONF:
        number = getattr(p, param)
        if number:
            if len(number) > 50:
                fail(call, f"TRANSFER CONF OVERRIDE {label} IS NOT VALID, THIS IS AN "
                     "OPTIONAL FIELD", number)
            values[f"xferconf_{letter}_number"] = number
            sets["xferconf"] += f" ,xferconf_{letter}_number='{number}'"
    return values, sets


# -- update_list ---------------------------------------------------------------------------

# The order the real script joins its update parts in (not the order it checks them).
UPDATE_ORDER = ("web_form_address_three", "web_form_address_two", "web_form_address",
                "am_message", "outbound_cid", "active", "list_name", "campaign_id", "script",
                "drop_inbound_group", "reset_time", "list_description", "tz_method",
                "local_call_time", "xferconf_one", "xferconf_two", "xferconf_three",
                "xferconf_four", "xferconf_five")


class ListUpdate:
    """update_list's optional fields: key -> (column, value), checked in the real order."""

    def __init__(self, call: NonAgentCall) -> None:
        self.call = call
        self.parts: dict[str, tuple[str, str]] = {}

    def set(self, key: str, column: str, value: str) -> None:
        self.parts[key] = (column, value)

    def blankable(self, key: str, column: str, value: str, bad: bool, reason: str) -> None:
        if value == BLANK:
            self.set(key, column, "")
        elif bad:
            fail(self.call, f"{reason}, THIS IS AN OPTIONAL FIELD", value)
        else:
            self.set(key, column, value)

    def collect(self) -> None:
        p, call = self.call.params, self.call
        if p.campaign_id:
            if not _campaign_exists(call, p.campaign_id):
                fail(call, "CAMPAIGN DOES NOT EXIST, THIS IS AN OPTIONAL FIELD", p.campaign_id)
            self.set("campaign_id", "campaign_id", p.campaign_id)
        if p.script:
            # vicidial_scripts is not modelled: no script exists.
            self.blankable("script", "agent_script_override", p.script, True,
                           "SCRIPT DOES NOT EXIST")
        if p.drop_inbound_group:
            self.blankable("drop_inbound_group", "drop_inbound_group_override",
                           p.drop_inbound_group, not ingroup_exists(call, p.drop_inbound_group),
                           "IN-GROUP DOES NOT EXIST")
        if p.list_name:
            if not 6 <= len(p.list_name) <= 30:
                fail(call, "LIST NAME MUST BE FROM 6 TO 30 CHARACTERS, THIS IS AN OPTIONAL "
                     "FIELD", p.list_name)
            self.set("list_name", "list_name", p.list_name)
        if p.active:
            if p.active not in ("Y", "N"):
                fail(call, "ACTIVE MUST BE Y OR N, THIS IS AN OPTIONAL FIELD", p.active)
            self.set("active", "active", p.active)
        if p.outbound_cid:
            self.blankable("outbound_cid", "campaign_cid_override", p.outbound_cid,
                           not 6 <= len(p.outbound_cid) <= 18,
                           "OUTBOUND CID MUST BE FROM 6 TO 18 DIGITS")
        if p.am_message:
            self.blankable("am_message", "am_message_exten_override", p.am_message,
                           len(p.am_message) > 100,
                           "ANSWERING MACHINE MESSAGE MUST LESS THAN 101 DIGITS")
        if p.reset_time:
            self.blankable("reset_time", "reset_time", p.reset_time, len(p.reset_time) < 4,
                           "RESET TIME IS NOT VALID")
        if len(p.expiration_date) > 9:
            # The real script files the date under the reset time's part, replacing it.
            self.set("reset_time", "expiration_date", p.expiration_date)
        self.rest()

    def rest(self) -> None:
        values, _ = _optional_fields(self.call)
        for key, column in (("web_form_address", "web_form_address"),
                            ("web_form_address_two", "web_form_address_two"),
                            ("web_form_address_three", "web_form_address_three"),
                            ("list_description", "list_description"),
                            ("tz_method", "time_zone_setting"),
                            ("local_call_time", "local_call_time")):
            if column in values:
                self.set(key, column, values[column])
        for param, letter, _ in XFERCONF:
            column = f"xferconf_{letter}_number"
            if column in values:
                self.set(param, column, values[column])

    def sql(self) -> str:
        return "".join(f" ,{self.parts[key][0]}='{self.parts[key][1]}'"
                       for key in UPDATE_ORDER if key in self.parts)


def _campaign_exists(call: NonAgentCall, campaign_id: str) -> bool:
    query = select(func.count()).select_from(Campaign).where(
        same_text(Campaign.campaign_id, campaign_id))
    return int(call.session.scalar(query) or 0) > 0


def _seen_list(call: NonAgentCall, list_id: str) -> LeadList | None:
    group = queries.group_of(call.session, call.user_group)
    seen = access.campaigns_seen(group.allowed_campaigns if group else None)
    # MariaDB compares the text with the number column by its leading digits.
    leading = re.match(r"\d*", list_id.strip())
    number = int(leading.group(0)) if leading and leading.group(0) else 0
    query = select(LeadList).where(LeadList.list_id == number)
    if seen is not None:
        query = query.where(queries.among(LeadList.campaign_id, seen))
    return call.session.scalars(query).first()


def _list_log(call: NonAgentCall, list_id: str, event_type: str, code: str, sql: str,
              notes: str) -> None:
    call.session.add(AdminLogEntry(
        event_date=call.clock.now_text(), user=call.user, ip_address=call.request.remote_ip,
        event_section="LISTS", event_type=event_type, record_id=list_id, event_code=code,
        event_sql=sql, event_notes=notes))


@non_agent_function("update_list")
def update_list(call: NonAgentCall) -> None:
    """Change a list's settings, then reset, delete or empty it as asked."""
    begin(call, messages.UPDATE_LIST_NO_PERMISSION, list_editors(call))
    p = call.params
    list_id = digits(p.list_id)
    if not 2 <= len(list_id) <= 14:
        call.stop(messages.UPDATE_LIST_REQUIRED, data=f"{list_id}|{p.list_name}|{p.campaign_id}",
                  user=call.user)
    if call.list_restricted and not call.list_allowed(list_id):
        call.stop(messages.UPDATE_LIST_NOT_ALLOWED, data=list_id)
    found = _seen_list(call, list_id)
    if found is None:
        # The custom-field commands go through the admin screens, which the emulator
        # does not serve: a missing list is refused whatever they ask.
        if p.insert_if_not_found == "Y":
            call.say(messages.UPDATE_LIST_TO_ADD, data=list_id, user=call.user)
            call.params = Params({**p.values, "function": "add_list"}, p.present)
            add_list(call)
            return
        fail(call, "LIST DOES NOT EXIST", list_id)
    assert found is not None
    update = ListUpdate(call)
    update.collect()
    if not update.parts:
        call.say(messages.UPDATE_LIST_NO_UPDATES, data="", user=call.user)
    else:
        _apply_list_update(call, found, list_id, update)
    if p.reset_list == "Y":
        _reset_list(call, found, list_id)
    if p.delete_list == "Y":
        _delete_list(call, found, list_id)
    if p.delete_leads == "Y":
        _delete_leads(call, list_id)
    _copy_fields_notice(call, list_id)


def _apply_list_update(call: NonAgentCall, found: LeadList, list_id: str,
                       update: ListUpdate) -> None:
    now = call.clock.now_text()
    if "campaign_id" in update.parts and call.params.campaign_id != (found.campaign_id or ""):
        for entry in call.session.scalars(select(HopperEntry).where(
                HopperEntry.list_id == int(list_id),
                same_text(HopperEntry.campaign_id, found.campaign_id or ""))):
            call.session.delete(entry)
    found.list_changedate = now
    for column, value in update.parts.values():
        setattr(found, column, value)
    call.session.flush()
    statement = messages.UPDATE_LIST_SQL.format(now=now, sets=update.sql(), list_id=list_id)
    _list_log(call, list_id, "MODIFY", "ADMIN API UPDATE LIST",
              f"{statement}|".replace(";", ""), f"list: {list_id}")
    call.say(messages.UPDATE_LIST_DONE, data=list_id, user=call.user)


def _reset_list(call: NonAgentCall, found: LeadList, list_id: str) -> None:
    limit, resets = found.daily_reset_limit or 0, found.resets_today or 0
    if not (limit > resets or limit < 0):
        _list_log(call, list_id, "RESET", "ADMIN API RESET LIST FAILED", "",
                  f"daily list resets limit reached: {resets} / {limit}")
        call.say(messages.reset_limit_reached(resets, limit), data=list_id,
                 user=call.user)
        return
    now = call.clock.now_text()
    found.list_changedate, found.resets_today = now, resets + 1
    reset = 0
    for lead in call.session.scalars(select(Lead).where(Lead.list_id == int(list_id))):
        reset += lead.called_since_last_reset != "N"
        lead.called_since_last_reset = "N"
    call.session.flush()
    sql = messages.RESET_LIST_SQL.format(now=now, list_id=list_id)
    _list_log(call, list_id, "RESET", "ADMIN API RESET LIST", f"{sql}|",
              f"{reset} leads reset, list resets today: {resets + 1}")
    # The real answer names an affected-row count it never took: it is always empty.
    call.say(messages.UPDATE_LIST_RESET, data=f"{list_id}|", user=call.user)


def _delete_list(call: NonAgentCall, found: LeadList, list_id: str) -> None:
    deleters = admin_queries.count_users(
        call.session, call.user, admin_queries.flag_on(User.vdc_agent_api_access),
        admin_queries.flag_on(User.modify_lists), admin_queries.flag_on(User.delete_lists),
        User.user_level >= 8)
    if deleters < 1:
        call.say(messages.UPDATE_LIST_NO_DELETE, data=str(deleters), user=call.user)
        return
    call.session.delete(found)
    call.session.flush()
    _list_log(call, list_id, "DELETE", "ADMIN API DELETE LIST",
              messages.DELETE_LIST_SQL.format(list_id=list_id) + "|", f"list: {list_id}")
    call.say(messages.UPDATE_LIST_DELETED, data=f"{list_id}|1", user=call.user)


def _delete_leads(call: NonAgentCall, list_id: str) -> None:
    deleters = admin_queries.count_users(
        call.session, call.user, admin_queries.flag_on(User.vdc_agent_api_access),
        admin_queries.flag_on(User.modify_lists), admin_queries.flag_on(User.delete_lists),
        queries.among(User.modify_leads, ["1", "2", "3", "4"]), User.user_level >= 8)
    if deleters < 1:
        call.say(messages.UPDATE_LIST_NO_LEAD_DELETE, data=str(deleters), user=call.user)
        return
    leads = list(call.session.scalars(select(Lead).where(Lead.list_id == int(list_id))))
    for lead in leads:
        call.session.delete(lead)
    call.session.flush()
    _list_log(call, list_id, "DELETE", "ADMIN API DELETE LEADS",
              messages.DELETE_LEADS_SQL.format(list_id=list_id) + "|", f"list: {list_id}")
    call.say(messages.UPDATE_LIST_LEADS_DELETED, data=f"{list_id}|{len(leads)}",
             user=call.user)


def _copy_fields_notice(call: NonAgentCall, list_id: str) -> None:
    """custom_fields_copy's checks; the copy itself is a request to the admin screens."""
    source = call.params.custom_fields_copy
    if not 1 < len(source) < 15:
        return
    notice = messages.list_notice
    found = int(queries.list_exists(call.session, source))
    if found < 1:
        call.say(notice("CUSTOM FIELDS LIST ID TO COPY FROM DOES NOT EXIST, THIS IS AN "
                        "OPTIONAL FIELD"), data=f"{list_id}|{source}|{found}", user=call.user)
        return
    fields = int(call.session.scalar(select(func.count()).select_from(ListField).where(
        ListField.list_id == int(source))) or 0)
    if fields < 1:
        call.say(notice("CUSTOM FIELDS LIST ID TO COPY FROM HAS NO CUSTOM FIELDS, THIS IS AN "
                        "OPTIONAL FIELD"), data=f"{list_id}|{source}|{fields}", user=call.user)
        return
    modifiers = admin_queries.count_users(call.session, call.user,
                                          admin_queries.flag_on(User.custom_fields_modify))
    if modifiers < 1:
        call.say(notice("USER DOES NOT HAVE PERMISSION TO MODIFY CUSTOM FIELDS, THIS IS AN "
                        "OPTIONAL FIELD"), data=f"{list_id}|{source}|{modifiers}",
                 user=call.user)
        return
    method = call.params.custom_copy_method
    method = method if method in ("APPEND", "UPDATE", "REPLACE") else "APPEND"
    call.say(messages.UPDATE_LIST_COPY_SENT, data=f"{list_id}|{source}|{method}|NONE|",
             user=call.user)


# -- list_info -----------------------------------------------------------------------------


@non_agent_function("list_info")
def list_info(call: NonAgentCall) -> None:
    """One delimited line summarising a list, optionally with its lead counts."""
    begin(call, messages.LIST_INFO_NO_PERMISSION, list_editors(call))
    p = call.params
    list_id = p.list_id
    if not 2 <= len(list_id) <= 14:
        call.stop(messages.LIST_INFO_REQUIRED, data=f"{list_id}|{p.list_name}|{p.campaign_id}",
                  user=call.user)
    if call.list_restricted and not call.list_allowed(list_id):
        call.stop(messages.LIST_INFO_NOT_ALLOWED, data=list_id)
    found = _seen_list(call, list_id)
    if found is None:
        call.stop(messages.LIST_INFO_MISSING, data=list_id, user=call.user)
    assert found is not None
    separator = {"csv": ",", "tab": "\t", "pipe": "|"}.get(p.stage, "|")
    header = list(messages.LIST_INFO_COLUMNS)
    values = [list_id, found.list_name, found.campaign_id, found.active, found.list_changedate,
              found.list_lastcalldate, found.expiration_date, found.resets_today]
    counts = ""
    if p.leads_counts == "Y":
        header += ["all_leads_count", "new_leads_count"]
        counts = separator + separator.join(str(n) for n in _lead_counts(call, found))
    if p.dialable_count == "Y":
        header.append("dialable_count")
    output = separator.join(header) + "\n" if p.header == "YES" else ""
    # The dialable count (VICIdial's call-time and filter rules) is not reproduced: empty.
    output += separator.join(cell(value) for value in values) + counts + separator + "\n"
    call.write(output)
    call.log("SUCCESS", messages.LIST_INFO_SENT, list_id)


def _lead_counts(call: NonAgentCall, found: LeadList) -> tuple[int, int]:
    in_list = select(func.count()).select_from(Lead).where(Lead.list_id == found.list_id)
    every = int(call.session.scalar(in_list) or 0)
    new = int(call.session.scalar(in_list.where(same_text(Lead.status, "NEW"))) or 0)
    return every, new
