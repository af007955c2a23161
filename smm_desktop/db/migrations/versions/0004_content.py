"""posts, pillars, posting slots, brand occasions

Revision ID: 0004_content
Revises: 0003_review
Create Date: 2026-11-28 10:49:25.168845
"""

from alembic import op
import sqlalchemy as sa


revision = '0004_content'
down_revision = '0003_review'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('brand_occasion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('yearly', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_brand_occasion_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_brand_occasion'))
    )
    with op.batch_alter_table('brand_occasion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_brand_occasion_brand_id'), ['brand_id'], unique=False)

    op.create_table('pillar',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.Column('target_share', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('target_share BETWEEN 0 AND 100', name=op.f('ck_pillar_target_share_range')),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_pillar_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pillar'))
    )
    with op.batch_alter_table('pillar', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pillar_brand_id'), ['brand_id'], unique=False)

    op.create_table('posting_slot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('time_of_day', sa.Time(), nullable=False),
    sa.CheckConstraint('weekday BETWEEN 0 AND 6', name=op.f('ck_posting_slot_weekday_range')),
    sa.ForeignKeyConstraint(['account_id'], ['social_account.id'], name=op.f('fk_posting_slot_account_id_social_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_posting_slot')),
    sa.UniqueConstraint('account_id', 'weekday', 'time_of_day', name=op.f('uq_posting_slot_account_id_weekday_time_of_day'))
    )
    op.create_table('post',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('scheduled_at', sa.DateTime(), nullable=True),
    sa.Column('social_goal_id', sa.Integer(), nullable=True),
    sa.Column('content_type', sa.String(length=12), nullable=True),
    sa.Column('purpose', sa.String(length=12), nullable=True),
    sa.Column('persona_id', sa.Integer(), nullable=True),
    sa.Column('pillar_id', sa.Integer(), nullable=True),
    sa.Column('call_to_action', sa.String(length=200), nullable=False),
    sa.Column('caption', sa.Text(), nullable=False),
    sa.Column('hashtags', sa.Text(), nullable=False),
    sa.Column('notes_for_design', sa.Text(), nullable=False),
    sa.Column('asset_owner', sa.String(length=120), nullable=False),
    sa.Column('asset_due', sa.Date(), nullable=True),
    sa.Column('occasion', sa.String(length=120), nullable=False),
    sa.Column('experiment', sa.Boolean(), nullable=False),
    sa.Column('approval', sa.String(length=12), nullable=False),
    sa.Column('approval_note', sa.Text(), nullable=False),
    sa.Column('published_url', sa.String(length=500), nullable=False),
    sa.Column('lessons', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_post_brand_id_brand'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['persona_id'], ['persona.id'], name=op.f('fk_post_persona_id_persona'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pillar_id'], ['pillar.id'], name=op.f('fk_post_pillar_id_pillar'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['social_goal_id'], ['social_goal.id'], name=op.f('fk_post_social_goal_id_social_goal'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_post'))
    )
    with op.batch_alter_table('post', schema=None) as batch_op:
        batch_op.create_index('ix_post_brand_id_scheduled_at', ['brand_id', 'scheduled_at'], unique=False)

    op.create_table('post_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['social_account.id'], name=op.f('fk_post_account_account_id_social_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['post_id'], ['post.id'], name=op.f('fk_post_account_post_id_post'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_post_account')),
    sa.UniqueConstraint('post_id', 'account_id', name=op.f('uq_post_account_post_id_account_id'))
    )
    with op.batch_alter_table('post_account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_post_account_account_id'), ['account_id'], unique=False)

    op.create_table('post_attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('post_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['post_id'], ['post.id'], name=op.f('fk_post_attachment_post_id_post'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_post_attachment'))
    )


def downgrade() -> None:
    op.drop_table('post_attachment')
    with op.batch_alter_table('post_account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_post_account_account_id'))

    op.drop_table('post_account')
    with op.batch_alter_table('post', schema=None) as batch_op:
        batch_op.drop_index('ix_post_brand_id_scheduled_at')

    op.drop_table('post')
    op.drop_table('posting_slot')
    with op.batch_alter_table('pillar', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pillar_brand_id'))

    op.drop_table('pillar')
    with op.batch_alter_table('brand_occasion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_brand_occasion_brand_id'))

    op.drop_table('brand_occasion')
