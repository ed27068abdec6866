package dev.dyad.actors;

import dev.dyad.actors.Item.Kind;
import dev.dyad.actors.Lexicon.OrgName;
import dev.dyad.actors.Lexicon.RoleKind;
import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a person does, where a clause after their name says it and no title or apposition did: a role noun after
 * "is a", "works as" ("Sarah Kim is a teacher", "Maria Lopez, who works as a nurse"), or a body they run, own,
 * head or founded ("Linda Park, who heads the Houston Federation of Teachers", "who runs a trucking company"),
 * or work at, teach or study at ("who teaches political science at Ohio State University"): the role's sector,
 * or the body's. Runs after the drafts are joined and bodies have their sectors.
 */
final class Occupations extends ClauseReading {
    /** Verbs that put a person at the head of a body, in the forms news writes them. */
    private static final Set<String> HEADS = Set.of("owns", "owned", "runs", "ran", "heads", "headed", "leads", "led",
            "founded", "co-founded", "cofounded", "manages", "managed", "operates", "operated", "chairs", "chaired");
    /** Verbs of teaching and study: whoever does them at a body is of a school's sector. */
    private static final Set<String> TEACHES = Set.of("teaches", "lectures", "studies", "researches");
    /**
     * Verbs that put a person among a body's staff now: whoever does them at or for a body is of its sector (in
     * the past tense they may tell a career's start: "studied at Yale").
     */
    private static final Set<String> WORKS = Stream.concat(Stream.of("works"), TEACHES.stream())
            .collect(Collectors.toUnmodifiableSet());
    /** The most words between such a verb and "at" or "for" ("teaches political science at"). */
    private static final int SUBJECT_WORDS = 3;
    /** Verbs that say what someone is ("is a teacher", "works as a nurse"), with the word after them if any. */
    private static final Set<String> BEING = Set.of("is", "was", "has been", "had been", "works as", "worked as",
            "serves as", "served as");
    /** Verbs of being in the past that say an office was held once ("served as", "was"). */
    private static final Set<String> FORMERLY = Set.of("served", "was");
    /** Sectors of offices whose former holders are elites. */
    private static final Set<String> HELD_ONCE = Set.of("GOV", "LEG", "JUD");
    /** The most words a noun phrase after such a verb may have before its head. */
    private static final int PHRASE_WORDS = 4;

    @Override
    String sector(Resolution r, Sentence s, Mention m) {
        List<Token> tokens = s.tokens();
        int k = Words.tokenAfter(s, m);
        if (k + 3 < tokens.size() && tokens.get(k).word().equals(",") && Words.isAge(tokens.get(k + 1))
                && tokens.get(k + 2).word().equals(",") && tokens.get(k + 3).word().equalsIgnoreCase("who")) {
            k += 2; // "Nina Bell, 61, who runs a bakery": the age between name and clause
        }
        if (k + 1 < tokens.size() && tokens.get(k).word().equals(",") && tokens.get(k + 1).word().equalsIgnoreCase("who")) {
            k += 2; // "Maria Lopez, who works as a nurse"
        }
        if (k >= tokens.size()) {
            return null;
        }
        String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
        List<Item> items = r.items(s.index());
        if (HEADS.contains(w)) {
            return bodySector(r, items, tokens, k + 1);
        }
        if (WORKS.contains(w)) {
            // "who works at a trucking company", "who teaches political science at Ohio State University": the
            // body's sector; teaching or study at a body no list places is still a school's
            for (int j = k + 1; j < tokens.size() && j <= k + 1 + SUBJECT_WORDS; j++) {
                String at = tokens.get(j).word().toLowerCase(Locale.ROOT);
                if (at.equals("at") || at.equals("for")) {
                    String body = bodySector(r, items, tokens, j + 1);
                    return body == null && TEACHES.contains(w) && at.equals("at") ? "EDU" : body;
                }
                if (!tokens.get(j).pos().startsWith("NN") && !tokens.get(j).pos().startsWith("JJ")) {
                    break;
                }
            }
        }
        int after = being(tokens, k);
        if (after >= 0 && FORMERLY.contains(w) && after < tokens.size()) {
            // "who served as commerce secretary under President Barack Obama", "was a senator": an office held
            // once, of a former official (PLOVER's elites)
            Item it = Words.itemAt(items, tokens.get(after).word().equalsIgnoreCase("a") ? after + 1 : after);
            if (it != null && it.kind() == Kind.ROLE && it.role().kind() == RoleKind.PERSON
                    && HELD_ONCE.contains(String.valueOf(it.role().sector()))) {
                return "ELI";
            }
        }
        return after < 0 ? null : roleSector(items, tokens, after);
    }

    /** The token after a verb of being at {@code k} ("is", "works as", "has been"), or -1 where there is none. */
    private static int being(List<Token> tokens, int k) {
        String one = tokens.get(k).word().toLowerCase(Locale.ROOT);
        String two = k + 1 < tokens.size() ? one + " " + tokens.get(k + 1).word().toLowerCase(Locale.ROOT) : one;
        if (BEING.contains(two)) {
            return k + 2;
        }
        return BEING.contains(one) ? k + 1 : -1;
    }

    /** The sector of a person's role noun heading the phrase at {@code k} ("a teacher", "a registered nurse"), or null. */
    private static String roleSector(List<Item> items, List<Token> tokens, int k) {
        if (k >= tokens.size() || !Words.DETERMINERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                || tokens.get(k).word().equalsIgnoreCase("the")) {
            return null; // "is the ...": an office of one body, which titles read; "is expected": no role
        }
        for (int j = k + 1; j < tokens.size() && j <= k + PHRASE_WORDS; j++) {
            Item it = Words.itemAt(items, j);
            if (it != null) {
                boolean person = it.kind() == Kind.ROLE && it.role().kind() == RoleKind.PERSON && it.role().sector() != null;
                return person ? it.role().sector() : null;
            }
            if (!tokens.get(j).pos().startsWith("JJ") && !tokens.get(j).pos().startsWith("NN")) {
                return null;
            }
        }
        return null;
    }

    /** The sector of the body the phrase at {@code k} names ("the Houston Federation of Teachers", "a trucking company"), or null. */
    private static String bodySector(Resolution r, List<Item> items, List<Token> tokens, int k) {
        if (k >= tokens.size() || !Words.DETERMINERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
                && !tokens.get(k).isCapitalised()) {
            return null; // "manages plan administration": no body, a task
        }
        if (Words.DETERMINERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k++;
        }
        for (int j = k; j < tokens.size() && j <= k + PHRASE_WORDS; j++) {
            Item it = Words.itemAt(items, j);
            if (it != null) {
                if (it.kind() == Kind.ROLE && it.role().kind() == RoleKind.BODY) {
                    return it.role().sector();
                }
                if (it.known() instanceof OrgName on) {
                    return on.organisation().actorSector();
                }
                if (it.kind() == Kind.ORG_NAME) {
                    return bodyDraftSector(r, it);
                }
                return null;
            }
            if (!tokens.get(j).pos().startsWith("JJ") && !tokens.get(j).pos().startsWith("NN")) {
                return null;
            }
        }
        return null;
    }

    /** The sector of the organisation drafted from an unlisted body's name, or null. */
    private static String bodyDraftSector(Resolution r, Item it) {
        Sentence s = r.sentence(it.sentence());
        int start = s.tokens().get(it.from()).start();
        int end = s.tokens().get(it.to()).end();
        for (Draft d : r.drafts.values()) {
            if (d.kind == Actor.Kind.ORGANISATION) {
                for (Mention m : d.mentions) {
                    if (m.sentence() == it.sentence() && m.end() == end && m.start() <= start) {
                        return d.sector;
                    }
                }
            }
        }
        return null;
    }
}
