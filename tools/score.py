#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Origin: ../shared/tools/score.py (the team's shared tools folder, which has no licence file of its
# own), copied into the repository unchanged so that the tests (tests/tools/check_gencorpus.py) score
# extraction with nothing from outside it.
"""Score a littoral-export/1 JSON against archivist truth (seeds.json / heldout truth.json).

usage: score.py TRUTH.json EXPORT.json [--verbose] [--json] [--min metric=value ...]
Last stdout line: one-line summary. Exit 1 when a --min is not met, 2 on unreadable input.
"""
import json, re, sys, unicodedata, os

TITLES = {"m", "mme", "mr", "mrs", "ms", "dr", "me", "monsieur", "madame", "pr", "mlle", "sir", "dame", "prof"}
STOP = {"de", "du", "des", "la", "le", "les", "l", "d", "the", "of", "and", "et", "for", "pour", "a", "au", "aux", "en"}

def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()

def person_tokens(name):
    toks = fold(name).split()
    while toks and toks[0] in TITLES:
        toks = toks[1:]
    return toks

def person_match(truth, pred):
    t, p = person_tokens(truth), person_tokens(pred)
    if not t or not p:
        return False
    if t == p or set(t) == set(p):
        return True
    return t[-1] in p and (set(t) <= set(p) or set(p) <= set(t))

def org_match(truth, pred):
    a, b = fold(truth), fold(pred)
    if not a or not b:
        return False
    if a == b or a in b or b in a:
        return True
    ta, tb = set(a.split()) - STOP, set(b.split()) - STOP
    return bool(ta and tb) and len(ta & tb) / len(ta | tb) >= 0.5

def any_match(truth, pred):
    return person_match(truth, pred) or org_match(truth, pred)

def greedy(truths, preds, match):
    used, tp = set(), 0
    for t in truths:
        for i, p in enumerate(preds):
            if i not in used and match(t, p):
                used.add(i); tp += 1; break
    return tp

class F1:
    def __init__(self): self.tp = self.fp = self.fn = 0
    def add(self, truths, preds, match):
        truths = [t for t in truths if t]; preds = list(dict.fromkeys(p for p in preds if p))
        tp = greedy(truths, preds, match)
        self.tp += tp; self.fp += len(preds) - tp; self.fn += len(truths) - tp
        return tp == len(truths) and tp == len(preds)
    def value(self):
        if self.tp + self.fp + self.fn == 0: return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)
    def n(self): return self.tp + self.fn

def strip_edtf(s):
    return re.sub(r"[~?%]", "", s) if isinstance(s, str) else None

def date_of(d):
    if isinstance(d, dict): return strip_edtf(d.get("edtf"))
    return strip_edtf(d)

def prefix_match(truth, pred):
    if not truth or not pred: return False
    return pred[:len(truth)] == truth

def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    verbose = "--verbose" in argv; as_json = "--json" in argv
    mins = {}
    for i, a in enumerate(argv):
        if a == "--min" and i + 1 < len(argv):
            k, v = argv[i + 1].split("="); mins[k] = float(v)
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--min")]
    if len(args) != 2:
        print(__doc__, file=sys.stderr); return 2
    try:
        truth = json.load(open(args[0], encoding="utf-8"))
        export = json.load(open(args[1], encoding="utf-8"))
    except Exception as e:
        print(f"score: cannot read input: {e}"); return 2
    docs = {os.path.basename(d.get("source", "")): d for d in export.get("documents", [])}
    rejected = {os.path.basename(r.get("source", "")) for r in export.get("rejected", [])}
    dups = {os.path.basename(r.get("source", "")) for r in export.get("duplicates", [])}

    counts = {k: [0, 0] for k in ("docs_found", "date_exact", "date_year", "type", "language", "place", "rejects", "duplicates", "mentioned_event_recall")}
    f1 = {k: F1() for k in ("sender_person_f1", "sender_org_f1", "recipient_f1", "recipient_org_f1", "cc_f1")}
    problems = []
    def tally(k, ok): counts[k][0] += bool(ok); counts[k][1] += 1

    for t in truth:
        f = t["file"]; expect = t.get("expect", "ok")
        if expect == "reject":
            tally("rejects", f in rejected and f not in docs); continue
        if expect == "duplicate":
            tally("duplicates", f in dups or (f not in docs and f not in rejected)); continue
        d = docs.get(f)
        tally("docs_found", d is not None)
        if d is None:
            problems.append((f, "missing", "imported", "not in export")); d = {}
        td, pd = t.get("date"), date_of(d.get("date"))
        tally("date_exact", td == pd)
        tally("date_year", (td or "")[:4] == (pd or "")[:4])
        if td != pd: problems.append((f, "date", td, pd))
        for k in ("type", "language"):
            ok = t.get(k) == d.get(k); tally(k, ok)
            if not ok: problems.append((f, k, t.get(k), d.get(k)))
        tp, pp = t.get("place"), d.get("place")
        ok = (not tp and not pp) or (bool(tp) and bool(pp) and fold(tp) == fold(pp)); tally("place", ok)
        if not ok: problems.append((f, "place", tp, pp))
        parts = d.get("participants", []) or []
        def names(role, kind=None):
            return [p.get("name", "") for p in parts if p.get("role") == role and (kind is None or p.get("kind") == kind)]
        def orgs(role):
            return names(role, "organization") + [p.get("organization", "") for p in parts if p.get("role") == role and p.get("kind") == "person"]
        checks = [
            ("sender_person_f1", t.get("senders", []), names("sender", "person"), person_match),
            ("sender_org_f1", t.get("sender_orgs", []), orgs("sender"), org_match),
            ("recipient_f1", t.get("recipients", []), names("recipient", "person"), person_match),
            ("recipient_org_f1", t.get("recipient_orgs", []), orgs("recipient"), org_match),
            ("cc_f1", t.get("cc", []), names("cc") + [p.get("organization", "") for p in parts if p.get("role") == "cc"], any_match),
        ]
        for k, tr, pr, m in checks:
            if not f1[k].add(tr, pr, m): problems.append((f, k, tr, sorted(set(x for x in pr if x))))
        pev = [date_of(e.get("date")) for e in d.get("mentioned_events", []) or []]
        for e in t.get("mentioned_events", []):
            ok = any(prefix_match(e.get("date"), x) for x in pev); tally("mentioned_event_recall", ok)
            if not ok: problems.append((f, "event", f"{e.get('label')} {e.get('date')}", pev))

    res = {k: (c[0] / c[1] if c[1] else None, c[1]) for k, c in counts.items()}
    res.update({k: (v.value(), v.n()) for k, v in f1.items()})
    if verbose:
        for p in problems: print("  %s  %s: truth=%s got=%s" % p, file=sys.stderr)
    if as_json:
        print(json.dumps({k: v[0] for k, v in res.items()}))
    else:
        for k, (v, n) in res.items():
            print(f"{k:24s} {'-' if v is None else f'{v:.2f}':>5s}  n={n}")
    short = [("date", "date_exact"), ("type", "type"), ("lang", "language"), ("place", "place"), ("sender", "sender_person_f1"),
             ("org", "sender_org_f1"), ("recip", "recipient_f1"), ("rorg", "recipient_org_f1"), ("cc", "cc_f1"), ("events", "mentioned_event_recall"), ("rejects", "rejects")]
    failed = [f"{k}={res[k][0]:.2f}<{v}" for k, v in mins.items() if res.get(k, (None,))[0] is not None and res[k][0] < v]
    failed += [f"{k}=n/a" for k in mins if k not in res]
    line = " ".join(f"{a} {res[k][0]:.2f}" for a, k in short if res[k][0] is not None)
    print(line + ("  BELOW: " + ",".join(failed) if failed else ""))
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
