"""Tests of the user interface (smm_desktop/ui), run offscreen with pytest-qt."""
