"""audit, brand guide, reviews, chosen platforms

Revision ID: 0003_review
Revises: 0002_strategy
Create Date: 2026-11-28 10:07:54.895304
"""

from alembic import op
import sqlalchemy as sa


revision = '0003_review'
down_revision = '0002_strategy'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('brand_guide',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('voice', sa.Text(), nullable=False),
    sa.Column('tone', sa.Text(), nullable=False),
    sa.Column('words_to_use', sa.Text(), nullable=False),
    sa.Column('words_to_avoid', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_brand_guide_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_brand_guide')),
    sa.UniqueConstraint('brand_id', name=op.f('uq_brand_guide_brand_id'))
    )
    op.create_table('chosen_platform',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=30), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_chosen_platform_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chosen_platform')),
    sa.UniqueConstraint('brand_id', 'platform', name=op.f('uq_chosen_platform_brand_id_platform'))
    )
    op.create_table('consistency_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_consistency_check_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consistency_check'))
    )
    with op.batch_alter_table('consistency_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consistency_check_brand_id'), ['brand_id'], unique=False)

    op.create_table('hashtag_set',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('tags', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_hashtag_set_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hashtag_set'))
    )
    with op.batch_alter_table('hashtag_set', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hashtag_set_brand_id'), ['brand_id'], unique=False)

    op.create_table('platform_bio',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=30), nullable=False),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('bio', sa.Text(), nullable=False),
    sa.Column('link', sa.String(length=500), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_platform_bio_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_platform_bio')),
    sa.UniqueConstraint('brand_id', 'platform', name=op.f('uq_platform_bio_brand_id_platform'))
    )
    op.create_table('review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('what_worked', sa.Text(), nullable=False),
    sa.Column('what_did_not', sa.Text(), nullable=False),
    sa.Column('next_actions', sa.Text(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_review_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review'))
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_brand_id'), ['brand_id'], unique=False)

    op.create_table('account_audit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('audited_on', sa.Date(), nullable=False),
    sa.Column('posts_last_90_days', sa.Integer(), nullable=True),
    sa.Column('best_posts', sa.Text(), nullable=False),
    sa.Column('failed_before', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['social_account.id'], name=op.f('fk_account_audit_account_id_social_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account_audit'))
    )
    with op.batch_alter_table('account_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_account_audit_account_id'), ['account_id'], unique=False)

    op.create_table('consistency_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('aspect', sa.String(length=20), nullable=False),
    sa.Column('result', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['social_account.id'], name=op.f('fk_consistency_item_account_id_social_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['check_id'], ['consistency_check.id'], name=op.f('fk_consistency_item_check_id_consistency_check'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consistency_item')),
    sa.UniqueConstraint('check_id', 'account_id', 'aspect', name=op.f('uq_consistency_item_check_id_account_id_aspect'))
    )
    with op.batch_alter_table('consistency_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consistency_item_account_id'), ['account_id'], unique=False)

    op.create_table('experiment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=True),
    sa.Column('idea', sa.Text(), nullable=False),
    sa.Column('hypothesis', sa.Text(), nullable=False),
    sa.Column('measure', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_experiment_brand_id_brand'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_experiment_review_id_review'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_experiment'))
    )
    with op.batch_alter_table('experiment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_experiment_brand_id'), ['brand_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_experiment_review_id'), ['review_id'], unique=False)

    op.create_table('audit_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('audit_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.String(length=30), nullable=False),
    sa.Column('result', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['audit_id'], ['account_audit.id'], name=op.f('fk_audit_check_audit_id_account_audit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_check')),
    sa.UniqueConstraint('audit_id', 'item', name=op.f('uq_audit_check_audit_id_item'))
    )
    op.create_table('review_goal_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=True),
    sa.Column('goal_title', sa.String(length=200), nullable=False),
    sa.Column('metric', sa.String(length=30), nullable=True),
    sa.Column('baseline_value', sa.Float(), nullable=True),
    sa.Column('target_value', sa.Float(), nullable=True),
    sa.Column('final_value', sa.Float(), nullable=True),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['social_goal.id'], name=op.f('fk_review_goal_result_goal_id_social_goal'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_review_goal_result_review_id_review'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_goal_result'))
    )
    with op.batch_alter_table('review_goal_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_goal_result_goal_id'), ['goal_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('review_goal_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_goal_result_goal_id'))

    op.drop_table('review_goal_result')
    op.drop_table('audit_check')
    with op.batch_alter_table('experiment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_experiment_review_id'))
        batch_op.drop_index(batch_op.f('ix_experiment_brand_id'))

    op.drop_table('experiment')
    with op.batch_alter_table('consistency_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consistency_item_account_id'))

    op.drop_table('consistency_item')
    with op.batch_alter_table('account_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_account_audit_account_id'))

    op.drop_table('account_audit')
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_brand_id'))

    op.drop_table('review')
    op.drop_table('platform_bio')
    with op.batch_alter_table('hashtag_set', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hashtag_set_brand_id'))

    op.drop_table('hashtag_set')
    with op.batch_alter_table('consistency_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consistency_check_brand_id'))

    op.drop_table('consistency_check')
    op.drop_table('chosen_platform')
    op.drop_table('brand_guide')
