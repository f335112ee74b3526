"""The answer lines of update_fields."""

from app.wire.lines import error, success

AGENT_USER_NOT_VALID = error("agent_user not valid", "{agent_user}")
NOT_ALLOWED_TO_MODIFY_LEADS = error("user is not allowed to modify lead information",
                                    "{agent_user}|{user}")
NO_LEAD_ON_SCREEN = error("agent_user does not have a lead on their screen", "{agent_user}")
NO_FIELDS = error("no fields have been defined", "{agent_user}")
# The docs show three fields; the real line adds the rows changed in vicidial_list and
# vicidial_live_agents, the field list and the SQL SET list, then a trailing pipe.
LEAD_UPDATED = success(
    "update_fields lead updated",
    "{user}|{agent_user}|{lead_id}|{lead_rows}|{agent_rows}|{fields}|{assignments}|",
)
# One entry of the SET list: the value in double quotes (the docs show single quotes).
ASSIGNMENT = '{field}="{value}"'
