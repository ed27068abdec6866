package dev.dyad.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.text.DataFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TreesTest {
    private static final Trees.Settings SETTINGS = new Trees.Settings(60, 3, 0.3, 1.0, 0.1, 0.7, 7L);

    /** Points of the unit square, positive where exactly one coordinate is above one half (no linear model separates them). */
    private static double[][] points(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {r.nextDouble(), r.nextDouble(), r.nextDouble()};
        }
        return x;
    }

    private static boolean xor(double[] x) {
        return x[0] > 0.5 ^ x[1] > 0.5;
    }

    @Test
    void learnsAnInteractionAndGeneralises() {
        double[][] train = points(2000, 1);
        boolean[] y = new boolean[train.length];
        double[] w = new double[train.length];
        for (int i = 0; i < train.length; i++) {
            y[i] = xor(train[i]);
            w[i] = 1;
        }
        Trees.Forest f = Trees.fit(train, y, w, SETTINGS);
        int right = 0;
        double[][] test = points(1000, 2);
        for (double[] x : test) {
            if (f.probability(x) >= 0.5 == xor(x)) {
                right++;
            }
        }
        assertTrue(right >= 950, "right on " + right + " of 1000 unseen points");
    }

    @Test
    void sameDataSameForest() {
        double[][] x = points(500, 3);
        boolean[] y = new boolean[x.length];
        double[] w = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = xor(x[i]);
            w[i] = 1 + i % 3;
        }
        Trees.Forest a = Trees.fit(x, y, w, SETTINGS);
        Trees.Forest b = Trees.fit(x, y, w, SETTINGS);
        List<String> names = List.of("a", "b", "c");
        assertEquals(ForestReader.lines("s", a, names), ForestReader.lines("s", b, names));
    }

    @Test
    void modelSurvivesItsFile() throws Exception {
        double[][] x = points(800, 4);
        boolean[] y = new boolean[x.length];
        double[] w = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = xor(x[i]);
            w[i] = 1;
        }
        List<String> names = List.of("a", "b", "c");
        int[] group = new int[x.length];
        for (int i = 0; i < group.length; i++) {
            group[i] = i / 10;
        }
        TwoStageModel m = TwoStageModel.fit(names, List.<double[][]>of(x), List.of(group), y, w, SETTINGS,
                new TwoStageModel.Policy(0.7, 0.3));
        String file = "# source: test\n" + m.lines();
        List<DataFile.Line> lines = DataFile.parse("m.tsv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), 3, 5);
        TwoStageModel back = TwoStageModel.read(lines, "m.tsv", names);
        boolean[] rules = new boolean[x.length];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = i % 2 == 0;
        }
        assertArrayEquals(m.keep(x, group, rules), back.keep(x, group, rules));
        assertEquals(m.lines(), back.lines());
    }

    @Test
    void rejectsABrokenFile() throws Exception {
        List<String> names = List.of("a", "b", "c");
        String unknown = "# source: test\nsetting\tadd\t0.5\nsetting\tdrop\t0.5\nfirst\tbase\t0\nfirst\t0\t0\tnope\t0.5\n";
        List<DataFile.Line> lines = DataFile.parse("m.tsv", new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8)), 3, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TwoStageModel.read(lines, "m.tsv", names));
        assertTrue(e.getMessage().contains("no such feature"), e.getMessage());
        String open = "# source: test\nsetting\tadd\t0.5\nsetting\tdrop\t0.5\nfirst\tbase\t0\nfirst\t0\t0\ta\t0.5\nfirst\t0\t1\tleaf\t1\n"
                + "second\tbase\t0\n";
        List<DataFile.Line> half = DataFile.parse("m.tsv", new ByteArrayInputStream(open.getBytes(StandardCharsets.UTF_8)), 3, 5);
        e = assertThrows(IllegalArgumentException.class, () -> TwoStageModel.read(half, "m.tsv", names));
        assertTrue(e.getMessage().contains("split without leaves"), e.getMessage());
    }
}
