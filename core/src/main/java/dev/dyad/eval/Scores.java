package dev.dyad.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics of the project's reference scorer ({@code eval/score.py} beside the corpus), computed
 * the same way in Java so that the build's accuracy gate and the benchmark reports give the same
 * numbers. Pure functions; thread-safe.
 */
public final class Scores {
    /** Python's {@code \w+} on Unicode text: letters, numbers and the underscore. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

    private Scores() {
    }

    /** Precision, recall and F1 of a set of pages. */
    public record PRF(double precision, double recall, double f1, int pages) {
    }

    /** 'dir/abc.html.gz' → 'abc'; a bare id stays as it is. The scorer's way of tying a prediction to its gold item. */
    public static String keyOf(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        for (String ext : new String[] {".gz", ".html", ".htm", ".txt", ".json"}) {
            if (name.endsWith(ext)) {
                name = name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> t = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        int n = Math.max(1, t.size() - 4 + 1);
        for (int i = 0; i < n; i++) {
            List<String> s = t.subList(i, Math.min(t.size(), i + 4));
            if (!s.isEmpty()) {
                out.merge(List.copyOf(s), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * Body F1 over pages: 4-gram shingle precision and recall per page, averaged, then F1 of the
     * averages. A page missing from {@code predicted} scores as empty.
     *
     * @param gold      page key → true body
     * @param predicted page key → extracted body
     */
    public static PRF body(Map<String, String> gold, Map<String, String> predicted) {
        double pSum = 0;
        double rSum = 0;
        int pN = 0;
        int rN = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            Map<List<String>, Integer> t = shingles(e.getValue());
            Map<List<String>, Integer> p = shingles(predicted.getOrDefault(e.getKey(), ""));
            long tp = 0;
            long fp = 0;
            long fn = 0;
            Set<List<String>> keys = new HashSet<>(t.keySet());
            keys.addAll(p.keySet());
            for (List<String> k : keys) {
                int a = t.getOrDefault(k, 0);
                int b = p.getOrDefault(k, 0);
                tp += Math.min(a, b);
                fp += Math.max(0, b - a);
                fn += Math.max(0, a - b);
            }
            long s = tp + fp + fn;
            if (s == 0 || (fp == 0 && fn == 0)) {
                pSum += 1;
                rSum += 1;
                pN++;
                rN++;
                continue;
            }
            if (tp + fp > 0) {
                pSum += (double) tp / (tp + fp);
                pN++;
            }
            if (tp + fn > 0) {
                rSum += (double) tp / (tp + fn);
                rN++;
            }
        }
        double precision = pN == 0 ? 0 : pSum / pN;
        double recall = rN == 0 ? 0 : rSum / rN;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PRF(precision, recall, f1, gold.size());
    }

    /** Lower-cased word characters joined by single spaces: the scorer's comparison form. */
    public static String norm(String s) {
        return String.join(" ", tokens(s == null ? "" : s.toLowerCase(Locale.ROOT)));
    }

    /** Accuracy of titles, authors and dates. */
    public record Meta(double title, double author, double date, int titles, int authors, int dates) {
    }

    /** A gold page's metadata, and what was predicted for it. */
    public record PageMeta(String title, String author, String date) {
    }

    /** A prediction: title, authors, published. */
    public record PredictedMeta(String title, List<String> authors, String published) {
    }

    public static Meta meta(Map<String, PageMeta> gold, Map<String, PredictedMeta> predicted) {
        int titleHits = 0;
        int titles = 0;
        int authorHits = 0;
        int authors = 0;
        int dateHits = 0;
        int dates = 0;
        PredictedMeta none = new PredictedMeta(null, List.of(), null);
        for (Map.Entry<String, PageMeta> e : gold.entrySet()) {
            PageMeta g = e.getValue();
            PredictedMeta p = predicted.getOrDefault(e.getKey(), none);
            if (g.title() != null && !g.title().isEmpty()) {
                titles++;
                titleHits += norm(p.title()).equals(norm(g.title())) ? 1 : 0;
            }
            if (g.author() != null && !g.author().isEmpty()) {
                authors++;
                Set<String> got = new HashSet<>();
                for (String a : p.authors()) {
                    got.add(norm(a));
                }
                boolean hit = false;
                for (String a : g.author().split(",| and |;")) {
                    String w = norm(a);
                    if (!w.isEmpty() && got.contains(w)) {
                        hit = true;
                    }
                }
                authorHits += hit ? 1 : 0;
            }
            if (g.date() != null && !g.date().isEmpty()) {
                dates++;
                String pub = p.published() == null ? "" : p.published();
                String want = g.date().length() > 10 ? g.date().substring(0, 10) : g.date();
                dateHits += (pub.length() > 10 ? pub.substring(0, 10) : pub).equals(want) ? 1 : 0;
            }
        }
        return new Meta(ratio(titleHits, titles), ratio(authorHits, authors), ratio(dateHits, dates), titles, authors, dates);
    }

    /** The checks of one annotated article: how many passed, and the names of those that failed. */
    public record Checks(int passed, int total, List<String> failed) {
    }

    /**
     * The scorer's article checks: title, subtitle, authors, published (the same instant when both
     * carry an offset, else the same day), where the body starts and ends, snippets it keeps and drops.
     *
     * @param gold the {@code article} object of a {@code *.gold.json}
     */
    public static Checks article(com.fasterxml.jackson.databind.JsonNode gold, String title, String subtitle,
                                 List<String> authors, String published, String body) {
        String flat = String.join(" ", body == null ? new String[0] : body.strip().split("[\\s\\p{Z}]+"));
        List<String> failed = new ArrayList<>();
        int total = 0;
        for (String field : new String[] {"title", "subtitle"}) {
            if (gold.has(field)) {
                total++;
                String got = field.equals("title") ? title : subtitle;
                String g = got == null ? "" : String.join(" ", got.strip().split("[\\s\\p{Z}]+"));
                if (!g.equals(gold.get(field).asText())) {
                    failed.add(field);
                }
            }
        }
        if (gold.has("authors")) {
            total++;
            List<String> want = new ArrayList<>();
            gold.get("authors").forEach(a -> want.add(a.asText()));
            List<String> got = authors.stream().map(String::strip).toList();
            if (!got.equals(want)) {
                failed.add("authors");
            }
        }
        if (gold.has("published")) {
            total++;
            if (!sameInstant(gold.get("published").asText(), published)) {
                failed.add("published");
            }
        }
        if (gold.has("body_first_sentence")) {
            total++;
            if (!flat.startsWith(gold.get("body_first_sentence").asText())) {
                failed.add("body starts right");
            }
        }
        if (gold.has("body_last_sentence")) {
            total++;
            if (!flat.endsWith(gold.get("body_last_sentence").asText())) {
                failed.add("body ends right");
            }
        }
        if (gold.has("body_must_contain")) {
            for (com.fasterxml.jackson.databind.JsonNode s : gold.get("body_must_contain")) {
                total++;
                if (!flat.contains(s.asText())) {
                    failed.add("keeps: " + s.asText());
                }
            }
        }
        if (gold.has("body_must_not_contain")) {
            for (com.fasterxml.jackson.databind.JsonNode s : gold.get("body_must_not_contain")) {
                total++;
                if (flat.contains(s.asText())) {
                    failed.add("drops: " + s.asText());
                }
            }
        }
        return new Checks(total - failed.size(), total, List.copyOf(failed));
    }

    private static boolean sameInstant(String want, String got) {
        if (got == null || got.isBlank()) {
            return false;
        }
        try {
            java.time.temporal.TemporalAccessor w = parseIso(want);
            java.time.temporal.TemporalAccessor g = parseIso(got);
            if (w instanceof java.time.OffsetDateTime wo && g instanceof java.time.OffsetDateTime go) {
                return wo.toInstant().equals(go.toInstant());
            }
            return java.time.LocalDate.from(w).equals(java.time.LocalDate.from(g));
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static java.time.temporal.TemporalAccessor parseIso(String s) {
        String v = s.replace("Z", "+00:00");
        if (v.length() == 10) {
            return java.time.LocalDate.parse(v);
        }
        try {
            return java.time.OffsetDateTime.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.LocalDateTime.parse(v);
        }
    }

    /** Actors resolved with the right code and sector, and mentions linked, out of the gold's. */
    public record ActorScore(int resolved, int actors, int linked, int mentions, List<String> wrong) {
    }

    /**
     * The scorer's actor figures: a gold actor is resolved when a predicted actor whose name or
     * mentions contain the gold name carries the gold code and sector; a gold mention is linked when
     * it stands inside a name or mention of that actor.
     *
     * @param gold      the gold file's {@code actors} array
     * @param predicted every predicted actor: name, code, sector and mention texts
     */
    public static ActorScore actors(com.fasterxml.jackson.databind.JsonNode gold, List<PredictedActor> predicted) {
        int resolved = 0;
        int linked = 0;
        int total = 0;
        List<String> wrong = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode g : gold) {
            String gname = g.path("name").asText();
            List<PredictedActor> candidates = new ArrayList<>();
            for (PredictedActor a : predicted) {
                if (within(gname, a.names())) {
                    candidates.add(a);
                }
            }
            Set<String> sectors = new HashSet<>();
            String gsector = g.hasNonNull("sector") ? g.get("sector").asText() : null;
            if (gsector != null) {
                sectors.add(gsector);
                g.path("accept_sectors").forEach(x -> sectors.add(x.asText()));
            }
            List<PredictedActor> ok = new ArrayList<>();
            for (PredictedActor a : candidates) {
                if (g.path("code").asText().equals(a.code()) && (gsector == null || sectors.contains(a.sector()))) {
                    ok.add(a);
                }
            }
            resolved += ok.isEmpty() ? 0 : 1;
            PredictedActor best = !ok.isEmpty() ? ok.get(0) : candidates.isEmpty() ? null : candidates.get(0);
            for (com.fasterxml.jackson.databind.JsonNode m : g.path("mentions")) {
                total++;
                linked += best != null && within(m.asText(), best.names()) ? 1 : 0;
            }
            if (ok.isEmpty()) {
                wrong.add(gname + ": want " + g.path("code").asText() + "/" + gsector + ", got "
                        + (candidates.isEmpty() ? "not found" : candidates.stream().map(a -> a.code() + "/" + a.sector()).toList()));
            }
        }
        return new ActorScore(resolved, gold.size(), linked, total, wrong);
    }

    /** A predicted actor as the scorer sees it. */
    public record PredictedActor(String name, String code, String sector, List<String> mentions) {
        List<String> names() {
            List<String> n = new ArrayList<>();
            n.add(norm(name));
            mentions.forEach(m -> n.add(norm(m)));
            return n;
        }
    }

    private static boolean within(String want, List<String> got) {
        String w = norm(want);
        if (w.startsWith("the ")) {
            w = w.substring(4);
        }
        for (String g : got) {
            if (!g.isEmpty() && (" " + g + " ").contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
