"""MPP Assist: assisted-service desk app for Indonesia's Mal Pelayanan Publik."""

__version__ = "0.1.0"
