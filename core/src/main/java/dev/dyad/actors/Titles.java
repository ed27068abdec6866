package dev.dyad.actors;

import static dev.dyad.actors.Words.MODIFIERS;
import static dev.dyad.actors.Words.STATE_SECTORS;
import static dev.dyad.actors.Words.codeOf;
import static dev.dyad.actors.Words.countryOf;
import static dev.dyad.actors.Words.isPossessive;
import static dev.dyad.actors.Words.itemAt;
import static dev.dyad.actors.Words.withHonorific;

import dev.dyad.actors.Item.Kind;
import dev.dyad.actors.Lexicon.CountryAdjective;
import dev.dyad.actors.Lexicon.CountryName;
import dev.dyad.actors.Lexicon.MetonymName;
import dev.dyad.actors.Lexicon.OrgName;
import dev.dyad.actors.Lexicon.PersonName;
import dev.dyad.actors.Lexicon.Role;
import dev.dyad.actors.Lexicon.RoleKind;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the text says of a person around their name: the title before it ("Japanese prime minister Shinzo
 * Abe") and the apposition or "of" after it (", the US ambassador to the Philippines,"). Each consumes the
 * items it reads, so that they stand for no actor of their own.
 */
final class Titles {
    private static final Set<String> POSTINGS = Set.of("to", "in", "at");
    /** An American legislator's party and state as news abbreviates them after the name ("D-Calif.", "R-S.C."). */
    /** Nouns by which news refers back to a body it has named, before a possessive ("the group's director"). */
    static final Set<String> BODIES_REFERRED_TO = Set.of("group", "organization", "organisation", "union",
            "association", "coalition", "network", "foundation", "institute", "charity", "agency", "firm");
    /** Possessive pronouns that say an office is of a body named before ("its chief executive"). */
    static final Set<String> OWNING_PRONOUNS = Set.of("its", "their");
    /** Sectors of people whose trade names a leader of theirs ("farmer leader", "student leader"). */
    private static final Set<String> LED_TRADES = Set.of("AGR", "LAB", "EDU", "BUS", "REL", "MED");
    /** Sectors of armed men besides an army's, whose ranks and commanders are theirs ("rebel commander"). */
    private static final Set<String> ARMED_OTHERWISE = Set.of("COP", "REB");
    /** A person's age in an apposition (", 24,"). */
    /** The words an apposition starts with that say where a person is from ("Jane Doe, 45, of Dayton"). */
    private static final Set<String> ORIGIN = Set.of("from", "of");
    private static final Pattern PARTY_AND_STATE = Pattern.compile("[DRI]-[A-Z][A-Za-z.]{1,7}");
    /**
     * Offices that bodies of every kind have, as the lexicons spell them: held in a named body, they say the
     * body's sector, not a government's. Not "secretary" nor "official": "Energy Secretary", "a Treasury
     * official" are a government's, whatever the tagger makes of the word before.
     */
    static final Set<String> OFFICES_OF_ANY_BODY = Set.of("president", "vice president", "chairman",
            "chairwoman", "chairperson", "chair", "director", "executive director", "head", "chief", "chief executive",
            "chief executive officer", "chief operating officer", "chief financial officer", "ceo", "co-founder",
            "spokesman", "spokeswoman", "spokesperson", "founder", "leader", "member", "economist",
            "chief economist", "analyst", "strategist", "mission chief", "general secretary", "head of", "candidate",
            "official", "officials", "senior official", "commissioner", "boss");

    /** Sectors of armed groups that are not a state's forces: their commanders are of the group's sector. */
    private static final Set<String> ARMED_GROUPS = Set.of("REB", "PRM", "UAF");

    /** Tokens after which a sentence's own words begin: a wire dateline's dash, a colon, an opening quotation mark. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("—", "--", "-", "–", ":", "``", "\"", "“");

    /** The words that put an occupation no list knows at a body: "a driver for Uber", "a partner at Goldman Sachs". */
    static final Set<String> EMPLOYMENT = Set.of("at", "for", "with");

    /**
     * Of the offices that bodies of every kind have, those no state's official is called by: with a country and
     * no body, they still say nothing of a government ("an analyst", "the founder").
     */
    private static final Set<String> NO_OFFICIAL = Set.of("founder", "co-founder", "analyst", "economist",
            "chief economist", "expert", "strategist", "candidate", "head of");

    private final Lexicon lexicon;
    private final OrganisationNames organisationNames;

    Titles(Lexicon lexicon, OrganisationNames organisationNames) {
        this.lexicon = lexicon;
        this.organisationNames = organisationNames;
    }

    /** The office a title right before a name gives ("President" of "President Bush"), or null. */
    static String titleOffice(Sentence s, List<Item> items, Item name) {
        Item before = itemAt(items, withHonorific(s, name.from()) - 1);
        if (before == null || before.kind() != Kind.ROLE || before.role().kind() != RoleKind.PERSON) {
            return null;
        }
        return before.role().office() != null ? before.role().office() : before.role().term();
    }

    /** True for a word of a dateline's place in capitals ("FRANCISCO", "NAIROBI", not "U.S." or "AP"). */
    private static boolean datelineWord(String w) {
        return w.length() > 2 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || c == ',')
                && w.chars().filter(Character::isLetter).count() > 2;
    }

    /**
     * Titles before a name: "Japanese prime minister", "White House press secretary", "late National
     * Defense Commission first vice chairman". Consumes the items it reads.
     */
    Description titleBefore(Sentence s, List<Item> items, Item name, Set<Item> consumed) {
        List<Token> tokens = s.tokens();
        int k = withHonorific(s, name.from()) - 1;
        int comma = -1;
        if (k > 0 && tokens.get(k).word().equals(",") && name.to() + 1 < tokens.size()
                && Set.of(",", ".").contains(tokens.get(name.to() + 1).word())) {
            // "WeWork's founder and former CEO, Adam Neumann, ...": a title set off before the name
            Item before = itemAt(items, k - 1);
            if (before != null && before.kind() == Kind.ROLE && before.role().kind() == RoleKind.PERSON) {
                comma = k--;
            } else if (before != null && isBody(before)) {
                // "The President of the Senate, Bukola Saraki,": an office of a body
                int of = before.from() - 1;
                Item nationality = of > 0 ? itemAt(items, of) : null;
                if (nationality != null && nationality.known() instanceof CountryAdjective) {
                    of = nationality.from() - 1; // "A spokeswoman for the German Foreign Office, Maria Adebahr,"
                }
                if (of > 0 && tokens.get(of).word().equalsIgnoreCase("the")) {
                    of--;
                }
                Item role = of > 0 && (tokens.get(of).word().equals("of") || tokens.get(of).word().equals("for"))
                        ? itemAt(items, of - 1) : null;
                if (role != null && role.kind() == Kind.ROLE && role.role().kind() == RoleKind.PERSON) {
                    comma = k--;
                }
            } else if (officeOfBefore(tokens, items, k)) {
                comma = k--; // "the Governor of Kano State, Abdullahi Ganduje,", "the Minister of Finance, Zainab Ahmed,"
                if (Words.REGION_NOUNS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                    k--; // "the governor of Russia's Belgorod region,": the noun is of the place's name
                }
            }
        }
        int from = -1;
        String code = null;
        String sector = null;
        String office = null;
        List<Item> used = new ArrayList<>();
        List<Item> employers = new ArrayList<>();
        Item body = null;
        int roleEnd = -1;
        int roleStart = -1;
        int skipped = 0;
        // "U.N. human rights chief Volker Turk": "chief" right before the name heads the title as a role would
        int chief = k >= 0 && tokens.get(k).word().equalsIgnoreCase("chief") ? k : -1;
        boolean pastOf = false;
        boolean inBody = false;
        boolean nonState = false;
        String referredBody = null;
        String bodySector = null;
        while (k >= 0) {
            Item it = itemAt(items, k);
            Token t = tokens.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (it != null && it != name) {
                if (it.kind() == Kind.ROLE && pastOf && it.role().kind() == RoleKind.GROUP) {
                    break; // "supporters of former President Ben Bella": a group of the person's, not a title
                }
                if (it.kind() == Kind.ROLE) {
                    if (it.role().kind() == RoleKind.BODY && it.role().sector() != null && roleStart >= 0
                            && it.to() + 1 < roleStart && isPossessive(tokens.get(it.to() + 1).word())
                            && OFFICES_OF_ANY_BODY.contains(s.span(roleStart, roleEnd).toLowerCase(Locale.ROOT))) {
                        sector = it.role().sector(); // "the company's president": an office of the company
                    } else if ((it.role().kind() != RoleKind.PERSON || LED_TRADES.contains(String.valueOf(it.role().sector())))
                            && it.role().sector() != null && roleStart >= 0 && it.to() + 1 == roleStart
                            && OFFICES_OF_ANY_BODY.contains(s.span(roleStart, roleEnd).toLowerCase(Locale.ROOT))) {
                        // "gang leader", "cartel boss", "party leader": of that body; "farmer leader", "student
                        // leader": of those people
                        sector = it.role().sector();
                    }
                    if (office == null && it.role().kind() == RoleKind.PERSON) {
                        office = it.role().office() != null ? it.role().office() : it.role().term();
                    }
                    if (sector == null) {
                        sector = it.role().sector();
                    } else if ("MIL".equals(sector) && ARMED_OTHERWISE.contains(String.valueOf(it.role().sector()))) {
                        // "police Sgt.", "State Police Capt.", "rebel commander": a rank in the police or in rebels
                        sector = it.role().sector();
                    }
                    if (roleEnd < 0) {
                        roleEnd = it.to();
                    }
                    roleStart = it.from();
                } else if (it.kind() == Kind.KNOWN && !(it.known() instanceof PersonName)) {
                    String c = it.known() instanceof OrgName listed && Words.ownedByAnother(items, s, it, listed.organisation())
                            ? null : codeOf(it.known()); // "the German Foreign Office": the adjective says whose
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
                    if (it.known() instanceof OrgName on && on.organisation().actorSector() != null && (sector == null
                            || roleStart >= 0 && OFFICES_OF_ANY_BODY.contains(s.span(roleStart, roleEnd).toLowerCase(Locale.ROOT))
                            || "MIL".equals(sector) && ARMED_GROUPS.contains(on.organisation().actorSector()))) {
                        // "Taliban leader": an office any body has takes the sector of the body that names it; a
                        // military rank in an armed group is the group's ("Islamic State commander": REB)
                        sector = on.organisation().actorSector();
                    }
                    if (it.known() instanceof OrgName on && roleStart < 0 && it.to() + 2 == withHonorific(s, name.from())
                            && isPossessive(tokens.get(it.to() + 1).word())
                            && !STATE_SECTORS.contains(String.valueOf(on.organisation().actorSector()))) {
                        employers.add(it); // "Apple's Tim Cook": the company is an actor of its own too
                    }
                    if (it.known() instanceof OrgName on && roleStart >= 0
                            && !STATE_SECTORS.contains(String.valueOf(on.organisation().actorSector()))) {
                        employers.add(it); // "Commerzbank analyst": the bank is an actor of its own too
                        if (Lexicon.NON_STATE.contains(on.organisation().actorCode()) && it.to() + 1 < name.from()
                                && isPossessive(tokens.get(it.to() + 1).word())
                                && OFFICES_OF_ANY_BODY.contains(s.span(roleStart, roleEnd).toLowerCase(Locale.ROOT))) {
                            // "Amnesty International's Nigeria director": an office of a body of no one state,
                            // the state named after it the posting
                            code = on.organisation().actorCode();
                            nonState = true;
                        }
                    }
                } else if (it.kind() == Kind.ORG_NAME) {
                    // an organisation's name inside a title ("National Defense Commission"): the branch it
                    // names is the office holder's ("House Intelligence Committee Chairman": LEG)
                    String branch = organisationNames.sectorOrStateBody(s.span(it.from(), it.to()).toLowerCase(Locale.ROOT));
                    if (branch != null && STATE_SECTORS.contains(branch)) {
                        sector = branch;
                    } else if (roleStart >= 0 && !inBody) {
                        inBody = true; // "Flexport chief executive": an office of a body of another kind
                        bodySector = branch;
                        body = it;
                    }
                } else {
                    break;
                }
                used.add(it);
                from = it.from();
                k = it.from() - 1;
                continue;
            }
            if (w.equals("-") && k > 0 && datelineWord(tokens.get(k - 1).word())) {
                break; // "SAN FRANCISCO - Apple's Tim Cook": a dateline, then the sentence
            }
            if (t.word().equals("under") && t.pos().equals("IN")) {
                break; // "commerce secretary under President Barack Obama": someone else's office ("Under Secretary" is one)
            }
            pastOf |= w.equals("of");
            if (w.equals("the") && from == k + 1 && k > 0
                    && (tokens.get(k - 1).word().equals("of") || tokens.get(k - 1).word().equals("for"))) {
                k--; // "President of the Senate"
                continue;
            }
            int head = roleStart >= 0 ? roleStart : chief;
            if (head >= 0 && k == head - 1 - skipped && skipped < 2 && !t.isCapitalised()
                    && (t.pos().equals("NN") || t.pos().equals("NNS") || t.pos().equals("JJ"))
                    && k > 0 && tokens.get(k - 1).pos().matches("NN.*|JJ.*")) {
                // "Ukrainian energy company Burisma": words that say what kind of company, between the
                // role and what may say whose it is
                skipped++;
                k--;
                continue;
            }
            if (MODIFIERS.contains(w) || isPossessive(w) || (w.equals("of") || w.equals("for") || w.equals("representing")) && from >= 0
                    || (t.isCapitalised() && t.pos().startsWith("NNP") && !t.ner().equals("PERSON"))) {
                if (isPossessive(w) && k > 0 && itemAt(items, k - 1) == null) {
                    String owner = tokens.get(k - 1).word();
                    if (roleStart >= 0 && refersToBody(tokens, items, k - 1)
                            && OFFICES_OF_ANY_BODY.contains(s.span(roleStart, roleEnd).toLowerCase(Locale.ROOT))) {
                        // "the group's executive director", "the union's president": an office of a body named
                        // before, which the employers' pass finds ("union" alone says a trade union)
                        referredBody = owner;
                        nonState = true;
                        sector = owner.equals("union") ? "LAB" : null;
                    }
                    break;
                }
                if (MODIFIERS.contains(w) && roleStart < 0 && used.isEmpty() && !w.equals("-") && !w.equals("chief")) {
                    // "a resident of Palpur village under Godagari Upazila": no title ends in "under" (a title
                    // may end in "chief": "Shiv Sena chief Uddhav Thackeray")
                    break;
                }
                from = k;
                k--;
                continue;
            }
            break;
        }
        if (referredBody != null && office != null) {
            office = office + " of the " + referredBody;
        }
        if (from < 0 || (code == null && sector == null && office == null)) {
            return Description.NONE;
        }
        String role = roleStart >= 0 ? s.span(roleStart, roleEnd).toLowerCase(Locale.ROOT) : null; // as written
        if (body != null && role != null && OFFICES_OF_ANY_BODY.contains(role)) {
            employers.add(body); // "Flexport chief executive": the company is an actor of its own too
        }
        if (role != null && OFFICES_OF_ANY_BODY.contains(role) && from == roleStart && from > 0 && code == null
                && itemAt(items, from - 1) == null && tokens.get(from - 1).pos().matches("NNS?")
                && !tokens.get(from - 1).isCapitalised()) {
            // "ring leader Carlos Mendoza", "protest leader ...": an office of a body of a kind no list knows, of
            // no sector, not an official's
            sector = null;
            nonState = true;
        }
        boolean pronounOwned = role != null && OFFICES_OF_ANY_BODY.contains(role) && from > 0
                && OWNING_PRONOUNS.contains(tokens.get(from - 1).word().toLowerCase(Locale.ROOT));
        nonState |= pronounOwned; // "Its founder, Maria Delgado,": an office of the body named before, which the employers' pass finds
        // "said her lawyer, Sam Burke,": a trade of someone's, set off before the name, is the name's
        boolean someones = roleStart >= 0 && from > 0 && tokens.get(from - 1).pos().equals("PRP$");
        if (comma >= 0 && !owned(tokens, used, from, comma) && !pronounOwned && !(sector != null && (opensSentence(tokens, from)
                || someones || roleStart >= 0 && portfolio(s.span(roleStart, roleEnd))))) {
            // "the man who kidnapped the child, Michael Webb,": a title says whose office; but a sentence may open
            // with a role of its own sector set off before the name ("A federal judge, Paula Xinis, ordered"), and
            // an office named with its portfolio is one ("the Minister of Finance, Zainab Ahmed,")
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
        while (from < name.from() && (tokens.get(from).word().equals("of") || isPossessive(tokens.get(from).word())
                || tokens.get(from).word().chars().noneMatch(Character::isLetterOrDigit))) {
            from++; // nor with a dash ("(Reuters) - Vice Premier Liu He")
        }
        for (Item u : used) {
            if (!employers.contains(u)) {
                consumed.add(u);
            }
        }
        if (roleStart < 0 && office == null && code != null) {
            // a formal title of capitalised words after the country ("US Trade Representative")
            int titleFrom = informative;
            Item first = itemAt(items, titleFrom);
            if (first != null) {
                titleFrom = first.to() + 1;
            }
            int titleTo = withHonorific(s, name.from()) - 1;
            while (titleFrom <= titleTo && isPossessive(tokens.get(titleFrom).word())) {
                titleFrom++; // "Apple's Tim Cook": whose, no title
            }
            if (titleFrom <= titleTo) {
                office = s.span(titleFrom, titleTo);
            }
        }
        if (roleStart >= 0) {
            if (office != null && !role.equals(office) && role.length() > office.length()) {
                office = role;
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
        if (role != null && OFFICES_OF_ANY_BODY.contains(role) && partyBefore(tokens, roleStart)) {
            sector = "PTY"; // "Conservative leader Andrew Scheer", "Liberal Democrat leader Jo Swinson": a party's
        }
        if (inBody && role != null && OFFICES_OF_ANY_BODY.contains(role)) {
            sector = heldSector(bodySector, sector);
            return new Description(code, sector, office, from, name.to(), sector == null);
        }
        if (roleStart >= 0 && formerly(tokens, from, roleStart)) {
            sector = formerSector(sector);
        }
        if (shadow(tokens, roleStart)) {
            sector = "OPP"; // "shadow chancellor John McDonnell": the opposition's spokesman for the office
        }
        if (sector == null && roleStart == roleEnd && from == roleStart && tokens.get(roleStart).word().equals("Officer")
                && (roleStart == 0 || !tokens.get(roleStart - 1).isCapitalised())) {
            sector = "COP"; // "Officer Stacy Chiarolanza": a police officer's rank as news styles it
        }
        return new Description(code, sector, office, from, name.to(),
                sector == null && (nonState || role != null && NO_OFFICIAL.contains(role)));
    }

    /**
     * True where the capitalised words right before a role name a party without "Party" ("Conservative",
     * "Liberal Democrat", "Republican"), as the lists' parties' names give them.
     */
    private boolean partyBefore(List<Token> tokens, int roleStart) {
        int from = roleStart;
        while (from > 0 && from > roleStart - 4 && tokens.get(from - 1).isCapitalised()) {
            from--;
        }
        if (from == roleStart || from > 0 && tokens.get(from - 1).isCapitalised()) {
            return false; // all the capitalised words before the role, or none: "Farm League President" is no party's
        }
        StringBuilder words = new StringBuilder();
        for (int k = from; k < roleStart; k++) {
            words.append(k > from ? " " : "").append(tokens.get(k).word().toLowerCase(Locale.ROOT));
        }
        return lexicon.partyName(words.toString());
    }

    /**
     * The sector of an office that bodies of every kind have, held in a body that is not a state's: the body's
     * where known, else the office's own unless that is a government's (a company's president is no official).
     */
    private static String heldSector(String bodySector, String officeSector) {
        return bodySector != null ? bodySector : "GOV".equals(officeSector) ? null : officeSector;
    }

    /**
     * True when a title set off before a name says whose office it is: a body, a state or a possessive in it
     * ("WeWork's founder", "The President of the Senate"), not a bare role noun ("the child").
     */
    private static boolean owned(List<Token> tokens, List<Item> used, int from, int comma) {
        for (Item it : used) {
            if (it.kind() != Kind.ROLE || it.role().kind() == RoleKind.BODY) {
                return true;
            }
        }
        // the possessive may stand before a pair of titles ("WeWork's founder and former CEO")
        for (int i = Math.max(0, from - 4); i < comma; i++) {
            if (isPossessive(tokens.get(i).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True where only a determiner and adjectives stand between the start of the sentence (or of a wire story
     * after its dateline's dash, or of a quotation) and the token {@code from}.
     */
    private static boolean opensSentence(List<Token> tokens, int from) {
        int k = from - 1;
        while (k >= 0 && (tokens.get(k).pos().equals("DT") || tokens.get(k).pos().startsWith("JJ"))) {
            k--;
        }
        return k < 0 || SENTENCE_OPENERS.contains(tokens.get(k).word());
    }

    /**
     * True where a person's role, "of", "for" or "representing", and what it is of stand right before the comma at
     * {@code comma} ("Senator representing Yobe North, Ahmad Lawan,"):
     * a place, a state or a body, or a few capitalised words ("Governor of Kano State", "Minister of Finance",
     * "governor of Russia's Belgorod region").
     */
    private static boolean officeOfBefore(List<Token> tokens, List<Item> items, int comma) {
        int k = comma - 1;
        int words = 0;
        while (k > 0 && words < 6) {
            Token t = tokens.get(k);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("of") || w.equals("for") || w.equals("representing")) {
                Item role = itemAt(items, k - 1);
                return words > 0 && role != null && role.kind() == Kind.ROLE && role.role().kind() == RoleKind.PERSON;
            }
            Item it = itemAt(items, k);
            boolean place = it != null && it.kind() == Kind.KNOWN && !(it.known() instanceof PersonName);
            if (!(place || it != null && isBody(it) || it == null && t.isCapitalised() && !t.ner().equals("PERSON")
                    || words > 0 && (w.equals("the") || w.equals("and") || isPossessive(t.word()))
                    || words == 0 && Words.REGION_NOUNS.contains(w))) {
                return false;
            }
            k = it != null ? it.from() - 1 : k - 1;
            words++;
        }
        return false;
    }

    /** True where an office is written with what it is of or for ("minister of finance", "secretary for health"). */
    private static boolean portfolio(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        return r.contains(" of ") || r.contains(" for ");
    }

    /** True where "shadow" stands right before the role: the opposition's holder of it in a Westminster system. */
    private static boolean shadow(List<Token> tokens, int roleFrom) {
        return roleFrom > 0 && tokens.get(roleFrom - 1).word().equalsIgnoreCase("shadow");
    }

    /** True when a word from {@code from} up to the role at {@code roleFrom} says the office is past ("former"). */
    private static boolean formerly(List<Token> tokens, int from, int roleFrom) {
        for (int i = Math.max(0, from); i < roleFrom && i < tokens.size(); i++) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("former") || w.equals("ex") || w.equals("ex-")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sector of someone out of a state's office: a former official, legislator or judge is an
     * elite (ELI, as PLOVER's sector table puts it); other offices keep theirs ("former CEO": BUS).
     */
    private static String formerSector(String sector) {
        return "GOV".equals(sector) || "LEG".equals(sector) || "JUD".equals(sector) ? "ELI" : sector;
    }

    /**
     * The sector of the holder of an office written out ("former adviser to the president"), where it would be
     * {@code sector} while held: an elite's once the office says "former", as {@link #formerSector} gives.
     */
    static String asWritten(String office, String sector) {
        return office.toLowerCase(Locale.ROOT).startsWith("former ") ? formerSector(sector) : sector;
    }

    /** ", the US ambassador to the Philippines," after a name; "of Japan" after a name. */
    Description appositionAfter(Sentence s, List<Item> items, Item name, Set<Item> consumed) {
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
        for (int c = k + 2; c < tokens.size() && c <= k + 4; c++) {
            if (tokens.get(c).word().equals(",")) {
                // "Rep. Adam Schiff, D-Calif., chairman of ...": the party and state (one token or three), then
                // the apposition
                if (PARTY_AND_STATE.matcher(s.span(k + 1, c - 1).replace(" ", "")).matches()) {
                    k = c;
                }
                break;
            }
        }
        if (k + 2 < tokens.size() && Words.isAge(tokens.get(k + 1)) && tokens.get(k + 2).word().equals(",")) {
            k += 2; // "Ravi Kumar, 24, a deportee from Haryana": the age, then the apposition
        }
        int opens = k + 1;
        if (opens < tokens.size() && tokens.get(opens).pos().equals("CC")) {
            // "Zainab Bello, and the Governor of Kano State, Abdullahi Umar": the next person's title
            return Description.NONE;
        }
        if (opens + 1 < tokens.size() && ORIGIN.contains(tokens.get(opens).word().toLowerCase(Locale.ROOT))) {
            // "Jane Doe, 45, of Dayton", "Ravi Kumar, from Punjab": where the person is from, a place's state
            int at = tokens.get(opens + 1).word().equalsIgnoreCase("the") ? opens + 2 : opens + 1;
            Item it = itemAt(items, at);
            if (it != null && it.kind() == Kind.KNOWN && Words.placeOf(it.known()) != null) {
                return new Description(Words.placeOf(it.known()).actorCode(), null, null, -1, -1);
            }
            return Description.NONE;
        }
        if (opens + 2 < tokens.size() && tokens.get(opens).lemma().equalsIgnoreCase("who")
                && tokens.get(opens + 1).lemma().equals("be")) {
            opens += 2; // "Alexander Vindman, who is the White House's Ukraine expert,": an apposition in a clause
        }
        int end = opens;
        while (end < tokens.size() && !tokens.get(end).word().equals(",") && !tokens.get(end).word().equals(".")
                && !tokens.get(end).word().equals(";") && !tokens.get(end).lemma().equals("who")
                && (!tokens.get(end).pos().startsWith("VB") || attributive(tokens, items, end)) && end - k < 18) {
            end++;
        }
        int first = opens;
        if (first < tokens.size() && Words.DETERMINERS.contains(tokens.get(first).word().toLowerCase(Locale.ROOT))) {
            first++;
        }
        // "Chris Ott, the group's executive director,": an office of a body named before
        String referredBody = first + 1 < tokens.size() && itemAt(items, first) == null
                && refersToBody(tokens, items, first) && isPossessive(tokens.get(first + 1).word())
                ? tokens.get(first).word() : null;
        String code = null;
        String sector = null;
        String office = null;
        int roleFrom = -1;
        int roleTo = -1;
        boolean afterRole = false;
        boolean inTo = false;
        boolean in = false;
        boolean from = false; // "from" last: a place after it is where the person comes from
        String ofCode = null;
        String inCode = null; // "a shopkeeper in Gaza City": where someone of no stated country works
        String atCode = null; // the state of the body the office is held at
        boolean employer = false; // "of", "for" or "at" last: what follows is where the office is held
        boolean ofBody = false;
        String bodySector = null;
        String bodyBefore = null; // the sector of a listed body named before the role ("the Brexit Party leader")
        // a common noun no list knows before "at", "for" or "with" ("a driver for Uber", "an organizer with the
        // union"): an occupation at the body that follows, of that body's sector
        boolean plainNoun = false;
        boolean plainLink = false;
        Item possessor = null; // "Unite's general secretary": a body no list knows, whose office follows
        List<Item> used = new ArrayList<>();
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            Item it = itemAt(items, i);
            if (!afterRole && it == null && t.pos().startsWith("NN") && !t.pos().startsWith("NNP") && !plainLink) {
                plainNoun = true;
            }
            if (!afterRole && plainNoun && EMPLOYMENT.contains(t.word().toLowerCase(Locale.ROOT))) {
                plainLink = true;
            }
            boolean fromWord = t.word().equalsIgnoreCase("from");
            if (t.word().equalsIgnoreCase("to") || t.word().equalsIgnoreCase("in") || t.word().equalsIgnoreCase("at")
                    || fromWord) {
                inTo = true;
                in = t.word().equalsIgnoreCase("in") || fromWord;
                from = fromWord;
                employer = t.word().equalsIgnoreCase("at");
            } else if (t.word().equalsIgnoreCase("of") || t.word().equalsIgnoreCase("for")) {
                inTo = false;
                in = false;
                from = false;
                employer = true;
            }
            if (it == null) {
                continue;
            }
            if (!afterRole && it.kind() == Kind.ORG_NAME && it.to() + 1 < end && isPossessive(tokens.get(it.to() + 1).word())
                    && possessor == null) {
                possessor = it;
                ofBody = true;
                bodySector = bodySector(s, it);
            }
            if ((afterRole && employer || !afterRole && plainLink) && !ofBody && isBody(it)) {
                ofBody = true;
                bodySector = bodySector(s, it);
                String c = it.kind() == Kind.KNOWN ? codeOf(it.known()) : null;
                if (c != null && !Lexicon.NON_STATE.contains(c)) {
                    atCode = c; // "a cardiologist at Massachusetts General Hospital": where the person works
                }
            }
            if (it.kind() == Kind.ROLE && afterRole && it.role().sector() != null && it.role().kind() == RoleKind.PERSON
                    && it.from() == roleTo + 2 && tokens.get(roleTo + 1).word().equalsIgnoreCase("and")
                    && OFFICES_OF_ANY_BODY.contains(s.span(roleFrom, roleTo).toLowerCase(Locale.ROOT))) {
                // "chairman and CEO", "president and chief executive": an office any body has, and a second
                // title that says the trade
                sector = it.role().sector();
                used.add(it);
            } else if (it.kind() == Kind.ROLE && roleFrom < 0) {
                roleFrom = it.from();
                roleTo = it.to();
                boolean ofNamedBody = bodyBefore != null && bodyBefore.equals(sector)
                        && OFFICES_OF_ANY_BODY.contains(s.span(it.from(), it.to()).toLowerCase(Locale.ROOT));
                if (!ofNamedBody) {
                    // "a White House adviser": GOV; but "the Brexit Party leader": an office any body has, of the
                    // body named before it
                    sector = it.role().sector() != null ? it.role().sector() : sector;
                }
                office = it.role().office() != null ? it.role().office() : it.role().term();
                afterRole = true;
                // "head of": the role's own last word says an office held in what follows
                employer |= it.role().term().endsWith(" of");
                used.add(it);
            } else if (it.kind() == Kind.KNOWN && in && (afterRole || from) && inCode == null && Words.placeOf(it.known()) != null) {
                inCode = Words.placeOf(it.known()).actorCode(); // "a deportee from Haryana": no role needed
            } else if (it.kind() == Kind.KNOWN && !(it.known() instanceof PersonName) && !inTo) {
                String c = codeOf(it.known());
                if (!afterRole && code == null) {
                    code = c;
                    if (countryOf(it.known()) != null) {
                        used.add(it); // a nationality; a body ("a National Security Council expert") stays an actor
                    }
                } else if (afterRole && ofCode == null) {
                    ofCode = c;
                }
                if (it.known() instanceof MetonymName mn && sector == null) {
                    sector = mn.metonym().sector();
                }
                if (it.known() instanceof OrgName on && sector == null) {
                    sector = on.organisation().actorSector(); // "a spokesperson for Inherent Resolve": its sector
                    bodyBefore = afterRole ? null : sector;
                }
            } else if (it.kind() == Kind.PERSON_NAME || it.known() instanceof PersonName) {
                int p = it.from() - 1;
                Item title = itemAt(items, p);
                if (title != null && title.kind() == Kind.ROLE && title.role().kind() == RoleKind.PERSON) {
                    p = title.from() - 1; // "a former adviser to President Trump": the preposition before the title
                }
                String prep = p >= 0 ? tokens.get(p).word().toLowerCase(Locale.ROOT) : "";
                if (afterRole && (prep.equals("for") || prep.equals("to"))) {
                    end = it.to() + 1; // "a spokeswoman for Evers", "an aide to Warren": the person served ends it
                    break;
                }
                if (afterRole && it.to() + 2 < end && isPossessive(tokens.get(it.to() + 1).word())
                        && tokens.get(it.to() + 2).isCapitalised()) {
                    i = it.to() + 1; // "the owner of Olsen's Diner": a body named by its owner's name
                    continue;
                }
                return Description.NONE; // a list of names, not an apposition
            }
            i = Math.max(i, it.to());
        }
        if (roleFrom < 0 && ofBody && bodySector != null) {
            String written = s.span(first, end - 1);
            return new Description(code != null ? code : atCode != null ? atCode : inCode, bodySector,
                    written.length() <= 80 ? written : null, -1, -1, true);
        }
        if (roleFrom < 0) {
            return inCode != null ? new Description(inCode, null, null, -1, -1) : Description.NONE;
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
        if (possessor != null && OFFICES_OF_ANY_BODY.contains(s.span(roleFrom, roleTo).toLowerCase(Locale.ROOT))
                && roleTo == end - 1) {
            // "Unite's general secretary" is its "general secretary of Unite", for the employers' pass to find
            written = written + " of " + s.span(possessor.from(), possessor.to());
        }
        // "president of the American Farm Bureau", "chief economist at Flexport": an office held in a body is
        // of the body's sector, where the office is one that any body has (a state's own offices keep theirs)
        String role = s.span(roleFrom, roleTo).toLowerCase(Locale.ROOT); // as written
        boolean held = ofBody && OFFICES_OF_ANY_BODY.contains(role);
        if (held) {
            sector = heldSector(bodySector, sector);
        } else if (OFFICES_OF_ANY_BODY.contains(role) && partyBefore(tokens, roleFrom)) {
            sector = "PTY"; // "Adrian Hemond, a Democratic strategist,": an office any body has, of a party
        }
        if (formerly(tokens, first, roleFrom)) {
            sector = formerSector(sector);
        }
        if (shadow(tokens, roleFrom)) {
            sector = "OPP"; // "John McDonnell, Labour's shadow chancellor,"
        }
        if (referredBody != null && OFFICES_OF_ANY_BODY.contains(role)) {
            return new Description(code, referredBody.equals("union") ? "LAB" : null,
                    s.span(roleFrom, roleTo) + " of the " + referredBody, -1, -1, true);
        }
        return new Description(code != null ? code : ofCode != null ? ofCode : atCode != null ? atCode : inCode, sector, written.length() <= 80 ? written : office,
                -1, -1, sector == null && (held || NO_OFFICIAL.contains(role)));
    }

    /**
     * Whether the participle at {@code k} modifies the noun after it, right after a determiner ("a convicted drug
     * trafficker", "a registered nurse"), rather than being the clause's verb; not a participle that is a role
     * of its own ("a retired teacher": the dictionaries' retired officials).
     */
    private static boolean attributive(List<Token> tokens, List<Item> items, int k) {
        String tag = tokens.get(k).pos();
        return (tag.equals("VBN") || tag.equals("VBG")) && k > 0 && k + 1 < tokens.size() && itemAt(items, k) == null
                && tokens.get(k - 1).pos().equals("DT") && tokens.get(k + 1).pos().matches("NNS?|JJ");
    }

    /**
     * Whether the common noun at {@code k} refers back to a body: a word that names any body ("the group",
     * "the union"), or the last word of a body's name given earlier in the sentence ("the Glass Workers Guild
     * ... the guild's president").
     */
    private static boolean refersToBody(List<Token> tokens, List<Item> items, int k) {
        String w = tokens.get(k).word();
        if (BODIES_REFERRED_TO.contains(w)) {
            return true;
        }
        if (!tokens.get(k).pos().equals("NN") || !w.equals(w.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Item it : items) {
            if (it.to() < k && isBody(it) && it.kind() != Kind.ROLE && it.to() > it.from()
                    && tokens.get(it.to()).word().equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    /** True for an organisation's name: one dyad knows, a seat of power, or one the tagger found. */
    private static boolean isBody(Item it) {
        return it.kind() == Kind.ORG_NAME || it.kind() == Kind.ROLE && it.role().kind() == RoleKind.BODY
                || it.kind() == Kind.KNOWN && (it.known() instanceof OrgName || it.known() instanceof MetonymName);
    }

    /** The sector of the body an item names: the list's, or what its words say; null where neither says. */
    private String bodySector(Sentence s, Item it) {
        if (it.kind() == Kind.ROLE) {
            return it.role().sector(); // "the Senate", "the company"
        }
        if (it.known() instanceof OrgName on) {
            return on.organisation().actorSector();
        }
        if (it.known() instanceof MetonymName mn) {
            return mn.metonym().sector();
        }
        return organisationNames.sectorOrStateBody(s.span(it.from(), it.to()).toLowerCase(Locale.ROOT));
    }
}
