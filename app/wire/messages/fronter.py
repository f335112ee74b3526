"""The answer lines of force_fronter_leave_3way and force_fronter_audio_stop."""

from typing import Any

from app.wire.lines import Template, error, success

LEAVE_3WAY_NOT_VALID = error("force_fronter_leave_3way not valid", "{value}|{agent_user}")
# No newline; the log keeps the whole line, prefix included, as the reason.
LEAVE_3WAY_SENT = success("force_fronter_leave_3way SENT", "{fronter}", end="")
LEAVE_3WAY_OVER_CCC = success("force_fronter_leave_3way command sent over CCC",
                              "{container_id}")

AUDIO_STOP_NOT_VALID = error("force_fronter_audio_stop not valid", "{value}|{agent_user}")
# The docs say SENT; the real line says `function sent` and echoes the unused stage.
AUDIO_STOP_SENT = success("force_fronter_audio_stop function sent",
                          "{value}|{stage}|{agent_user}|{fronter}")
AUDIO_STOP_OVER_CCC = success("force_fronter_audio_stop command sent over CCC",
                              "{container_id}")
NO_AUDIO_PLAYING = error(
    "force_fronter_audio_stop error - no audio playing in other agent session",
    "{conf_exten}|{server_ip}|{stage}|{agent_user}|{fronter}",
)
NO_FRONTER_SESSION = error("force_fronter_audio_stop error - no fronter session found",
                           "{stage}|{agent_user}|{fronter}")

NOT_ON_CALL = error("agent_user is not on a phone call", "{agent_user}")
NO_FRONTER = error("no fronter found", "{agent_user}")


def reason_with_details(template: Template, **fields: Any) -> str:
    """`reason - details`: what the log keeps as the reason of the `sent over CCC` lines."""
    return f"{template.reason}{template.separator}{template.details.format(**fields)}"
