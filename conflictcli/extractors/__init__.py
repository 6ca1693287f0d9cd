"""Extractors: each a plain function over a spaCy ``Doc`` plus a ``conflictcli_<name>`` component.

Every module here exposes ``extract_<name>(doc, *, ...) -> list[dict]`` and a factory registered
with ``@Language.factory("conflictcli_<name>")`` whose component stores that list on
``doc._.conflictcli_<name>``. Values are plain JSON-able dicts (spans as ``{"text", "start",
"end"}`` code-point offsets), so Docs survive ``doc.to_bytes()`` in multi-process ``nlp.pipe``.
"""

from __future__ import annotations

# Run order and what each extractor needs to have run before it.
EXTRACTORS: dict[str, tuple[str, ...]] = {
    "reference_date": (),
    "dates": ("reference_date",),
    "places": (),
    "parties": ("places",),
    "quotes": ("parties",),
    "claims": ("quotes", "parties"),
    "casualties": (),
    "events": ("dates", "places", "parties", "claims", "casualties"),
}

# What a user can ask for with --only (the reference date always runs).
SELECTABLE = ("dates", "places", "parties", "quotes", "claims", "casualties", "events")


def with_dependencies(names: list[str] | tuple[str, ...]) -> list[str]:
    """The extractors to run for ``names``: the names plus what they need, in run order."""
    needed: set[str] = set()
    stack = ["reference_date", *names]
    while stack:
        name = stack.pop()
        if name not in EXTRACTORS:
            raise ValueError(f"unknown extractor {name!r}; choose from {', '.join(SELECTABLE)}")
        if name not in needed:
            needed.add(name)
            stack.extend(EXTRACTORS[name])
    return [name for name in EXTRACTORS if name in needed]
