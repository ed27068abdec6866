package dev.dyad.actors;

import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins the mentions of one organisation that the name passes drafted as several actors: a one-word name
 * the tagger read as a person in some sentences and as an organisation in others ("WeWork"), and the short
 * form of a name the article gives in full ("SoftBank" after "SoftBank Group Corp"). The short form joins the
 * full name only where it is the start of exactly one organisation's name in the article, and only where no
 * list placed it: a name dyad knows is its own actor. A one-word organisation of no sector that is the surname
 * of exactly one person the article names in full is that person, read by the tagger as a body; a one-word
 * "person" the article never names in full that starts exactly one organisation's name is that organisation.
 */
final class OrganisationMentions implements ResolverPass {

    @Override
    public void run(Resolution r) {
        joinMiddleNames(r);
        List<Draft> organisations = r.drafts.values().stream()
                .filter(d -> d.kind == Actor.Kind.ORGANISATION && !d.mentions.isEmpty()).toList();
        for (Draft d : r.drafts.values()) {
            if (d.mentions.isEmpty() || d.known || "list".equals(d.basis)) {
                continue;
            }
            Draft into = null;
            if (d.kind == Actor.Kind.PERSON && d.code == null && d.sector == null && d.office == null
                    && words(d.name).length == 1) {
                // a one-word "person" the tagger also read as an organisation of the same name
                into = organisations.stream().filter(o -> o != d && Lexicon.key(o.name).equals(Lexicon.key(d.name)))
                        .findFirst().orElse(null);
                if (into == null && d.fullMentions == 0) {
                    // "a Hartwell spokesperson" after "Hartwell Bank": the start of exactly one longer name of an
                    // organisation the article gives, where no person of the article bears the word
                    List<Draft> longer = organisations.stream().filter(o -> startsWith(o.name, d.name)).toList();
                    into = longer.size() == 1 ? longer.get(0) : null;
                }
            } else if (d.kind == Actor.Kind.ORGANISATION) {
                List<Draft> longer = organisations.stream().filter(o -> o != d && startsWith(o.name, d.name)).toList();
                into = longer.size() == 1 ? longer.get(0) : null;
                if (into == null && longer.isEmpty()) {
                    // "the Intelligence Committee" after "the House Intelligence Committee": the end of one
                    // longer name the article gives, of two words or more
                    List<Draft> ending = words(d.name).length < 2 ? List.of() : organisations.stream()
                            .filter(o -> o != d && endsWith(o.name, d.name)).toList();
                    into = ending.size() == 1 ? ending.get(0) : null;
                }
                if (into == null && d.sector == null && words(d.name).length == 1) {
                    // "Noem" the tagger read as an organisation's name, in an article that names Kristi Noem in
                    // full: the surname of exactly one person it names, and no body's name it knows
                    List<Draft> named = r.drafts.values().stream().filter(p -> p.kind == Actor.Kind.PERSON
                            && p.fullMentions > 0 && !p.mentions.isEmpty() && surname(p.name).equals(words(d.name)[0])).toList();
                    into = named.size() == 1 ? named.get(0) : null;
                }
            }
            if (into == null || into.code != null && d.code != null && !into.code.equals(d.code) && d.basis == null) {
                continue; // the text placed the short form elsewhere: two bodies, not one
            }
            for (Mention m : d.mentions) {
                into.add(m);
            }
            if (into.sector == null) {
                into.sector = d.sector;
            }
            d.mentions.clear();
        }
    }

    /** True where the words of {@code full} start with all the words of {@code part}, and there are more. */
    private static boolean startsWith(String full, String part) {
        String[] f = words(full);
        String[] p = words(part);
        return p.length < f.length && Arrays.equals(Arrays.copyOf(f, p.length), p);
    }

    /**
     * A person named once with a middle name ("Kristi Lynn Noem") and elsewhere without it ("Kristi Noem"):
     * one person, under the shorter name, where exactly one person has its first and last words.
     */
    private static void joinMiddleNames(Resolution r) {
        for (Draft d : r.drafts.values()) {
            String[] w = words(d.name);
            if (d.kind != Actor.Kind.PERSON || d.mentions.isEmpty() || w.length < 3 || d.known) {
                continue;
            }
            List<Draft> shorter = r.drafts.values().stream().filter(p -> p != d && p.kind == Actor.Kind.PERSON
                    && !p.mentions.isEmpty() && Arrays.equals(words(p.name), new String[] {w[0], w[w.length - 1]})).toList();
            if (shorter.size() != 1) {
                continue;
            }
            Draft into = shorter.get(0);
            for (Mention m : d.mentions) {
                into.add(m);
            }
            into.fullMentions += d.fullMentions;
            d.mentions.clear();
        }
    }

    /** True where the words of {@code full} end with all the words of {@code part}, and there are more. */
    private static boolean endsWith(String full, String part) {
        String[] f = words(full);
        String[] p = words(part);
        return p.length < f.length && Arrays.equals(Arrays.copyOfRange(f, f.length - p.length, f.length), p);
    }

    private static String surname(String name) {
        String[] w = words(name);
        return w.length > 1 ? w[w.length - 1] : "";
    }

    private static String[] words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Lexicon.key(name).split(" ")) {
            if (!w.isEmpty() && !w.equals("the")) {
                out.add(w); // the key is lower case already
            }
        }
        return out.toArray(String[]::new);
    }
}
