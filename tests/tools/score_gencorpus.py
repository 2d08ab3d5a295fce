# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores extraction on a generated corpus that no rule was tuned on, and fails below the thresholds.

usage: score_gencorpus.py GENERATOR SCORER LITTORAL_CLI WORK_DIR
Generates COUNT documents with SEED (tools/gencorpus.py writes truth.json beside them), imports them
with littoral-cli, exports JSON and scores the export against the truth with tools/score.py, which
exits 1 when a metric is below its --min. The rules were tuned on seeds 7, 20260 and 1: this seed
must never be used for tuning, or the test stops measuring anything.
"""
import os
import shutil
import subprocess
import sys
import time

COUNT = 200
SEED = 90210

# 0.03 under the scores measured on this seed (after issue 11's structure reading; before it in brackets) (shown to two decimals in
# the README, "What is extracted, and how"), rounded down: a regression of a few documents fails,
# while nothing random moves a score (the corpus and the extraction are deterministic).
THRESHOLDS = {
    "docs_found": 0.97,  # 1.000 measured
    "date_exact": 0.96,  # 0.995
    "date_year": 0.97,  # 1.000
    "type": 0.96,  # 0.995
    "language": 0.97,  # 1.000
    "place": 0.94,  # 0.970
    "sender_person_f1": 0.95,  # 0.989 (0.982 before issue 11)
    "sender_org_f1": 0.93,  # 0.967 (0.927)
    "recipient_f1": 0.95,  # 0.989 (0.989)
    "recipient_org_f1": 0.90,  # 0.936 (0.908)
    "cc_f1": 0.96,  # 0.994 (0.988)
    "mentioned_event_recall": 0.95,  # 0.981
}


def fail(msg):
    print(f"FAIL: {msg}")
    sys.exit(1)


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    generator, scorer, cli, work = argv
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    corpus = os.path.join(work, "corpus")
    started = time.monotonic()
    subprocess.run([sys.executable, generator, str(COUNT), corpus, "--seed", str(SEED), "--quiet"], check=True)
    db = os.path.join(work, "corpus.db")
    imp = subprocess.run([cli, "import", corpus, "--db", db], capture_output=True, text=True)
    if imp.returncode != 0:
        fail(f"littoral-cli import exited {imp.returncode}: {imp.stderr.strip()}")
    export = os.path.join(work, "export.json")
    with open(export, "w", encoding="utf-8") as out:
        exp = subprocess.run([cli, "export", "--db", db, "--format", "json"], stdout=out, stderr=subprocess.PIPE, text=True)
    if exp.returncode != 0:
        fail(f"littoral-cli export exited {exp.returncode}: {exp.stderr.strip()}")
    mins = [arg for metric, value in THRESHOLDS.items() for arg in ("--min", f"{metric}={value}")]
    scored = subprocess.run([sys.executable, scorer, os.path.join(corpus, "truth.json"), export, *mins],
                            capture_output=True, text=True)
    print(f"seed {SEED}, {COUNT} documents, {time.monotonic() - started:.1f} s")
    print(scored.stdout, end="")
    if scored.returncode != 0:
        # The documents that miss, to see at once what regressed.
        verbose = subprocess.run([sys.executable, scorer, os.path.join(corpus, "truth.json"), export, "--verbose"],
                                 capture_output=True, text=True)
        print(verbose.stderr, end="")
        fail(f"score.py exited {scored.returncode}: a metric is below its threshold (or the input is unreadable)")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
