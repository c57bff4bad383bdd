"""Times the window shows (a draft's, an application's, the last sync's) are the desk's, named."""

from __future__ import annotations

from mpp_assist import clock
from mpp_assist.ui.desk.services_page import _local_time


def test_a_stored_time_is_shown_in_the_desks_zone() -> None:
    clock.use_zone("Asia/Makassar")
    assert _local_time("2026-03-17T23:30:00+00:00") == "18-03-2026 07:30 WITA"
    assert _local_time("not a time") == "not a time"
