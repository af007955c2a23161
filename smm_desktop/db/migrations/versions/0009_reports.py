"""report templates and email templates

Revision ID: 0009_reports
Revises: 0008_numbers
Create Date: 2026-11-28 13:23:06.696264
"""

from alembic import op
import sqlalchemy as sa


revision = '0009_reports'
down_revision = '0008_numbers'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('email_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_email_template')),
    sa.UniqueConstraint('language', name=op.f('uq_email_template_language'))
    )
    op.create_table('report_template',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('sections', sa.Text(), nullable=False),
    sa.Column('account_ids', sa.Text(), nullable=False),
    sa.Column('paper', sa.String(length=10), nullable=False),
    sa.Column('app_branding', sa.Boolean(), nullable=False),
    sa.Column('report_day', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['brand_id'], ['brand.id'], name=op.f('fk_report_template_brand_id_brand'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_template')),
    sa.UniqueConstraint('brand_id', 'kind', name=op.f('uq_report_template_brand_id_kind'))
    )


def downgrade() -> None:
    op.drop_table('report_template')
    op.drop_table('email_template')
