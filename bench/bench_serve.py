"""Benchmark ``kg serve`` under many clients and beside runaway queries.

Run from the repository root:  python bench/bench_serve.py [--clients 16] [--queries 100]
[--timeout 5] [--against REV]

Each phase runs against a fresh ``kg serve`` (a subprocess on a free loopback port,
``--timeout`` seconds) over the bundled sample article, built once:

1. alone: one client sends the light queries one after the other: the baseline.
2. load: ``--clients`` clients at once, each sending ``--queries`` light queries, each on
   a new connection (as SPARQLWrapper and curl do).
3. runaway: four clients each send a query that runs far past the timeout (a cartesian
   product), while one client keeps sending light queries; as soon as the last runaway
   has its answer (503), a burst of ``--clients`` light queries at once measures when
   full service is back.

Each phase prints the light queries' p50, p95, p99 (ms) and errors, and the ratios to
the baseline measured in the same run. With ``--against REV`` the phases run against the
server of that git revision as well (its ``kg`` and ``ontology`` from ``git archive``).

Targets (issue 14): load 0 errors; the small queries answered while the runaways run;
full service (the burst answered) within 1 s of the runaways' timeout.
"""

from __future__ import annotations

import argparse
import http.client
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_build import machine  # noqa: E402

__all__ = ["main"]

LIGHT = [
    "SELECT ?g WHERE { province:hunan kg:implements ?g }",
    "SELECT ?p ?g WHERE { ?p kg:implements ?g } ORDER BY ?p ?g",
    "ASK { province:hunan kg:implements program:三百工程 }",
    "SELECT ?t (COUNT(?g) AS ?n) WHERE { ?g kg:serves ?t } GROUP BY ?t ORDER BY DESC(?n)",
]
# every triple against every triple against every triple: hours of counting
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@dataclass
class Tally:
    """Latencies (s) of the answered requests and the errors, by status."""

    times: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, status: str | None) -> None:
        with self.lock:
            if status is None:
                self.times.append(seconds)
            else:
                self.errors[status] = self.errors.get(status, 0) + 1

    def pct(self, p: float) -> float:
        if not self.times:
            return float("nan")
        ordered = sorted(self.times)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000

    def line(self, name: str, base: Tally | None = None) -> str:
        n_err = sum(self.errors.values())
        errs = ", ".join(f"{k}: {v}" for k, v in sorted(self.errors.items())) or "-"
        text = (
            f"{name:<28} {len(self.times):>5} ok {n_err:>5} errors   "
            f"p50 {self.pct(50):7.1f}  p95 {self.pct(95):7.1f}  p99 {self.pct(99):7.1f} ms"
        )
        if base is not None and base.times:
            text += (
                f"   ×{self.pct(50) / base.pct(50):.1f} p50, ×{self.pct(95) / base.pct(95):.1f} p95"
            )
        return text + f"   [{errs}]"


def ask(
    port: int, sparql: str, timeout: float = 120, conn: http.client.HTTPConnection | None = None
) -> tuple[float, str | None]:
    """One query, on a new connection unless ``conn``: (seconds, None) or (seconds, the error)."""
    start = time.perf_counter()
    kept = conn is not None
    conn = conn or http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(
            "POST",
            "/sparql",
            urlencode({"query": sparql}),
            {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/csv"},
        )
        resp = conn.getresponse()
        resp.read()
        status = None if resp.status == 200 else str(resp.status)
    except OSError as exc:
        status = type(exc).__name__
    finally:
        if not kept:
            conn.close()
    return time.perf_counter() - start, status


@contextmanager
def server(store: Path, timeout: float, pythonpath: Path | None) -> Iterator[int]:
    """A ``kg serve`` subprocess; yields its port."""
    env = None
    if pythonpath is not None:
        import os

        env = {**os.environ, "PYTHONPATH": str(pythonpath)}
    cmd = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", "0"]
    cmd += ["--timeout", str(timeout), "--quiet"]
    with tempfile.TemporaryFile() as log:
        # the revision's own kg comes first: `python -m` puts the working directory first
        cwd = pythonpath if pythonpath is not None else ROOT
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, env=env, cwd=cwd)
        try:
            deadline = time.monotonic() + 60
            while True:
                log.seek(0)
                text = log.read().decode("utf-8", "replace")
                m = re.search(r"serving http://127\.0\.0\.1:(\d+)/", text)
                if m:
                    break
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"kg serve did not start:\n{text}")
                time.sleep(0.05)
            port = int(m.group(1))
            for q in LIGHT:  # warm: the first queries start the workers
                ask(port, q)
            yield port
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def alone(port: int, queries: int, *, keep_alive: bool = False) -> Tally:
    tally = Tally()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120) if keep_alive else None
    for i in range(queries):
        tally.add(*ask(port, LIGHT[i % len(LIGHT)], conn=conn))
    if conn is not None:
        conn.close()
    return tally


def load(port: int, clients: int, queries: int) -> tuple[Tally, float]:
    tally = Tally()

    def client(k: int) -> None:
        for i in range(queries):
            tally.add(*ask(port, LIGHT[(i + k) % len(LIGHT)]))

    start = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return tally, time.perf_counter() - start


def runaway(port: int, clients: int, timeout: float) -> dict[str, object]:
    """Four runaway queries beside one light client, then a burst once they are answered."""
    beside = Tally()
    runaways = Tally()
    done = threading.Event()
    answered: list[float] = []

    def run_away() -> None:
        seconds, status = ask(port, RUNAWAY, timeout=timeout * 10 + 60)
        answered.append(time.perf_counter())
        runaways.add(seconds, status)

    def light() -> None:
        i = 0
        while not done.is_set():
            beside.add(*ask(port, LIGHT[i % len(LIGHT)]))
            i += 1

    start = time.perf_counter()
    heavy = [threading.Thread(target=run_away) for _ in range(4)]
    for t in heavy:
        t.start()
    time.sleep(0.2)  # the runaways are running
    small = threading.Thread(target=light)
    small.start()
    for t in heavy:
        t.join()
    done.set()
    small.join()
    last = max(answered)
    # bursts until one is answered whole: when full service is back
    back: float | None = None
    while back is None and time.perf_counter() - last < 30:
        burst, _ = load(port, clients, 1)
        if not burst.errors:
            back = time.perf_counter() - last
    return {
        "beside": beside,
        "runaways": runaways,
        "runaway_seconds": last - start,
        "burst": burst,
        "back": back,
    }


def run_all(store: Path, args: argparse.Namespace, name: str, pythonpath: Path | None) -> None:
    print(f"\n== {name}")
    with server(store, args.timeout, pythonpath) as port:
        base = alone(port, args.queries)
        print(base.line("1 client (baseline)"))
        kept = alone(port, args.queries, keep_alive=True)
        print(kept.line("1 client, one connection", base))
    with server(store, args.timeout, pythonpath) as port:
        tally, wall = load(port, args.clients, args.queries)
        print(tally.line(f"{args.clients} clients × {args.queries}", base))
        print(f"{'':<28} {len(tally.times) / wall:7.0f} answers/s over {wall:.1f} s")
    with server(store, args.timeout, pythonpath) as port:
        r = runaway(port, args.clients, args.timeout)
        beside, runaways, burst = r["beside"], r["runaways"], r["burst"]
        assert isinstance(beside, Tally) and isinstance(runaways, Tally)
        assert isinstance(burst, Tally)
        print(beside.line("1 client beside 4 runaways", base))
        print(
            f"{'4 runaway queries':<28} answered after {r['runaway_seconds']:.1f} s "
            f"(timeout {args.timeout:g} s)   [{', '.join(f'{k}: {v}' for k, v in runaways.errors.items()) or '200'}]"
        )
        print(burst.line(f"last burst of {args.clients} after", base))
        back = r["back"]
        print(
            f"{'':<28} full service "
            + (f"{back:.2f} s" if isinstance(back, float) else "not back within 30 s")
            + " after the last runaway's answer"
        )


def _build_sample(tmp: Path) -> Path:
    from kg.pipeline.build import build_paths
    from kg.resources import sample_path
    from kg.store import Store

    store = tmp / "store"
    with Store(store) as s:
        build_paths([str(sample_path())], s)
    return store


def _checkout(rev: str, tmp: Path) -> Path:
    out = tmp / f"rev-{re.sub(r'[^A-Za-z0-9]', '_', rev)}"
    out.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "kg", "ontology"],
        check=True,
        capture_output=True,
    ).stdout
    tar = tmp / "rev.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as t:
        t.extractall(out, filter="data")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--timeout", type=float, default=5.0)
    parser.add_argument("--against", metavar="REV", help="also run a git revision's server")
    args = parser.parse_args()
    print(f"bench_serve: {machine()}")
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-serve-"))
    try:
        store = _build_sample(tmp)
        run_all(store, args, "this checkout", None)
        if args.against:
            run_all(store, args, f"revision {args.against}", _checkout(args.against, tmp))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
