"""JSON: one document, an array of the reports (``jq '.[]'`` gives the JSONL stream), indented."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

import msgspec

_encoder = msgspec.json.Encoder()


def render(reports: Iterable[dict[str, Any]], out: TextIO) -> None:
    out.write("[")
    separator = "\n"
    for report in reports:
        out.write(separator)
        body = msgspec.json.format(_encoder.encode(report), indent=2).decode("utf-8")
        out.write("  " + body.replace("\n", "\n  "))
        separator = ",\n"
    out.write("\n]\n" if separator != "\n" else "]\n")
    out.flush()
