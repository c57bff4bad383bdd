"""The reference backend as a real process, on SQLite and on a real PostgreSQL cluster of our own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backend_support import PgCluster, ServerProcess, seed_officers


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    cluster = PgCluster()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'server.sqlite3'}"
    return request.getfixturevalue("pg_cluster").new_database()


@pytest.fixture
def server(db_url: str, tmp_path: Path) -> Iterator[ServerProcess]:
    """``mpp-assist server`` itself (the production command), with three officers on two desks."""
    seed_officers(db_url)
    proc = ServerProcess(db_url, tmp_path).start()
    yield proc
    proc.kill()
