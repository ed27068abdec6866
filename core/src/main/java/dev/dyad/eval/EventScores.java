package dev.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference scorer's event metrics in Java: a predicted event matches a gold one when its type
 * is the gold type (or an accepted one), one actor code is among the gold's, one recipient code too
 * where the gold names recipients (either way round for symmetric events), and its date overlaps the
 * gold date widened by its tolerance. Gold and predictions are paired one to one, preferring pairs that
 * agree on modality and mode. Records are read as JSON trees, as {@code dyad events} writes them.
 */
public final class EventScores {
    private EventScores() {
    }

    /** Core recall, precision and modality agreement of one annotated article. */
    public record ArticleScore(int coreFound, int core, int matchedPredictions, int predicted, int modalityRight,
                               List<String> report) {
        public double recall() {
            return core == 0 ? 0 : (double) coreFound / core;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) matchedPredictions / predicted;
        }
    }

    /** Precision, recall and F1 over hand-coded sentences. */
    public record SentenceScore(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static ArticleScore article(JsonNode goldEvents, List<JsonNode> predicted) {
        List<JsonNode> gold = new ArrayList<>();
        goldEvents.forEach(gold::add);
        Map<Integer, Integer> pairs = assign(gold, predicted);
        int core = 0;
        int found = 0;
        int modality = 0;
        List<String> report = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            JsonNode g = gold.get(i);
            if (!g.path("core").asBoolean(false)) {
                continue;
            }
            core++;
            if (pairs.containsKey(i)) {
                found++;
                JsonNode p = predicted.get(pairs.get(i));
                Set<String> ok = new HashSet<>();
                ok.add(g.path("modality").asText());
                g.path("accept_modalities").forEach(x -> ok.add(x.asText()));
                if (ok.contains(p.path("modality").asText())) {
                    modality++;
                } else {
                    report.add("modality " + g.path("id").asText() + ": want " + g.path("modality").asText() + ", got "
                            + p.path("modality").asText());
                }
            } else {
                report.add("missed " + g.path("id").asText() + " " + g.path("event").asText() + " " + g.path("evidence").asText());
            }
        }
        Set<Integer> used = new HashSet<>(pairs.values());
        for (int j = 0; j < predicted.size(); j++) {
            if (!used.contains(j)) {
                JsonNode p = predicted.get(j);
                report.add("unmatched " + p.path("event").asText() + " " + codes(p.path("actor")) + "->"
                        + codes(p.path("recipient")) + ": " + p.path("evidence").path("sentence").asText());
            }
        }
        return new ArticleScore(found, core, used.size(), predicted.size(), modality, report);
    }

    /** Sentence-level scoring: predictions grouped by source, each gold sentence by its id. */
    public static SentenceScore sentences(List<JsonNode> gold, Map<String, List<JsonNode>> bySource) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (JsonNode g : gold) {
            List<JsonNode> got = bySource.getOrDefault(Scores.keyOf(g.path("id").asText()), List.of());
            List<JsonNode> want = new ArrayList<>();
            g.path("events").forEach(want::add);
            Map<Integer, Integer> pairs = assign(want, got);
            tp += pairs.size();
            fn += want.size() - pairs.size();
            fp += got.size() - pairs.size();
        }
        return new SentenceScore(tp, fp, fn);
    }

    static Set<String> codes(JsonNode list) {
        Set<String> out = new HashSet<>();
        for (JsonNode a : list) {
            if (a.isTextual()) {
                out.add(a.asText());
            } else if (a.hasNonNull("code")) {
                out.add(a.get("code").asText());
            }
        }
        return out;
    }

    static boolean matches(JsonNode g, JsonNode p) {
        Set<String> types = new HashSet<>();
        types.add(g.path("event").asText());
        g.path("accept_events").forEach(x -> types.add(x.asText()));
        if (!types.contains(p.path("event").asText())) {
            return false;
        }
        Set<String> pa = codes(p.path("actor"));
        Set<String> pr = codes(p.path("recipient"));
        Set<String> ga = codes(g.path("actor"));
        Set<String> gr = codes(g.path("recipient"));
        boolean fits = fits(ga, gr, pa, pr) || (g.path("symmetric").asBoolean(false) && fits(ga, gr, pr, pa));
        if (!fits) {
            return false;
        }
        if (g.hasNonNull("date")) {
            LocalDate[] gi = interval(g.get("date").asText());
            LocalDate[] pi = predictedInterval(p.path("date"));
            if (gi == null || pi == null) {
                return false;
            }
            int tol = g.path("date_tolerance_days").asInt(0);
            return !pi[1].isBefore(gi[0].minusDays(tol)) && !pi[0].isAfter(gi[1].plusDays(tol));
        }
        return true;
    }

    private static boolean fits(Set<String> ga, Set<String> gr, Set<String> a, Set<String> r) {
        return (ga.isEmpty() || intersects(a, ga)) && (gr.isEmpty() || intersects(r, gr));
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate[] predictedInterval(JsonNode d) {
        if (d == null || d.isNull() || d.isMissingNode()) {
            return null;
        }
        if (d.isTextual()) {
            return interval(d.asText());
        }
        if (d.hasNonNull("start") && d.hasNonNull("end")) {
            LocalDate[] a = interval(d.get("start").asText());
            LocalDate[] b = interval(d.get("end").asText());
            if (a != null && b != null) {
                return new LocalDate[] {a[0], b[1]};
            }
        }
        return d.hasNonNull("value") ? interval(d.get("value").asText()) : null;
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    static LocalDate[] interval(String v) {
        Matcher m;
        if ((m = WEEK.matcher(v)).matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            return new LocalDate[] {start, start.plusDays(6)};
        }
        if ((m = DAY.matcher(v)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return new LocalDate[] {d, d};
        }
        if ((m = MONTH.matcher(v)).matches()) {
            LocalDate s = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return new LocalDate[] {s, s.plusMonths(1).minusDays(1)};
        }
        if ((m = YEAR.matcher(v)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
        return null;
    }

    /** One-to-one pairing by augmenting paths, core gold first, preferring agreeing modality and mode. */
    static Map<Integer, Integer> assign(List<JsonNode> gold, List<JsonNode> preds) {
        List<List<Integer>> edges = new ArrayList<>();
        for (JsonNode g : gold) {
            List<Integer> e = new ArrayList<>();
            for (int j = 0; j < preds.size(); j++) {
                if (matches(g, preds.get(j))) {
                    e.add(j);
                }
            }
            e.sort(Comparator.comparing((Integer j) -> !Objects.equals(preds.get(j).path("modality").asText(null),
                    g.path("modality").asText(null))).thenComparing(j -> !Objects.equals(textOrNull(preds.get(j).path("mode")),
                    textOrNull(g.path("mode")))));
            edges.add(e);
        }
        Map<Integer, Integer> owner = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> !gold.get(i).path("core").asBoolean(true))
                .thenComparing(i -> edges.get(i).size()));
        for (int i : order) {
            take(i, new HashSet<>(), edges, owner);
        }
        Map<Integer, Integer> out = new HashMap<>();
        owner.forEach((j, i) -> out.put(i, j));
        return out;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static boolean take(int i, Set<Integer> seen, List<List<Integer>> edges, Map<Integer, Integer> owner) {
        for (int j : edges.get(i)) {
            if (!seen.add(j)) {
                continue;
            }
            if (!owner.containsKey(j) || take(owner.get(j), seen, edges, owner)) {
                owner.put(j, i);
                return true;
            }
        }
        return false;
    }
}
