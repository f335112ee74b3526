"""The answer lines of ra_call_control."""

from app.wire.lines import error, success
from app.wire.messages.transfers import INGROUP_NOT_VALID as INGROUP_NOT_VALID

# INGROUP_NOT_VALID is the line transfer_conference prints, re-exported.
RA_NOT_VALID = error("ra_call_control not valid", "{value}|{agent_user}|{stage}")
NO_ACTIVE_CALL = error("no active call found", "{value}")
STAGE_NOT_VALID = error("stage is not valid", "{stage}")
PHONE_NUMBER_NOT_VALID = error("phone_number is not valid", "{phone_number}")
RA_HUNGUP = success("ra_call_control hungup", "{agent_user}|{value}|HANGUP")
# The docs say `transferred ... |<in-group>`; the real line ends with the phone_number
# parameter, empty for an in-group transfer.
RA_TRANSFER = success("ra_call_control transfer", "{agent_user}|{value}|{phone_number}")
