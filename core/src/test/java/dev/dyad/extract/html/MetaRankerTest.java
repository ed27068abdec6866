package dev.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dyad.extract.html.MetaChoices.Choice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetaRankerTest {
    @Test
    void choicesOfTheSameDayShareOneChoiceAndKeepTheFirstWording() {
        MetaChoices c = new MetaChoices(List.of("a", "b"));
        c.offer("2024-03-08T10:00:00Z", "2024-03-08", "a");
        c.offer("2024-03-08", "2024-03-08", "b");
        c.offer("2024-01-02", "2024-01-02", "b");
        List<Choice> list = c.list();
        assertEquals(2, list.size());
        assertEquals("2024-03-08T10:00:00Z", list.get(0).value());
        assertEquals(List.of(1.0, 1.0), List.of(list.get(0).features()[0], list.get(0).features()[1]));
    }

    @Test
    void highestScoreWinsAndTheFirstOfferedBreaksTies() {
        MetaRanker zero = new MetaRanker(Map.of("title", new double[TitleChoices.FEATURES.size()],
                "date", new double[DateChoices.FEATURES.size()]));
        MetaChoices c = new MetaChoices(DateChoices.FEATURES);
        c.offer("2024-03-08", "2024-03-08", "url");
        c.offer("2024-01-02", "2024-01-02", "shown");
        assertEquals("2024-03-08", zero.choose("date", c.list()));
        assertNull(zero.choose("date", List.of()));
        double[] w = new double[DateChoices.FEATURES.size()];
        w[DateChoices.FEATURES.indexOf("shown")] = 1;
        MetaRanker shown = new MetaRanker(Map.of("title", new double[TitleChoices.FEATURES.size()], "date", w));
        assertEquals("2024-01-02", shown.choose("date", c.list()));
    }

    @Test
    void shippedWeightsCoverEveryFeature() {
        MetaRanker.shipped(); // loading checks the file against the features
    }

    @Test
    void titleCandidatesIncludeTheStatedTitleWithoutItsSiteName() {
        List<Choice> t = TitleChoices.of("Tides", List.of("Tides"), "How tides work | Sea Weekly", null, List.of(),
                "How tides work | Sea Weekly", null, List.of("Sea Weekly"));
        assertEquals(List.of("tides", "how tides work sea weekly", "how tides work"),
                t.stream().map(Choice::key).toList());
    }
}
