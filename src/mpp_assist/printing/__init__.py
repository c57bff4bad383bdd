"""Printing receipts without Qt: to a system (CUPS) queue with ``lp``, or as ESC/POS to a thermal printer.

- ``print_pdf(path, printer)`` (``printing.cups``): hand a receipt PDF to CUPS; the UI
  uses it for "print again" without a dialog, the CLI for ``--print``.
- ``print_form(pdf, printer, paper="a4"|"f4")`` (``printing.cups``): a paper form through the
  same ``lp``, with the job's ``media`` set to the form's paper (F4: ``Custom.215x330mm``); the
  *Formulir kertas* dialog's *Cetak ke pencetak* and ``mpp-assist form-print --print``.
- ``print_receipt_escpos(...)`` (``printing.thermal``): for desks whose 58/80 mm
  printer has no system driver: text, a native QR code and a cut, over the
  network (TCP 9100) or USB, as chosen in the settings.

Both raise ``PrintError`` with a message for the officer (Indonesian, or English).
"""

from __future__ import annotations

from mpp_assist.printing.errors import PrintError

__all__ = ["PrintError"]
