"""Speed and memory benchmark. Prints a table; "max proc" is the largest process.

The short-article case first: the first 150 texts by path of the BSNLP raw folders and
factRuEval test and dev sets (the 83 covid-19 texts and 67 us_election ones): (a150) plain
natasha, (c150) the pipeline on all cores, (f150) a rerun from quotes, (g150) from entities.
Then the corpora repeated to at least N articles: (a) plain natasha, (b) this pipeline with
1 worker, (n) the three taggers alone (natasha's own ``map``, one BLAS thread as (b)),
(c) all cores, (d) an unchanged rerun, (f) a rerun from quotes, (g) from entities, (s) the
startup, (e) SCALE times the corpus; (t) and (t SCALE) the run-wide passes after entity linking
(near-duplicate articles, statements across articles) alone over the outputs of (c) and (e)
(``benchmarks/passes_only.py``; the repeated corpus is their worst case: every quote is
reported SCALE times or more). ``--passes`` runs only (c), (t) and, with --scale, (e) and (t SCALE).

The package's bytecode is compiled first, as an installed package has it: a machine that sets
PYTHONDONTWRITEBYTECODE (this VM does) would otherwise compile every module in every process
of every run, about 0.2 s of a rerun's 1.2 s on the 150 short articles.

    python benchmarks/run.py [--corpus ../shared/corpora] [--articles 1000] [--scale 10] [--skip-single] [--passes]
"""
import argparse
import compileall
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def tree_rss_kb(pid: int) -> tuple:
    """(resident memory of a process and all its descendants, of the largest one), from /proc."""
    children, total, largest = {}, 0, 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    stack = [pid]
    while stack:
        p = stack.pop()
        stack += children.get(p, [])
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
                    largest = max(largest, int(line.split()[1]))
        except OSError:
            pass
    return total, largest


def measure(cmd) -> tuple:
    """(seconds, peak RSS of the process tree in MB, peak RSS of its largest process in MB, stdout);
    memory is sampled beside the run, so the time is the run's own, to the millisecond."""
    started, peak = time.monotonic(), [0, 0]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def sample():
        while proc.poll() is None:
            tree, one = tree_rss_kb(proc.pid)
            peak[0], peak[1] = max(peak[0], tree), max(peak[1], one)
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout = proc.communicate()[0]
    seconds = time.monotonic() - started
    sampler.join()
    if proc.returncode:
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}")
    return seconds, peak[0] / 1024, peak[1] / 1024, stdout


def build_corpus(source: Path, target: Path, articles: int) -> tuple:
    texts = sorted(p for p in source.rglob("*.txt") if p.parent.name not in ("ud-russian-pud",))
    copies = -(-articles // len(texts))
    chars = 0
    for copy in range(copies):
        for i, path in enumerate(texts):
            dest = target / f"r{copy}" / f"{i:04d}_{path.name}"
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, dest)
            chars += len(path.read_text(encoding="utf-8", errors="replace"))
    return len(texts) * copies, chars


def build_short(source: Path, target: Path, count: int = 150) -> tuple:
    """The first ``count`` texts by path of the BSNLP raw folders and the factRuEval sets."""
    folders = [source / "bsnlp-2021-ru" / "raw", source / "factrueval-2016" / "testset", source / "factrueval-2016" / "devset"]
    texts = sorted(p for folder in folders for p in folder.rglob("*.txt"))[:count]
    target.mkdir(parents=True)
    for path in texts:
        shutil.copy(path, target / path.name)
    return len(texts), sum(len(p.read_text(encoding="utf-8", errors="replace")) for p in texts)


def short_rows(py, corpus: Path, tmp: Path, cores: int, skip_single: bool) -> None:
    n, chars = build_short(corpus, tmp / "short")
    run = [py, "-m", "pipeline", "run", tmp / "short", "--out", tmp / "short_out"]
    base = None
    if not skip_single:
        base, mb, one, _ = measure([py, "benchmarks/natasha_baseline.py", tmp / "short"])
        print(row(f"(a150) plain natasha Doc, {n} articles", n, chars, base, mb, one))
    full, mb, one, _ = measure(run + ["--full"])
    print(row(f"(c150) pipeline, {cores} workers", n, chars, full, mb, one, base))
    for name, stage in (("(f150) rerun from quotes", "quotes"), ("(g150) rerun from entities", "entities")):
        t, mb, one, _ = measure(run + ["--from", stage])
        print(row(name, n, chars, t, mb, one, base) + f"  {t / full:.1%} of (c150)")


def row(name, n, chars, seconds, mb, one_mb, base=None) -> str:
    ratio = f"{base / seconds:5.2f}x" if base else "     "
    return (f"{name:<36} {n / seconds:8.1f} {chars / seconds / 1000:9.1f}K {mb:8.0f} {one_mb:8.0f} "
            f"{seconds:8.1f}s {ratio}")


def passes_row(py, name: str, n: int, out: Path) -> None:
    """(t): the passes after linking alone over a finished output (rewritten in place)."""
    t, mb, one, found = measure([py, "benchmarks/passes_only.py", out])
    print(row(name, n, 0, t, mb, one) + f"  [{found.strip()}]")


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora")
    args.add_argument("--articles", type=int, default=1000)
    args.add_argument("--scale", type=int, default=0, help="also run all cores on SCALE times the corpus")
    args.add_argument("--skip-single", action="store_true", help="skip (a), (b) and (n), the slow single-process runs")
    args.add_argument("--passes", action="store_true", help="only (c), the passes alone (t) and, with --scale, (e) and its (t)")
    a = args.parse_args()
    a.skip_single |= a.passes
    py, cores = sys.executable, os.cpu_count()
    compileall.compile_dir(ROOT / "pipeline", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print(f"{'run':<36} {'art/s':>8} {'chars/s':>10} {'peak MB':>8} {'max proc':>8} {'time':>9} vs a")
        if not a.passes:
            short_rows(py, a.corpus, tmp, cores, a.skip_single)
        n, chars = build_corpus(a.corpus, tmp / "corpus", a.articles)
        print(f"{n} articles, {chars / 1e6:.2f}M characters, {cores} cores")
        run = [py, "-m", "pipeline", "run", tmp / "corpus", "--out", tmp / "out", "--full"]
        base = None
        if not a.skip_single:
            base, mb, one, _ = measure([py, "benchmarks/natasha_baseline.py", tmp / "corpus"])
            print(row("(a) plain natasha Doc, 1 process", n, chars, base, mb, one))
            single, mb, one, _ = measure(run + ["--workers", "1"])
            print(row("(b) pipeline, 1 worker", n, chars, single, mb, one, base))
            t, mb, one, out = measure([py, "benchmarks/neural_only.py", tmp / "corpus"])
            neural = float(out.split("total=")[1])
            print(row("(n) the 3 taggers alone, 1 process", n, chars, neural, mb, one, base)
                  + f"  (b) takes {single / neural:.2f}x its time  [{out.strip()}]")
        t, mb_all, one, _ = measure(run + ["--workers", str(cores)])
        print(row(f"(c) pipeline, {cores} workers", n, chars, t, mb_all, one, base))
        full = t
        passes_row(py, "(t) passes after linking, 1x", n, tmp / "out")
        if a.passes:
            return big_rows(py, a, tmp, mb_all, cores)
        t, mb, one, _ = measure(run[:-1])
        print(row("(d) rerun, nothing changed", n, chars, t, mb, one, base) + f"  {t / full:.1%} of (c)")
        t, mb, one, _ = measure(run[:-1] + ["--from", "quotes"])
        print(row("(f) rerun from quotes", n, chars, t, mb, one, base) + f"  {t / full:.1%} of (c)")
        t, mb, one, _ = measure(run[:-1] + ["--from", "entities"])
        print(row("(g) rerun from entities", n, chars, t, mb, one, base) + f"  {t / full:.1%} of (c)")
        single_dir = tmp / "one"
        single_dir.mkdir()
        shutil.copy(next((tmp / "corpus").rglob("*.txt")), single_dir)
        t, mb, one, _ = measure([py, "-m", "pipeline", "run", single_dir, "--out", tmp / "one_out"])
        print(row(f"(s) startup: 1 article, {cores} workers", 1, 0, t, mb, one) + "  launch to tables written")
        big_rows(py, a, tmp, mb_all, cores)


def big_rows(py, a, tmp: Path, mb_all: float, cores: int) -> None:
    """(e) the corpus SCALE times, and (t SCALE) the passes alone over its output."""
    if a.scale:
        n10, chars10 = build_corpus(a.corpus, tmp / "big", a.articles * a.scale)
        t, mb10, one, _ = measure([py, "-m", "pipeline", "run", tmp / "big", "--out", tmp / "big_out", "--full"])
        print(row(f"(e) {a.scale}x corpus, {cores} workers", n10, chars10, t, mb10, one, None)
              + f"  memory {mb10 / mb_all:.2f}x of (c)")
        passes_row(py, f"(t{a.scale}) passes after linking, {a.scale}x", n10, tmp / "big_out")


if __name__ == "__main__":
    main()
