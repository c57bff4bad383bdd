"""How long to wait before retrying: exponential backoff with full jitter, never sooner than Retry-After.

Jitter keeps a hundred desks that lost the network together from all retrying in
the same second when it returns.
"""

from __future__ import annotations

import random


def delay(
    attempt: int,
    retry_after: float | None = None,
    *,
    base: float = 0.5,
    cap: float = 60.0,
    rng: random.Random | None = None,
) -> float:
    """Seconds to wait before attempt number ``attempt + 1`` (``attempt`` counts from 0)."""
    rng = rng or random.Random()  # noqa: S311 - jitter, not security
    jittered = rng.uniform(0, min(cap, base * (2 ** min(attempt, 30))))
    if retry_after is not None:
        # The server said when: honour it (capped), plus a little jitter so desks spread out.
        return min(max(retry_after, 0.0), cap) + rng.uniform(0, base)
    return jittered
