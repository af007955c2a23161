"""Counts and seed of the crash suite: command line options (declared in tests/conftest.py,
where pytest reads them) or environment variables, for the long runs of tests/crash/README.md."""

from __future__ import annotations

import os
import random

import pytest


def _setting(request: pytest.FixtureRequest, option: str, variable: str, default: int) -> int:
    given = request.config.getoption(option, None)
    if given is None:
        given = os.environ.get(variable) or default
    return int(given)


@pytest.fixture
def crash_kills(request: pytest.FixtureRequest) -> int:
    """SIGKILLs in test_sigkill.py: --crash-kills N or SMM_CRASH_KILLS (default 100)."""
    return _setting(request, "crash_kills", "SMM_CRASH_KILLS", 100)


@pytest.fixture
def power_cuts(request: pytest.FixtureRequest) -> int:
    """Power cuts per mode in test_powercut.py: --power-cuts N or SMM_POWER_CUTS (default 100)."""
    return _setting(request, "power_cuts", "SMM_POWER_CUTS", 100)


@pytest.fixture(scope="session")
def crash_seed(request: pytest.FixtureRequest) -> int:
    """--crash-seed N or SMM_CRASH_SEED; a fresh one each run otherwise (printed in the summary
    and in any failure, so a failing run can be repeated)."""
    return _setting(request, "crash_seed", "SMM_CRASH_SEED", random.SystemRandom().randrange(10**6))
