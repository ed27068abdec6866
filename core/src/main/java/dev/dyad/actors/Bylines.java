package dev.dyad.actors;

import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * People the article names who also wrote it, by its byline: reporters in their own story ("Pineda asked
 * Al-Ibrahim ..."), and the people a wire story's credit line names ("Reporting by Greg Roumeliotis; Editing
 * by Martin Howell"): journalists (JRN) where nothing else gives them a sector. Runs after every other pass.
 */
final class Bylines implements ResolverPass {
    /** Words before "by" in a credit line that name the work journalists did on the story. */
    private static final Set<String> CREDITS = Set.of("reporting", "writing", "editing", "compiled", "edited",
            "written", "reported");

    @Override
    public void run(Resolution r) {
        for (Draft d : r.drafts.values()) {
            if (d.kind == Actor.Kind.PERSON && d.sector == null && !d.mentions.isEmpty()
                    && d.mentions.stream().allMatch(m -> credited(r, m))) {
                d.sector = "JRN";
            }
        }
        byline(r);
    }

    /** True where a credit's "by" stands before the mention in its sentence, with no verb between them. */
    private static boolean credited(Resolution r, Mention m) {
        if (!"body".equals(m.field()) || m.sentence() < 0 || m.sentence() >= r.sentences.size()) {
            return false;
        }
        Sentence s = r.sentence(m.sentence());
        for (int k = s.tokens().size() - 1; k > 0; k--) {
            Token t = s.tokens().get(k);
            if (t.start() >= m.start()) {
                continue;
            }
            if (t.pos().startsWith("VB") && !CREDITS.contains(t.word().toLowerCase(Locale.ROOT))) {
                return false; // "... said Jane Doe, who was reporting by phone": no credit line
            }
            if (t.word().equalsIgnoreCase("by") && CREDITS.contains(s.tokens().get(k - 1).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static void byline(Resolution r) {
        Set<String> authors = new HashSet<>();
        for (String a : r.article.article().authors()) {
            String name = a.strip().replaceFirst("(?i)^by\\s+", "");
            int comma = name.indexOf(',');
            name = comma > 0 ? name.substring(0, comma) : name;
            String key = Lexicon.key(name);
            if (key.contains(" ")) {
                authors.add(key); // a full name: one word ("Staff", "Reuters") says nothing of whom
            }
        }
        if (authors.isEmpty()) {
            return;
        }
        for (Draft d : r.drafts.values()) {
            if (d.kind == Actor.Kind.PERSON && d.sector == null && authors.contains(Lexicon.key(d.name))) {
                d.sector = "JRN";
            }
        }
    }
}
