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

    op.create_table('agent_message_picks',
    sa.Column('pick_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('caller_code', sa.String(length=30), nullable=True),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('vm_message', sa.String(length=255), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('pick_id', name=op.f('pk_agent_message_picks'))
    )
    with op.batch_alter_table('agent_message_picks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agent_message_picks_caller_code'), ['caller_code'], unique=False)

    op.create_table('agent_session',
    sa.Column('live_agent_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('conf_exten', sa.String(length=20), nullable=True),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('status', sa.String(length=6), nullable=True),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('uniqueid', sa.String(length=20), nullable=True),
    sa.Column('callerid', sa.String(length=20), nullable=True),
    sa.Column('channel', sa.String(length=100), nullable=True),
    sa.Column('random_id', sa.Integer(), nullable=True),
    sa.Column('last_call_time', sa.String(length=19), nullable=True),
    sa.Column('last_update_time', sa.String(length=19), nullable=True),
    sa.Column('last_call_finish', sa.String(length=19), nullable=True),
    sa.Column('closer_campaigns', sa.Text(), nullable=True),
    sa.Column('call_server_ip', sa.String(length=15), nullable=True),
    sa.Column('user_level', sa.Integer(), nullable=True),
    sa.Column('comments', sa.String(length=20), nullable=True),
    sa.Column('campaign_weight', sa.Integer(), nullable=True),
    sa.Column('calls_today', sa.Integer(), nullable=True),
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
    sa.Column('external_timer_action_seconds', sa.Integer(), nullable=True),
    sa.Column('agent_log_id', sa.Integer(), nullable=True),
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
    sa.Column('on_hook_ring_time', sa.Integer(), nullable=True),
    sa.Column('ring_callerid', sa.String(length=20), nullable=True),
    sa.Column('last_inbound_call_time', sa.String(length=19), nullable=True),
    sa.Column('last_inbound_call_finish', sa.String(length=19), nullable=True),
    sa.Column('campaign_grade', sa.Integer(), nullable=True),
    sa.Column('external_recording', sa.String(length=20), nullable=True),
    sa.Column('external_pause_code', sa.String(length=6), nullable=True),
    sa.Column('pause_code', sa.String(length=6), nullable=True),
    sa.Column('preview_lead_id', sa.Integer(), nullable=True),
    sa.Column('external_lead_id', sa.Integer(), nullable=True),
    sa.Column('last_inbound_call_time_filtered', sa.String(length=19), nullable=True),
    sa.Column('last_inbound_call_finish_filtered', sa.String(length=19), nullable=True),
    sa.Column('dial_campaign_id', sa.String(length=8), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('live_agent_id', name=op.f('pk_agent_session')),
    sa.UniqueConstraint('user', name=op.f('uq_agent_session_user'))
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
    sa.Column('webserver', sa.Integer(), nullable=True),
    sa.Column('api_url', sa.Integer(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('api_id', name=op.f('pk_api_log'))
    )
    with op.batch_alter_table('api_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_log_api_date'), ['api_date'], unique=False)

    op.create_table('api_urls',
    sa.Column('api_id', sa.Integer(), autoincrement=False, nullable=False),
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
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('list_id', sa.Integer(), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('start_epoch', sa.Integer(), nullable=True),
    sa.Column('end_epoch', sa.Integer(), nullable=True),
    sa.Column('length_in_sec', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=6), nullable=True),
    sa.Column('phone_code', sa.String(length=10), nullable=True),
    sa.Column('phone_number', sa.String(length=18), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('comments', sa.String(length=255), nullable=True),
    sa.Column('processed', sa.String(length=1), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('term_reason', sa.String(length=8), nullable=True),
    sa.Column('alt_dial', sa.String(length=6), nullable=True),
    sa.Column('called_count', sa.Integer(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('uniqueid', name=op.f('pk_call_log'))
    )
    with op.batch_alter_table('call_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_log_lead_id'), ['lead_id'], unique=False)

    op.create_table('call_log_details',
    sa.Column('uniqueid', sa.String(length=50), nullable=False),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('lead_id', sa.Integer(), nullable=True),
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

    op.create_table('campaign_statuses',
    sa.Column('campaign_status_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('status', sa.String(length=6), nullable=True),
    sa.Column('status_name', sa.String(length=30), nullable=True),
    sa.Column('selectable', sa.String(length=1), nullable=True),
    sa.Column('campaign_id', sa.String(length=20), nullable=True),
    sa.Column('human_answered', sa.String(length=1), nullable=True),
    sa.Column('scheduled_callback', sa.String(length=1), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('campaign_status_id', name=op.f('pk_campaign_statuses'))
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
    sa.Column('vmm_daily_limit', sa.Integer(), nullable=True),
    sa.Column('amd_agent_route_options', sa.String(length=10), nullable=True),
    sa.Column('manual_vm_status_updates', sa.String(length=10), nullable=True),
    sa.Column('survey_recording', sa.String(length=10), nullable=True),
    sa.Column('call_quota_lead_ranking', sa.String(length=40), nullable=True),
    sa.Column('use_internal_dnc', sa.String(length=8), nullable=True),
    sa.Column('use_campaign_dnc', sa.String(length=8), nullable=True),
    sa.Column('manual_dial_list_id', sa.Integer(), nullable=True),
    sa.Column('default_xfer_group', sa.String(length=20), nullable=True),
    sa.Column('api_manual_dial', sa.String(length=20), nullable=True),
    sa.Column('agent_lead_search', sa.String(length=30), nullable=True),
    sa.Column('pause_after_each_call', sa.String(length=1), nullable=True),
    sa.Column('scheduled_callbacks', sa.String(length=1), nullable=True),
    sa.Column('agent_pause_codes_active', sa.String(length=5), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('campaign_id', name=op.f('pk_campaigns'))
    )
    op.create_table('daily_message_counts',
    sa.Column('count_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('call_date', sa.String(length=10), nullable=True),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('vmm_count', sa.Integer(), nullable=True),
    sa.Column('vmm_played', sa.Integer(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('count_id', name=op.f('pk_daily_message_counts')),
    sa.UniqueConstraint('lead_id', 'call_date', name=op.f('uq_daily_message_counts_lead_id'))
    )
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
    sa.PrimaryKeyConstraint('entry_id', name=op.f('pk_ip_list_entries'))
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
    op.create_table('lead_messages',
    sa.Column('message_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('played', sa.Integer(), nullable=True),
    sa.Column('message_entry', sa.Text(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('message_id', name=op.f('pk_lead_messages'))
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
    sa.Column('list_id', sa.Integer(), nullable=True),
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
    sa.Column('called_count', sa.Integer(), nullable=True),
    sa.Column('last_local_call_time', sa.String(length=19), nullable=True),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('owner', sa.String(length=20), nullable=True),
    sa.Column('entry_list_id', sa.Integer(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('lead_id', name=op.f('pk_leads'))
    )
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leads_list_id'), ['list_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_leads_phone_number'), ['phone_number'], unique=False)

    op.create_table('lists',
    sa.Column('list_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('list_name', sa.String(length=30), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('active', sa.String(length=1), nullable=True),
    sa.Column('list_description', sa.String(length=255), nullable=True),
    sa.Column('am_message_exten_override', sa.String(length=100), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('list_id', name=op.f('pk_lists'))
    )
    op.create_table('live_calls',
    sa.Column('auto_call_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('campaign_id', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=True),
    sa.Column('lead_id', sa.Integer(), nullable=True),
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
    sa.Column('queue_priority', sa.Integer(), nullable=True),
    sa.Column('agent_only', sa.String(length=20), nullable=True),
    sa.Column('agent_grab', sa.String(length=20), nullable=True),
    sa.Column('queue_position', sa.Integer(), nullable=True),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('agent_grab_extension', sa.String(length=100), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('auto_call_id', name=op.f('pk_live_calls'))
    )
    with op.batch_alter_table('live_calls', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_live_calls_callerid'), ['callerid'], unique=False)

    op.create_table('phones',
    sa.Column('phone_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('dialplan_number', sa.String(length=20), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('login', sa.String(length=20), nullable=True),
    sa.Column('protocol', sa.String(length=10), nullable=True),
    sa.Column('local_gmt', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('phone_id', name=op.f('pk_phones'))
    )
    op.create_table('recordings',
    sa.Column('recording_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('channel', sa.String(length=100), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('start_time', sa.String(length=19), nullable=True),
    sa.Column('start_epoch', sa.Integer(), nullable=True),
    sa.Column('end_time', sa.String(length=19), nullable=True),
    sa.Column('end_epoch', sa.Integer(), nullable=True),
    sa.Column('length_in_sec', sa.Integer(), nullable=True),
    sa.Column('length_in_min', sa.String(length=20), nullable=True),
    sa.Column('filename', sa.String(length=100), nullable=True),
    sa.Column('location', sa.String(length=255), nullable=True),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('vicidial_id', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('recording_id', name=op.f('pk_recordings'))
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
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('server_id', name=op.f('pk_servers'))
    )
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
    sa.Column('db_schema_version', sa.Integer(), nullable=True),
    sa.Column('vdc_agent_api_active', sa.String(length=1), nullable=True),
    sa.Column('use_non_latin', sa.String(length=1), nullable=True),
    sa.Column('enable_languages', sa.String(length=1), nullable=True),
    sa.Column('language_method', sa.String(length=20), nullable=True),
    sa.Column('agent_debug_logging', sa.String(length=20), nullable=True),
    sa.Column('outbound_cid_any', sa.String(length=20), nullable=True),
    sa.Column('allow_web_debug', sa.String(length=1), nullable=True),
    sa.Column('agent_notifications', sa.String(length=1), nullable=True),
    sa.Column('webroot_writable', sa.String(length=1), nullable=True),
    sa.Column('pass_hash_enabled', sa.String(length=1), nullable=True),
    sa.Column('pass_key', sa.String(length=100), nullable=True),
    sa.Column('pass_cost', sa.Integer(), nullable=True),
    sa.Column('hosted_settings', sa.String(length=100), nullable=True),
    sa.Column('allow_ip_lists', sa.String(length=1), nullable=True),
    sa.Column('system_ip_blacklist', sa.String(length=30), nullable=True),
    sa.Column('sounds_web_directory', sa.String(length=50), nullable=True),
    sa.Column('call_quota_lead_ranking', sa.String(length=1), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('version', name=op.f('pk_system_settings'))
    )
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
    sa.Column('response_sec', sa.Integer(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('url_response', sa.Text(), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('url_log_id', name=op.f('pk_url_log'))
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
    op.create_table('users',
    sa.Column('user_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('pass', sa.String(length=100), nullable=True),
    sa.Column('full_name', sa.String(length=50), nullable=True),
    sa.Column('user_level', sa.Integer(), nullable=True),
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
    sa.Column('failed_login_count', sa.Integer(), nullable=True),
    sa.Column('last_login_date', sa.String(length=19), nullable=True),
    sa.Column('last_ip', sa.String(length=15), nullable=True),
    sa.Column('pass_hash', sa.String(length=500), nullable=True),
    sa.Column('selected_language', sa.String(length=100), nullable=True),
    sa.Column('api_list_restrict', sa.String(length=1), nullable=True),
    sa.Column('api_allowed_functions', sa.String(length=1000), nullable=True),
    sa.Column('api_only_user', sa.String(length=1), nullable=True),
    sa.Column('ignore_ip_list', sa.String(length=1), nullable=True),
    sa.Column('failed_login_attempts_today', sa.Integer(), nullable=True),
    sa.Column('failed_login_count_today', sa.Integer(), nullable=True),
    sa.Column('failed_last_ip_today', sa.String(length=50), nullable=True),
    sa.Column('failed_last_type_today', sa.String(length=20), nullable=True),
    sa.Column('modify_stamp', sa.String(length=19), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('user_id', name=op.f('pk_users')),
    sa.UniqueConstraint('user', name=op.f('uq_users_user'))
    )
    op.create_table('vm_message_group_entries',
    sa.Column('entry_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('leave_vm_message_group_id', sa.String(length=40), nullable=True),
    sa.Column('audio_filename', sa.String(length=255), nullable=True),
    sa.Column('audio_name', sa.String(length=255), nullable=True),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('time_start', sa.String(length=4), nullable=True),
    sa.Column('time_end', sa.String(length=4), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('entry_id', name=op.f('pk_vm_message_group_entries'))
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
    sa.Column('amm_rank', sa.Integer(), nullable=True),
    sa.Column('amm_wildcard', sa.String(length=100), nullable=True),
    sa.Column('amm_filename', sa.String(length=255), nullable=True),
    sa.Column('amm_description', sa.String(length=255), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('amm_id', name=op.f('pk_wildcard_rules'))
    )



def downgrade() -> None:

    op.drop_table('wildcard_rules')
    op.drop_table('vm_message_groups')
    with op.batch_alter_table('vm_message_group_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vm_message_group_entries_leave_vm_message_group_id'))

    op.drop_table('vm_message_group_entries')
    op.drop_table('users')
    op.drop_table('user_groups')
    with op.batch_alter_table('url_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_url_log_uniqueid'))

    op.drop_table('url_log')
    op.drop_table('tts_prompts')
    op.drop_table('system_settings')
    op.drop_table('statuses')
    op.drop_table('settings_containers')
    op.drop_table('servers')
    with op.batch_alter_table('recordings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recordings_vicidial_id'))
        batch_op.drop_index(batch_op.f('ix_recordings_lead_id'))
        batch_op.drop_index(batch_op.f('ix_recordings_filename'))

    op.drop_table('recordings')
    op.drop_table('phones')
    with op.batch_alter_table('live_calls', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_live_calls_callerid'))

    op.drop_table('live_calls')
    op.drop_table('lists')
    with op.batch_alter_table('leads', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leads_phone_number'))
        batch_op.drop_index(batch_op.f('ix_leads_list_id'))

    op.drop_table('leads')
    with op.batch_alter_table('lead_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lead_messages_lead_id'))

    op.drop_table('lead_messages')
    op.drop_table('ip_lists')
    with op.batch_alter_table('ip_list_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ip_list_entries_ip_list_id'))

    op.drop_table('ip_list_entries')
    op.drop_table('in_groups')
    op.drop_table('daily_message_counts')
    op.drop_table('campaigns')
    with op.batch_alter_table('campaign_statuses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_statuses_campaign_id'))

    op.drop_table('campaign_statuses')
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
    with op.batch_alter_table('agent_message_picks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agent_message_picks_caller_code'))

    op.drop_table('agent_message_picks')

