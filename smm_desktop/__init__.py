"""SMM Desktop: plan, track and report social media work for your clients."""

__version__ = "0.1.0"
APP_NAME = "SMM Desktop"
APP_ID = "smm-desktop"
