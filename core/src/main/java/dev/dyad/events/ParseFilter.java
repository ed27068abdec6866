package dev.dyad.events;

import dev.dyad.events.Triggers.Trigger;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells from a sentence's tagged tokens whether it may hold an event, so that only those sentences go
 * to the dependency parser. Stateless apart from its knowledge; thread-safe.
 */
final class ParseFilter {
    private final Triggers triggers;

    ParseFilter(Triggers triggers) {
        this.triggers = triggers;
    }

    /**
     * True when a sentence of these tokens may hold an event: it has a verb or noun trigger (by its part
     * of speech) with the particle, modifier or one of the objects the trigger needs, or a modal of
     * obligation with a verb of saying.
     */
    boolean mayCode(List<Token> tokens) {
        List<String> lemmas = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            lemmas.add(t.lemma());
        }
        Set<String> present = null;
        for (Token tok : tokens) {
            boolean verb = tok.pos().startsWith("VB");
            boolean noun = tok.pos().startsWith("NN");
            if (!verb && !noun) {
                continue;
            }
            for (Trigger t : triggers.forLemma(tok.lemma())) {
                if (t.noun() ? !noun : !verb) {
                    continue;
                }
                if (t.has("stative") && !ClauseCues.stativeUse(tokens, tok.index())) {
                    continue; // "is committed to", not "committed atrocities"
                }
                if (t.has("needs-clause") && !infinitiveAfter(tokens, tok.index())) {
                    continue; // "told reporters" needs no parse; "told Iran to stop" does
                }
                if (t.particle() == null && t.objects().isEmpty()) {
                    return true;
                }
                if (present == null) {
                    present = lowerCase(lemmas);
                }
                if (t.particle() != null && !present.contains(t.particle())) {
                    continue;
                }
                if (t.objects().isEmpty() || t.has("to-clause") || !java.util.Collections.disjoint(t.objects(), present)) {
                    return true;
                }
            }
        }
        for (Token tok : tokens) {
            // "is out of the question": a refusal said with a phrase
            if (tok.pos().startsWith("NN") && triggers.endsRefusal(tok.lemma()) && tok.index() >= 2) {
                for (int k = Math.max(0, tok.index() - 3); k < tok.index(); k++) {
                    if (triggers.isRefusal(tokens.get(k).word(), tok.lemma())) {
                        return true;
                    }
                }
            }
        }
        boolean modal = false;
        // a quote that goes on from the sentence before has its verb of saying there
        boolean speech = tokens.stream().filter(t -> t.pos().equals("``")).count()
                < tokens.stream().filter(t -> t.pos().equals("''")).count();
        for (int i = 0; i < lemmas.size(); i++) {
            String l = lemmas.get(i);
            if (l != null) {
                modal |= triggers.isObligationModal(l);
                speech |= triggers.isSpeechVerb(l);
                if (triggers.desireAuxiliary(l) != null && tokens.get(i).pos().startsWith("VB")) {
                    // "wants Trump to eliminate", "would like to see China agree": a request to parse
                    for (int j = i + 2; j < Math.min(tokens.size(), i + 8); j++) {
                        if (tokens.get(j).word().equalsIgnoreCase("to")) {
                            return true;
                        }
                    }
                }
                if (triggers.isObligationVerb(l) && i + 2 < tokens.size()) {
                    String next = tokens.get(i + 1).word();
                    modal |= next.equalsIgnoreCase("to") || next.equalsIgnoreCase("no")
                            && triggers.isNoChoiceNoun(String.valueOf(lemmas.get(i + 2)));
                }
            }
        }
        return modal && speech;
    }

    private static boolean infinitiveAfter(List<Token> tokens, int from) {
        for (int i = from + 1; i < tokens.size(); i++) {
            if (tokens.get(i).pos().equals("TO")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lowerCase(List<String> lemmas) {
        Set<String> out = new java.util.HashSet<>();
        for (String l : lemmas) {
            if (l != null) {
                out.add(l.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
