package dev.dyad.actors;

import dev.dyad.actors.Lexicon.Role;
import dev.dyad.actors.Lexicon.RoleKind;
import dev.dyad.model.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What an organisation's own name says of it: its sector by the words it is made of, and its head word. */
final class OrganisationNames {
    /** First words of a name that make the body a legislature's ("House Intelligence Committee"). */
    private static final Set<String> CHAMBER_WORDS = Set.of("house", "senate", "congressional", "parliamentary",
            "legislative", "parliament", "congress");
    /** Last words of a region's legislative chamber's name ("Indiana House", "California Assembly"). */
    private static final Set<String> REGIONAL_CHAMBERS = Set.of("house", "senate", "assembly", "legislature");
    /** A police department's initials as American cities write them: the city's, then "PD" ("NYPD", "LAPD"). */
    static final Pattern POLICE_INITIALS = Pattern.compile("[A-Z]{2,4}PD");
    /** Legal forms that end a company's name. */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc",
            "plc", "ag", "s.a.", "gmbh", "co.", "holdings", "limited", "incorporated");

    /**
     * An American broadcaster's call sign with its kind of station ("WXYZ-TV", "KQED-FM"): K or W and two or three
     * letters, as the United States assigns them. Without the kind ("KQED", "WFAA") such initials are as often a
     * standard's, a school's or a treaty body's ("WCAG", "KASK", "WIPO"): a broadcaster only in a sentence that
     * speaks of broadcasting.
     */
    private static final Pattern CALL_SIGN = Pattern.compile("[KW][A-Z]{2,3}-(TV|FM|AM|DT|LP|CD)");
    private static final Pattern BARE_CALL_SIGN = Pattern.compile("[KW][A-Z]{3}");
    /** Words of a sentence that speak of broadcasting. */
    private static final Set<String> BROADCAST_WORDS = Set.of("station", "affiliate", "radio", "television", "tv",
            "broadcast", "broadcasts", "aired", "airs", "newscast", "anchor", "channel");
    /** A trade union's branch by its number ("Teamsters Local 727", "SEIU Local 1199", "Local 32BJ"). */
    private static final Pattern UNION_LOCAL = Pattern.compile("(^|.* )Local \\d+[A-Z]*( .*|$)");

    /**
     * The sector the shape of a name no list knows says, in its sentence: a call sign's broadcaster, a numbered
     * union branch; null otherwise.
     */
    static String shapeSector(String name, List<Token> sentence) {
        if (CALL_SIGN.matcher(name).matches()) {
            return "JRN";
        }
        if (BARE_CALL_SIGN.matcher(name).matches() && sentence.stream()
                .anyMatch(t -> BROADCAST_WORDS.contains(t.word().toLowerCase(Locale.ROOT)))) {
            return "JRN";
        }
        return UNION_LOCAL.matcher(name).matches() ? "LAB" : null;
    }

    /** True for a word that gives a company's legal form ("Corp", "Ltd", "plc", "Holdings"), in any case. */
    static boolean companySuffix(String word) {
        return COMPANY_SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Head words of a body made of its members ("association", "union"), whose sector is theirs. */
    private static final Set<String> MEMBERSHIP_HEADS = Set.of("association", "associations", "union", "unions",
            "federation", "confederation", "league", "guild", "society", "alliance", "congress", "bureau",
            "council", "coalition");

    /** Words that make a body of members one of workers ("Trades Union Congress", "Federation of Labor"). */
    private static final Set<String> LABOUR_WORDS = Set.of("labour", "labor", "trade", "trades", "union", "unions",
            "workers");
    /** Heads of the bodies workers form, a word of LABOUR_WORDS besides the head making them a union's. */
    private static final Set<String> WORKERS_BODIES = Set.of("congress", "federation", "confederation", "union",
            "council");

    /** Last words of companies' names that say their trade ("Securities", "Airlines", "Pharmaceuticals"). */
    private static final Set<String> COMPANY_TRADES = Set.of("partners", "technologies", "motors",
            "airlines", "airways", "pharmaceuticals", "securities", "investments", "ventures", "logistics",
            "entertainment", "industries", "enterprises", "energy", "petroleum", "telecom", "communications",
            "networks", "brands", "foods", "financial", "insurance", "realty", "properties", "studios", "labs",
            "systems", "semiconductor", "electronics", "automotive", "shipping", "mining", "steel");

    /** Trades whose members name a body after themselves ("United Auto Workers"): not a sports team's "Rangers". */
    private static final Set<String> MEMBER_TRADES = Set.of("LAB", "EDU", "AGR", "MED");

    /** Heads of a party's own bodies besides its membership heads ("National Committee", "Study Committee"). */
    private static final Set<String> PARTY_BODY_HEADS = Set.of("committee", "caucus", "conference");

    private final Lexicon lexicon;

    OrganisationNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The sector an organisation's name says by its words: the last word that is a body's role noun
     * ("Defence Ministry"), a legislature's for a body of one ("Senate Judiciary Committee"), a company's by
     * its legal form; null when none says one.
     */
    String sector(String lowerName) {
        List<Role> whole = lexicon.roles().lookup(lowerName);
        if (!whole.isEmpty() && whole.get(0).kind() == RoleKind.BODY && whole.get(0).sector() != null) {
            return whole.get(0).sector(); // "National Security Council": a body's name the role nouns give whole
        }
        if (POLICE_INITIALS.matcher(lowerName.toUpperCase(Locale.ROOT)).matches() && !lowerName.contains(" ")) {
            return "COP"; // "the LAPD"
        }
        if (!lexicon.statesWithChamber(lowerName).isEmpty()) {
            return "LEG"; // "the House", "the National Assembly": a chamber some state's legislature has
        }
        String[] words = lowerName.split(" ");
        String office = officeOf(words);
        if (office != null) {
            return office; // "the Tarrant County Sheriff's Office": the office of a sheriff, a police body
        }
        for (int n = Math.min(3, words.length - 1); n >= 2; n--) {
            List<Role> end = lexicon.roles().lookup(String.join(" ", Arrays.copyOfRange(words, words.length - n, words.length)));
            if (!end.isEmpty() && end.get(0).kind() == RoleKind.BODY && end.get(0).sector() != null) {
                return end.get(0).sector(); // "the Dallas City Council", "the Lagos State Legislative Council"
            }
        }
        String sector = null;
        String members = null; // the sector of the first role word of people in the name ("Teachers")
        String head = head(lowerName);
        String headSector = null; // "College of Business": a college, whatever it teaches
        for (String word : words) {
            List<Role> r = lexicon.roles().lookup(word);
            if (r.isEmpty()) {
                continue;
            }
            if (r.get(0).kind() == RoleKind.BODY) {
                if (!"LEG".equals(sector)) {
                    sector = r.get(0).sector();
                }
                if (word.equals(head) && words.length > 1 && !head.equals(words[words.length - 1])) {
                    headSector = r.get(0).sector();
                }
            } else if (members == null) {
                members = r.get(0).sector();
            }
        }
        if (headSector != null && !"LEG".equals(sector)) {
            sector = headSector;
        }
        if (words.length > 1 && CHAMBER_WORDS.contains(words[0])) {
            sector = "LEG";
        }
        if (words.length > 1 && REGIONAL_CHAMBERS.contains(words[words.length - 1])
                && lexicon.region(String.join(" ", Arrays.copyOf(words, words.length - 1))).isPresent()) {
            sector = "LEG"; // "the Indiana House", "the Ohio Senate": a region's chamber
        }
        String gathering = head(lowerName);
        if (words.length > 1 && WORKERS_BODIES.contains(gathering) && !CHAMBER_WORDS.contains(words[0])
                && Arrays.stream(words).anyMatch(w -> !w.equals(gathering) && LABOUR_WORDS.contains(w))) {
            return "LAB"; // "Nigeria Labour Congress", "Trades Union Congress": a congress of workers, no legislature
        }
        if (sector == null && words.length > 1 && (MEMBERSHIP_HEADS.contains(head(lowerName))
                || PARTY_BODY_HEADS.contains(head(lowerName))) && namedForParty(words)) {
            return "PTY"; // "Republican Governors Association", "Democratic National Committee": a party's body
        }
        if (sector == null && words.length > 1 && MEMBERSHIP_HEADS.contains(head(lowerName))) {
            sector = members; // "Indiana State Teachers Association", "National Farmers Union": its members' sector
            if ("CVL".equals(members) && (head(lowerName).equals("union") || head(lowerName).equals("unions"))) {
                sector = "LAB"; // "International Union of Operating Engineers": a union of people at work is a trade union
            }
        }
        if (sector == null && words.length > 1 && MEMBER_TRADES.contains(String.valueOf(members))
                && members.equals(groupSector(words[words.length - 1]))) {
            sector = members; // "United Auto Workers": a body named for its members
        }
        if (sector == null && words.length > 1 && (COMPANY_SUFFIXES.contains(words[words.length - 1])
                || COMPANY_TRADES.contains(head(lowerName)))) {
            // "SoftBank Group Corp", "Acme Holdings Ltd": a company by its legal form; "IIFL Securities",
            // "Duke Energy": by the trade its name ends in
            sector = "BUS";
        }
        return sector;
    }

    /**
     * The sector of the official whose office a name ending in "'s office" is ("sheriff's office", "district
     * attorney's office"), by the role noun before the possessive; null for any other name.
     */
    private String officeOf(String[] words) {
        int n = words.length;
        if (n < 2 || !words[n - 1].equals("office") || !Words.isPossessive(words[n - 2].substring(Math.max(0, words[n - 2].length() - 2)))) {
            return null;
        }
        String holder = words[n - 2].substring(0, words[n - 2].length() - 2);
        for (int k = Math.max(0, n - 4); k < n - 1; k++) {
            String phrase = (String.join(" ", Arrays.copyOfRange(words, k, n - 2)) + " " + holder).strip();
            List<Role> r = lexicon.roles().lookup(phrase);
            if (!r.isEmpty() && r.get(0).kind() == RoleKind.PERSON && r.get(0).sector() != null) {
                return r.get(0).sector();
            }
        }
        return null;
    }

    /** The sector of a plural role noun ("workers", "teachers"), or null. */
    private String groupSector(String word) {
        List<Role> r = lexicon.roles().lookup(word);
        return !r.isEmpty() && r.get(0).kind() == RoleKind.GROUP ? r.get(0).sector() : null;
    }

    /** True where the name's first words name a party without "Party" ("republican governors association"). */
    private boolean namedForParty(String[] words) {
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            if (lexicon.partyStem(String.join(" ", Arrays.copyOf(words, n)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sector of a state's body whose name this is by its head word ("the Department of Social Services",
     * "the Securities and Exchange Commission": GOV); null where the head names no state body. Only for a
     * body the text or the setting places in a state: "the Venice Commission" is no government's.
     */
    String stateBodySector(String lowerName) {
        return lowerName.indexOf(' ') < 0 ? null : lexicon.stateBodySector(head(lowerName)).orElse(null);
    }

    /** What the words say ({@link #sector}), else what the head word of a state's body says. */
    String sectorOrStateBody(String lowerName) {
        String sector = sector(lowerName);
        return sector != null ? sector : stateBodySector(lowerName);
    }

    /**
     * The head word of a lowercase name: the word before "of", "for" or "on" ("association of ...", "institute
     * on ..."), else the last.
     */
    static String head(String lowerName) {
        String[] words = lowerName.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("of") || words[i].equals("for") || words[i].equals("on")) {
                return words[i - 1];
            }
        }
        return words[words.length - 1];
    }
}
