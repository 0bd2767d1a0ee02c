"""Benchmark corpus builds: 1 job and 2 jobs against jieba.lcut over the same sentences.

Run from the repository root:  python bench/bench_build.py [--corpus DIR] [--repeat N]

Every figure is a whole process, measured in the same run, so the ratios compare on any
machine (a noisy one too: each configuration runs ``--repeat`` times, interleaved, and
the best run counts):

- baseline: a fresh interpreter that loads jieba and calls ``jieba.lcut`` on every
  sentence of the corpus (sentences as ``kg.sentences`` splits them; reading and
  splitting are not timed);
- the machine's ceiling for 2 jobs: the baseline's work split between two processes at
  once (every other sentence each); a 2-job build cannot gain more over one job than
  this machine gives two independent processes (a VM's two cores are not always two);
- the same ceiling on zhkg's own work: two ``kg build --jobs 1`` at once, each over every
  other file into a store of its own (jieba's lookups and zhkg's extraction do not suffer
  alike from sharing a core's caches);
- ``kg build CORPUS --jobs 1`` and ``--jobs 2`` into a new store, from start to exit
  (reading, extraction, N-Triples, store writes, start-up of workers included), with
  nothing watching them;
- CPU seconds of the baseline's timed part and of the builds (user + system, all the
  build's processes, from two more builds of each, watched every 50 ms): with 2 jobs
  they show what the parallel build costs beyond one job;
- peak memory of ``kg build`` over the whole shared corpus with all cores: the sum of
  the resident sizes of the build's processes, sampled every 50 ms, and the largest
  single process (``/usr/bin/time -v``'s figure).

Ratios are of the best runs, and also each run's own (its configurations one after the
other), with their median.

Targets (issue 5): build on one job no slower than the baseline; 2 jobs ≥ 1.7× faster
than 1; whole-corpus peak memory < 1 GiB.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg import native

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
KG = str(Path(sys.executable).with_name("kg"))

__all__ = ["machine", "main"]

_BASELINE = r"""
import sys, time
from kg.read import expand_inputs, read_path
from kg.text.sentences import iter_sentences
sentences = [s.text for p in expand_inputs([sys.argv[1]]) for d in read_path(p)
             for s in iter_sentences(d)]
if len(sys.argv) > 2:  # part k of n (the machine's ceiling: n processes at once)
    k, n = int(sys.argv[2]), int(sys.argv[3])
    sentences = sentences[k::n]
t = time.perf_counter()
c = time.process_time()
import jieba
jieba.setLogLevel(60)
tok = jieba.Tokenizer()
tok.initialize()
for s in sentences:
    tok.lcut(s)
print(time.perf_counter() - t, time.process_time() - c, len(sentences), sum(len(s) for s in sentences))
"""


def machine() -> str:
    """nproc and CPU model, for the tables."""
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable), {model}, Python {platform.python_version()}"


def _compile_kg() -> None:
    """Byte-compile zhkg's modules, as installing it from a wheel does (and as Python
    does at the first import, unless PYTHONDONTWRITEBYTECODE is set, as on some
    machines): every process of a build would otherwise compile them again (0.1 s),
    while jieba, the baseline, was compiled when it was installed."""
    import compileall

    compileall.compile_dir(str(ROOT / "kg"), quiet=1)


def _corpus_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def baseline(corpus: Path) -> tuple[float, float, int, int]:
    """Wall and CPU seconds of the timed part, sentences and characters."""
    out = subprocess.run(
        [sys.executable, "-c", _BASELINE, str(corpus)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2]), int(out[3])


def ceiling(corpus: Path) -> tuple[float, float]:
    """Wall seconds of the baseline's timed part split between two processes running at
    once (each over every other sentence): what this machine gives two independent jobs
    in this run, the most a 2-job build can gain over one."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _BASELINE, str(corpus), str(k), "2"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for k in range(2)
    ]
    walls, cpus = [], []
    for proc in procs:
        out, _ = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit("the ceiling run failed")
        walls.append(float(out.split()[0]))
        cpus.append(float(out.split()[1]))
    return max(walls), sum(cpus)


def split_builds(corpus: Path, workdir: Path) -> float:
    """Wall seconds of two ``kg build --jobs 1`` at once, each over every other file of
    the corpus into a store of its own: this machine's ceiling for 2 jobs on zhkg's own
    work (no workers, no shared writer; each half pays its own start-up and writes)."""
    halves = [workdir / f"half{k}" for k in range(2)]
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    for k, half in enumerate(halves):
        shutil.rmtree(half, ignore_errors=True)
        half.mkdir()
        for j, f in enumerate(files[k::2]):
            (half / f"{j:06d}-{f.name}").symlink_to(f.resolve())
    stores = [workdir / f"store-half{k}" for k in range(2)]
    for store in stores:
        shutil.rmtree(store, ignore_errors=True)
    t = time.perf_counter()
    procs = [
        subprocess.Popen(
            [KG, "build", str(half), "--store", str(store), "--quiet", "--jobs", "1"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for half, store in zip(halves, stores, strict=True)
    ]
    for proc in procs:
        _, err = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"kg build of half the corpus failed: {err.decode()}")
    elapsed = time.perf_counter() - t
    for path in [*halves, *stores]:
        shutil.rmtree(path, ignore_errors=True)
    return elapsed


def _children_cpu() -> float:
    """CPU seconds (user + system) of the child processes waited for so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(corpus: Path, jobs: int, workdir: Path) -> float:
    """Wall seconds of a whole ``kg build``, with nothing watching it: polling its
    processes costs a few per cent of a core, which a 2-job build on 2 cores pays and a
    1-job build does not."""
    store = workdir / f"store-{jobs}"
    shutil.rmtree(store, ignore_errors=True)
    args = [KG, "build", str(corpus), "--store", str(store), "--quiet", "--jobs", str(jobs)]
    t = time.perf_counter()
    r = subprocess.run(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit(f"kg build failed: {r.stderr.decode()}")
    shutil.rmtree(store, ignore_errors=True)
    return elapsed


def build(corpus: Path, jobs: int | None, workdir: Path) -> tuple[float, int, float, float]:
    """A whole ``kg build`` watched every 50 ms: wall seconds, the peak RSS sum of its
    process tree (KiB), the CPU seconds of all its processes and of the build's own process
    (the parent: lists, writes; each process's last reading)."""
    import psutil

    store = workdir / f"store-{jobs}"
    shutil.rmtree(store, ignore_errors=True)
    args = [KG, "build", str(corpus), "--store", str(store), "--quiet"]
    if jobs is not None:
        args += ["--jobs", str(jobs)]
    cpu = _children_cpu()
    t = time.perf_counter()
    proc = psutil.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    seen: dict[int, float] = {}  # CPU seconds of each process of the build, last reading
    while proc.poll() is None:
        total = 0
        try:
            for p in [proc, *proc.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                    times = p.cpu_times()
                    seen[p.pid] = times.user + times.system
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(0.05)
    elapsed = time.perf_counter() - t
    # what the processes waited for used (the build, and what it waited for in turn), or
    # the sum of every process's last reading: each a lower bound, the larger counts
    cpu = max(_children_cpu() - cpu, sum(seen.values()))
    if proc.returncode != 0:
        raise SystemExit(f"kg build failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    shutil.rmtree(store, ignore_errors=True)
    return elapsed, peak // 1024, cpu, seen.get(proc.pid, 0.0)


def time_v_max_rss(corpus: Path, workdir: Path) -> int | None:
    """/usr/bin/time -v's maximum resident set size (KiB) of a whole build, if available."""
    if not Path("/usr/bin/time").exists():
        return None
    store = workdir / "store-time"
    r = subprocess.run(
        ["/usr/bin/time", "-v", KG, "build", str(corpus), "--store", str(store), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    shutil.rmtree(store, ignore_errors=True)
    for line in r.stderr.splitlines():
        if "Maximum resident set size" in line:
            return int(line.rsplit(":", 1)[1])
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "xwlb_stories_2025")
    ap.add_argument("--whole", type=Path, default=SHARED, help="corpus for the memory figure")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    mb = _corpus_bytes(args.corpus) / 1e6
    print(f"machine: {machine()}")
    print(f"corpus:  {args.corpus} ({mb:.1f} MB)")
    print(f"zhkg:    {native.summary()}")  # (make bench compiles it first: kg.native)
    runs: dict[str, list[float]] = {
        "baseline": [],
        "jobs1": [],
        "jobs2": [],
        "halves": [],
        "split": [],
    }
    # CPU seconds: the machine may be shared, and a busy neighbour slows the wall clock
    # of every configuration but not the work each one does (one process: CPU ≈ wall)
    cpu: dict[str, list[float]] = {"baseline": [], "jobs1": [], "jobs2": [], "halves": []}
    parent_cpu: list[float] = []  # of the watched 2-job builds' parent process
    n_sent = 0
    # the segmentation dictionary is built once per machine into the user's cache (as
    # jieba caches its own for the baseline): built here, before anything is timed
    _compile_kg()
    subprocess.run(
        [sys.executable, "-c", "from kg.text.segment import dictionary; dictionary()"],
        check=True,
        cwd=ROOT,
    )
    with tempfile.TemporaryDirectory(prefix="zhkg-bench-") as tmp:
        work = Path(tmp)
        for i in range(args.repeat):
            b, b_cpu, n_sent, n_chars = baseline(args.corpus)
            runs["baseline"].append(b)
            halves, halves_cpu = ceiling(args.corpus)
            runs["halves"].append(halves)
            cpu["halves"].append(halves_cpu)
            cpu["baseline"].append(b_cpu)
            one = timed_build(args.corpus, 1, work)
            runs["jobs1"].append(one)
            two = timed_build(args.corpus, 2, work)
            runs["jobs2"].append(two)
            runs["split"].append(split_builds(args.corpus, work))
            print(
                f"  run {i + 1}: lcut {b:.1f} s (CPU {b_cpu:.1f} s; halves at once "
                f"{halves:.1f} s, CPU {halves_cpu:.1f} s), jobs 1 {one:.1f} s, "
                f"jobs 2 {two:.1f} s, two 1-job builds of half the files at once "
                f"{runs['split'][-1]:.1f} s",
                flush=True,
            )
        # CPU seconds of every process of a build: watched builds, after the timed ones
        for _ in range(2):
            cpu["jobs1"].append(build(args.corpus, 1, work)[2])
            _, _, two_cpu, parent = build(args.corpus, 2, work)
            cpu["jobs2"].append(two_cpu)
            parent_cpu.append(parent)
        best = {k: min(v) for k, v in runs.items()}
        best_cpu = {k: min(v) for k, v in cpu.items()}
        whole_mb = _corpus_bytes(args.whole) / 1e6
        whole_s, whole_peak, _, _ = build(args.whole, None, work)
        max_rss = time_v_max_rss(args.whole, work)

    print()
    print(f"{n_sent} sentences, {n_chars} characters; best of {args.repeat} (median in brackets)")
    print(f"{'what':<44} {'seconds':>9} {'MB/s':>7} {'ratio':>8}")
    rows = [
        ("jieba.lcut over the sentences (baseline)", "baseline", "1.00× (base)"),
        ("kg build --jobs 1 (whole process)", "jobs1", None),
        ("kg build --jobs 2 (whole process)", "jobs2", None),
    ]
    for label, key, ratio in rows:
        s = best[key]
        med = statistics.median(runs[key])
        r = ratio or f"{s / best['baseline']:.2f}×"
        print(f"{label:<44} {s:>9.1f} {mb / s:>7.2f} {r:>8}   [{med:.1f}]")
    speedup = best["jobs1"] / best["jobs2"]
    print()
    print(
        f"jobs 1 / baseline:  {best['jobs1'] / best['baseline']:.2f}  (target ≤ 1.00); "
        f"in CPU seconds {best_cpu['jobs1']:.1f} / {best_cpu['baseline']:.1f} = "
        f"{best_cpu['jobs1'] / best_cpu['baseline']:.2f}"
    )
    print(
        f"jobs 1 / jobs 2:    {speedup:.2f}  (target ≥ 1.70); CPU seconds of all processes "
        f"{best_cpu['jobs2']:.1f} with 2 jobs, {best_cpu['jobs1']:.1f} with 1 "
        f"(+{best_cpu['jobs2'] / best_cpu['jobs1'] - 1:.0%}; the baseline's halves at once: "
        f"{best_cpu['halves']:.1f} against {best_cpu['baseline']:.1f} in one process, "
        f"+{best_cpu['halves'] / best_cpu['baseline'] - 1:.0%})"
    )
    roof = best["baseline"] / best["halves"]
    print(
        f"this machine's ceiling for 2 jobs: {roof:.2f}  (jieba.lcut over all the sentences "
        f"in one process / over half of them in each of two at once: "
        f"{best['baseline']:.1f} / {best['halves']:.1f} s); the 2-job build gets "
        f"{speedup / roof:.0%} of it"
    )
    roof_kg = best["jobs1"] / best["split"]
    print(
        f"and on zhkg's own work: {roof_kg:.2f}  (kg build --jobs 1 over all the files / "
        f"two of them at once over half the files each: {best['jobs1']:.1f} / "
        f"{best['split']:.1f} s); the 2-job build gets {speedup / roof_kg:.0%} of it"
    )
    # one parent writes for all the workers: what it costs beside them bounds the number
    # of workers it can keep busy (on a machine with more cores than this one)
    k = min(range(len(cpu["jobs2"])), key=cpu["jobs2"].__getitem__)
    workers_cpu = cpu["jobs2"][k] - parent_cpu[k]
    print(
        f"the parent of the 2-job build: {parent_cpu[k]:.1f} CPU seconds (listing, "
        f"writes, the store's threads) beside {workers_cpu:.1f} for its workers: one "
        f"writer keeps about {workers_cpu / parent_cpu[k]:.1f} workers busy"
    )
    # each run's own ratios (its configurations ran one after the other): on a machine
    # whose speed drifts from minute to minute these vary less than ratios of bests
    paired = [a / b for a, b in zip(runs["jobs1"], runs["jobs2"], strict=True)]
    roofs = [a / b for a, b in zip(runs["baseline"], runs["halves"], strict=True)]
    roofs_kg = [a / b for a, b in zip(runs["jobs1"], runs["split"], strict=True)]
    print(
        "per run:            jobs 1 / jobs 2 "
        + ", ".join(f"{r:.2f}" for r in paired)
        + f" (median {statistics.median(paired):.2f}); ceiling "
        + ", ".join(f"{r:.2f}" for r in roofs)
        + f" (median {statistics.median(roofs):.2f}); on zhkg's work "
        + ", ".join(f"{r:.2f}" for r in roofs_kg)
        + f" (median {statistics.median(roofs_kg):.2f})"
    )
    # the 2-job build against zhkg's own ceiling, round by round (1.00: as fast as two
    # independent 1-job builds of half the files each)
    against = [a / b for a, b in zip(runs["split"], runs["jobs2"], strict=True)]
    print(
        "2-job build / two half builds at once, per run: "
        + ", ".join(f"{r:.2f}" for r in against)
        + f" (median {statistics.median(against):.2f}; above 1.00 the 2-job build is faster)"
    )
    print(
        f"whole corpus ({whole_mb:.1f} MB), all cores: {whole_s:.1f} s, "
        f"peak memory of all its processes {whole_peak / 1024:.0f} MiB"
        + (f", largest process {max_rss / 1024:.0f} MiB (/usr/bin/time -v)" if max_rss else "")
        + "  (target < 1024 MiB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
