#!/usr/bin/env python3
"""Writes core/src/main/resources/dev/dyad/actors/regions.tsv: the first-level subdivisions of each
country (provinces, states, regions, governorates, ...) from the ISO 3166-2 table of Debian's
iso-codes package, for telling which state "the Sindh government" or "police in Kano state" belong to.
With --namesakes it writes region-namesakes.tsv instead: the subdivisions named like another country
("Georgia", a state of the United States; "Niger", a state of Nigeria), which regions.tsv leaves out.

  python3 scripts/regions/build.py ISO_3166-2.JSON > core/src/main/resources/dev/dyad/actors/regions.tsv
  python3 scripts/regions/build.py --namesakes ISO_3166-2.JSON > core/src/main/resources/dev/dyad/actors/region-namesakes.tsv

ISO_3166-2.JSON is iso-codes' json/iso_3166-2.json (version 4.15 or later). Standard library only;
the output is sorted, so a rerun on the same input gives the same file.
"""
import json
import sys
import unicodedata
from collections import defaultdict

# first-level kinds whose names news uses for a part of a state
KINDS = {"Province", "State", "Region", "Governorate", "Administrative region", "Republic", "Division",
         "Autonomous region", "Autonomous community", "Land", "Voivodship", "Regional state", "Union territory",
         "Autonomous republic", "Autonomous province", "Emirate", "Oblast", "Autonomous district",
         "Special administrative region", "Federal territory", "Capital territory", "Territory"}
# words that say where a region lies or what it is, and nothing of which region it is
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
           "center", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest",
           "southeast", "southwest", "upper", "lower", "middle", "capital", "coast", "coastal", "island", "islands",
           "lakes", "lake", "river", "mountain", "highlands", "plains", "interior", "region", "province", "state",
           "district", "territory", "the", "of", "and", "great", "greater", "new", "far", "littoral", "maritime",
           "savannes", "plateaux", "oriental", "occidental", "north-central", "south-central", "midlands"}
# names news uses mostly for something else: seas and broader regions ("the Gulf", "the Red Sea",
# "Balkan"), given names, and Kosovo under the name Serbia gives it (PLOVER codes Kosovo on its own)
EXCLUDE = {"Gulf", "Balkan", "Red Sea", "Delta", "Isabel", "Leste", "Kosovo-Metohija", "Kosovo i Metohija"}
# the kind of subdivision as Chinese writes it after the name, which English news leaves out ("Guangdong
# Sheng" is Guangdong, "Xinjiang Uygur Zizhiqu" Xinjiang): the name is also listed without it, and without
# the people an autonomous region is named for. (Other states' designators leave adjectives English news
# does not write, "Permskij kraj", so they are kept.)
DESIGNATORS = {"sheng", "zizhiqu", "zhuangzu", "huizu", "huizi", "uygur"}


def plain_names(name):
    """The name and its form without accents, then both without the designators after it, if they have any."""
    out = [name]
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    if plain != name and len(plain) >= 4:
        out.append(plain)  # "Jammu and Kashmir" as English news spells it
    short = []
    for n in out:
        words = n.split()
        while len(words) > 1 and words[-1].lower() in DESIGNATORS:
            words = words[:-1]
        if len(words) < len(n.split()) and len(" ".join(words)) >= 4:
            short.append(" ".join(words))
    return out, short


def main(path, namesakes=False):
    with open(path, encoding="utf-8") as f:
        rows = json.load(f)["3166-2"]
    with open("core/src/main/resources/dev/dyad/actors/countries.tsv", encoding="utf-8") as f:
        country_words, alpha2 = set(), {}
        country_names = {}
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            for n in [fields[1]] + [w for w in fields[2].split("|") if w.strip()]:
                country_names[n.strip().lower()] = fields[0]
            for i in (1, 2, 3, 4):
                if i < len(fields):
                    country_words.update(w.strip().lower() for w in fields[i].split("|") if w.strip())
    with open(path.replace("3166-2", "3166-1"), encoding="utf-8") as f:
        for c in json.load(f)["3166-1"]:
            alpha2[c["alpha_2"]] = c["alpha_3"]
    if namesakes:
        # a subdivision named like another country, of a kind news names ("the state of Georgia")
        found = set()
        for r in rows:
            code = alpha2[r["code"][:2]]
            other = country_names.get(r["name"].strip().lower())
            if "parent" not in r and r["type"] in KINDS and other is not None and other != code \
                    and r["type"] != "Special administrative region":
                found.add((r["name"].strip(), code, other))
        print("# First-level subdivisions of states named like another country: \"Georgia\" is a state of the United")
        print("# States and a country, \"Niger\" a state of Nigeria and a country. Generated by scripts/regions/build.py")
        print("# --namesakes; do not edit by hand. The actors stage reads such a name as the subdivision where the")
        print("# article says so (\"Niger State\") or where the article is set in the subdivision's state and names the")
        print("# country by no other form.")
        print("# source: ISO 3166-2 subdivision names from Debian's iso-codes package (LGPL-2.1-or-later data), first-level entries")
        print("#")
        print("# name\tstate\tcountry")
        for name, code, other in sorted(found):
            print(f"{name}\t{code}\t{other}")
        return
    owners = defaultdict(set)
    for r in rows:
        if "parent" in r or r["type"] not in KINDS:
            continue
        name = r["name"].strip()
        words = name.lower().replace("-", " ").split()
        if all(w in GENERIC for w in words) or name.lower() in country_words or len(name) < 4 or name in EXCLUDE:
            continue
        full, short = plain_names(name)
        for n in full + [n for n in short if n.lower() not in country_words and n not in EXCLUDE
                         and not all(w in GENERIC for w in n.lower().split())]:
            owners[n].add(alpha2[r["code"][:2]])
    print("# The first-level subdivisions of states (provinces, states, regions, governorates) by name, for")
    print("# telling which state a region's government, police or people belong to. Generated by")
    print("# scripts/regions/build.py; do not edit by hand. Names shared by subdivisions of several states")
    print("# (Punjab), names of countries, names made only of words like North or Central, and names news uses")
    print("# mostly for something else (the Gulf, the Red Sea) are left out.")
    print("# source: ISO 3166-2 subdivision names from Debian's iso-codes package (LGPL-2.1-or-later data), first-level entries")
    print("#")
    print("# name\tcountry")
    for name in sorted(owners):
        if len(owners[name]) == 1:
            print(f"{name}\t{next(iter(owners[name]))}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--namesakes"]
    if len(args) != 1:
        sys.exit(__doc__)
    main(args[0], "--namesakes" in sys.argv[1:])
