package dev.dyad.testing;

import dev.dyad.model.Article;
import dev.dyad.model.Dependency;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Sentence;
import dev.dyad.model.TimeExpression;
import dev.dyad.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hand-built parsed articles for testing later stages without loading CoreNLP. Each paragraph is one
 * sentence of space-separated tokens; a token may carry its tags as {@code word/POS/NER} or
 * {@code word//NER}; bracketed runs {@code [Sergei Lavrov]PERSON} tag every word inside. Untagged
 * tokens get a rough part of speech (capitalised: NNP; a small list of verbs: VBD; else NN or NNS).
 */
public final class Parsed {
    private static final Set<String> VERBS = Set.of("is", "was", "are", "were", "has", "had", "have", "said", "says",
            "will", "would", "visited", "met", "arrived", "hosted", "held", "led", "host", "visit", "meet", "told",
            "travelled", "traveled", "cancelled", "went", "comes", "came", "confirmed", "tweeted", "maintain");

    private Parsed() {
    }

    /** An article with a title and body paragraphs, each paragraph one sentence. */
    public static ParsedArticle article(String published, String title, String... paragraphs) {
        List<String> paras = List.of(paragraphs);
        Article a = new Article("test", title, null, List.of(), published, "en", null,
                paras.stream().map(Parsed::plain).toList(), List.of());
        List<Sentence> sentences = new ArrayList<>();
        if (title != null) {
            sentences.add(sentence(0, "title", 0, 0, title));
        }
        int offset = 0;
        for (int p = 0; p < paras.size(); p++) {
            sentences.add(sentence(sentences.size(), "body", p, offset, paras.get(p)));
            offset += plain(paras.get(p)).length() + 2;
        }
        return new ParsedArticle(new Article(a.source(), plain(title == null ? "" : title), null, List.of(), published,
                "en", null, a.paragraphs(), List.of()), sentences);
    }

    /** The text a marked-up sentence stands for: tags and brackets removed. */
    public static String plain(String marked) {
        List<String> words = new ArrayList<>();
        for (String[] t : tokens(marked)) {
            words.add(t[0]);
        }
        return String.join(" ", words);
    }

    private static List<String[]> tokens(String marked) {
        List<String[]> out = new ArrayList<>();
        String[] parts = marked.trim().split(" +");
        String runTag = null;
        List<String[]> run = new ArrayList<>();
        for (String part : parts) {
            if (part.startsWith("[")) {
                runTag = "";
                run.clear();
                part = part.substring(1);
            }
            if (runTag != null) {
                int close = part.indexOf(']');
                if (close >= 0) {
                    String tag = part.substring(close + 1);
                    run.add(new String[] {part.substring(0, close), null, null, null});
                    for (String[] r : run) {
                        r[2] = tag;
                        out.add(r);
                    }
                    runTag = null;
                } else {
                    run.add(new String[] {part, null, null, null});
                }
                continue;
            }
            String[] f = part.split("/", -1);
            if (f.length == 1 || part.equals("/")) {
                out.add(new String[] {part, null, null, null});
            } else {
                out.add(new String[] {f[0], f[1].isEmpty() ? null : f[1], f.length > 2 && !f[2].isEmpty() ? f[2] : null,
                        f.length > 3 ? f[3] : null});
            }
        }
        return out;
    }

    private static Sentence sentence(int index, String field, int paragraph, int offset, String marked) {
        List<Token> tokens = new ArrayList<>();
        int at = offset;
        List<String[]> raw = tokens(marked);
        for (int i = 0; i < raw.size(); i++) {
            String[] t = raw.get(i);
            String word = t[0];
            String pos = t[1] != null ? t[1] : guessPos(word);
            String ner = t[2] != null ? t[2] : "O";
            String lemma = t.length > 3 && t[3] != null ? t[3] : word.toLowerCase(Locale.ROOT);
            tokens.add(new Token(i, word, lemma, pos, ner, at, at + word.length()));
            at += word.length() + 1;
        }
        String text = plain(marked);
        return new Sentence(index, field, paragraph, offset, offset + text.length(), text, tokens,
                List.<Dependency>of(), List.<TimeExpression>of());
    }

    /**
     * An article of one body sentence with its dependency parse and time expressions, for testing the
     * event coder without CoreNLP. {@code deps} lists "relation governor dependent" triples separated by
     * semicolons, with 1-based word positions and 0 for the root; {@code times} lists "TYPE value first
     * last" quadruples (1-based, inclusive) separated by semicolons, or is empty.
     */
    public static ParsedArticle withParse(String published, String marked, String deps, String times) {
        ParsedArticle base = article(published, null, marked);
        Sentence s = base.sentences().get(0);
        List<Dependency> ds = new ArrayList<>();
        for (String d : deps.split(";")) {
            String[] f = d.trim().split("\\s+");
            ds.add(new Dependency(Integer.parseInt(f[1]) - 1, Integer.parseInt(f[2]) - 1, f[0]));
        }
        List<TimeExpression> ts = new ArrayList<>();
        for (String t : times.isBlank() ? new String[0] : times.split(";")) {
            String[] f = t.trim().split("\\s+");
            int first = Integer.parseInt(f[2]) - 1;
            int last = Integer.parseInt(f[3]) - 1;
            Token a = s.tokens().get(first);
            Token b = s.tokens().get(last);
            ts.add(new TimeExpression(s.text().substring(a.start() - s.start(), b.end() - s.start()), f[0], f[1], first, last,
                    a.start(), b.end()));
        }
        Sentence parsed = new Sentence(s.index(), s.field(), s.paragraph(), s.start(), s.end(), s.text(), s.tokens(), ds, ts);
        return new ParsedArticle(base.article(), List.of(parsed));
    }

    private static String guessPos(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (VERBS.contains(l)) {
            return "VBD";
        }
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
            return "NNP";
        }
        if (!Character.isLetter(w.charAt(0))) {
            return w;
        }
        return l.endsWith("s") && l.length() > 3 ? "NNS" : "NN";
    }
}
