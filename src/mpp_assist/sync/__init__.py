"""Offline-first sync with a backend: nothing lost, nothing sent twice.

The pieces, all plain Python (the GUI runs them on its background task runner):

* ``client.BackendClient`` — the one adapter that speaks HTTP (``/api/v1``) to a backend.
* ``outbox`` — the queue in the local store and each application's sync state.
* ``runner.SyncRunner.run_once(progress, cancel) -> SyncReport`` — one pass; ``runner.for_desk``
  builds one from the settings and the keyring.
* ``credentials`` — online login (token in the OS keyring) and offline login (local argon2 hash).
* ``limits.offline_banner`` — the "too long / too many unsent" banner.
* ``bundle`` — encrypted, signed bundles for machines with no network at all.
* ``local_backend`` — starts the local reference server the README's run command uses.
"""
