"""Survei Kepuasan Masyarakat (Permen PANRB 14/2017): questionnaire, anonymous responses, the IKM.

Pure Python, no Qt: ``questionnaire`` (the nine elements and the profile as data), ``model``
(a checked, anonymous response), ``ikm`` (NRR, IKM, grade, sample size), ``speech`` (what to
read aloud), ``report`` (PDF and CSV for a period). ``storage`` keeps responses in the desk's
database and queues them for sync; it is the only part that imports the store, so the
reference backend can use the rest.
"""
