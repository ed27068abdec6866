package dev.dyad.actors;

import static dev.dyad.actors.Words.HEAD_OFFICES;
import static dev.dyad.actors.Words.LOCAL_SECTORS;
import static dev.dyad.actors.Words.MODIFIERS;
import static dev.dyad.actors.Words.codeOf;
import static dev.dyad.actors.Words.isPossessive;
import static dev.dyad.actors.Words.itemAt;
import static dev.dyad.actors.Words.mention;

import dev.dyad.actors.Item.Kind;
import dev.dyad.actors.Lexicon.Capital;
import dev.dyad.actors.Lexicon.Country;
import dev.dyad.actors.Lexicon.CountryName;
import dev.dyad.actors.Lexicon.Known;
import dev.dyad.actors.Lexicon.MetonymName;
import dev.dyad.actors.Lexicon.OrgName;
import dev.dyad.actors.Lexicon.Person;
import dev.dyad.actors.Lexicon.PersonName;
import dev.dyad.actors.Lexicon.PlaceName;
import dev.dyad.actors.Lexicon.Role;
import dev.dyad.actors.Lexicon.RoleKind;
import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Role phrases ("Russia's foreign minister", "the North Korean leader", "Karachi police"): a person's
 * role joins the person who holds that office, in the article or in dyad's knowledge; any other is a
 * group of the state the words before or after it name, or of the place the article is about.
 */
final class Roles implements MentionPass {
    private static final Set<String> PLACE_NOUNS = Set.of("city", "territory", "country", "nation", "island", "kingdom",
            "state", "republic", "region", "province");
    /** Words for a state's parts that stand between a place's name and an office ("New York State", "state"). */
    private static final Set<String> SUBNATIONAL_NOUNS = Set.of("state", "county", "city", "provincial", "municipal");
    /** Lower-case words before a body's role noun that say it is a region's or a town's ("the regional health commission"). */
    private static final Set<String> LOCAL_BODY_WORDS = Stream.concat(SUBNATIONAL_NOUNS.stream(),
            Stream.of("regional", "district", "prefectural")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> GENERIC_ROLES = Set.of("official", "diplomat", "envoy", "negotiator", "aide",
            "representative", "delegate", "emissary");
    /** Words after a role that name where its people are: "police in Lagos", "the government of Sindh". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "from");
    /** Where in a place: "rebels in southern Sudan". */
    private static final Set<String> COMPASS = Set.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north", "south", "east", "west");

    private final Lexicon lexicon;
    private final KnownPeople people;

    Roles(Lexicon lexicon, KnownPeople people) {
        this.lexicon = lexicon;
        this.people = people;
    }

    @Override
    public boolean take(Resolution r, Item it) {
        if (it.kind() != Kind.ROLE) {
            return false;
        }
        if (it.role().kind() == RoleKind.BODY && namesAfter(r.items(it.sentence()), it)) {
            return false; // "the German lender Commerzbank": the kind of body the name after it is, which the body takes
        }
        roleMention(r.article, r.drafts, r.items(it.sentence()), it, r.consumed, r.day, it.sentence(), r.dominant,
                r.onlyCountry());
        return true;
    }

    /** True where an organisation's name stands right after a body's role noun ("the lender Commerzbank"). */
    private static boolean namesAfter(List<Item> items, Item role) {
        Item next = itemAt(items, role.to() + 1);
        return next != null && (next.kind() == Kind.ORG_NAME || next.known() instanceof OrgName);
    }

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
        if (role.role().kind() == RoleKind.BODY && "GOV".equals(sector) && k >= 0) {
            // "the Trump administration", "the Modi government": the government the head named before it leads
            Named leader = leaderEndingAt(drafts, s, k);
            if (leader != null) {
                // the person does nothing here: their government does
                leader.draft().mentions.remove(leader.mention());
                codes.add(leader.draft().code);
                while (from > 0 && tokens.get(from - 1).end() > leader.mention().start()) {
                    from--;
                }
                k = -1;
            }
        }
        while (k >= 0) {
            Item it = itemAt(items, k);
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (it != null && it.kind() == Kind.KNOWN && !(it.known() instanceof PersonName) && codeOf(it.known()) != null
                    && !consumed.contains(it)) {
                codes.add(0, codeOf(it.known()));
                if (it.known() instanceof MetonymName mn && mn.metonym().sector() != null && sector == null) {
                    sector = mn.metonym().sector();
                }
                if (it.known() instanceof OrgName on && on.organisation().actorSector() != null && sector == null) {
                    sector = on.organisation().actorSector(); // "Hezbollah fighters": the body's own sector
                }
                used.add(it);
                from = it.from();
                k = it.from() - 1;
                continue;
            }
            if (SUBNATIONAL_NOUNS.contains(w) && tokens.get(k).isCapitalised() && k > 0 && itemAt(items, k - 1) != null
                    && itemAt(items, k - 1).known() instanceof PlaceName && !consumed.contains(itemAt(items, k - 1))) {
                k--; // "the New York State Attorney General": the state's name, then "State"
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
                    || (codes.isEmpty() && k >= role.from() - 2 && (tokens.get(k).pos().equals("NN") || tokens.get(k).pos().equals("JJ")) && !tokens.get(k).isCapitalised())) {
                // lower-case nouns and adjectives that make a compound with the role: "commerce ministry", "foreign
                // policy chief", "Russian local police"
                if ((w.equals("and") || w.equals(",")) && codes.isEmpty()) {
                    break;
                }
                k--;
                continue;
            }
            break;
        }
        if (from > 0 && !codes.isEmpty()
                && Words.ARTICLES.contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT))) {
            from--;
        }
        if (codes.isEmpty() && !role.role().own()) {
            // the dictionary's role nouns are actors where the text says whose they are ("Afghan rebel
            // leaders"); alone, "prison" or "boss" is no actor
            return;
        }
        boolean subNational = used.stream().anyMatch(it -> it.known() instanceof PlaceName);
        if (codes.isEmpty() && role.role().kind() == RoleKind.PERSON && dominantCountry != null && role.from() > 0
                && SUBNATIONAL_NOUNS.contains(tokens.get(role.from() - 1).word())
                && !tokens.get(role.from() - 1).isCapitalised()) {
            // "the state attorney general", "the county sheriff": an office of a region of the state the article
            // is about
            codes.add(dominantCountry);
            subNational = true;
        }
        if (codes.isEmpty() && role.role().kind() == RoleKind.BODY && dominantCountry != null
                && Words.STATE_SECTORS.contains(String.valueOf(sector)) && localBody(tokens, role.from())) {
            // "the regional health commission", "the provincial education department": a body of a region of the
            // state the article is about
            codes.add(dominantCountry);
            subNational = true;
        }
        if (codes.isEmpty() && role.role().kind() != RoleKind.PERSON) {
            // "His supporters", "her government": the state of the person last named before them
            String whose = ownersState(drafts, s, tokens, role);
            if (whose != null) {
                codes.add(whose);
            }
        }
        if (codes.isEmpty()) {
            // "police in Lagos", "the government of Sindh province", "a newspaper based in Beirut"
            String where = placeAfter(tokens, items, role.to() + 1, !"MIL".equals(sector));
            if (where != null) {
                codes.add(where);
                if (sector == null) {
                    sector = bodySectorAfter(tokens, items, role.to() + 1); // "fighters of Hayat Tahrir al-Sham": REB
                }
            }
        }
        if (codes.isEmpty() && dominantCountry != null && role.role().kind() != RoleKind.PERSON
                && LOCAL_SECTORS.contains(String.valueOf(sector))) {
            // protesters, police, students with no nationality given: those of the place the article is about
            codes.add(dominantCountry);
        } else if (codes.isEmpty() && onlyCountry && role.role().kind() != RoleKind.PERSON) {
            // "security forces", "the interim government" in an article that names one state only: its own
            codes.add(dominantCountry);
        } else if (codes.isEmpty() && onlyCountry && headOfTheState(tokens, role)) {
            // "the Queen", "the President" written with a capital and no state, in an article that names one
            // state only: its head
            codes.add(dominantCountry);
        }
        // "of the North Korean ruling party" style complements are left to titles and appositions
        if (codes.isEmpty()) {
            return;
        }
        consumed.addAll(used);
        if (from == role.from()) {
            from = compoundStart(tokens, role.from()); // "the regional health commission", not "commission"
        }
        Mention m = mention(article, s, from, role.to());
        String office = role.role().office() != null ? role.role().office() : role.role().term();
        if (role.role().kind() == RoleKind.PERSON && codes.size() == 1 && !plural(tokens, role) && !subNational) {
            // (a region's or a city's office is not the state's: "the New York Attorney General" is not the
            // United States Attorney General)
            Draft who = holder(drafts, codes.get(0), role.role(), office, day, sentenceIndex, article);
            if (who != null) {
                who.add(m);
                return;
            }
        }
        for (String code : new LinkedHashSet<>(codes)) {
            String sec = sector;
            Draft d = drafts.computeIfAbsent("g:" + code + "/" + sec, x -> new Draft(x, groupName(code, sec), Actor.Kind.GROUP));
            d.code = code;
            d.sector = sec;
            d.add(m);
        }
    }

    /**
     * Whether the body's role noun is of one definite body of a region or a town: "the", then lower-case words
     * that say so ("the regional health commission", "the city's health commission", "the provincial education
     * department"; not "local governments").
     */
    private static boolean localBody(List<Token> tokens, int role) {
        int from = compoundStart(tokens, role);
        if (from == role && role >= 2 && Words.isPossessive(tokens.get(role - 1).word())) {
            from = role - 2; // "the city's health commission"
        }
        boolean definite = tokens.get(from).word().equalsIgnoreCase("the")
                || from > 0 && tokens.get(from - 1).word().equalsIgnoreCase("the");
        if (!definite) {
            return false;
        }
        for (int k = from; k < role; k++) {
            if (LOCAL_BODY_WORDS.contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the noun phrase of a role noun starts, counting the lower-case nouns and adjectives right before
     * it and their article ("the regional health commission", "the state health ministry"): the words that say
     * which body of its kind it is. At most two words (a hyphened compound counts as one); {@code role} itself when none stands there.
     */
    static int compoundStart(List<Token> tokens, int role) {
        int from = role;
        int words = 0;
        while (from > 0 && words < 2) {
            Token t = tokens.get(from - 1);
            String pos = t.pos();
            boolean lower = !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0));
            if (!lower || !(pos.equals("NN") || pos.equals("JJ") || MODIFIERS.contains(t.word())) || t.word().equals("-")) {
                break;
            }
            from--;
            words++;
            if (from > 1 && tokens.get(from - 1).word().equals("-")
                    && Character.isLowerCase(tokens.get(from - 2).word().charAt(0))) {
                from -= 2; // "small-scale farmers", "the home-improvement retailer": the whole compound
            }
        }
        if (from < role && from > 0 && Words.ARTICLES.contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT))) {
            from--;
        }
        return from;
    }

    /**
     * The state of a place named right after a role: "in Lagos", "of Sindh province", "based in Beirut",
     * "from the Gaza Strip"; null when no place stands there. Without {@code in}, "in" says nothing.
     */
    static String placeAfter(List<Token> tokens, List<Item> items, int k, boolean in) {
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
        boolean of = tokens.get(k).word().equalsIgnoreCase("of");
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
        if (known instanceof OrgName on && of && !Lexicon.NON_STATE.contains(String.valueOf(on.organisation().actorCode()))) {
            return on.organisation().actorCode(); // "supporters of the Muslim Brotherhood": of the body's state
        }
        return place ? codeOf(known) : null;
    }

    /** The sector of the listed body named right after a role by "of" ("fighters of Hezbollah"), or null. */
    private static String bodySectorAfter(List<Token> tokens, List<Item> items, int k) {
        if (k >= tokens.size() || !tokens.get(k).word().equalsIgnoreCase("of")) {
            return null;
        }
        k++;
        if (k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("the")) {
            k++;
        }
        Item it = itemAt(items, k);
        return it != null && it.from() == k && it.known() instanceof OrgName on ? on.organisation().actorSector() : null;
    }

    /**
     * The state of the person a possessive pronoun right before a role points to ("His supporters"): the one
     * last named before it, in its sentence or the one before, where a country is known for them; else null.
     */
    private static String ownersState(Map<String, Draft> drafts, Sentence s, List<Token> tokens, Item role) {
        int k = role.from() - 1;
        while (k >= 0 && MODIFIERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k < 0 || !Set.of("his", "her").contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Draft last = Words.lastPersonBefore(drafts, s, tokens.get(k).start());
        return last == null || last.code == null || Lexicon.NON_STATE.contains(last.code) ? null : last.code;
    }

    /** A person's draft and the one of its mentions that names them somewhere. */
    private record Named(Draft draft, Mention mention) {
    }

    /**
     * The head of a state or government one of whose mentions ends at token {@code k} of the sentence, with
     * that mention: the person a government is named after. Null where none.
     */
    private static Named leaderEndingAt(Map<String, Draft> drafts, Sentence s, int k) {
        int end = s.tokens().get(k).end();
        for (Draft d : drafts.values()) {
            if (d.kind != Actor.Kind.PERSON || !d.head || !"GOV".equals(d.sector) || d.code == null
                    || Lexicon.NON_STATE.contains(d.code)) {
                continue;
            }
            for (Mention m : d.mentions) {
                if (m.field().equals(s.field()) && m.end() == end) {
                    return new Named(d, m);
                }
            }
        }
        return null;
    }

    /** "the Queen", "the Prime Minister": a head's office after "the", capitalised as a title, singular. */
    private static boolean headOfTheState(List<Token> tokens, Item role) {
        String office = role.role().office() != null ? role.role().office() : role.role().term();
        return role.role().kind() == RoleKind.PERSON && HEAD_OFFICES.contains(office.toLowerCase(Locale.ROOT))
                && role.from() > 0 && tokens.get(role.from() - 1).word().equalsIgnoreCase("the")
                && tokens.get(role.from()).isCapitalised() && !plural(tokens, role);
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
        return people.person(drafts, holders.get(0).name(), null, day);
    }

    private String groupName(String code, String sector) {
        return groupName(lexicon, code, sector);
    }

    /** The name of a state's group of one sector ("China government", "Nigeria police"). */
    static String groupName(Lexicon lexicon, String code, String sector) {
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
}
