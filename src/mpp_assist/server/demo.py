"""The demo account the README's "run" command seeds on the local server it starts, and nowhere else.

Plain constants (no server imports) so the desk's local launcher can sign in with them.
A real server has only the accounts its administrator adds with ``server add-officer``.
"""

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-mpp-2026"  # noqa: S105 - documented in README.md; local demo server only
DEMO_DESK = "DEMO-01"
