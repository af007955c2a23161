"""The Audience tab: personas (segments) and where they are."""
