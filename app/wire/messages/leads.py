"""The answer lines of external_add_lead and switch_lead."""

from app.wire.lines import error, success
from app.wire.messages.voicemail import NO_LIVE_CALL

__all__ = ["NO_LIVE_CALL"]

# -- external_add_lead ----------------------------------------------------------

EXTERNAL_ADD_LEAD_NOT_VALID = error("external_add_lead not valid",
                                    "{value}|{phone_code}|{agent_user}|{alt_user}")
# Shown when the agent's campaign row is missing, so the campaign part is always empty.
MANUAL_DIAL_LIST_UNDEFINED = error("campaign manual dial list undefined",
                                   "{value}||{agent_user}")
PHONE_IN_DNC = error("add_lead PHONE NUMBER IN DNC", "{value}|{agent_user}")
PHONE_IN_CAMPAIGN_DNC = error("add_lead PHONE NUMBER IN CAMPAIGN DNC",
                              "{value}|{campaign_id}|{agent_user}")
LEAD_ADDED = success("lead added", "{value}|{campaign_id}|{list_id}|{lead_id}|{agent_user}")

# -- switch_lead ----------------------------------------------------------------

SWITCH_LEAD_NOT_VALID = error("switch_lead not valid",
                              "{lead_id}|{vendor_lead_code}|{agent_user}")
# The real line has no newline: the next output follows it directly.
CALL_NOT_INBOUND = error("agent call is not inbound", "{agent_user}|{callerid}", end="")
CAMPAIGN_NOT_FOUND = error("campaign not found", "{agent_user}|{campaign_id}")
LEAD_SEARCH_NOT_ALLOWED = error("campaign does not allow inbound lead search",
                                "{agent_user}|{campaign_id}")
SWITCH_TO_LEAD_NOT_FOUND = error("switch-to lead not found",
                                 "{agent_user}|{lead_id}|{vendor_lead_code}")
SWITCH_LEAD_SET = success(
    "switch_lead function set",
    "{agent_user}|{lead_id}|{vendor_lead_code}|{campaign_id}|{current_lead_id}|",
)
