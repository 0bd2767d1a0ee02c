"""A local HTTP server that notes every request: the target of SERVICE in the tests.

It answers each request with an empty SPARQL JSON result (one solution, no variables),
so a SERVICE call that is allowed succeeds, and one that should never have been made
is seen in :attr:`Canary.requests`.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["Canary", "canary"]

_ANSWER = b'{"head":{"vars":[]},"results":{"bindings":[{}]}}'


class Canary:
    """The server's address and the requests it received (their first line)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.port: int = sock.getsockname()[1]
        self.requests: list[str] = []
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def seen(self) -> int:
        with self._lock:
            return len(self.requests)

    def serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    head = conn.recv(65536)
                except OSError:
                    head = b""
                with self._lock:
                    self.requests.append(head.split(b"\r\n", 1)[0].decode("latin-1"))
                reply = (
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                    + f"Content-Length: {len(_ANSWER)}\r\nConnection: close\r\n\r\n".encode()
                    + _ANSWER
                )
                try:
                    conn.sendall(reply)
                except OSError:
                    pass


@contextmanager
def canary() -> Iterator[Canary]:
    """A canary listening on a free loopback port for the length of the block."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    c = Canary(sock)
    thread = threading.Thread(target=c.serve, daemon=True)
    thread.start()
    try:
        yield c
    finally:
        sock.close()
