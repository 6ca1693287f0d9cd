"""The per-Doc token tables the extractors share agree with spaCy's own token attributes."""

from __future__ import annotations

import pytest

from conflictcli.extractors._doc import doc_text, sentence_starts, token_lemmas, token_lowers

pytestmark = pytest.mark.model

TEXTS = [
    "KYIV, June 12 (Reuters) - Russian forces SHELLED Kharkiv. The governor said two people died!",
    "Gunmen attacked the convoy near Bunia. Soldiers returned fire.\n\nNo group claimed it.",
    "",
]


def test_tables_match_token_attributes_across_interleaved_docs(nlp) -> None:
    docs = [nlp(text) for text in TEXTS]
    for _ in range(2):
        for doc in docs:
            assert doc_text(doc) == doc.text
            assert token_lowers(doc) == [token.lower_ for token in doc]
            assert token_lemmas(doc) == [(token.lemma_ or token.text).lower() for token in doc]
            assert sentence_starts(doc) == [token.sent.start for token in doc]
