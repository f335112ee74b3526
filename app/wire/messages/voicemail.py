"""The answer lines of vm_message."""

from app.wire.lines import error, success

VM_MESSAGE_NOT_VALID = error("vm_message not valid", "{lead_id}|{value}|{agent_user}")
# The docs show the API user and no trailing pipe; the real line has the agent and a pipe.
VM_MESSAGE_SET = success("vm_message function set", "{agent_user}|{lead_id}|{value}|")
VM_MESSAGE_LEAD_MISMATCH = error("current call does not match lead_id submitted",
                                 "{agent_user}")
NO_LIVE_CALL = error("agent_user does not have a live call", "{agent_user}")
