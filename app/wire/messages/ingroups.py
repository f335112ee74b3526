"""The answer lines of change_ingroups, and the statements its admin log row records."""

from app.wire.lines import error, success

CHANGE_INGROUPS_NOT_VALID = error("change_ingroups not valid",
                                  "{value}|{blended}|{choices}|{agent_user}")
NO_INBOUND_CAMPAIGN = error("campaign does not allow inbound calls", "{agent_user}")
NOT_ALLOWED_TO_CHANGE_INGROUPS = error("user is not allowed to change agent in-groups",
                                       "{user}")
NO_OUTBOUND_AUTODIAL = error("campaign dial_method does not allow outbound autodial",
                             "{agent_user}|{blended}")
INGROUP_MISSING = error("ingroup does not exist", "{agent_user}|{group_id}|{choices}")
CHOICES_REQUIRED = error("ingroup_choices are required for ADD and REMOVE values",
                         "{agent_user}|{value}|{choices}")
INGROUPS_SET = success("change_ingroups function set",
                       "{user}|{agent_user}|{choices}|{blended}|{default_note}")
SET_AS_DEFAULT_NOTE = "User settings set as default"

# With set_as_default=YES the real server stores the statements it ran in
# vicidial_admin_log.event_sql, semicolons removed, each in-group statement then '|'.
ADMIN_LOG_SQL = "{user_update}||{ingroup_statements}"
USER_DEFAULT_SQL = ("UPDATE vicidial_users set closer_campaigns='{choices}',"
                    "closer_default_blended='{blended}' where user='{agent_user}'")
LIVE_GROUP_UPSERT_SQL = (
    "INSERT IGNORE INTO vicidial_live_inbound_agents set user='{agent_user}',"
    "group_id='{group_id}',group_weight='{group_weight}',group_grade='{group_grade}',"
    "calls_today='{calls_today}',calls_today_filtered='{calls_today_filtered}',"
    "last_call_time='{now}',last_call_finish='{now}',last_call_time_filtered='{now}',"
    "last_call_finish_filtered='{now}',daily_limit='{daily_limit}' ON DUPLICATE KEY UPDATE "
    "group_weight='{group_weight}',group_grade='{group_grade}',calls_today='{calls_today}',"
    "calls_today_filtered='{calls_today_filtered}',daily_limit='{daily_limit}'|"
)
LIVE_GROUP_DELETE_SQL = ("DELETE FROM vicidial_live_inbound_agents WHERE user='{agent_user}' "
                         "and group_id='{group_id}'|")
