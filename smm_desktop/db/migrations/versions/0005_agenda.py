"""routines, their check-offs, tasks

Revision ID: 0005_agenda
Revises: 0004_content
Create Date: 2026-11-28 11:36:05.177798
"""

from alembic import op
import sqlalchemy as sa


revision = '0005_agenda'
down_revision = '0004_content'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('routine',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('why', sa.Text(), nullable=False),
    sa.Column('cadence', sa.String(length=10), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=True),
    sa.Column('month_day', sa.Integer(), nullable=True),
    sa.Column('screen', sa.String(length=40), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routine')),
    sa.UniqueConstraint('key', name=op.f('uq_routine_key'))
    )
    op.create_table('routine_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('routine_id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=12), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_routine_check_brand_id_brand'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['routine_id'], ['routine.id'], name=op.f('fk_routine_check_routine_id_routine'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routine_check')),
    sa.UniqueConstraint('routine_id', 'brand_id', 'period', name=op.f('uq_routine_check_routine_id_brand_id_period'))
    )
    with op.batch_alter_table('routine_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routine_check_brand_id'), ['brand_id'], unique=False)

    op.create_table('task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('due', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_task_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_brand_id'), ['brand_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_brand_id'))

    op.drop_table('task')
    with op.batch_alter_table('routine_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routine_check_brand_id'))

    op.drop_table('routine_check')
    op.drop_table('routine')
