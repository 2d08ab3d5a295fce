#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Littoral contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds resources/extract/firstnames.txt from a snapshot of the Faker project (MIT licence).

usage: python3 tools/make-firstnames.py FAKER_DIR COMMIT [OUT_DIR]

FAKER_DIR is a git clone (bare or not) of https://github.com/joke2k/faker, and COMMIT the commit to
read; or an unpacked source tree of Faker (no git needed), and COMMIT the version or commit it is,
written as given into the header.
The provider files are parsed with `ast` and never imported or executed: only string literals under
a `first_names*` (and, for Vietnamese, `middle_names`) assignment are read, and Faker's own lists of
common English and French words (its lorem providers), to leave out names that are everyday words.
Writes OUT_DIR/firstnames.txt (default resources/extract) and OUT_DIR/FIRSTNAMES-LICENSE (Faker's
licence), and prints counts per origin and the names left out. Standard library only; deterministic.

The list is one signal among several for the extractor (a name-like line whose first word is a known
first name), never the gate, so it errs on the side of leaving out a name that is also an everyday
word: such a word at the start of a capitalised line would otherwise make that line read as a person.
"""

import ast
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

# Locales read, chosen for the people who write about Calais: French-speaking countries, the British
# Isles, West and East Africa, the Maghreb and Pakistan (Latin spellings), Turkey and Central Asia,
# Eastern and Central Europe, Vietnam and Indonesia, and the rest of Western Europe. Entries in
# another script than Latin are dropped, except Cyrillic, which is romanised.
LOCALES = [
    # French-speaking
    "fr_FR", "fr_BE", "fr_CH", "fr_CA", "fr_DZ",
    # British Isles and English-speaking
    "en_GB", "en_IE", "ga_IE", "en_US", "en_NZ", "en_KE", "en_NG", "en_PK", "en_IN",
    # West, East and South Africa
    "ha_NG", "ig_NG", "yo_NG", "tw_GH", "sw", "zu_ZA",
    # Turkey, the Caucasus and Central Asia
    "tr_TR", "az_AZ", "uz_UZ",
    # Eastern and Central Europe (Cyrillic ones romanised, see romanise())
    "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE",
    "bg_BG", "uk_UA", "ru_RU",
    # South-East Asia
    "vi_VN", "id_ID",
    # Western and Northern Europe (Icelandic left out: 3,700 names, many of them short everyday words)
    "es_ES", "it_IT", "pt_PT", "pt_BR", "de_DE", "de_AT", "de_CH", "nl_NL", "nl_BE",
    "da_DK", "sv_SE", "no_NO", "fi_FI",
]
# Not read: Faker's Arabic (ar_*), Persian, Hebrew, Greek, Indic, Thai and East Asian providers hold
# their names in their own scripts only; Arabic-origin names come through fr_DZ, en_PK, ha_NG, sw,
# tr_TR, az_AZ, uz_UZ, id_ID and the hand lists below.

# Fields read from each provider: every `first_names*` tuple, list or weighted dict ("first_names_male",
# "first_names_female_est", ...). Vietnamese middle names ("Văn", "Quang") come first in a name
# written in Western order ("Quang Huy Tran"), so they are read too.
FIELD = re.compile(r"^first_names(?:_\w+)?$")
EXTRA_FIELDS = {"vi_VN": {"middle_names"}}

# Given names of origins Faker has no Latin-script locale for, hand-listed: the most common given
# names of each group in France and Britain (birth-name statistics and naming guides), never a name
# taken from a document. Each group is short on purpose; the extractor does not need the list to find
# a name, only to be surer of it.
HAND_LISTS = {
    # Breton and Occitan (Faker's fr_FR lists national names only)
    "breton": [
        "Anaïg", "Annaïg", "Armelle", "Aziliz", "Bleuenn", "Brieuc", "Corentin", "Elouan", "Enora",
        "Erwan", "Erwann", "Ewen", "Gaël", "Gaëlle", "Goulven", "Gurvan", "Gwenaël", "Gwenaëlle",
        "Gwendal", "Gwenn", "Gwenola", "Jakez", "Katell", "Klervi", "Loïc", "Loïg", "Maël", "Maëlle",
        "Maïwenn", "Malo", "Morgane", "Nolwenn", "Riwal", "Ronan", "Soizic", "Tanguy", "Tristan",
        "Tugdual", "Yann", "Yannick", "Youenn", "Yvon", "Yvonne",
    ],
    "occitan": [
        "Bernat", "Enric", "Estève", "Guilhem", "Guiraud", "Joan", "Jòrdi", "Magali", "Marcèl",
        "Mirèio", "Peire", "Ramon", "Sèrgi", "Tòni",
    ],
    # Senegal, Mali, Guinea, Côte d'Ivoire (Wolof, Fula, Mandinka, Soninke usage in French spelling)
    "west_africa_fr": [
        "Abdoulaye", "Adama", "Aïcha", "Aïssatou", "Alassane", "Aliou", "Amadou", "Aminata", "Assane",
        "Astou", "Awa", "Babacar", "Bakary", "Binta", "Boubacar", "Cheikh", "Coumba", "Daouda", "Demba",
        "Dieynaba", "Djibril", "Fatou", "Fatoumata", "Hawa", "Ibrahima", "Idrissa", "Issa", "Kadiatou",
        "Khady", "Lamine", "Mamadou", "Mariama", "Modou", "Moussa", "Ndeye", "Oumar", "Ousmane",
        "Ousseynou", "Rokhaya", "Salif", "Seydou", "Sékou", "Souleymane", "Tidiane", "Yacouba",
    ],
    # Eritrea, Ethiopia, Sudan, Somalia (Latin spellings used in Europe)
    "horn_of_africa": [
        "Abdelrahman", "Abebe", "Abdirahman", "Abdullahi", "Berhane", "Dawit", "Filmon", "Habtom",
        "Haile", "Hagos", "Kidane", "Mekonnen", "Mulugeta", "Osman", "Samrawit", "Selam", "Semere",
        "Senait", "Tesfay", "Tesfaye", "Tsegay", "Yemane", "Yohannes", "Yonas", "Yosef", "Zewdi",
    ],
    # Afghanistan, Iran, Iraqi and Syrian Kurdistan (Latin spellings used in Europe)
    "afghan_kurdish": [
        "Abdul", "Ahmad", "Aram", "Bilal", "Dilan", "Farid", "Hamid", "Hawre", "Karwan", "Mohammad",
        "Nasir", "Najib", "Rahim", "Rebwar", "Rojda", "Sayed", "Shvan", "Wahid", "Zana", "Zabihullah",
    ],
}

# Folded words that are never kept although a locale lists them: a French or English letter writes
# each with a capital at the start of a line, in a heading, an address or a signature's function, and
# taking it for a first name would make that line read as a person.
STOP = {
    # name particles and articles (a name does not start with one)
    "a", "al", "an", "ben", "bin", "da", "das", "de", "del", "della", "den", "der", "des", "di", "do",
    "dos", "du", "el", "ibn", "la", "las", "le", "les", "lo", "los", "of", "the", "van", "von", "y",
    # short function words
    "and", "as", "at", "au", "aux", "by", "ce", "en", "et", "for", "he", "il", "in", "is", "it", "je",
    "ma", "me", "mon", "my", "ni", "no", "nous", "on", "or", "ou", "par", "pour", "sa", "se", "si",
    "so", "son", "sur", "to", "tu", "un", "une", "us", "vous", "we", "can", "may", "all", "our",
    # courtesy titles, ranks and kinship words (the courtesy reader handles them)
    "madame", "monsieur", "mademoiselle", "messieurs", "mesdames", "sir", "lord", "lady", "dame",
    "miss", "master", "mister", "docteur", "doctor", "maitre", "pere", "mere", "frere", "soeur",
    "sister", "brother", "father", "mother", "saint", "sainte", "st", "ste", "king", "queen",
    "prince", "princess", "duke", "baron", "earl", "general", "major", "captain", "colonel", "judge",
    "bishop", "pastor", "imam", "emir", "sultan", "reverend",
    # salutations and closings
    "cher", "chere", "chers", "dear", "yours", "best", "kind", "merci", "bien", "bonjour", "hello",
    # months and days: a date line is not a name
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre", "january", "february", "march", "april", "june", "july", "august",
    "september", "october", "november", "december", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
    # addresses, places and institutions
    "rue", "place", "avenue", "allee", "quai", "cours", "route", "chemin", "square", "street", "road",
    "lane", "court", "parc", "park", "port", "gare", "ville", "city", "cite", "centre", "france",
    "paris", "calais", "london", "europe", "afrique", "africa", "nord", "sud", "est", "ouest",
    "north", "south", "east", "west", "grande", "grand", "petit", "petite", "haute", "haut", "bas",
    "mont", "val", "bois", "lac", "mer", "ile", "pont", "prefecture", "mairie",
    # a letter's headings, references and functions
    "objet", "page", "copie", "copy", "signature", "mission", "service", "office", "bureau",
    "presse", "press", "union", "liberte", "egalite", "fraternite", "justice", "police", "avocat",
    "maire", "mayor", "ministre", "minister", "president", "presidente", "direction", "secours",
    "association", "collectif", "comite", "conseil", "council", "republique", "etat", "state",
    "national", "nationale", "human", "home", "help", "care", "aid",
    # everyday nouns and adjectives that some locale also lists as a given name
    "amour", "ange", "angel", "beau", "belle", "bonne", "douce", "espoir", "foi", "hope", "faith",
    "joy", "joie", "mercy", "charity", "honor", "honour", "patience", "liberty", "unity", "peace",
    "paix", "victoire", "victory", "sky", "summer", "autumn", "winter", "spring", "river", "stone",
    "wood", "hill", "field", "young", "long", "short", "white", "black", "brown", "green", "gray",
    "grey", "red", "gold", "silver", "chance", "chase", "hunter", "price", "cash", "noble", "royal",
    "dawn", "love", "come", "canal", "franco", "ties", "tea", "ants", "ion", "will", "mad", "odd",
    "sad", "toy", "jet", "kit", "pal", "paw", "tan", "til", "tit", "vid", "vit", "yen", "owe", "bog",
    "dev", "gal", "ha", "ing", "sep", "sys", "tri", "mar", "rem", "om", "ta", "ja", "ib", "ly",
}

# Faker's own lists of common words (lorem providers: the most frequent English words, the Eduscol
# frequency list for French) are dropped too, except these, which in a letter are far more often a
# person than the word ("Pierre Martin" rather than "pierre", "Guy Dupont" rather than "guy").
COMMON_WORD_LOCALES = ("en_US", "fr_FR")
KEEP = {"claire", "francois", "grace", "guy", "pierre", "rose", "roman"}

# Cyrillic given names (ru_RU, uk_UA, bg_BG) are romanised the way their bearers' names are usually
# spelled in English and French documents (BGN/PCGN-like, with Ukrainian г -> h); a final -ий/-ій/-ей
# gets its usual variants (Dmitriy/Dmitry, Andriy/Andrii, Sergey/Sergei). Arabic, Persian, Greek and
# other scripts are left out: their vowels or their romanisation are too ambiguous to guess.
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}
CYRILLIC_BY_LOCALE = {"uk_UA": {"г": "h", "и": "y"}, "bg_BG": {"щ": "sht", "ъ": "a"}}
CYRILLIC_LOCALES = set(CYRILLIC_BY_LOCALE) | {"ru_RU"}


def romanise(name, locale):
    """The usual Latin spellings of a Cyrillic given name, or [] when it holds another script."""
    table = dict(CYRILLIC, **CYRILLIC_BY_LOCALE.get(locale, {}))
    lower = name.lower()
    if not all(c in table or not c.isalpha() for c in lower):
        return []
    base = "".join(table.get(c, c) for c in lower)
    out = {base}
    for ending, variants in (("iy", ("y", "ii", "i")), ("yy", ("y", "iy")), ("ey", ("ei",))):
        if base.endswith(ending):
            out |= {base[: -len(ending)] + v for v in variants}
    return sorted(out)


def is_tree(faker_dir):
    return Path(faker_dir, "faker", "providers").is_dir()


def git_show(faker_dir, commit, path):
    if is_tree(faker_dir):
        return Path(faker_dir, path).read_text(encoding="utf-8")
    return subprocess.run(["git", "-C", faker_dir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def strings_of(node):
    """String literals of a tuple, list, set, dict (keys) or OrderedDict((name, weight), ...) call."""
    out = []
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            out.append(sub.value)
    return out


def names_in(source, wanted):
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            targets = [node.target.id]
            value = node.value
        else:
            continue
        if any(wanted(t) for t in targets):
            found.extend(strings_of(value))
    return found


def is_latin(name):
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def fold(text):
    """As littoral::core::foldForMatching: compatibility decomposition, marks dropped, case folded,
    every run of other characters one space."""
    out, pending = [], False
    for c in unicodedata.normalize("NFKD", text):
        if unicodedata.category(c) == "Mn":
            continue
        if c.isalnum():
            if pending and out:
                out.append(" ")
            pending = False
            out.append(c.lower())
        else:
            pending = True
    return "".join(out)


def lookup_key(name):
    """What Lexicon::isFirstName compares: the first part of the folded first word ("jean" for
    "Jean-Pierre"); the other parts of a compound are looked up on their own entries."""
    folded = fold(name)
    return folded.split(" ", 1)[0] if folded else ""


def keep(key, common):
    if len(key) < 2 or any(c.isdigit() for c in key):
        return False
    if key in STOP:
        return False
    return key not in common or key in KEEP


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    faker_dir, commit = argv[1], argv[2]
    out_dir = Path(argv[3]) if len(argv) == 4 else Path(__file__).resolve().parent.parent / "resources/extract"
    if not is_tree(faker_dir):
        commit = subprocess.run(["git", "-C", faker_dir, "rev-parse", "--verify", f"{commit}^{{commit}}"],
                                check=True, capture_output=True, text=True).stdout.strip()

    common = set()
    for locale in COMMON_WORD_LOCALES:
        source = git_show(faker_dir, commit, f"faker/providers/lorem/{locale}/__init__.py")
        common |= {fold(w) for w in names_in(source, lambda t: t == "word_list")}

    names, seen = set(), set()
    print(f"{'origin':15} {'read':>6} {'latin':>6} {'kept':>6} {'new':>6}")

    def add(origin, raw, latin):
        keys = {k for n in latin if (k := lookup_key(n))}
        seen.update(keys)
        kept = {k for k in keys if keep(k, common)}
        print(f"{origin:15} {len(raw):6} {len(latin):6} {len(kept):6} {len(kept - names):6}")
        names.update(kept)

    for locale in LOCALES:
        source = git_show(faker_dir, commit, f"faker/providers/person/{locale}/__init__.py")
        extra = EXTRA_FIELDS.get(locale, set())
        raw = names_in(source, lambda t: bool(FIELD.match(t)) or t in extra)
        if locale in CYRILLIC_LOCALES:
            latin = [r for n in raw for r in romanise(n, locale)]
        else:
            latin = [n for n in raw if is_latin(n)]
        add(locale, raw, latin)
    for origin, raw in HAND_LISTS.items():
        add(origin, raw, raw)
    dropped = sorted(k for k in seen if not keep(k, common) and len(k) >= 2)
    print(f"left out as everyday words: {len(dropped)}: {' '.join(dropped)}")
    print(f"total: {len(names)}")

    out_dir.mkdir(parents=True, exist_ok=True)
    header = [
        "# Littoral first-name lexicon: folded (lower case, accents removed) first parts of given names.",
        f"# Source: Faker (https://github.com/joke2k/faker), commit {commit},",
        "#   faker/providers/person/<locale>/__init__.py, Latin-script (or romanised Cyrillic) entries of:",
        "#   " + " ".join(LOCALES),
        "#   plus short hand lists of common Breton, Occitan, West African, Horn of Africa, Afghan and",
        "#   Kurdish given names, in tools/make-firstnames.py.",
        "# Licence: MIT (Faker), see FIRSTNAMES-LICENSE beside this file.",
        "# Generated by tools/make-firstnames.py; do not edit by hand, regenerate with:",
        f"#   python3 tools/make-firstnames.py FAKER_DIR {commit}",
        f"# {len(names)} names.",
    ]
    (out_dir / "firstnames.txt").write_text("\n".join(header + sorted(names)) + "\n", encoding="utf-8")
    licence = git_show(faker_dir, commit, "LICENSE.txt")
    (out_dir / "FIRSTNAMES-LICENSE").write_text(
        f"resources/extract/firstnames.txt is derived from Faker (https://github.com/joke2k/faker),\n"
        f"commit {commit}, distributed under the following licence:\n\n" + licence, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
