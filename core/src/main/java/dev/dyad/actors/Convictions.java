package dev.dyad.actors;

import dev.dyad.model.Mention;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People the text says were convicted, sentenced or jailed, or who pleaded guilty, are criminals (CRM, "individual
 * criminals", as the PLOVER manual's sectors have it), where nothing else gives them a sector: "Hutchins was
 * convicted of wire fraud", "Reed, 24, pleaded guilty", "Lee, who was sentenced to ten years", "Park was found
 * guilty", "Peña, who is serving a life sentence". Being arrested,
 * charged or accused does not make anyone a criminal. A court's verb before the name says it too ("a jury convicted
 * Paul Grady", "the judge sentenced Grady"). Runs after the drafts are joined.
 */
final class Convictions extends ClauseReading {
    /** Verbs whose past participle, after a person's name, says a court found them guilty or punished them. */
    private static final Set<String> CONVICTED = Set.of("convict", "sentence", "jail", "imprison");
    /** Words between a name and its verb: auxiliaries, adverbs of time, "who" of a relative clause. */
    private static final Set<String> BETWEEN = Set.of("was", "were", "has", "had", "have", "been", "is", "later",
            "also", "previously", "already", "since", "who", "eventually", "ultimately", "subsequently");
    /** The most words from "serving" to the sentence served ("serving a 20-year prison sentence"). */
    private static final int SENTENCE_WORDS = 5;
    /** The most words an apposition set off by commas after a name may have (", 61,", ", a former banker,"). */
    private static final int APPOSITION_WORDS = 4;

    @Override
    String sector(Resolution r, Sentence s, Mention m) {
        return convicted(s, m) ? "CRM" : null;
    }

    /** True where the words after the mention say its person was convicted, sentenced or jailed, or pleaded guilty. */
    static boolean convicted(Sentence s, Mention m) {
        List<Token> tokens = s.tokens();
        int first = Words.firstToken(s, m);
        if (first > 0 && first < tokens.size()) {
            // the object of a conviction's verb: "a jury convicted Paul Grady", "the judge sentenced Grady to ten
            // years" (not "sought to convict Grady": a verb in its past form only)
            Token verb = tokens.get(first - 1);
            if ((verb.pos().equals("VBD") || verb.pos().equals("VBZ") || verb.pos().equals("VBN") && first > 1
                    && Set.of("has", "have", "had").contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT)))
                    && CONVICTED.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        int k = Words.tokenAfter(s, m);
        if (k < tokens.size() && tokens.get(k).word().equals(",")) {
            // a relative clause (", who was sentenced"), the end of an apposition before the name ("His partner,
            // Dale Hutchins, was convicted"), or an apposition after it (", 61,")
            if (sayConvicted(tokens, k + 1)) {
                return true;
            }
            for (int close = k + 1; close < tokens.size() && close <= k + APPOSITION_WORDS + 1; close++) {
                if (tokens.get(close).word().equals(",")) {
                    return sayConvicted(tokens, close + 1);
                }
            }
            return false;
        }
        return sayConvicted(tokens, k);
    }

    /** True where the words from {@code k} are a conviction's verb, past auxiliaries and adverbs of time. */
    private static boolean sayConvicted(List<Token> tokens, int k) {
        while (k < tokens.size() && BETWEEN.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k >= tokens.size()) {
            return false;
        }
        Token verb = tokens.get(k);
        if (verb.pos().equals("VBN") && CONVICTED.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String w = verb.word().toLowerCase(Locale.ROOT);
        if (w.equals("found") && k + 1 < tokens.size() && tokens.get(k + 1).word().equalsIgnoreCase("guilty")) {
            return true; // "Lee Park was found guilty of bribery"
        }
        if (w.equals("serving")) {
            // "who is serving a life sentence", "is serving 12 years": a sentence being served
            for (int j = k + 1; j < tokens.size() && j <= k + SENTENCE_WORDS; j++) {
                String n = tokens.get(j).word().toLowerCase(Locale.ROOT);
                if (n.equals("sentence") || n.equals("years") && tokens.get(k + 1).pos().equals("CD")) {
                    return true;
                }
            }
            return false;
        }
        return (w.equals("pleaded") || w.equals("pled")) && k + 1 < tokens.size()
                && tokens.get(k + 1).word().equalsIgnoreCase("guilty");
    }
}
