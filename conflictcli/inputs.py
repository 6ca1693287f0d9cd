"""Reading inputs: files, directories, stdin and ``.jsonl`` article streams.

Every input becomes an :class:`Article` or, when it cannot be read, a :class:`FailedInput` that
keeps its place in the stream, so a batch never stops at one bad file and the output keeps input
order (CONTRACT.md: one line per input).
"""

from __future__ import annotations

import codecs
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from conflictcli.errors import InputError

STDIN = "-"
DEFAULT_MAX_CHARS = 1_000_000
# What a directory walk takes: plain-text articles and JSON Lines article streams.
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".jsonl"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Article:
    """One article's text and where it came from."""

    text: str
    path: str | None = None
    id: str | None = None
    reference_date: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class FailedInput:
    """An input that could not be read, in its place in the stream."""

    error: InputError
    path: str | None = None
    id: str | None = None
    line: int | None = None


def parse_iso_date(value: str) -> str:
    """Return ``value`` if it is a real ``YYYY-MM-DD`` date, else raise ``ValueError``."""
    if not _ISO_DATE.fullmatch(value):
        raise ValueError(f"{value!r} is not a YYYY-MM-DD date")
    date.fromisoformat(value)
    return value


def decode_text(data: bytes, *, encoding: str | None = None) -> str:
    """Decode an input's bytes: UTF-8 (BOM removed) or UTF-16 with a BOM, or ``encoding``.

    Raises:
        InputError: binary data (NUL bytes), or bytes that are not valid in the encoding.
    """
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise InputError("decode_error", f"cannot decode as {encoding}: {exc}") from None
        return text.removeprefix("\ufeff")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError("decode_error", f"invalid UTF-16: {exc}") from None
    if b"\x00" in data:
        raise InputError("binary_input", "binary data (NUL bytes), not a text article")
    try:
        return data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(
            "decode_error",
            f"not valid UTF-8 (byte {exc.start}); pass --encoding to name the file's encoding",
        ) from None


def check_text(text: str, *, max_chars: int) -> str:
    """Refuse texts that hold nothing to analyze or exceed ``max_chars``."""
    if not text.strip():
        raise InputError("empty_input", "empty text")
    if len(text) > max_chars:
        raise InputError(
            "too_large", f"{len(text):,} characters, over the limit of {max_chars:,} (--max-chars)"
        )
    return text


def walk_directory(directory: Path) -> Iterator[Path]:
    """Text files below ``directory`` in sorted path order, skipping hidden files and folders.

    Symlinked folders are not followed (no loops); symlinked files are read.
    """
    found: list[Path] = []
    for root, dirs, files in os.walk(directory, followlinks=False):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(
            Path(root) / name
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in TEXT_SUFFIXES
        )
    return iter(sorted(found))


def iter_jsonl(data: str, *, path: str | None, max_chars: int) -> Iterator[Article | FailedInput]:
    """Articles from JSON Lines: ``{"id", "text", "reference_date"}`` per line; blank lines skipped."""
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError("invalid_jsonl", "line is not a JSON object")
            text = record.get("text")
            if not isinstance(text, str):
                raise InputError("invalid_jsonl", "missing or non-string \"text\"")
            raw_id = record.get("id")
            article_id = None if raw_id is None else str(raw_id)
            reference = record.get("reference_date")
            if reference is not None:
                if not isinstance(reference, str):
                    raise InputError("invalid_jsonl", "\"reference_date\" must be a string or null")
                try:
                    parse_iso_date(reference)
                except ValueError as exc:
                    raise InputError("invalid_jsonl", f"\"reference_date\": {exc}") from None
            yield Article(
                text=check_text(text.removeprefix("\ufeff"), max_chars=max_chars),
                path=path,
                id=article_id,
                reference_date=reference,
                line=number,
            )
        except json.JSONDecodeError as exc:
            yield FailedInput(InputError("invalid_jsonl", f"line {number}: {exc.msg}"), path, None, number)
        except InputError as exc:
            identifier = record.get("id") if isinstance(record, dict) else None
            error = InputError(exc.kind, f"line {number}: {exc.message}")
            yield FailedInput(error, path, None if identifier is None else str(identifier), number)


def read_source(
    name: str,
    data: bytes,
    *,
    encoding: str | None,
    max_chars: int,
    is_jsonl: bool,
) -> Iterator[Article | FailedInput]:
    """The articles in one file's (or stdin's) bytes."""
    path = None if name == STDIN else name
    try:
        text = decode_text(data, encoding=encoding)
        if is_jsonl:
            yield from iter_jsonl(text, path=path, max_chars=max_chars)
            return
        text = check_text(text, max_chars=max_chars)
    except InputError as exc:
        yield FailedInput(exc, path)
        return
    yield Article(text=text, path=path)


def iter_articles(
    inputs: Iterable[str],
    *,
    encoding: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | FailedInput]:
    """Every article in ``inputs`` (paths, directories, ``-`` for stdin), in input order.

    Reading is lazy: one file is in memory at a time, and a file larger than ``max_chars`` × 4
    bytes is refused before it is read.
    """
    for name in inputs:
        if name == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_source(STDIN, stream.read(), encoding=encoding, max_chars=max_chars, is_jsonl=False)
            continue
        if "://" in name:
            yield from read_url(name, encoding=encoding, max_chars=max_chars)
            continue
        path = Path(name)
        if path.is_dir():
            files: Iterable[Path] = walk_directory(path)
        else:
            files = [path]
        for file in files:
            yield from read_file(file, encoding=encoding, max_chars=max_chars)


def read_url(url: str, *, encoding: str | None, max_chars: int) -> Iterator[Article | FailedInput]:
    """The articles behind an fsspec URL (``s3://bucket/news/*.txt``, ``https://…``; globs expand),
    for users who have fsspec and the filesystem's package installed (Dask brings fsspec)."""
    try:
        import fsspec
    except ImportError:
        yield FailedInput(InputError("unreadable", "reading URLs needs fsspec: pip install fsspec"), url)
        return
    try:
        files = fsspec.open_files(url, "rb", expand=True)
    except (ImportError, ValueError, OSError) as exc:
        yield FailedInput(InputError("unreadable", f"{type(exc).__name__}: {exc}"), url)
        return
    if not files:
        yield FailedInput(InputError("not_found", "no file matches this URL"), url)
    for file in sorted(files, key=lambda f: f.full_name):
        name = file.full_name
        is_jsonl = name.lower().endswith(".jsonl")
        try:
            with file as stream:
                data = stream.read() if is_jsonl else stream.read(max_chars * 4 + 1)
        except (OSError, ValueError) as exc:
            yield FailedInput(InputError("unreadable", f"{type(exc).__name__}: {exc}"), name)
            continue
        if not is_jsonl and len(data) > max_chars * 4:
            yield FailedInput(InputError("too_large", f"over the limit of {max_chars:,} characters (--max-chars)"), name)
            continue
        yield from read_source(name, data, encoding=encoding, max_chars=max_chars, is_jsonl=is_jsonl)


def read_file(file: Path, *, encoding: str | None, max_chars: int) -> Iterator[Article | FailedInput]:
    """The articles in one file, or its one-line failure."""
    is_jsonl = file.suffix.lower() == ".jsonl"
    try:
        if not file.exists():
            raise InputError("not_found", "no such file or directory")
        if not file.is_file():
            raise InputError("not_a_file", "not a regular file")
        if not is_jsonl and file.stat().st_size > max_chars * 4:
            raise InputError(
                "too_large", f"{file.stat().st_size:,} bytes, over the limit of {max_chars:,} characters (--max-chars)"
            )
        data = file.read_bytes()
    except InputError as exc:
        yield FailedInput(exc, str(file))
        return
    except OSError as exc:
        yield FailedInput(InputError("unreadable", exc.strerror or str(exc)), str(file))
        return
    yield from read_source(str(file), data, encoding=encoding, max_chars=max_chars, is_jsonl=is_jsonl)


def count_inputs(inputs: Iterable[str]) -> int | None:
    """How many articles ``inputs`` hold (for a progress bar); None when stdin makes it unknowable."""
    total = 0
    for name in inputs:
        if name == STDIN:
            return None
        path = Path(name)
        for file in walk_directory(path) if path.is_dir() else [path]:
            if file.suffix.lower() == ".jsonl":
                try:
                    with file.open("rb") as stream:
                        total += sum(1 for line in stream if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
