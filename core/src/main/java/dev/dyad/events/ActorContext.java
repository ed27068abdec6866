package dev.dyad.events;

import dev.dyad.actors.ActorIndex;
import dev.dyad.actors.Lexicon;
import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Maps tokens of a sentence to the actors the resolver found there, as the article's {@link ActorIndex} holds them. */
final class ActorContext {
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "his", "her");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "they", "their", "them");
    private static final Set<String> CONTAINERS = Set.of("team", "teams", "group", "delegation", "delegations", "member",
            "members", "head", "leader", "leaders", "chief", "envoy", "envoys", "officials", "official", "contingent",
            "thousands", "hundreds", "dozens", "scores", "millions", "tens", "some", "many", "most", "all", "part");

    private final ActorIndex index;
    private final ParsedArticle article;
    private final Graph g;

    ActorContext(ActorIndex index, ParsedArticle article, Graph g) {
        this.index = index;
        this.article = article;
        this.g = g;
    }

    /** The article's actors this context reads. */
    ActorIndex index() {
        return index;
    }

    /** The (first) actor a mention stands for. */
    private Actor ownerOf(Mention m) {
        return index.actorsOf(m).get(0);
    }

    /** Who a token stands for: an actor mention over it, a pronoun's antecedent, a team's members, a place. */
    List<Who> who(int i, boolean places) {
        List<Who> out = whoAlone(i, places);
        boolean ethnic = false;
        for (int c : g.children(i, "amod")) {
            ethnic |= g.token(c).lemma().equalsIgnoreCase("ethnic");
        }
        if (!ethnic || out.isEmpty()) {
            return out;
        }
        // "ethnic Albanians in southeastern Serbia": a minority, coded by the state it lives in
        String where = null;
        int verb = g.governor(i);
        List<Integer> heads = new ArrayList<>(List.of(i, verb));
        heads.addAll(g.children(i, "acl")); // "ethnic Albanian guerrillas operating in Macedonia"
        for (int v : heads) {
            for (int c : v < 0 ? List.<Integer>of() : g.children(v)) {
                String base = g.baseRelation(c);
                if ((base.equals("nmod") || base.equals("obl")) && "in".equals(g.casePreposition(c)) && where == null) {
                    for (Who w : whoAlone(c, true)) {
                        if (index.findCountry(w.actor().code()).isPresent()) {
                            where = w.actor().code();
                            break;
                        }
                    }
                }
            }
        }
        if (where == null) {
            return out;
        }
        List<Who> recoded = new ArrayList<>();
        for (Who w : out) {
            Actor a = w.actor();
            recoded.add(where.equals(a.code()) ? w : new Who(new Actor(a.name() + " in " + where, Actor.Kind.GROUP, where,
                    a.sector(), a.office(), a.mentions()), w.text()));
        }
        return recoded;
    }

    private List<Who> whoAlone(int i, boolean places) {
        Token tok = g.token(i);
        Mention best = null;
        List<Mention> here = index.mentionsIn(g.sentence().index());
        for (Mention m : here) {
            if (m.field().equals(g.sentence().field()) && m.start() <= tok.start() && tok.end() <= m.end()
                    && (best == null || m.end() - m.start() < best.end() - best.start())) {
                best = m;
            }
        }
        if (best != null) {
            // "Hungarian and Romanian officials": one mention, two actors
            List<Who> all = new ArrayList<>();
            for (Mention m : here) {
                if (m.start() == best.start() && m.end() == best.end() && m.field().equals(best.field())) {
                    for (Actor a : index.actorsOf(m)) {
                        all.add(new Who(a, m.text()));
                    }
                }
            }
            if (all.stream().allMatch(w -> w.actor().code() == null)) {
                // "U.N. mediator Diego Cordovez", "Baghdad University Medical School": the body or place
                // that modifies a name the lexicons do not know gives its country or code
                Mention span = best;
                // "Baghdad University Medical School": the modifier may hang on another modifier of the name
                List<Integer> modifiers = new ArrayList<>(g.children(i));
                for (int c : g.children(i, "compound")) {
                    modifiers.addAll(g.children(c, "compound"));
                }
                for (int c : modifiers) {
                    Token ct = g.token(c);
                    String rel = g.relation(c);
                    if ((rel.startsWith("compound") || rel.equals("amod")) && (ct.end() <= span.start() || ct.start() >= span.end())) {
                        for (Who w : whoAlone(c, true)) {
                            if (w.actor().code() != null) {
                                List<Who> coded = new ArrayList<>();
                                for (Who x : all) {
                                    Actor a = x.actor();
                                    coded.add(new Who(new Actor(a.name(), a.kind(), w.actor().code(), a.sector(), a.office(),
                                            a.mentions()), x.text()));
                                }
                                return coded;
                            }
                        }
                    }
                }
            }
            return all;
        }
        String w = tok.word().toLowerCase(Locale.ROOT);
        if (PERSONAL_PRONOUNS.contains(w)) {
            return antecedent(tok, true).map(a -> List.of(new Who(a, tok.word()))).orElse(List.of());
        }
        if (THING_PRONOUNS.contains(w)) {
            return antecedent(tok, false).map(a -> List.of(new Who(a, tok.word()))).orElse(List.of());
        }
        if ((w.equals("country") || w.equals("nation")) && i > 0 && g.token(i - 1).word().equalsIgnoreCase("the")) {
            // "remain in Afghanistan, 18 years after Washington invaded the country": the country named
            // last before it, not the subject of its own clause; else the one the article names most
            Actor a = lastCountry(i).or(index::findDominantCountry).orElse(null);
            if (a != null) {
                return List.of(new Who(a, g.sentence().span(i - 1, i)));
            }
        }
        if (CONTAINERS.contains(w)) {
            for (int c : g.children(i)) {
                if (g.baseRelation(c).equals("nmod") && "of".equalsIgnoreCase(g.casePreposition(c))) {
                    return who(c, places);
                }
            }
        }
        // a country adjective or name used alone ("the North Korean's visit")
        String span = nameSpan(i);
        Optional<Lexicon.Country> named = index.findCountryNamed(span);
        if (named.isPresent()) {
            return List.of(new Who(countryActor(named.get(), span, tok), span));
        }
        if (tok.pos().equals("NNPS") && span.equals(tok.word()) && span.endsWith("s")) {
            // "Palestinians", "Kurds": people of the nation whose adjective is the singular
            Optional<Lexicon.Country> nation = index.findNationOfPlural(span);
            if (nation.isPresent()) {
                Actor a = countryActor(nation.get(), span, tok);
                return List.of(new Who(new Actor(a.name() + " " + span.toLowerCase(Locale.ROOT), Actor.Kind.GROUP,
                        a.code(), null, null, a.mentions()), span));
            }
        }
        if (places && tok.isCapitalised()) {
            Optional<Lexicon.Country> c = index.findCountryOfPlace(span);
            if (c.isPresent()) {
                return List.of(new Who(countryActor(c.get(), span, tok), span));
            }
        }
        if (g.isNoun(i) && (!tok.isCapitalised() || i == 0 || tok.pos().equals("NNPS"))) {
            // "the Turkish and Greek sides", "Croatian extremists", "five Panamanian army officers": a
            // common noun stands for the nations or bodies that modify it; a nation so named is a group
            // of that nation, not its state ("Croatia is investigating crimes by Croatian extremists")
            List<Who> out = new ArrayList<>();
            for (int c : g.children(i)) {
                String rel = g.relation(c);
                if (rel.equals("amod") && g.token(c).word().equalsIgnoreCase("led")) {
                    // "Vietnamese-led forces", "the Saudi-led coalition": forces of the nation that leads them
                    for (int k : g.children(c)) {
                        if (k < c && (g.token(k).isCapitalised() || covered(k))) {
                            for (Who m : who(k, false)) {
                                out.add(member(m, i));
                            }
                        }
                    }
                }
                if (rel.equals("amod") || rel.startsWith("compound") || rel.equals("nmod:poss")) {
                    for (int k : g.withConjuncts(c)) {
                        if (k != i && (g.token(k).isCapitalised() || covered(k))) {
                            for (Who m : who(k, false)) {
                                out.add(rel.equals("nmod:poss") ? m : member(m, i));
                            }
                        }
                    }
                }
            }
            if (out.isEmpty()) {
                out.addAll(definite(i));
            }
            if (out.isEmpty()) {
                // "the president of Armenia", "security forces in Guinea", "supporters from Hebron"
                for (int c : g.children(i, "nmod")) {
                    String prep = g.casePreposition(c);
                    if (("of".equals(prep) || "in".equals(prep) || "from".equals(prep) || "for".equals(prep))
                            && g.token(c).isCapitalised()) {
                        for (Who m : who(c, false)) {
                            out.add(member(m, i));
                        }
                    }
                }
            }
            return out;
        }
        return List.of();
    }

    /** The country named last before token i, in its sentence or the two before, but not its clause's subject. */
    private Optional<Actor> lastCountry(int i) {
        int si = g.sentence().index();
        int verb = g.governor(i);
        for (int back = 0; back <= 2 && si - back >= 0; back++) {
            Mention best = null;
            for (Mention m : index.mentionsIn(si - back)) {
                Actor a = ownerOf(m);
                if (a.kind() != Actor.Kind.COUNTRY || (back == 0 && m.end() > g.token(i).start())) {
                    continue;
                }
                if (back == 0 && subjectOf(m, verb)) {
                    continue;
                }
                if (best == null || m.start() > best.start()) {
                    best = m;
                }
            }
            if (best != null) {
                return Optional.of(ownerOf(best));
            }
        }
        return Optional.empty();
    }

    private boolean subjectOf(Mention m, int verb) {
        for (Token t : g.sentence().tokens()) {
            if (t.start() >= m.start() && t.end() <= m.end() && g.governor(t.index()) == verb
                    && g.baseRelation(t.index()).equals("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The Taliban claimed responsibility for shooting down the helicopter": a definite common noun is
     * the one the text named before with a nation or body before it ("US Chinook helicopter").
     */
    private List<Who> definite(int i) {
        Token tok = g.token(i);
        boolean definite = false;
        for (int c : g.children(i, "det")) {
            definite |= DEFINITE.contains(g.token(c).word().toLowerCase(Locale.ROOT));
        }
        if (!definite) {
            return List.of();
        }
        int si = g.sentence().index();
        // nearest first: the four sentences before, or back to the start of the article for the title
        // of one office holder ("the president" of a report that named "US President Donald Trump" in
        // its opening); then the next two sentences, where a quote often names what the reporter's
        // sentence called "the helicopter"
        boolean office = index.isOffice(tok.word());
        List<Integer> order = new ArrayList<>();
        for (int back = 0; back <= (office ? si : Math.min(si, 4)); back++) {
            order.add(si - back);
        }
        order.add(si + 1);
        order.add(si + 2);
        for (int k : order) {
            Sentence s = sentenceAt(k);
            if (s == null || !s.field().equals("body") && !s.field().equals(g.sentence().field())) {
                continue;
            }
            List<Token> toks = s.tokens();
            for (int j = (k == si ? i : toks.size()) - 1; j >= 1; j--) {
                if (!toks.get(j).lemma().equalsIgnoreCase(tok.lemma())) {
                    continue;
                }
                for (int p = j - 1; p >= Math.max(0, j - 3); p--) {
                    Token pt = toks.get(p);
                    for (Mention m : index.mentionsIn(s.index())) {
                        Actor a = ownerOf(m);
                        if (m.field().equals(s.field()) && m.start() <= pt.start() && pt.end() <= m.end() && a.code() != null) {
                            return List.of(member(new Who(a, m.text()), i));
                        }
                    }
                    if (!pt.isCapitalised() && !pt.pos().startsWith("JJ") && !pt.pos().startsWith("NN")) {
                        break;
                    }
                }
            }
        }
        return List.of();
    }

    private Sentence sentenceAt(int index) {
        List<Sentence> all = article.sentences();
        if (index >= 0 && index < all.size() && all.get(index).index() == index) {
            return all.get(index);
        }
        for (Sentence s : all) {
            if (s.index() == index) {
                return s;
            }
        }
        return null;
    }

    /** True when an actor mention covers token i. */
    private boolean covered(int i) {
        Token tok = g.token(i);
        for (Mention m : index.mentionsIn(g.sentence().index())) {
            if (m.field().equals(g.sentence().field()) && m.start() <= tok.start() && tok.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /** People of a country that a common noun names ("extremists" of "Croatian extremists"), as a group. */
    private Who member(Who w, int noun) {
        Actor a = w.actor();
        if (a.kind() != Actor.Kind.COUNTRY) {
            return w;
        }
        String word = g.token(noun).word().toLowerCase(Locale.ROOT);
        return new Who(new Actor(a.name() + " " + word, Actor.Kind.GROUP, a.code(), null, null, a.mentions()),
                w.text() + " " + g.token(noun).word());
    }

    private Actor countryActor(Lexicon.Country c, String text, Token tok) {
        return new Actor(c.name(), Actor.Kind.COUNTRY, c.actorCode(), null, null,
                List.of(new Mention(text, g.sentence().field(), g.sentence().index(), tok.start(), tok.end())));
    }

    /**
     * The nearest actor named before a pronoun, in its sentence, else up to two sentences back: a
     * person for "he" and "she", a country, organisation or group for "it" and "they".
     */
    private Optional<Actor> antecedent(Token pronoun, boolean person) {
        int si = g.sentence().index();
        for (int back = 0; back <= 2 && si - back >= 0; back++) {
            Mention best = null;
            for (Mention m : index.mentionsIn(si - back)) {
                Actor a = ownerOf(m);
                if ((a.kind() == Actor.Kind.PERSON) != person || a.code() == null && !person) {
                    continue;
                }
                if (back == 0 && m.end() > pronoun.start()) {
                    continue;
                }
                if (best == null || m.start() > best.start()) {
                    best = m;
                }
            }
            if (best != null) {
                return Optional.of(ownerOf(best));
            }
        }
        return Optional.empty();
    }

    /**
     * The name a token ends: the run of capitalised words before it that modify it ("New York",
     * "North Korean"); never a tail of such a run ("York" of "New York").
     */
    String nameSpan(int i) {
        int from = i;
        while (from > 0 && from > i - 4 && g.governor(from - 1) == i && g.token(from - 1).isCapitalised()
                && (g.relation(from - 1).startsWith("compound") || g.relation(from - 1).equals("amod"))) {
            from--;
        }
        return g.sentence().span(from, i);
    }

    /** Who a head and its conjuncts stand for ("Russia and China"), in the parse {@code g}. */
    List<Who> collect(Graph g, int head) {
        List<Who> out = new ArrayList<>();
        for (int c : g.withConjuncts(head)) {
            out.addAll(who(c, false));
        }
        return out;
    }
}
