package dev.dyad.actors;

import static dev.dyad.actors.Words.STATE_SECTORS;
import static dev.dyad.actors.Words.codeOf;
import static dev.dyad.actors.Words.countryOf;
import static dev.dyad.actors.Words.isPossessive;
import static dev.dyad.actors.Words.itemAt;
import static dev.dyad.actors.Words.mention;
import static dev.dyad.actors.Words.withThe;

import dev.dyad.actors.Item.Kind;
import dev.dyad.actors.Lexicon.Country;
import dev.dyad.actors.Lexicon.CountryAdjective;
import dev.dyad.actors.Lexicon.MetonymName;
import dev.dyad.actors.Lexicon.OrgName;
import dev.dyad.actors.Lexicon.Role;
import dev.dyad.actors.Lexicon.RoleKind;
import dev.dyad.model.Actor;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Organisations: those the lexicon knows by name, seats of power that stand for a government ("the
 * Kremlin"), and those it does not know, placed by an owner ("South Korea's Unification Ministry"), a
 * nationality before the name or a country inside it, with the sector their words give.
 */
final class Organisations implements MentionPass {
    /** Words of a name that say a body reaches across states ("International", "World", "African"). */
    private static final Set<String> ACROSS_STATES = Set.of("international", "world", "global", "transnational",
            "african", "european", "asian", "arab", "americas", "inter-american", "latin", "pan-african",
            "commonwealth", "worldwide");

    /** Sectors of bodies that are where the place they are named for is: schools and hospitals. */
    private static final Set<String> PLACED_BY_NAME = Set.of("EDU", "MED");

    private final Lexicon lexicon;
    private final OrganisationNames names;
    private final Places places;

    Organisations(Lexicon lexicon, OrganisationNames names, Places places) {
        this.lexicon = lexicon;
        this.names = names;
        this.places = places;
    }

    @Override
    public boolean take(Resolution r, Item it) {
        Sentence s = r.sentence(it.sentence());
        if (it.kind() == Kind.ORG_NAME) {
            unknownOrganisation(r.article, r.drafts, r.items(it.sentence()), it, r.consumed, null, r.contextCodes,
                    r.namedAs.get(it));
        } else if (it.known() instanceof OrgName on && Words.ownedByAnother(r.items(it.sentence()), s, it, on.organisation())) {
            // "the German Foreign Office": a state body's name that another state's adjective or possessive
            // makes that state's own, not the listed body
            unknownOrganisation(r.article, r.drafts, r.items(it.sentence()),
                    new Item(it.sentence(), it.from(), it.to(), Kind.ORG_NAME, null, null), r.consumed,
                    on.organisation().actorSector(), r.contextCodes, null);
        } else if (it.known() instanceof OrgName on) {
            Draft d = r.draft("o:" + on.organisation().name(), on.organisation().name(), Actor.Kind.ORGANISATION);
            d.code = on.organisation().actorCode();
            d.basis = "list";
            d.sector = on.organisation().actorSector();
            int end = channelEnd(s, it, d.sector);
            Item kindAfter = kindAfter(r.items(it.sentence()), end, r.consumed);
            if (kindAfter != null && kindAfter.role().sector().equals(d.sector)) {
                // "the Xinhua news agency", "the Albany Times Union newspaper": the kind of body after its name is
                // of its mention, no body of its own
                r.consumed.add(kindAfter);
                end = kindAfter.to();
            }
            d.add(r.mention(s, withKind(s, r.items(it.sentence()), it, r.consumed), end));
            Item[] apposition = apposition(s.tokens(), r.items(it.sentence()), it);
            if (apposition[0] != null) {
                // "Embraer, Brazil's planemaker,": what the listed body is, not another actor
                r.consumed.add(apposition[0]);
                if (apposition[1] != null) {
                    r.consumed.add(apposition[1]);
                }
            }
        } else if (it.known() instanceof MetonymName mn) {
            Draft d = r.draft("m:" + mn.metonym().phrase(), mn.metonym().phrase(), Actor.Kind.ORGANISATION);
            d.code = mn.metonym().code();
            d.basis = "list";
            d.sector = mn.metonym().sector();
            d.add(r.mention(s, withThe(s, it.from()), it.to()));
        } else {
            return false;
        }
        return true;
    }

    /**
     * Where a broadcaster's mention ends: past the channel number written after its name ("ABC 7", "NBC 5"),
     * which names the local station.
     */
    private static int channelEnd(Sentence s, Item org, String sector) {
        int k = org.to() + 1;
        if ("JRN".equals(sector) && k < s.tokens().size() && s.tokens().get(k).pos().equals("CD")
                && s.tokens().get(k).word().matches("[1-9][0-9]?")) {
            return k;
        }
        return org.to();
    }

    /**
     * Where a listed organisation's mention starts: with the kind of body and the nationality written before it
     * ("the German lender Commerzbank"), which it consumes, else as {@link #withOwner} says.
     */
    private static int withKind(Sentence s, List<Item> items, Item org, Set<Item> consumed) {
        Item kind = org.from() > 0 ? itemAt(items, org.from() - 1) : null;
        if (kind == null || kind.kind() != Kind.ROLE || kind.role().kind() != RoleKind.BODY || consumed.contains(kind)) {
            return withOwner(s, items, org, consumed);
        }
        consumed.add(kind);
        List<Token> tokens = s.tokens();
        int k = kind.from() - 1;
        boolean based = Words.basedAt(tokens, k);
        Item adj = k >= 0 ? itemAt(items, based ? k - 2 : k) : null;
        if (adj != null && (adj.known() instanceof CountryAdjective || based && adj.kind() == Kind.KNOWN)
                && !consumed.contains(adj)) {
            consumed.add(adj);
            return withThe(s, adj.from());
        }
        return withThe(s, kind.from());
    }

    /** Where an organisation's mention starts: with its owner in "South Korea's Unification Ministry". */
    private static int withOwner(Sentence s, List<Item> items, Item org, Set<Item> consumed) {
        if (org.from() >= 2 && isPossessive(s.tokens().get(org.from() - 1).word())) {
            Item owner = itemAt(items, org.from() - 2);
            if (owner != null && owner.kind() == Kind.KNOWN && countryOf(owner.known()) != null) {
                consumed.add(owner);
                return owner.from();
            }
        }
        return withThe(s, org.from());
    }


    /**
     * An organisation no list knows; {@code kindOf}: the sector of the listed body of another state it names, or
     * null; {@code context}: the states the article is about; {@code namedAs}: the name a short form the article
     * defines stands for, or null.
     */
    private void unknownOrganisation(ParsedArticle article, Map<String, Draft> drafts, List<Item> items, Item org,
                                     Set<Item> consumed, String kindOf, Set<String> context, String namedAs) {
        Sentence s = article.sentences().get(org.sentence());
        List<Token> tokens = s.tokens();
        String code = null;
        String kindSector = null;
        String name = null; // the body's name, where a country's name before the tagger's begins it
        int from = org.from();
        int end = org.to();
        // "South Korea's Unification Ministry": the possessor gives the country
        if (org.from() >= 2 && isPossessive(tokens.get(org.from() - 1).word())) {
            Item owner = itemAt(items, org.from() - 2);
            if (owner != null && owner.kind() == Kind.KNOWN && codeOf(owner.known()) != null) {
                code = codeOf(owner.known());
                from = owner.from();
                consumed.add(owner);
                if (owner.known() instanceof OrgName on) {
                    // "Georgetown University Medical Center's Department of Psychiatry": a part of the body, of its sector
                    kindSector = on.organisation().actorSector();
                }
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
            boolean based = Words.basedAt(tokens, k);
            if (based) {
                k -= 2; // "Turkish-based carrier Pegasus Airlines", "Dubai-based Emaar": where the body is based
            }
            Item adj = k >= 0 ? itemAt(items, k) : null;
            if (kind == null && !based && adj != null && adj.known() instanceof Lexicon.CountryName cn
                    && beginsBodyName(tokens, items, adj)) {
                // "the Nigeria Labour Congress", "the Ghana Football Association": the country's name begins the
                // body's, where the tagger marked the two apart
                code = cn.country().actorCode();
                from = adj.from();
                consumed.add(adj);
                name = s.span(adj.from(), org.to());
            }
            Country where = adj == null || adj.kind() != Kind.KNOWN ? null
                    : adj.known() instanceof CountryAdjective ca ? ca.country()
                    : !based ? null
                    : Words.placeOf(adj.known());
            if (where != null) {
                code = where.actorCode();
                from = adj.from();
                consumed.add(adj);
            }
            if (kind != null) {
                // "the workspace provider company WeWork": the kind of body says the sector, with or without
                // a nationality before it
                consumed.add(kind);
                kindSector = kind.role().sector();
                from = Math.min(from, kind.from()); // "the opposition newspaper La Prensa": the kind is of the mention
            }
        }
        Item[] apposition = apposition(tokens, items, org);
        if (apposition[0] != null && kindSector == null) {
            // "WeWork, the office-sharing company, ...": the apposition says what kind of body
            consumed.add(apposition[0]);
            kindSector = apposition[0].role().sector();
            if (code == null && apposition[1] != null) {
                consumed.add(apposition[1]);
                code = Words.placeOf(apposition[1].known()).actorCode();
            }
        }
        if (name == null) {
            name = namedAs != null ? namedAs : s.span(org.from(), org.to());
        }
        String text = name.toLowerCase(Locale.ROOT);
        String sector = names.sector(text);
        if (sector == null) {
            sector = kindSector;
        }
        if (sector == null) {
            sector = listedTailSector(s, org); // "the Colorado AFL-CIO": a branch of the listed body its name ends with
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
                String noun = tokens.get(k).word().toLowerCase(Locale.ROOT);
                List<Role> r = lexicon.roles().lookup(noun);
                Item kindItem = k == org.to() + 1 ? kindAfter(items, org.to(), consumed) : null;
                if (kindItem != null) {
                    // "The Nation newspaper": the kind of body is of its mention, no body of its own
                    sector = kindItem.role().sector();
                    consumed.add(kindItem);
                    end = kindItem.to();
                } else if (!r.isEmpty() && r.get(0).kind() == RoleKind.BODY) {
                    sector = r.get(0).sector();
                } else if (noun.equals("union")) {
                    sector = "LAB"; // "the Unite union": after a name, a trade union (alone, it may be a union of states)
                }
            }
        }
        if (sector == null) {
            sector = kindOf; // "the German Foreign Office": a foreign ministry, as the British one is
        }
        String stateBody = sector == null ? names.stateBodySector(text) : null;
        if (sector == null && stateBody == null && reportsAsMedia(s, org)) {
            sector = "JRN"; // "told the Argus Leader", "the Independent reported": a newspaper or a broadcaster
        }
        if (sector == null && stateBody == null && Words.sellsGoods(s.tokens(), org.to() + 1)) {
            sector = "BUS"; // "Kelvara, which makes solar panels": a maker or a seller of goods
        }
        if (sector == null && stateBody == null) {
            sector = OrganisationNames.shapeSector(name, tokens); // "WXYZ-TV", "Teamsters Local 727"
        }
        if (sector == null && stateBody == null) {
            sector = lexicon.nameSectors().sector(name); // "the Civil Human Rights Front": what such names are
        }
        if (code == null) {
            // "the Ministry of Home Affairs in New Delhi": the place named right after the body, as after a role
            code = Roles.placeAfter(tokens, items, org.to() + 1, true);
        }
        if (code == null) {
            // a country named inside the organisation's own name ("Air China")
            for (Item it : items) {
                if (it.from() >= org.from() && it.to() <= org.to() && it.kind() == Kind.KNOWN && codeOf(it.known()) != null) {
                    code = codeOf(it.known());
                }
            }
        }
        if (code == null) {
            // "the Lagos State House of Assembly", "the Dallas City Council": a public body named for the region
            // or city it serves
            code = leadingPlace(tokens, org, sector != null ? sector : stateBody);
        }
        if (code == null) {
            // "the Human Rights Commission of Pakistan": the state its name ends with, after "of"
            code = endsWithPlace(s, org);
        }
        if (code == null && PLACED_BY_NAME.contains(String.valueOf(sector))) {
            // "Kansas State University", "the University of Michigan Medical School", "Lagos University Teaching
            // Hospital": a school or hospital is where the place it is named for is
            code = placeInName(tokens, org, context);
        }
        if (code == null && sector == null && lexicon.ngoHead(OrganisationNames.head(text)) && spansStates(text)) {
            // "the Association of African Jurists": a non-governmental body of no one country; one whose name
            // says no such reach ("the Peterson Institute") is left to the article's setting
            code = "NGO";
        }
        String named = name;
        Draft d = drafts.computeIfAbsent("o:" + Lexicon.key(named), x -> new Draft(x, named, Actor.Kind.ORGANISATION));
        if (code != null) {
            d.code = code;
        }
        if (sector != null) {
            d.sector = sector;
        } else if (d.stateBody == null) {
            d.stateBody = stateBody;
        }
        d.add(mention(article, s, withThe(s, from), end));
    }

    /**
     * The state of the place an organisation's name starts with, where the name goes on after it: a region
     * followed by the noun that says it is one ("Lagos State", "Sindh Province"), or a region or city that
     * names a state's body, by the sector its name gives ("Dallas City Council", "Texas Department of ...");
     * null otherwise. A company, party or club named for a place is not placed by it ("Victoria's Secret").
     */
    private String leadingPlace(List<Token> tokens, Item org, String sector) {
        int from = tokens.get(org.from()).word().equalsIgnoreCase("the") ? org.from() + 1 : org.from();
        for (int n = Math.min(3, org.to() - from); n >= 1; n--) {
            int end = from + n - 1;
            boolean capitalised = true;
            StringBuilder name = new StringBuilder();
            for (int k = from; k <= end; k++) {
                capitalised &= tokens.get(k).isCapitalised();
                name.append(k > from ? " " : "").append(tokens.get(k).word());
            }
            String next = tokens.get(end + 1).word();
            if (!capitalised || isPossessive(next) || !Character.isUpperCase(next.charAt(0))) {
                continue;
            }
            boolean regionNoun = Words.REGION_NOUNS.contains(next.toLowerCase(Locale.ROOT));
            Country c = regionNoun || Words.STATE_BODY_SECTORS.contains(String.valueOf(sector)) ? places.of(name.toString()) : null;
            if (c != null) {
                return c.actorCode();
            }
        }
        return null;
    }

    /** The state of the country, region or city an organisation's name ends with after "of"; null if none. */
    private String endsWithPlace(Sentence s, Item org) {
        for (int k = org.to() - 1; k > org.from(); k--) {
            if (s.tokens().get(k).word().equals("of")) {
                Country c = places.named(s.span(k + 1, org.to()));
                return c == null ? null : c.actorCode();
            }
        }
        return null;
    }

    /**
     * The state of a region or city an organisation's name holds: the capitalised words it starts with, where a
     * capitalised word follows them, or those after "of", "at" or "in"; null if it holds none dyad knows.
     */
    private String placeInName(List<Token> tokens, Item org, Set<String> context) {
        int from = tokens.get(org.from()).word().equalsIgnoreCase("the") ? org.from() + 1 : org.from();
        List<int[]> runs = new ArrayList<>();
        runs.add(new int[] {from, org.to() - 1});
        for (int k = from; k < org.to(); k++) {
            if (Set.of("of", "at", "in").contains(tokens.get(k).word())) {
                runs.add(new int[] {k + 1, org.to()});
            }
        }
        for (int[] run : runs) {
            int end = run[0];
            while (end <= run[1] && end < run[0] + 3 && tokens.get(end).isCapitalised()) {
                end++;
            }
            for (int n = end - run[0]; n >= 1; n--) {
                StringBuilder name = new StringBuilder();
                for (int k = run[0]; k < run[0] + n; k++) {
                    name.append(k > run[0] ? " " : "").append(tokens.get(k).word());
                }
                Country c = places.of(name.toString(), context);
                if (c != null) {
                    return c.actorCode();
                }
            }
        }
        return null;
    }

    /**
     * The role item of a kind of body, of a known sector and not yet consumed, at the token right after
     * {@code end} ("news agency" after "the Xinhua"); null where there is none.
     */
    private static Item kindAfter(List<Item> items, int end, Set<Item> consumed) {
        Item it = itemAt(items, end + 1);
        return it != null && it.kind() == Kind.ROLE && it.role().kind() == RoleKind.BODY && it.role().sector() != null
                && !consumed.contains(it) ? it : null;
    }

    /**
     * True where a country's name, after an article, runs straight into an organisation's name the tagger marked
     * apart ("the Nigeria Labour Congress"): the start of the body's name, not a mention of the country.
     */
    static boolean beginsBodyName(List<Token> tokens, List<Item> items, Item country) {
        Item next = itemAt(items, country.to() + 1);
        return country.kind() == Kind.KNOWN && country.known() instanceof Lexicon.CountryName && next != null
                && next.kind() == Kind.ORG_NAME && next.from() == country.to() + 1 && tokens.get(next.from()).isCapitalised()
                && country.from() > 0 && Words.ARTICLES.contains(tokens.get(country.from() - 1).word().toLowerCase(Locale.ROOT));
    }

    /** Nouns of bodies that people of one kind form, after their possessive ("a farmers' group"). */
    private static final Set<String> MEMBERS_BODIES = Set.of("group", "groups", "organisation", "organization",
            "association", "union", "body", "federation", "lobby", "movement", "alliance", "coalition", "council");

    /**
     * The kind of body an apposition right after an organisation's name says it is (", the office-sharing
     * company,"), and the nationality before that kind ("a U.S. company"): {kind, nationality}, either null.
     * The apposition ends at a comma, a full stop or a verb, within a few words.
     */
    private static Item[] apposition(List<Token> tokens, List<Item> items, Item org) {
        Item[] found = new Item[2];
        int k = org.to() + 1;
        if (k + 1 >= tokens.size() || !tokens.get(k).word().equals(",")) {
            return found;
        }
        Item nationality = null;
        int first = k + 2;
        Item owner = itemAt(items, k + 1);
        if (owner != null && owner.kind() == Kind.KNOWN && owner.known() instanceof Lexicon.CountryName
                && owner.to() + 1 < tokens.size() && isPossessive(tokens.get(owner.to() + 1).word())) {
            // "Gulf Air, Bahrain's national carrier,": the state whose body it is says its nationality
            nationality = owner;
            first = owner.to() + 2;
        } else if (!Words.ARTICLES.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT))) {
            return found;
        }
        for (int i = first; i < tokens.size() && i <= k + 8; i++) {
            Token t = tokens.get(i);
            if (t.word().equals(",") || t.word().equals(".") || t.word().equals(";") || t.pos().startsWith("VB")
                    || t.word().equalsIgnoreCase("of") || t.word().equalsIgnoreCase("that")) {
                // "a unit of SoftBank": what follows "of" is another body
                return found;
            }
            Item it = itemAt(items, i);
            if (it == null) {
                continue;
            }
            if (it.kind() == Kind.KNOWN && Words.placeOf(it.known()) != null && !(it.known() instanceof OrgName)) {
                nationality = it; // "the Ukrainian energy company", "the Abu Dhabi carrier", "a Denver company"
            } else if (it.kind() == Kind.ROLE && it.role().kind() == RoleKind.BODY && it.role().sector() != null) {
                int after = it.to() + 1;
                if (after < tokens.size() && (isPossessive(tokens.get(after).word())
                        || tokens.get(after).pos().startsWith("NN"))) {
                    return found; // "the company's chief", "a bank official": the kind is not the apposition's head
                }
                found[0] = it;
                found[1] = nationality;
                return found;
            } else if (it.kind() == Kind.ROLE && it.role().kind() == RoleKind.GROUP && it.role().sector() != null
                    && it.to() + 2 < tokens.size() && isPossessive(tokens.get(it.to() + 1).word())
                    && MEMBERS_BODIES.contains(tokens.get(it.to() + 2).word().toLowerCase(Locale.ROOT))) {
                // "the Bharatiya Kisan Union, a farmers' group,": a body its members form, of their sector
                found[0] = it;
                found[1] = nationality;
                return found;
            } else {
                return found; // another name: a list, not an apposition
            }
            i = Math.max(i, it.to());
        }
        return found;
    }

    /**
     * True where the text treats an organisation as news media: someone "told" it, it "reported" or "reports"
     * something, or an interview was "with" it.
     */
    private static boolean reportsAsMedia(Sentence s, Item org) {
        List<Token> tokens = s.tokens();
        int before = withThe(s, org.from()) - 1;
        if (before >= 0 && tokens.get(before).word().equals("told")) {
            return true;
        }
        if (before >= 2 && tokens.get(before).word().equals("with") && tokens.get(before - 1).word().equals("interview")) {
            return true;
        }
        int after = org.to() + 1;
        if (after < tokens.size() && tokens.get(after).word().equals("first")) {
            after++;
        }
        return after < tokens.size() && Set.of("reported", "reports").contains(tokens.get(after).word());
    }

    /** True when a lowercase name says its body reaches across states. */
    private static boolean spansStates(String lowerName) {
        for (String w : lowerName.split(" ")) {
            if (ACROSS_STATES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sector of the listed, non-state body whose name (as a list writes it) ends this organisation's name
     * after a place's or a qualifier's words ("the Colorado AFL-CIO", "the Texas State Teachers Association"
     * is none), or null.
     */
    private String listedTailSector(Sentence s, Item org) {
        for (int j = org.from() + 1; j <= org.to(); j++) {
            for (Lexicon.Known k : lexicon.names().lookup(s.span(j, org.to()))) {
                if (k instanceof OrgName on && on.organisation().actorSector() != null
                        && !Words.STATE_SECTORS.contains(on.organisation().actorSector())) {
                    return on.organisation().actorSector();
                }
            }
        }
        return null;
    }
}
