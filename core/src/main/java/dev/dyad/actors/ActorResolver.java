package dev.dyad.actors;

import dev.dyad.actors.Lexicon.Capital;
import dev.dyad.actors.Lexicon.ContextualName;
import dev.dyad.actors.Lexicon.Country;
import dev.dyad.actors.Lexicon.CountryAdjective;
import dev.dyad.actors.Lexicon.CountryName;
import dev.dyad.actors.Lexicon.Known;
import dev.dyad.actors.Lexicon.MetonymName;
import dev.dyad.actors.Lexicon.OrgName;
import dev.dyad.actors.Lexicon.People;
import dev.dyad.actors.Lexicon.PeopleName;
import dev.dyad.actors.Lexicon.Person;
import dev.dyad.actors.Lexicon.PersonName;
import dev.dyad.actors.Lexicon.PlaceName;
import dev.dyad.actors.Lexicon.Role;
import dev.dyad.actors.Lexicon.RoleKind;
import dev.dyad.geo.Gazetteer;
import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import dev.dyad.text.DateParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who is who in a parsed article: people, groups, organisations and countries, each resolved
 * to a country (or IGO) code, a PLOVER sector and an office, with every mention that refers to them.
 *
 * <p>Evidence, strongest first: what the article says next to a name (titles and nationality before
 * it, an apposition after it, "of Japan"), then dyad's knowledge of office holders at the article's
 * date. Short forms ("Mr Lavrov", "Lavrov", "Mr Kim") join the person of the article they name, the
 * most prominent one where several share a surname. Role phrases ("Russia's foreign minister", "the
 * North Korean leader") join the person who holds that office, in the article or in dyad's knowledge.
 * An unknown person stays an actor with what the article says of them, never a guess. Groups are
 * placed where they live: a people by the state among its homelands that the article names, a nation's
 * minority by the other state it names, a role by the city or region beside it ("Karachi police").
 *
 * <p>Stateless apart from the lexicon and the gazetteer, both immutable; thread-safe.
 */
public final class ActorResolver {
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.",
            "sir", "dame", "lord", "lady");
    private static final Set<String> MODIFIERS = Set.of("late", "former", "first", "second", "deputy", "vice", "acting",
            "top", "senior", "chief", "then", "new", "outgoing", "incoming", "ex", "assistant", "under", "interim",
            "veteran", "longtime", "-", "principal", "special", "junior", "executive");
    private static final Set<String> HEAD_OFFICES = Set.of("president", "leader", "supreme leader", "prime minister",
            "chairman", "king", "queen", "emir", "chancellor", "premier", "general secretary", "head of state");
    private static final Set<String> POSTINGS = Set.of("to", "in", "at");
    /** Sectors whose people act where they live; a group of them with no nationality takes the article's country. */
    private static final Set<String> LOCAL_SECTORS = Set.of("CVL", "OPP", "COP", "LAB", "EDU", "AGR", "REF", "JUD");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "territory", "country", "nation", "island", "kingdom",
            "state", "republic", "region", "province");
    /** Nouns that make a nation's adjective before them a minority living elsewhere ("the Serb minority"). */
    private static final Set<String> MINORITY_NOUNS = Set.of("minority", "minorities");
    /** Nouns that do so only with a place after them ("the Albanian population of the province"). */
    private static final Set<String> RESIDENT_NOUNS = Set.of("population", "populations", "community", "communities");
    private static final Set<String> GENERIC_ROLES = Set.of("official", "diplomat", "envoy", "negotiator", "aide",
            "representative", "delegate", "emissary");

    /** Words after a role that name where its people are: "police in Lagos", "the government of Sindh". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "from");
    /** Where in a place: "rebels in southern Sudan". */
    private static final Set<String> COMPASS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west");
    /** First words of a name that make the body a legislature's ("House Intelligence Committee"). */
    private static final Set<String> CHAMBER_WORDS = Set.of("house", "senate", "congressional", "parliamentary",
            "legislative", "parliament", "congress");
    /** Legal forms that end a company's name. */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc",
            "plc", "ag", "s.a.", "gmbh", "co.", "holdings", "limited", "incorporated");
    /** Words after a region's name that say it is one ("Sindh province", "Kano state"). */
    private static final Set<String> REGION_NOUNS = Set.of("province", "state", "region", "governorate");

    /** The fewest people a city must have for its name to place a role ("Karachi police"). */
    private static final long MIN_CITY = 100_000;

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    /** A resolver with dyad's built-in list of places for the cities and regions an article names. */
    public ActorResolver(Lexicon lexicon) {
        this(lexicon, Gazetteer.builtIn());
    }

    public ActorResolver(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** A span of tokens in one sentence and what it stands for. */
    private record Item(int sentence, int from, int to, Kind kind, Known known, Role role) {
    }

    private enum Kind { KNOWN, PERSON_NAME, ORG_NAME, ROLE }

    /** An actor under construction. */
    private static final class Draft {
        final String key;
        String name;
        final Actor.Kind kind;
        String code;
        String sector;
        String office;
        boolean known;
        /** Known only from the dictionaries, which give no office: what the article says of them wins. */
        boolean dictionary;
        boolean head;
        int fullMentions;
        final List<Mention> mentions = new ArrayList<>();

        Draft(String key, String name, Actor.Kind kind) {
            this.key = key;
            this.name = name;
            this.kind = kind;
        }

        void add(Mention m) {
            for (Mention x : mentions) {
                if (x.field().equals(m.field()) && x.start() == m.start() && x.end() == m.end()) {
                    return;
                }
            }
            mentions.add(m);
        }
    }

    /** What a title, apposition or role phrase says about someone. */
    private record Description(String code, String sector, String office, int from, int to) {
        static final Description NONE = new Description(null, null, null, -1, -1);
    }

    public List<Actor> resolve(ParsedArticle article) {
        LocalDate day = DateParser.isoDate(article.article().published()).orElse(null);
        List<Sentence> sentences = article.sentences();
        List<List<Item>> items = new ArrayList<>();
        for (Sentence s : sentences) {
            items.add(findItems(article, s, day));
        }
        Set<String> contextCodes = new HashSet<>();
        Map<String, Integer> countryCounts = new LinkedHashMap<>();
        Map<String, Integer> placeCounts = new LinkedHashMap<>(); // states named as places: by name or capital
        Map<String, Integer> cityCounts = new LinkedHashMap<>(); // states of the cities and regions named
        for (List<Item> list : items) {
            for (Item it : list) {
                Country c = countryOf(it.known());
                if (c != null) {
                    contextCodes.add(c.actorCode());
                    countryCounts.merge(c.actorCode(), 1, Integer::sum);
                    if (!(it.known() instanceof CountryAdjective)) {
                        placeCounts.merge(c.actorCode(), 1, Integer::sum);
                    }
                } else if (it.known() instanceof PlaceName pl) {
                    cityCounts.merge(pl.country().actorCode(), 1, Integer::sum);
                }
            }
        }
        placeCounts.putAll(cityCounts.entrySet().stream().filter(e -> !placeCounts.containsKey(e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        if (countryCounts.isEmpty()) {
            // no country named, only its cities or regions ("Police in Lagos arrested protesters"): their state
            countryCounts.putAll(cityCounts);
        }
        for (int si = 0; si < sentences.size(); si++) {
            items.set(si, settlePeoples(sentences.get(si), items.get(si), countryCounts, placeCounts));
        }
        // the country the article names most, for "the city's police"
        String dominant = countryCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);

        Map<String, Draft> drafts = new LinkedHashMap<>();
        Set<Item> consumed = new HashSet<>();
        List<Item[]> shortNames = new ArrayList<>();

        // pass 1: people named in full, with what the text says around them
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Item> list = items.get(si);
            for (Item it : list) {
                boolean personItem = it.kind() == Kind.PERSON_NAME || it.known() instanceof PersonName;
                if (!personItem) {
                    continue;
                }
                String name = nameText(s, it);
                if (name.isEmpty()) {
                    continue;
                }
                int words = name.split("[\\s-]+").length;
                if (words < 2 && !(it.known() instanceof PersonName)) {
                    shortNames.add(new Item[] {it});
                    continue;
                }
                Description left = titleBefore(s, list, it, consumed);
                Description right = appositionAfter(s, list, it, consumed);
                Draft d = person(drafts, name, it.known() instanceof PersonName pn ? pn : null, day);
                if (d.fullMentions == 0 && d.dictionary && d.code != null && !"IGO".equals(d.code)
                        && !contextCodes.contains(d.code) && !cityCounts.containsKey(d.code)) {
                    // one of the dictionaries' 17,000 office holders in an article that names nothing of their
                    // state: a namesake as likely as not (a singer, a footballer), known by what the article says
                    d.known = false;
                    d.dictionary = false;
                    d.code = null;
                    d.sector = null;
                    d.office = null;
                    d.head = false;
                }
                d.fullMentions++;
                apply(d, left);
                // the title before the name says the sector first ("General Mark Milley, chairman of ...")
                apply(d, d.sector != null && right.sector() != null
                        ? new Description(right.code(), null, right.office(), right.from(), right.to()) : right);
                int from = left.from() >= 0 ? left.from() : mentionStart(s, it);
                d.add(mention(article, s, from, it.to()));
                if (left.from() >= 0) {
                    d.add(mention(article, s, mentionStart(s, it), it.to()));
                }
            }
        }
        // pass 2: surnames and short forms, joined to the article's people
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            for (Token t : s.tokens()) {
                if (covered(items.get(si), t.index()) || !t.isCapitalised() || !t.pos().startsWith("NNP")) {
                    continue;
                }
                Draft d = bySurname(drafts, t.word(), si, sentences.size());
                if (d != null) {
                    d.add(mention(article, s, withHonorific(s, t.index()), t.index()));
                }
            }
        }
        for (Item[] ref : shortNames) {
            Item it = ref[0];
            Sentence s = sentences.get(it.sentence());
            String name = nameText(s, it);
            Draft d = bySurname(drafts, name, it.sentence(), sentences.size());
            if (d == null) {
                d = knownBySurname(drafts, name, day, titleOffice(s, items.get(it.sentence()), it));
            }
            if (d == null) {
                d = glossed(drafts, s, items.get(it.sentence()), it);
            }
            if (d == null) {
                Description left = titleBefore(s, items.get(it.sentence()), it, consumed);
                d = drafts.computeIfAbsent("p:" + Lexicon.key(name), k -> new Draft(k, name, Actor.Kind.PERSON));
                apply(d, left);
            }
            d.add(mention(article, s, mentionStart(s, it), it.to()));
        }
        // pass 3: role phrases, organisations, seats of power, countries
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Item> list = items.get(si);
            for (int k = 0; k < list.size(); k++) {
                Item it = list.get(k);
                if (consumed.contains(it)) {
                    continue;
                }
                if (it.kind() == Kind.ROLE) {
                    roleMention(article, drafts, list, it, consumed, day, si, dominant, countryCounts.size() == 1);
                } else if (it.kind() == Kind.ORG_NAME) {
                    unknownOrganisation(article, drafts, list, it, consumed);
                } else if (it.known() instanceof OrgName on) {
                    Draft d = drafts.computeIfAbsent("o:" + on.organisation().name(),
                            x -> new Draft(x, on.organisation().name(), Actor.Kind.ORGANISATION));
                    d.code = on.organisation().code();
                    d.sector = on.organisation().sector();
                    d.add(mention(article, s, withOwner(s, list, it, consumed), it.to()));
                } else if (it.known() instanceof MetonymName mn) {
                    Draft d = drafts.computeIfAbsent("m:" + mn.metonym().phrase(),
                            x -> new Draft(x, mn.metonym().phrase(), Actor.Kind.ORGANISATION));
                    d.code = mn.metonym().code();
                    d.sector = mn.metonym().sector();
                    d.add(mention(article, s, withThe(s, it.from()), it.to()));
                } else if (it.known() instanceof CountryName || it.known() instanceof Capital) {
                    Country c = countryOf(it.known());
                    countryDraft(drafts, c).add(mention(article, s, withThe(s, it.from()), it.to()));
                } else if (it.known() instanceof PeopleName pn && pn.code() != null && groupNoun(s, it)) {
                    // "Kurds", "ethnic Albanians": the group, coded by the state it lives in
                    int from = it.from() > 0 && s.tokens().get(it.from() - 1).word().equalsIgnoreCase("ethnic")
                            ? it.from() - 1 : it.from();
                    String written = s.span(from, it.to());
                    String country = lexicon.country(pn.code()).map(Country::name).orElse(pn.code());
                    Draft d = drafts.computeIfAbsent("e:" + pn.code() + "/" + Lexicon.key(written),
                            x -> new Draft(x, country + " " + written, Actor.Kind.GROUP));
                    d.code = pn.code();
                    d.add(mention(article, s, withThe(s, from), it.to()));
                } else if (it.known() instanceof ContextualName cn) {
                    boolean the = it.from() > 0 && s.tokens().get(it.from() - 1).word().equalsIgnoreCase("the");
                    boolean inContext = cn.contextual().context().stream().anyMatch(contextCodes::contains);
                    if (the && inContext) {
                        lexicon.country(cn.contextual().code()).ifPresent(c ->
                                countryDraft(drafts, c).add(mention(article, s, it.from() - 1, it.to())));
                    }
                }
            }
        }

        String setting = setting(drafts.values(), countryCounts);
        List<Actor> out = new ArrayList<>();
        for (Draft d : drafts.values()) {
            if (d.mentions.isEmpty()) {
                continue;
            }
            if (d.code == null && setting != null && (d.kind == Actor.Kind.PERSON || d.kind == Actor.Kind.ORGANISATION)) {
                // no list knows them and the text gives no country: the state whose politics the article reports
                d.code = setting;
            }
            d.mentions.sort(Comparator.comparingInt((Mention m) -> fieldOrder(m.field())).thenComparingInt(Mention::start));
            if (d.kind == Actor.Kind.PERSON && d.code == null && dominant != null && LOCAL_SECTORS.contains(String.valueOf(d.sector))) {
                d.code = dominant; // a police commander or a judge with no nationality given: of the article's place
            }
            if (d.kind == Actor.Kind.PERSON && d.code == null && d.sector != null && countryCounts.size() == 1) {
                d.code = dominant; // an official by title ("Ombudsman Nadia Cruz") where the article names one state only
            }
            if (d.kind == Actor.Kind.ORGANISATION && d.code == null && countryCounts.size() == 1
                    && (LOCAL_SECTORS.contains(String.valueOf(d.sector)) || "PTY".equals(d.sector))) {
                d.code = dominant; // a party, union or university no lexicon knows: of the one country the article names
            }
            if (d.kind == Actor.Kind.PERSON && d.code != null && d.sector == null && d.office != null) {
                d.sector = "GOV"; // a title and a country or organisation, and nothing saying otherwise: an official
            }
            out.add(new Actor(d.name, d.kind, d.code, d.sector, d.office, d.mentions));
        }
        out.sort(Comparator.comparingInt((Actor a) -> fieldOrder(a.mentions().get(0).field()))
                .thenComparingInt(a -> a.mentions().get(0).start()));
        return out;
    }

    /** Sectors of a state's own institutions and office holders: where they act says where an article is set. */
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "JUD", "COP", "MIL", "SPY", "PTY", "OPP");

    /**
     * The state an article is set in: the one whose institutions and office holders it mentions most (each
     * mention of a resolved actor of a state sector: where office holders act says where an article is set,
     * more than the places it is about); where it mentions none, the state it names most, as a place or an
     * adjective. Null where no state has at least half as many again as the next (an article between two
     * states), or fewer than two, or where no state has two of its actors in the article.
     */
    private static String setting(java.util.Collection<Draft> drafts, Map<String, Integer> countryCounts) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        Map<String, Integer> voters = new LinkedHashMap<>();
        for (Draft d : drafts) {
            if (d.code != null && !Lexicon.NON_STATE.contains(d.code) && STATE_SECTORS.contains(String.valueOf(d.sector))) {
                votes.merge(d.code, d.mentions.size(), Integer::sum);
                voters.merge(d.code, 1, Integer::sum);
            }
        }
        if (votes.isEmpty()) {
            votes.putAll(countryCounts);
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(votes.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
        if (ranked.isEmpty() || ranked.get(0).getValue() < 2) {
            return null;
        }
        if (ranked.size() > 1 && ranked.get(0).getValue() * 2 < ranked.get(1).getValue() * 3) {
            return null;
        }
        String top = ranked.get(0).getKey();
        if (!voters.isEmpty() && voters.getOrDefault(top, 0) < 2) {
            return null; // one official of a state is no setting: an article reporting what a foreign envoy said
        }
        return top;
    }

    // ------------------------------------------------------------------ items

    /**
     * Settles what group names stand for once the article's countries are counted: a people named by its
     * own name ("Tamil", "Kurds") is of the state among its homes the article names most, else of its
     * home; a nation's people called "ethnic" ("ethnic Albanians", "ethnic Turks") are a minority, of the
     * state other than their nation's that the article names most.
     */
    private List<Item> settlePeoples(Sentence s, List<Item> list, Map<String, Integer> countryCounts,
                                     Map<String, Integer> placeCounts) {
        List<Token> tokens = s.tokens();
        List<Item> out = new ArrayList<>(list.size() + 1);
        for (Item it : list) {
            boolean ethnic = it.from() > 0 && tokens.get(it.from() - 1).word().equalsIgnoreCase("ethnic");
            if (it.known() instanceof PeopleName pn && pn.code() == null) {
                String code = mostNamed(countryCounts, pn.people().states()::contains);
                if (code == null) {
                    code = pn.people().home();
                }
                out.add(code == null ? it : new Item(it.sentence(), it.from(), it.to(), Kind.KNOWN,
                        new PeopleName(pn.people(), code), null));
            } else if (ethnic && it.known() instanceof CountryAdjective ca) {
                Item minority = minority(s, it.from(), it.to(), ca.country().actorCode(), placeCounts, list);
                out.add(minority != null ? minority : it);
            } else if (it.known() instanceof CountryAdjective ca && minorityNoun(tokens, it.to() + 1)) {
                // "the Serb minority", "the Albanian population of the province": the group with its noun
                Item minority = minority(s, it.from(), it.to() + 1, ca.country().actorCode(), placeCounts, list);
                out.add(minority != null ? minority : it);
            } else {
                out.add(it);
            }
        }
        // "ethnic Turks": a nation's people in a plural no lexicon lists, whose singular is its adjective
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!tokens.get(i - 1).word().equalsIgnoreCase("ethnic") || !t.isCapitalised() || !t.word().endsWith("s")
                    || covered(out, i)) {
                continue;
            }
            for (Known k : lexicon.names().lookup(t.word().substring(0, t.word().length() - 1))) {
                if (k instanceof CountryAdjective ca) {
                    Item minority = minority(s, i, i, ca.country().actorCode(), placeCounts, list);
                    if (minority != null) {
                        out.add(minority);
                        out.sort(Comparator.comparingInt(Item::from));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** True when the token at i is "minority", or "population" or "community" followed by "of" or "in". */
    private static boolean minorityNoun(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
        if (MINORITY_NOUNS.contains(w)) {
            return true;
        }
        return RESIDENT_NOUNS.contains(w) && i + 1 < tokens.size()
                && Set.of("of", "in").contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The words from..to as a minority: of the state a place after them names ("in Macedonia", "of
     * Kosovo"), else of the state other than {@code nation} the article names most as a place; null when
     * there is none.
     */
    private Item minority(Sentence s, int from, int to, String nation, Map<String, Integer> placeCounts,
                          List<Item> items) {
        List<Token> tokens = s.tokens();
        String where = null;
        int k = to + 1;
        if (k < tokens.size() && Set.of("of", "in").contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k++;
            if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("the")) {
                k++;
            }
            Item place = itemAt(items, k);
            Country c = place == null ? null : countryOf(place.known());
            if (c != null && !(place.known() instanceof CountryAdjective)) {
                where = c.actorCode();
            }
        }
        if (where == null) {
            where = mostNamed(placeCounts, c -> !c.equals(nation));
        }
        if (where == null) {
            return null;
        }
        String written = s.span(from, to);
        People p = new People("ethnic " + written, List.of(written), List.of(where), where);
        return new Item(s.index(), from, to, Kind.KNOWN, new PeopleName(p, where), null);
    }

    /** Of the countries the article names that pass the test, the one named most (the first named on a tie). */
    private static String mostNamed(Map<String, Integer> countryCounts, java.util.function.Predicate<String> test) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
            if (test.test(e.getKey()) && e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** True when a group's name stands as a noun for its people ("Kurds", "ethnic Albanians"), not as a modifier. */
    private static boolean groupNoun(Sentence s, Item it) {
        Token last = s.tokens().get(it.to());
        String lw = last.word().toLowerCase(Locale.ROOT);
        if (MINORITY_NOUNS.contains(lw) || RESIDENT_NOUNS.contains(lw)) {
            return true;
        }
        if (!last.pos().equals("NNS") && !last.pos().equals("NNPS") && !last.word().endsWith("s")) {
            return false;
        }
        return it.to() + 1 >= s.tokens().size() || !s.tokens().get(it.to() + 1).pos().startsWith("NN");
    }

    private List<Item> findItems(ParsedArticle article, Sentence s, LocalDate day) {
        String text = article.fieldText(s.field());
        List<Token> tokens = s.tokens();
        Map<Integer, Integer> startIndex = new LinkedHashMap<>();
        Map<Integer, Integer> endIndex = new LinkedHashMap<>();
        for (Token t : tokens) {
            startIndex.put(t.start(), t.index());
            endIndex.put(t.end(), t.index());
        }
        List<Item> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            Optional<PhraseIndex.Match<Known>> m = lexicon.names().longestAt(text, t.start(), endIndex::containsKey);
            if (m.isPresent() && m.get().value() instanceof PeopleName && t.ner().equals("PERSON")) {
                m = Optional.empty(); // "Karen" as someone's given name, not the people
            }
            if (m.isPresent() && m.get().value() instanceof ContextualName) {
                // "the South" may stand for a state; "South Dakota" is a place of its own
                boolean the = i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the");
                if (!the || i + 1 < tokens.size() && place(s.span(i, i + 1)) != null) {
                    m = Optional.empty();
                }
            }
            if (m.isPresent() && m.get().value() instanceof PersonName pn && pn.whole()
                    && personRunEnd(tokens, i) > endIndex.get(m.get().end())) {
                // one of the dictionaries' names that starts a longer one ("Mohammed Ali" of "Mohammed Ali
                // Jinnah"): someone else, whom the name as written stands for
                m = Optional.empty();
            }
            if (m.isPresent() && (!(m.get().value() instanceof PersonName) || t.isCapitalised())) {
                int to = endIndex.get(m.get().end());
                int nerEnd = personRunEnd(tokens, i);
                if (nerEnd > to && tokens.get(i).ner().equals("PERSON") && !(m.get().value() instanceof PersonName)) {
                    // a longer person name that starts like a known name ("Jordan Peterson")
                    found.add(new Item(s.index(), i, nerEnd, Kind.PERSON_NAME, null, null));
                    i = nerEnd + 1;
                    continue;
                }
                if (nerEnd >= to && to > i && tokens.get(i).ner().equals("PERSON") && !(m.get().value() instanceof PersonName)) {
                    found.add(new Item(s.index(), i, nerEnd, Kind.PERSON_NAME, null, null));
                    i = nerEnd + 1;
                    continue;
                }
                found.add(new Item(s.index(), i, to, Kind.KNOWN, asOf(m.get().value(), day), null));
                i = to + 1;
                continue;
            }
            boolean lonePlace = t.ner().equals("ORGANIZATION") && (i + 1 >= tokens.size()
                    || !tokens.get(i + 1).ner().equals("ORGANIZATION")) && (i == 0 || !tokens.get(i - 1).ner().equals("ORGANIZATION"));
            if (t.isCapitalised() && (t.ner().equals("LOCATION") || t.ner().equals("MISC") || lonePlace)) {
                // a country's name or adjective misspelt by a letter ("Ethopia has agreed", "Quatar's emir")
                // ("the Phillippines military", where the tagger takes the word alone for an organisation)
                Optional<Known> near = lexicon.misspeltCountry(t.word());
                if (near.isPresent() && (!lonePlace || near.get() instanceof CountryName)) {
                    found.add(new Item(s.index(), i, i, Kind.KNOWN, asOf(near.get(), day), null));
                    i++;
                    continue;
                }
            }
            if (t.isCapitalised() && isLocation(t.ner())) {
                // a city or region: the state of a role beside it ("Karachi police", "the Sindh government")
                int to = i;
                while (to + 1 < tokens.size() && isLocation(tokens.get(to + 1).ner()) && tokens.get(to + 1).isCapitalised()) {
                    to++;
                }
                Country c = place(s.span(i, to));
                if (c != null) {
                    found.add(new Item(s.index(), i, to, Kind.KNOWN, new PlaceName(lexicon.asOf(c, day)), null));
                    i = to + 1;
                    continue;
                }
            }
            if (t.isCapitalised() && t.pos().startsWith("NNP") && i + 1 < tokens.size()
                    && REGION_NOUNS.contains(tokens.get(i + 1).word())) {
                // "Sindh province", "Kano state", where the tagger leaves the name untagged
                Optional<Country> c = lexicon.region(t.word());
                if (c.isPresent()) {
                    found.add(new Item(s.index(), i, i, Kind.KNOWN, new PlaceName(lexicon.asOf(c.get(), day)), null));
                    i++;
                    continue;
                }
            }
            if (t.word().endsWith("-based") && t.word().length() > 7 && t.isCapitalised()) {
                // "the Beirut-based newspaper": the place the body is based in
                String where = t.word().substring(0, t.word().length() - 6);
                Country c = null;
                for (Known k : lexicon.names().lookup(where)) {
                    c = c != null ? c : countryOf(k);
                }
                c = c != null ? c : place(where);
                if (c != null) {
                    found.add(new Item(s.index(), i, i, Kind.KNOWN, new PlaceName(lexicon.asOf(c, day)), null));
                    i++;
                    continue;
                }
            }
            if (t.ner().equals("PERSON") && !HONORIFICS.contains(t.word().toLowerCase(Locale.ROOT))) {
                int to = personRunEnd(tokens, i);
                // a title the tagger took into the name ("General Mark Milley") is a title
                Optional<PhraseIndex.Match<Role>> title = lexicon.roles().longestAt(text, t.start(), endIndex::containsKey);
                if (title.isPresent() && title.get().value().own() && endIndex.get(title.get().end()) < to) {
                    int roleEnd = endIndex.get(title.get().end());
                    found.add(new Item(s.index(), i, roleEnd, Kind.ROLE, null, title.get().value()));
                    i = roleEnd + 1;
                    continue;
                }
                found.add(new Item(s.index(), i, to, Kind.PERSON_NAME, null, null));
                i = to + 1;
                continue;
            }
            if (t.ner().equals("ORGANIZATION")) {
                int to = i;
                while (to + 1 < tokens.size() && tokens.get(to + 1).ner().equals("ORGANIZATION")) {
                    to++;
                }
                Item before = found.isEmpty() ? null : found.get(found.size() - 1);
                boolean titled = before != null && before.kind() == Kind.ROLE && before.to() == i - 1
                        && before.role().kind() == RoleKind.PERSON && t.isCapitalised();
                // "Vice-President Moody Awori" tagged as an organisation: a person's title makes it a person
                found.add(new Item(s.index(), i, to, titled ? Kind.PERSON_NAME : Kind.ORG_NAME, null, null));
                i = to + 1;
                continue;
            }
            Optional<PhraseIndex.Match<Role>> r = lexicon.roles().longestAt(text, t.start(), endIndex::containsKey);
            if (r.isPresent() && !r.get().value().own()
                    && ownRoleWithin(text, tokens, i + 1, endIndex.get(r.get().end()), endIndex)) {
                // dyad's own roles win over the dictionary's: "security forces" is read as dyad's "forces"
                r = Optional.empty();
            }
            if (r.isPresent()) {
                int to = endIndex.get(r.get().end());
                found.add(new Item(s.index(), i, to, Kind.ROLE, null, r.get().value()));
                i = to + 1;
                continue;
            }
            int hyphen = t.word().lastIndexOf('-');
            if (hyphen > 0 && hyphen < t.word().length() - 1) {
                // "vice-premier", "ex-minister": the role after the hyphen
                List<Role> tail = lexicon.roles().lookup(t.word().substring(hyphen + 1));
                if (!tail.isEmpty()) {
                    found.add(new Item(s.index(), i, i, Kind.ROLE, null, tail.get(0)));
                }
            }
            i++;
        }
        return found;
    }

    /** True when one of dyad's own roles starts at a token from {@code from} to {@code to}. */
    private boolean ownRoleWithin(String text, List<Token> tokens, int from, int to, Map<Integer, Integer> endIndex) {
        for (int j = from; j <= to && j < tokens.size(); j++) {
            Optional<PhraseIndex.Match<Role>> r = lexicon.roles().longestAt(text, tokens.get(j).start(), endIndex::containsKey);
            if (r.isPresent() && r.get().value().own()) {
                return true;
            }
        }
        return false;
    }

    /** A country's name, adjective or capital as a report of this day knows the state (see {@link Lexicon#asOf}). */
    private Known asOf(Known k, LocalDate day) {
        if (k instanceof CountryName cn) {
            Country c = lexicon.asOf(cn.country(), day);
            return c == cn.country() ? k : new CountryName(c);
        }
        if (k instanceof CountryAdjective ca) {
            Country c = lexicon.asOf(ca.country(), day);
            return c == ca.country() ? k : new CountryAdjective(c);
        }
        if (k instanceof Capital cap) {
            Country c = lexicon.asOf(cap.country(), day);
            return c == cap.country() ? k : new Capital(c);
        }
        return k;
    }

    private static boolean isLocation(String ner) {
        return ner.equals("LOCATION") || ner.equals("CITY") || ner.equals("STATE_OR_PROVINCE");
    }

    /**
     * The state of a region or city of this name, regions first; null when dyad knows no such place. Of
     * cities, only those of {@value #MIN_CITY} people or more, national capitals and the hand-listed places
     * count: a small town's name is too often also a continent's or a range's ("Asia", "Andes").
     */
    private Country place(String name) {
        Optional<Country> region = lexicon.region(name);
        if (region.isPresent()) {
            return region.get();
        }
        return gazetteer.find(name).filter(e -> e.population() == 0 || e.population() >= MIN_CITY || e.capital())
                .flatMap(e -> lexicon.country(e.country())).orElse(null);
    }

    private static int personRunEnd(List<Token> tokens, int i) {
        int to = i;
        while (to + 1 < tokens.size() && (tokens.get(to + 1).ner().equals("PERSON")
                || (tokens.get(to + 1).word().equals("-") && to + 2 < tokens.size()
                && tokens.get(to + 2).ner().equals("PERSON")))) {
            to++;
        }
        return tokens.get(i).ner().equals("PERSON") ? to : i;
    }

    private static boolean covered(List<Item> items, int token) {
        for (Item it : items) {
            if (token >= it.from() && token <= it.to()) {
                return true;
            }
        }
        return false;
    }

    private static Item itemAt(List<Item> items, int token) {
        for (Item it : items) {
            if (token >= it.from() && token <= it.to()) {
                return it;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ people

    /** The name as written, without a leading honorific; hyphens rejoin their neighbours. */
    private static String nameText(Sentence s, Item it) {
        int from = it.from();
        while (from <= it.to() && HONORIFICS.contains(s.tokens().get(from).word().toLowerCase(Locale.ROOT))) {
            from++;
        }
        return from > it.to() ? "" : s.span(from, it.to());
    }

    /** Where a name's mention starts: with "Mr", "Mrs" and the like when they stand before it. */
    private static int mentionStart(Sentence s, Item it) {
        return withHonorific(s, it.from());
    }

    private static int withHonorific(Sentence s, int from) {
        if (from > 0 && HONORIFICS.contains(s.tokens().get(from - 1).word().toLowerCase(Locale.ROOT))) {
            return from - 1;
        }
        return from;
    }

    /** Where an organisation's mention starts: with its owner in "South Korea's Unification Ministry". */
    private int withOwner(Sentence s, List<Item> items, Item org, Set<Item> consumed) {
        if (org.from() >= 2 && isPossessive(s.tokens().get(org.from() - 1).word())) {
            Item owner = itemAt(items, org.from() - 2);
            if (owner != null && owner.kind() == Kind.KNOWN && countryOf(owner.known()) != null) {
                consumed.add(owner);
                return owner.from();
            }
        }
        return withThe(s, org.from());
    }

    /** "'s" as news writes it, with either apostrophe. */
    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }

    private static int withThe(Sentence s, int from) {
        if (from > 0 && s.tokens().get(from - 1).word().equalsIgnoreCase("the")) {
            return from - 1;
        }
        return from;
    }

    private Draft person(Map<String, Draft> drafts, String name, PersonName known, LocalDate day) {
        String canonical = known != null ? known.name() : name;
        String key = "p:" + Lexicon.key(canonical);
        Draft d = drafts.get(key);
        if (d == null) {
            List<Person> terms = known != null ? known.terms() : lexicon.person(name);
            d = new Draft(key, canonical, Actor.Kind.PERSON);
            if (!terms.isEmpty()) {
                d.known = true;
                d.dictionary = terms.stream().allMatch(lexicon::fromDictionaries);
                // the dictionaries spell names from capitals ("Jo Myong Rok"): the article's spelling is the better
                d.name = d.dictionary ? name : terms.get(0).name();
                Person p = termOn(terms, day);
                if (d.dictionary && p != null && day != null && day.isBefore(p.from())) {
                    p = null; // before the dictionaries' first term of them: they say nothing of that day
                }
                if (d.dictionary && p != null && day != null && p.to() == null
                        && day.isAfter(lexicon.dictionariesUntil())) {
                    // in office when the dictionaries were compiled, and nothing known since: whose they are
                    // stays, what they are now is for the article to say
                    d.code = p.code();
                    p = null;
                }
                if (p != null) {
                    d.code = p.code();
                    d.sector = p.sector();
                    d.office = p.office();
                    d.head = p.office() != null && HEAD_OFFICES.contains(p.office().toLowerCase(Locale.ROOT));
                    if (day != null && !p.heldOn(day) && day.isAfter(p.from())) {
                        d.sector = "ELI"; // out of office by the article's date
                        d.office = p.office() == null ? null : "former " + p.office();
                        d.head = false;
                    } else if (day != null && !p.heldOn(day)) {
                        d.sector = null; // not yet in the office dyad knows them by: nothing says what they were then
                        d.office = null;
                        d.head = false;
                    }
                }
            }
            drafts.put(key, d);
        }
        return d;
    }

    /**
     * The office held on the day, else the last one begun before it, else the first one after it; the
     * latest when the day is unknown.
     */
    private static Person termOn(List<Person> terms, LocalDate day) {
        if (day == null) {
            return terms.stream().max(Comparator.comparing(Person::from)).orElse(null);
        }
        Person held = null;
        Person before = null;
        Person after = null;
        for (Person p : terms) {
            if (p.heldOn(day)) {
                if (held == null || rank(p) > rank(held)) {
                    held = p;
                }
            } else if (!p.from().isAfter(day)) {
                if (before == null || p.from().isAfter(before.from())) {
                    before = p;
                }
            } else if (after == null || p.from().isBefore(after.from())) {
                after = p;
            }
        }
        return held != null ? held : before != null ? before : after;
    }

    private static int rank(Person p) {
        return p.office() != null && HEAD_OFFICES.contains(p.office().toLowerCase(Locale.ROOT)) ? 1 : 0;
    }

    private static void apply(Draft d, Description desc) {
        boolean sure = d.known && !d.dictionary;
        if (desc.code() != null && (!sure || d.code == null)) {
            // for someone dyad's own lists know in office, their record of whom they serve wins over a stray word
            d.code = desc.code();
        }
        if (desc.sector() != null && (d.sector == null || desc.code() != null || !sure)) {
            d.sector = desc.sector();
        }
        if (desc.office() != null && (d.office == null || !sure)) {
            d.office = desc.office();
            d.head |= HEAD_OFFICES.contains(desc.office().toLowerCase(Locale.ROOT));
        }
    }

    /** The person of the article a surname names; the most prominent one where several share it. */
    private static Draft bySurname(Map<String, Draft> drafts, String surname, int sentence, int total) {
        String key = Lexicon.key(surname);
        if (key.contains(" ")) {
            return null;
        }
        Draft best = null;
        for (Draft d : drafts.values()) {
            if (d.kind != Actor.Kind.PERSON || d.fullMentions == 0) {
                continue;
            }
            String[] parts = Lexicon.key(d.name).split(" ");
            boolean match = false;
            for (String p : parts) {
                match |= p.equals(key);
            }
            if (!match) {
                continue;
            }
            if (best == null || prominence(d) > prominence(best)) {
                best = d;
            }
        }
        return best;
    }

    private static int prominence(Draft d) {
        return (d.head ? 1000 : 0) + (d.known ? 100 : 0) + d.fullMentions;
    }

    /** The office a title right before a name gives ("President" of "President Bush"), or null. */
    private static String titleOffice(Sentence s, List<Item> items, Item name) {
        Item before = itemAt(items, withHonorific(s, name.from()) - 1);
        if (before == null || before.kind() != Kind.ROLE || before.role().kind() != RoleKind.PERSON) {
            return null;
        }
        return before.role().office() != null ? before.role().office() : before.role().term();
    }

    /**
     * A bare surname of someone dyad knows in office on the article's day ("Putin" alone), else the one
     * person dyad knows by it (also in an article of no known date). Where no single person fits, a title
     * before the surname narrows it to holders of that office; when they all served one country
     * ("President Bush": two American presidents), the one whose term lies nearest the article's date.
     */
    private Draft knownBySurname(Map<String, Draft> drafts, String surname, LocalDate day, String office) {
        String key = Lexicon.key(surname);
        Person hit = null;
        boolean ambiguous = false;
        for (Person p : lexicon.bySurname(key)) {
            if (day != null && p.heldOn(day)) {
                if (hit != null && !hit.name().equals(p.name())) {
                    ambiguous = true; // two office holders share the surname
                    break;
                }
                hit = p;
            }
        }
        if (hit == null && !ambiguous) {
            // nobody of that name in office that day: the one person dyad knows by it, if only one
            for (Person p : lexicon.bySurname(key)) {
                if (hit != null && !hit.name().equals(p.name())) {
                    ambiguous = true;
                    break;
                }
                hit = p;
            }
        }
        if (ambiguous) {
            // undated, a title cannot say whose term is meant
            hit = office == null || day == null ? null : nearestHolder(lexicon.bySurname(key), office, day);
        }
        if (hit == null) {
            return null;
        }
        return person(drafts, hit.name(), null, day);
    }

    /** Of these people, the holder of the office whose term lies nearest the day, when all served one country. */
    private static Person nearestHolder(List<Person> people, String office, LocalDate day) {
        Person best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Person p : people) {
            if (p.office() == null || !p.office().equalsIgnoreCase(office)) {
                continue;
            }
            if (best != null && !best.code().equals(p.code())) {
                return null; // "President Kim": holders of several countries; say nothing
            }
            long distance = p.heldOn(day) ? 0 : day.isBefore(p.from())
                    ? java.time.temporal.ChronoUnit.DAYS.between(day, p.from())
                    : java.time.temporal.ChronoUnit.DAYS.between(p.to(), day);
            if (best == null || distance < bestDistance) {
                best = p;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Titles before a name: "Japanese prime minister", "White House press secretary", "late National
     * Defense Commission first vice chairman". Consumes the items it reads.
     */
    private Description titleBefore(Sentence s, List<Item> items, Item name, Set<Item> consumed) {
        List<Token> tokens = s.tokens();
        int k = withHonorific(s, name.from()) - 1;
        int from = -1;
        String code = null;
        String sector = null;
        String office = null;
        List<Item> used = new ArrayList<>();
        int roleEnd = -1;
        int roleStart = -1;
        int skipped = 0;
        boolean pastOf = false;
        while (k >= 0) {
            Item it = itemAt(items, k);
            Token t = tokens.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (it != null && it != name) {
                if (it.kind() == Kind.ROLE && pastOf && it.role().kind() == RoleKind.GROUP) {
                    break; // "supporters of former President Ben Bella": a group of the person's, not a title
                }
                if (it.kind() == Kind.ROLE) {
                    if (office == null && it.role().kind() == RoleKind.PERSON) {
                        office = it.role().office() != null ? it.role().office() : it.role().term();
                    }
                    if (sector == null) {
                        sector = it.role().sector();
                    }
                    if (roleEnd < 0) {
                        roleEnd = it.to();
                    }
                    roleStart = it.from();
                } else if (it.kind() == Kind.KNOWN && !(it.known() instanceof PersonName)) {
                    String c = codeOf(it.known());
                    int prep = it.from() - 1;
                    if (prep > 0 && tokens.get(prep).word().equalsIgnoreCase("the")) {
                        prep--;
                    }
                    String before = prep >= 0 ? tokens.get(prep).word().toLowerCase(Locale.ROOT) : "";
                    boolean posting = c != null && POSTINGS.contains(before);
                    // "China's ambassador to Britain", "U.S. ambassador to the European Union": the state or
                    // body after "to" is the posting, not the ambassador's own
                    if (c != null && code == null && !posting) {
                        code = c;
                    }
                    if (posting) {
                        used.add(it);
                        k = prep - 1;
                        continue;
                    }
                    if (it.known() instanceof MetonymName mn && sector == null) {
                        sector = mn.metonym().sector();
                    }
                    if (it.known() instanceof OrgName on && sector == null && on.organisation().sector() != null) {
                        sector = on.organisation().sector();
                    }
                } else if (it.kind() == Kind.ORG_NAME) {
                    // an organisation's name inside a title ("National Defense Commission"): the branch it
                    // names is the office holder's ("House Intelligence Committee Chairman": LEG)
                    String branch = nameSector(s.span(it.from(), it.to()).toLowerCase(Locale.ROOT));
                    if (branch != null && STATE_SECTORS.contains(branch)) {
                        sector = branch;
                    }
                } else {
                    break;
                }
                used.add(it);
                from = it.from();
                k = it.from() - 1;
                continue;
            }
            pastOf |= w.equals("of");
            if (roleStart >= 0 && k == roleStart - 1 - skipped && skipped < 2 && !t.isCapitalised()
                    && (t.pos().equals("NN") || t.pos().equals("NNS") || t.pos().equals("JJ"))
                    && k > 0 && tokens.get(k - 1).pos().matches("NN.*|JJ.*")) {
                // "Ukrainian energy company Burisma": words that say what kind of company, between the
                // role and what may say whose it is
                skipped++;
                k--;
                continue;
            }
            if (MODIFIERS.contains(w) || isPossessive(w) || w.equals("of") && from >= 0
                    || (t.isCapitalised() && t.pos().startsWith("NNP") && !t.ner().equals("PERSON"))) {
                if (isPossessive(w) && k > 0 && itemAt(items, k - 1) == null) {
                    break;
                }
                from = k;
                k--;
                continue;
            }
            break;
        }
        if (from < 0 || (code == null && sector == null && office == null)) {
            return Description.NONE;
        }
        // capitalised words count only between what the title says and the name ("US Trade
        // Representative"), never before it ("Yesterday Trump")
        int informative = name.from();
        for (Item it : used) {
            informative = Math.min(informative, it.from());
        }
        while (from < informative && !MODIFIERS.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) {
            from++;
        }
        // a title never starts with a dangling "of" or possessive
        while (from < name.from() && (tokens.get(from).word().equals("of") || isPossessive(tokens.get(from).word()))) {
            from++;
        }
        consumed.addAll(used);
        if (roleStart < 0 && office == null && code != null) {
            // a formal title of capitalised words after the country ("US Trade Representative")
            int titleFrom = informative;
            Item first = itemAt(items, titleFrom);
            if (first != null) {
                titleFrom = first.to() + 1;
            }
            int titleTo = withHonorific(s, name.from()) - 1;
            if (titleFrom <= titleTo) {
                office = s.span(titleFrom, titleTo);
            }
        }
        if (roleStart >= 0) {
            String written = s.span(roleStart, roleEnd).toLowerCase(Locale.ROOT);
            if (office != null && !written.equals(office) && written.length() > office.length()) {
                office = written;
            }
            int titleFrom = from;
            while (titleFrom < roleStart && itemAt(items, titleFrom) != null
                    && itemAt(items, titleFrom).kind() == Kind.KNOWN
                    && countryOf(itemAt(items, titleFrom).known()) != null) {
                titleFrom = itemAt(items, titleFrom).to() + 1;
            }
            while (titleFrom < roleStart && (isPossessive(tokens.get(titleFrom).word())
                    || tokens.get(titleFrom).word().equalsIgnoreCase("late")
                    || tokens.get(titleFrom).word().equalsIgnoreCase("former"))) {
                titleFrom++;
            }
            if (titleFrom <= roleEnd) {
                office = s.span(titleFrom, roleEnd);
                if (!office.isEmpty() && Character.isUpperCase(office.charAt(0)) && titleFrom < roleStart) {
                    // keeps "White House press secretary", "National Defense Commission first vice chairman"
                } else {
                    office = office.toLowerCase(Locale.ROOT);
                }
            }
        }
        return new Description(code, sector, office, from, name.to());
    }

    /** ", the US ambassador to the Philippines," after a name; "of Japan" after a name. */
    private Description appositionAfter(Sentence s, List<Item> items, Item name, Set<Item> consumed) {
        List<Token> tokens = s.tokens();
        int k = name.to() + 1;
        if (k + 1 < tokens.size() && tokens.get(k).word().equals("of")) {
            Item it = itemAt(items, k + 1);
            if (it == null && k + 2 < tokens.size() && tokens.get(k + 1).word().equalsIgnoreCase("the")) {
                it = itemAt(items, k + 2);
            }
            if (it != null && it.kind() == Kind.KNOWN && it.known() instanceof CountryName cn) {
                consumed.add(it);
                return new Description(cn.country().actorCode(), null, null, -1, -1);
            }
            return Description.NONE;
        }
        if (k >= tokens.size() || !tokens.get(k).word().equals(",")) {
            return Description.NONE;
        }
        int end = k + 1;
        while (end < tokens.size() && !tokens.get(end).word().equals(",") && !tokens.get(end).word().equals(".")
                && !tokens.get(end).word().equals(";") && !tokens.get(end).lemma().equals("who")
                && !tokens.get(end).pos().startsWith("VB") && end - k < 16) {
            end++;
        }
        int first = k + 1;
        if (first < tokens.size() && Set.of("the", "a", "an", "his", "her", "its", "their")
                .contains(tokens.get(first).word().toLowerCase(Locale.ROOT))) {
            first++;
        }
        String code = null;
        String sector = null;
        String office = null;
        int roleFrom = -1;
        int roleTo = -1;
        boolean afterRole = false;
        boolean inTo = false;
        String ofCode = null;
        List<Item> used = new ArrayList<>();
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            Item it = itemAt(items, i);
            if (t.word().equalsIgnoreCase("to") || t.word().equalsIgnoreCase("in") || t.word().equalsIgnoreCase("at")) {
                inTo = true;
            } else if (t.word().equalsIgnoreCase("of") || t.word().equalsIgnoreCase("for")) {
                inTo = false;
            }
            if (it == null) {
                continue;
            }
            if (it.kind() == Kind.ROLE && roleFrom < 0) {
                roleFrom = it.from();
                roleTo = it.to();
                sector = it.role().sector();
                office = it.role().office() != null ? it.role().office() : it.role().term();
                afterRole = true;
                used.add(it);
            } else if (it.kind() == Kind.KNOWN && !(it.known() instanceof PersonName) && !inTo) {
                String c = codeOf(it.known());
                if (!afterRole && code == null) {
                    code = c;
                    used.add(it);
                } else if (afterRole && ofCode == null) {
                    ofCode = c;
                }
                if (it.known() instanceof MetonymName mn && sector == null) {
                    sector = mn.metonym().sector();
                }
                if (it.known() instanceof OrgName on && sector == null) {
                    sector = on.organisation().sector(); // "a spokesperson for Inherent Resolve": its sector
                }
            } else if (it.kind() == Kind.PERSON_NAME || it.known() instanceof PersonName) {
                return Description.NONE; // a list of names, not an apposition
            }
            i = Math.max(i, it.to());
        }
        if (roleFrom < 0) {
            return Description.NONE;
        }
        consumed.addAll(used);
        // "the commander of Kowloon West district" is a district commander: the role the complement's head makes
        String head = tokens.get(end - 1).word().toLowerCase(Locale.ROOT);
        String roleTerm = tokens.get(roleTo).word().toLowerCase(Locale.ROOT);
        List<Role> compound = lexicon.roles().lookup(head + " " + roleTerm);
        if (!compound.isEmpty() && compound.get(0).sector() != null && end - 1 > roleTo) {
            sector = compound.get(0).sector();
        }
        int officeFrom = roleFrom;
        while (officeFrom > first && MODIFIERS.contains(tokens.get(officeFrom - 1).word().toLowerCase(Locale.ROOT))) {
            officeFrom--;
        }
        String written = s.span(officeFrom, end - 1);
        return new Description(code != null ? code : ofCode, sector, written.length() <= 80 ? written : office,
                -1, -1);
    }

    // ------------------------------------------------------------------ roles, organisations, countries

    private void roleMention(ParsedArticle article, Map<String, Draft> drafts, List<Item> items, Item role,
                             Set<Item> consumed, LocalDate day, int sentenceIndex, String dominantCountry,
                             boolean onlyCountry) {
        Sentence s = article.sentences().get(sentenceIndex);
        List<Token> tokens = s.tokens();
        // what stands before the role: countries, possessives, seats of power, modifiers
        List<String> codes = new ArrayList<>();
        String sector = role.role().sector();
        int from = role.from();
        int k = role.from() - 1;
        List<Item> used = new ArrayList<>();
        while (k >= 0) {
            Item it = itemAt(items, k);
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (it != null && it.kind() == Kind.KNOWN && !(it.known() instanceof PersonName) && codeOf(it.known()) != null
                    && !consumed.contains(it)) {
                codes.add(0, codeOf(it.known()));
                if (it.known() instanceof MetonymName mn && mn.metonym().sector() != null && sector == null) {
                    sector = mn.metonym().sector();
                }
                used.add(it);
                from = it.from();
                k = it.from() - 1;
                continue;
            }
            if (isPossessive(w) && codes.isEmpty() && k >= 2 && PLACE_NOUNS.contains(tokens.get(k - 1).word().toLowerCase(Locale.ROOT))
                    && tokens.get(k - 2).word().equalsIgnoreCase("the") && dominantCountry != null) {
                // "the territory's government", "the city's police": the place the article is about
                codes.add(0, dominantCountry);
                from = k - 2;
                break;
            }
            if (MODIFIERS.contains(w) || isPossessive(w) || w.equals("and") || w.equals(",")
                    || (codes.isEmpty() && k >= role.from() - 2 && tokens.get(k).pos().equals("NN") && !tokens.get(k).isCapitalised())) {
                // lower-case nouns that make a compound with the role: "commerce ministry", "foreign policy chief"
                if ((w.equals("and") || w.equals(",")) && codes.isEmpty()) {
                    break;
                }
                k--;
                continue;
            }
            break;
        }
        if (from > 0 && !codes.isEmpty()
                && Set.of("the", "a", "an").contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT))) {
            from--;
        }
        if (codes.isEmpty() && !role.role().own()) {
            // the dictionary's role nouns are actors where the text says whose they are ("Afghan rebel
            // leaders"); alone, "prison" or "boss" is no actor
            return;
        }
        if (codes.isEmpty()) {
            // "police in Lagos", "the government of Sindh province", "a newspaper based in Beirut"
            String where = placeAfter(tokens, items, role.to() + 1, !"MIL".equals(sector));
            if (where != null) {
                codes.add(where);
            }
        }
        if (codes.isEmpty() && dominantCountry != null && role.role().kind() != RoleKind.PERSON
                && LOCAL_SECTORS.contains(String.valueOf(sector))) {
            // protesters, police, students with no nationality given: those of the place the article is about
            codes.add(dominantCountry);
        } else if (codes.isEmpty() && onlyCountry && role.role().kind() != RoleKind.PERSON) {
            // "security forces", "the interim government" in an article that names one state only: its own
            codes.add(dominantCountry);
        }
        // "of the North Korean ruling party" style complements are left to titles and appositions
        if (codes.isEmpty()) {
            return;
        }
        consumed.addAll(used);
        Mention m = mention(article, s, from, role.to());
        String office = role.role().office() != null ? role.role().office() : role.role().term();
        if (role.role().kind() == RoleKind.PERSON && codes.size() == 1 && !plural(tokens, role)) {
            Draft who = holder(drafts, codes.get(0), role.role(), office, day, sentenceIndex, article);
            if (who != null) {
                who.add(m);
                return;
            }
        }
        for (String code : new java.util.LinkedHashSet<>(codes)) {
            String sec = sector;
            Draft d = drafts.computeIfAbsent("g:" + code + "/" + sec, x -> new Draft(x, groupName(code, sec), Actor.Kind.GROUP));
            d.code = code;
            d.sector = sec;
            d.add(m);
        }
    }

    /**
     * The state of a place named right after a role: "in Lagos", "of Sindh province", "based in Beirut",
     * "from the Gaza Strip"; null when no place stands there. Without {@code in}, "in" says nothing.
     */
    private String placeAfter(List<Token> tokens, List<Item> items, int k, boolean in) {
        boolean based = k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("based");
        if (based) {
            k++;
        }
        if (k >= tokens.size() || !PLACE_PREPOSITIONS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (!in && !based && tokens.get(k).word().equalsIgnoreCase("in")) {
            return null; // "troops in Iraq" are where they serve, not whose they are
        }
        k++;
        if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("the")) {
            k++;
        }
        if (k < tokens.size() && COMPASS.contains(tokens.get(k).word())) {
            k++; // "in southern Lebanon"
        }
        Item it = itemAt(items, k);
        if (it == null || it.from() != k || it.kind() != Kind.KNOWN) {
            return null;
        }
        Known known = it.known();
        boolean place = known instanceof PlaceName || known instanceof CountryName || known instanceof Capital;
        return place ? codeOf(known) : null;
    }

    /**
     * The known organisation a single unknown name is glossed with in brackets ("Mujahideen (Taliban)"): the
     * writer says the two are one, so the name joins that organisation rather than becoming a person.
     */
    private static Draft glossed(Map<String, Draft> drafts, Sentence s, List<Item> items, Item name) {
        List<Token> tokens = s.tokens();
        int open = name.to() + 1;
        if (open + 2 >= tokens.size() || !Set.of("(", "-LRB-").contains(tokens.get(open).word())) {
            return null;
        }
        Item inside = itemAt(items, open + 1);
        if (inside == null || inside.from() != open + 1 || !(inside.known() instanceof OrgName on)
                || inside.to() + 1 >= tokens.size() || !Set.of(")", "-RRB-").contains(tokens.get(inside.to() + 1).word())) {
            return null;
        }
        Draft d = drafts.computeIfAbsent("o:" + on.organisation().name(),
                x -> new Draft(x, on.organisation().name(), Actor.Kind.ORGANISATION));
        d.code = on.organisation().code();
        d.sector = on.organisation().sector();
        return d;
    }

    private static boolean plural(List<Token> tokens, Item role) {
        String pos = tokens.get(role.to()).pos();
        return pos.equals("NNS") || pos.equals("NNPS");
    }

    /** The person who holds an office for a country: in the article first, then in dyad's knowledge. */
    private Draft holder(Map<String, Draft> drafts, String code, Role role, String office, LocalDate day, int sentence,
                         ParsedArticle article) {
        boolean leader = office.equalsIgnoreCase("leader") || office.equalsIgnoreCase("head of state");
        boolean generic = GENERIC_ROLES.contains(role.term().replaceAll("s$", ""));
        for (Draft d : drafts.values()) {
            if (d.kind != Actor.Kind.PERSON || !code.equals(d.code) || d.office == null) {
                continue;
            }
            String o = d.office.toLowerCase(Locale.ROOT);
            if (o.equals(office.toLowerCase(Locale.ROOT)) || o.endsWith(" " + office.toLowerCase(Locale.ROOT))
                    || (leader && d.head)) {
                return d;
            }
        }
        if (generic) {
            // "a top North Korea official": the nearest such person the article names, not its leader
            Draft best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Draft d : drafts.values()) {
                if (d.kind != Actor.Kind.PERSON || !code.equals(d.code) || d.head || !"GOV".equals(d.sector)) {
                    continue;
                }
                for (Mention m : d.mentions) {
                    int distance = Math.abs(m.sentence() - sentence);
                    if (distance <= 2 && distance < bestDistance) {
                        best = d;
                        bestDistance = distance;
                    }
                }
            }
            return best;
        }
        if (day == null) {
            return null;
        }
        List<Person> holders = new ArrayList<>();
        if (leader) {
            for (String o : List.of("supreme leader", "leader", "president", "chairman", "king", "emir")) {
                holders = lexicon.holders(code, o, day);
                if (!holders.isEmpty()) {
                    break;
                }
            }
        } else {
            holders = lexicon.holders(code, office, day);
        }
        if (holders.size() != 1) {
            return null;
        }
        return person(drafts, holders.get(0).name(), null, day);
    }

    private String groupName(String code, String sector) {
        String country = lexicon.country(code).map(Country::name).orElse(code);
        String what = sector == null ? "people" : switch (sector) {
            case "GOV" -> "government";
            case "MIL" -> "military";
            case "REB" -> "rebels";
            case "COP" -> "police";
            case "LEG" -> "legislature";
            case "JUD" -> "judiciary";
            case "JRN" -> "media";
            case "CVL" -> "civilians";
            case "OPP" -> "opposition";
            default -> sector.toLowerCase(Locale.ROOT);
        };
        return country + " " + what;
    }

    private void unknownOrganisation(ParsedArticle article, Map<String, Draft> drafts, List<Item> items, Item org,
                                     Set<Item> consumed) {
        Sentence s = article.sentences().get(org.sentence());
        List<Token> tokens = s.tokens();
        String code = null;
        String kindSector = null;
        int from = org.from();
        // "South Korea's Unification Ministry": the possessor gives the country
        if (org.from() >= 2 && isPossessive(tokens.get(org.from() - 1).word())) {
            Item owner = itemAt(items, org.from() - 2);
            if (owner != null && owner.kind() == Kind.KNOWN && codeOf(owner.known()) != null) {
                code = codeOf(owner.known());
                from = owner.from();
                consumed.add(owner);
            }
        } else if (org.from() >= 1) {
            // "Ukrainian Burisma", "the Ukrainian energy company Burisma": a nationality before the name, or
            // before the kind of body it is
            int k = org.from() - 1;
            Item kind = itemAt(items, k);
            if (kind != null && kind.kind() == Kind.ROLE && kind.role().kind() == RoleKind.BODY) {
                k = kind.from() - 1;
                for (int words = 0; words < 2 && k > 0 && itemAt(items, k) == null && !tokens.get(k).isCapitalised()
                        && tokens.get(k).pos().matches("NNS?|JJ"); words++) {
                    k--;
                }
            } else {
                kind = null;
            }
            Item adj = k >= 0 ? itemAt(items, k) : null;
            if (adj != null && adj.kind() == Kind.KNOWN && adj.known() instanceof CountryAdjective ca) {
                code = ca.country().actorCode();
                from = adj.from();
                consumed.add(adj);
                if (kind != null) {
                    consumed.add(kind);
                    kindSector = kind.role().sector();
                }
            }
        }
        String name = s.span(org.from(), org.to());
        String text = name.toLowerCase(Locale.ROOT);
        String sector = nameSector(text);
        if (sector == null) {
            sector = kindSector;
        }
        if (sector == null) {
            // "the Umma (Nation) party": the kind of body the name stands before, past a gloss in brackets
            int k = org.to() + 1;
            if (k < tokens.size() && tokens.get(k).word().equals("-LRB-") || k < tokens.size() && tokens.get(k).word().equals("(")) {
                int close = k + 1;
                while (close < tokens.size() && close <= k + 5 && !tokens.get(close).word().equals(")")
                        && !tokens.get(close).word().equals("-RRB-")) {
                    close++;
                }
                k = close + 1;
            }
            if (k < tokens.size() && (itemAt(items, k) == null || itemAt(items, k).kind() == Kind.ROLE)) {
                List<Role> r = lexicon.roles().lookup(tokens.get(k).word().toLowerCase(Locale.ROOT));
                if (!r.isEmpty() && r.get(0).kind() == RoleKind.BODY) {
                    sector = r.get(0).sector();
                }
            }
        }
        if (code == null) {
            // a country named inside the organisation's own name ("Air China")
            for (Item it : items) {
                if (it.from() >= org.from() && it.to() <= org.to() && it.kind() == Kind.KNOWN && codeOf(it.known()) != null) {
                    code = codeOf(it.known());
                }
            }
        }
        if (code == null && sector == null && lexicon.ngoHead(nameHead(text))) {
            code = "NGO"; // "the Association of African Jurists": a non-governmental body of no one country
        }
        Draft d = drafts.computeIfAbsent("o:" + Lexicon.key(name), x -> new Draft(x, name, Actor.Kind.ORGANISATION));
        if (code != null) {
            d.code = code;
        }
        if (sector != null) {
            d.sector = sector;
        }
        d.add(mention(article, s, withThe(s, from), org.to()));
    }

    /** The head word of a lowercase name: the word before "of" or "for" ("association of ..."), else the last. */
    /**
     * The sector an organisation's name says by its words: the last word that is a body's role noun
     * ("Defence Ministry"), and a legislature's for a body of one ("Senate Judiciary Committee"); null when
     * none says one.
     */
    private String nameSector(String lowerName) {
        String sector = null;
        String[] words = lowerName.split(" ");
        for (String word : words) {
            List<Role> r = lexicon.roles().lookup(word);
            if (!r.isEmpty() && r.get(0).kind() == RoleKind.BODY && !"LEG".equals(sector)) {
                sector = r.get(0).sector();
            }
        }
        if (words.length > 1 && CHAMBER_WORDS.contains(words[0])) {
            sector = "LEG";
        }
        if (sector == null && words.length > 1 && COMPANY_SUFFIXES.contains(words[words.length - 1])) {
            sector = "BUS"; // "SoftBank Group Corp", "Acme Holdings Ltd": a company by its legal form
        }
        return sector;
    }

    private static String nameHead(String lowerName) {
        String[] words = lowerName.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("of") || words[i].equals("for")) {
                return words[i - 1];
            }
        }
        return words[words.length - 1];
    }

    private static Draft countryDraft(Map<String, Draft> drafts, Country c) {
        String code = c.actorCode();
        Draft d = drafts.computeIfAbsent("c:" + code, x -> new Draft(x, c.name(),
                Actor.Kind.COUNTRY));
        d.code = code;
        return d;
    }

    private static Country countryOf(Known k) {
        if (k instanceof CountryName cn) {
            return cn.country();
        }
        if (k instanceof CountryAdjective ca) {
            return ca.country();
        }
        if (k instanceof Capital cap) {
            return cap.country();
        }
        return null;
    }

    private String codeOf(Known k) {
        Country c = countryOf(k);
        if (c != null) {
            return c.actorCode();
        }
        if (k instanceof MetonymName mn) {
            return mn.metonym().code();
        }
        if (k instanceof OrgName on) {
            return on.organisation().country() != null ? on.organisation().country() : on.organisation().code();
        }
        if (k instanceof ContextualName cn) {
            return cn.contextual().code();
        }
        if (k instanceof PeopleName pn) {
            return pn.code();
        }
        if (k instanceof PlaceName pl) {
            return pl.country().actorCode();
        }
        return null;
    }

    private static Mention mention(ParsedArticle article, Sentence s, int fromToken, int toToken) {
        Token a = s.tokens().get(fromToken);
        Token b = s.tokens().get(toToken);
        String text = article.fieldText(s.field()).substring(a.start(), b.end());
        return new Mention(text, s.field(), s.index(), a.start(), b.end());
    }

    private static int fieldOrder(String field) {
        return switch (field) {
            case "title" -> 0;
            case "subtitle" -> 1;
            default -> 2;
        };
    }
}
