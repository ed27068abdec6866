package dev.dyad.events;

import dev.dyad.model.Event;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * The event coder's learned decision: a multinomial logistic regression over sparse string features of
 * one candidate event, whose labels are PLOVER's 16 types and {@link #NONE} (no event). Trained by
 * {@link EventTraining}; the shipped weights are the resource {@code event-model.tsv.gz} beside this
 * class, written with the command that made them. Immutable and thread-safe once built.
 */
public final class EventModel {
    /** The label of a candidate that is no event. */
    public static final String NONE = "NONE";
    private static final String RESOURCE = "event-model.tsv.gz";
    private static volatile Optional<EventModel> builtIn;

    private final String name;
    private final List<String> labels;
    /** Feature → one weight per label; the feature {@code ""} is the bias. */
    private final Map<String, double[]> weights;
    /** The least probability of a type that makes a candidate an event. */
    private final double minScore;
    /** The probability of no event above which a candidate a hand rule proposed is dropped. */
    private final double ruleDrop;
    /** The share of the likeliest type's probability that the rule's own type needs to keep it. */
    private final double ruleTypeShare;

    /** What the model decided for a candidate: its label and the probability it gives it. */
    public record Decision(String label, double score) {
        public boolean event() {
            return !label.equals(NONE);
        }
    }

    private EventModel(String name, List<String> labels, Map<String, double[]> weights, double minScore, double ruleDrop,
                       double ruleTypeShare) {
        this.name = name;
        this.ruleTypeShare = ruleTypeShare;
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.minScore = minScore;
        this.ruleDrop = ruleDrop;
    }

    public String name() {
        return name;
    }

    /**
     * The decision on a candidate: a candidate of the hand rules stays an event unless the model gives
     * no event more than the rule-drop probability, and takes the type the model finds likeliest; any
     * other is an event when its likeliest label is a type of at least the min-score probability.
     */
    public Decision decide(Collection<String> features, String ruleType) {
        double[] p = probabilities(features);
        int none = labels.indexOf(NONE);
        if (ruleType != null) {
            int best = none == 0 ? 1 : 0;
            for (int k = 0; k < p.length; k++) {
                if (k != none && p[k] > p[best]) {
                    best = k;
                }
            }
            int rule = labels.indexOf(ruleType);
            if (rule >= 0 && p[rule] >= ruleTypeShare * p[best]) {
                best = rule;
            }
            return p[none] > ruleDrop ? new Decision(NONE, p[none]) : new Decision(labels.get(best), p[best]);
        }
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        if (p[best] < minScore) {
            return new Decision(NONE, p[none]);
        }
        return new Decision(labels.get(best), p[best]);
    }

    /** The probability of each label, in the order of {@link #labels()}, for a candidate of real text. */
    public double[] probabilities(Collection<String> features) {
        return probabilities(features, REAL);
    }

    /**
     * Each feature counts twice: once shared by every kind of text, once for the candidate's own kind
     * (real text, or the synthetic sentences), so that what holds only of the synthetic sentences, their
     * mix of types above all, is learnt apart and left out of the decisions on real text.
     */
    private double[] probabilities(Collection<String> features, String domain) {
        double[] z = new double[labels.size()];
        add(z, weights.get(""));
        add(z, weights.get(domain + "|"));
        for (String f : features) {
            add(z, weights.get(f));
            add(z, weights.get(domain + "|" + f));
        }
        return softmax(z);
    }

    /** The kind of text of real articles and sentences. */
    public static final String REAL = "real";
    /** The kind of text of the synthetic sentences. */
    public static final String SYNTHETIC = "synthetic";

    /** The probability the model gives one label. */
    public double probability(Collection<String> features, String label) {
        int k = labels.indexOf(label);
        return k < 0 ? 0 : probabilities(features)[k];
    }

    public List<String> labels() {
        return labels;
    }

    private static void add(double[] z, double[] w) {
        if (w != null) {
            for (int k = 0; k < z.length; k++) {
                z[k] += w[k];
            }
        }
    }

    private static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** Training settings: passes over the data, L2 penalty per example, AdaGrad's step and the shuffling seed. */
    public record Settings(int epochs, double l2, double rate, long seed, double minScore, double ruleDrop,
                           double ruleTypeShare) {
        public static Settings standard() {
            return new Settings(30, 3e-3, 0.3, 17L, 0.55, 0.5, 0.3);
        }
    }

    /**
     * Fits the model by AdaGrad on the log loss with an L2 penalty, visiting the examples in an order
     * shuffled by the seed: the same examples and settings give the same weights.
     *
     * @param examples each example's features
     * @param gold     each example's label: a PLOVER type or {@link #NONE}
     * @param weight   each example's weight (synthetic items may count less than real ones)
     */
    public static EventModel train(String name, List<List<String>> examples, List<String> gold, List<Double> weight,
                                   List<String> domains, Settings settings) {
        List<String> labels = new ArrayList<>();
        labels.add(NONE);
        Event.TYPES.stream().sorted().forEach(labels::add);
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            labelIndex.put(labels.get(k), k);
        }
        Map<String, double[]> w = new LinkedHashMap<>();
        Map<String, double[]> g2 = new HashMap<>();
        w.put("", new double[labels.size()]);
        g2.put("", new double[labels.size()]);
        List<List<String>> expanded = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            String d = domains.get(i);
            List<String> ex = new ArrayList<>();
            ex.add("");
            ex.add(d + "|");
            for (String f : examples.get(i)) {
                ex.add(f);
                ex.add(d + "|" + f);
            }
            for (String f : ex) {
                w.computeIfAbsent(f, k -> new double[labels.size()]);
                g2.computeIfAbsent(f, k -> new double[labels.size()]);
            }
            expanded.add(ex);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(settings.seed());
        EventModel model = new EventModel(name, labels, w, settings.minScore(), settings.ruleDrop(), settings.ruleTypeShare());
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int i : order) {
                Integer y = labelIndex.get(gold.get(i));
                if (y == null) {
                    throw new IllegalArgumentException("not a label: " + gold.get(i));
                }
                List<String> feats = expanded.get(i);
                double[] p = model.probabilities(examples.get(i), domains.get(i));
                double c = weight.get(i);
                for (String f : feats) {
                    double[] wf = w.get(f);
                    double[] gf = g2.get(f);
                    for (int k = 0; k < wf.length; k++) {
                        double grad = c * (p[k] - (k == y ? 1 : 0)) + (f.isEmpty() ? 0 : settings.l2() * wf[k]);
                        gf[k] += grad * grad;
                        wf[k] -= settings.rate() * grad / (Math.sqrt(gf[k]) + 1e-8);
                    }
                }
            }
        }
        return model;
    }

    /** Writes the weights as text: comment lines first, then one line per feature: the feature, then a weight per label. */
    public void write(OutputStream out, List<String> comments) {
        PrintWriter p = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (String c : comments) {
            p.println("# " + c);
        }
        p.println("# model\t" + name);
        p.println("# labels\t" + String.join("\t", labels));
        p.println("# min-score\t" + minScore);
        p.println("# rule-drop\t" + ruleDrop);
        p.println("# rule-type-share\t" + ruleTypeShare);
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            double[] v = e.getValue();
            boolean zero = true;
            for (double x : v) {
                zero &= Math.abs(x) < 1e-6;
            }
            if (zero && !e.getKey().isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder(e.getKey().isEmpty() ? "(bias)" : e.getKey());
            for (double x : v) {
                line.append('\t').append(String.format(Locale.ROOT, "%.5g", x));
            }
            p.println(line);
        }
        p.flush();
    }

    /** Reads weights that {@link #write} wrote, checking every line: a label list of known labels, finite weights, one per label. */
    public static EventModel read(String file, InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String name = null;
        List<String> labels = null;
        Map<String, double[]> w = new LinkedHashMap<>();
        double minScore = 0;
        double ruleDrop = 0.5;
        double ruleTypeShare = 1;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("# model\t")) {
                name = line.substring(8).strip();
            } else if (line.startsWith("# min-score\t")) {
                try {
                    minScore = Double.parseDouble(line.substring(12).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": min-score is no number");
                }
                if (!(minScore >= 0 && minScore < 1)) {
                    throw new IllegalArgumentException(file + ":" + n + ": min-score outside [0, 1)");
                }
            } else if (line.startsWith("# rule-drop\t")) {
                try {
                    ruleDrop = Double.parseDouble(line.substring(12).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": rule-drop is no number");
                }
                if (!(ruleDrop > 0 && ruleDrop <= 1)) {
                    throw new IllegalArgumentException(file + ":" + n + ": rule-drop outside (0, 1]");
                }
            } else if (line.startsWith("# rule-type-share\t")) {
                try {
                    ruleTypeShare = Double.parseDouble(line.substring(18).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + ":" + n + ": rule-type-share is no number");
                }
                if (!(ruleTypeShare >= 0 && ruleTypeShare <= 1)) {
                    throw new IllegalArgumentException(file + ":" + n + ": rule-type-share outside [0, 1]");
                }
            } else if (line.startsWith("# labels\t")) {
                labels = List.of(line.substring(9).split("\t"));
                for (String l : labels) {
                    if (!l.equals(NONE) && !Event.TYPES.contains(l)) {
                        throw new IllegalArgumentException(file + ":" + n + ": not a PLOVER type: " + l);
                    }
                }
            } else if (!line.startsWith("#") && !line.isBlank()) {
                if (labels == null) {
                    throw new IllegalArgumentException(file + ":" + n + ": weights before the labels line");
                }
                String[] f = line.split("\t");
                if (f.length != labels.size() + 1) {
                    throw new IllegalArgumentException(file + ":" + n + ": " + (f.length - 1) + " weights for "
                            + labels.size() + " labels");
                }
                double[] v = new double[labels.size()];
                for (int k = 0; k < v.length; k++) {
                    try {
                        v[k] = Double.parseDouble(f[k + 1]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(file + ":" + n + ": not a number: " + f[k + 1]);
                    }
                    if (!Double.isFinite(v[k])) {
                        throw new IllegalArgumentException(file + ":" + n + ": weight not finite");
                    }
                }
                w.put(f[0].equals("(bias)") ? "" : f[0], v);
            }
        }
        if (name == null || labels == null || !w.containsKey("")) {
            throw new IllegalArgumentException(file + ": no model name, labels or bias line");
        }
        return new EventModel(name, labels, w, minScore, ruleDrop, ruleTypeShare);
    }

    /** The model shipped in the jar, or empty when the jar holds none (the rules alone decide then). */
    public static Optional<EventModel> builtIn() {
        Optional<EventModel> m = builtIn;
        if (m == null) {
            synchronized (EventModel.class) {
                m = builtIn;
                if (m == null) {
                    InputStream in = EventModel.class.getResourceAsStream(RESOURCE);
                    if (in == null) {
                        m = Optional.empty();
                    } else {
                        try (InputStream z = new GZIPInputStream(in)) {
                            m = Optional.of(read(RESOURCE, z));
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot read " + RESOURCE, e);
                        }
                    }
                    builtIn = m;
                }
            }
        }
        return m;
    }
}
