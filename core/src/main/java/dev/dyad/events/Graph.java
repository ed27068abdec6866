package dev.dyad.events;

import dev.dyad.model.Dependency;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
        repairCalledOn();
        repairReportedConjunct();
        repairParticipleSubjects();
        repairGerundComplements();
    }

    /**
     * "prepared to resume shelling rebel-held territory": the parser may hang the gerund right after a
     * verb on it as an unlabelled {@code dep}. A gerund with no subject, auxiliary or subordinator of its
     * own that directly follows its verb is that verb's complement, an {@code xcomp}.
     */
    private void repairGerundComplements() {
        for (int c = 1; c < governor.length; c++) {
            int v = governor[c];
            if (relation[c].equals("dep") && v == c - 1 && token(c).pos().equals("VBG") && isVerb(v)
                    && children(c, "nsubj").isEmpty() && children(c, "aux").isEmpty() && children(c, "mark").isEmpty()) {
                relation[c] = "xcomp";
            }
        }
    }

    /**
     * "police prevented the demonstration staged by students", "supporters blocked roads in the capital
     * demanding that ...": the parser makes the verb's object the subject of the participle after it and
     * hangs that participle on the verb as an unlabelled {@code dep}. A participle with no auxiliary, no
     * copula and no subordinator cannot carry a subject of its own; where the verb has no object and the
     * noun stands between the two, the noun is the verb's object. A past participle then describes that
     * noun (a reduced relative clause), a present one goes on from the verb.
     */
    private void repairParticipleSubjects() {
        for (int c = 0; c < governor.length; c++) {
            String pos = token(c).pos();
            int v = governor[c];
            if (!relation[c].equals("dep") || !(pos.equals("VBN") || pos.equals("VBG")) || v < 0 || v > c
                    || !isVerb(v) || !children(v, "obj").isEmpty() || !children(v, "ccomp").isEmpty()
                    || !children(v, "xcomp").isEmpty() || !children(c, "aux").isEmpty() || !children(c, "cop").isEmpty()
                    || !children(c, "mark").isEmpty()) {
                continue;
            }
            List<Integer> subjects = children(c, "nsubj");
            if (subjects.size() != 1 || !relation[subjects.get(0)].equals("nsubj")) {
                continue;
            }
            int n = subjects.get(0);
            if (n < v || n > c || !isNoun(n)) {
                continue;
            }
            move(n, v, "obj");
            if (pos.equals("VBN")) {
                move(c, n, "acl");
            } else {
                relation[c] = "advcl";
            }
        }
    }

    /**
     * "The office said the deaths were caused by gunshots and called on ...": the parser joins the finite
     * verb after "and" to the reported clause's participle. A finite verb with no subject cannot share the
     * participle's auxiliary, so it goes on from the verb of saying, whose subject it shares.
     */
    private void repairReportedConjunct() {
        for (int v2 = 0; v2 < governor.length; v2++) {
            int v1 = governor[v2];
            if (!relation[v2].equals("conj") || v1 < 0 || !children(v2, "nsubj").isEmpty()
                    || !Set.of("VBD", "VBZ").contains(token(v2).pos()) || !token(v1).pos().equals("VBN")
                    || children(v1, "aux").isEmpty() || !relation[v1].equals("ccomp")) {
                continue;
            }
            int say = governor[v1];
            if (say < 0 || !isVerb(say) || children(say, "nsubj").isEmpty()) {
                continue;
            }
            move(v2, say, "conj");
        }
    }

    /**
     * "called on the government to withdraw units": the parser reads the particle as a subordinator and
     * the one called on as the subject of the clause ({@code mark(withdraw, on)}, {@code nsubj(withdraw,
     * government)}, {@code advcl(called, withdraw)}). Where the particle directly follows the verb that
     * governs the clause and a "to" infinitive follows, the phrase is the verb's {@code on} argument and
     * the clause its {@code xcomp}, as in a sound parse.
     */
    private void repairCalledOn() {
        for (int c = 1; c < governor.length; c++) {
            String w = token(c).word().toLowerCase(Locale.ROOT);
            if (!relation[c].equals("mark") || !(w.equals("on") || w.equals("upon"))) {
                continue;
            }
            int clause = governor[c];
            int verb = c - 1;
            if (clause < 0 || governor[clause] != verb || !isVerb(verb) || !isVerb(clause)
                    || !(relation[clause].startsWith("advcl") || relation[clause].equals("ccomp"))) {
                continue;
            }
            List<Integer> subjects = children(clause, "nsubj");
            boolean infinitive = children.get(clause).stream()
                    .anyMatch(m -> relation[m].equals("mark") && token(m).word().equalsIgnoreCase("to"));
            if (subjects.size() != 1 || !infinitive || subjects.get(0) < c) {
                continue;
            }
            int called = subjects.get(0);
            move(called, verb, "obl");
            move(c, called, "case");
            relation[clause] = "xcomp";
        }
    }

    private void move(int dependent, int newGovernor, String rel) {
        if (governor[dependent] >= 0) {
            children.get(governor[dependent]).remove(Integer.valueOf(dependent));
        }
        governor[dependent] = newGovernor;
        relation[dependent] = rel;
        List<Integer> kids = children.get(newGovernor);
        int at = 0;
        while (at < kids.size() && kids.get(at) < dependent) {
            at++;
        }
        kids.add(at, dependent); // children stay in text order

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
