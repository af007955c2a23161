"""business and social goals, snapshots, personas

Revision ID: 0002_strategy
Revises: 0001_brands
Create Date: 2026-11-28 08:54:30.731670
"""

from alembic import op
import sqlalchemy as sa


revision = '0002_strategy'
down_revision = '0001_brands'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('business_goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_business_goal_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_business_goal'))
    )
    with op.batch_alter_table('business_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_business_goal_brand_id'), ['brand_id'], unique=False)

    op.create_table('persona',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('picture_png', sa.LargeBinary(), nullable=True),
    sa.Column('gender', sa.String(length=10), nullable=False),
    sa.Column('age_min', sa.Integer(), nullable=True),
    sa.Column('age_max', sa.Integer(), nullable=True),
    sa.Column('locations', sa.Text(), nullable=False),
    sa.Column('marital_status', sa.String(length=60), nullable=False),
    sa.Column('education', sa.String(length=120), nullable=False),
    sa.Column('occupation', sa.String(length=120), nullable=False),
    sa.Column('income_band', sa.String(length=60), nullable=False),
    sa.Column('interests', sa.Text(), nullable=False),
    sa.Column('pains', sa.Text(), nullable=False),
    sa.Column('dreams', sa.Text(), nullable=False),
    sa.Column('buying_habits', sa.Text(), nullable=False),
    sa.Column('objections', sa.Text(), nullable=False),
    sa.Column('preferred_content', sa.Text(), nullable=False),
    sa.Column('active_hours', sa.String(length=120), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_persona_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persona'))
    )
    with op.batch_alter_table('persona', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_persona_brand_id'), ['brand_id'], unique=False)

    op.create_table('persona_platform',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('persona_id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=30), nullable=False),
    sa.Column('share', sa.Integer(), nullable=False),
    sa.CheckConstraint('share BETWEEN 0 AND 100', name=op.f('ck_persona_platform_share_range')),
    sa.ForeignKeyConstraint(['persona_id'], ['persona.id'], name=op.f('fk_persona_platform_persona_id_persona'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_persona_platform')),
    sa.UniqueConstraint('persona_id', 'platform', name=op.f('uq_persona_platform_persona_id_platform'))
    )
    op.create_table('snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('metric', sa.String(length=30), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['social_account.id'], name=op.f('fk_snapshot_account_id_social_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_snapshot')),
    sa.UniqueConstraint('account_id', 'metric', 'day', name=op.f('uq_snapshot_account_id_metric_day'))
    )
    op.create_table('social_goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('platform', sa.String(length=30), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('metric', sa.String(length=30), nullable=True),
    sa.Column('baseline_value', sa.Float(), nullable=True),
    sa.Column('baseline_date', sa.Date(), nullable=True),
    sa.Column('target_kind', sa.String(length=10), nullable=False),
    sa.Column('target_value', sa.Float(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('business_goal_id', sa.Integer(), nullable=True),
    sa.Column('why_realistic', sa.Text(), nullable=False),
    sa.Column('closed_as', sa.String(length=20), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['social_account.id'], name=op.f('fk_social_goal_account_id_social_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_social_goal_brand_id_brand'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['business_goal_id'], ['business_goal.id'], name=op.f('fk_social_goal_business_goal_id_business_goal'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_social_goal'))
    )
    with op.batch_alter_table('social_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_social_goal_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_social_goal_brand_id'), ['brand_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_social_goal_business_goal_id'), ['business_goal_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('social_goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_social_goal_business_goal_id'))
        batch_op.drop_index(batch_op.f('ix_social_goal_brand_id'))
        batch_op.drop_index(batch_op.f('ix_social_goal_account_id'))

    op.drop_table('social_goal')
    op.drop_table('snapshot')
    op.drop_table('persona_platform')
    with op.batch_alter_table('persona', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_persona_brand_id'))

    op.drop_table('persona')
    with op.batch_alter_table('business_goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_business_goal_brand_id'))

    op.drop_table('business_goal')
