package dev.dyad.actors;

import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import dev.dyad.text.DataFile;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sector of an organisation no list, no word of its name and no apposition placed, by the words the text
 * uses of it ({@code body-cues.tsv}): what it owns ("Meetup's customers", "Zentrix shares") and what is of it
 * or at it ("shares of Zentrix", "layoffs at Meetup", "students at Quill College"). Each mention gives at most
 * one cue; the sector with the most cues wins, where one has more than any other. Runs after the drafts are
 * joined and before the sectors of bodies pass to the people who work there.
 */
final class BodyCues implements ResolverPass {
    /** Words between a cue and the body it is of: "shares of", "layoffs at", "students in". */
    private static final Set<String> OF = Set.of("of", "at", "in");

    private final Map<String, String> cues;
    /** The most words a cue has. */
    private final int longest;

    BodyCues() {
        this(load());
    }

    BodyCues(Map<String, String> cues) {
        this.cues = Map.copyOf(cues);
        this.longest = cues.keySet().stream().mapToInt(c -> c.split(" ").length).max().orElse(1);
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (DataFile.Line l : DataFile.load(BodyCues.class, "body-cues.tsv", 2, 2)) {
            String cue = l.field(0);
            if (!cue.equals(cue.toLowerCase(Locale.ROOT)) || cue.isBlank()) {
                throw l.error("a cue is a lowercase lemma: '" + cue + "'");
            }
            if (!Lexicon.SECTORS.contains(l.field(1))) {
                throw l.error("unknown sector '" + l.field(1) + "'");
            }
            if (out.put(cue, l.field(1)) != null) {
                throw l.error("cue listed twice: '" + cue + "'");
            }
        }
        return out;
    }

    @Override
    public void run(Resolution r) {
        for (Draft d : r.drafts.values()) {
            if (d.kind != Actor.Kind.ORGANISATION || d.sector != null || d.mentions.isEmpty()) {
                continue;
            }
            Map<String, Integer> votes = new TreeMap<>();
            for (Mention m : d.mentions) {
                if (m.sentence() < 0 || m.sentence() >= r.sentences.size()) {
                    continue;
                }
                String sector = cue(r.sentence(m.sentence()), m);
                if (sector != null) {
                    votes.merge(sector, 1, Integer::sum);
                }
            }
            String best = null;
            int most = 0;
            boolean tie = false;
            for (Map.Entry<String, Integer> e : votes.entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                    tie = false;
                } else if (e.getValue() == most) {
                    tie = true;
                }
            }
            if (best != null && !tie) {
                d.sector = best;
            }
        }
    }

    /** The sector the words right after or right before one mention give its body, or null. */
    String cue(Sentence s, Mention m) {
        List<Token> tokens = s.tokens();
        int after = Words.tokenAfter(s, m);
        if (after < tokens.size() && tokens.get(after).word().equals("'s") || after < tokens.size()
                && tokens.get(after).word().equals("'")) {
            after++; // "Meetup's customers"
        }
        String sector = cueAt(tokens, after);
        if (sector != null) {
            return sector;
        }
        int before = Words.firstToken(s, m) - 1;
        if (before >= 1 && tokens.get(before).word().equalsIgnoreCase("the")) {
            before--;
        }
        if (before < 1 || !OF.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        // "shares of Zentrix", "the chief executive of Vellora": the cue ends right before "of"
        for (int n = Math.min(longest, before); n >= 1; n--) {
            String phrase = lemmas(tokens, before - n, before);
            if (cues.containsKey(phrase)) {
                return cues.get(phrase);
            }
        }
        return null;
    }

    /** The sector of the longest cue starting at a token, or null. */
    private String cueAt(List<Token> tokens, int from) {
        for (int n = Math.min(longest, tokens.size() - from); n >= 1; n--) {
            String phrase = lemmas(tokens, from, from + n);
            if (cues.containsKey(phrase)) {
                return cues.get(phrase);
            }
        }
        return null;
    }

    private static String lemmas(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(tokens.get(i).lemma().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
