"""Entry point of the bundled executable: the same ``mpp-assist`` command as the wheel's script."""

import sys

from mpp_assist.cli import main

if __name__ == "__main__":
    sys.exit(main())
