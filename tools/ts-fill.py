#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fill the unfinished entries of a Qt .ts file from tab-separated translation lists.

usage: tools/ts-fill.py [--overwrite] [--english-plurals] TS [TSV...]

Each TSV line is  Context<TAB>source text<TAB>translation  (blank lines and lines starting with
# are skipped); newlines are written \\n, tabs \\t, backslashes \\\\; a %n plural gives its forms
separated by ||| ("%n lettre|||%n lettres"). Context is the class name lupdate records
("littoral::ui::MainWindow"); a bare class name ("MainWindow") matches a qualified context when that
is the only one it can mean. An entry matches every message of its context with that source,
whatever its disambiguating comment.

--english-plurals (for littoral_en.ts) writes the forms of an unfinished plural whose source says
its plural with a parenthesis, "%n document(s)" -> "%n document" / "%n documents",
"%n match(es)" -> "%n match" / "%n matches".

The file is rewritten in lupdate's own layout. Printed on stderr: TSV entries that matched no
message, entries whose placeholders (%1, %n...) differ from the source's, and the messages that
stay unfinished. Exit status 0 when every message is finished, 1 otherwise, 2 on bad input.
"""
import argparse
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text.replace("%L", "%"))))


def unescape(field):
    out, i = [], 0
    while i < len(field):
        c = field[i]
        if c == "\\" and i + 1 < len(field):
            nxt = field[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def read_tsv(paths):
    entries = []  # (context, source, forms, where)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n").rstrip("\r")
                if not line.strip() or line.startswith("#"):
                    continue
                fields = line.split("\t")
                if len(fields) != 3:
                    print(f"{path}:{number}: expected 3 tab-separated fields, found {len(fields)}",
                          file=sys.stderr)
                    continue
                context, source, translation = (unescape(x) for x in fields)
                forms = translation.split("|||")
                entries.append((context.strip(), source, forms, f"{path}:{number}"))
    return entries


def english_plural_forms(source):
    pattern = re.compile(r"(\w)\((\w+)\)")
    if not pattern.search(source):
        return None
    return [pattern.sub(r"\1", source), pattern.sub(r"\1\2", source)]


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write_element(element, depth, out):
    pad = "    " * depth
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in element.attrib.items())
    children = list(element)
    if not children:
        text = element.text or ""
        out.append(f"{pad}<{element.tag}{attrs}>{escape(text)}</{element.tag}>\n")
        return
    out.append(f"{pad}<{element.tag}{attrs}>\n")
    for child in children:
        write_element(child, depth + 1, out)
    out.append(f"{pad}</{element.tag}>\n")


def write_ts(root, path):
    # lupdate's layout: <context> at column 0, its children indented by four spaces each level.
    out = ['<?xml version="1.0" encoding="utf-8"?>\n', "<!DOCTYPE TS>\n"]
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in root.attrib.items())
    out.append(f"<TS{attrs}>\n")
    for context in root:
        out.append(f"<{context.tag}>\n")
        for child in context:
            write_element(child, 1, out)
        out.append(f"</{context.tag}>\n")
    out.append("</TS>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


def is_finished(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished")


def set_translation(message, forms):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]
    translation.attrib.pop("type", None)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--overwrite", action="store_true", help="replace finished translations too")
    parser.add_argument("--english-plurals", action="store_true",
                        help='derive English plural forms from "(s)"-style sources')
    parser.add_argument("ts")
    parser.add_argument("tsv", nargs="*")
    args = parser.parse_args()

    try:
        tree = ET.parse(args.ts)
    except (OSError, ET.ParseError) as error:
        print(f"ts-fill: cannot read {args.ts}: {error}", file=sys.stderr)
        return 2
    root = tree.getroot()
    try:
        entries = read_tsv(args.tsv)
    except OSError as error:
        print(f"ts-fill: {error}", file=sys.stderr)
        return 2

    messages = {}  # (context, source) -> [message]
    contexts_by_class = {}  # "MainWindow" -> {"littoral::ui::MainWindow"}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        contexts_by_class.setdefault(name.split("::")[-1], set()).add(name)
        for message in context.iter("message"):
            messages.setdefault((name, message.findtext("source") or ""), []).append(message)

    filled = 0
    unmatched = []
    for context, source, forms, where in entries:
        targets = messages.get((context, source))
        if targets is None:
            candidates = contexts_by_class.get(context.split("::")[-1], set())
            if len(candidates) == 1:
                targets = messages.get((next(iter(candidates)), source))
        if targets is None:
            unmatched.append(f"{where}: no message [{context}] {source!r}")
            continue
        for message in targets:
            numerus = message.get("numerus") == "yes"
            if numerus and len(forms) < 2:
                print(f"{where}: {source!r} is a plural: give its forms separated by |||", file=sys.stderr)
                continue
            if not numerus and len(forms) != 1:
                print(f"{where}: {source!r} is not a plural: no ||| expected", file=sys.stderr)
                continue
            wanted = placeholders(source)
            if any(placeholders(form) != wanted and not (numerus and placeholders(form) == [p for p in wanted if p != "%n"])
                   for form in forms):
                print(f"{where}: placeholders differ from the source's {wanted}: {forms!r}", file=sys.stderr)
                continue
            if is_finished(message) and not args.overwrite:
                continue
            set_translation(message, forms)
            filled += 1

    if args.english_plurals:
        for (context, source), targets in messages.items():
            for message in targets:
                if message.get("numerus") == "yes" and not is_finished(message):
                    forms = english_plural_forms(source)
                    if forms:
                        set_translation(message, forms)
                        filled += 1

    write_ts(root, args.ts)

    for line in unmatched:
        print(line, file=sys.stderr)
    unfinished = [(context, source) for (context, source), targets in messages.items()
                  for message in targets if not is_finished(message)]
    for context, source in unfinished:
        print(f"unfinished: [{context}] {source!r}", file=sys.stderr)
    print(f"ts-fill: {args.ts}: {filled} filled, {len(unfinished)} unfinished, "
          f"{len(unmatched)} TSV entries matched nothing", file=sys.stderr)
    return 0 if not unfinished else 1


if __name__ == "__main__":
    sys.exit(main())
