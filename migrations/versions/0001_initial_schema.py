"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table('admin_log',
    sa.Column('admin_log_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_date', sa.String(length=19), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('ip_address', sa.String(length=15), nullable=True),
    sa.Column('event_section', sa.String(length=30), nullable=True),
    sa.Column('event_type', sa.String(length=8), nullable=True),
    sa.Column('record_id', sa.String(length=50), nullable=True),
    sa.Column('event_code', sa.String(length=255), nullable=True),
    sa.Column('event_sql', sa.Text(), nullable=True),
    sa.Column('event_notes', sa.Text(), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('admin_log_id', name=op.f('pk_admin_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('admin_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_admin_log_event_section'), ['event_section'], unique=False)
        batch_op.create_index(batch_op.f('ix_admin_log_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_admin_log_user'), ['user'], unique=False)

    op.create_table('agent_debug_log',
    sa.Column('entry_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('start_time', sa.String(length=19), nullable=True),
    sa.Column('db_time', sa.String(length=19), nullable=True),
    sa.Column('run_time', sa.String(length=20), nullable=True),
    sa.Column('php_script', sa.String(length=40), nullable=True),
    sa.Column('action', sa.String(length=100), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('stage', sa.String(length=100), nullable=True),
    sa.Column('session_name', sa.String(length=40), nullable=True),
    sa.Column('last_sql', sa.Text(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('entry_id', name=op.f('pk_agent_debug_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('agent_debug_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agent_debug_log_db_time'), ['db_time'], unique=False)

    op.create_table('agent_log',
    sa.Column('agent_log_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('event_time', sa.String(length=19), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('pause_epoch', sa.BigInteger(), nullable=True),
    sa.Column('pause_sec', sa.BigInteger(), nullable=True),
    sa.Column('wait_epoch', sa.BigInteger(), nullable=True),
    sa.Column('wait_sec', sa.BigInteger(), nullable=True),
    sa.Column('talk_epoch', sa.BigInteger(), nullable=True),
    sa.Column('talk_sec', sa.BigInteger(), nullable=True),
    sa.Column('dispo_epoch', sa.BigInteger(), nullable=True),
    sa.Column('dispo_sec', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.String(length=6), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('comments', sa.String(length=20), nullable=True),
    sa.Column('sub_status', sa.String(length=6), nullable=True),
    sa.Column('dead_epoch', sa.BigInteger(), nullable=True),
    sa.Column('dead_sec', sa.BigInteger(), nullable=True),
    sa.Column('processed', sa.String(length=1), nullable=True),
    sa.Column('uniqueid', sa.String(length=20), nullable=True),
    sa.Column('pause_type', sa.String(length=9), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('agent_log_id', name=op.f('pk_agent_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('agent_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agent_log_user'), ['user'], unique=False)

    op.create_table('agent_message_picks',
    sa.Column('pick_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('caller_code', sa.String(length=30), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('vm_message', sa.String(length=255), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('pick_id', name=op.f('pk_agent_message_picks')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('agent_message_picks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agent_message_picks_caller_code'), ['caller_code'], unique=False)

    op.create_table('agent_notifications',
    sa.Column('notification_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entry_date', sa.String(length=19), nullable=True),
    sa.Column('recipient', sa.String(length=20), nullable=True),
    sa.Column('recipient_type', sa.String(length=11), nullable=True),
    sa.Column('notification_date', sa.String(length=19), nullable=True),
    sa.Column('notification_retry', sa.String(length=1), nullable=True),
    sa.Column('notification_text', sa.Text(), nullable=True),
    sa.Column('text_size', sa.BigInteger(), nullable=True),
    sa.Column('text_font', sa.String(length=30), nullable=True),
    sa.Column('text_weight', sa.String(length=30), nullable=True),
    sa.Column('text_color', sa.String(length=15), nullable=True),
    sa.Column('show_confetti', sa.String(length=1), nullable=True),
    sa.Column('confetti_options', sa.String(length=15), nullable=True),
    sa.Column('notification_status', sa.String(length=6), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('notification_id', name=op.f('pk_agent_notifications')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('agent_notifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agent_notifications_notification_date'), ['notification_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_agent_notifications_recipient'), ['recipient'], unique=False)

    op.create_table('agent_screens',
    sa.Column('user', sa.String(length=20), nullable=False),
    sa.Column('mode', sa.String(length=8), nullable=True),
    sa.Column('flags_seen', sa.JSON(), nullable=True),
    sa.Column('effects', sa.JSON(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('user', name=op.f('pk_agent_screens'))
    )
    op.create_table('agent_session',
    sa.Column('live_agent_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('conf_exten', sa.String(length=20), nullable=True),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('status', sa.String(length=6), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('uniqueid', sa.String(length=20), nullable=True),
    sa.Column('callerid', sa.String(length=20), nullable=True),
    sa.Column('channel', sa.String(length=100), nullable=True),
    sa.Column('random_id', sa.BigInteger(), nullable=True),
    sa.Column('last_call_time', sa.String(length=19), nullable=True),
    sa.Column('last_update_time', sa.String(length=19), nullable=True),
    sa.Column('last_call_finish', sa.String(length=19), nullable=True),
    sa.Column('closer_campaigns', sa.Text(), nullable=True),
    sa.Column('call_server_ip', sa.String(length=15), nullable=True),
    sa.Column('user_level', sa.BigInteger(), nullable=True),
    sa.Column('comments', sa.String(length=20), nullable=True),
    sa.Column('campaign_weight', sa.BigInteger(), nullable=True),
    sa.Column('calls_today', sa.BigInteger(), nullable=True),
    sa.Column('external_hangup', sa.String(length=1), nullable=True),
    sa.Column('external_status', sa.String(length=255), nullable=True),
    sa.Column('external_pause', sa.String(length=20), nullable=True),
    sa.Column('external_dial', sa.String(length=100), nullable=True),
    sa.Column('external_ingroups', sa.Text(), nullable=True),
    sa.Column('external_blended', sa.String(length=1), nullable=True),
    sa.Column('external_igb_set_user', sa.String(length=20), nullable=True),
    sa.Column('external_update_fields', sa.String(length=1), nullable=True),
    sa.Column('external_update_fields_data', sa.String(length=255), nullable=True),
    sa.Column('external_timer_action', sa.String(length=20), nullable=True),
    sa.Column('external_timer_action_message', sa.String(length=255), nullable=True),
    sa.Column('external_timer_action_seconds', sa.BigInteger(), nullable=True),
    sa.Column('agent_log_id', sa.BigInteger(), nullable=True),
    sa.Column('last_state_change', sa.String(length=19), nullable=True),
    sa.Column('agent_territories', sa.Text(), nullable=True),
    sa.Column('outbound_autodial', sa.String(length=1), nullable=True),
    sa.Column('manager_ingroup_set', sa.String(length=3), nullable=True),
    sa.Column('ra_user', sa.String(length=20), nullable=True),
    sa.Column('ra_extension', sa.String(length=100), nullable=True),
    sa.Column('external_dtmf', sa.String(length=100), nullable=True),
    sa.Column('external_transferconf', sa.String(length=120), nullable=True),
    sa.Column('external_park', sa.String(length=40), nullable=True),
    sa.Column('external_timer_action_destination', sa.String(length=100), nullable=True),
    sa.Column('on_hook_agent', sa.String(length=1), nullable=True),
    sa.Column('on_hook_ring_time', sa.BigInteger(), nullable=True),
    sa.Column('ring_callerid', sa.String(length=20), nullable=True),
    sa.Column('last_inbound_call_time', sa.String(length=19), nullable=True),
    sa.Column('last_inbound_call_finish', sa.String(length=19), nullable=True),
    sa.Column('campaign_grade', sa.BigInteger(), nullable=True),
    sa.Column('external_recording', sa.String(length=20), nullable=True),
    sa.Column('external_pause_code', sa.String(length=6), nullable=True),
    sa.Column('pause_code', sa.String(length=6), nullable=True),
    sa.Column('preview_lead_id', sa.BigInteger(), nullable=True),
    sa.Column('external_lead_id', sa.BigInteger(), nullable=True),
    sa.Column('last_inbound_call_time_filtered', sa.String(length=19), nullable=True),
    sa.Column('last_inbound_call_finish_filtered', sa.String(length=19), nullable=True),
    sa.Column('dial_campaign_id', sa.String(length=8), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('live_agent_id', name=op.f('pk_agent_session')),
    sa.UniqueConstraint('user', name=op.f('uq_agent_session_user')),
    sqlite_autoincrement=True
    )
    op.create_table('api_log',
    sa.Column('api_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('api_date', sa.String(length=19), nullable=True),
    sa.Column('api_script', sa.String(length=10), nullable=True),
    sa.Column('function', sa.String(length=20), nullable=True),
    sa.Column('agent_user', sa.String(length=20), nullable=True),
    sa.Column('value', sa.String(length=255), nullable=True),
    sa.Column('result', sa.String(length=10), nullable=True),
    sa.Column('result_reason', sa.String(length=255), nullable=True),
    sa.Column('source', sa.String(length=20), nullable=True),
    sa.Column('data', sa.Text(), nullable=True),
    sa.Column('run_time', sa.String(length=20), nullable=True),
    sa.Column('webserver', sa.BigInteger(), nullable=True),
    sa.Column('api_url', sa.BigInteger(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('api_id', name=op.f('pk_api_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('api_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_log_api_date'), ['api_date'], unique=False)

    op.create_table('api_urls',
    sa.Column('api_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('api_date', sa.String(length=19), nullable=True),
    sa.Column('remote_ip', sa.String(length=50), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('api_id', name=op.f('pk_api_urls'))
    )
    op.create_table('audio_files',
    sa.Column('audio_filename', sa.String(length=255), nullable=False),
    sa.Column('audio_format', sa.String(length=10), nullable=True),
    sa.Column('audio_description', sa.String(length=255), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('audio_filename', name=op.f('pk_audio_files'))
    )
    op.create_table('call_log',
    sa.Column('uniqueid', sa.String(length=20), nullable=False),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('list_id', sa.BigInteger(), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('start_epoch', sa.BigInteger(), nullable=True),
    sa.Column('end_epoch', sa.BigInteger(), nullable=True),
    sa.Column('length_in_sec', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.String(length=6), nullable=True),
    sa.Column('phone_code', sa.String(length=10), nullable=True),
    sa.Column('phone_number', sa.String(length=18), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('comments', sa.String(length=255), nullable=True),
    sa.Column('processed', sa.String(length=1), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('term_reason', sa.String(length=8), nullable=True),
    sa.Column('alt_dial', sa.String(length=6), nullable=True),
    sa.Column('called_count', sa.BigInteger(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('uniqueid', name=op.f('pk_call_log'))
    )
    with op.batch_alter_table('call_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_log_lead_id'), ['lead_id'], unique=False)

    op.create_table('call_log_details',
    sa.Column('uniqueid', sa.String(length=50), nullable=False),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('caller_code', sa.String(length=30), nullable=True),
    sa.Column('custom_call_id', sa.String(length=100), nullable=True),
    sa.Column('start_url_processed', sa.String(length=1), nullable=True),
    sa.Column('dispo_url_processed', sa.String(length=2), nullable=True),
    sa.Column('multi_alt_processed', sa.String(length=1), nullable=True),
    sa.Column('noanswer_processed', sa.String(length=1), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('uniqueid', name=op.f('pk_call_log_details'))
    )
    with op.batch_alter_table('call_log_details', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_log_details_call_date'), ['call_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_call_log_details_lead_id'), ['lead_id'], unique=False)

    op.create_table('callbacks',
    sa.Column('callback_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('list_id', sa.BigInteger(), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=True),
    sa.Column('entry_time', sa.String(length=19), nullable=True),
    sa.Column('callback_time', sa.String(length=19), nullable=True),
    sa.Column('modify_date', sa.String(length=19), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('recipient', sa.String(length=8), nullable=True),
    sa.Column('comments', sa.String(length=255), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('lead_status', sa.String(length=6), nullable=True),
    sa.Column('email_alert', sa.String(length=19), nullable=True),
    sa.Column('email_result', sa.String(length=13), nullable=True),
    sa.Column('customer_timezone', sa.String(length=100), nullable=True),
    sa.Column('customer_timezone_diff', sa.String(length=6), nullable=True),
    sa.Column('customer_time', sa.String(length=19), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('callback_id', name=op.f('pk_callbacks')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('callbacks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_callbacks_lead_id'), ['lead_id'], unique=False)

    op.create_table('callbacks_archive',
    sa.Column('callback_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('list_id', sa.BigInteger(), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=True),
    sa.Column('entry_time', sa.String(length=19), nullable=True),
    sa.Column('callback_time', sa.String(length=19), nullable=True),
    sa.Column('modify_date', sa.String(length=19), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('recipient', sa.String(length=8), nullable=True),
    sa.Column('comments', sa.String(length=255), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('lead_status', sa.String(length=6), nullable=True),
    sa.Column('email_alert', sa.String(length=19), nullable=True),
    sa.Column('email_result', sa.String(length=13), nullable=True),
    sa.Column('customer_timezone', sa.String(length=100), nullable=True),
    sa.Column('customer_timezone_diff', sa.String(length=6), nullable=True),
    sa.Column('customer_time', sa.String(length=19), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('callback_id', name=op.f('pk_callbacks_archive')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('callbacks_archive', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_callbacks_archive_lead_id'), ['lead_id'], unique=False)

    op.create_table('campaign_dnc_numbers',
    sa.Column('entry_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('phone_number', sa.String(length=18), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('entry_id', name=op.f('pk_campaign_dnc_numbers')),
    sa.UniqueConstraint('phone_number', 'campaign_id', name=op.f('uq_campaign_dnc_numbers_phone_number')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('campaign_dnc_numbers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_dnc_numbers_phone_number'), ['phone_number'], unique=False)

    op.create_table('campaign_statuses',
    sa.Column('campaign_status_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('status', sa.String(length=6), nullable=True),
    sa.Column('status_name', sa.String(length=30), nullable=True),
    sa.Column('selectable', sa.String(length=1), nullable=True),
    sa.Column('campaign_id', sa.String(length=20), nullable=True),
    sa.Column('human_answered', sa.String(length=1), nullable=True),
    sa.Column('scheduled_callback', sa.String(length=1), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('campaign_status_id', name=op.f('pk_campaign_statuses')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('campaign_statuses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_statuses_campaign_id'), ['campaign_id'], unique=False)

    op.create_table('campaigns',
    sa.Column('campaign_id', sa.String(length=8), nullable=False),
    sa.Column('campaign_name', sa.String(length=40), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('dial_method', sa.String(length=30), nullable=True),
    sa.Column('local_call_time', sa.String(length=10), nullable=True),
    sa.Column('dial_prefix', sa.String(length=20), nullable=True),
    sa.Column('campaign_cid', sa.String(length=20), nullable=True),
    sa.Column('campaign_rec_filename', sa.String(length=50), nullable=True),
    sa.Column('am_message_exten', sa.String(length=100), nullable=True),
    sa.Column('amd_send_to_vmx', sa.String(length=1), nullable=True),
    sa.Column('closer_campaigns', sa.Text(), nullable=True),
    sa.Column('cpd_amd_action', sa.String(length=10), nullable=True),
    sa.Column('cpd_unknown_action', sa.String(length=10), nullable=True),
    sa.Column('amd_inbound_group', sa.String(length=20), nullable=True),
    sa.Column('amd_callmenu', sa.String(length=50), nullable=True),
    sa.Column('waitforsilence_options', sa.String(length=25), nullable=True),
    sa.Column('am_message_wildcards', sa.String(length=1), nullable=True),
    sa.Column('leave_vm_message_group_id', sa.String(length=40), nullable=True),
    sa.Column('vmm_daily_limit', sa.BigInteger(), nullable=True),
    sa.Column('amd_agent_route_options', sa.String(length=10), nullable=True),
    sa.Column('manual_vm_status_updates', sa.String(length=10), nullable=True),
    sa.Column('survey_recording', sa.String(length=10), nullable=True),
    sa.Column('call_quota_lead_ranking', sa.String(length=40), nullable=True),
    sa.Column('use_internal_dnc', sa.String(length=8), nullable=True),
    sa.Column('use_campaign_dnc', sa.String(length=8), nullable=True),
    sa.Column('manual_dial_list_id', sa.BigInteger(), nullable=True),
    sa.Column('default_xfer_group', sa.String(length=20), nullable=True),
    sa.Column('api_manual_dial', sa.String(length=20), nullable=True),
    sa.Column('agent_lead_search', sa.String(length=30), nullable=True),
    sa.Column('manual_preview_dial', sa.String(length=16), nullable=True),
    sa.Column('alt_number_dialing', sa.String(length=22), nullable=True),
    sa.Column('pause_after_each_call', sa.String(length=1), nullable=True),
    sa.Column('scheduled_callbacks', sa.String(length=1), nullable=True),
    sa.Column('agent_pause_codes_active', sa.String(length=5), nullable=True),
    sa.Column('campaign_allow_inbound', sa.String(length=1), nullable=True),
    sa.Column('use_other_campaign_dnc', sa.String(length=8), nullable=True),
    sa.Column('lead_order', sa.String(length=30), nullable=True),
    sa.Column('auto_dial_level', sa.String(length=6), nullable=True),
    sa.Column('dial_timeout', sa.BigInteger(), nullable=True),
    sa.Column('dial_statuses', sa.String(length=255), nullable=True),
    sa.Column('three_way_dial_prefix', sa.String(length=20), nullable=True),
    sa.Column('manual_dial_prefix', sa.String(length=20), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('campaign_id', name=op.f('pk_campaigns'))
    )
    op.create_table('chat_log',
    sa.Column('message_row_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('chat_id', sa.String(length=20), nullable=True),
    sa.Column('message', sa.Text(), nullable=True),
    sa.Column('message_time', sa.String(length=19), nullable=True),
    sa.Column('poster', sa.String(length=100), nullable=True),
    sa.Column('chat_member_name', sa.String(length=100), nullable=True),
    sa.Column('chat_level', sa.String(length=1), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('message_row_id', name=op.f('pk_chat_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('chat_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chat_log_chat_id'), ['chat_id'], unique=False)

    op.create_table('closer_log',
    sa.Column('closecallid', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('list_id', sa.BigInteger(), nullable=True),
    sa.Column('campaign_id', sa.String(length=20), nullable=True),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('start_epoch', sa.BigInteger(), nullable=True),
    sa.Column('end_epoch', sa.BigInteger(), nullable=True),
    sa.Column('length_in_sec', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.String(length=6), nullable=True),
    sa.Column('phone_code', sa.String(length=10), nullable=True),
    sa.Column('phone_number', sa.String(length=18), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('comments', sa.String(length=255), nullable=True),
    sa.Column('processed', sa.String(length=1), nullable=True),
    sa.Column('queue_seconds', sa.String(length=20), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('xfercallid', sa.BigInteger(), nullable=True),
    sa.Column('term_reason', sa.String(length=14), nullable=True),
    sa.Column('uniqueid', sa.String(length=20), nullable=True),
    sa.Column('agent_only', sa.String(length=20), nullable=True),
    sa.Column('queue_position', sa.BigInteger(), nullable=True),
    sa.Column('called_count', sa.BigInteger(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('closecallid', name=op.f('pk_closer_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('closer_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_closer_log_call_date'), ['call_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_closer_log_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_closer_log_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_closer_log_uniqueid'), ['uniqueid'], unique=False)

    op.create_table('cross_cluster_calls',
    sa.Column('ccc_call_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('remote_call_id', sa.String(length=30), nullable=True),
    sa.Column('local_call_id', sa.String(length=30), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('uniqueid', sa.String(length=20), nullable=True),
    sa.Column('channel', sa.String(length=100), nullable=True),
    sa.Column('server_ip', sa.String(length=60), nullable=True),
    sa.Column('list_id', sa.BigInteger(), nullable=True),
    sa.Column('container_id', sa.String(length=40), nullable=True),
    sa.Column('remote_lead_id', sa.BigInteger(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('ccc_call_id', name=op.f('pk_cross_cluster_calls')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('cross_cluster_calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cross_cluster_calls_call_date'), ['call_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_cross_cluster_calls_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_cross_cluster_calls_local_call_id'), ['local_call_id'], unique=False)

    op.create_table('daily_message_counts',
    sa.Column('count_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('call_date', sa.String(length=10), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('vmm_count', sa.BigInteger(), nullable=True),
    sa.Column('vmm_played', sa.BigInteger(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('count_id', name=op.f('pk_daily_message_counts')),
    sa.UniqueConstraint('lead_id', 'call_date', name=op.f('uq_daily_message_counts_lead_id')),
    sqlite_autoincrement=True
    )
    op.create_table('dnc_numbers',
    sa.Column('phone_number', sa.String(length=18), nullable=False),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('phone_number', name=op.f('pk_dnc_numbers'))
    )
    op.create_table('emails',
    sa.Column('email_row_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('email_date', sa.String(length=19), nullable=True),
    sa.Column('protocol', sa.String(length=4), nullable=True),
    sa.Column('email_to', sa.String(length=255), nullable=True),
    sa.Column('email_from', sa.String(length=255), nullable=True),
    sa.Column('email_from_name', sa.String(length=255), nullable=True),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('mime_type', sa.Text(), nullable=True),
    sa.Column('content_type', sa.Text(), nullable=True),
    sa.Column('content_transfer_encoding', sa.Text(), nullable=True),
    sa.Column('x_mailer', sa.Text(), nullable=True),
    sa.Column('sender_ip', sa.String(length=25), nullable=True),
    sa.Column('message', sa.Text(), nullable=True),
    sa.Column('email_account_id', sa.String(length=20), nullable=True),
    sa.Column('group_id', sa.String(length=20), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=True),
    sa.Column('direction', sa.String(length=8), nullable=True),
    sa.Column('uniqueid', sa.String(length=20), nullable=True),
    sa.Column('xfercallid', sa.BigInteger(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('email_row_id', name=op.f('pk_emails')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('emails', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_emails_email_account_id'), ['email_account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_emails_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_emails_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_emails_user'), ['user'], unique=False)
        batch_op.create_index(batch_op.f('ix_emails_xfercallid'), ['xfercallid'], unique=False)

    op.create_table('emulator_settings',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.String(length=255), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_emulator_settings'))
    )
    op.create_table('group_aliases',
    sa.Column('group_alias_id', sa.String(length=30), nullable=False),
    sa.Column('group_alias_name', sa.String(length=50), nullable=True),
    sa.Column('caller_id_number', sa.String(length=20), nullable=True),
    sa.Column('caller_id_name', sa.String(length=20), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('group_alias_id', name=op.f('pk_group_aliases'))
    )
    op.create_table('hopper',
    sa.Column('hopper_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('status', sa.String(length=6), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('list_id', sa.BigInteger(), nullable=True),
    sa.Column('gmt_offset_now', sa.String(length=20), nullable=True),
    sa.Column('state', sa.String(length=2), nullable=True),
    sa.Column('alt_dial', sa.String(length=6), nullable=True),
    sa.Column('priority', sa.BigInteger(), nullable=True),
    sa.Column('source', sa.String(length=1), nullable=True),
    sa.Column('vendor_lead_code', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('hopper_id', name=op.f('pk_hopper')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('hopper', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hopper_lead_id'), ['lead_id'], unique=False)

    op.create_table('in_group_agents',
    sa.Column('in_group_agent_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('group_id', sa.String(length=20), nullable=True),
    sa.Column('group_rank', sa.BigInteger(), nullable=True),
    sa.Column('group_weight', sa.BigInteger(), nullable=True),
    sa.Column('calls_today', sa.BigInteger(), nullable=True),
    sa.Column('group_web_vars', sa.String(length=255), nullable=True),
    sa.Column('group_grade', sa.BigInteger(), nullable=True),
    sa.Column('group_type', sa.String(length=1), nullable=True),
    sa.Column('calls_today_filtered', sa.BigInteger(), nullable=True),
    sa.Column('daily_limit', sa.BigInteger(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('in_group_agent_id', name=op.f('pk_in_group_agents')),
    sa.UniqueConstraint('user', 'group_id', name=op.f('uq_in_group_agents_user')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('in_group_agents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_in_group_agents_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_in_group_agents_user'), ['user'], unique=False)

    op.create_table('in_groups',
    sa.Column('group_id', sa.String(length=20), nullable=False),
    sa.Column('group_name', sa.String(length=30), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('default_xfer_group', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('group_id', name=op.f('pk_in_groups'))
    )
    op.create_table('ip_list_entries',
    sa.Column('entry_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('ip_list_id', sa.String(length=30), nullable=True),
    sa.Column('ip_address', sa.String(length=45), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('entry_id', name=op.f('pk_ip_list_entries')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('ip_list_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ip_list_entries_ip_list_id'), ['ip_list_id'], unique=False)

    op.create_table('ip_lists',
    sa.Column('ip_list_id', sa.String(length=30), nullable=False),
    sa.Column('ip_list_name', sa.String(length=100), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('ip_list_id', name=op.f('pk_ip_lists'))
    )
    op.create_table('lead_alt_phones',
    sa.Column('alt_phone_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('phone_code', sa.String(length=10), nullable=True),
    sa.Column('phone_number', sa.String(length=18), nullable=True),
    sa.Column('alt_phone_note', sa.String(length=30), nullable=True),
    sa.Column('alt_phone_count', sa.BigInteger(), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('alt_phone_id', name=op.f('pk_lead_alt_phones')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('lead_alt_phones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lead_alt_phones_lead_id'), ['lead_id'], unique=False)

    op.create_table('lead_messages',
    sa.Column('message_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('played', sa.BigInteger(), nullable=True),
    sa.Column('message_entry', sa.Text(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('message_id', name=op.f('pk_lead_messages')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('lead_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lead_messages_lead_id'), ['lead_id'], unique=False)

    op.create_table('leads',
    sa.Column('lead_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entry_date', sa.String(length=19), nullable=True),
    sa.Column('modify_date', sa.String(length=19), nullable=True),
    sa.Column('status', sa.String(length=6), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('vendor_lead_code', sa.String(length=20), nullable=True),
    sa.Column('source_id', sa.String(length=50), nullable=True),
    sa.Column('list_id', sa.BigInteger(), nullable=True),
    sa.Column('gmt_offset_now', sa.String(length=20), nullable=True),
    sa.Column('called_since_last_reset', sa.String(length=3), nullable=True),
    sa.Column('phone_code', sa.String(length=10), nullable=True),
    sa.Column('phone_number', sa.String(length=18), nullable=True),
    sa.Column('title', sa.String(length=4), nullable=True),
    sa.Column('first_name', sa.String(length=30), nullable=True),
    sa.Column('middle_initial', sa.String(length=1), nullable=True),
    sa.Column('last_name', sa.String(length=30), nullable=True),
    sa.Column('address1', sa.String(length=100), nullable=True),
    sa.Column('address2', sa.String(length=100), nullable=True),
    sa.Column('address3', sa.String(length=100), nullable=True),
    sa.Column('city', sa.String(length=50), nullable=True),
    sa.Column('state', sa.String(length=2), nullable=True),
    sa.Column('province', sa.String(length=50), nullable=True),
    sa.Column('postal_code', sa.String(length=10), nullable=True),
    sa.Column('country_code', sa.String(length=3), nullable=True),
    sa.Column('gender', sa.String(length=1), nullable=True),
    sa.Column('date_of_birth', sa.String(length=10), nullable=True),
    sa.Column('alt_phone', sa.String(length=12), nullable=True),
    sa.Column('email', sa.String(length=70), nullable=True),
    sa.Column('security_phrase', sa.String(length=100), nullable=True),
    sa.Column('comments', sa.String(length=255), nullable=True),
    sa.Column('called_count', sa.BigInteger(), nullable=True),
    sa.Column('last_local_call_time', sa.String(length=19), nullable=True),
    sa.Column('rank', sa.BigInteger(), nullable=True),
    sa.Column('owner', sa.String(length=20), nullable=True),
    sa.Column('entry_list_id', sa.BigInteger(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('lead_id', name=op.f('pk_leads')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leads_list_id'), ['list_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_leads_phone_number'), ['phone_number'], unique=False)

    op.create_table('list_fields',
    sa.Column('field_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('list_id', sa.BigInteger(), nullable=True),
    sa.Column('field_label', sa.String(length=50), nullable=True),
    sa.Column('field_name', sa.String(length=5000), nullable=True),
    sa.Column('field_description', sa.String(length=100), nullable=True),
    sa.Column('field_rank', sa.BigInteger(), nullable=True),
    sa.Column('field_help', sa.String(length=1000), nullable=True),
    sa.Column('field_type', sa.String(length=12), nullable=True),
    sa.Column('field_options', sa.String(length=5000), nullable=True),
    sa.Column('field_size', sa.BigInteger(), nullable=True),
    sa.Column('field_max', sa.BigInteger(), nullable=True),
    sa.Column('field_default', sa.String(length=255), nullable=True),
    sa.Column('field_cost', sa.BigInteger(), nullable=True),
    sa.Column('field_required', sa.String(length=12), nullable=True),
    sa.Column('name_position', sa.String(length=4), nullable=True),
    sa.Column('multi_position', sa.String(length=10), nullable=True),
    sa.Column('field_order', sa.BigInteger(), nullable=True),
    sa.Column('field_encrypt', sa.String(length=1), nullable=True),
    sa.Column('field_show_hide', sa.String(length=14), nullable=True),
    sa.Column('field_duplicate', sa.String(length=1), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('field_id', name=op.f('pk_list_fields')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('list_fields', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_list_fields_list_id'), ['list_id'], unique=False)

    op.create_table('lists',
    sa.Column('list_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('list_name', sa.String(length=30), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('list_description', sa.String(length=255), nullable=True),
    sa.Column('list_changedate', sa.String(length=19), nullable=True),
    sa.Column('list_lastcalldate', sa.String(length=19), nullable=True),
    sa.Column('reset_time', sa.String(length=100), nullable=True),
    sa.Column('agent_script_override', sa.String(length=20), nullable=True),
    sa.Column('campaign_cid_override', sa.String(length=20), nullable=True),
    sa.Column('am_message_exten_override', sa.String(length=100), nullable=True),
    sa.Column('drop_inbound_group_override', sa.String(length=20), nullable=True),
    sa.Column('xferconf_a_number', sa.String(length=50), nullable=True),
    sa.Column('xferconf_b_number', sa.String(length=50), nullable=True),
    sa.Column('xferconf_c_number', sa.String(length=50), nullable=True),
    sa.Column('xferconf_d_number', sa.String(length=50), nullable=True),
    sa.Column('xferconf_e_number', sa.String(length=50), nullable=True),
    sa.Column('web_form_address', sa.Text(), nullable=True),
    sa.Column('web_form_address_two', sa.Text(), nullable=True),
    sa.Column('time_zone_setting', sa.String(length=21), nullable=True),
    sa.Column('inventory_report', sa.String(length=1), nullable=True),
    sa.Column('expiration_date', sa.String(length=10), nullable=True),
    sa.Column('na_call_url', sa.Text(), nullable=True),
    sa.Column('local_call_time', sa.String(length=10), nullable=True),
    sa.Column('web_form_address_three', sa.Text(), nullable=True),
    sa.Column('status_group_id', sa.String(length=20), nullable=True),
    sa.Column('user_new_lead_limit', sa.BigInteger(), nullable=True),
    sa.Column('inbound_list_script_override', sa.String(length=20), nullable=True),
    sa.Column('default_xfer_group', sa.String(length=20), nullable=True),
    sa.Column('daily_reset_limit', sa.BigInteger(), nullable=True),
    sa.Column('resets_today', sa.BigInteger(), nullable=True),
    sa.Column('auto_active_list_rank', sa.BigInteger(), nullable=True),
    sa.Column('cache_count', sa.BigInteger(), nullable=True),
    sa.Column('cache_count_new', sa.BigInteger(), nullable=True),
    sa.Column('cache_count_dialable_new', sa.BigInteger(), nullable=True),
    sa.Column('cache_date', sa.String(length=19), nullable=True),
    sa.Column('inbound_drop_voicemail', sa.String(length=20), nullable=True),
    sa.Column('inbound_after_hours_voicemail', sa.String(length=20), nullable=True),
    sa.Column('qc_scorecard_id', sa.String(length=20), nullable=True),
    sa.Column('qc_statuses_id', sa.String(length=20), nullable=True),
    sa.Column('qc_web_form_address', sa.String(length=255), nullable=True),
    sa.Column('auto_alt_threshold', sa.BigInteger(), nullable=True),
    sa.Column('cid_group_id', sa.String(length=20), nullable=True),
    sa.Column('dial_prefix', sa.String(length=20), nullable=True),
    sa.Column('weekday_resets_container', sa.String(length=40), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('list_id', name=op.f('pk_lists'))
    )
    op.create_table('live_calls',
    sa.Column('auto_call_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('campaign_id', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('uniqueid', sa.String(length=20), nullable=True),
    sa.Column('callerid', sa.String(length=20), nullable=True),
    sa.Column('channel', sa.String(length=100), nullable=True),
    sa.Column('phone_code', sa.String(length=10), nullable=True),
    sa.Column('phone_number', sa.String(length=18), nullable=True),
    sa.Column('call_time', sa.String(length=19), nullable=True),
    sa.Column('call_type', sa.String(length=3), nullable=True),
    sa.Column('stage', sa.String(length=20), nullable=True),
    sa.Column('last_update_time', sa.String(length=19), nullable=True),
    sa.Column('alt_dial', sa.String(length=6), nullable=True),
    sa.Column('queue_priority', sa.BigInteger(), nullable=True),
    sa.Column('agent_only', sa.String(length=20), nullable=True),
    sa.Column('agent_grab', sa.String(length=20), nullable=True),
    sa.Column('queue_position', sa.BigInteger(), nullable=True),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('agent_grab_extension', sa.String(length=100), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('auto_call_id', name=op.f('pk_live_calls')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('live_calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_live_calls_callerid'), ['callerid'], unique=False)

    op.create_table('live_channels',
    sa.Column('live_channel_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('channel', sa.String(length=100), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('channel_group', sa.String(length=30), nullable=True),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('channel_data', sa.String(length=100), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('live_channel_id', name=op.f('pk_live_channels')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('live_channels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_live_channels_extension'), ['extension'], unique=False)

    op.create_table('live_chats',
    sa.Column('chat_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('chat_start_time', sa.String(length=19), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=True),
    sa.Column('chat_creator', sa.String(length=20), nullable=True),
    sa.Column('group_id', sa.String(length=20), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('transferring_agent', sa.String(length=20), nullable=True),
    sa.Column('user_direct', sa.String(length=20), nullable=True),
    sa.Column('user_direct_group_id', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('chat_id', name=op.f('pk_live_chats')),
    sqlite_autoincrement=True
    )
    op.create_table('live_inbound_agents',
    sa.Column('live_inbound_agent_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('group_id', sa.String(length=20), nullable=True),
    sa.Column('group_weight', sa.BigInteger(), nullable=True),
    sa.Column('calls_today', sa.BigInteger(), nullable=True),
    sa.Column('last_call_time', sa.String(length=19), nullable=True),
    sa.Column('last_call_finish', sa.String(length=19), nullable=True),
    sa.Column('group_grade', sa.BigInteger(), nullable=True),
    sa.Column('calls_today_filtered', sa.BigInteger(), nullable=True),
    sa.Column('last_call_time_filtered', sa.String(length=19), nullable=True),
    sa.Column('last_call_finish_filtered', sa.String(length=19), nullable=True),
    sa.Column('daily_limit', sa.BigInteger(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('live_inbound_agent_id', name=op.f('pk_live_inbound_agents')),
    sa.UniqueConstraint('user', 'group_id', name=op.f('uq_live_inbound_agents_user')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('live_inbound_agents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_live_inbound_agents_group_id'), ['group_id'], unique=False)

    op.create_table('manager_commands',
    sa.Column('man_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uniqueid', sa.String(length=20), nullable=True),
    sa.Column('entry_date', sa.String(length=19), nullable=True),
    sa.Column('status', sa.String(length=7), nullable=True),
    sa.Column('response', sa.String(length=1), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('channel', sa.String(length=100), nullable=True),
    sa.Column('action', sa.String(length=20), nullable=True),
    sa.Column('callerid', sa.String(length=20), nullable=True),
    sa.Column('cmd_line_b', sa.String(length=100), nullable=True),
    sa.Column('cmd_line_c', sa.String(length=100), nullable=True),
    sa.Column('cmd_line_d', sa.String(length=200), nullable=True),
    sa.Column('cmd_line_e', sa.String(length=100), nullable=True),
    sa.Column('cmd_line_f', sa.String(length=100), nullable=True),
    sa.Column('cmd_line_g', sa.String(length=100), nullable=True),
    sa.Column('cmd_line_h', sa.String(length=100), nullable=True),
    sa.Column('cmd_line_i', sa.String(length=50), nullable=True),
    sa.Column('cmd_line_j', sa.String(length=50), nullable=True),
    sa.Column('cmd_line_k', sa.String(length=100), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('man_id', name=op.f('pk_manager_commands')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('manager_commands', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_manager_commands_callerid'), ['callerid'], unique=False)
        batch_op.create_index(batch_op.f('ix_manager_commands_uniqueid'), ['uniqueid'], unique=False)

    op.create_table('manual_dial_queue',
    sa.Column('mdq_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('phone_number', sa.String(length=100), nullable=True),
    sa.Column('entry_time', sa.String(length=19), nullable=True),
    sa.Column('status', sa.String(length=5), nullable=True),
    sa.Column('external_dial', sa.String(length=100), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('mdq_id', name=op.f('pk_manual_dial_queue')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('manual_dial_queue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_manual_dial_queue_user'), ['user'], unique=False)

    op.create_table('nanpa_prefixes',
    sa.Column('nanpa_prefix_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('areacode', sa.String(length=3), nullable=True),
    sa.Column('prefix', sa.String(length=3), nullable=True),
    sa.Column('GMT_offset', sa.String(length=6), nullable=True),
    sa.Column('DST', sa.String(length=1), nullable=True),
    sa.Column('latitude', sa.String(length=17), nullable=True),
    sa.Column('longitude', sa.String(length=17), nullable=True),
    sa.Column('city', sa.String(length=50), nullable=True),
    sa.Column('state', sa.String(length=2), nullable=True),
    sa.Column('postal_code', sa.String(length=10), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('lata_type', sa.String(length=1), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('nanpa_prefix_id', name=op.f('pk_nanpa_prefixes')),
    sqlite_autoincrement=True
    )
    op.create_table('parked_channels',
    sa.Column('parked_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('channel', sa.String(length=100), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('channel_group', sa.String(length=30), nullable=True),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('parked_by', sa.String(length=100), nullable=True),
    sa.Column('parked_time', sa.String(length=19), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('parked_id', name=op.f('pk_parked_channels')),
    sqlite_autoincrement=True
    )
    op.create_table('phone_codes',
    sa.Column('phone_code_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('country_code', sa.BigInteger(), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('areacode', sa.String(length=3), nullable=True),
    sa.Column('state', sa.String(length=4), nullable=True),
    sa.Column('GMT_offset', sa.String(length=6), nullable=True),
    sa.Column('DST', sa.String(length=1), nullable=True),
    sa.Column('DST_range', sa.String(length=8), nullable=True),
    sa.Column('geographic_description', sa.String(length=100), nullable=True),
    sa.Column('tz_code', sa.String(length=4), nullable=True),
    sa.Column('php_tz', sa.String(length=100), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('phone_code_id', name=op.f('pk_phone_codes')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('phone_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phone_codes_country_code'), ['country_code'], unique=False)

    op.create_table('phones',
    sa.Column('phone_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('dialplan_number', sa.String(length=20), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('login', sa.String(length=15), nullable=True),
    sa.Column('protocol', sa.String(length=8), nullable=True),
    sa.Column('local_gmt', sa.String(length=6), nullable=True),
    sa.Column('voicemail_id', sa.String(length=10), nullable=True),
    sa.Column('phone_ip', sa.String(length=15), nullable=True),
    sa.Column('computer_ip', sa.String(length=15), nullable=True),
    sa.Column('pass', sa.String(length=100), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('phone_type', sa.String(length=50), nullable=True),
    sa.Column('fullname', sa.String(length=50), nullable=True),
    sa.Column('company', sa.String(length=10), nullable=True),
    sa.Column('picture', sa.String(length=19), nullable=True),
    sa.Column('messages', sa.BigInteger(), nullable=True),
    sa.Column('old_messages', sa.BigInteger(), nullable=True),
    sa.Column('ASTmgrUSERNAME', sa.String(length=20), nullable=True),
    sa.Column('ASTmgrSECRET', sa.String(length=20), nullable=True),
    sa.Column('login_user', sa.String(length=20), nullable=True),
    sa.Column('login_pass', sa.String(length=100), nullable=True),
    sa.Column('login_campaign', sa.String(length=10), nullable=True),
    sa.Column('park_on_extension', sa.String(length=10), nullable=True),
    sa.Column('conf_on_extension', sa.String(length=10), nullable=True),
    sa.Column('VICIDIAL_park_on_extension', sa.String(length=10), nullable=True),
    sa.Column('VICIDIAL_park_on_filename', sa.String(length=10), nullable=True),
    sa.Column('monitor_prefix', sa.String(length=10), nullable=True),
    sa.Column('recording_exten', sa.String(length=10), nullable=True),
    sa.Column('voicemail_exten', sa.String(length=10), nullable=True),
    sa.Column('voicemail_dump_exten', sa.String(length=20), nullable=True),
    sa.Column('ext_context', sa.String(length=20), nullable=True),
    sa.Column('dtmf_send_extension', sa.String(length=100), nullable=True),
    sa.Column('call_out_number_group', sa.String(length=100), nullable=True),
    sa.Column('client_browser', sa.String(length=100), nullable=True),
    sa.Column('install_directory', sa.String(length=100), nullable=True),
    sa.Column('local_web_callerID_URL', sa.String(length=255), nullable=True),
    sa.Column('VICIDIAL_web_URL', sa.String(length=255), nullable=True),
    sa.Column('AGI_call_logging_enabled', sa.String(length=1), nullable=True),
    sa.Column('user_switching_enabled', sa.String(length=1), nullable=True),
    sa.Column('conferencing_enabled', sa.String(length=1), nullable=True),
    sa.Column('admin_hangup_enabled', sa.String(length=1), nullable=True),
    sa.Column('admin_hijack_enabled', sa.String(length=1), nullable=True),
    sa.Column('admin_monitor_enabled', sa.String(length=1), nullable=True),
    sa.Column('call_parking_enabled', sa.String(length=1), nullable=True),
    sa.Column('updater_check_enabled', sa.String(length=1), nullable=True),
    sa.Column('AFLogging_enabled', sa.String(length=1), nullable=True),
    sa.Column('QUEUE_ACTION_enabled', sa.String(length=1), nullable=True),
    sa.Column('CallerID_popup_enabled', sa.String(length=1), nullable=True),
    sa.Column('voicemail_button_enabled', sa.String(length=1), nullable=True),
    sa.Column('enable_fast_refresh', sa.String(length=1), nullable=True),
    sa.Column('fast_refresh_rate', sa.BigInteger(), nullable=True),
    sa.Column('enable_persistant_mysql', sa.String(length=1), nullable=True),
    sa.Column('auto_dial_next_number', sa.String(length=1), nullable=True),
    sa.Column('VDstop_rec_after_each_call', sa.String(length=1), nullable=True),
    sa.Column('DBX_server', sa.String(length=15), nullable=True),
    sa.Column('DBX_database', sa.String(length=15), nullable=True),
    sa.Column('DBX_user', sa.String(length=15), nullable=True),
    sa.Column('DBX_pass', sa.String(length=15), nullable=True),
    sa.Column('DBX_port', sa.BigInteger(), nullable=True),
    sa.Column('DBY_server', sa.String(length=15), nullable=True),
    sa.Column('DBY_database', sa.String(length=15), nullable=True),
    sa.Column('DBY_user', sa.String(length=15), nullable=True),
    sa.Column('DBY_pass', sa.String(length=15), nullable=True),
    sa.Column('DBY_port', sa.BigInteger(), nullable=True),
    sa.Column('outbound_cid', sa.String(length=20), nullable=True),
    sa.Column('enable_sipsak_messages', sa.String(length=1), nullable=True),
    sa.Column('email', sa.String(length=100), nullable=True),
    sa.Column('template_id', sa.String(length=15), nullable=True),
    sa.Column('conf_override', sa.Text(), nullable=True),
    sa.Column('phone_context', sa.String(length=20), nullable=True),
    sa.Column('phone_ring_timeout', sa.BigInteger(), nullable=True),
    sa.Column('conf_secret', sa.String(length=100), nullable=True),
    sa.Column('delete_vm_after_email', sa.String(length=1), nullable=True),
    sa.Column('is_webphone', sa.String(length=12), nullable=True),
    sa.Column('use_external_server_ip', sa.String(length=1), nullable=True),
    sa.Column('codecs_list', sa.String(length=100), nullable=True),
    sa.Column('codecs_with_template', sa.String(length=1), nullable=True),
    sa.Column('webphone_dialpad', sa.String(length=10), nullable=True),
    sa.Column('on_hook_agent', sa.String(length=1), nullable=True),
    sa.Column('webphone_auto_answer', sa.String(length=1), nullable=True),
    sa.Column('voicemail_timezone', sa.String(length=30), nullable=True),
    sa.Column('voicemail_options', sa.String(length=255), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('voicemail_greeting', sa.String(length=100), nullable=True),
    sa.Column('voicemail_dump_exten_no_inst', sa.String(length=20), nullable=True),
    sa.Column('voicemail_instructions', sa.String(length=1), nullable=True),
    sa.Column('on_login_report', sa.String(length=1), nullable=True),
    sa.Column('unavail_dialplan_fwd_exten', sa.String(length=40), nullable=True),
    sa.Column('unavail_dialplan_fwd_context', sa.String(length=100), nullable=True),
    sa.Column('nva_call_url', sa.Text(), nullable=True),
    sa.Column('nva_search_method', sa.String(length=40), nullable=True),
    sa.Column('nva_error_filename', sa.String(length=255), nullable=True),
    sa.Column('nva_new_list_id', sa.BigInteger(), nullable=True),
    sa.Column('nva_new_phone_code', sa.String(length=10), nullable=True),
    sa.Column('nva_new_status', sa.String(length=6), nullable=True),
    sa.Column('webphone_dialbox', sa.String(length=1), nullable=True),
    sa.Column('webphone_mute', sa.String(length=1), nullable=True),
    sa.Column('webphone_volume', sa.String(length=1), nullable=True),
    sa.Column('webphone_debug', sa.String(length=1), nullable=True),
    sa.Column('outbound_alt_cid', sa.String(length=20), nullable=True),
    sa.Column('conf_qualify', sa.String(length=1), nullable=True),
    sa.Column('webphone_layout', sa.String(length=255), nullable=True),
    sa.Column('mohsuggest', sa.String(length=100), nullable=True),
    sa.Column('peer_status', sa.String(length=12), nullable=True),
    sa.Column('ping_time', sa.BigInteger(), nullable=True),
    sa.Column('webphone_settings', sa.String(length=40), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('phone_id', name=op.f('pk_phones')),
    sqlite_autoincrement=True
    )
    op.create_table('postal_codes',
    sa.Column('postal_code_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=True),
    sa.Column('state', sa.String(length=4), nullable=True),
    sa.Column('GMT_offset', sa.String(length=6), nullable=True),
    sa.Column('DST', sa.String(length=1), nullable=True),
    sa.Column('DST_range', sa.String(length=8), nullable=True),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.Column('country_code', sa.BigInteger(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('postal_code_id', name=op.f('pk_postal_codes')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('postal_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_postal_codes_postal_code'), ['postal_code'], unique=False)

    op.create_table('recent_sessions',
    sa.Column('recent_session_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('campaign_id', sa.String(length=20), nullable=True),
    sa.Column('conf_exten', sa.String(length=20), nullable=True),
    sa.Column('call_type', sa.String(length=1), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('recent_session_id', name=op.f('pk_recent_sessions')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('recent_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recent_sessions_call_date'), ['call_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_recent_sessions_lead_id'), ['lead_id'], unique=False)

    op.create_table('recordings',
    sa.Column('recording_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('channel', sa.String(length=100), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('start_time', sa.String(length=19), nullable=True),
    sa.Column('start_epoch', sa.BigInteger(), nullable=True),
    sa.Column('end_time', sa.String(length=19), nullable=True),
    sa.Column('end_epoch', sa.BigInteger(), nullable=True),
    sa.Column('length_in_sec', sa.BigInteger(), nullable=True),
    sa.Column('length_in_min', sa.String(length=20), nullable=True),
    sa.Column('filename', sa.String(length=100), nullable=True),
    sa.Column('location', sa.String(length=255), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('vicidial_id', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('recording_id', name=op.f('pk_recordings')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('recordings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recordings_filename'), ['filename'], unique=False)
        batch_op.create_index(batch_op.f('ix_recordings_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recordings_vicidial_id'), ['vicidial_id'], unique=False)

    op.create_table('servers',
    sa.Column('server_id', sa.String(length=20), nullable=False),
    sa.Column('server_description', sa.String(length=255), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('active_asterisk_server', sa.String(length=1), nullable=True),
    sa.Column('active_agent_login_server', sa.String(length=1), nullable=True),
    sa.Column('ext_context', sa.String(length=20), nullable=True),
    sa.Column('asterisk_version', sa.String(length=20), nullable=True),
    sa.Column('local_gmt', sa.String(length=6), nullable=True),
    sa.Column('generate_vicidial_conf', sa.String(length=1), nullable=True),
    sa.Column('rebuild_conf_files', sa.String(length=1), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('server_id', name=op.f('pk_servers'))
    )
    op.create_table('session_data',
    sa.Column('session_name', sa.String(length=40), nullable=False),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('conf_exten', sa.String(length=20), nullable=True),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('login_time', sa.String(length=19), nullable=True),
    sa.Column('webphone_url', sa.Text(), nullable=True),
    sa.Column('agent_login_call', sa.Text(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('session_name', name=op.f('pk_session_data'))
    )
    with op.batch_alter_table('session_data', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_data_user'), ['user'], unique=False)

    op.create_table('settings_containers',
    sa.Column('container_id', sa.String(length=40), nullable=False),
    sa.Column('container_notes', sa.String(length=255), nullable=True),
    sa.Column('container_type', sa.String(length=40), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('container_entry', sa.Text(), nullable=True),
    sa.Column('modify_stamp', sa.String(length=19), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('container_id', name=op.f('pk_settings_containers'))
    )
    op.create_table('sip_channels',
    sa.Column('sip_channel_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('channel', sa.String(length=100), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('channel_group', sa.String(length=30), nullable=True),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('channel_data', sa.String(length=100), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('sip_channel_id', name=op.f('pk_sip_channels')),
    sqlite_autoincrement=True
    )
    op.create_table('statuses',
    sa.Column('status', sa.String(length=6), nullable=False),
    sa.Column('status_name', sa.String(length=30), nullable=True),
    sa.Column('selectable', sa.String(length=1), nullable=True),
    sa.Column('human_answered', sa.String(length=1), nullable=True),
    sa.Column('scheduled_callback', sa.String(length=1), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('status', name=op.f('pk_statuses'))
    )
    op.create_table('system_settings',
    sa.Column('version', sa.String(length=50), nullable=False),
    sa.Column('db_schema_version', sa.BigInteger(), nullable=True),
    sa.Column('vdc_agent_api_active', sa.String(length=1), nullable=True),
    sa.Column('use_non_latin', sa.String(length=1), nullable=True),
    sa.Column('enable_languages', sa.String(length=1), nullable=True),
    sa.Column('language_method', sa.String(length=20), nullable=True),
    sa.Column('agent_debug_logging', sa.String(length=20), nullable=True),
    sa.Column('outbound_cid_any', sa.String(length=20), nullable=True),
    sa.Column('enable_vtiger_integration', sa.String(length=1), nullable=True),
    sa.Column('allow_web_debug', sa.String(length=1), nullable=True),
    sa.Column('agent_notifications', sa.String(length=1), nullable=True),
    sa.Column('webroot_writable', sa.String(length=1), nullable=True),
    sa.Column('pass_hash_enabled', sa.String(length=1), nullable=True),
    sa.Column('pass_key', sa.String(length=100), nullable=True),
    sa.Column('pass_cost', sa.BigInteger(), nullable=True),
    sa.Column('hosted_settings', sa.String(length=100), nullable=True),
    sa.Column('allow_ip_lists', sa.String(length=1), nullable=True),
    sa.Column('system_ip_blacklist', sa.String(length=30), nullable=True),
    sa.Column('sounds_web_directory', sa.String(length=50), nullable=True),
    sa.Column('call_quota_lead_ranking', sa.String(length=1), nullable=True),
    sa.Column('custom_fields_enabled', sa.String(length=1), nullable=True),
    sa.Column('active_modules', sa.Text(), nullable=True),
    sa.Column('auto_user_add_value', sa.BigInteger(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('version', name=op.f('pk_system_settings'))
    )
    op.create_table('three_way_multi_dials',
    sa.Column('user', sa.String(length=20), nullable=False),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('phone_numbers', sa.String(length=255), nullable=True),
    sa.Column('phone_numbers_ct', sa.BigInteger(), nullable=True),
    sa.Column('status', sa.String(length=40), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('user', name=op.f('pk_three_way_multi_dials'))
    )
    with op.batch_alter_table('three_way_multi_dials', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_three_way_multi_dials_call_date'), ['call_date'], unique=False)

    op.create_table('three_way_press_calls',
    sa.Column('press_call_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('caller_code', sa.String(length=30), nullable=True),
    sa.Column('call_3way_id', sa.String(length=30), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('phone_number', sa.String(length=18), nullable=True),
    sa.Column('dialstring', sa.String(length=28), nullable=True),
    sa.Column('outbound_cid', sa.String(length=20), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('session_id', sa.String(length=20), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('session_id_3way', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=40), nullable=True),
    sa.Column('call_channel', sa.String(length=100), nullable=True),
    sa.Column('agent_heartbeat', sa.String(length=19), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('press_call_id', name=op.f('pk_three_way_press_calls')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('three_way_press_calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_three_way_press_calls_call_3way_id'), ['call_3way_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_three_way_press_calls_call_date'), ['call_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_three_way_press_calls_caller_code'), ['caller_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_three_way_press_calls_lead_id'), ['lead_id'], unique=False)

    op.create_table('tts_prompts',
    sa.Column('tts_id', sa.String(length=50), nullable=False),
    sa.Column('tts_name', sa.String(length=100), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('tts_text', sa.Text(), nullable=True),
    sa.Column('tts_voice', sa.String(length=100), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('tts_id', name=op.f('pk_tts_prompts'))
    )
    op.create_table('url_log',
    sa.Column('url_log_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uniqueid', sa.String(length=50), nullable=True),
    sa.Column('url_date', sa.String(length=19), nullable=True),
    sa.Column('url_type', sa.String(length=10), nullable=True),
    sa.Column('response_sec', sa.BigInteger(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('url_response', sa.Text(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('url_log_id', name=op.f('pk_url_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('url_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_url_log_uniqueid'), ['uniqueid'], unique=False)

    op.create_table('user_groups',
    sa.Column('user_group', sa.String(length=20), nullable=False),
    sa.Column('group_name', sa.String(length=40), nullable=True),
    sa.Column('allowed_campaigns', sa.Text(), nullable=True),
    sa.Column('admin_viewable_groups', sa.Text(), nullable=True),
    sa.Column('agent_ip_list', sa.String(length=30), nullable=True),
    sa.Column('api_ip_list', sa.String(length=30), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('user_group', name=op.f('pk_user_groups'))
    )
    op.create_table('user_log',
    sa.Column('user_log_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('event', sa.String(length=50), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('event_date', sa.String(length=19), nullable=True),
    sa.Column('event_epoch', sa.BigInteger(), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('session_id', sa.String(length=20), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('extension', sa.String(length=50), nullable=True),
    sa.Column('computer_ip', sa.String(length=15), nullable=True),
    sa.Column('browser', sa.String(length=255), nullable=True),
    sa.Column('data', sa.String(length=255), nullable=True),
    sa.Column('phone_login', sa.String(length=15), nullable=True),
    sa.Column('server_phone', sa.String(length=15), nullable=True),
    sa.Column('phone_ip', sa.String(length=15), nullable=True),
    sa.Column('webserver', sa.BigInteger(), nullable=True),
    sa.Column('login_url', sa.BigInteger(), nullable=True),
    sa.Column('browser_width', sa.BigInteger(), nullable=True),
    sa.Column('browser_height', sa.BigInteger(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('user_log_id', name=op.f('pk_user_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('user_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_log_user'), ['user'], unique=False)

    op.create_table('users',
    sa.Column('user_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('pass', sa.String(length=100), nullable=True),
    sa.Column('full_name', sa.String(length=50), nullable=True),
    sa.Column('user_level', sa.BigInteger(), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('vdc_agent_api_access', sa.String(length=1), nullable=True),
    sa.Column('modify_leads', sa.String(length=1), nullable=True),
    sa.Column('modify_campaigns', sa.String(length=1), nullable=True),
    sa.Column('view_reports', sa.String(length=1), nullable=True),
    sa.Column('change_agent_campaign', sa.String(length=1), nullable=True),
    sa.Column('agent_choose_ingroups', sa.String(length=1), nullable=True),
    sa.Column('closer_campaigns', sa.Text(), nullable=True),
    sa.Column('scheduled_callbacks', sa.String(length=1), nullable=True),
    sa.Column('agentonly_callbacks', sa.String(length=1), nullable=True),
    sa.Column('agentcall_manual', sa.String(length=1), nullable=True),
    sa.Column('closer_default_blended', sa.String(length=1), nullable=True),
    sa.Column('manager_shift_enforcement_override', sa.String(length=1), nullable=True),
    sa.Column('custom_three', sa.String(length=100), nullable=True),
    sa.Column('custom_four', sa.String(length=100), nullable=True),
    sa.Column('failed_login_count', sa.BigInteger(), nullable=True),
    sa.Column('last_login_date', sa.String(length=19), nullable=True),
    sa.Column('last_ip', sa.String(length=15), nullable=True),
    sa.Column('pass_hash', sa.String(length=500), nullable=True),
    sa.Column('selected_language', sa.String(length=100), nullable=True),
    sa.Column('api_list_restrict', sa.String(length=1), nullable=True),
    sa.Column('api_allowed_functions', sa.String(length=1000), nullable=True),
    sa.Column('api_only_user', sa.String(length=1), nullable=True),
    sa.Column('ignore_ip_list', sa.String(length=1), nullable=True),
    sa.Column('failed_login_attempts_today', sa.BigInteger(), nullable=True),
    sa.Column('failed_login_count_today', sa.BigInteger(), nullable=True),
    sa.Column('failed_last_ip_today', sa.String(length=50), nullable=True),
    sa.Column('failed_last_type_today', sa.String(length=20), nullable=True),
    sa.Column('admin_hide_lead_data', sa.String(length=1), nullable=True),
    sa.Column('admin_hide_phone_data', sa.String(length=8), nullable=True),
    sa.Column('admin_cf_show_hidden', sa.String(length=1), nullable=True),
    sa.Column('phone_login', sa.String(length=20), nullable=True),
    sa.Column('phone_pass', sa.String(length=100), nullable=True),
    sa.Column('delete_users', sa.String(length=1), nullable=True),
    sa.Column('delete_lists', sa.String(length=1), nullable=True),
    sa.Column('load_leads', sa.String(length=1), nullable=True),
    sa.Column('ast_admin_access', sa.String(length=1), nullable=True),
    sa.Column('ast_delete_phones', sa.String(length=1), nullable=True),
    sa.Column('hotkeys_active', sa.String(length=1), nullable=True),
    sa.Column('modify_users', sa.String(length=1), nullable=True),
    sa.Column('modify_lists', sa.String(length=1), nullable=True),
    sa.Column('delete_from_dnc', sa.String(length=1), nullable=True),
    sa.Column('custom_fields_modify', sa.String(length=1), nullable=True),
    sa.Column('modify_phones', sa.String(length=1), nullable=True),
    sa.Column('modify_same_user_level', sa.String(length=1), nullable=True),
    sa.Column('email', sa.String(length=100), nullable=True),
    sa.Column('user_code', sa.String(length=100), nullable=True),
    sa.Column('custom_one', sa.String(length=100), nullable=True),
    sa.Column('custom_two', sa.String(length=100), nullable=True),
    sa.Column('custom_five', sa.String(length=100), nullable=True),
    sa.Column('voicemail_id', sa.String(length=10), nullable=True),
    sa.Column('wrapup_seconds_override', sa.BigInteger(), nullable=True),
    sa.Column('user_nickname', sa.String(length=50), nullable=True),
    sa.Column('user_new_lead_limit', sa.BigInteger(), nullable=True),
    sa.Column('mobile_number', sa.String(length=20), nullable=True),
    sa.Column('user_location', sa.String(length=100), nullable=True),
    sa.Column('agent_choose_blended', sa.String(length=1), nullable=True),
    sa.Column('modify_stamp', sa.String(length=19), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_users')),
    sa.UniqueConstraint('user', name=op.f('uq_users_user')),
    sqlite_autoincrement=True
    )
    op.create_table('vm_message_group_entries',
    sa.Column('entry_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('leave_vm_message_group_id', sa.String(length=40), nullable=True),
    sa.Column('audio_filename', sa.String(length=255), nullable=True),
    sa.Column('audio_name', sa.String(length=255), nullable=True),
    sa.Column('rank', sa.BigInteger(), nullable=True),
    sa.Column('time_start', sa.String(length=4), nullable=True),
    sa.Column('time_end', sa.String(length=4), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('entry_id', name=op.f('pk_vm_message_group_entries')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('vm_message_group_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vm_message_group_entries_leave_vm_message_group_id'), ['leave_vm_message_group_id'], unique=False)

    op.create_table('vm_message_groups',
    sa.Column('leave_vm_message_group_id', sa.String(length=40), nullable=False),
    sa.Column('leave_vm_message_group_notes', sa.String(length=255), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('leave_vm_message_group_id', name=op.f('pk_vm_message_groups'))
    )
    op.create_table('wildcard_rules',
    sa.Column('amm_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('campaign_id', sa.String(length=20), nullable=True),
    sa.Column('entry_type', sa.String(length=8), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('amm_field', sa.String(length=30), nullable=True),
    sa.Column('amm_rank', sa.BigInteger(), nullable=True),
    sa.Column('amm_wildcard', sa.String(length=100), nullable=True),
    sa.Column('amm_filename', sa.String(length=255), nullable=True),
    sa.Column('amm_description', sa.String(length=255), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('amm_id', name=op.f('pk_wildcard_rules')),
    sqlite_autoincrement=True
    )



def downgrade() -> None:

    op.drop_table('wildcard_rules')
    op.drop_table('vm_message_groups')
    with op.batch_alter_table('vm_message_group_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vm_message_group_entries_leave_vm_message_group_id'))

    op.drop_table('vm_message_group_entries')
    op.drop_table('users')
    with op.batch_alter_table('user_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_log_user'))

    op.drop_table('user_log')
    op.drop_table('user_groups')
    with op.batch_alter_table('url_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_url_log_uniqueid'))

    op.drop_table('url_log')
    op.drop_table('tts_prompts')
    with op.batch_alter_table('three_way_press_calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_three_way_press_calls_lead_id'))
        batch_op.drop_index(batch_op.f('ix_three_way_press_calls_caller_code'))
        batch_op.drop_index(batch_op.f('ix_three_way_press_calls_call_date'))
        batch_op.drop_index(batch_op.f('ix_three_way_press_calls_call_3way_id'))

    op.drop_table('three_way_press_calls')
    with op.batch_alter_table('three_way_multi_dials', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_three_way_multi_dials_call_date'))

    op.drop_table('three_way_multi_dials')
    op.drop_table('system_settings')
    op.drop_table('statuses')
    op.drop_table('sip_channels')
    op.drop_table('settings_containers')
    with op.batch_alter_table('session_data', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_data_user'))

    op.drop_table('session_data')
    op.drop_table('servers')
    with op.batch_alter_table('recordings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recordings_vicidial_id'))
        batch_op.drop_index(batch_op.f('ix_recordings_lead_id'))
        batch_op.drop_index(batch_op.f('ix_recordings_filename'))

    op.drop_table('recordings')
    with op.batch_alter_table('recent_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recent_sessions_lead_id'))
        batch_op.drop_index(batch_op.f('ix_recent_sessions_call_date'))

    op.drop_table('recent_sessions')
    with op.batch_alter_table('postal_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_postal_codes_postal_code'))

    op.drop_table('postal_codes')
    op.drop_table('phones')
    with op.batch_alter_table('phone_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phone_codes_country_code'))

    op.drop_table('phone_codes')
    op.drop_table('parked_channels')
    op.drop_table('nanpa_prefixes')
    with op.batch_alter_table('manual_dial_queue', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_manual_dial_queue_user'))

    op.drop_table('manual_dial_queue')
    with op.batch_alter_table('manager_commands', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_manager_commands_uniqueid'))
        batch_op.drop_index(batch_op.f('ix_manager_commands_callerid'))

    op.drop_table('manager_commands')
    with op.batch_alter_table('live_inbound_agents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_live_inbound_agents_group_id'))

    op.drop_table('live_inbound_agents')
    op.drop_table('live_chats')
    with op.batch_alter_table('live_channels', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_live_channels_extension'))

    op.drop_table('live_channels')
    with op.batch_alter_table('live_calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_live_calls_callerid'))

    op.drop_table('live_calls')
    op.drop_table('lists')
    with op.batch_alter_table('list_fields', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_list_fields_list_id'))

    op.drop_table('list_fields')
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leads_phone_number'))
        batch_op.drop_index(batch_op.f('ix_leads_list_id'))

    op.drop_table('leads')
    with op.batch_alter_table('lead_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lead_messages_lead_id'))

    op.drop_table('lead_messages')
    with op.batch_alter_table('lead_alt_phones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lead_alt_phones_lead_id'))

    op.drop_table('lead_alt_phones')
    op.drop_table('ip_lists')
    with op.batch_alter_table('ip_list_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ip_list_entries_ip_list_id'))

    op.drop_table('ip_list_entries')
    op.drop_table('in_groups')
    with op.batch_alter_table('in_group_agents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_in_group_agents_user'))
        batch_op.drop_index(batch_op.f('ix_in_group_agents_group_id'))

    op.drop_table('in_group_agents')
    with op.batch_alter_table('hopper', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hopper_lead_id'))

    op.drop_table('hopper')
    op.drop_table('group_aliases')
    op.drop_table('emulator_settings')
    with op.batch_alter_table('emails', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_emails_xfercallid'))
        batch_op.drop_index(batch_op.f('ix_emails_user'))
        batch_op.drop_index(batch_op.f('ix_emails_lead_id'))
        batch_op.drop_index(batch_op.f('ix_emails_group_id'))
        batch_op.drop_index(batch_op.f('ix_emails_email_account_id'))

    op.drop_table('emails')
    op.drop_table('dnc_numbers')
    op.drop_table('daily_message_counts')
    with op.batch_alter_table('cross_cluster_calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cross_cluster_calls_local_call_id'))
        batch_op.drop_index(batch_op.f('ix_cross_cluster_calls_lead_id'))
        batch_op.drop_index(batch_op.f('ix_cross_cluster_calls_call_date'))

    op.drop_table('cross_cluster_calls')
    with op.batch_alter_table('closer_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_closer_log_uniqueid'))
        batch_op.drop_index(batch_op.f('ix_closer_log_lead_id'))
        batch_op.drop_index(batch_op.f('ix_closer_log_campaign_id'))
        batch_op.drop_index(batch_op.f('ix_closer_log_call_date'))

    op.drop_table('closer_log')
    with op.batch_alter_table('chat_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chat_log_chat_id'))

    op.drop_table('chat_log')
    op.drop_table('campaigns')
    with op.batch_alter_table('campaign_statuses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_statuses_campaign_id'))

    op.drop_table('campaign_statuses')
    with op.batch_alter_table('campaign_dnc_numbers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_dnc_numbers_phone_number'))

    op.drop_table('campaign_dnc_numbers')
    with op.batch_alter_table('callbacks_archive', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_callbacks_archive_lead_id'))

    op.drop_table('callbacks_archive')
    with op.batch_alter_table('callbacks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_callbacks_lead_id'))

    op.drop_table('callbacks')
    with op.batch_alter_table('call_log_details', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_call_log_details_lead_id'))
        batch_op.drop_index(batch_op.f('ix_call_log_details_call_date'))

    op.drop_table('call_log_details')
    with op.batch_alter_table('call_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_call_log_lead_id'))

    op.drop_table('call_log')
    op.drop_table('audio_files')
    op.drop_table('api_urls')
    with op.batch_alter_table('api_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_log_api_date'))

    op.drop_table('api_log')
    op.drop_table('agent_session')
    op.drop_table('agent_screens')
    with op.batch_alter_table('agent_notifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agent_notifications_recipient'))
        batch_op.drop_index(batch_op.f('ix_agent_notifications_notification_date'))

    op.drop_table('agent_notifications')
    with op.batch_alter_table('agent_message_picks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agent_message_picks_caller_code'))

    op.drop_table('agent_message_picks')
    with op.batch_alter_table('agent_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agent_log_user'))

    op.drop_table('agent_log')
    with op.batch_alter_table('agent_debug_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agent_debug_log_db_time'))

    op.drop_table('agent_debug_log')
    with op.batch_alter_table('admin_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_admin_log_user'))
        batch_op.drop_index(batch_op.f('ix_admin_log_record_id'))
        batch_op.drop_index(batch_op.f('ix_admin_log_event_section'))

    op.drop_table('admin_log')

