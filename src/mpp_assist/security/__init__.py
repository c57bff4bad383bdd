"""Data protection (UU PDP 27/2022): keys, officer accounts, sessions, audit chain, retention, consent.

Plain Python, no Qt. The database key is a random 256-bit data key; each officer
account holds a copy of it wrapped with a key derived (argon2id) from that
officer's password or PIN, and the wrapped copy lives in the OS keyring. Whoever
holds the disk without an officer's credentials holds only ciphertext.
"""
