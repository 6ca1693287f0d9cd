"""Reports as files in an output directory: safe stable names, atomic writes, incremental runs.

A manifest (``.conflictcli-manifest.json``) records every file conflictcli wrote there with the
fingerprint of the text and options that produced it. An input whose fingerprint is unchanged is
skipped; a file conflictcli did not write is never overwritten (without ``force``); a report is
written to a temporary file and renamed, so a killed run leaves no partial report.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conflictcli.inputs import Article, FailedInput

MANIFEST = ".conflictcli-manifest.json"
SUMMARY = "conflictcli-summary.json"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_STEM = 80


def output_name(path: str | None, article_id: str | None, line: int | None) -> str:
    """A file name for one input's report: readable, safe, and stable across runs.

    The readable part comes from the ``.jsonl`` id or the file's name; the suffix hashes the full
    identity (path, id, line), so two inputs never share a name and ``../../x`` stays inside.
    """
    identity = json.dumps([os.path.normpath(path) if path else None, article_id, None if article_id else line])
    digest = hashlib.sha1(identity.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    readable = article_id if article_id is not None else (Path(path).stem if path else "stdin")
    stem = _UNSAFE.sub("_", readable).strip("._-")[:_MAX_STEM] or "article"
    return f"{stem}-{digest}.json"


def fingerprint(text: str, options_key: str) -> str:
    """What makes a report reusable: the text, the options, the conflictcli and model versions."""
    return hashlib.sha256(options_key.encode() + b"\0" + text.encode("utf-8", "surrogatepass")).hexdigest()


def write_atomic(target: Path, data: str) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder and a rename."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@dataclass
class RunSummary:
    """Counts and timing of one run, written as ``conflictcli-summary.json``."""

    analyzed: int = 0
    skipped: int = 0
    failed: int = 0
    started: float = field(default_factory=time.time)
    failures: list[dict[str, Any]] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return round(time.time() - self.started, 3)

    def line(self) -> str:
        return f"analyzed {self.analyzed}, skipped {self.skipped}, failed {self.failed} in {self.seconds:.1f} s"

    def as_dict(self) -> dict[str, Any]:
        return {
            "analyzed": self.analyzed,
            "skipped": self.skipped,
            "failed": self.failed,
            "seconds": self.seconds,
            "failures": self.failures,
        }


@dataclass
class Pending:
    """An input to analyze, with the name and fingerprint its report will be stored under."""

    item: Article | FailedInput
    name: str
    fingerprint: str | None


class OutputDir:
    """The output directory of a run and its manifest."""

    def __init__(self, directory: Path, *, options_key: str, force: bool = False) -> None:
        self.directory = directory
        self.options_key = options_key
        self.force = force
        directory.mkdir(parents=True, exist_ok=True)
        self.manifest_path = directory / MANIFEST
        self.manifest: dict[str, str] = self._read_manifest()
        self._unsaved = 0

    def _read_manifest(self) -> dict[str, str]:
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        files = data.get("files") if isinstance(data, dict) else None
        return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}

    def save_manifest(self) -> None:
        write_atomic(self.manifest_path, json.dumps({"files": self.manifest}, sort_keys=True))
        self._unsaved = 0

    def plan(self, items: Iterable[Article | FailedInput], summary: RunSummary) -> Iterator[Pending]:
        """The inputs that need analysis; unchanged ones are counted as skipped and dropped."""
        for item in items:
            name = output_name(item.path, item.id, item.line)
            if isinstance(item, FailedInput):
                yield Pending(item, name, None)
                continue
            print_ = fingerprint(item.text, self.options_key)
            if not self.force and self.manifest.get(name) == print_ and (self.directory / name).exists():
                summary.skipped += 1
                continue
            yield Pending(item, name, print_)

    def store(self, pending: Pending, report: dict[str, Any], summary: RunSummary) -> str | None:
        """Write one report; return an error message instead when the input failed or a file is in the way."""
        target = self.directory / pending.name
        if "error" in report:
            return report["error"]["message"]
        if target.exists() and pending.name not in self.manifest and not self.force:
            return f"{target} exists and was not written by conflictcli (use --force to overwrite)"
        write_atomic(target, json.dumps(report, ensure_ascii=False) + "\n")
        self.manifest[pending.name] = pending.fingerprint or ""
        summary.analyzed += 1
        self._unsaved += 1
        if self._unsaved >= 500:
            self.save_manifest()
        return None

    def run(
        self,
        items: Iterable[Article | FailedInput],
        summary: RunSummary,
        analyze: Callable[[Iterator[Article | FailedInput]], Iterator[dict[str, Any]]],
    ) -> Iterator[tuple[Pending, dict[str, Any], str | None]]:
        """Analyze what changed (``analyze`` keeps input order) and store each report as it comes.

        Yields each input with its report and the problem that kept it from being stored, if any.
        """
        queue: deque[Pending] = deque()

        def feed() -> Iterator[Article | FailedInput]:
            for entry in self.plan(items, summary):
                queue.append(entry)
                yield entry.item

        for report in analyze(feed()):
            entry = queue.popleft()
            yield entry, report, self.store(entry, report, summary)

    def finish(self, summary: RunSummary, options: dict[str, Any]) -> None:
        self.save_manifest()
        write_atomic(self.directory / SUMMARY, json.dumps({**summary.as_dict(), "options": options}, indent=2) + "\n")
