"""``python -m mpp_assist`` runs the same entry point as the ``mpp-assist`` script."""

import sys

from mpp_assist.cli import main

sys.exit(main())
