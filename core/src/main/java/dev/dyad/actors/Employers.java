package dev.dyad.actors;

import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sectors shared between a person and the body an apposition or title says they work at ("a history
 * professor at Cornell", "the president of the Dairy Bureau", "a reporter for WXYZ"): a body no list and no
 * word of its name places takes the sector of the people the article says work there, where that sector is a
 * body's trade (a professor's school, a reporter's outlet, an executive's company); a person whose office is
 * one any body has, and nothing else places, takes the body's sector. Runs after the drafts are joined.
 */
final class Employers implements ResolverPass {
    /** Sectors a body takes from the people who work there: trades, not a state's or a group's. */
    private static final Set<String> TRADES = Set.of("EDU", "MED", "JRN", "BUS", "REL", "LAB", "AGR");
    /** Offices that serve a person, and take that person's state and sector ("a spokeswoman for Evers"). */
    private static final Set<String> SERVING = Set.of("spokesman", "spokeswoman", "spokesperson", "aide", "adviser",
            "advisor");
    /** People a body serves, who do not work there ("a patient at", "a customer of"). */
    private static final Set<String> SERVED = Set.of("patient", "customer", "client", "visitor", "guest", "resident",
            "passenger", "shopper", "tenant", "member");
    /** An office written after a common noun's possessive ("university's provost", "bank's chief executive"). */
    private static final Pattern KIND_POSSESSIVE = Pattern.compile("\\p{Ll}+ ?['\u2019]s .+");
    /** The words that put an office in a body: "at", "of", "for", with the spaces around them. */
    private static final List<String> LINKS = List.of(" at ", " of ", " for ");

    @Override
    public void run(Resolution r) {
        List<Draft> bodies = r.drafts.values().stream()
                .filter(d -> d.kind == Actor.Kind.ORGANISATION && !d.mentions.isEmpty()).toList();
        for (Draft p : r.drafts.values()) {
            if (p.kind == Actor.Kind.PERSON && p.office == null && p.sector == null) {
                Draft body = namedAfterOf(r, p, bodies);
                if (body != null) {
                    // "Brian Batko of the Pittsburgh Post-Gazette", "Rosaly Lopes of NASA": where the person works
                    p.sector = body.sector;
                    if (p.code == null) {
                        p.code = body.code;
                    }
                }
            }
            if (p.kind != Actor.Kind.PERSON || p.office == null || p.mentions.isEmpty()) {
                continue;
            }
            Draft body = employer(p.office, bodies);
            if (body == null) {
                body = referredTo(p, bodies);
            }
            if (body == null) {
                body = ownedByPronoun(r, p);
            }
            if (body == null) {
                body = unplacedBefore(r, p, bodies);
            }
            Draft before = body == null ? namedBefore(p.office, bodies) : null;
            if (before != null) {
                // "UAW President Shawn Fain": an office any body has, after the name of a body the article
                // placed later (by its initials' full name); the body's state and sector
                if (p.sector == null && before.sector != null) {
                    p.sector = Titles.asWritten(p.office, before.sector);
                }
                if (p.code == null && before.code != null) {
                    p.code = before.code;
                    p.basis = before.basis;
                }
                continue;
            }
            if (body == null) {
                Draft boss = employer(p.office, r.drafts.values().stream()
                        .filter(d -> d.kind == Actor.Kind.PERSON && d != p && !d.mentions.isEmpty()).toList());
                String served = p.office.toLowerCase(Locale.ROOT).split(" (for|to) ")[0];
                if (boss != null && p.sector == null && boss.sector != null && boss.code != null
                        && SERVING.stream().anyMatch(w -> served.equals(w) || served.endsWith(" " + w))) {
                    // "a spokeswoman for Evers", "an aide to Sen. Warren": of the person served, their state and sector;
                    // "a former adviser to the president" is out of that office, an elite where it was a state's
                    p.sector = Titles.asWritten(p.office, boss.sector);
                    p.code = boss.code;
                    p.basis = boss.basis;
                }
                continue;
            }
            if ("setting".equals(p.basis) && body.code != null && !"setting".equals(body.basis)
                    && !Lexicon.NON_STATE.contains(body.code)) {
                // "an epidemiologist at the French National Institute ...": the state of the body the person
                // works at, over the place the story is filed from
                p.code = body.code;
                p.basis = null;
            }
            if (body.sector == null && body.stateBody == null && !"list".equals(body.basis) && !body.known
                    && TRADES.contains(String.valueOf(p.sector))) {
                body.sector = p.sector; // "a history professor at Cornell": a school
            } else if (p.sector == null && p.ofBody && body.sector != null) {
                p.sector = body.sector; // "the president of the Dairy Bureau", once the bureau is known to farm
            }
        }
    }

    /**
     * The body an office of a trade's body refers back to ("Pinecrest will close two branches, said Alice Wu, the
     * bank's chief executive"): where the office is written after a common noun's possessive and says a trade,
     * the last body named before the person, in their sentence or the one before, that nothing has placed; null
     * where there is none.
     */
    private static Draft unplacedBefore(Resolution r, Draft p, List<Draft> bodies) {
        if (!TRADES.contains(String.valueOf(p.sector)) || !KIND_POSSESSIVE.matcher(p.office).matches()) {
            return null;
        }
        Mention first = p.mentions.get(0);
        return namedLastBefore(bodies.stream()
                .filter(b -> b.sector == null && !b.known && b.stateBody == null && !"list".equals(b.basis)).toList(),
                first.field(), first.start(), first.sentence() - 1);
    }

    /**
     * The body an office "of the group" (of the union, the organisation ...) refers back to: the last body of a
     * known sector the article names before the person ("The American Civil Liberties Union ... Chris Ott, the
     * group's executive director"); a union only where that body is a trade union. Null where none is named.
     */
    private static Draft referredTo(Draft p, List<Draft> bodies) {
        String office = p.office.toLowerCase(Locale.ROOT);
        int of = office.lastIndexOf(" of the ");
        if (of < 0 || p.mentions.isEmpty() || !p.ofBody) {
            return null;
        }
        String noun = office.substring(of + " of the ".length());
        boolean any = Titles.BODIES_REFERRED_TO.contains(noun);
        Mention first = p.mentions.get(0);
        // "the group" is any body of a known sector; "the guild" one whose name ends with the word, of a known
        // sector or of none ("the Harbor Drivers Union ... the union's president": a trade union)
        return namedLastBefore(bodies.stream()
                .filter(b -> {
                    boolean named = b.name != null && b.name.toLowerCase(Locale.ROOT).endsWith(" " + noun);
                    return b.sector != null && (!noun.equals("union") || "LAB".equals(b.sector)) && (any || named)
                            || b.sector == null && named;
                }).toList(),
                first.field(), first.start());
    }

    /** The draft among {@code drafts} with the last mention in {@code field} that starts before {@code at}; null where none has one. */
    private static Draft namedLastBefore(Iterable<Draft> drafts, String field, int at) {
        return namedLastBefore(drafts, field, at, Integer.MIN_VALUE);
    }

    /** As {@link #namedLastBefore(Iterable, String, int)}, counting only mentions in sentence {@code fromSentence} or later. */
    private static Draft namedLastBefore(Iterable<Draft> drafts, String field, int at, int fromSentence) {
        Draft last = null;
        int lastAt = -1;
        for (Draft d : drafts) {
            for (Mention m : d.mentions) {
                if (m.field().equals(field) && m.start() < at && m.start() > lastAt && m.sentence() >= fromSentence) {
                    last = d;
                    lastAt = m.start();
                }
            }
        }
        return last;
    }

    /**
     * The body of a known sector named right after "of" (and "the") after one of the person's mentions, with
     * no office between them; null where none is, or where two mentions name different bodies.
     */
    private static Draft namedAfterOf(Resolution r, Draft p, List<Draft> bodies) {
        Draft found = null;
        for (Mention m : p.mentions) {
            if (!"body".equals(m.field()) || m.sentence() < 0 || m.sentence() >= r.sentences.size()) {
                continue;
            }
            List<Token> tokens = r.sentence(m.sentence()).tokens();
            int k = Words.tokenAfter(r.sentence(m.sentence()), m);
            int link = plainOccupationLink(tokens, k);
            if (link > 0) {
                k = link; // "Sara Cole, a volunteer with the Colorado Fiscal Institute,"
            } else if (k + 1 >= tokens.size() || !tokens.get(k).word().equalsIgnoreCase("of")) {
                continue;
            }
            int start = tokens.get(k + 1).start();
            int startAfterThe = tokens.get(k + 1).word().equalsIgnoreCase("the") && k + 2 < tokens.size()
                    ? tokens.get(k + 2).start() : start;
            for (Draft b : bodies) {
                if (b.sector == null) {
                    continue;
                }
                for (Mention bm : b.mentions) {
                    if (bm.sentence() == m.sentence() && (bm.start() == start || bm.start() == startAfterThe)) {
                        if (found != null && found != b) {
                            return null;
                        }
                        found = b;
                    }
                }
            }
        }
        return found;
    }

    /**
     * The index of "with", "at" or "for" in an apposition of a common noun no role list knows right after a
     * name (", a volunteer with", ", an organizer with", ", a cashier at"), or -1.
     */
    private static int plainOccupationLink(List<Token> tokens, int k) {
        if (k + 3 >= tokens.size() || !tokens.get(k).word().equals(",")
                || !Set.of("a", "an").contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int j = k + 2; j < tokens.size() && j <= k + 4; j++) {
            Token t = tokens.get(j);
            if (j > k + 2 && Titles.EMPLOYMENT.contains(t.word())) {
                return j + 1 < tokens.size() ? j : -1;
            }
            if (t.isCapitalised() || !(t.pos().startsWith("NN") || t.pos().startsWith("JJ"))
                    || SERVED.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The body an office names after an "at", "of" or "for", among the article's organisations, trying the
     * last link first ("director of the Elections Research Center at the University of Wisconsin-Madison": the
     * university, where "Wisconsin-Madison" names no body); or null.
     */
    private static Draft employer(String office, List<Draft> bodies) {
        String lower = office.toLowerCase(Locale.ROOT);
        for (int end = lower.length(); end > 0; ) {
            int at = -1;
            int width = 0;
            for (String link : LINKS) {
                int i = lower.lastIndexOf(link, end - 1);
                if (i > at) {
                    at = i;
                    width = link.length();
                }
            }
            if (at < 0) {
                return null;
            }
            Draft found = named(key(office.substring(at + width)), bodies);
            if (found != null) {
                return found;
            }
            end = at;
        }
        return null;
    }

    /**
     * The body "its" or "their" before a person's office refers to ("Zentrix Logistics ... Its founder, Maria
     * Delgado,"): the actor named last before the pronoun, where that is an organisation of a known sector (not a
     * country, not a person). Null where none is.
     */
    private static Draft ownedByPronoun(Resolution r, Draft p) {
        if (!p.ofBody || p.mentions.isEmpty()) {
            return null;
        }
        Mention first = p.mentions.get(0);
        if (!"body".equals(first.field()) || first.sentence() < 0 || first.sentence() >= r.sentences.size()) {
            return null;
        }
        List<Token> tokens = r.sentence(first.sentence()).tokens();
        int k = Words.firstToken(r.sentence(first.sentence()), first);
        int pronoun = -1;
        for (int j = k - 1; j >= Math.max(0, k - 6); j--) {
            if (Titles.OWNING_PRONOUNS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
                pronoun = tokens.get(j).start();
                break;
            }
        }
        if (pronoun < 0) {
            return null;
        }
        Draft last = namedLastBefore(r.drafts.values().stream().filter(d -> d != p).toList(), first.field(), pronoun);
        return last != null && last.kind == Actor.Kind.ORGANISATION && last.sector != null ? last : null;
    }

    /**
     * The body whose name an office starts with, where the rest is an office any body has ("UAW President",
     * "Zentrix Logistics chief executive"); null where none is.
     */
    private static Draft namedBefore(String office, List<Draft> bodies) {
        for (int at = office.lastIndexOf(' '); at > 0; at = office.lastIndexOf(' ', at - 1)) {
            if (Titles.OFFICES_OF_ANY_BODY.contains(office.substring(at + 1).toLowerCase(Locale.ROOT))) {
                Draft found = named(key(office.substring(0, at)), bodies);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The one body of that name among {@code bodies}; null where none or two are. */
    private static Draft named(String named, List<Draft> bodies) {
        if (named.isEmpty()) {
            return null;
        }
        Draft found = null;
        for (Draft b : bodies) {
            boolean same = key(b.name).equals(named);
            for (Mention m : b.mentions) {
                same |= key(m.text()).equals(named);
            }
            if (same) {
                if (found != null && found != b) {
                    return null; // two bodies of that name: neither is sure
                }
                found = b;
            }
        }
        return found;
    }

    private static String key(String name) {
        String k = Lexicon.key(name);
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
