"""Resumable attachment upload over the protocol's piece-by-piece PUTs (see ``server/api.py``)."""

from __future__ import annotations

from collections.abc import Callable

from mpp_assist.sync.client import BackendClient


class SourceChanged(Exception):
    """The local bytes ended before the declared size: the file changed after it was registered."""


def send_pieces(
    client: BackendClient,
    client_uuid: str,
    attachment_id: str,
    read_at: Callable[[int, int], bytes],
    size: int,
    sha256: str,
    piece: int,
    on_piece: Callable[[int], None] | None = None,
) -> None:
    """Upload from where the server is, a piece at a time, until it confirms the SHA-256.

    Network errors propagate (the caller retries; the next call resumes at the server's offset).
    """
    state = client.attachment_state(client_uuid, attachment_id)
    same = state is not None and state.get("sha256") == sha256 and state.get("size") == size
    if same and state and state.get("complete"):
        return
    offset = int(state.get("received", 0)) if same and state else 0
    while True:
        data = read_at(offset, piece)
        if not data:
            raise SourceChanged(attachment_id)
        status, body = client.put_attachment_piece(client_uuid, attachment_id, data, offset, size, sha256)
        if status in (200, 201):
            return
        offset = int(body.get("received", 0))
        if on_piece:
            on_piece(offset)
