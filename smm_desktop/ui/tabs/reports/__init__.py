"""The Reports tab: campaigns now; the reports themselves come with issue #9."""
