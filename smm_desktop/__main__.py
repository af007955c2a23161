"""`python -m smm_desktop` opens the GUI."""

import sys

from smm_desktop.app import main

sys.exit(main())
