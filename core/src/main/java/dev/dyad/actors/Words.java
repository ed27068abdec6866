package dev.dyad.actors;

import dev.dyad.actors.Lexicon.Capital;
import dev.dyad.actors.Lexicon.ContextualName;
import dev.dyad.actors.Lexicon.Country;
import dev.dyad.actors.Lexicon.CountryAdjective;
import dev.dyad.actors.Lexicon.CountryName;
import dev.dyad.actors.Lexicon.Known;
import dev.dyad.actors.Lexicon.MetonymName;
import dev.dyad.actors.Lexicon.OrgName;
import dev.dyad.actors.Lexicon.PeopleName;
import dev.dyad.actors.Lexicon.PlaceName;
import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The words and spans the actors passes share: honorifics, title modifiers, where a mention starts, what an item codes. */
final class Words {
    /** Courtesy words before a name, lower-case ("Mr", "Dr.", "Rt. Hon."): of its mention, never of a name. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.",
            "sir", "dame", "lord", "lady", "hon", "hon.", "honourable", "honorable", "rt", "rt.");
    static final Set<String> MODIFIERS = Set.of("late", "former", "first", "second", "deputy", "vice", "acting",
            "top", "senior", "chief", "then", "new", "outgoing", "incoming", "ex", "assistant", "under", "interim",
            "veteran", "longtime", "-", "principal", "special", "junior", "executive");
    static final Set<String> HEAD_OFFICES = Set.of("president", "leader", "supreme leader", "prime minister",
            "chairman", "king", "queen", "emir", "chancellor", "premier", "general secretary", "head of state");
    /** Nouns after a region's name that say it is one ("Kano state", "Sindh province", "Niger State"). */
    static final Set<String> REGION_NOUNS = Set.of("province", "state", "region", "governorate");
    /** Sectors whose people act where they live; a group of them with no nationality takes the article's country. */
    static final Set<String> LOCAL_SECTORS = Set.of("CVL", "OPP", "COP", "LAB", "EDU", "AGR", "REF", "JUD");
    /** Sectors of a state's own institutions and office holders: where they act says where an article is set. */
    static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG", "JUD", "COP", "MIL", "SPY", "PTY", "OPP");
    /** Sectors of a state's own bodies: its government, legislature, courts, police, forces and spies. */
    static final Set<String> STATE_BODY_SECTORS = Set.of("GOV", "LEG", "JUD", "COP", "MIL", "SPY");
    /** The articles, lower-case. */
    static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Words a noun phrase starts with before its head: articles and possessive pronouns. */
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");

    private Words() {
    }

    /** The name as written, without a leading honorific; hyphens rejoin their neighbours. */
    static String nameText(Sentence s, Item it) {
        int from = it.from();
        while (from <= it.to() && isHonorific(s.tokens().get(from).word())) {
            from++;
        }
        return from > it.to() ? "" : s.span(from, it.to());
    }

    /** Where a name's mention starts: with "Mr", "Mrs" and the like when they stand before it. */
    static int mentionStart(Sentence s, Item it) {
        return withHonorific(s, it.from());
    }

    static int withHonorific(Sentence s, int from) {
        while (from > 0 && isHonorific(s.tokens().get(from - 1).word())) {
            from--; // "Rt. Hon. Yakubu Dogara": both
        }
        return from;
    }

    static boolean isHonorific(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT));
    }

    static int withThe(Sentence s, int from) {
        if (from > 0 && s.tokens().get(from - 1).word().equalsIgnoreCase("the")) {
            return from - 1;
        }
        return from;
    }

    /** "'s" as news writes it, with either apostrophe. */
    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }

    /** The last token of the run of PERSON tokens from i (over hyphens), or i where i is no person's. */
    static int personRunEnd(List<Token> tokens, int i) {
        int to = i;
        while (to + 1 < tokens.size() && (tokens.get(to + 1).ner().equals("PERSON")
                || (tokens.get(to + 1).word().equals("-") && to + 2 < tokens.size()
                && tokens.get(to + 2).ner().equals("PERSON")))) {
            to++;
        }
        if (to > i && to + 1 < tokens.size() && GENERATIONS.contains(tokens.get(to + 1).word())) {
            to++; // "Cyrus Vance Jr.": the son, not the father the lists may know
        }
        return tokens.get(i).ner().equals("PERSON") ? to : i;
    }

    /** What follows a name to tell a son from his father ("Jr.", "III"). */
    static final Set<String> GENERATIONS = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    static boolean covered(List<Item> items, int token) {
        return itemAt(items, token) != null;
    }

    /** True where the tokens ending at {@code k} are "- based", as the tokenizer splits "Turkish-based". */
    static boolean basedAt(List<Token> tokens, int k) {
        return k >= 2 && k < tokens.size() && tokens.get(k).word().equalsIgnoreCase("based") && tokens.get(k - 1).word().equals("-");
    }

    /** The state of a country, capital, region or city named; null for any other name. */
    static Country placeOf(Known k) {
        return k instanceof Lexicon.PlaceName pl ? pl.country() : countryOf(k);
    }

    /** The index of the first token after a mention in its sentence (the sentence's length where it ends it). */
    static int tokenAfter(Sentence s, Mention m) {
        List<Token> tokens = s.tokens();
        int k = 0;
        while (k < tokens.size() && tokens.get(k).end() <= m.end() - 1) {
            k++;
        }
        return k + 1;
    }

    /** The index of the first token of a mention in its sentence. */
    static int firstToken(Sentence s, Mention m) {
        List<Token> tokens = s.tokens();
        int k = 0;
        while (k < tokens.size() && tokens.get(k).end() <= m.start()) {
            k++;
        }
        return k;
    }

    static Item itemAt(List<Item> items, int token) {
        for (Item it : items) {
            if (token >= it.from() && token <= it.to()) {
                return it;
            }
        }
        return null;
    }

    static Country countryOf(Known k) {
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

    /** The country (or IGO) code a known name stands for, or null. */
    static String codeOf(Known k) {
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

    static Mention mention(ParsedArticle article, Sentence s, int fromToken, int toToken) {
        Token a = s.tokens().get(fromToken);
        Token b = s.tokens().get(toToken);
        String text = article.fieldText(s.field()).substring(a.start(), b.end());
        return new Mention(text, s.field(), s.index(), a.start(), b.end());
    }

    static int fieldOrder(String field) {
        return switch (field) {
            case "title" -> 0;
            case "subtitle" -> 1;
            default -> 2;
        };
    }

    /**
     * True for a listed state body ("Foreign Office": the British one) that the words just before it give to
     * another state: its adjective ("the German Foreign Office") or its name as owner ("Germany's Foreign Office").
     */
    static boolean ownedByAnother(List<Item> items, Sentence s, Item org, Lexicon.Organisation listed) {
        if (Lexicon.NON_STATE.contains(String.valueOf(listed.actorCode()))
                || !STATE_SECTORS.contains(String.valueOf(listed.actorSector()))) {
            return false;
        }
        int k = org.from() - 1;
        if (k >= 1 && isPossessive(s.tokens().get(k).word())) {
            k--;
        } else if (k >= 0 && !(itemAt(items, k) != null && itemAt(items, k).known() instanceof CountryAdjective)) {
            return false;
        }
        Item owner = k >= 0 ? itemAt(items, k) : null;
        Country c = owner != null && owner.kind() == Item.Kind.KNOWN ? countryOf(owner.known()) : null;
        return c != null && !c.actorCode().equals(listed.actorCode());
    }

    /**
     * The person last named before a point of a sentence, in that sentence or the one before it; null where
     * none is.
     */
    static Draft lastPersonBefore(Map<String, Draft> drafts, Sentence s, int at) {
        Draft last = null;
        int lastSentence = -1;
        int lastStart = -1;
        for (Draft d : drafts.values()) {
            if (d.kind != Actor.Kind.PERSON) {
                continue;
            }
            for (Mention m : d.mentions) {
                boolean before = m.field().equals(s.field()) && (m.sentence() < s.index()
                        || m.sentence() == s.index() && m.end() <= at);
                boolean near = m.sentence() >= s.index() - 1;
                if (before && near && (m.sentence() > lastSentence || m.sentence() == lastSentence && m.start() > lastStart)) {
                    last = d;
                    lastSentence = m.sentence();
                    lastStart = m.start();
                }
            }
        }
        return last;
    }

    /** A person's age as news writes it between commas after the name (", 61,"): a whole number under 100. */
    private static final Pattern AGE = Pattern.compile("[1-9][0-9]?");

    static boolean isAge(Token t) {
        return AGE.matcher(t.word()).matches();
    }

    /** Verbs of trade: a body that does them now to goods makes or sells them. */
    private static final Set<String> TRADING = Set.of("makes", "sells", "manufactures", "produces", "builds",
            "designs", "develops", "markets", "distributes", "supplies", "exports", "imports", "brews", "retails");

    /**
     * True where a relative clause at {@code k}, right after a name, says its bearer makes or sells goods
     * (", which makes solar panels", ", which sells testing kits"): a verb of trade in the present, then its
     * object (", which makes it harder" is none). Such a name is a business's.
     */
    static boolean sellsGoods(List<Token> tokens, int k) {
        if (k + 3 >= tokens.size() || !tokens.get(k).word().equals(",")
                || !(tokens.get(k + 1).word().equals("which") || tokens.get(k + 1).word().equals("that"))) {
            return false;
        }
        int verb = k + 2;
        if (tokens.get(verb).word().equals("also") || tokens.get(verb).word().equals("now")) {
            verb++;
        }
        return verb + 1 < tokens.size() && TRADING.contains(tokens.get(verb).word())
                && tokens.get(verb + 1).pos().matches("NNS?|JJ|CD|DT") && !tokens.get(verb + 1).word().equalsIgnoreCase("the");
    }
}
