"""Every widget and all Qt code of MPP Assist.

The core (store, forms, receipts, …) never imports this package; widgets call
into the core and slow work goes through ``ui.shell.taskman``.
"""
