"""The answer lines of recording, call_agent and park_call."""

from app.wire.lines import Template, error, success

RECORDING_NOT_VALID = error("recording not valid", "{value}|{agent_user}")
# Every recording line but "not valid" ends with the agent's server, session and status.
_AGENT_TAIL = "{server_ip}|{conf_exten}|{status}"
RECORDING_ACTIVE = Template(
    "NOTICE", "recording active",
    "{agent_user}|{recording_id}|{filename}|{recording_server_ip}|{start_time}|" + _AGENT_TAIL,
)
RECORDING_NONE = Template("NOTICE", "not recording", "{agent_user}|||||" + _AGENT_TAIL)
RECORDING_STOP_ERROR = error("stop recording error",
                             "{agent_user}|{recording_id}||||" + _AGENT_TAIL)
RECORDING_SENT = success("recording function sent", "{agent_user}|{value}||||" + _AGENT_TAIL)

# The docs show `<agent_user>|<value>`; the real line has the value first.
CALL_AGENT_NOT_VALID = error("call_agent not valid", "{value}|{agent_user}")
CALL_AGENT_NO_SESSION = error("call_agent error - no session data", "{agent_user}")
CALL_AGENT_EMPTY = error("call_agent error - entry is empty", "{agent_user}")
CALL_AGENT_SENT = success("call_agent function sent", "{agent_user}")

PARK_CALL_NOT_VALID = error("park_call not valid", "{value}|{agent_user}")
PARK_CALL_NO_LEAD = error("agent_user does not have a lead on their screen", "{agent_user}")
PARK_CALL_SET = success("park_call function set", "{value}|{agent_user}")
