package dev.dyad.extract;

import dev.dyad.text.DataFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * A two-stage classifier of a page's units (blocks, lines) that corrects the rules' decisions: a forest
 * of boosted trees gives each unit a probability of being article text from its own features (the rules'
 * decision among them); a second forest decides from those features and the first's probabilities for
 * the unit and its neighbours ({@link Stacking}). A unit the rules dropped is kept when the second
 * probability reaches {@link Policy#add()}; a unit they kept is dropped when it falls below
 * {@link Policy#drop()}. Stored in a data file read by {@link ForestReader}, with {@code setting add VALUE}
 * and {@code setting drop VALUE} lines. Immutable and thread-safe.
 */
public final class TwoStageModel {
    /** Probabilities from which the classifier overrules the rules: to add a unit, and under which to drop one. */
    public record Policy(double add, double drop) {
        public Policy {
            if (!(add > 0 && add < 1 && drop > 0 && drop < 1 && drop <= add)) {
                throw new IllegalArgumentException("policy needs 0 < drop <= add < 1: " + add + ", " + drop);
            }
        }

        public boolean keep(boolean ruleKept, double p) {
            return ruleKept ? p >= drop : p >= add;
        }
    }

    private final List<String> names;
    private final Trees.Forest first;
    private final Trees.Forest second;
    private final Policy policy;

    public TwoStageModel(List<String> names, Trees.Forest first, Trees.Forest second, Policy policy) {
        this.names = List.copyOf(names);
        this.first = first;
        this.second = second;
        this.policy = policy;
    }

    /** The same forests under another policy. */
    public TwoStageModel with(Policy p) {
        return new TwoStageModel(names, first, second, p);
    }

    public Policy policy() {
        return policy;
    }

    /** Fits both stages, the second on the first's probabilities for the same rows. */
    public static TwoStageModel fit(List<String> names, List<double[][]> pages, List<int[]> groups, boolean[] y,
                                    double[] w, Trees.Settings settings, Policy policy) {
        double[][] x = pages.stream().flatMap(java.util.Arrays::stream).toArray(double[][]::new);
        Trees.Forest first = Trees.fit(x, y, w, settings);
        TwoStageModel half = new TwoStageModel(names, first, first, policy);
        double[][] stacked = new double[x.length][];
        int at = 0;
        for (int i = 0; i < pages.size(); i++) {
            for (double[] row : Stacking.stack(pages.get(i), groups.get(i), half.firstStage(pages.get(i)))) {
                stacked[at++] = row;
            }
        }
        Trees.Forest second = Trees.fit(stacked, y, w, settings);
        return new TwoStageModel(names, first, second, policy);
    }

    /** Reads a model of units with these feature names from a data file beside {@code anchor}. */
    public static TwoStageModel load(Class<?> anchor, String resource, List<String> names) {
        return read(DataFile.load(anchor, resource, 3, 5), resource, names);
    }

    /** Reads a model from the parsed lines of its data file. */
    public static TwoStageModel read(List<DataFile.Line> lines, String file, List<String> names) {
        Map<String, ForestReader> stages = new LinkedHashMap<>();
        stages.put("first", new ForestReader(names));
        stages.put("second", new ForestReader(Stacking.names(names)));
        Map<String, Double> settings = new LinkedHashMap<>();
        for (DataFile.Line line : lines) {
            if (line.field(0).equals("setting")) {
                String name = line.field(1);
                if (!(name.equals("add") || name.equals("drop")) || line.fields().size() != 3
                        || settings.containsKey(name)) {
                    throw line.error("settings are add and drop, once each: setting NAME VALUE");
                }
                settings.put(name, ForestReader.number(line, line.field(2)));
                continue;
            }
            ForestReader stage = stages.get(line.field(0));
            if (stage == null) {
                throw line.error("stage must be first, second or setting: " + line.field(0));
            }
            stage.read(line);
        }
        if (settings.size() != 2) {
            throw new IllegalArgumentException(file + ": settings add and drop are both needed");
        }
        return new TwoStageModel(names, stages.get("first").forest(file), stages.get("second").forest(file),
                new Policy(settings.get("add"), settings.get("drop")));
    }

    /** The data file's lines for this model. */
    public String lines() {
        return String.format(Locale.ROOT, "setting\tadd\t%s%nsetting\tdrop\t%s%n", Double.toString(policy.add()),
                Double.toString(policy.drop()))
                + ForestReader.lines("first", first, names)
                + ForestReader.lines("second", second, Stacking.names(names));
    }

    /** The first stage's probability for each unit. */
    public double[] firstStage(double[][] x) {
        double[] p = new double[x.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = first.probability(x[i]);
        }
        return p;
    }

    /** The second stage's probability for each unit. */
    public double[] probabilities(double[][] x, int[] group) {
        double[][] x2 = Stacking.stack(x, group, firstStage(x));
        double[] p = new double[x.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = second.probability(x2[i]);
        }
        return p;
    }

    /** Which units to keep, given the rules' decisions. */
    public boolean[] keep(double[][] x, int[] group, boolean[] ruleKept) {
        return decide(probabilities(x, group), ruleKept, policy);
    }

    /**
     * The classifier's decisions, or the rules' where the classifier's body looks wrong and the rules' does
     * not, or, both looking wrong, where the rules' holds more letters. {@code looksWrong} is asked of a set
     * of decisions and what to weigh it against (null: nothing).
     */
    public static boolean[] fallback(boolean[] keep, boolean[] ruleKept, int[] letters,
                                     BiPredicate<boolean[], boolean[]> looksWrong) {
        if (!looksWrong.test(keep, ruleKept)) {
            return keep;
        }
        if (!looksWrong.test(ruleKept, null) || letters(letters, ruleKept) > letters(letters, keep)) {
            return ruleKept.clone();
        }
        return keep;
    }

    private static long letters(int[] letters, boolean[] keep) {
        long n = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                n += letters[i];
            }
        }
        return n;
    }

    /** The decisions of a policy over given probabilities. */
    public static boolean[] decide(double[] p, boolean[] ruleKept, Policy policy) {
        boolean[] keep = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            keep[i] = policy.keep(ruleKept[i], p[i]);
        }
        return keep;
    }
}
