package dev.dyad.events;

import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.List;
import java.util.Set;

/**
 * The commentators an article quotes, and whether a trigger stands in what one of them says: their
 * reading of events is no event. Stateless apart from its knowledge; thread-safe.
 */
final class Commentators {
    private final Triggers triggers;

    Commentators(Triggers triggers) {
        this.triggers = triggers;
    }

    /**
     * The surnames of the people the article introduces as commentators: a person's name with a
     * description after it, up to the next comma ("Omar Lamrani, a senior military analyst at
     * Stratfor,"), or just before it ("Stratfor analyst Omar Lamrani"), that names an analyst, an
     * academic or their institution. Read from the words, since the sentence that introduces them may
     * have no parse.
     */
    Set<String> in(ParsedArticle article) {
        Set<String> out = new java.util.HashSet<>();
        for (Sentence s : article.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                if (!toks.get(i).ner().equals("PERSON") || i + 1 < toks.size() && toks.get(i + 1).ner().equals("PERSON")) {
                    continue;
                }
                int first = i;
                while (first > 0 && toks.get(first - 1).ner().equals("PERSON")) {
                    first--;
                }
                boolean described = false;
                for (int j = first - 1; j >= Math.max(0, first - 3) && toks.get(j).pos().matches("NN.*|JJ.*"); j--) {
                    described |= triggers.describesCommentator(toks.get(j));
                }
                if (i + 1 < toks.size() && toks.get(i + 1).word().equals(",")) {
                    for (int j = i + 2; j < Math.min(toks.size(), i + 22); j++) {
                        Token t = toks.get(j);
                        if (t.word().equals(",") || t.word().equals(";") || t.pos().startsWith("VB") || t.pos().equals("WP")) {
                            break;
                        }
                        described |= triggers.describesCommentator(t);
                    }
                }
                if (described) {
                    out.add(toks.get(i).word());
                }
            }
        }
        return out;
    }

    /**
     * True when the trigger stands in what a commentator is said to say: under the verb whose subject
     * is one ("Simpson suggested the most likely reason residents are refusing to leave"), or in the
     * quote such a verb closes ("... against Russian airstrikes," Simpson said).
     */
    static boolean byCommentator(Graph g, int trigger, Set<String> commentators) {
        if (commentators.isEmpty()) {
            return false;
        }
        for (int k = 0; k < g.size(); k++) {
            Token t = g.token(k);
            int v = g.governor(k);
            if (!t.ner().equals("PERSON") || !commentators.contains(t.word()) || !g.relation(k).equals("nsubj")
                    || v < 0 || !g.isVerb(v) || v == trigger) {
                continue;
            }
            int top = g.relation(v).equals("parataxis") && g.governor(v) >= 0 ? g.governor(v) : v;
            if (top == trigger || g.dominates(top, trigger, 12)) {
                return true;
            }
        }
        return false;
    }
}
