"""The answer lines of transfer_conference."""

from app.wire.lines import error, success

TRANSFER_NOT_VALID = error("transfer_conference not valid", "{value}|{agent_user}")
# The real line names the API user after the value, not the agent.
VALUE_NOT_VALID = error("value is not valid", "{value}|{user}")
INGROUP_NOT_VALID = error("ingroup is not valid", "{ingroup}")
GROUP_ALIAS_NOT_VALID = error("group_alias is not valid", "{agent_user}|{group_alias}")
GROUP_ALIAS_CID_NOT_VALID = error("caller_id_number from group_alias is not valid",
                                  "{agent_user}|{group_alias}|{caller_id}")
CID_CHOICE_NOT_VALID = error("cid_choice is not valid", "{agent_user}|{cid_choice}")
PREVIOUS_3WAY_ACTIVE = error("agent_user has previous active 3-way calls",
                             "{agent_user}|{count}|0|{md_check}")
CURRENT_3WAY_ACTIVE = error("agent_user has current active 3-way call",
                            "{agent_user}|{count}|0|{tw_check}")
# `call_data` (also logged) is the caller id, then `|Multi-phones: kept given affected`.
TRANSFER_SET = success("transfer_conference function set",
                       "{value}|{ingroup}|{phone_number}|{consultative}|{agent_user}|{call_data}|")
MULTI_PHONES = "|Multi-phones: {kept} {given} {affected}"
