"""KTP-el and Kartu Keluarga read from a photo and confirmed field by field before they fill a form."""
