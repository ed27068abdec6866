package dev.dyad.extract;

import dev.dyad.text.DataFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes one {@link Trees.Forest} of a weights file, a line an entry: {@code STAGE base VALUE},
 * then per node {@code STAGE TREE NODE FEATURE CUT} for a split or {@code STAGE TREE NODE leaf VALUE} for a
 * leaf, features by name. Checks that every name is a feature, every number finite, every tree complete.
 * Not thread-safe while reading.
 */
public final class ForestReader {
    private final List<String> names;
    private final List<int[]> features = new ArrayList<>();
    private final List<double[]> numbers = new ArrayList<>();
    private double base = Double.NaN;

    public ForestReader(List<String> names) {
        this.names = List.copyOf(names);
    }

    public static double number(DataFile.Line line, String s) {
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw line.error("not a number: " + s);
        }
        if (!Double.isFinite(v)) {
            throw line.error("not a finite number: " + s);
        }
        return v;
    }

    public void read(DataFile.Line line) {
        if (line.field(1).equals("base")) {
            if (line.fields().size() != 3 || !Double.isNaN(base)) {
                throw line.error("one base a stage: STAGE base VALUE");
            }
            base = number(line, line.field(2));
            return;
        }
        if (line.fields().size() != 5) {
            throw line.error("a node is STAGE TREE NODE FEATURE|leaf NUMBER");
        }
        int tree;
        int node;
        try {
            tree = Integer.parseInt(line.field(1));
            node = Integer.parseInt(line.field(2));
        } catch (NumberFormatException e) {
            throw line.error("tree and node are numbers");
        }
        if (tree != features.size() - 1 && tree != features.size() || tree < 0 || node < 0 || node > 1022) {
            throw line.error("trees come in order, nodes below 1023");
        }
        if (tree == features.size()) {
            int[] f = new int[1023];
            Arrays.fill(f, -2); // absent
            features.add(f);
            numbers.add(new double[1023]);
        }
        int[] f = features.get(tree);
        if (f[node] != -2) {
            throw line.error("node given twice");
        }
        String feature = line.field(3);
        if (feature.equals("leaf")) {
            f[node] = -1;
        } else {
            int i = names.indexOf(feature);
            if (i < 0) {
                throw line.error("no such feature: " + feature);
            }
            f[node] = i;
        }
        numbers.get(tree)[node] = number(line, line.field(4));
    }

    /** The forest read; fails naming the file when a tree is incomplete or the base is missing. */
    public Trees.Forest forest(String file) {
        if (Double.isNaN(base)) {
            throw new IllegalArgumentException(file + ": a stage has no base");
        }
        List<Trees.Tree> trees = new ArrayList<>();
        for (int t = 0; t < features.size(); t++) {
            int[] f = features.get(t);
            int last = 0;
            for (int k = 0; k < f.length; k++) {
                if (f[k] != -2) {
                    last = k;
                }
            }
            int size = last + 1;
            for (int k = 0; k < size; k++) {
                boolean reached = k == 0 || (f[(k - 1) / 2] >= 0);
                if (reached != (f[k] != -2)) {
                    throw new IllegalArgumentException(file + ": tree " + t + " is not complete at node " + k);
                }
                if (f[k] >= 0 && 2 * k + 2 >= f.length) {
                    throw new IllegalArgumentException(file + ": tree " + t + " too deep");
                }
            }
            int full = Math.max(size, 1);
            for (int k = 0; k < size; k++) {
                if (f[k] >= 0) {
                    full = Math.max(full, 2 * k + 3);
                }
            }
            if (full > size) {
                throw new IllegalArgumentException(file + ": tree " + t + " has a split without leaves");
            }
            trees.add(new Trees.Tree(Arrays.copyOf(f, size), Arrays.copyOf(numbers.get(t), size),
                    Arrays.copyOf(numbers.get(t), size)));
        }
        return new Trees.Forest(base, trees);
    }

    /** The lines of a forest, under the stage's name. */
    public static String lines(String stage, Trees.Forest forest, List<String> names) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s\tbase\t%s%n", stage, Double.toString(forest.base())));
        for (int t = 0; t < forest.trees().size(); t++) {
            Trees.Tree tree = forest.trees().get(t);
            for (int k = 0; k < tree.feature().length; k++) {
                boolean reached = k == 0 || tree.feature()[(k - 1) / 2] >= 0;
                if (!reached) {
                    continue;
                }
                if (tree.feature()[k] >= 0) {
                    out.append(String.format(Locale.ROOT, "%s\t%d\t%d\t%s\t%s%n", stage, t, k,
                            names.get(tree.feature()[k]), Double.toString(tree.cut()[k])));
                } else {
                    out.append(String.format(Locale.ROOT, "%s\t%d\t%d\tleaf\t%s%n", stage, t, k,
                            Double.toString(tree.value()[k])));
                }
            }
        }
        return out.toString();
    }
}
