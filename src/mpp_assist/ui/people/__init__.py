"""The *Pemohon* place: find a returning citizen, their applications and family, serve them again."""
