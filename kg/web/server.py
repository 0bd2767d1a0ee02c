"""``kg serve``: the graph as a SPARQL 1.1 Protocol endpoint, with a small offline query page.

Routes: ``/sparql`` (the protocol, :mod:`kg.web.protocol`; a bare ``GET`` answers the
service description), ``/`` (a page to type a query), ``/node?iri=…`` and ``/view?focus=…``
(:mod:`kg.web.pages`), ``/saved.json`` (the saved queries).

Each connection has a thread; each query and page runs in a pool of worker processes
(:mod:`kg.store.workers`): ``workers`` of them, and one more for each query that runs
past half a second. A query waits at most ``timeout`` seconds for a free worker and then
runs at most ``timeout`` seconds;
past that the client gets **503 Service Unavailable** (as Fuseki answers) and a late
query's worker is killed, so it stops using the machine at once. Answers longer than
``max_rows`` rows (or triples) are cut there, with ``X-Kg-Truncated: max-rows=N``.

What the endpoint does and does not do for safety is in docs/security.md: it is
read-only unless started with ``allow_update`` and a token (updates then need
``Authorization: Bearer <token>`` and are not held to the timeout: abandoning one would
answer 503 for a change that still commits); it makes no request to another server
unless a host is allowed (``allow_service``); it grants no cross-origin access unless an
origin is named (``cors``), refuses requests that other web pages send it, and on
loopback refuses Host names other than loopback ones (DNS rebinding).
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import math
import os
import re
import signal
import socket
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kg.errors import KgError, QueryError, QueryTimeoutError, ServeError
from kg.store import Store
from kg.store.local import open_reader
from kg.store.outbound import check_outbound, normalize_hosts
from kg.store.sparql import is_update
from kg.store.workers import ReadPool, ThreadPool, WorkerPool
from kg.web.pages import name_label, node_page, view_page
from kg.web.protocol import (
    GRAPH_TYPES,
    RESULT_TYPES,
    Answer,
    HttpError,
    QueryJob,
    SparqlRequest,
    choose_media,
    form_params,
    negotiate,
    read_get,
    read_post,
    run_query,
    service_description,
)

__all__ = [
    "SLOW_WORKERS",
    "ServeConfig",
    "ServeError",
    "SparqlServer",
    "default_workers",
    "make_server",
    "negotiate",
    "serve",
]

_ASSETS = Path(__file__).resolve().parent / "assets"
_MAX_BODY = 1_000_000  # bytes of a POSTed query or update
_BACKLOG = 128  # connections the kernel holds before the server accepts them
IDLE_TIMEOUT = 60.0  # seconds a connection may stay silent, mid-request or between requests
#: slow queries (past half a second) that get a worker process of their own at once
SLOW_WORKERS = 8
_STATIC = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/index.html": ("index.html", "text/html; charset=utf-8"),
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/app.css": ("app.css", "text/css; charset=utf-8"),
}
_PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
)


@dataclass(frozen=True)
class ServeConfig:
    """How ``kg serve`` runs; ``port=0`` picks a free port.

    ``workers`` is how many processes answer queries (default: one per core, at least
    two); each query that runs past half a second gets a process of its own beside them,
    up to :data:`SLOW_WORKERS`. ``allow_service`` names the hosts a ``SERVICE`` may call
    (``host`` or ``host:port``); ``cors`` the origins granted cross-origin access (``*``).
    """

    store: str | Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_rows: int = 10_000
    allow_update: bool = False
    token: str | None = None
    workers: int = field(default_factory=lambda: default_workers())
    quiet: bool = False
    allow_service: tuple[str, ...] = ()
    cors: tuple[str, ...] = ()

    def check(self) -> None:
        if not self.timeout > 0 or not math.isfinite(self.timeout):  # (not NaN either)
            raise ServeError(f"--timeout must be positive, not {self.timeout}")
        if self.max_rows < 1:
            raise ServeError(f"--max-rows must be at least 1, not {self.max_rows}")
        if self.workers < 1:
            raise ServeError(f"--workers must be at least 1, not {self.workers}")
        if self.allow_update and not self.token:
            raise ServeError("--allow-update needs --token T (clients send 'Bearer T')")
        if self.token is not None and len(self.token) < 8:
            raise ServeError("--token must be at least 8 characters")
        if not 0 <= self.port <= 65535:
            raise ServeError(f"--port must be 0-65535, not {self.port}")
        try:
            normalize_hosts(self.allow_service)
        except QueryError as exc:
            raise ServeError(str(exc)) from None
        for origin in self.cors:
            if origin not in ("*", "null") and not re.fullmatch(
                r"https?://[^/\s:]+(:[0-9]{1,5})?", origin
            ):
                raise ServeError(
                    f"--cors {origin!r}: expected an origin such as http://localhost:3000, or *"
                )


def default_workers() -> int:
    """One query process per core this process may use, at least two."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cores = os.cpu_count() or 1
    return max(2, cores)


def _is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "zhkg"
    timeout = IDLE_TIMEOUT  # a connection silent this long is closed

    # ---- plumbing
    def setup(self) -> None:
        super().setup()
        # headers and body leave in two writes: without this, a kept-alive connection
        # waits for the client's delayed ACK (40 ms) before each answer's body
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        if format.startswith("Request timed out"):
            return  # (a kept-alive connection closed after IDLE_TIMEOUT: nothing went wrong)
        if not self.server.config.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _send(self, answer: Answer, *, head_only: bool = False) -> None:
        self.send_response(answer.status)
        if answer.status != HTTPStatus.NO_CONTENT:
            self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in {**answer.headers, **self._cors()}.items():
            self.send_header(k, v)
        self.end_headers()
        if not head_only and answer.status != HTTPStatus.NO_CONTENT:
            self.wfile.write(answer.body)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The errors http.server answers itself (a bad request line, an unknown method, a
        long header) as one line of text with nosniff, as every other answer."""
        headers: dict[str, str] = {}
        if code == HTTPStatus.NOT_IMPLEMENTED:  # a method no page takes
            code, message = HTTPStatus.METHOD_NOT_ALLOWED, f"{self.command} is not served here"
            headers["Allow"] = "GET, HEAD, POST, OPTIONS"
        self.close_connection = True
        text = message or HTTPStatus(code).phrase
        body = (" ".join(text.split()) + "\n").encode("utf-8", "replace")
        self.request_version = "HTTP/1.1"  # (headers even for a request line of 0.9)
        self._send(
            Answer(HTTPStatus(code), body, headers=headers), head_only=self.command == "HEAD"
        )

    def version_string(self) -> str:
        return self.server_version  # (the Server header names no Python version)

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if self.request_version == "HTTP/0.9":  # (a request line of two words: no headers)
            self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED, "HTTP/0.9 is not served")
            return False
        return True

    def _cors(self) -> dict[str, str]:
        """The CORS grant for this request's origin: none unless ``--cors`` names it."""
        if not hasattr(self, "headers"):  # (a request refused before its headers were read)
            return {}
        origin = self.headers.get("Origin")
        allowed = self.server.config.cors
        if origin is None or not self.path.startswith("/sparql"):
            return {}
        if "*" in allowed:
            grant = {"Access-Control-Allow-Origin": "*"}
        elif origin in allowed:
            grant = {"Access-Control-Allow-Origin": origin, "Vary": "Origin"}
        else:
            return {}
        return {**grant, "Access-Control-Expose-Headers": "X-Kg-Truncated"}

    def _guard(self, action: Callable[[], Answer]) -> None:
        try:
            self._check_host()
            self._check_origin()
            answer = action()
        except HttpError as exc:
            self._refuse(exc)
            return
        except TimeoutError:  # a body that stopped coming: say so, and hang up
            self.close_connection = True
            self._refuse(HttpError(HTTPStatus.REQUEST_TIMEOUT, "the request stopped coming"))
            return
        except Exception as exc:  # answer 500 rather than drop the connection
            self.log_error("internal error: %r", exc)
            self._refuse(HttpError(HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error: {exc}"))
            return
        self._send(answer, head_only=self.command == "HEAD")

    def _refuse(self, exc: HttpError) -> None:
        body = (" ".join(exc.message.split()) + "\n").encode("utf-8")
        self._send(Answer(exc.status, body, headers=exc.headers), head_only=self.command == "HEAD")

    def _check_host(self) -> None:
        # Bound to loopback: refuse other Host names, so a web page cannot reach us by
        # rebinding its own domain name to 127.0.0.1.
        if not _is_loopback(self.server.config.host):
            return
        host = self.headers.get("Host", "")
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if not _is_loopback(name.strip("[]") if name.startswith("[") else name):
            raise HttpError(HTTPStatus.FORBIDDEN, f"unexpected Host header {host!r}")

    def _check_origin(self) -> None:
        # A browser names the page that sends a request (Origin): a page of another site
        # may send a query it cannot read, which still runs; refuse it unless granted.
        # An image, script or frame another page embeds carries no Origin, but says where
        # it comes from (Sec-Fetch-Site): only a link followed to a page of its own goes.
        origin = self.headers.get("Origin")
        if origin is None:
            site = self.headers.get("Sec-Fetch-Site", "none").lower()
            if site in ("same-origin", "none") or self.headers.get("Sec-Fetch-Dest") == "document":
                return
            self.close_connection = True
            raise HttpError(
                HTTPStatus.FORBIDDEN,
                f"requests that another page embeds are refused (Sec-Fetch-Site: {site})",
            )
        if origin == f"http://{self.headers.get('Host', '')}":
            return
        allowed = self.server.config.cors
        if "*" not in allowed and origin not in allowed:
            self.close_connection = True
            raise HttpError(
                HTTPStatus.FORBIDDEN,
                f"requests from the web page origin {origin} are refused "
                f"(start kg serve with --cors {origin} to allow them)",
            )

    # ---- verbs
    def do_GET(self) -> None:
        self._guard(self._get)

    def do_HEAD(self) -> None:
        self._guard(self._get)

    def do_POST(self) -> None:
        self._guard(self._post)

    def do_OPTIONS(self) -> None:
        self._guard(self._options)

    def _options(self) -> Answer:
        headers = {"Allow": "GET, HEAD, POST, OPTIONS"}
        if self._cors():
            headers.update(
                {
                    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                    "Access-Control-Allow-Headers": "Accept, Authorization, Content-Type",
                    "Access-Control-Max-Age": "600",
                }
            )
        return Answer(HTTPStatus.NO_CONTENT, b"", headers=headers)

    def _get(self) -> Answer:
        url = urlsplit(self.path)
        if url.path == "/sparql":
            req = read_get(url.query)
            if req is None:
                return self._description()
            return self._sparql(req)
        if url.path in _STATIC:
            name, ctype = _STATIC[url.path]
            headers = {"Content-Security-Policy": _PAGE_CSP, "Cache-Control": "no-cache"}
            return Answer(HTTPStatus.OK, (_ASSETS / name).read_bytes(), ctype, headers)
        params = form_params(url.query)
        if url.path == "/saved.json":
            return _saved()
        if url.path == "/name":  # a saved query's field: the label of the node it names
            args = (_one(params, "param"), _one(params, "kind"), _one(params, "value"))
            body = self._call(name_label, *args)
            return Answer(HTTPStatus.OK, body, "application/json; charset=utf-8")
        if url.path == "/node":
            body = self._call(node_page, _one(params, "iri"))
            return _page(body, {"Content-Security-Policy": _PAGE_CSP})
        if url.path == "/view":
            depth = params.get("depth", ["2"])[0]
            if not re.fullmatch("[0-9]{1,2}", depth, re.ASCII) or int(depth) > 5:  # (not ²)
                raise HttpError(HTTPStatus.BAD_REQUEST, "depth must be 0-5")
            page = self._call(view_page, _one(params, "focus"), int(depth))
            return _page(page, {"Content-Security-Policy": "frame-ancestors 'self'"})
        if url.path == "/favicon.ico":
            return Answer(HTTPStatus.NO_CONTENT, b"")
        raise HttpError(HTTPStatus.NOT_FOUND, f"no page {url.path}")

    def _post(self) -> Answer:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self.close_connection = True
            raise HttpError(HTTPStatus.NOT_FOUND, f"no page {url.path} to POST to")
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self.close_connection = True
            raise HttpError(HTTPStatus.LENGTH_REQUIRED, "POST needs a Content-Length")
        if int(length) > _MAX_BODY:
            self.close_connection = True
            raise HttpError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"more than {_MAX_BODY} bytes")
        body = self.rfile.read(int(length))
        return self._sparql(read_post(url.query, self.headers.get("Content-Type") or "", body))

    # ---- SPARQL
    def _sparql(self, req: SparqlRequest) -> Answer:
        config = self.server.config
        if req.update or is_update(req.text):
            answer = self._update(req)
        else:
            try:
                check_outbound(req.text, config.allow_service)
            except QueryError as exc:
                raise HttpError(HTTPStatus.BAD_REQUEST, str(exc)) from None
            accept = self.headers.get("Accept")
            results = choose_media(req.formats, accept, "results")
            graph = choose_media(req.formats, accept, "graph")
            if results is None and graph is None:
                raise HttpError(HTTPStatus.NOT_ACCEPTABLE, _not_acceptable(req, accept))
            job = QueryJob(
                req.text,
                req.default_graphs,
                req.named_graphs,
                results,
                graph,
                _not_acceptable(req, accept),
                config.max_rows,
            )
            answer = self._call(run_query, job)
        answer.headers.setdefault("Cache-Control", "no-store")
        return answer

    def _update(self, req: SparqlRequest) -> Answer:
        config = self.server.config
        if not config.allow_update:
            raise HttpError(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
        if not req.update:
            raise HttpError(HTTPStatus.BAD_REQUEST, "an update must be sent as update=, not query=")
        if not is_update(req.text):
            raise HttpError(HTTPStatus.BAD_REQUEST, "not an update: send a query as query=")
        auth = self.headers.get("Authorization", "")
        given = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
        if not (config.token and hmac.compare_digest(given.encode(), config.token.encode())):
            raise HttpError(
                HTTPStatus.FORBIDDEN,
                "updates need 'Authorization: Bearer <token>'",
                {"WWW-Authenticate": "Bearer"},
            )
        with self.server.write_lock:
            try:
                self.server.store.query(req.text, update=True, allow_service=config.allow_service)
            except QueryError as exc:
                raise HttpError(HTTPStatus.BAD_REQUEST, str(exc)) from None
            except KgError as exc:
                raise HttpError(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc)) from None
            finally:
                self.server.pool.refresh()  # workers see the change from their next call
        return Answer(HTTPStatus.NO_CONTENT, b"")

    def _call(self, func: Callable[..., Any], *args: Any) -> Any:
        """``func(store, *args)`` in a query worker, its errors as HTTP answers."""
        timeout = self.server.config.timeout
        try:
            return self.server.pool.call(func, *args, timeout=timeout)
        except QueryTimeoutError as exc:
            retry = {"Retry-After": str(max(1, round(timeout)))}
            raise HttpError(HTTPStatus.SERVICE_UNAVAILABLE, str(exc), retry) from None
        except QueryError as exc:
            raise HttpError(HTTPStatus.BAD_REQUEST, str(exc)) from None
        except KgError as exc:
            raise HttpError(HTTPStatus.INTERNAL_SERVER_ERROR, str(exc)) from None

    def _description(self) -> Answer:
        config = self.server.config
        host = self.headers.get("Host") or ""
        named = re.fullmatch(
            r"[A-Za-z0-9.\-]+(:[0-9]{1,5})?|\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?", host
        )
        # the endpoint as the client named it, else (no Host, or not a host) as bound
        endpoint = f"http://{host}/sparql" if named else self.server.url + "sparql"
        return service_description(
            endpoint,
            self.headers.get("Accept"),
            update=config.allow_update,
            federated=bool(config.allow_service),
        )


def _not_acceptable(req: SparqlRequest, accept: str | None) -> str:
    if req.formats:
        return f"format={','.join(req.formats)} is not available for this kind of query"
    offered = ", ".join(sorted(set(RESULT_TYPES) | set(GRAPH_TYPES)))
    asked = accept if accept is None or len(accept) <= 80 else accept[:80] + "…"
    return f"cannot answer {asked!r}; offered: {offered}"


def _page(body: bytes, headers: dict[str, str]) -> Answer:
    return Answer(HTTPStatus.OK, body, "text/html; charset=utf-8", headers)


def _one(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name)
    if not values or len(values) > 1:
        raise HttpError(HTTPStatus.BAD_REQUEST, f"give one parameter {name!r}")
    return values[0]


def _saved() -> Answer:
    from kg.answers.queries import list_saved

    items = [
        {
            "name": q.name,
            "description": q.description,
            "params": [{"name": n, "description": d, "kind": q.kind_of(n)} for n, d in q.params],
            "text": q.text,
        }
        for q in list_saved()
    ]
    body = json.dumps(items, ensure_ascii=False).encode("utf-8")
    return Answer(HTTPStatus.OK, body, "application/json; charset=utf-8")


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: one store, a pool of query workers, a thread per connection."""

    daemon_threads = True
    block_on_close = False
    request_queue_size = _BACKLOG

    def __init__(self, config: ServeConfig, store: Store) -> None:
        self.config = config
        self.store = store
        self.write_lock = threading.Lock()
        self.pool: ReadPool
        if store.path is not None:
            self.pool = WorkerPool(
                store.path,
                open_reader,
                warm=config.workers,
                size=config.workers + SLOW_WORKERS,
            )
            self.pool.start()
        else:  # a store in memory cannot be opened by another process
            self.pool = ThreadPool(store, size=config.workers + SLOW_WORKERS)
        if ":" in config.host:  # an IPv6 address (::1, ::)
            self.address_family = socket.AF_INET6
        try:
            super().__init__((config.host, config.port), _Handler)
        except OSError as exc:
            self.pool.close()
            raise ServeError(
                f"cannot listen on {config.host}:{config.port}: {exc.strerror}"
            ) from exc

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return  # a client that left early, or stayed silent: nothing to report
        super().handle_error(request, client_address)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def make_server(config: ServeConfig, store: Store | None = None) -> SparqlServer:
    """A server bound to ``config.host:config.port`` (not yet serving).

    Without ``store`` the store directory is opened (read-only unless updates are allowed).
    """
    config.check()
    if store is None:
        path = Path(config.store)
        if not (path / "CURRENT").exists():
            raise ServeError(f"{path}: no zhkg store here (run `kg build` first)")
        store = Store(path, read_only=not config.allow_update)
    return SparqlServer(config, store)


def serve(
    config: ServeConfig,
    *,
    ready: Callable[[SparqlServer], None] | None = None,
    store: Store | None = None,
) -> None:
    """Serve until interrupted; ``ready`` is called with the bound server first.

    An open ``store`` is served as it is (and left open); otherwise ``config.store``
    is opened and closed here.
    """
    server = make_server(config, store)
    previous = signal.getsignal(signal.SIGTERM)
    if threading.current_thread() is threading.main_thread():
        # `kill` stops the server as Ctrl-C does: its query workers are stopped too
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        if ready is not None:
            ready(server)
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, previous)
        server.server_close()
        if store is None:
            server.store.close()
