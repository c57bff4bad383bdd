"""The MPP floor's queue (antrean), without Qt, HTTP or a database of its own.

``tickets`` (a ticket and what can happen to it: call, recall, skip, transfer, serve), ``rules``
(prefixes per service group, the priority lane's calling rule), ``spoken`` (what the hall hears),
``local`` (the queue a desk runs while the backend is unreachable, and the ticket → application
links), ``sla`` (promised times: due dates, waiting and service times, the period report),
``desk`` (a desk's queue: the backend when it answers, the local queue when not).

The server (``server/queue``) uses ``tickets``, ``rules``, ``spoken`` and ``sla`` for the same
rules on its tables; nothing here imports the server.
"""
