"""The test run's own keyring: a private bus that starts nothing on demand.

With D-Bus activation, the first Secret Service call could start gnome-keyring's
packaged daemon (no password, every secret refused with "Prompt dismissed") before the
one the run unlocks had claimed the name: every test of a CI run failed so.
"""

from __future__ import annotations

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

BUS = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus")


def test_the_private_bus_activates_no_service() -> None:
    with open_dbus_connection(bus="SESSION") as conn:
        (names,) = conn.send_and_get_reply(new_method_call(BUS, "ListActivatableNames")).body
    assert set(names) == {"org.freedesktop.DBus"}


def test_the_secret_service_is_the_one_the_run_unlocked() -> None:
    import secretstorage

    with secretstorage.dbus_init() as conn:
        collection = secretstorage.get_default_collection(conn)
        assert not collection.is_locked()
