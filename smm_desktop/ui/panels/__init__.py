"""Part of the user interface."""
