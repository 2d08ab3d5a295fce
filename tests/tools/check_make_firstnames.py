# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks tools/make-firstnames.py on a small Faker-shaped source tree made here (and, when git is
installed, on the same tree as a git repository).

usage: check_make_firstnames.py SCRIPT WORK_DIR
The providers are parsed, never run (one of them stops whoever executes it); names
are folded as the app folds them and only the first part of a compound is kept; everyday words,
particles and other scripts are left out except romanised Cyrillic; the output names its source
commit and licence, and two runs write the same bytes.
"""
import importlib.util
import os
import shutil
import subprocess
import sys

LICENCE = "Copyright (c) 2012 Example Author\n\nPermission is hereby granted, free of charge ...\n"

PROVIDERS = {
    "fr_FR": '''
class Provider:
    first_names_male = ("Jean-Pierre", "Loïc", "De", "Mai", "Pierre")
    first_names_female = ("Chloé", "Rose", "Hope", "Marie Claire")
    first_names = first_names_male + first_names_female
''',
    "en_US": '''
from collections import OrderedDict
class Provider:
    first_names_female = OrderedDict((("Siobhan", 0.1), ("June", 0.2), ("Page", 0.1)))
    first_names_male: dict = {"Gareth": 0.3, "The": 0.1}
''',
    "ru_RU": 'class Provider:\n    first_names_male = ("Дмитрий", "Сергей")\n',
    "uk_UA": 'class Provider:\n    first_names_female = ("Оксана",)\n    first_names_male = ("Андрій",)\n',
    "bg_BG": 'class Provider:\n    first_names = ("Стоян",)\n',
    "vi_VN": 'class Provider:\n    first_names_male = ("Huy",)\n    middle_names = ("Quang",)\n',
    "tr_TR": 'class Provider:\n    first_names = ("Ayşe", "محمد", "N\'Golo")\n',
    # Executing this file would stop the generator.
    "pl_PL": '''
raise SystemExit("provider executed")
class Provider:
    first_names_female = ("Ewa", "Łucja")
''',
}
LOREM = {
    "en_US": 'class Provider:\n    word_list = ("page", "rose", "hope", "time")\n',
    "fr_FR": 'class Provider:\n    word_list = ("pierre", "temps")\n',
}
EXPECTED = {
    "jean", "loic", "pierre", "chloe", "rose", "marie", "siobhan", "gareth",
    "dmitriy", "dmitry", "dmitrii", "dmitri", "sergey", "sergei", "oksana", "andriy", "andrii", "andri",
    "stoyan", "huy", "quang", "ayse", "ewa", "łucja",
}
NOT_EXPECTED = {"de", "mai", "hope", "june", "page", "the", "n", "claire"}


def fail(msg):
    print(f"FAIL: {msg}")
    sys.exit(1)


def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, text=True,
                          env=dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@t",
                                   GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@t")).stdout.strip()


def make_tree(script, repo):
    spec = importlib.util.spec_from_file_location("make_firstnames", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for locale in module.LOCALES:
        path = os.path.join(repo, "faker/providers/person", locale)
        os.makedirs(path)
        with open(os.path.join(path, "__init__.py"), "w", encoding="utf-8") as f:
            f.write(PROVIDERS.get(locale, "class Provider:\n    first_names = ()\n"))
    for locale, text in LOREM.items():
        path = os.path.join(repo, "faker/providers/lorem", locale)
        os.makedirs(path)
        with open(os.path.join(path, "__init__.py"), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(repo, "LICENSE.txt"), "w", encoding="utf-8") as f:
        f.write(LICENCE)


def make_bare_repo(tree, repo):
    """The tree committed, then cloned bare (no files on disk to read but through git)."""
    git(tree, "init", "-q")
    git(tree, "add", "-A")
    git(tree, "commit", "-q", "-m", "snapshot")
    subprocess.run(["git", "clone", "-q", "--bare", tree, repo], check=True, capture_output=True)
    return git(repo, "rev-parse", "HEAD")


def run(script, repo, commit, out):
    result = subprocess.run([sys.executable, script, repo, commit, out], capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"generator exited {result.returncode}: {result.stderr.strip()[-500:]}")
    with open(os.path.join(out, "firstnames.txt"), "rb") as f:
        names = f.read()
    with open(os.path.join(out, "FIRSTNAMES-LICENSE"), "rb") as f:
        licence = f.read()
    return names, licence, result.stdout


def check(script, repo, commit, work):
    names, licence, stdout = run(script, repo, commit, os.path.join(work, "out1"))
    again, licence_again, _ = run(script, repo, commit, os.path.join(work, "out2"))
    if (names, licence) != (again, licence_again):
        fail("two runs on the same commit wrote different files")

    text = names.decode("utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    entries = [line for line in text.splitlines() if line and not line.startswith("#")]
    if not any(commit in line for line in header):
        fail(f"the header does not name commit {commit}")
    if not any("MIT" in line for line in header) or not any("make-firstnames.py" in line for line in header):
        fail("the header does not name the licence and the script")
    if entries != sorted(set(entries)):
        fail("entries are not sorted and unique")
    missing = EXPECTED - set(entries)
    if missing:
        fail(f"missing: {sorted(missing)}")
    present = NOT_EXPECTED & set(entries)
    if present:
        fail(f"kept although an everyday word, a particle or no name: {sorted(present)}")
    if any(not e.isalpha() or e != e.lower() for e in entries):
        fail("an entry is not one folded word")
    if LICENCE.encode() not in licence or commit.encode() not in licence:
        fail("FIRSTNAMES-LICENSE lacks the licence text or the commit")
    if "fr_FR" not in stdout:
        fail("no count per origin printed")
    return len(entries)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    script, work = sys.argv[1], sys.argv[2]
    shutil.rmtree(work, ignore_errors=True)
    tree = os.path.join(work, "faker")
    make_tree(script, tree)
    count = check(script, tree, "v0.0-test", os.path.join(work, "from-tree"))
    print(f"ok: {count} names from a source tree")
    if shutil.which("git"):
        repo = os.path.join(work, "faker.git")
        commit = make_bare_repo(tree, repo)
        count = check(script, repo, commit, os.path.join(work, "from-git"))
        print(f"ok: {count} names from a git repository")


if __name__ == "__main__":
    main()
