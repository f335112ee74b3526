"""The agent screen's own logs (functions, system dials, notification deliveries,
park log) and what each agent's screen holds: the audio playing, the timer armed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('agent_function_log',
    sa.Column('agent_function_log_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('agent_log_id', sa.BigInteger(), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('function', sa.String(length=20), nullable=True),
    sa.Column('event_time', sa.String(length=19), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('campaign_id', sa.String(length=8), nullable=True),
    sa.Column('user_group', sa.String(length=20), nullable=True),
    sa.Column('caller_code', sa.String(length=30), nullable=True),
    sa.Column('comments', sa.String(length=40), nullable=True),
    sa.Column('stage', sa.String(length=40), nullable=True),
    sa.Column('uniqueid', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('agent_function_log_id', name=op.f('pk_agent_function_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('agent_function_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agent_function_log_caller_code'), ['caller_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_agent_function_log_event_time'), ['event_time'], unique=False)
        batch_op.create_index(batch_op.f('ix_agent_function_log_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agent_function_log_stage'), ['stage'], unique=False)
        batch_op.create_index(batch_op.f('ix_agent_function_log_user'), ['user'], unique=False)

    op.create_table('agent_notification_deliveries',
    sa.Column('queue_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('notification_id', sa.BigInteger(), nullable=True),
    sa.Column('queue_date', sa.String(length=19), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('queue_id', name=op.f('pk_agent_notification_deliveries')),
    sqlite_autoincrement=True
    )
    op.create_table('park_log',
    sa.Column('park_log_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('uniqueid', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=True),
    sa.Column('channel', sa.String(length=100), nullable=True),
    sa.Column('channel_group', sa.String(length=30), nullable=True),
    sa.Column('server_ip', sa.String(length=15), nullable=True),
    sa.Column('parked_time', sa.String(length=19), nullable=True),
    sa.Column('grab_time', sa.String(length=19), nullable=True),
    sa.Column('hangup_time', sa.String(length=19), nullable=True),
    sa.Column('parked_sec', sa.BigInteger(), nullable=True),
    sa.Column('talked_sec', sa.BigInteger(), nullable=True),
    sa.Column('extension', sa.String(length=100), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('lead_id', sa.BigInteger(), nullable=True),
    sa.Column('campaign_id', sa.String(length=20), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('park_log_id', name=op.f('pk_park_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('park_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_park_log_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_park_log_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_park_log_parked_time'), ['parked_time'], unique=False)

    op.create_table('user_dial_log',
    sa.Column('user_dial_log_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('caller_code', sa.String(length=30), nullable=True),
    sa.Column('user', sa.String(length=20), nullable=True),
    sa.Column('call_date', sa.String(length=19), nullable=True),
    sa.Column('call_type', sa.String(length=10), nullable=True),
    sa.Column('notes', sa.String(length=100), nullable=True),
    sa.Column('vicidial_extra', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('user_dial_log_id', name=op.f('pk_user_dial_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('user_dial_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_user_dial_log_call_date'), ['call_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_user_dial_log_caller_code'), ['caller_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_user_dial_log_user'), ['user'], unique=False)

    with op.batch_alter_table('agent_screens', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audio', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('timer', sa.JSON(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('agent_screens', schema=None) as batch_op:
        batch_op.drop_column('timer')
        batch_op.drop_column('audio')

    with op.batch_alter_table('user_dial_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_user_dial_log_user'))
        batch_op.drop_index(batch_op.f('ix_user_dial_log_caller_code'))
        batch_op.drop_index(batch_op.f('ix_user_dial_log_call_date'))

    op.drop_table('user_dial_log')
    with op.batch_alter_table('park_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_park_log_parked_time'))
        batch_op.drop_index(batch_op.f('ix_park_log_lead_id'))
        batch_op.drop_index(batch_op.f('ix_park_log_campaign_id'))

    op.drop_table('park_log')
    op.drop_table('agent_notification_deliveries')
    with op.batch_alter_table('agent_function_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agent_function_log_user'))
        batch_op.drop_index(batch_op.f('ix_agent_function_log_stage'))
        batch_op.drop_index(batch_op.f('ix_agent_function_log_lead_id'))
        batch_op.drop_index(batch_op.f('ix_agent_function_log_event_time'))
        batch_op.drop_index(batch_op.f('ix_agent_function_log_caller_code'))

    op.drop_table('agent_function_log')
