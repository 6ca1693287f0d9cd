"""Analysis in worker processes: each loads the pipeline once, reports come back in input order.

Workers return report dicts (small), not Docs, so little crosses the process boundary; at most
``2 × jobs`` batches are in flight, so memory stays flat however long the input stream is.
Workers are spawned, not forked: a fork of a process whose BLAS threads hold locks can hang. A
worker that dies (killed, out of memory) fails the run with ``BrokenProcessPool`` instead of
leaving it waiting forever.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any

from conflictcli.inputs import Article, FailedInput

_worker_options: dict[str, Any] = {}


def resolve_jobs(jobs: int) -> int:
    """``0`` means one worker per core."""
    return os.cpu_count() or 1 if jobs == 0 else jobs


def _init_worker(options: dict[str, Any]) -> None:
    _worker_options.update(options)


def batch_options(model: str, extractors: Iterable[str], reference_date: str | None, max_chars: int) -> dict[str, Any]:
    """What a worker needs to build its pipeline and analyze a batch (picklable)."""
    return {"model": model, "extractors": list(extractors), "reference_date": reference_date, "max_chars": max_chars}


def analyze_batch(batch: list[Article | FailedInput], options: dict[str, Any]) -> list[dict[str, Any]]:
    """Runs in a worker process: the reports for one batch, with the process's cached pipeline."""
    from conflictcli.pipeline import analyze_articles, cached_pipeline

    nlp = cached_pipeline(options["model"], tuple(options["extractors"]), options["max_chars"])
    return list(
        analyze_articles(
            batch, nlp=nlp, extractors=options["extractors"], reference_date=options["reference_date"],
            batch_size=len(batch),
        )
    )


def _analyze_batch(batch: list[Article | FailedInput]) -> list[dict[str, Any]]:
    return analyze_batch(batch, _worker_options)


def analyze_in_workers(
    items: Iterable[Article | FailedInput],
    *,
    jobs: int,
    model: str,
    extractors: list[str],
    reference_date: str | None,
    max_chars: int,
    batch_size: int,
) -> Iterator[dict[str, Any]]:
    """Reports for ``items`` from ``jobs`` worker processes, in input order."""
    options = batch_options(model, extractors, reference_date, max_chars)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(options,)) as pool:
        yield from in_order(lambda batch: pool.submit(_analyze_batch, batch), items, batch_size=batch_size, slots=2 * jobs)


def in_order(
    submit: Callable[[list[Article | FailedInput]], Any],
    items: Iterable[Article | FailedInput],
    *,
    batch_size: int,
    slots: int,
) -> Iterator[dict[str, Any]]:
    """Submit ``items`` in batches, at most ``slots`` in flight, and yield the results in order.

    ``submit`` returns a future (``concurrent.futures`` or Dask) with ``result()`` and ``cancel()``.
    """
    iterator = iter(items)
    pending: deque[Any] = deque()
    try:
        while True:
            while len(pending) < slots and (batch := list(islice(iterator, batch_size))):
                pending.append(submit(batch))
            if not pending:
                break
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
