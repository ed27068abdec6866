package dev.dyad.actors;

import static dev.dyad.actors.Words.REGION_NOUNS;
import static dev.dyad.actors.Words.personRunEnd;

import dev.dyad.actors.Item.Kind;
import dev.dyad.actors.Lexicon.Capital;
import dev.dyad.actors.Lexicon.ContextualName;
import dev.dyad.actors.Lexicon.Country;
import dev.dyad.actors.Lexicon.CountryAdjective;
import dev.dyad.actors.Lexicon.CountryName;
import dev.dyad.actors.Lexicon.Known;
import dev.dyad.actors.Lexicon.OrgName;
import dev.dyad.actors.Lexicon.PeopleName;
import dev.dyad.actors.Lexicon.PersonName;
import dev.dyad.actors.Lexicon.PlaceName;
import dev.dyad.actors.Lexicon.Role;
import dev.dyad.actors.Lexicon.RoleKind;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the items of each sentence: names the lexicon knows (countries, capitals, organisations,
 * peoples, people), persons and organisations the tagger marks, cities and regions, and role nouns.
 * An item is the longest such span at its token; items never overlap.
 */
final class SentenceItems implements ResolverPass {
    /** Sectors of the bodies whose role noun, before another noun, is that noun's modifier ("farm reform"). */
    private static final Set<String> MODIFYING_TRADES = Set.of("BUS", "AGR");
    /** The words after which a tagged name goes on to say whose or where a body is ("Court for the ...", "Union of Texas"). */
    private static final Set<String> QUALIFIERS = Set.of("of", "for");
    /** The words after which a body's name says what it is for ("Committee on Foreign Relations"). */
    private static final Set<String> NAME_LINKS = Set.of("of", "for", "on");
    /** Words after which an apposition saying what a body is has said it ("a German charity that ..."). */
    private static final Set<String> APPOSITION_ENDS = Set.of("that", "which", "whose");
    /** Sectors of the kinds of body an apposition says a one-word name is: bodies no state runs. */
    private static final Set<String> NAMED_BODIES = Set.of("BUS", "JRN", "SOC", "EDU", "MED", "REL");
    /** Small words inside a body's name after its head ("Ministry of Agriculture and Rural Development"). */
    private static final Set<String> NAME_JOINS = Set.of("and", "the", "&");
    /** The tagger's classes of words that end a body's name. */
    private static final Set<String> NOT_IN_NAMES = Set.of("PERSON", "LOCATION");
    /** Sectors of public offices, whose holders' "office" is their staff ("the sheriff's office"). */
    private static final Set<String> OFFICE_SECTORS = Set.of("GOV", "COP", "JUD");
    /** Tags of a verb's bare and finite forms, which no role noun has. */
    private static final Set<String> FINITE_OR_BARE_VERB = Set.of("VB", "VBP", "VBZ", "VBD");
    /** The names of the days and months, which end a body's name too ("the Supreme Court on Monday"). */
    private static final Set<String> CALENDAR = Stream.concat(
            Arrays.stream(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
            Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))).collect(Collectors.toSet());
    private static final Set<String> OPENING = Set.of("(", "-LRB-", "[", "-LSB-");
    private static final Set<String> CLOSING = Set.of(")", "-RRB-", "]", "-RSB-");
    /** The sectors of universities, research institutes and their hospitals. */
    private static final Set<String> ACADEMIC = Set.of("EDU", "MED");
    /** Tags a one-word company's name may carry when the tagger missed it or took it for a person or place. */
    private static final Set<String> UNTAGGED_OR_MISREAD = Set.of("O", "PERSON", "MISC", "LOCATION", "CITY");
    /** Nouns of the press that name a news outlet's kind after its name ("the Independent newspaper"). */
    private static final Set<String> OUTLETS = Set.of("newspaper", "tabloid", "magazine", "news agency", "broadcaster");
    /** The tagger's classes of a body's name it missed after an office ("the chief economist at Flexport"). */
    private static final Set<String> MISSED_BODY = Set.of("O", "MISC", "LOCATION", "CITY");
    private final Lexicon lexicon;
    private final Places places;

    SentenceItems(Lexicon lexicon, Places places) {
        this.lexicon = lexicon;
        this.places = places;
    }

    @Override
    public void run(Resolution r) {
        for (Sentence s : r.sentences) {
            r.items.add(findItems(r.article, s, r.day));
        }
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
                int after = endIndex.get(m.get().end()) + 1;
                if (!the || i + 1 < tokens.size() && places.of(s.span(i, i + 1)) != null
                        || after < tokens.size() && tokens.get(after).isCapitalised() && tokens.get(after).pos().startsWith("NNP")) {
                    m = Optional.empty(); // nor is "the South China Sea" the South
                }
            }
            int givenName = m.isPresent() ? givenNameOfPlace(s, text, endIndex, i, endIndex.get(m.get().end()), m.get().value()) : -1;
            if (givenName > i) {
                // "Jordan Wells, the state party chairman", "Georgia Fields, a spokeswoman": a place's one-word
                // name before a person's name is a given name
                int to = givenName;
                found.add(new Item(s.index(), i, to, Kind.PERSON_NAME, null, null));
                i = to + 1;
                continue;
            }
            if (m.isPresent() && m.get().value() instanceof PersonName pn && pn.whole()
                    && personRunEnd(tokens, i) > endIndex.get(m.get().end())) {
                // one of the dictionaries' names that starts a longer one ("Mohammed Ali" of "Mohammed Ali
                // Jinnah"): someone else, whom the name as written stands for
                m = Optional.empty();
            }
            if (m.isPresent() && m.get().value() instanceof PersonName && t.isCapitalised()
                    && endIndex.get(m.get().end()) + 1 < tokens.size()
                    && Words.GENERATIONS.contains(tokens.get(endIndex.get(m.get().end()) + 1).word())) {
                // "Donald Trump Jr.", "Cyrus Vance Jr.": the son, whom the name as written stands for
                int to = endIndex.get(m.get().end()) + 1;
                found.add(new Item(s.index(), i, to, Kind.PERSON_NAME, null, null));
                i = to + 1;
                continue;
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
                boolean listedBody = m.get().value() instanceof OrgName on && nerEnd == to
                        && !"BUS".equals(on.organisation().actorSector());
                // the tagger's person over exactly a listed body's name ("Boko Haram") is the body; a company is
                // often its founder's name ("Ralph Lauren"), where the tagger is believed
                if (nerEnd >= to && to > i && tokens.get(i).ner().equals("PERSON") && !(m.get().value() instanceof PersonName)
                        && !listedBody) {
                    found.add(new Item(s.index(), i, nerEnd, Kind.PERSON_NAME, null, null));
                    i = nerEnd + 1;
                    continue;
                }
                if (m.get().value() instanceof OrgName) {
                    // a listed name with its legal form written after it ("SoftBank Group Corp", "Reliance
                    // Industries Limited"): the same organisation, the form part of its mention
                    while (to + 1 < tokens.size() && OrganisationNames.companySuffix(tokens.get(to + 1).word())
                            && (tokens.get(to + 1).isCapitalised() || tokens.get(to + 1).word().equals("plc"))) {
                        to++;
                    }
                }
                int orgEnd = to;
                while (orgEnd + 1 < tokens.size() && tokens.get(orgEnd + 1).ner().equals("ORGANIZATION")
                        && !Words.isHonorific(tokens.get(orgEnd + 1).word())) {
                    orgEnd++;
                }
                while (orgEnd > to && !tokens.get(orgEnd).isCapitalised()) {
                    orgEnd--;
                }
                if (orgEnd == to && m.get().value() instanceof OrgName && to + 1 < tokens.size()
                        && QUALIFIERS.contains(tokens.get(to + 1).word()) && namesBody(tokens.get(to).word())) {
                    // the tagger marks no longer name, or marks the listed one as a place: the name goes on as
                    // the words after "of" or "for" say ("the United States District Court for the Eastern
                    // District of Pennsylvania")
                    orgEnd = nameGoesOn(tokens, to);
                }
                if (orgEnd > to && m.get().value() instanceof OrgName on && (tokens.get(to).ner().equals("ORGANIZATION")
                        || QUALIFIERS.contains(tokens.get(to + 1).word()))) {
                    if (namesBody(OrganisationNames.head(s.span(to + 1, orgEnd).toLowerCase(Locale.ROOT)))) {
                        // a known name that starts a longer body's name the tagger marks ("The Independent" of
                        // "The Independent National Electoral Commission"): the longer body
                        int orgFrom = tokens.get(i).word().equalsIgnoreCase("the") ? i + 1 : i;
                        Optional<PhraseIndex.Match<Known>> whole = orgFrom > i
                                ? lexicon.names().longestAt(text, tokens.get(orgFrom).start(), endIndex::containsKey)
                                : Optional.empty();
                        if (whole.isPresent() && whole.get().value() instanceof OrgName
                                && endIndex.get(whole.get().end()) == orgEnd) {
                            // the longer body is listed too: the list's
                            found.add(new Item(s.index(), orgFrom, orgEnd, Kind.KNOWN, asOf(whole.get().value(), day), null));
                            i = orgEnd + 1;
                            continue;
                        }
                        found.add(new Item(s.index(), orgFrom, orgEnd, Kind.ORG_NAME, null, null));
                        i = orgEnd + 1;
                        continue;
                    }
                    if ("BUS".equals(on.organisation().actorSector()) && i == to) {
                        // a company's one-word name that starts a longer name the tagger marks ("Disney
                        // Channel", "Samsung Electronics"): the company's, under the longer name
                        to = orgEnd;
                    } else if (academic(on.organisation())) {
                        // a university's or institute's name that starts a longer name the tagger marks ("Max
                        // Planck Institute for Astrophysics", "Tufts University's Feinstein International
                        // Center"): one of its parts, under the longer name; but where the rest names a place
                        // of another country ("American University of Paris"), another body, named in full
                        Country elsewhere = placeIn(text, tokens, to + 1, orgEnd, endIndex);
                        if (elsewhere != null && !elsewhere.actorCode().equals(Words.codeOf(on))) {
                            int orgFrom = tokens.get(i).word().equalsIgnoreCase("the") ? i + 1 : i;
                            found.add(new Item(s.index(), orgFrom, orgEnd, Kind.ORG_NAME, null, null));
                            i = orgEnd + 1;
                            continue;
                        }
                        to = orgEnd;
                    } else if (QUALIFIERS.contains(tokens.get(to + 1).word())) {
                        // a listed body's name that the tagger's name goes on after "of" or "for" ("the U.S.
                        // District Court for the Southern District of New York", "the American Civil Liberties
                        // Union of Texas"): its branch, under the longer name; where the rest names a place of
                        // another country, another body, named in full
                        Country elsewhere = placeIn(text, tokens, to + 2, orgEnd, endIndex);
                        if (elsewhere != null && !elsewhere.actorCode().equals(Words.codeOf(on))
                                && !Lexicon.NON_STATE.contains(Words.codeOf(on))) {
                            int orgFrom = tokens.get(i).word().equalsIgnoreCase("the") ? i + 1 : i;
                            found.add(new Item(s.index(), orgFrom, orgEnd, Kind.ORG_NAME, null, null));
                            i = orgEnd + 1;
                            continue;
                        }
                        to = orgEnd;
                    }
                }
                found.add(new Item(s.index(), i, to, Kind.KNOWN, asOf(m.get().value(), day), null));
                i = to + 1;
                continue;
            }
            Optional<Lexicon.Organisation> agency = lexicon.agencyCredit(t.word());
            if (agency.isPresent() && isCredit(tokens, i)) {
                // "NEW DELHI (PTI) -", "... the official said. PTI": a news agency's credit
                found.add(new Item(s.index(), i, i, Kind.KNOWN, new Lexicon.OrgName(agency.get()), null));
                i++;
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
                Country c = places.of(s.span(i, to));
                if (c == null && to > i && endsRegionName(tokens, to)) {
                    // "Kano State" tagged as one place, where no body's name goes on after it ("Indiana State Police")
                    Optional<Country> region = lexicon.region(s.span(i, to - 1));
                    c = region.orElse(null);
                }
                if (c != null) {
                    found.add(new Item(s.index(), i, to, Kind.KNOWN, new PlaceName(lexicon.asOf(c, day)), null));
                    i = to + 1;
                    continue;
                }
            }
            if (t.isCapitalised() && t.pos().startsWith("NNP") && i + 1 < tokens.size() && endsRegionName(tokens, i + 1)) {
                // "Sindh province", "Kano State", where the tagger leaves the name untagged (not "Indiana State
                // Police": a body's name)
                Optional<Country> c = lexicon.region(t.word());
                if (c.isPresent()) {
                    found.add(new Item(s.index(), i, i, Kind.KNOWN, new PlaceName(lexicon.asOf(c.get(), day)), null));
                    i++;
                    continue;
                }
            }
            if (t.word().endsWith("-based") && t.word().length() > 7 && t.isCapitalised()) {
                // "the Beirut-based newspaper": the place the body is based in
                Country c = places.named(t.word().substring(0, t.word().length() - 6));
                if (c != null) {
                    found.add(new Item(s.index(), i, i, Kind.KNOWN, new PlaceName(lexicon.asOf(c, day)), null));
                    i++;
                    continue;
                }
            }
            if (t.isCapitalised() && t.pos().startsWith("NNP") && MISSED_BODY.contains(t.ner()) && heldAt(found, tokens, i)) {
                // "Phil Levy, the chief economist at Flexport": a name the tagger missed or took for a place no
                // one knows, where an office any body has is held
                int to = i;
                while (to + 1 < tokens.size() && tokens.get(to + 1).isCapitalised() && tokens.get(to + 1).pos().startsWith("NNP")
                        && tokens.get(to + 1).ner().equals(t.ner())) {
                    to++;
                }
                found.add(new Item(s.index(), i, to, Kind.ORG_NAME, null, null));
                i = to + 1;
                continue;
            }
            // the name's first word as the tagger may take it: a proper noun, or an adjective after "the" ("the
            // Independent newspaper")
            boolean named = t.pos().startsWith("NNP") || t.pos().startsWith("JJ") && i > 0
                    && tokens.get(i - 1).word().equalsIgnoreCase("the");
            int media = t.isCapitalised() && named && UNTAGGED_OR_MISREAD.contains(t.ner())
                    && !Words.DETERMINERS.contains(t.word().toLowerCase(Locale.ROOT))
                    && (i == 0 || !tokens.get(i - 1).pos().startsWith("NNP")
                    || Words.DETERMINERS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)))
                    ? mediaNamed(text, tokens, i, endIndex) : -1;
            if (media >= 0) {
                // "the Independent newspaper", "The Nation newspaper": a name the tagger missed, which the noun
                // of a news outlet after it says is one
                found.add(new Item(s.index(), i, media, Kind.ORG_NAME, null, null));
                i = media + 1;
                continue;
            }
            if (t.isCapitalised() && t.pos().startsWith("NNP") && UNTAGGED_OR_MISREAD.contains(t.ner())
                    && (i == 0 || !tokens.get(i - 1).ner().equals(t.ner()) || t.ner().equals("O"))
                    && companyApposition(tokens, i)) {
                // "Burisma, the Ukrainian energy company,": a one-word name the tagger missed or took for a
                // person's, which its apposition says is a company's
                found.add(new Item(s.index(), i, i, Kind.ORG_NAME, null, null));
                i++;
                continue;
            }
            if (t.ner().equals("PERSON") && !Words.isHonorific(t.word())) {
                int to = personRunEnd(tokens, i);
                Optional<Country> region = to > i ? lexicon.region(s.span(i, to)) : Optional.empty();
                if (region.isPresent()) {
                    // "Madhya Pradesh", "Khyber Pakhtunkhwa" taken for a person's name: a region of several words
                    found.add(new Item(s.index(), i, to, Kind.KNOWN, new PlaceName(lexicon.asOf(region.get(), day)), null));
                    i = to + 1;
                    continue;
                }
                Country town = to + 1 < tokens.size() && localBodyAfter(text, tokens, to + 1, endIndex) ? places.town(s.span(i, to)) : null;
                if (town != null) {
                    // "Clifton police": a town the tagger took for a person, before its police
                    found.add(new Item(s.index(), i, to, Kind.KNOWN, new PlaceName(lexicon.asOf(town, day)), null));
                    i = to + 1;
                    continue;
                }
                // a title the tagger took into the name ("General Mark Milley") is a title
                Optional<PhraseIndex.Match<Role>> title = lexicon.roles().longestAt(text, t.start(), endIndex::containsKey);
                if (title.isPresent() && title.get().value().own() && endIndex.get(title.get().end()) == to
                        && title.get().value().kind() == RoleKind.PERSON) {
                    // a title the tagger took for a whole name ("Prince steps back"): a title, with no name
                    found.add(new Item(s.index(), i, to, Kind.ROLE, null, title.get().value()));
                    i = to + 1;
                    continue;
                }
                if (title.isPresent() && title.get().value().own() && endIndex.get(title.get().end()) < to) {
                    int roleEnd = endIndex.get(title.get().end());
                    found.add(new Item(s.index(), i, roleEnd, Kind.ROLE, null, title.get().value()));
                    i = roleEnd + 1;
                    continue;
                }
                // "Sea-Watch, a German charity that runs rescue boats,": a name its apposition says is a body's
                found.add(new Item(s.index(), i, to, to > i && companyApposition(tokens, to) ? Kind.ORG_NAME
                        : Kind.PERSON_NAME, null, null));
                i = to + 1;
                continue;
            }
            if (t.ner().equals("ORGANIZATION") && !Words.isHonorific(t.word())) {
                int to = i;
                while (to + 1 < tokens.size() && tokens.get(to + 1).ner().equals("ORGANIZATION")
                        && !Words.isHonorific(tokens.get(to + 1).word())) {
                    to++; // not into a name's "Rt. Hon." after the body ("the House of Representatives Rt. Hon. ...")
                }
                Item before = found.isEmpty() ? null : found.get(found.size() - 1);
                boolean titled = before != null && before.kind() == Kind.ROLE && before.to() == i - 1
                        && before.role().kind() == RoleKind.PERSON && t.isCapitalised();
                Optional<Lexicon.Organisation> company = titled ? Optional.empty() : lexicon.companyByShortName(s.span(i, to));
                if (company.isPresent()) {
                    // "Apple", "Ford": a listed company named without its legal form, where the tagger marks the
                    // name as an organisation's
                    found.add(new Item(s.index(), i, to, Kind.KNOWN, new Lexicon.OrgName(company.get()), null));
                    i = to + 1;
                    continue;
                }
                if (!titled && namesBody(tokens.get(to).word())) {
                    to = nameGoesOn(tokens, to);
                }
                // "Vice-President Moody Awori" tagged as an organisation: a person's title makes it a person
                found.add(new Item(s.index(), i, to, titled ? Kind.PERSON_NAME : Kind.ORG_NAME, null, null));
                i = to + 1;
                continue;
            }
            if (OrganisationNames.POLICE_INITIALS.matcher(t.word()).matches()) {
                // "the NYPD", "LAPD officers": a city police department's initials, which the tagger often leaves
                found.add(new Item(s.index(), i, i, Kind.ORG_NAME, null, null));
                i++;
                continue;
            }
            if (t.isCapitalised() && t.pos().startsWith("NNP") && namesBody(t.word())
                    && (i == 0 || !tokens.get(i - 1).isCapitalised()) && nameGoesOn(tokens, i) > i) {
                // "the Department of Agricultural Extension" the tagger left untagged: a body's head word, capitalised
                // as names are, and the capitalised words after "of" or "for" that say what it is for
                int to = nameGoesOn(tokens, i);
                found.add(new Item(s.index(), i, to, Kind.ORG_NAME, null, null));
                i = to + 1;
                continue;
            }
            int untaggedBody = untaggedBodyEnd(tokens, i);
            if (untaggedBody > i) {
                // "The Law Society of Kenya said": capitalised words the tagger marks nothing in, after "the",
                // ending with the head word of a civic or public body's name, are that body's name
                found.add(new Item(s.index(), i, untaggedBody, Kind.ORG_NAME, null, null));
                i = untaggedBody + 1;
                continue;
            }
            Optional<PhraseIndex.Match<Role>> r = lexicon.roles().longestAt(text, t.start(), endIndex::containsKey);
            if (r.isPresent() && !r.get().value().own()) {
                int within = ownRoleWithin(text, tokens, i + 1, endIndex.get(r.get().end()), endIndex);
                if (within >= 0) {
                    // dyad's own roles win over the dictionary's: "security forces" is read as dyad's "forces";
                    // "President of the Senate" as "President" and "the Senate"
                    r = lexicon.roles().longestAt(text, t.start(), e -> endIndex.containsKey(e) && endIndex.get(e) < within)
                            .filter(x -> x.value().own() && x.value().kind() == RoleKind.PERSON);
                }
            }
            if (r.isPresent() && modifiesNoun(text, tokens, r.get().value(), endIndex.get(r.get().end()), endIndex)) {
                r = Optional.empty(); // "the farm reform", "a hotel room": a body's noun modifying another
            }
            if (r.isPresent() && endIndex.get(r.get().end()) == i && FINITE_OR_BARE_VERB.contains(t.pos())) {
                r = Optional.empty(); // "sought to convict Ann Lowe", "they host the talks": a verb, not a role noun
            }
            if (r.isPresent()) {
                int to = endIndex.get(r.get().end());
                Role role = r.get().value();
                if (role.kind() == RoleKind.PERSON && role.sector() != null
                        && (role.office() != null || OFFICE_SECTORS.contains(role.sector())) && to + 2 < tokens.size()
                        && Words.isPossessive(tokens.get(to + 1).word()) && tokens.get(to + 2).word().equals("office")) {
                    // "the governor's office", "the prime minister's office", "the county sheriff's office": the
                    // office holder's staff, a body of the holder's sector (a doctor's office is a room)
                    role = new Role(role.term() + "'s office", role.sector(), null, RoleKind.BODY, role.dictionary());
                    to += 2;
                }
                found.add(new Item(s.index(), i, to, Kind.ROLE, null, role));
                i = to + 1;
                continue;
            }
            int hyphen = t.word().lastIndexOf('-');
            if (hyphen > 0 && hyphen < t.word().length() - 1) {
                // "vice-premier", "ex-minister": the role after the hyphen
                List<Role> tail = lexicon.roles().lookup(t.word().substring(hyphen + 1));
                if (tail.isEmpty() && t.word().toLowerCase(Locale.ROOT).endsWith("-elect")) {
                    // "governor-elect", "president-elect": the office about to be held
                    tail = lexicon.roles().lookup(t.word().substring(0, hyphen));
                }
                if (!tail.isEmpty()) {
                    found.add(new Item(s.index(), i, i, Kind.ROLE, null, tail.get(0)));
                }
            }
            i++;
        }
        return found;
    }

    /**
     * The last token of a body's name the tagger marked nothing in, from {@code i}, or -1: after "the", two or
     * more capitalised words whose last is the head word of a civic body's name ("Society", "Foundation",
     * "Institute") or of a public body's ("Commission", "Council"), and the place's or body's name after "of"
     * ("the Law Society of Kenya"). A title-case heading's words ("Best Business Schools") are left.
     */
    private int untaggedBodyEnd(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i - 1).word().equalsIgnoreCase("the") || !untaggedName(tokens.get(i))) {
            return -1;
        }
        int last = i;
        while (last + 1 < tokens.size() && untaggedName(tokens.get(last + 1))) {
            last++;
        }
        String head = tokens.get(last).word().toLowerCase(Locale.ROOT);
        if (last == i || !lexicon.ngoHead(head) && lexicon.stateBodySector(head).isEmpty()) {
            return -1;
        }
        if (last + 2 < tokens.size() && tokens.get(last + 1).word().equals("of") && tokens.get(last + 2).isCapitalised()
                && tokens.get(last + 2).pos().startsWith("NNP") && !tokens.get(last + 2).ner().equals("PERSON")) {
            last += 2;
            while (last + 1 < tokens.size() && tokens.get(last + 1).isCapitalised() && tokens.get(last + 1).pos().startsWith("NNP")
                    && !tokens.get(last + 1).ner().equals("PERSON")) {
                last++;
            }
        }
        return last;
    }

    /** A capitalised proper noun the tagger marks as no name of any kind. */
    private static boolean untaggedName(Token t) {
        return t.isCapitalised() && t.pos().startsWith("NNP") && (t.ner().equals("O") || t.ner().equals("MISC"));
    }

    /**
     * True where the role noun of a business or farm ending at {@code to} stands before a lower-case common noun
     * that starts no role and names no time ("farm reform", "hotel room", "company shares"): a modifier of that
     * noun, no body. A state's bodies stay actors so ("army bulldozers", "government today").
     */
    private boolean modifiesNoun(String text, List<Token> tokens, Role role, int to, Map<Integer, Integer> endIndex) {
        if (role.kind() != RoleKind.BODY || !MODIFYING_TRADES.contains(String.valueOf(role.sector())) || to + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(to + 1);
        return next.pos().startsWith("NN") && !next.pos().startsWith("NNP") && !next.isCapitalised()
                && !next.ner().equals("DATE") && !next.ner().equals("TIME")
                && lexicon.roles().longestAt(text, next.start(), endIndex::containsKey).isEmpty();
    }

    /** The first token from {@code from} to {@code to} where one of dyad's own roles starts, or -1. */
    private int ownRoleWithin(String text, List<Token> tokens, int from, int to, Map<Integer, Integer> endIndex) {
        for (int j = from; j <= to && j < tokens.size(); j++) {
            Optional<PhraseIndex.Match<Role>> r = lexicon.roles().longestAt(text, tokens.get(j).start(), endIndex::containsKey);
            if (r.isPresent() && r.get().value().own()) {
                return j;
            }
        }
        return -1;
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

    /**
     * The last token of a person's name that starts with the one-word place or country name at {@code i} (to
     * {@code to}), or -1: where the words after it are a name the tagger takes for a person's ("Jordan Wells",
     * tagged so), or a name whose apposition is a person's role ("Georgia Fields, a spokeswoman for the
     * campaign,", where the tagger takes both words for a place or a body), and no "'s" or preposition makes it
     * the place ("in Georgia Fields said"). The run after it may name no place or body the lists know.
     */
    private int givenNameOfPlace(Sentence s, String text, Map<Integer, Integer> endIndex, int i, int to, Known known) {
        List<Token> tokens = s.tokens();
        if (to != i || i + 1 >= tokens.size() || !tokens.get(i).isCapitalised()
                || !(known instanceof CountryName || known instanceof PlaceName || known instanceof Capital)
                || tokens.get(i).ner().equals("PERSON")
                || i > 0 && (tokens.get(i - 1).pos().equals("IN") || tokens.get(i - 1).pos().equals("TO"))) {
            return -1;
        }
        int end = i;
        while (end + 1 < tokens.size() && end - i < 3 && tokens.get(end + 1).isCapitalised()
                && tokens.get(end + 1).pos().startsWith("NNP") && !Words.isHonorific(tokens.get(end + 1).word())
                && lexicon.names().longestAt(text, tokens.get(end + 1).start(), endIndex::containsKey).isEmpty()) {
            end++;
        }
        if (end == i) {
            return -1;
        }
        if (tokens.get(i + 1).ner().equals("PERSON")) {
            return Math.max(end, personRunEnd(tokens, i + 1));
        }
        if (end + 1 < tokens.size() && tokens.get(end + 1).word().equals(",")) {
            for (int j = end + 2; j < tokens.size() && j <= end + 8; j++) {
                Token w = tokens.get(j);
                if (w.word().equals(",") || w.pos().startsWith("VB")) {
                    break;
                }
                Optional<PhraseIndex.Match<Role>> role = w.isCapitalised() ? Optional.empty()
                        : lexicon.roles().longestAt(text, w.start(), endIndex::containsKey);
                if (role.isPresent() && role.get().value().kind() == RoleKind.PERSON) {
                    return end;
                }
            }
        }
        return -1;
    }

    private static boolean isLocation(String ner) {
        return ner.equals("LOCATION") || ner.equals("CITY") || ner.equals("STATE_OR_PROVINCE");
    }

    /** True for a university, a research institute or a hospital: a body whose parts bear its name. */
    private static boolean academic(Lexicon.Organisation o) {
        return o.actorSector() != null && ACADEMIC.contains(o.actorSector());
    }

    /** The country of the first place or country named between tokens {@code from} and {@code to}, or null. */
    private Country placeIn(String text, List<Token> tokens, int from, int to, Map<Integer, Integer> endIndex) {
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (!t.isCapitalised()) {
                continue;
            }
            Optional<PhraseIndex.Match<Known>> m = lexicon.names().longestAt(text, t.start(), endIndex::containsKey);
            if (m.isPresent()) {
                Country c = Words.placeOf(m.get().value());
                if (c != null) {
                    return c;
                }
            }
            Country c = places.of(t.word());
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * True where the word at {@code i} stands as an agency's credit: in brackets, or the only word of its
     * sentence but for punctuation ("PTI", "-- IANS").
     */
    static boolean isCredit(List<Token> tokens, int i) {
        boolean opened = i > 0 && OPENING.contains(tokens.get(i - 1).word());
        boolean closed = i + 1 < tokens.size() && CLOSING.contains(tokens.get(i + 1).word());
        if (opened && closed) {
            return true;
        }
        for (Token t : tokens) {
            if (t.index() != i && t.word().chars().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a body's name the tagger cut short after its head word ends: past "on", "of" or "for" and the
     * capitalised words after it, with "and" or "the" between them ("the Senate Committee on Foreign
     * Relations", "the Department of Agricultural Extension"); {@code to} itself where no such words follow.
     */
    private static int nameGoesOn(List<Token> tokens, int to) {
        if (to + 2 >= tokens.size() || !NAME_LINKS.contains(tokens.get(to + 1).word())) {
            return to;
        }
        int end = to;
        boolean place = false; // within a place's name after "of" ("... District of New York")
        for (int k = to + 2; k < tokens.size(); k++) {
            Token w = tokens.get(k);
            String before = tokens.get(k - 1).word();
            boolean placeAfterOf = w.ner().equals("LOCATION") && (before.equals("of") || place && end == k - 1);
            if (w.isCapitalised() && w.pos().startsWith("NNP") && !CALENDAR.contains(w.word())
                    && (!NOT_IN_NAMES.contains(w.ner()) || placeAfterOf)) {
                // "the Human Rights Commission of Pakistan", "the United States District Court for the Eastern
                // District of Pennsylvania": a place after "of" ends the name
                end = k;
                place = placeAfterOf;
                if (place && (k + 1 >= tokens.size() || !tokens.get(k + 1).ner().equals("LOCATION"))) {
                    break;
                }
            } else if (w.word().equals("of") && end >= to + 2 && !place && k + 1 < tokens.size()
                    && tokens.get(k + 1).isCapitalised()) {
                continue; // "Eastern District of Pennsylvania"
            } else if (!NAME_JOINS.contains(w.word()) || end < to + 2 && !w.word().equals("the")) {
                break;
            }
        }
        return end;
    }

    /** True for a word that heads a body's name ("Commission", "Council", "Ministry"). */
    private boolean namesBody(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<Role> r = lexicon.roles().lookup(w);
        return !r.isEmpty() && r.get(0).kind() == RoleKind.BODY || lexicon.stateBodySector(w).isPresent()
                || lexicon.ngoHead(w);
    }

    /**
     * True where the token follows an office any body has and "at" or "of" ("chief economist at", "president of
     * the"): where the office is held.
     */
    private static boolean heldAt(List<Item> found, List<Token> tokens, int i) {
        int k = i - 1;
        if (k > 0 && tokens.get(k).word().equalsIgnoreCase("the")) {
            k--;
        }
        if (k < 1 || !Set.of("at", "of").contains(tokens.get(k).word())) {
            return false;
        }
        Item role = found.isEmpty() ? null : found.get(found.size() - 1);
        return role != null && role.kind() == Kind.ROLE && role.to() == k - 1
                && Titles.OFFICES_OF_ANY_BODY.contains(role.role().term());
    }

    /**
     * True where the token at {@code at} is a noun that says the name before it is a region's ("Kano State", "Sindh
     * province") and no body's name goes on after it ("Indiana State Police").
     */
    private static boolean endsRegionName(List<Token> tokens, int at) {
        return REGION_NOUNS.contains(tokens.get(at).word().toLowerCase(Locale.ROOT))
                && (at + 1 >= tokens.size() || !tokens.get(at + 1).isCapitalised());
    }

    /**
     * True where a lower-case role noun of police starts at {@code at} ("police", "police officers"): the body a
     * town has. Not officials: "Obama officials" are a president's, though a town is called Obama.
     */
    private boolean localBodyAfter(String text, List<Token> tokens, int at, Map<Integer, Integer> endIndex) {
        if (tokens.get(at).isCapitalised()) {
            return false;
        }
        Optional<PhraseIndex.Match<Role>> r = lexicon.roles().longestAt(text, tokens.get(at).start(), endIndex::containsKey);
        return r.isPresent() && r.get().value().kind() != RoleKind.PERSON && "COP".equals(r.get().value().sector());
    }

    /**
     * The last token of a run of capitalised proper nouns from {@code from} that a role noun of the press follows
     * right after ("Independent newspaper", "Kyodo news agency"), and no name after that; -1 where none does.
     */
    private int mediaNamed(String text, List<Token> tokens, int from, Map<Integer, Integer> endIndex) {
        int to = from;
        while (to + 1 < tokens.size() && tokens.get(to + 1).isCapitalised() && tokens.get(to + 1).pos().startsWith("NNP")) {
            to++;
        }
        if (to + 1 >= tokens.size() || tokens.get(to + 1).isCapitalised()) {
            return -1;
        }
        Optional<PhraseIndex.Match<Role>> r = lexicon.roles().longestAt(text, tokens.get(to + 1).start(), endIndex::containsKey);
        if (r.isEmpty() || !"JRN".equals(r.get().value().sector()) || !OUTLETS.contains(r.get().value().term())) {
            return -1;
        }
        int after = endIndex.get(r.get().end()) + 1;
        // "State broadcaster CCTV", "Rival newspaper The Sun": the noun is a title of the name after it
        return after < tokens.size() && tokens.get(after).isCapitalised() ? -1 : to;
    }

    /**
     * True when ", the (a) ... company" follows the token: an apposition of a few words ending in a body role
     * of a company, an outlet or another body no state runs ("the Ukrainian energy company", "a ride-hailing
     * startup", "the newspaper", "a German charity that runs rescue boats"), or a clause saying it makes or
     * sells goods ("Kelvara, which makes solar panels"). An apposition with a preposition
     * in it says where a person works ("a partner at the law firm"), not what the name is.
     */
    private boolean companyApposition(List<Token> tokens, int i) {
        int k = i + 1;
        if (Words.sellsGoods(tokens, k) && tokens.get(k + 1).word().equals("which")) {
            return true; // "Kelvara, which makes solar panels": what a business does, and "which", not "who"
        }
        if (k + 2 >= tokens.size() || !tokens.get(k).word().equals(",")
                || !Words.ARTICLES.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = k + 2; j < tokens.size() && j <= k + 6; j++) {
            String w = tokens.get(j).word();
            if (w.equals(",") || w.equals(".") || APPOSITION_ENDS.contains(w.toLowerCase(Locale.ROOT))) {
                if (j == k + 2) {
                    return false;
                }
                String last = tokens.get(j - 1).word().toLowerCase(Locale.ROOT);
                List<Role> r = lexicon.roles().lookup(last);
                return !r.isEmpty() && r.get(0).kind() == RoleKind.BODY && NAMED_BODIES.contains(String.valueOf(r.get(0).sector()));
            }
            if (tokens.get(j).pos().equals("IN")) {
                return false;
            }
        }
        return false;
    }
}
