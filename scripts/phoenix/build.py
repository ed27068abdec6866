#!/usr/bin/env python3
"""Writes dyad's data files from the Phoenix/PETRARCH2 actor dictionaries (openeventdata/petrarch2, MIT):

  core/src/main/resources/dev/dyad/actors/phoenix-people.tsv         dated office holders
  core/src/main/resources/dev/dyad/actors/phoenix-organisations.tsv  IGOs, NGOs, companies, armed groups
  core/src/main/resources/dev/dyad/actors/phoenix-agents.tsv         role nouns and their sectors

  python3 scripts/phoenix/build.py [--check] [DICTIONARIES]

DICTIONARIES is the folder holding Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and
Phoenix.MilNonState.actors.txt (default: ../shared/knowledge/phoenix, relative to the repository root;
the other paths are taken from the repository root too). Standard library only; the output is sorted,
so a rerun on the same input gives the same files. With --check nothing is written: the exit status
says whether the files in the repository are what the script writes (1, naming them, when they are not).

The dictionaries are in TABARI's format: a record is a phrase (words joined by underscores, all capitals),
synonym phrases on "+" lines, and codes in brackets, dated "[RUSGOV 991231-080507]" (YYMMDD or YYYYMMDD;
">date" from, "<date" until) or undated (the code for any other day). A code is a CAMEO actor code: three
letters of a country (mostly ISO 3166-1 alpha-3) or of an international kind (IGO, NGO, MNC, IMG), then
three-letter role codes. What is converted, and what is left out:

- A person is a record with at least one dated code of a country or an international organisation, and
  no name of a body or place ("Anbar Province"); each dated code is one term, its sector the PLOVER
  sector of its first role code ("[ELI ...]" is out of office, for the state of the record's other
  terms). Terms given only as "until" (no start), undated codes, and codes of regions and of states
  with no successor are left out: dyad's resolver already calls an office holder a former one after
  the term. Records that share a name and a state are one person.
- An organisation is an undated record of an international kind, of an armed group ("REB" and the
  like), or of a state with a role ("[USAGOVLEG]": a body of that state, its sector the most specific
  branch the code names), whose name says it is a body (a word like "Organization", "Front", "Council", "Bank"); names
  made only of such words ("Islamic Party"), synonyms naming no body (a leader, a place), and acronyms
  of three letters or fewer are left out, as are names that bodies of two states share. A company's record
  ("[MNCDEU]") needs no such word: its names are its brands ("Commerzbank", "Goldman Sachs"), kept unless
  a one-word name is a word of a person's name in the dictionaries, or a two-word name starts with a given
  name and has no company's or body's word ("Earl Slack", a company's spokesman filed under the company).
- Names are written as news writes them: underscores become spaces, capitals become capitalised words
  (particles like "al" and "bin" lower case, initials and acronyms in capitals). Synonyms carrying a
  title ("PRESIDENT_PUTIN"), a single word (a bare surname or given name), digits or brackets are left
  out, as are nicknames in quotes, names that dyad's own lists use for a country, city, region or
  organisation, and names that the dictionaries give to people of two states with nothing in common.
- An agent (Phoenix.agents.txt) is a role noun with a sector ("FARMER [~AGR]"): each becomes a role term,
  its sector the PLOVER sector of its first role code, with its plural (the one the record gives in
  braces, none for "{}", else the regular English plural, as PETRARCH forms it); the substitution sets
  ("!PERSON!", "!MINIST!") are expanded. A term is a body when its last word names an institution, a
  group when plural, else a person. Left out: terms whose code has no PLOVER sector (religions,
  development), terms ending in a preposition (a pattern, not a noun), terms with characters other than
  letters, spaces, hyphens and apostrophes, and terms dyad's own roles.tsv gives. The head word that says
  a body is the last, or the one before "of" ("president of the senate" is a person).
"""
import os
import re
import sys
from collections import defaultdict

ACTORS = "core/src/main/resources/dev/dyad/actors"
SOURCE = ("Phoenix actor dictionaries of openeventdata/petrarch2 (data/dictionaries, commit 676801c), "
          "MIT licence, Copyright (c) 2014 Open Event Data")
AGENT_SOURCE = ("Phoenix.agents.txt of openeventdata/petrarch2 (data/dictionaries, commit 676801c), MIT licence, "
                "Copyright (c) 2014 Open Event Data Alliance")

# CAMEO country codes that are not ISO 3166-1 alpha-3, with the state dyad counts them as (Kosovo: KOS, as
# countries.tsv writes it; the Soviet Union, Yugoslavia and Czechoslovakia as their successors, as
# countries.tsv reads their names).
NON_ISO = {"TMP": "TLS", "DDR": "DEU", "USR": "RUS", "SUN": "RUS", "YUG": "SRB", "FRY": "SRB", "SCG": "SRB",
           "CSK": "CZE", "KSV": "KOS", "ANG": "AGO"}
# CAMEO codes of regions and of the international sphere: no state. An armed group of one is transnational
# (IMG); a person of one is left out.
REGIONS = {"AFR", "ASA", "BLK", "CAF", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT", "MEA",
           "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST", "INT"}
INTERNATIONAL = {"IGO", "NGO", "MNC", "IMG"}
# CAMEO role codes to PLOVER sectors. CAMEO's MED is the media (PLOVER JRN) and HLH health (PLOVER MED);
# insurgents and separatists are rebels. Roles with no PLOVER sector of their own (development,
# environment, human rights, ...) give none.
SECTORS = {"GOV": "GOV", "MIL": "MIL", "REB": "REB", "INS": "REB", "SEP": "REB", "OPP": "OPP", "PTY": "PTY",
           "COP": "COP", "JUD": "JUD", "LEG": "LEG", "SPY": "SPY", "BUS": "BUS", "MED": "JRN", "EDU": "EDU",
           "CVL": "CVL", "REF": "REF", "HLH": "MED", "LAB": "LAB", "AGR": "AGR", "REL": "REL", "ELI": "ELI",
           "CRM": "CRM", "UAF": "UAF", "HRI": "SOC", "ENV": "SOC"}
# Branches of a state more specific than its government, as a body's code names them after GOV.
BRANCHES = {"LEG", "JUD", "SPY", "COP", "MIL"}
# Words in a synonym that make it a title with a name rather than a name ("PRESIDENT_VLADIMIR_PUTIN").
TITLES = {"president", "vice", "minister", "prime", "premier", "secretary", "secretary-general", "general",
          "chief", "leader", "chairman", "chancellor", "king", "queen", "prince", "princess", "emir", "sultan",
          "governor", "ambassador", "senator", "director", "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj",
          "capt", "adm", "former", "foreign", "defense", "defence", "party", "the", "of", "and", "for", "un",
          "u.n.", "head", "spokesman", "commander", "envoy", "deputy", "acting", "sir", "lord", "lady", "pope",
          "cardinal", "archbishop", "bishop", "monsignor", "ayatollah", "mullah", "sheikh", "sheik", "justice",
          "judge", "mayor", "speaker", "colonel", "major", "captain", "admiral", "marshal", "officer", "official",
          "advisor", "adviser", "national", "security", "spokeswoman", "spokesperson", "representative",
          "counselor", "counsellor", "attorney", "kanzler", "bundeskanzler", "presidente", "président", "ministre", "ministro", "premierminister"}
# Words that say a dated record is a body or a place, not a person ("Syrian National Coalition", "Anbar
# Province", "German Democratic Republic"), and words that start no person's name ("East Berlin").
NOT_PEOPLE = {"republic", "kingdom", "islands", "province", "region", "kurdistan", "government", "territory",
              "states", "brigade", "brigades", "council", "committee", "coalition", "assembly", "army", "movement",
              "organization", "organisation", "forces", "front", "federative", "socialist", "democratic", "federal",
              "task", "party", "union", "league", "liberation", "commission", "ministry", "authority"}
NO_FIRST_NAME = {"east", "west", "north", "south", "northern", "southern", "eastern", "western", "central"}
# Words that say a name is a body's.
BODIES = {"organization", "organisation", "organizations", "council", "commission", "committee", "union", "fund",
          "bank", "agency", "programme", "program", "assembly", "court", "tribunal", "secretariat", "panel",
          "office", "association", "federation", "front", "army", "movement", "party", "brigade", "brigades",
          "group", "groups", "force", "forces", "league", "alliance", "institute", "foundation", "society",
          "centre", "center", "network", "mission", "community", "conference", "forum", "parliament", "bureau",
          "authority", "coalition", "corporation", "corp", "company", "inc", "ltd", "limited", "holdings",
          "airlines", "airways", "industries", "militia", "militias", "cells", "faction", "nuclei", "commandos",
          "battalion", "battalions", "legion", "guerrillas", "rebels", "fighters", "mujahideen", "jihad",
          "resistance", "liberation", "revolutionary", "brotherhood", "order", "church", "council", "board",
          "trust", "initiative", "campaign", "watch", "international", "partnership", "cooperation", "bloc",
          "consortium", "exchange", "university", "college", "school", "hospital", "system", "service",
          "services", "observatory", "convention", "treaty", "organisations", "companies", "group's", "military",
          "police", "navy", "ministry", "department", "guard", "guards", "command"}
# The same in the languages the groups' own names are in ("Hizb Allah", "Lashkar-e-Taiba", "Frente ...").
FOREIGN_BODIES = {"hizb", "hezb", "jamaat", "jamaah", "jemaah", "jamiat", "harakat", "harkat", "jaish", "jaysh",
                  "lashkar", "tehrik", "tanzim", "majlis", "ansar", "fuerzas", "frente", "ejercito", "movimiento",
                  "partido", "brigadas", "comando", "armata", "fronte", "brigate", "nuclei", "cellule", "devrimci",
                  "partiya", "hamas", "hezbollah", "hizbollah", "taliban", "al-qaeda", "al-qaida"}
# Words that say what kind of body a name is and nothing of which one: a name made only of them and of
# BODIES ("Islamic Party", "Revolutionary Army", "Central Command") names no body in particular.
GENERIC = {"islamic", "national", "revolutionary", "popular", "central", "international", "socialist", "communist",
           "democratic", "people's", "peoples", "united", "free", "new", "world", "general", "supreme", "federal",
           "state", "left", "armed", "resistance", "struggle", "unity", "solidarity", "command", "socialists",
           "of", "the", "and", "for", "inc", "ltd", "corp", "co"}
# Particles written lower case inside a name ("Abdel Fattah al-Sisi", "Osama bin Laden").
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le",
             "van", "von", "der", "den", "ter", "y", "e"}
# Words of companies' names as they write them.
COMPANY_WORDS = {"inc": "Inc", "ltd": "Ltd", "corp": "Corp", "co": "Co", "plc": "plc", "llc": "LLC", "sa": "SA",
                 "ag": "AG", "nv": "NV", "bv": "BV", "spa": "SpA", "ab": "AB", "asa": "ASA"}
# CAMEO codes of religions, which follow IGO, NGO or IMG where a country could: not countries, whatever
# ISO gives the same letters (MUS, Muslim, is Mauritius's code).
RELIGIONS = {"MUS", "CHR", "CTH", "ORT", "PRO", "JEW", "HIN", "BUD", "SHI", "SUN", "ALE", "DRZ", "SFI", "JAN",
             "MOS", "ATH", "BAH", "CON", "DOX", "ITR", "JAI", "MRN", "NRM", "SHN", "SIK", "TAO", "ZRO"}
# Short forms of organisations that mean something else in news as often as the body (as organisations.tsv
# leaves them out), and the words that read as acronyms when written in capitals.
ACRONYMS_LEFT_OUT = {"PA", "IS", "NIS", "MIT", "CSIS", "PTI", "RSF", "SDF", "UN", "US", "EU", "AU", "IT", "AS",
                     "AT", "ON", "OR", "NO", "AIM", "ACT", "CARE", "HOPE", "WHO", "ALL", "ONE", "AID", "NEW", "ZERO", "CAMO"}


def date(s):
    """YYMMDD (years below 30 are 20YY) or YYYYMMDD as YYYY-MM-DD; None when not a date."""
    if re.fullmatch(r"\d{6}", s):
        yy = int(s[:2])
        s = ("20" if yy < 30 else "19") + s
    if not re.fullmatch(r"\d{8}", s):
        return None
    y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def records(path):
    """The file's records: (names, codes), codes as (code, restriction or '')."""
    out = []
    names, codes = [], []

    def close():
        if names:
            out.append((list(names), list(codes)))
        names.clear()
        codes.clear()

    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip():
                close()
                continue
            brackets = re.findall(r"\[([^\]]*)\]", line)
            text = re.sub(r"\[[^\]]*\]", " ", line).strip()
            if text.startswith("+"):
                names.append(text[1:])
            elif text:
                # a new phrase after a record's codes starts the next record; before them, it is another name of
                # the same person where it shares a word with the names so far ("BORIS_N._YELTSIN" after
                # "BORIS_YELTSIN_"), else the record before had no code
                if codes or (names and not set(words_of(text.lower())) & {w for n in names for w in words_of(n.lower())}):
                    close()
                names.append(text)
            for b in brackets:
                parts = b.split()
                if parts:
                    codes.append((parts[0], " ".join(parts[1:])))
    close()
    return out


def words_of(phrase):
    p = re.sub(r'"[^"]*"', " ", phrase.replace("_", " ")).strip()  # nicknames in quotes are no part of a name
    p = re.sub(r"\s+\.", ".", p)
    p = re.sub(r"\.(?=[A-Za-z]{2})", ". ", p)
    return p.split()


def cap(word):
    """A word of capitals as a name's word: "AL-SISI" is "al-Sisi" inside a name, "MCCAIN" "McCain"."""
    def one(w):
        if not w:
            return w
        lw = w.lower()
        if re.fullmatch(r"([a-z]\.)+[a-z]?\.?", lw):
            return w.upper()  # initials: "A.P.J."
        if lw.startswith("mc") and len(w) > 2:
            return "Mc" + lw[2].upper() + lw[3:]
        if "'" in lw[:3] and len(lw) > 2 and lw[1] == "'":
            return lw[0].upper() + "'" + lw[2:3].upper() + lw[3:]
        return lw[0].upper() + lw[1:]
    return "-".join(one(p) for p in word.split("-"))


def person_name(phrase):
    ws = words_of(phrase)
    out = []
    for i, w in enumerate(ws):
        c = cap(w)
        parts = c.split("-")
        if i > 0 and parts[0].lower() in PARTICLES:
            parts[0] = parts[0].lower()
            c = "-".join(parts)
        out.append(c)
    return " ".join(out)


def org_name(phrase):
    ws = words_of(phrase)
    if len(ws) > 1 and ws[0].lower() == "the":
        ws = ws[1:]  # the article is no part of the name, as in organisations.tsv
    if len(ws) == 1 and len(ws[0].replace(".", "")) <= 5:
        return ws[0]  # an acronym
    out = []
    for i, w in enumerate(ws):
        lw = w.lower()
        if i > 0 and lw in {"of", "the", "and", "for", "in", "on", "to", "a", "an", "de", "du", "des", "la", "le", "el", "al"}:
            out.append(lw)
        elif lw in COMPANY_WORDS:
            out.append(COMPANY_WORDS[lw])
        elif lw in {"us", "uk"}:
            out.append(w.upper())  # the two-letter state abbreviations
        elif w.startswith("(") or re.fullmatch(r"([A-Z]\.)+[A-Z]?", w) or re.fullmatch(r"[B-DF-HJ-NP-TV-Z]{2,5}", w):
            out.append(w)  # an acronym: in brackets, with dots, or with no vowel
        else:
            out.append(cap(w))
    return " ".join(out)


def good_person_name(phrase, taken):
    ws = [w.lower().strip(".,") for w in words_of(phrase)]
    if len(ws) < 2 or any(w in TITLES for w in ws) or re.search(r"[0-9()/,:&;\[\]]", phrase) or "a.k.a" in ws:
        return False
    if sum(1 for w in ws if len(w.strip(".")) > 1) < 2:
        return False  # initials and one word: "K. Annan" says no more than "Annan"
    return person_name(phrase).lower() not in taken


def key(name):
    """A name's comparison form, as dyad's Lexicon.key makes it: lower case, hyphens and dots as spaces."""
    return " ".join(name.lower().replace("-", " ").replace(".", " ").split())


def split_code(code):
    """(prefix, roles) of a CAMEO code: ("RUS", ["GOV"]), ("IGO", ["UNO", "JUD", "ICJ"])."""
    return code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]


def state(prefix, iso):
    if prefix in NON_ISO:
        prefix = NON_ISO[prefix]
    if prefix in iso:
        return iso[prefix] or prefix  # a dependency counts as its sovereign, as countries.tsv says
    return None


def sector_of(roles):
    for r in roles:
        if r in SECTORS:
            return SECTORS[r]
    return ""


def read_dyad():
    """dyad's own names of countries, regions, cities, seats of power and organisations (lower case), and
    country codes to their sovereigns."""
    taken, iso = set(), {}
    for name in ("countries.tsv", "organisations.tsv", "regions.tsv", "metonyms.tsv"):
        with open(os.path.join(ACTORS, name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                fields = line.rstrip("\n").split("\t")
                if name == "countries.tsv":
                    iso[fields[0]] = fields[5] if len(fields) > 5 and fields[5] else None
                    cols = (1, 2, 3, 4)
                elif name == "organisations.tsv":
                    cols = (0, 1)
                else:
                    cols = (0,)
                for i in cols:
                    if i < len(fields):
                        taken.update(w.strip().lower() for w in fields[i].split("|") if w.strip())
    with open("core/src/main/resources/dev/dyad/geo/places.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and line.strip():
                fields = line.rstrip("\n").split("\t")
                taken.update(w.lower() for w in fields[:2] if w)
    return taken, iso


def people_and_orgs(folder, taken, iso):
    people = []  # (names, [(code, sector, from, to)])
    orgs = []  # (names, code, sector, country)
    dropped = defaultdict(int)
    for file in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for names, codes in records(os.path.join(folder, file)):
            dated = [(c, r) for c, r in codes if r]
            if dated:
                terms = []
                for code, restriction in dated:
                    prefix, roles = split_code(code)
                    if prefix == "IGO":
                        where, sector = "IGO", "GOV"
                    elif prefix == "ELI":  # "[ELI 900101-951231]": out of office, of the record's state
                        where, sector = None, "ELI"
                    else:
                        where, sector = state(prefix, iso), sector_of(roles)
                    m = re.fullmatch(r"(\d+)\s*-\s*(\d+)|>\s*(\d+)", restriction)
                    if not m:
                        dropped["term with no start or no date"] += 1
                        continue
                    start = date(m.group(1) or m.group(3))
                    end = date(m.group(2)) if m.group(2) else ""
                    if start is None or end is None or (end and end < start):
                        dropped["term whose dates are no dates"] += 1
                        continue
                    terms.append([where, sector, start, end])
                homes = {t[0] for t in terms if t[0] and t[0] != "IGO"}
                for t in terms:
                    if t[0] is None:  # an ELI term of the one state the record serves
                        t[0] = next(iter(homes)) if len(homes) == 1 else None
                terms = [tuple(t) for t in terms if t[0] is not None]
                if not terms:
                    dropped["person with no state or organisation"] += 1
                    continue
                lowered = [[w.lower() for w in words_of(n)] for n in names]
                if any(set(ws) & NOT_PEOPLE or (ws and ws[0] in NO_FIRST_NAME) for ws in lowered):
                    dropped["dated record of a body or a place"] += 1
                    continue
                good = [person_name(n) for n in names if good_person_name(n, taken)]
                good = list(dict.fromkeys(good))
                if not good:
                    dropped["person with no full name"] += 1
                    continue
                people.append((good, sorted(set(terms), key=lambda t: (t[2], t[3] or "9999", t[0], t[1]))))
            elif codes:
                prefix, roles = split_code(codes[0][0])
                sector = sector_of(roles)
                if prefix in INTERNATIONAL:
                    code = prefix
                    home = next((state(r, iso) for r in roles if r not in RELIGIONS and state(r, iso)), None)
                    if prefix == "IMG":
                        sector = "REB"
                    elif prefix == "IGO":
                        sector = sector if sector in {"JUD", "LEG", "MIL"} else ""
                    elif prefix == "MNC":
                        sector = "BUS"
                elif sector in {"REB", "MIL", "OPP", "PTY", "PRM"} and (state(prefix, iso) or prefix in REGIONS):
                    home = state(prefix, iso)
                    code = home or "IMG"
                elif sector and state(prefix, iso):
                    # a state's own body ("WHITE_HOUSE [USAGOV]", "DUMA [RUSLEG]"): of that state, in the most
                    # specific branch its codes name ("[USAGOVLEG]" a legislature, "[USAGOVJUD]" a court)
                    home = state(prefix, iso)
                    code = home
                    sector = next((SECTORS[r] for r in reversed(roles) if r in BRANCHES), sector)
                else:
                    dropped["undated record of a country (dyad's countries list) or a role"] += 1
                    continue
                all_names = []
                company = prefix == "MNC"
                for n in names:
                    on = org_name(n)
                    if re.search(r"[0-9/:;\[\]&]", on) or on.lower() in taken or on in ACRONYMS_LEFT_OUT:
                        continue
                    if company and " " not in on and re.fullmatch(r"[A-Z][a-z]+(-[A-Z][a-z]+)?", on) and len(on) >= 5:
                        # a company's one-word name is its brand ("Commerzbank", "Halliburton"); kept unless
                        # it is a word of a person's name (left out below, once the people are read)
                        all_names.append(on)
                        continue
                    if " " not in on and not (on.isupper() and len(on.replace(".", "").replace("-", "")) >= 4):
                        # one word that is no acronym (a surname, a place, a common noun), or an acronym of three
                        # letters, which means something else in news as often as the group ("FPS", "AUC")
                        continue
                    if all(w.lower() in GENERIC or w.lower() in BODIES for w in on.split()):
                        continue
                    all_names.append(on)
                if code == home and code not in INTERNATIONAL and sector not in {"REB", "MIL", "OPP", "PTY", "PRM"}:
                    # a state body's synonyms that name a person by title ("Chairman of the Federation Council",
                    # "State Department Official") are the person's, not the body's
                    all_names = [n for n in all_names if n.split()[0].lower() not in TITLES
                                 and n.split()[-1].lower() not in TITLES | {"official", "officials", "spokesperson"}]
                all_names = list(dict.fromkeys(all_names))
                body = [n for n in all_names if company or any(w.lower().strip("()") in BODIES for w in n.split())]
                # a synonym that is no body's name is the leader's, a place's or a stray word ("Hassan Nasrallah",
                # "West Point" in the records of groups and armies): left out
                all_names = [n for n in all_names if n in body or (" " not in n and n.isupper())
                             or any(w.lower().strip("()") in FOREIGN_BODIES for w in n.replace("-", " ").split())]
                if not body:
                    dropped["undated record whose names say no body"] += 1
                    continue
                # the first name that says what the body is, then the rest
                ordered = body[:1] + [n for n in all_names if n != body[0]]
                orgs.append((ordered, code, sector, home or ""))
            else:
                dropped["record with no code"] += 1
    return people, orgs, dropped


AGENT_BODIES = {"company", "companies", "corporation", "corporations", "ministry", "ministries", "industry",
                "industries", "party", "parties", "police", "army", "armies", "gang", "gangs", "cartel", "cartels",
                "mafia", "diocese", "archdiocese", "prison", "prisons", "airline", "airlines", "airway", "airways",
                "conglomerate", "government", "council", "committee", "commission", "court", "courts",
                "parliament", "agency", "agencies", "bureau", "department", "office", "union", "unions",
                "association", "federation", "organization", "organisation", "organizations", "organisations",
                "chamber", "chambers", "force", "forces", "navy", "gendarmerie", "gendarmery", "militia",
                "militias", "church", "churches", "media", "press", "newspaper", "newspapers", "university",
                "universities", "school", "schools", "hospital", "hospitals", "bank", "banks", "firm", "firms",
                "business", "businesses", "guard", "regime", "junta", "cabinet", "senate", "congress",
                "assembly", "legislature", "judiciary", "tribunal", "station", "command", "brigade",
                "battalion", "regiment", "unit", "units", "division", "corps", "service", "services", "body",
                "bodies", "board", "boards", "group", "groups", "administration", "administrations",
                "authority", "authorities", "governments", "councils", "committees",
                "commissions", "parliaments", "bureaus", "departments", "offices", "associations",
                "federations", "navies", "guards", "regimes", "juntas", "cabinets", "assemblies", "movement",
                "movements", "front", "fronts", "network", "networks", "sector"}
PREPOSITIONS = {"to", "for", "at", "of", "in", "on", "from", "with", "by", "and", "the"}
SUBSTITUTIONS = {"PERSON": ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"],
                 "MINIST": ["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"]}
IRREGULAR_PLURAL = {"MEN", "WOMEN", "MINISTERS", "MINISTRIES", "PEOPLE"}


def plural(word):
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


# words of a state's offices and bodies ("minister", "ministries", "department", "agency", "agencies")
GOVERNMENT_HEADS = ("minist", "department", "agenc")


def agents(folder, own):
    """(term, sector, kind) of every agent of Phoenix.agents.txt, and what was left out, by why."""
    out = {}
    dropped = defaultdict(int)
    with open(os.path.join(folder, "Phoenix.agents.txt"), encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[([^\]]*)\]\s*$", line)
            if not m:
                continue
            phrase, braces, code = m.group(1).strip(), m.group(2), m.group(3).strip()
            role = code[1:4] if code.startswith("~") else ""
            sector = SECTORS.get(role)
            if sector is None:
                dropped["agent whose code has no PLOVER sector"] += 1
                continue
            forms = []  # (text, is_plural)
            subst = re.search(r"!([A-Z]+)!", phrase)
            if subst and subst.group(1) in SUBSTITUTIONS:
                for w in SUBSTITUTIONS[subst.group(1)]:
                    forms.append((phrase.replace(subst.group(0), w + ("" if phrase.endswith(subst.group(0)) else "_")),
                                  w in IRREGULAR_PLURAL or w.endswith("S")))
            else:
                last = phrase.split("_")[-1]
                # the dictionary lists plurals it could not form by rule; a word in -s (not -ss, -us, -is) is one
                already = bool(re.search(r"[^SUI]S$", last))
                forms.append((phrase, already))
                if already:
                    pass
                elif braces is None:
                    words = phrase.split("_")
                    forms.append(("_".join(words[:-1] + [plural(words[-1].lower()).upper()]), True))
                elif braces.strip("{} "):
                    forms.append((braces.strip("{} "), True))
            for text, many in forms:
                term = re.sub(r"\s+", " ", text.replace("_", " ")).strip().lower()
                words = term.split(" ")
                if not re.fullmatch(r"[a-z][a-z' -]*[a-z]", term):
                    dropped["agent term with other characters"] += 1
                elif words[-1] in PREPOSITIONS:
                    dropped["agent term ending in a preposition"] += 1
                elif term in own:
                    dropped["agent term roles.tsv gives"] += 1
                elif term not in out:
                    # the head is the word before "of" where there is one ("president of the senate": a person)
                    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
                    kind = "body" if head in AGENT_BODIES else "group" if many else "person"
                    if sector == "SOC" and any(w.startswith(GOVERNMENT_HEADS) for w in words):
                        # a few entries give a ministry or an agency its topic's code alone ("ministry of the
                        # environment [~ENV]"), where others of the same office give GOV first ("ENVIRONMENT_MINIST
                        # [~GOVENV]"): a minister, ministry, department or agency is a government's
                        sector = "GOV"
                    out[term] = (sector, kind)
    return out, dropped


def chamber_committee(name):
    """True for a legislative chamber's committee named with its chamber ("Senate Armed Services Committee")."""
    words = name.lower().split()
    return len(words) > 2 and words[0] in {"house", "senate"} and "committee" in words


def committee_words(name):
    """The words that tell one committee from another: its name less "committee" and small words."""
    return {w for w in re.findall(r"[a-z]+", name.lower())} - {"committee", "on", "of", "the", "and", "for", "select",
                                                              "standing", "permanent", "us", "u", "s"}


def main(folder, check):
    taken, iso = read_dyad()
    people, orgs, dropped = people_and_orgs(folder, taken, iso)
    # a company's name that is a person's ("Earl Slack", a company's spokesman the dictionaries file under the
    # company) or a word of one ("Zain"): a one-word name that any person's name has, or a name that starts
    # with a given name and is two words, none a company's or a body's, is left out
    given = {words_of(n)[0].lower() for names, _ in people for n in names}
    person_words = {w.lower() for names, _ in people for n in names for w in words_of(n)}
    kept_orgs = []
    for names, code, sector, home in orgs:
        if code == "MNC":
            names = [n for n in names if not (" " not in n and n.lower() in person_words)
                     and not (len(n.split()) == 2 and n.split()[0].lower() in given
                              and not any(w.lower().rstrip(".") in set(COMPANY_WORDS) | BODIES for w in n.split()))]
            if not names:
                dropped["company whose names are a person's"] += 1
                continue
        kept_orgs.append((names, code, sector, home))
    orgs = []
    for names, code, sector, home in kept_orgs:
        # the dictionaries file several committees under one record (the House and Senate committees on armed
        # services, intelligence and foreign affairs, one code for all): a chamber's committee whose own words
        # differ from the first one's is another body, and gets a record of its own with its other spellings
        first = next((n for n in names if chamber_committee(n)), None)
        apart = defaultdict(list)
        for n in names:
            if first and chamber_committee(n) and committee_words(n) != committee_words(first):
                apart[frozenset(committee_words(n))].append(n)
        kept = [n for n in names if not any(n in ns for ns in apart.values())]
        orgs.append((kept, code, sector, home))
        orgs.extend((ns, code, sector, home) for ns in apart.values())
    # a name given to people of states that have nothing in common says neither of them: left out
    carriers = defaultdict(list)
    for i, (names, terms) in enumerate(people):
        for k in dict.fromkeys(key(n) for n in names):
            carriers[k].append(i)
    # (an international organisation's office goes with any state: national ministers become its heads)
    codes = [{t[0] for t in terms} - {"IGO"} for names, terms in people]
    clash = {k for k, rs in carriers.items() if any(codes[a] and codes[b] and not (codes[a] & codes[b])
                                                    for a in rs for b in rs)}
    # records that share a name are one person (the dictionaries list some twice): every name, every term
    parent = list(range(len(people)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for k, rs in carriers.items():
        if k not in clash:
            for r in rs[1:]:
                parent[root(r)] = root(rs[0])
    groups = defaultdict(list)
    for i in range(len(people)):
        groups[root(i)].append(i)
    merged = {}
    for members in groups.values():
        names = [n for i in members for n in people[i][0] if key(n) not in clash]
        names = list({n.lower(): n for n in reversed(names)}.values())[::-1]  # first spelling of each
        if not names:
            dropped["person whose names other people share"] += 1
            continue
        terms = sorted({t for i in members for t in people[i][1]}, key=lambda t: (t[2], t[3] or "9999", t[0], t[1]))
        merged[(key(names[0]), names[0])] = (names, terms)
    lines = []
    for k in sorted(merged):
        names, terms = merged[k]
        for code, sector, start, end in terms:
            lines.append(f"{names[0]}\t{'|'.join(names[1:])}\t{code}\t{sector}\t\t{start}\t{end}")
    outputs = {}
    outputs["phoenix-people.tsv"] = (f"""# Office holders with their dated terms, from the Phoenix actor dictionaries (the CIA's "World Leaders"
# lists as CountryInfo gathered them up to 2014, and the leaders of international organisations).
# Generated by scripts/phoenix/build.py; do not edit by hand. Loaded after people.tsv: a person people.tsv
# names is taken from there, and these names are matched only in full (a bare surname joins a person only
# when the article names them in full).
# source: {SOURCE}
#
# name: as news writes it. aliases: other full spellings, separated by |.
# code: ISO 3166-1 alpha-3 of the state served (a dependency as its sovereign state), or IGO.
# sector: PLOVER sector of the term (GOV in office, ELI out of it, ...). office: empty (the dictionaries
#   give none).
# from, to: YYYY-MM-DD; to is empty where the dictionaries give none (in office when they were compiled).
# One line per term.
#
# name	aliases	code	sector	office	from	to
""") + "".join(line + "\n" for line in lines)
    org_lines = []
    # a name that bodies of two states both have ("National Security Council", "Supreme Court") says
    # neither: left out, so that the article's own setting decides
    states_of = defaultdict(set)
    for names, code, sector, home in orgs:
        for n in names:
            states_of[n.lower()].add(code)
    shared = {n for n, cs in states_of.items() if len(cs - {"IGO", "NGO", "MNC", "IMG"}) > 1}
    dropped["organisation name that bodies of two states share"] = len(shared)
    seen_org = set(shared)
    for names, code, sector, home in sorted(orgs, key=lambda o: (o[0][0].lower(), o[1], o[2], o[3])):
        names = [n for n in names if n.lower() not in seen_org]
        if not names:
            continue
        seen_org.update(n.lower() for n in names)
        org_lines.append(f"{names[0]}\t{'|'.join(names[1:])}\t{code}\t{sector}\t{home}")
    outputs["phoenix-organisations.tsv"] = (f"""# International organisations, non-governmental organisations, companies, armed groups and the bodies of
# states (ministries, legislatures, courts, agencies), from the Phoenix actor dictionaries. Generated by scripts/phoenix/build.py; do not edit by hand. Loaded with
# organisations.tsv, whose entries win for a name both give.
# source: {SOURCE}
#
# name: as the dictionaries spell it, in capitalised words. aliases: other names, separated by |.
# code: ISO 3166-1 alpha-3 of the country the actor belongs to, or IGO, NGO, MNC (multinational company),
#   IMG (armed group of no one state).
# sector: PLOVER sector where the dictionaries give one (REB for armed groups, BUS for companies).
# country: ISO 3166-1 alpha-3 of the home country where the dictionaries give one.
#
# name	aliases	code	sector	country
""") + "".join(line + "\n" for line in org_lines)
    own = set()
    with open(os.path.join(ACTORS, "roles.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                own.add(line.split("\t")[0].strip().lower())
    agent_terms, agent_dropped = agents(folder, own)
    for why, n in agent_dropped.items():
        dropped[why] += n
    outputs["phoenix-agents.tsv"] = (f"""# Role nouns and their PLOVER sectors, from the Phoenix agents dictionary (Phoenix.agents.txt: role nouns
# gathered from news reports and WordNet at Kansas for the CAMEO coders). Generated by
# scripts/phoenix/build.py; do not edit by hand. Loaded after roles.tsv, whose terms win; same columns.
# source: {AGENT_SOURCE}
#
# term: lowercase. sector: PLOVER sector. office: empty (the dictionary gives none).
# kind: person, group (a plural) or body (the last word names an institution).
#
# term	sector	office	kind
""") + "".join(f"{t}\t{sector}\t\t{kind}\n" for t, (sector, kind) in sorted(agent_terms.items()))
    stale = []
    for name, text in outputs.items():
        path = os.path.join(ACTORS, name)
        if check:
            with open(path, encoding="utf-8", newline="") as f:
                if f.read() != text:
                    stale.append(path)
        else:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    print(f"phoenix-people.tsv: {len(merged)} people, {len(lines)} terms; "
          f"phoenix-organisations.tsv: {len(org_lines)} organisations; "
          f"phoenix-agents.tsv: {len(agent_terms)} role terms", file=sys.stderr)
    for why in sorted(dropped):
        print(f"  left out: {dropped[why]} {why}", file=sys.stderr)
    if stale:
        sys.exit("not what the script writes (run it again): " + ", ".join(stale))


if __name__ == "__main__":
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    if len(args) > 1 or (args and args[0].startswith("-")):
        sys.exit(__doc__)
    folder = os.path.abspath(args[0]) if args else None
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))  # the repository root
    main(folder or os.path.join("..", "shared", "knowledge", "phoenix"), check)
