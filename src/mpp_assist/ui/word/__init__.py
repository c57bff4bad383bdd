"""The applicant's own word at the desk: read back aloud, then a signature or a witnessed thumbprint."""
