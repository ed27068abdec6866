package dev.dyad.actors;

import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * People a body is said to be led by ("The Service Employees International Union, led by Mary Kay Henry,", "a
 * Hamas delegation headed by Khalil al-Hayya") are of that body's sector, and of its state where no list or word
 * of the text gave them one; only where nothing else gave them a sector. Runs after the drafts are joined, when
 * bodies and groups have theirs.
 */
final class LedBy implements ResolverPass {
    /** Past participles that put the person after "by" at a body's head. */
    private static final Set<String> LEADING = Set.of("led", "headed", "chaired", "commanded", "run");

    @Override
    public void run(Resolution r) {
        for (Draft p : r.drafts.values()) {
            if (p.kind != Actor.Kind.PERSON || p.sector != null || p.known) {
                continue;
            }
            for (Mention m : p.mentions) {
                if (m.sentence() < 0 || m.sentence() >= r.sentences.size()) {
                    continue;
                }
                Draft body = leader(r, r.sentence(m.sentence()), m, p);
                if (body != null) {
                    p.sector = body.sector;
                    if (body.code != null && (p.code == null || "setting".equals(p.basis))) {
                        p.code = body.code;
                        p.basis = body.basis;
                    }
                    break;
                }
            }
        }
    }

    /** The body or group of a known sector whose mention ends right before "(,) led by" and this mention; or null. */
    private static Draft leader(Resolution r, Sentence s, Mention m, Draft person) {
        List<Token> tokens = s.tokens();
        int first = Words.firstToken(s, m);
        if (first < 2 || !tokens.get(first - 1).word().equalsIgnoreCase("by")
                || !LEADING.contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int end = first - 3;
        if (end >= 0 && tokens.get(end).word().equals(",")) {
            end--;
        }
        if (end < 0) {
            return null;
        }
        int endChar = tokens.get(end).end();
        for (Draft d : r.drafts.values()) {
            if (d == person || d.sector == null
                    || d.kind != Actor.Kind.ORGANISATION && d.kind != Actor.Kind.GROUP) {
                continue;
            }
            for (Mention x : d.mentions) {
                if (x.sentence() == m.sentence() && x.field().equals(m.field()) && x.end() == endChar) {
                    return d;
                }
            }
        }
        return null;
    }
}
