package dev.dyad.actors;

import dev.dyad.text.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * dyad's knowledge of actors: countries (names, adjectives, capitals), international and non-state
 * organisations, seats of power used for their governments, role nouns and titles with their sector,
 * people named bare in news with the years they held office, names that mean a country only in
 * a regional context, peoples and the states they live in, states' first-level regions, states that
 * split from another (with the day of independence), and the words that head the names of
 * non-governmental bodies. Built-in data files come first; a user's lexicon files are layered over them
 * (their entries win where they name the same thing). Every file is checked line by line when loaded;
 * errors name the file and line.
 *
 * <p>Immutable once built; thread-safe.
 */
public final class Lexicon {
    /** PLOVER's sector codes. */
    public static final Set<String> SECTORS = Set.of("COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY",
            "UAF", "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC");
    private static final Set<String> FAMILY_NAME_FIRST = Set.of("CHN", "TWN", "HKG", "PRK", "KOR", "VNM", "MNG", "KHM");

    /** Codes other than countries' that stand in the country field. */
    public static final Set<String> NON_STATE = Set.of("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC");

    /** A country or territory. {@code sovereign} is the state a dependency is counted under, or null. */
    public record Country(String code, String name, List<String> names, List<String> adjectives, String capital,
                          String sovereign) {
        /** The code events carry: the controlling state's for a folded dependency. */
        public String actorCode() {
            return sovereign == null ? code : sovereign;
        }
    }

    /** Someone who held an office from {@code from} to {@code to} (null: still in office). */
    public record Person(String name, List<String> aliases, String code, String sector, String office, LocalDate from,
                         LocalDate to) {
        public boolean heldOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** An organisation or named group. */
    public record Organisation(String name, List<String> aliases, String code, String sector, String country) {
    }

    /** A seat of power standing for its government ("the Kremlin"). */
    public record Metonym(String phrase, String code, String sector) {
    }

    /** What a role noun says of whoever holds it. */
    public enum RoleKind { PERSON, GROUP, BODY }

    /** A role noun or title: its sector and, for titles, the office it names. */
    public record Role(String term, String sector, String office, RoleKind kind) {
    }

    /** A name that means a country only where the article is about one of {@code context}. */
    public record Contextual(String phrase, String code, Set<String> context) {
    }

    /**
     * An ethnic or religious group named by its own name ("Tamils", "Kurdish"): {@code states} are where it
     * lives, {@code home} the one meant when an article names none of them (null where none stands out).
     */
    public record People(String name, List<String> forms, List<String> states, String home) {
    }

    /** A state that split from {@code predecessor} and has been its own since {@code independence}. */
    public record Succession(String code, String predecessor, LocalDate independence) {
    }

    /** What a phrase found in text stands for. */
    public sealed interface Known permits CountryName, CountryAdjective, Capital, OrgName, MetonymName, PersonName,
            ContextualName, PeopleName, PlaceName {
    }

    public record CountryName(Country country) implements Known {
    }

    public record CountryAdjective(Country country) implements Known {
    }

    public record Capital(Country country) implements Known {
    }

    public record OrgName(Organisation organisation) implements Known {
    }

    public record MetonymName(Metonym metonym) implements Known {
    }

    public record PersonName(String name, List<Person> terms) implements Known {
    }

    public record ContextualName(Contextual contextual) implements Known {
    }

    /**
     * A group's name; {@code code} is the state an article's context settles on (null as the lexicon
     * holds it, and where the context settles nothing).
     */
    public record PeopleName(People people, String code) implements Known {
    }

    /**
     * A city or a state's region, named as a place ("Karachi", "Sindh"): it says which state a role
     * beside it belongs to ("Karachi police"), and is no actor itself.
     */
    public record PlaceName(Country country) implements Known {
    }

    private final Map<String, Country> countries;
    private final PhraseIndex<Known> names = new PhraseIndex<>();
    private final PhraseIndex<Role> roles = new PhraseIndex<>();
    private final Map<String, List<Person>> peopleByName;
    private final List<Person> people;
    private final Map<String, List<Person>> surnames = new HashMap<>();
    /** One-word country names and adjectives long enough to recognise misspelt, lower case. */
    private final Map<String, Known> spellings = new HashMap<>();
    private final Map<String, Succession> successions;
    private final Set<String> ngoHeads;
    private final Map<String, Country> regions;

    private static volatile Lexicon builtIn;

    private Lexicon(Map<String, Country> countries, List<Organisation> orgs, List<Metonym> metonyms, List<Role> roleList,
                    List<Person> people, List<Contextual> contextual, List<People> peoples,
                    Map<String, Succession> successions, Set<String> ngoHeads, Map<String, Country> regions) {
        this.countries = Collections.unmodifiableMap(countries);
        this.successions = Map.copyOf(successions);
        this.ngoHeads = Set.copyOf(ngoHeads);
        this.regions = Map.copyOf(regions);
        this.people = List.copyOf(people);
        // later entries (a user's) take precedence: index them first so that equal phrases find them first
        Map<String, List<Person>> byName = new LinkedHashMap<>();
        for (Person p : people) {
            for (String n : personNames(p)) {
                byName.computeIfAbsent(key(n), k -> new ArrayList<>()).add(p);
            }
        }
        this.peopleByName = byName;
        for (Person p : people) {
            String[] parts = key(p.name()).split(" ");
            surnames.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(p);
            // family name first in Chinese, Korean, Vietnamese, Mongolian and Khmer names as English news writes them
            if (parts.length > 1 && FAMILY_NAME_FIRST.contains(p.code()) && !parts[0].equals(parts[parts.length - 1])) {
                surnames.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(p);
            }
        }
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, List<Person>> e : byName.entrySet()) {
            Person first = e.getValue().get(0);
            for (String n : personNames(first)) {
                if (key(n).equals(e.getKey()) && seen.add("p:" + n)) {
                    names.add(n, new PersonName(first.name(), List.copyOf(e.getValue())), true);
                }
            }
        }
        List<Organisation> o = new ArrayList<>(orgs);
        Collections.reverse(o);
        for (Organisation org : o) {
            for (String n : concat(org.name(), org.aliases())) {
                if (seen.add("o:" + n)) {
                    names.add(n, new OrgName(org), false);
                }
            }
        }
        List<Metonym> m = new ArrayList<>(metonyms);
        Collections.reverse(m);
        for (Metonym mt : m) {
            if (seen.add("m:" + mt.phrase())) {
                names.add(mt.phrase(), new MetonymName(mt), false);
            }
        }
        for (Contextual c : contextual) {
            names.add(stripThe(c.phrase()), new ContextualName(c), false);
        }
        Set<String> clashes = new HashSet<>();
        for (Country c : countries.values()) {
            for (String n : concat(c.name(), c.names())) {
                names.add(stripThe(n), new CountryName(c), false);
                spelling(stripThe(n), new CountryName(c), clashes);
            }
            for (String a : c.adjectives()) {
                names.add(a, new CountryAdjective(c), false);
                spelling(a, new CountryAdjective(c), clashes);
                // the people of a nation, in the plural: "Palestinians", "Iraqis", "Ghanaians"
                if (a.endsWith("an") || a.endsWith("i")) {
                    names.add(a + "s", new CountryAdjective(c), false);
                }
            }
            if (c.capital() != null) {
                for (String cap : capitalForms(c.capital())) {
                    names.add(cap, new Capital(c), false);
                }
            }
        }
        spellings.keySet().removeAll(clashes);
        // after the countries: a form that is also a country's name or adjective stays the country's
        for (People p : peoples) {
            for (String f : p.forms()) {
                names.add(f, new PeopleName(p, null), false);
            }
        }
        List<Role> r = new ArrayList<>(roleList);
        Collections.reverse(r);
        for (Role role : r) {
            roles.add(role.term(), role, true);
        }
    }

    /** The built-in knowledge, loaded once per JVM. */
    public static Lexicon builtIn() {
        Lexicon l = builtIn;
        if (l == null) {
            synchronized (Lexicon.class) {
                l = builtIn;
                if (l == null) {
                    l = load(List.of());
                    builtIn = l;
                }
            }
        }
        return l;
    }

    /**
     * The built-in knowledge with the user's lexicon files layered over it, in order.
     *
     * @throws IllegalArgumentException naming the file and line of the first bad entry
     * @throws IOException              when a file cannot be read
     */
    public static Lexicon withUserFiles(List<Path> files) throws IOException {
        List<DataFile.Line> lines = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                lines.addAll(DataFile.parse(f.toString(), in, 2, 9));
            }
        }
        return load(lines);
    }

    private static Lexicon load(List<DataFile.Line> user) {
        Map<String, Country> countries = new LinkedHashMap<>();
        for (DataFile.Line l : DataFile.load(Lexicon.class, "countries.tsv", 2, 6)) {
            Country c = country(l);
            if (countries.put(c.code(), c) != null) {
                throw l.error("country listed twice: " + c.code());
            }
        }
        Set<String> codes = new HashSet<>(countries.keySet());
        codes.addAll(NON_STATE);
        List<Organisation> orgs = new ArrayList<>();
        for (DataFile.Line l : DataFile.load(Lexicon.class, "organisations.tsv", 1, 5)) {
            orgs.add(organisation(l, 0, codes));
        }
        List<Metonym> metonyms = new ArrayList<>();
        for (DataFile.Line l : DataFile.load(Lexicon.class, "metonyms.tsv", 3, 3)) {
            metonyms.add(metonym(l, 0, codes));
        }
        List<Role> roles = new ArrayList<>();
        for (DataFile.Line l : DataFile.load(Lexicon.class, "roles.tsv", 1, 4)) {
            roles.add(role(l, 0));
        }
        List<Person> people = new ArrayList<>();
        for (DataFile.Line l : DataFile.load(Lexicon.class, "people.tsv", 1, 7)) {
            people.add(person(l, 0, codes));
        }
        List<Contextual> contextual = new ArrayList<>();
        for (DataFile.Line l : DataFile.load(Lexicon.class, "contextual.tsv", 3, 3)) {
            contextual.add(contextual(l, 0, codes));
        }
        List<People> peoples = new ArrayList<>();
        for (DataFile.Line l : DataFile.load(Lexicon.class, "peoples.tsv", 2, 4)) {
            peoples.add(people(l, countries.keySet()));
        }
        Map<String, Succession> successions = new HashMap<>();
        for (DataFile.Line l : DataFile.load(Lexicon.class, "successions.tsv", 3, 3)) {
            Succession su = succession(l, countries.keySet());
            if (successions.put(su.code(), su) != null) {
                throw l.error("state listed twice: " + su.code());
            }
        }
        Set<String> ngoHeads = new HashSet<>();
        for (DataFile.Line l : DataFile.load(Lexicon.class, "nongovernmental.tsv", 1, 1)) {
            if (!l.field(0).equals(l.field(0).toLowerCase(Locale.ROOT))) {
                throw l.error("a head word is lowercase: '" + l.field(0) + "'");
            }
            ngoHeads.add(l.field(0));
        }
        Map<String, Country> regions = new HashMap<>();
        for (DataFile.Line l : DataFile.load(Lexicon.class, "regions.tsv", 2, 2)) {
            Country c = countries.get(l.field(1));
            if (c == null) {
                throw l.error("unknown country code '" + l.field(1) + "'");
            }
            Country before = regions.put(key(l.field(0)), c);
            if (before != null && before != c) {
                throw l.error("region listed for two countries: " + l.field(0));
            }
        }
        for (DataFile.Line l : user) {
            String kind = l.field(0).toLowerCase(Locale.ROOT);
            switch (kind) {
                case "person" -> people.add(person(l, 1, codes));
                case "organisation", "organization", "group" -> orgs.add(organisation(l, 1, codes));
                case "metonym" -> metonyms.add(metonym(l, 1, codes));
                case "role" -> roles.add(role(l, 1));
                case "alias" -> {
                    // alias NAME COUNTRY-CODE: one more name for a country
                    need(l, 3);
                    Country c = countries.get(code(l, 2, codes));
                    if (c == null) {
                        throw l.error("alias for unknown country " + l.field(2));
                    }
                    List<String> more = new ArrayList<>(c.names());
                    more.add(l.field(1));
                    countries.put(c.code(), new Country(c.code(), c.name(), more, c.adjectives(), c.capital(), c.sovereign()));
                }
                case "trigger", "pattern", "place" -> {
                    // read by the stages they belong to
                }
                default -> throw l.error("unknown entry kind '" + l.field(0)
                        + "' (expected person, organisation, metonym, role, alias, place, trigger or pattern)");
            }
        }
        return new Lexicon(countries, orgs, metonyms, roles, people, contextual, peoples, successions, ngoHeads, regions);
    }

    private static People people(DataFile.Line l, Set<String> countryCodes) {
        List<String> forms = new ArrayList<>(list(l, 0));
        forms.addAll(list(l, 2));
        for (String f : forms) {
            if (!Character.isUpperCase(f.charAt(0))) {
                throw l.error("a group's name is capitalised: '" + f + "'");
            }
        }
        List<String> states = list(l, 1);
        if (states.isEmpty()) {
            throw l.error("a group needs the states it lives in");
        }
        for (String c : states) {
            if (!countryCodes.contains(c)) {
                throw l.error("unknown country code '" + c + "'");
            }
        }
        String home = opt(l, 3);
        if (home != null && !states.contains(home)) {
            throw l.error("home '" + home + "' is not one of the group's states");
        }
        return new People(forms.get(0), List.copyOf(forms), states, home);
    }

    private static Succession succession(DataFile.Line l, Set<String> countryCodes) {
        for (int i = 0; i < 2; i++) {
            if (!countryCodes.contains(l.field(i))) {
                throw l.error("unknown country code '" + l.field(i) + "'");
            }
        }
        LocalDate since = day(l, 2, false);
        if (since == null) {
            throw l.error("a succession needs the day of independence");
        }
        return new Succession(l.field(0), l.field(1), since);
    }

    private static void need(DataFile.Line l, int fields) {
        if (l.fields().size() < fields) {
            throw l.error("expected at least " + fields + " fields, found " + l.fields().size());
        }
    }

    private static String opt(DataFile.Line l, int i) {
        return i < l.fields().size() && !l.field(i).isEmpty() ? l.field(i) : null;
    }

    private static List<String> list(DataFile.Line l, int i) {
        String v = opt(l, i);
        return v == null ? List.of() : Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String code(DataFile.Line l, int i, Set<String> codes) {
        String c = l.field(i);
        if (!codes.contains(c)) {
            throw l.error("unknown country or organisation code '" + c + "'");
        }
        return c;
    }

    private static String sector(DataFile.Line l, int i) {
        String s = opt(l, i);
        if (s != null && !SECTORS.contains(s)) {
            throw l.error("unknown PLOVER sector '" + s + "'");
        }
        return s;
    }

    private static Country country(DataFile.Line l) {
        String code = l.field(0);
        if (!code.matches("[A-Z]{3}")) {
            throw l.error("not a three-letter code: " + code);
        }
        String sovereign = opt(l, 5);
        return new Country(code, l.field(1), list(l, 2), list(l, 3), opt(l, 4), sovereign);
    }

    private static Organisation organisation(DataFile.Line l, int o, Set<String> codes) {
        need(l, o + 3);
        String country = opt(l, o + 4);
        if (country != null && !codes.contains(country)) {
            throw l.error("unknown country code '" + country + "'");
        }
        return new Organisation(l.field(o), list(l, o + 1), code(l, o + 2, codes), sector(l, o + 3), country);
    }

    private static Metonym metonym(DataFile.Line l, int o, Set<String> codes) {
        need(l, o + 3);
        return new Metonym(stripThe(l.field(o)), code(l, o + 1, codes), sector(l, o + 2));
    }

    private static Role role(DataFile.Line l, int o) {
        need(l, o + 1);
        String kind = opt(l, o + 3);
        RoleKind k;
        try {
            k = kind == null ? RoleKind.PERSON : RoleKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw l.error("role kind must be person, group or body, not '" + kind + "'");
        }
        return new Role(l.field(o).toLowerCase(Locale.ROOT), sector(l, o + 1), opt(l, o + 2), k);
    }

    private static Person person(DataFile.Line l, int o, Set<String> codes) {
        need(l, o + 6);
        LocalDate from = day(l, o + 5, false);
        if (from == null) {
            throw l.error("a person needs the date they took office");
        }
        LocalDate to = day(l, o + 6, true);
        if (to != null && to.isBefore(from)) {
            throw l.error("left office before taking it");
        }
        return new Person(l.field(o), list(l, o + 1), code(l, o + 2, codes), sector(l, o + 3), opt(l, o + 4), from, to);
    }

    private static LocalDate day(DataFile.Line l, int i, boolean end) {
        String v = opt(l, i);
        if (v == null) {
            return null;
        }
        try {
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v + "-01");
                return end ? d.plusMonths(1).minusDays(1) : d;
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw l.error("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + v);
        }
    }

    private static Contextual contextual(DataFile.Line l, int o, Set<String> codes) {
        Set<String> ctx = new HashSet<>();
        for (String c : list(l, o + 2)) {
            if (!codes.contains(c)) {
                throw l.error("unknown context code '" + c + "'");
            }
            ctx.add(c);
        }
        return new Contextual(l.field(o), code(l, o + 1, codes), Set.copyOf(ctx));
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    static String stripThe(String s) {
        String t = s.strip();
        return t.regionMatches(true, 0, "the ", 0, 4) ? t.substring(4) : t;
    }

    private static List<String> capitalForms(String capital) {
        List<String> out = new ArrayList<>();
        out.add(capital);
        String plain = capital.replaceAll(",? D\\.?C\\.?$", "").strip();
        if (!plain.equals(capital)) {
            out.add(plain);
        }
        return out;
    }

    /** Every spelling of a person's name, with hyphens and spaces between given names both ways. */
    static List<String> personNames(Person p) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String n : concat(p.name(), p.aliases())) {
            out.add(n);
            out.add(n.replace('-', ' '));
        }
        return new ArrayList<>(out);
    }

    /** The comparison form of a name: lower case, hyphens and dots as spaces, single spaces. */
    public static String key(String name) {
        return String.join(" ", name.toLowerCase(Locale.ROOT).replace('-', ' ').replace(".", " ").trim().split("\\s+"));
    }

    /** The country a first-level region of it is named ("Sindh": Pakistan), if dyad knows the region. */
    public Optional<Country> region(String name) {
        return Optional.ofNullable(regions.get(key(name)));
    }

    /** True when this lowercase singular word heads the names of non-governmental bodies ("association"). */
    public boolean ngoHead(String word) {
        return ngoHeads.contains(word);
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    /**
     * The country as a report of this day knows it: the state it was part of for one that became
     * independent later ("Juba" in 1999 is in Sudan); the country itself otherwise, or when the day is
     * unknown.
     */
    public Country asOf(Country c, LocalDate day) {
        Succession su = successions.get(c.code());
        if (su == null || day == null || !day.isBefore(su.independence())) {
            return c;
        }
        Country before = countries.get(su.predecessor());
        return before == null ? c : asOf(before, day);
    }

    public PhraseIndex<Known> names() {
        return names;
    }

    public PhraseIndex<Role> roles() {
        return roles;
    }

    /** The offices a person held, by any of their names. */
    public List<Person> person(String name) {
        return peopleByName.getOrDefault(key(name), List.of());
    }

    /** Everyone dyad knows whose last (or, for East Asian names, first) name is this. */
    public List<Person> bySurname(String surnameKey) {
        return surnames.getOrDefault(surnameKey, List.of());
    }

    /** Who held an office for a country on a day: e.g. RUS "foreign minister" on 2018-05-30. */
    public List<Person> holders(String code, String office, LocalDate day) {
        List<Person> out = new ArrayList<>();
        for (Person p : people) {
            if (p.code().equals(code) && p.office() != null && p.office().equalsIgnoreCase(office) && p.heldOn(day)) {
                out.add(p);
            }
        }
        return out;
    }

    public Map<String, Country> countries() {
        return countries;
    }

    /** The shortest word guessed as a misspelling, and the shortest name it may misspell ("Quatar", "Qatar"). */
    private static final int MIN_MISSPELT = 6;
    private static final int MIN_SPELLING = 5;

    private void spelling(String name, Known k, Set<String> clashes) {
        if (name.length() >= MIN_SPELLING && name.chars().allMatch(Character::isLetter)) {
            Known before = spellings.put(name.toLowerCase(Locale.ROOT), k);
            if (before != null && !before.equals(k)) {
                clashes.add(name.toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * The country whose one-word name or adjective this word misspells by one letter left out, added,
     * changed or swapped with its neighbour ("Ethopia", "Quatar", "Phillippines"), keeping the first
     * letter; empty when the word is a name itself, is shorter than six letters, or is as near to two
     * countries.
     */
    public Optional<Known> misspeltCountry(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < MIN_MISSPELT || spellings.containsKey(w) || !names.lookup(word).isEmpty()) {
            return Optional.empty();
        }
        Known hit = null;
        for (Map.Entry<String, Known> e : spellings.entrySet()) {
            String n = e.getKey();
            if (Math.abs(n.length() - w.length()) > 1 || n.charAt(0) != w.charAt(0) || !oneEditApart(w, n)) {
                continue;
            }
            if (hit != null && !sameCountry(hit, e.getValue())) {
                return Optional.empty();
            }
            hit = e.getValue();
        }
        return Optional.ofNullable(hit);
    }

    private static boolean sameCountry(Known a, Known b) {
        return countryCode(a).equals(countryCode(b));
    }

    private static String countryCode(Known k) {
        return k instanceof CountryName cn ? cn.country().code() : k instanceof CountryAdjective ca ? ca.country().code() : "";
    }

    /** True when one deletion, insertion, substitution or swap of neighbours turns a into b (a != b). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        if (a.length() == b.length()) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < a.length(); i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (first < 0) {
                        first = i;
                    }
                    diffs++;
                }
            }
            if (diffs == 1) {
                return true;
            }
            return diffs == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first) && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() - shorter.length() != 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }

}
