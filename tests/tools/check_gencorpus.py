# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks tools/gencorpus.py: deterministic output, the promised mix of shapes, and a clean import.

usage: check_gencorpus.py GENERATOR LITTORAL_CLI WORK_DIR
Runs the generator twice with the same seed, compares the two folders byte for byte, checks the
files and truth.json, then imports the folder with littoral-cli and checks that every file was
imported (none rejected, none a duplicate).
"""
import json
import os
import shutil
import subprocess
import sys

COUNT = 60
SEED = 20260


def fail(msg):
    print(f"FAIL: {msg}")
    sys.exit(1)


def tree(root):
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                out[os.path.relpath(path, root)] = f.read()
    return out


def is_utf8(data):
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    generator, cli, work = argv
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    dirs = [os.path.join(work, "run1"), os.path.join(work, "run2")]
    for d in dirs:
        subprocess.run([sys.executable, generator, str(COUNT), d, "--seed", str(SEED), "--quiet"], check=True)

    first, second = tree(dirs[0]), tree(dirs[1])
    if first != second:
        diff = sorted(set(first) ^ set(second)) or sorted(k for k in first if first[k] != second.get(k))
        fail(f"two runs with seed {SEED} differ: {diff[:5]}")

    texts = {k: v for k, v in first.items() if k.endswith(".txt")}
    if len(texts) != COUNT:
        fail(f"expected {COUNT} .txt files, got {len(texts)}")
    if "truth.json" not in first or len(first) != COUNT + 1:
        fail(f"expected {COUNT} files plus truth.json, got {sorted(first)[:5]} ...")
    truth = json.loads(first["truth.json"].decode("utf-8"))
    if len(truth) != COUNT:
        fail(f"truth.json has {len(truth)} entries, expected {COUNT}")
    names = {os.path.basename(k) for k in texts}
    truth_names = [t["file"] for t in truth]
    if sorted(truth_names) != sorted(names) or len(set(truth_names)) != COUNT:
        fail("truth.json entries do not match the file names")
    required = ("file", "type", "language", "date", "date_precision", "date_evidence", "place", "senders",
                "sender_titles", "sender_orgs", "recipients", "recipient_titles", "recipient_orgs", "cc",
                "mentioned_events", "expect")
    for t in truth:
        missing = [k for k in required if k not in t]
        if missing:
            fail(f"{t.get('file')}: truth lacks {missing}")

    kinds = {"utf-8 BOM": 0, "utf-16le BOM": 0, "non-utf-8 (cp1252/latin-1)": 0, "CRLF": 0}
    for data in texts.values():
        if data.startswith(b"\xef\xbb\xbf"):
            kinds["utf-8 BOM"] += 1
        elif data.startswith(b"\xff\xfe"):
            kinds["utf-16le BOM"] += 1
        elif not is_utf8(data):
            kinds["non-utf-8 (cp1252/latin-1)"] += 1
        if b"\r\n" in data or b"\r\x00\n\x00" in data:
            kinds["CRLF"] += 1
    absent = [k for k, n in kinds.items() if n == 0]
    if absent:
        fail(f"no file of kind {absent} among {COUNT} (counts: {kinds})")
    types = {t["type"] for t in truth}
    if types != {"letter", "open_letter", "press_release"}:
        fail(f"types present: {sorted(types)}")
    langs = {t["language"] for t in truth}
    if langs != {"fr", "en"}:
        fail(f"languages present: {sorted(langs)}")

    db = os.path.join(work, "corpus.db")
    imp = subprocess.run([cli, "import", dirs[0], "--db", db], capture_output=True, text=True)
    if imp.returncode != 0:
        fail(f"littoral-cli import exited {imp.returncode}: {imp.stderr.strip()}")
    exp = subprocess.run([cli, "export", "--db", db, "--format", "json"], capture_output=True, text=True)
    if exp.returncode != 0:
        fail(f"littoral-cli export exited {exp.returncode}: {exp.stderr.strip()}")
    export = json.loads(exp.stdout)
    imported = {os.path.basename(d.get("source", "")) for d in export.get("documents", [])}
    if export.get("rejected"):
        fail(f"rejected: {export['rejected'][:5]}")
    if export.get("duplicates"):
        fail(f"duplicates: {export['duplicates'][:5]}")
    if imported != names:
        fail(f"imported {len(imported)} of {COUNT}; missing {sorted(names - imported)[:5]}")
    print(f"OK: {COUNT} files, identical across runs, {kinds}, all imported")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
