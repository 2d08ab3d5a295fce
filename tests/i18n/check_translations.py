#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Translation completeness: usage: check_translations.py SOURCE_DIR LUPDATE WORK_DIR

Runs lupdate over core/, ui/ and app/ into fresh .ts files (as `update_translations` does) and fails
when resources/translations/littoral_fr.ts lacks a source string, keeps one that vanished, has an
unfinished or obsolete entry, or a translation whose placeholders (%1, %2, %n) differ from its
source's; and when littoral_en.ts lacks a plural message or leaves one without its two forms.
"""
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?(\d+)|n)")
DIRS = ("core", "render", "ui", "app")


def placeholders(text, drop_n=False):
    found = set()
    # %L1 and %Ln (the locale's digits) are the same argument as %1 and %n.
    for match in PLACEHOLDER.finditer((text or "").replace("%L", "%")):
        token = "%n" if match.group(0) == "%n" else "%" + match.group(1)
        if not (drop_n and token == "%n"):
            found.add(token)
    return found


def messages(path):
    """(context, source, comment) -> message element."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return out


def fresh(source_dir, lupdate, work_dir, name, extra):
    path = os.path.join(work_dir, name)
    if os.path.exists(path):
        os.remove(path)
    command = [lupdate, "-I", source_dir, "-locations", "none", "-no-obsolete", "-source-language", "en",
               *extra, *(os.path.join(source_dir, d) for d in DIRS), "-ts", path]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"lupdate failed ({result.returncode}):\n{result.stderr}")
    return messages(path)


def label(key):
    context, source, comment = key
    return f"[{context}] {source!r}" + (f" ({comment})" if comment else "")


def check_forms(key, message, errors, file_name):
    translation = message.find("translation")
    state = translation.get("type") if translation is not None else "missing"
    if state in ("unfinished", "obsolete", "vanished", "missing"):
        errors.append(f"{file_name}: {state}: {label(key)}")
        return
    source = key[1]
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if len(forms) < 2 or any(not f.strip() for f in forms):
            errors.append(f"{file_name}: plural without its forms: {label(key)}")
            return
        for form in forms:
            if placeholders(form, drop_n=True) != placeholders(source, drop_n=True):
                errors.append(f"{file_name}: placeholders differ in {form!r}: {label(key)}")
        if "%n" not in forms[-1].replace("%Ln", "%n"):
            errors.append(f"{file_name}: the plural form does not say %n: {label(key)}")
    else:
        text = translation.text or ""
        if not text.strip() and source.strip():
            errors.append(f"{file_name}: empty translation: {label(key)}")
        elif placeholders(text) != placeholders(source):
            errors.append(f"{file_name}: placeholders differ in {text!r}: {label(key)}")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    source_dir, lupdate, work_dir = sys.argv[1:]
    os.makedirs(work_dir, exist_ok=True)
    translations = os.path.join(source_dir, "resources", "translations")
    errors = []

    expected = fresh(source_dir, lupdate, work_dir, "littoral_fr.ts", [])
    fr = messages(os.path.join(translations, "littoral_fr.ts"))
    for key in sorted(expected.keys() - fr.keys()):
        errors.append(f"littoral_fr.ts: missing (run ./dev translations): {label(key)}")
    for key in sorted(fr.keys() - expected.keys()):
        errors.append(f"littoral_fr.ts: no longer in the sources (run ./dev translations): {label(key)}")
    for key in sorted(fr.keys() & expected.keys()):
        if fr[key].get("numerus") != expected[key].get("numerus"):
            errors.append(f"littoral_fr.ts: plural or not, unlike the source (run ./dev translations): {label(key)}")
        check_forms(key, fr[key], errors, "littoral_fr.ts")

    plurals = fresh(source_dir, lupdate, work_dir, "littoral_en.ts", ["-pluralonly"])
    en = messages(os.path.join(translations, "littoral_en.ts"))
    for key in sorted(plurals.keys() - en.keys()):
        errors.append(f"littoral_en.ts: plural missing (run ./dev translations): {label(key)}")
    for key in sorted(en.keys() - plurals.keys()):
        errors.append(f"littoral_en.ts: no longer a plural of the sources (run ./dev translations): {label(key)}")
    for key in sorted(en.keys() & plurals.keys()):
        check_forms(key, en[key], errors, "littoral_en.ts")

    for line in errors:
        print(line)
    print(f"{len(expected)} French messages, {len(plurals)} plurals; {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
