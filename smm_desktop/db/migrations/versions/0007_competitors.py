"""competitors, their accounts, snapshots, log and guesses

Revision ID: 0007_competitors
Revises: 0006_engagement_news
Create Date: 2026-11-28 12:46:11.356811
"""

from alembic import op
import sqlalchemy as sa


revision = '0007_competitors'
down_revision = '0006_engagement_news'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('competitor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('website', sa.String(length=500), nullable=False),
    sa.Column('logo_png', sa.LargeBinary(), nullable=True),
    sa.Column('positioning', sa.Text(), nullable=False),
    sa.Column('strengths', sa.Text(), nullable=False),
    sa.Column('weaknesses', sa.Text(), nullable=False),
    sa.Column('to_learn', sa.Text(), nullable=False),
    sa.Column('to_avoid', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_competitor_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competitor'))
    )
    with op.batch_alter_table('competitor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competitor_brand_id'), ['brand_id'], unique=False)

    op.create_table('competitor_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('competitor_id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=30), nullable=False),
    sa.Column('handle', sa.String(length=100), nullable=False),
    sa.Column('handle_key', sa.String(length=100), nullable=False),
    sa.Column('profile_url', sa.String(length=500), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['competitor_id'], ['competitor.id'], name=op.f('fk_competitor_account_competitor_id_competitor'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competitor_account'))
    )
    with op.batch_alter_table('competitor_account', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competitor_account_competitor_id'), ['competitor_id'], unique=False)

    op.create_table('competitor_guess',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('competitor_id', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.String(length=7), nullable=False),
    sa.Column('focus', sa.Text(), nullable=False),
    sa.Column('frequency', sa.Text(), nullable=False),
    sa.Column('formats', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['competitor_id'], ['competitor.id'], name=op.f('fk_competitor_guess_competitor_id_competitor'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competitor_guess')),
    sa.UniqueConstraint('competitor_id', 'quarter', name=op.f('uq_competitor_guess_competitor_id_quarter'))
    )
    op.create_table('competitor_observation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('competitor_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('link', sa.String(length=1000), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['competitor_id'], ['competitor.id'], name=op.f('fk_competitor_observation_competitor_id_competitor'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competitor_observation'))
    )
    with op.batch_alter_table('competitor_observation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competitor_observation_competitor_id'), ['competitor_id'], unique=False)

    op.create_table('competitor_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('period_days', sa.Integer(), nullable=False),
    sa.Column('followers', sa.Integer(), nullable=True),
    sa.Column('posts', sa.Integer(), nullable=True),
    sa.Column('likes', sa.Integer(), nullable=True),
    sa.Column('comments', sa.Integer(), nullable=True),
    sa.Column('shares', sa.Integer(), nullable=True),
    sa.Column('views', sa.Integer(), nullable=True),
    sa.Column('hashtags', sa.Text(), nullable=False),
    sa.Column('content_types', sa.String(length=200), nullable=False),
    sa.Column('notable_link', sa.String(length=1000), nullable=False),
    sa.Column('notable_file', sa.String(length=1000), nullable=False),
    sa.Column('notable_note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['competitor_account.id'], name=op.f('fk_competitor_snapshot_account_id_competitor_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competitor_snapshot')),
    sa.UniqueConstraint('account_id', 'day', name=op.f('uq_competitor_snapshot_account_id_day'))
    )


def downgrade() -> None:
    op.drop_table('competitor_snapshot')
    with op.batch_alter_table('competitor_observation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competitor_observation_competitor_id'))

    op.drop_table('competitor_observation')
    op.drop_table('competitor_guess')
    with op.batch_alter_table('competitor_account', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competitor_account_competitor_id'))

    op.drop_table('competitor_account')
    with op.batch_alter_table('competitor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competitor_brand_id'))

    op.drop_table('competitor')
