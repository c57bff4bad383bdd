"""A per-client token bucket, kept in memory (one reference-server process).

Each client address gets ``capacity`` requests at once, then one more every
``1 / refill_per_second`` seconds. IPv6 clients are counted per /64 (what one
phone or home is given), so rotating addresses inside it does not buy more
tries. Several server processes each keep their own buckets: a deployment
running many workers should rate-limit at its reverse proxy instead.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Callable


def client_key(host: str | None) -> str:
    """The bucket an address belongs to: the IPv4 address, or the IPv6 /64 around it."""
    if not host:
        return "?"
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return host
    if ip.version == 6 and ip.ipv4_mapped is None:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(getattr(ip, "ipv4_mapped", None) or ip)


class TokenBucket:
    def __init__(
        self,
        capacity: int,
        refill_per_second: float,
        *,
        max_clients: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.capacity, self.rate, self.clock = capacity, refill_per_second, clock
        self.max_clients = max_clients
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 when the request may go ahead, else the seconds until the next one may."""
        with self._lock:
            now = self.clock()
            tokens, at = self._buckets.get(key, (float(self.capacity), now))
            tokens = min(float(self.capacity), tokens + (now - at) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                if len(self._buckets) > self.max_clients:
                    self._forget_full(now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate

    def _forget_full(self, now: float) -> None:
        """Drop clients whose bucket has refilled: they are indistinguishable from new ones."""
        full = [k for k, (t, at) in self._buckets.items() if t + (now - at) * self.rate >= self.capacity]
        for k in full:
            del self._buckets[k]
