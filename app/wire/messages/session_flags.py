"""The answer lines of the functions that set a flag on the agent's session."""

from app.wire.lines import error, success

EXTERNAL_HANGUP_NOT_VALID = error("external_hangup not valid", "{value}|{agent_user}")
EXTERNAL_HANGUP_SET = success("external_hangup function set", "{value}|{agent_user}")
# The docs' example shows `6666|A`; the real line is the value, then the agent.
EXTERNAL_STATUS_NOT_VALID = error("external_status not valid", "{value}|{agent_user}")
EXTERNAL_STATUS_SET = success("external_status function set", "{value}|{agent_user}")
EXTERNAL_PAUSE_NOT_VALID = error("external_pause not valid", "{value}|{agent_user}")
EXTERNAL_PAUSE_NOT_PAUSED = error("external_pause agent is not paused", "{value}|{agent_user}")
EXTERNAL_PAUSE_SET = success("external_pause function set", "{value}|{epoch}|{agent_user}")
