"""What each conflictcli extractor adds to the spaCy pass, run by hand.

    python benchmarks/bench_components.py [--articles 600] [--batch-size 16]

Runs the full pipeline over the corpus articles one component at a time (each over all articles,
batched as ``nlp.pipe`` batches them), timing each, then prints each conflictcli component's
time as a share of the spaCy model's own components (tok2vec … ner) measured in the same run.
Targets from the issues: dates ≤ 10%, places ≤ 15%, parties ≤ 15%, quotes + claims ≤ 15%.
Stage by stage, ``doc.text`` is rebuilt once per component rather than shared along the pipeline,
so the shares are a little above what a normal run pays. Figures depend on the machine and on what
else runs on it.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from bench_batch import MODEL, articles

from conflictcli.extractors import SELECTABLE
from conflictcli.pipeline import load_pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    nlp = load_pipeline(MODEL, SELECTABLE)
    texts = articles(args.articles)
    seconds: Counter[str] = Counter()
    docs = [nlp.make_doc(text) for text in texts]
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=args.batch_size))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.perf_counter() - start
    model = sum(value for name, value in seconds.items() if not name.startswith("conflictcli_"))
    print(f"{len(texts)} articles; spaCy model components {model:.1f} s ({len(texts) / model:.1f} articles/s)")
    for name, value in seconds.items():
        if name.startswith("conflictcli_"):
            print(f"  {name:28s} {value:6.2f} s  {value / model:6.1%} of the model pass")
    extra = sum(value for name, value in seconds.items() if name.startswith("conflictcli_"))
    print(f"  {'all extractors':28s} {extra:6.2f} s  {extra / model:6.1%} of the model pass")


if __name__ == "__main__":
    main()
