"""JSON Lines: one report object per line, flushed as it is written (for ``jq`` and pipes)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

import msgspec

_encoder = msgspec.json.Encoder()


def render(reports: Iterable[dict[str, Any]], out: TextIO) -> None:
    for report in reports:
        out.write(_encoder.encode(report).decode("utf-8"))
        out.write("\n")
        out.flush()
