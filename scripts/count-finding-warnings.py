#!/usr/bin/env python3
"""Counts how the findings' warnings fall on a synthetic set (vlmwb-cli synth).

Reads every line image of each SET with `vlmwb-cli ocr --lines --json` (the default model and its
decoding) and sorts the findings matched to a drug by whether their text is a drug name printed on
that line (labels.jsonl "drugs") or not (a misread name the matcher mapped to the lexicon, or an
ordinary word matched to a drug), then counts the low-confidence warnings in each group. Findings
without a drug ("unknown-drug": a dose after words that match nothing) are counted apart, by whether
their line prints a drug name the OCR misread or not; and the printed names whose line gives no
finding at all are counted last:
    QT_QPA_PLATFORM=offscreen python3 scripts/count-finding-warnings.py build/bin/vlmwb-cli valid valid4
"""

import glob
import json
import os
import subprocess
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    cli, sets = sys.argv[1], sys.argv[2:]
    printed = printed_warned = other = other_warned = 0
    unknown_on_misread = unknown_elsewhere = misread_names = misread_unseen = 0
    for folder in sets:
        images = sorted(glob.glob(os.path.join(folder, "images", "*.png")))
        if not images:
            sys.exit(f"{folder}: no images/*.png; write the set with vlmwb-cli synth --out {folder}")
        run = subprocess.run([cli, "ocr", "--lines", "--json", *images], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{cli} ocr failed on {folder}: {run.stderr.strip()}")
        documents = {os.path.basename(d["file"]): d for d in json.loads(run.stdout)["documents"]}
        with open(os.path.join(folder, "labels.jsonl"), encoding="utf-8") as labels:
            for line in labels:
                label = json.loads(line)
                names = {mention["name"] for mention in label["drugs"]}
                document = documents[os.path.basename(label["image"])]
                read = " ".join(l["text"] for page in document["pages"] for l in page["lines"])
                misread = [name for name in names if name not in read]
                misread_names += len(misread)
                if misread and not document["findings"]:
                    misread_unseen += len(misread)
                for finding in document["findings"]:
                    if finding["drug"] is None:
                        if misread:
                            unknown_on_misread += 1
                        else:
                            unknown_elsewhere += 1
                        continue
                    warned = "low-confidence" in finding["warningCodes"]
                    if finding["text"] in names:
                        printed, printed_warned = printed + 1, printed_warned + warned
                    else:
                        other, other_warned = other + 1, other_warned + warned
    print(f"findings on a printed drug name: {printed}, low-confidence warned: {printed_warned}")
    print(f"other findings: {other}, low-confidence warned: {other_warned}")
    print(f"findings without a drug: {unknown_on_misread} on a line whose drug name was misread, "
          f"{unknown_elsewhere} on other lines")
    print(f"printed drug names misread: {misread_names}, on a line with no finding at all: {misread_unseen}")


if __name__ == "__main__":
    main()
