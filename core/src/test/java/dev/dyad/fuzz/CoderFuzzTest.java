package dev.dyad.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.actors.ActorResolver;
import dev.dyad.actors.Lexicon;
import dev.dyad.events.EventCoder;
import dev.dyad.events.Triggers;
import dev.dyad.geo.Gazetteer;
import dev.dyad.json.Records;
import dev.dyad.model.Actor;
import dev.dyad.model.Article;
import dev.dyad.model.Dependency;
import dev.dyad.model.Event;
import dev.dyad.model.Mention;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.TimeExpression;
import dev.dyad.model.Token;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The actor resolver and the event coder under generated parses: a seeded random loop of articles whose
 * sentences mix trigger words, names, titles and noise, with random part-of-speech and entity tags, random
 * dependency trees (including relations the coder reads) and odd time values (year 0, year 9999, durations,
 * half-specified weeks). No exception escapes; every offset stays inside its text; every event is a valid
 * record; the same article gives the same events, with the same ids.
 */
class CoderFuzzTest {
    private static final int CASES = 400;
    private static final Lexicon LEXICON = Lexicon.builtIn();
    private static final ActorResolver ACTORS = new ActorResolver(LEXICON);
    private static final EventCoder CODER = new EventCoder(Triggers.builtIn(), LEXICON, Gazetteer.builtIn());

    private static final String[] WORDS = {"Sergei", "Lavrov", "Donald", "Trump", "Kim", "Jong-un", "Mr", "Moon",
        "Russia", "North", "Korea", "Korean", "Pyongyang", "Washington", "Moscow", "United", "Nations", "NATO",
        "president", "minister", "foreign", "officials", "police", "rebels", "protesters", "army", "government",
        "visited", "visit", "met", "meeting", "summit", "talks", "hosted", "cancelled", "agreed", "signed",
        "accused", "criticised", "threatened", "attacked", "arrested", "freed", "sanctions", "imposed", "protested",
        "demanded", "rejected", "refused", "urged", "praised", "offered", "aid", "deployed", "troops", "withdrew",
        "will", "would", "could", "may", "if", "not", "did", "is", "to", "was", "has", "had", "planned",
        "expected", "scheduled", "between", "and", "with", "in", "on", "at", "of", "the", "a", "his", "their",
        "Thursday", "Saturday", "last", "week", "next", "month", "ago", "two", "weeks", "June", "12", "2018",
        "year", "0", "9999", "said", ",", ".", "\"", "'s", "-", "…", "ﺍﻟﻌﺮﺑﻴﺔ", "中文", "\uD83D\uDE00"};
    private static final String[] POS = {"NNP", "NN", "NNS", "VBD", "VB", "VBZ", "VBN", "VBG", "MD", "IN", "DT",
        "JJ", "RB", "CC", "CD", "PRP", "PRP$", "POS", ".", ",", "TO", ""};
    private static final String[] NER = {"O", "O", "O", "PERSON", "LOCATION", "ORGANIZATION", "MISC", "DATE",
        "NUMBER", "TITLE"};
    private static final String[] RELATIONS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:tmod", "obl:agent",
        "nmod", "nmod:poss", "compound", "amod", "case", "det", "aux", "aux:pass", "cop", "mark", "advmod", "conj",
        "cc", "xcomp", "ccomp", "advcl", "acl", "acl:relcl", "appos", "flat", "punct", "dep", "nummod"};
    private static final String[] TIME_VALUES = {"2018-05-31", "2018-W22", "2018-06", "2018", "0000", "0000-01-01",
        "9999-12-31", "9999-W53", "XXXX-06-12", "XXXX-WXX-6", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "P1W", "PT2H",
        "2018-SU", "201X", "2018-02-30", "-0001", null, ""};
    private static final String[] TIME_TYPES = {"DATE", "DATE", "TIME", "DURATION", "SET"};
    private static final Set<String> PRECISIONS = Set.of("day", "week", "month", "year", "range");

    @Test
    void codingNeverThrowsKeepsOffsetsInsideAndIsDeterministic() {
        Random random = new Random(30_052_018L);
        int withEvents = 0;
        for (int i = 0; i < CASES; i++) {
            ParsedArticle article = article(random, i);
            List<Event> first = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> code(article),
                    () -> "case " + article.article().source() + " hung");
            List<String> lines = check(article, first);
            assertEquals(lines, check(article, code(article)), "case " + i + " coded differently twice");
            if (!first.isEmpty()) {
                withEvents++;
            }
        }
        // generated text must reach the coder's rules often enough for the loop to mean something
        assertTrue(withEvents > CASES / 20, "articles with events: " + withEvents);
    }

    private static List<Event> code(ParsedArticle article) {
        List<Actor> actors = ACTORS.resolve(article);
        for (Actor a : actors) {
            for (Mention m : a.mentions()) {
                String text = fieldText(article, m.field());
                assertTrue(m.start() >= 0 && m.start() <= m.end() && m.end() <= text.length(),
                        "mention outside its field: " + m + " in " + article.article().source());
            }
        }
        return CODER.code(article, actors);
    }

    private static List<String> check(ParsedArticle article, List<Event> events) {
        String body = article.article().body();
        List<String> lines = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Event e : events) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            assertEquals(article.article().source(), e.source());
            Event.Evidence ev = e.evidence();
            assertTrue(ev.start() >= 0 && ev.start() <= ev.end() && ev.end() <= body.length(),
                    "evidence outside the body: " + ev);
            assertEquals(ev.sentence(), body.substring(ev.start(), ev.end()), "evidence is not the body's text");
            for (Event.Evidence m : e.mentions()) {
                assertEquals(m.sentence(), body.substring(m.start(), m.end()), "mention is not the body's text");
            }
            if (e.date() != null) {
                assertTrue(PRECISIONS.contains(e.date().precision()), "precision " + e.date().precision());
                assertFalse(e.date().start().isAfter(e.date().end()), "date ends before it starts: " + e.date());
            }
            assertTrue(e.confidence() >= 0 && e.confidence() <= 1, "confidence " + e.confidence());
            String line = Records.line(Records.event(e));
            JsonNode record;
            try {
                record = Records.mapper().readTree(line);
            } catch (IOException ex) {
                throw new AssertionError("not valid JSON: " + line, ex);
            }
            assertTrue(record.path("actor").isArray() && record.path("actor").size() > 0, line);
            assertTrue(record.path("evidence").path("sentence").isTextual(), line);
            lines.add(line);
        }
        return lines;
    }

    private static String fieldText(ParsedArticle a, String field) {
        return switch (field) {
            case "title" -> a.article().title() == null ? "" : a.article().title();
            case "subtitle" -> a.article().subtitle() == null ? "" : a.article().subtitle();
            default -> a.article().body();
        };
    }

    /** An article of one to six body paragraphs, each one generated sentence, and sometimes a title. */
    private static ParsedArticle article(Random r, int i) {
        String published = pick(r, new String[] {"2018-05-30", "2018-05-30T09:00:00+09:00", null, "0001-01-01",
            "9999-12-31"});
        int paragraphs = 1 + r.nextInt(6);
        List<String> texts = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        String title = null;
        if (r.nextBoolean()) {
            List<String> words = words(r);
            title = String.join(" ", words);
            sentences.add(sentence(r, 0, "title", 0, 0, words));
        }
        int offset = 0;
        for (int p = 0; p < paragraphs; p++) {
            Sentence s;
            if (r.nextBoolean()) {
                s = clause(r, sentences.size(), p, offset);
            } else {
                s = sentence(r, sentences.size(), "body", p, offset, words(r));
            }
            texts.add(s.text());
            sentences.add(s);
            offset += s.text().length() + 2;
        }
        Article a = new Article("fuzz-" + i, title, null, List.of(), published, "en", null, texts, List.of());
        return new ParsedArticle(a, sentences);
    }

    private static final String[][] ACTOR_NAMES = {{"Russia"}, {"Sergei", "Lavrov"}, {"North", "Korea"},
        {"Donald", "Trump"}, {"China"}, {"NATO"}, {"Japan"}, {"Moon", "Jae-in"}, {"Kim", "Jong-un"}, {"Iran"}};
    private static final String[][] VERBS = {{"visited", "visit"}, {"met", "meet"}, {"accused", "accuse"},
        {"attacked", "attack"}, {"hosted", "host"}, {"criticised", "criticise"}, {"threatened", "threaten"},
        {"praised", "praise"}, {"sanctioned", "sanction"}, {"rejected", "reject"}};

    /** A clause the coder can read, "A [will|did not] VERB B [on Thursday]", with its parse, then noise. */
    private static Sentence clause(Random r, int index, int paragraph, int offset) {
        List<String> words = new ArrayList<>();
        List<String[]> tags = new ArrayList<>(); // pos, ner, lemma
        List<Dependency> deps = new ArrayList<>();
        String[] subject = ACTOR_NAMES[r.nextInt(ACTOR_NAMES.length)];
        String[] object = ACTOR_NAMES[r.nextInt(ACTOR_NAMES.length)];
        String[] verb = VERBS[r.nextInt(VERBS.length)];
        int aux = r.nextInt(4);
        int subjHead = subject.length - 1;
        for (String w : subject) {
            words.add(w);
            tags.add(new String[] {"NNP", subject.length > 1 ? "PERSON" : "LOCATION", w.toLowerCase(Locale.ROOT)});
        }
        int verbAt = words.size() + (aux == 1 ? 1 : aux == 2 ? 2 : 0);
        if (aux == 1) {
            words.add("will");
            tags.add(new String[] {"MD", "O", "will"});
            deps.add(new Dependency(verbAt, words.size() - 1, "aux"));
        } else if (aux == 2) {
            words.add("did");
            tags.add(new String[] {"VBD", "O", "do"});
            deps.add(new Dependency(verbAt, words.size() - 1, "aux"));
            words.add("not");
            tags.add(new String[] {"RB", "O", "not"});
            deps.add(new Dependency(verbAt, words.size() - 1, "advmod"));
        }
        words.add(aux == 0 || aux == 3 ? verb[0] : verb[1]);
        tags.add(new String[] {aux == 0 || aux == 3 ? "VBD" : "VB", "O", verb[1]});
        deps.add(new Dependency(-1, verbAt, "root"));
        for (int k = 0; k < subject.length - 1; k++) {
            deps.add(new Dependency(subjHead, k, "compound"));
        }
        deps.add(new Dependency(verbAt, subjHead, "nsubj"));
        int objStart = words.size();
        for (String w : object) {
            words.add(w);
            tags.add(new String[] {"NNP", object.length > 1 ? "PERSON" : "LOCATION", w.toLowerCase(Locale.ROOT)});
        }
        int objHead = words.size() - 1;
        for (int k = objStart; k < objHead; k++) {
            deps.add(new Dependency(objHead, k, "compound"));
        }
        deps.add(new Dependency(verbAt, objHead, "obj"));
        List<TimeExpression> times = new ArrayList<>();
        int dayAt = -1;
        if (r.nextBoolean()) {
            words.add("on");
            tags.add(new String[] {"IN", "O", "on"});
            words.add(pick(r, new String[] {"Thursday", "Saturday"}));
            tags.add(new String[] {"NNP", "DATE", words.get(words.size() - 1).toLowerCase(Locale.ROOT)});
            dayAt = words.size() - 1;
            deps.add(new Dependency(dayAt, dayAt - 1, "case"));
            deps.add(new Dependency(verbAt, dayAt, "obl"));
        }
        int noise = r.nextInt(6);
        for (int k = 0; k < noise; k++) {
            words.add(pick(r, WORDS));
            tags.add(new String[] {pick(r, POS), "O", words.get(words.size() - 1).toLowerCase(Locale.ROOT)});
            deps.add(new Dependency(r.nextInt(words.size() - 1), words.size() - 1, pick(r, RELATIONS)));
        }
        words.add(".");
        tags.add(new String[] {".", "O", "."});
        deps.add(new Dependency(verbAt, words.size() - 1, "punct"));
        List<Token> tokens = new ArrayList<>();
        int at = offset;
        for (int t = 0; t < words.size(); t++) {
            String[] tg = tags.get(t);
            tokens.add(new Token(t, words.get(t), tg[2], tg[0], tg[1], at, at + words.get(t).length()));
            at += words.get(t).length() + 1;
        }
        if (dayAt >= 0) {
            Token day = tokens.get(dayAt);
            times.add(new TimeExpression(day.word(), "DATE", pick(r, TIME_VALUES), dayAt, dayAt, day.start(), day.end()));
        }
        return new Sentence(index, "body", paragraph, offset, at - 1, String.join(" ", words), tokens, deps, times);
    }

    private static List<String> words(Random r) {
        int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 300 : 30);
        List<String> out = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            out.add(pick(r, WORDS));
        }
        return out;
    }

    private static Sentence sentence(Random r, int index, String field, int paragraph, int offset, List<String> words) {
        List<Token> tokens = new ArrayList<>();
        int at = offset;
        for (int t = 0; t < words.size(); t++) {
            String w = words.get(t);
            String ner = Character.isUpperCase(w.codePointAt(0)) && r.nextBoolean() ? pick(r, NER) : "O";
            tokens.add(new Token(t, w, w.toLowerCase(Locale.ROOT), pick(r, POS), ner, at, at + w.length()));
            at += w.length() + 1;
        }
        // a random tree: each token hangs from an earlier one or from a random root
        List<Dependency> deps = new ArrayList<>();
        if (r.nextInt(8) > 0) {
            int root = r.nextInt(words.size());
            deps.add(new Dependency(-1, root, "root"));
            for (int t = 0; t < words.size(); t++) {
                if (t != root) {
                    int gov = r.nextInt(4) == 0 ? r.nextInt(words.size()) : root; // cycles and self-loops too
                    deps.add(new Dependency(gov, t, pick(r, RELATIONS)));
                }
            }
        }
        List<TimeExpression> times = new ArrayList<>();
        int count = r.nextInt(3);
        for (int k = 0; k < count; k++) {
            int first = r.nextInt(words.size());
            int last = Math.min(words.size() - 1, first + r.nextInt(3));
            Token a = tokens.get(first);
            Token b = tokens.get(last);
            String text = String.join(" ", words.subList(first, last + 1));
            times.add(new TimeExpression(text, pick(r, TIME_TYPES), pick(r, TIME_VALUES), first, last, a.start(),
                    b.end()));
        }
        return new Sentence(index, field, paragraph, offset, at - 1, String.join(" ", words), tokens, deps, times);
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }
}
