"""Speech in Bahasa Indonesia: the verbaliser (numbers, money, dates, digit groups) and engines that
synthesise each utterance to a WAV file, plus a player for it. Plain Python: no Qt here."""
