"""The answer lines of audio_playback, calls_in_queue_count, refresh_panel and webserver."""

from collections.abc import Sequence

from app.wire.lines import error, notice, success

# -- audio_playback: every line shows the stage, most before the agent --------

AUDIO_NOT_VALID = error("audio_playback not valid", "{value}|{stage}|{agent_user}")
AUDIO_NO_USER_FOUND = error("no user found", "{stage}|{alt_user}")
AUDIO_NOT_LOGGED_IN = error("agent_user is not logged in", "{stage}|{agent_user}")
AUDIO_ENTRY_EMPTY = error("audio_playback error - entry is empty", "{stage}|{agent_user}")
AUDIO_ALREADY_PLAYING = error(
    "audio_playback error - audio already playing in agent session",
    "{conf_exten}|{server_ip}|{stage}|{dial_override}|{agent_user}",
)
AUDIO_NOT_PLAYING = error(
    "audio_playback error - no audio playing in agent session",
    "{conf_exten}|{server_ip}|{stage}|{agent_user}",
)
AUDIO_PREVIOUS_STOPPED = notice("audio_playback previous playback stopped",
                                "{stage}|{dial_override}|{agent_user}")
AUDIO_SENT = success("audio_playback function sent", "{value}|{stage}|{agent_user}")

# -- calls_in_queue_count -------------------------------------------------------

QUEUE_COUNT_NOT_VALID = error("calls_in_queue_count not valid", "{value}|{agent_user}")
# The real answer has no newline, and its whole text is the log's result_reason.
QUEUE_COUNT = success("calls_in_queue_count", "{count}", end="")

# -- refresh_panel ----------------------------------------------------------------

REFRESH_AGENT_NOT_VALID = error("agent_user not valid", "{agent_user}")
REFRESH_NO_PANELS = error("no panels have been defined", "{agent_user}")
# The docs show no trailing pipe; the real line ends with one.
REFRESH_SENT = success("refresh_panel request sent",
                       "{user}|{agent_user}|{changed}|{panels}|")

# -- webserver ----------------------------------------------------------------------

# The docs' labels (`system loadavg`, `disk_free_space`, ...) are not what it prints.
WEBSERVER_LABELS = (
    "set.timezone", "abbr.timezone", "dst.timezone", "uname", "host name", "server name",
    "php version", "apache version", "apache processes", "system load average",
    "disk free space",
)
WEBSERVER_INI_LABELS = (
    "date.timezone", "maximum execution time", "maximum input time", "memory limit",
    "post maximum size", "upload maximum filesize", "default socket timeout",
)


def webserver_data(values: Sequence[str]) -> str:
    """`Webserver Data:` and one `label: value` line per value, in the labels' order."""
    labels = WEBSERVER_LABELS + WEBSERVER_INI_LABELS
    lines = [f"{label}: {value}\n" for label, value in zip(labels, values, strict=True)]
    return "Webserver Data:\n" + "".join(lines)


def webserver_page(data: str) -> str:
    return f"<PRE>{data}</PRE>\n"
