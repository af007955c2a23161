"""The `smm` subcommands, one module per area; each module has `register(subparsers)`.

A command's function takes the parsed arguments and returns an exit code. Modules import
their heavy parts inside the function, so `smm --help` stays fast.
"""

from __future__ import annotations

import sys

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, EXIT_BUSY, EXIT_REFUSED = 0, 1, 2, 3, 4
EXIT_CODES = (
    "exit codes: 0 done; 1 the workspace has a problem; 2 wrong usage; "
    "3 the workspace is open in another process; 4 the workspace was refused (newer app, not a workspace)"
)

# Modules under smm_desktop/commands/, in the order their commands are listed.
MODULES = ("workspace", "backups", "transfer", "numbers", "reports")


def fail(command: str, message: str, code: int = EXIT_USAGE) -> int:
    """Print `smm COMMAND: message` on stderr and return `code`."""
    print(f"smm {command}: {message}", file=sys.stderr)
    return code
