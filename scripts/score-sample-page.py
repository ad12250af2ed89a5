#!/usr/bin/env python3
"""Scores a model on the bundled sample page against what it prints.

Runs `vlmwb-cli ocr --json` on resources/samples/prescription-sample.png (further arguments go to
`ocr`: --model, --beam, --ctc-weight) and compares the lines read, in order, with the ten lines of
resources/samples/prescription-sample.txt. Runs of spaces count as one on both sides (the page
sets wide gaps between fields that a reader may write as one space). Prints each misread line with
its edits, then the character edits over all lines and the CER:
    QT_QPA_PLATFORM=offscreen python3 scripts/score-sample-page.py build/bin/vlmwb-cli --beam 8
The sample is a clean page in fonts the synthetic corpus uses, with words that corpus never prints
("Seoul Central Clinic", "Jihoon"): a model that guesses its training vocabulary shows it here.
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGE = os.path.join(ROOT, "resources", "samples", "prescription-sample.png")
TRUTH = os.path.join(ROOT, "resources", "samples", "prescription-sample.txt")


def normalised(text):
    return " ".join(text.split())


def edits(reference, prediction):
    """Levenshtein distance over code points."""
    previous = list(range(len(prediction) + 1))
    for i, r in enumerate(reference, 1):
        current = [i]
        for j, p in enumerate(prediction, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != p)))
        previous = current
    return previous[-1]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cli, extra = sys.argv[1], sys.argv[2:]
    with open(TRUTH, encoding="utf-8") as file:
        truth = [normalised(line) for line in file if line.strip()]
    run = subprocess.run([cli, "ocr", "--json", *extra, PAGE], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"{cli} ocr failed on {PAGE}:\n{run.stderr}")
    document = json.loads(run.stdout)["documents"][0]
    read = [normalised(line["text"]) for page in document["pages"] for line in page["lines"]]
    if len(read) != len(truth):
        # A line found twice or missed is scored as inserted or deleted whole.
        print(f"found {len(read)} lines where the page prints {len(truth)}")
    total = 0
    for index in range(max(len(read), len(truth))):
        reference = truth[index] if index < len(truth) else ""
        prediction = read[index] if index < len(read) else ""
        count = edits(reference, prediction)
        total += count
        if count:
            print(f"line {index + 1}: {count} edits: '{prediction}' for '{reference}'")
    characters = sum(len(line) for line in truth)
    print(f"{document['model']}: {total} edits in {characters} characters, CER {100.0 * total / characters:.1f} %")


if __name__ == "__main__":
    main()
