"""engagement log, feeds and their items

Revision ID: 0006_engagement_news
Revises: 0005_agenda
Create Date: 2026-11-28 12:34:56.604044
"""

from alembic import op
import sqlalchemy as sa


revision = '0006_engagement_news'
down_revision = '0005_agenda'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('feed',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('url', sa.String(length=1000), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('fetched_at', sa.DateTime(), nullable=True),
    sa.Column('etag', sa.String(length=200), nullable=False),
    sa.Column('modified', sa.String(length=100), nullable=False),
    sa.Column('error', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feed')),
    sa.UniqueConstraint('key', name=op.f('uq_feed_key'))
    )
    op.create_table('engagement_day',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('mentions', sa.Integer(), nullable=False),
    sa.Column('comments', sa.Integer(), nullable=False),
    sa.Column('messages', sa.Integer(), nullable=False),
    sa.Column('interactions', sa.Integer(), nullable=False),
    sa.Column('response_minutes', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['social_account.id'], name=op.f('fk_engagement_day_account_id_social_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_engagement_day')),
    sa.UniqueConstraint('account_id', 'day', name=op.f('uq_engagement_day_account_id_day'))
    )
    op.create_table('feed_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('feed_id', sa.Integer(), nullable=False),
    sa.Column('guid', sa.String(length=500), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('link', sa.String(length=2000), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('fetched_at', sa.DateTime(), nullable=False),
    sa.Column('read_at', sa.DateTime(), nullable=True),
    sa.Column('idea_post_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['feed_id'], ['feed.id'], name=op.f('fk_feed_item_feed_id_feed'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['idea_post_id'], ['post.id'], name=op.f('fk_feed_item_idea_post_id_post'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feed_item')),
    sa.UniqueConstraint('feed_id', 'guid', name=op.f('uq_feed_item_feed_id_guid'))
    )
    with op.batch_alter_table('feed_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feed_item_feed_id'), ['feed_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('feed_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feed_item_feed_id'))

    op.drop_table('feed_item')
    op.drop_table('engagement_day')
    op.drop_table('feed')
