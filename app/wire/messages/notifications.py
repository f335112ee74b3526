"""The answer lines of send_notification.

Several differ from docs/AGENT_API.txt: the real lines are here.
"""

from app.wire.lines import Template, error, success

NOTIFICATIONS_OFF = error("Agent API Notifications are disabled on this system", "{setting}")
MISSING_RECIPIENT = error("Missing recipient or recipient_type", "{recipient}|{recipient_type}")
NO_RECIPIENT_FOUND = error("no matching recipient found in users, user_groups, or campaigns",
                           "{recipient}")
INVALID_REQUEST = error("invalid request", "{recipient}|{recipient_type}")
NOTIFICATION_QUEUED = success("notification queued",
                              "{recipient}|{recipient_type}|{notification_id}")

# Printed without a log row, and glued to what follows (no newline, or a <BR>).
TYPE_GUESS = "Invalid recipient_type ({recipient_type}), "
TYPE_GUESSED = "NOTICE: found {recipient} as {recipient_type}<BR>\n"
DATE_REPLACED = "NOTICE: Invalid notification date {notification_date}, changing to now"


def recipient_missing(recipient: str, table: str) -> Template:
    return error(f"{recipient} DOES NOT EXIST in {table}", "{value}|{recipient}")


def campaign_not_allowed(recipient: str, user: str, allowed_campaigns: str) -> Template:
    # The real reason leaks the API user's group's raw allowed-campaigns text.
    return error(f"ACCESS TO CAMPAIGN {recipient} NOT ALLOWED FOR USER {user} "
                 f"({allowed_campaigns})", "{value}|{recipient}")


def group_not_allowed(recipient: str, user: str) -> Template:
    return error(f"ACCESS TO USER GROUP {recipient} NOT ALLOWED FOR USER {user}",
                 "{value}|{recipient}")
