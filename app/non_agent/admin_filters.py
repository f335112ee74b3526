"""The character filters of the admin functions' own parameters (non_agent_api.php's table).

Looked up by app.non_agent.filters after its own table; a name in neither
passes as it came.
"""

from __future__ import annotations

from app.wire.filters import Keep, Step, latin_only

WORD = Keep("-_")


def _caller_id_digits(text: str, non_latin: bool) -> str:
    """outbound_cid keeps only digits unless it is exactly ---ALL---."""
    return text if text == "---ALL---" else "".join(c for c in text if c in "0123456789")

ALWAYS: dict[str, tuple[Step, ...]] = {
    "date": (Keep("-", letters="none"),),
    "agent_user_level": (Keep(letters="none"),),
    "hotkeys_active": (Keep(letters="none"),),
    "active": (Keep(digits=False, letters="upper"),),
    "reset_password": (Keep(letters="none"),),
    "wrapup_seconds_override": (Keep("-", letters="none"),),
    "local_gmt": (Keep("-.", letters="none"),),
    "protocol": (latin_only(Keep()),),
    "agent_choose_ingroups": (Keep(letters="none"),),
    "agent_choose_blended": (Keep(letters="none"),),
    "closer_default_blended": (Keep(letters="none"),),
    "server_ip": (latin_only(Keep("-.:_")),),
    "reset_list": (Keep(digits=False, letters="upper"),),
    "delete_list": (Keep(digits=False, letters="upper"),),
    "delete_leads": (Keep(digits=False, letters="upper"),),
    "reset_time": (Keep("-_", letters="none"),),
    "delete_phone": (Keep(digits=False, letters="upper"),),
    "delete_user": (Keep(digits=False, letters="upper"),),
    "campaign_rank": (Keep("-_", letters="none"),),
    "campaign_grade": (Keep(letters="none"),),
    "camp_rg_only": (Keep(letters="none"),),
    "ingroup_rank": (Keep("-_", letters="none"),),
    "ingroup_grade": (Keep(letters="none"),),
    "ingrp_rg_only": (Keep(letters="none"),),
    "custom_fields_copy": (Keep(letters="none"),),
    "dialable_count": (latin_only(Keep("_")),),
    "use_internal_webserver": (latin_only(Keep()),),
}

FILTERS: dict[str, tuple[Step, ...]] = {
    "uniqueid": (Keep("- ._"),),
    "extension": (WORD,),
    "duration": (WORD,),
    "agent_pass": (WORD,),
    "agent_full_name": (Keep("- +.:/@_"),),
    "agent_user_group": (WORD,),
    "phone_login": (WORD,),
    "phone_pass": (WORD,),
    "voicemail_id": (Keep(),),
    "custom_one": (Keep("- +.:/@_"),),
    "custom_two": (Keep("- +.:/@_"),),
    "custom_three": (Keep("- +.:/@_"),),
    "custom_four": (Keep("- +.:/@_"),),
    "custom_five": (Keep("- +.:/@_"),),
    "in_groups": (Keep("-|,_"),),
    "group_id": (Keep("_"),),
    "list_name": (Keep("- +.:/@?&_"),),
    "list_description": (Keep("- +.:/@?&_"),),
    "script": (WORD,),
    "am_message": (WORD,),
    "drop_inbound_group": (WORD,),
    "web_form_address": (Keep("- %=+.:/@?&_"),),
    "web_form_address_two": (Keep("- %=+.:/@?&_"),),
    "web_form_address_three": (Keep("- %=+.:/@?&_"),),
    "expiration_date": (WORD,),
    "local_call_time": (WORD,),
    "outbound_cid": (WORD, _caller_id_digits),
    "leads_counts": (WORD,),
    "xferconf_one": (WORD,),
    "xferconf_two": (WORD,),
    "xferconf_three": (WORD,),
    "xferconf_four": (WORD,),
    "xferconf_five": (WORD,),
    "dialplan_number": (Keep("*#"),),
    "registration_password": (WORD,),
    "phone_full_name": (Keep("- +._"),),
    "phone_context": (WORD,),
    "is_webphone": (WORD,),
    "webphone_auto_answer": (WORD,),
    "use_external_server_ip": (WORD,),
    "template_id": (WORD,),
    "on_hook_agent": (WORD,),
    "admin_user_group": (WORD,),
    "custom_copy_method": (WORD,),
}
