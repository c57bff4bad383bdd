"""The officer's queue of applications (Permohonan) and desk sync."""
