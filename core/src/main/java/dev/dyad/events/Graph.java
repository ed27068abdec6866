package dev.dyad.events;

import dev.dyad.model.Dependency;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A sentence's dependency parse as a tree: governors, relations and children of each token. */
final class Graph {
    private final Sentence sentence;
    private final int[] governor;
    private final String[] relation;
    private final List<List<Integer>> children;

    Graph(Sentence s) {
        this.sentence = s;
        int n = s.tokens().size();
        governor = new int[n];
        relation = new String[n];
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            governor[i] = -2;
            relation[i] = "";
            children.add(new ArrayList<>());
        }
        for (Dependency d : s.dependencies()) {
            if (d.dependent() >= n || d.governor() >= n) {
                continue;
            }
            governor[d.dependent()] = d.governor();
            relation[d.dependent()] = d.relation();
            if (d.governor() >= 0) {
                children.get(d.governor()).add(d.dependent());
            }
        }
        repairTimeObjects();
    }

    /**
     * "Beirut rejected Thursday a United Nations appeal": the parser hangs the object on the bare day
     * name that stands between verb and object ({@code dep} of an {@code obl:tmod}). When the verb has
     * no object of its own, the noun phrase after the day is its object.
     */
    private void repairTimeObjects() {
        for (int v = 0; v < governor.length; v++) {
            if (!isVerb(v) || !children(v, "obj").isEmpty()) {
                continue;
            }
            for (int tm : children(v, "obl:tmod")) {
                if (tm < v) {
                    continue;
                }
                for (int d : new ArrayList<>(children.get(tm))) {
                    if (relation[d].equals("dep") && d > tm && isNoun(d)) {
                        children.get(tm).remove(Integer.valueOf(d));
                        children.get(v).add(d);
                        governor[d] = v;
                        relation[d] = "obj";
                        return;
                    }
                }
            }
        }
    }

    Sentence sentence() {
        return sentence;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    int size() {
        return governor.length;
    }

    int governor(int i) {
        return governor[i];
    }

    String relation(int i) {
        return relation[i];
    }

    /** The relation without its subtype: {@code obl:tmod} → {@code obl}. */
    String baseRelation(int i) {
        String r = relation[i];
        int c = r.indexOf(':');
        return c < 0 ? r : r.substring(0, c);
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** Children whose relation is {@code rel} or a subtype of it. */
    List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            if (relation[c].equals(rel) || relation[c].startsWith(rel + ":")) {
                out.add(c);
            }
        }
        return out;
    }

    /** The preposition marking a token's phrase ("with" in "talks with X"), or null. */
    String casePreposition(int i) {
        for (int c : children.get(i)) {
            if (relation[c].equals("case")) {
                String w = token(c).word().toLowerCase(Locale.ROOT);
                if (!w.equals("'s") && !w.equals("'")) {
                    return w;
                }
            }
        }
        String r = relation[i];
        int colon = r.indexOf(':');
        if (colon > 0 && (r.startsWith("obl") || r.startsWith("nmod"))) {
            String sub = r.substring(colon + 1);
            if (!sub.equals("tmod") && !sub.equals("poss") && !sub.equals("npmod")) {
                return sub;
            }
        }
        return null;
    }

    /** Conjuncts of a token: itself and every token joined to it by {@code conj}. */
    List<Integer> withConjuncts(int i) {
        List<Integer> out = new ArrayList<>();
        out.add(i);
        for (int k = 0; k < out.size(); k++) {
            for (int c : children(out.get(k), "conj")) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** True when {@code ancestor} governs {@code i}, directly or not, within {@code maxSteps}. */
    boolean dominates(int ancestor, int i, int maxSteps) {
        int g = governor[i];
        for (int step = 0; step < maxSteps && g >= 0; step++) {
            if (g == ancestor) {
                return true;
            }
            g = governor[g];
        }
        return false;
    }

    /** The last token that {@code i} governs, directly or not (itself when it governs none after it). */
    int subtreeEnd(int i) {
        int end = i;
        for (int c : children.get(i)) {
            end = Math.max(end, subtreeEnd(c));
        }
        return end;
    }

    boolean isVerb(int i) {
        return token(i).pos().startsWith("VB");
    }

    boolean isNoun(int i) {
        String p = token(i).pos();
        return p.startsWith("NN");
    }
}
