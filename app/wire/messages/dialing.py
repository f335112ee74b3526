"""The answer lines of external_dial and preview_dial_action."""

from app.wire.lines import error, notice, success
from app.wire.messages.transfers import GROUP_ALIAS_CID_NOT_VALID, GROUP_ALIAS_NOT_VALID

__all__ = ["GROUP_ALIAS_CID_NOT_VALID", "GROUP_ALIAS_NOT_VALID"]

# -- external_dial --------------------------------------------------------------

EXTERNAL_DIAL_NOT_VALID = error(
    "external_dial not valid",
    "{value}|{phone_code}|{search}|{preview}|{focus}|{lead_id}|{agent_user}|{alt_user}",
)
DIAL_INGROUP_NOT_FOUND = notice("defined dial_ingroup not found", "{dial_ingroup}")
AGENT_NOT_PAUSED = error("agent_user is not paused", "{agent_user}")
MANUAL_DIAL_NOT_ALLOWED = error("agent_user is not allowed to place manual dial calls",
                                "{agent_user}")
OUTBOUND_CID_NOT_ALLOWED = error("outbound_cid is not allowed on this system",
                                 "{agent_user}|{outbound_cid}|{setting}")
LEAD_SEARCH_NOT_FOUND = error("phone number lead_id search not found",
                              "{agent_user}|{value}|{lead_id}|{alt_dial}")
LEAD_PHONE_NOT_VALID = error("phone number is not valid",
                             "{agent_user}|{value}|{lead_id}|{alt_dial}")
LEAD_ID_NOT_VALID = error("lead_id is not valid", "{agent_user}|{lead_id}")
ALREADY_QUEUED = error("phone_number is already in this agents manual dial queue",
                       "{agent_user}|{value}")
# `details` (also logged): phone_code|search|preview|focus|vendor_id|epoch|dial_prefix|
# group_alias|caller_id|alt_dial. The dial_ingroup is stored but never shown.
EXTERNAL_DIAL_SET = success("external_dial function set", "{value}|{agent_user}|{details}")

# -- preview_dial_action --------------------------------------------------------

PREVIEW_DIAL_NOT_VALID = error("preview_dial_action not valid",
                               "{value}||{agent_user}|{alt_user}")
PREVIEW_DIALING_NOT_ALLOWED = error("preview dialing not allowed on this campaign",
                                    "{agent_user}|{campaign_id}|{setting}")
PREVIEW_SKIP_NOT_ALLOWED = error("preview dial skipping not allowed on this campaign",
                                 "{agent_user}|{campaign_id}|{setting}")
ALT_DIAL_NOT_ALLOWED = error("alt number dialing not allowed on this campaign",
                             "{agent_user}|{campaign_id}|{setting}")
PREVIEW_DIAL_SET = success("preview_dial_action function set", "{value}|{agent_user}|{value}")
