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
        assertEquals(List.of("tides", "how tides work sea weekly", "how tides work", "sea weekly"),
                t.stream().map(Choice::key).toList());
        // the part after the separator is a choice as well, which no witness states whole
        Choice part = t.get(3);
        assertEquals(1.0, part.features()[TitleChoices.FEATURES.indexOf("site")]);
        assertEquals(1.0, part.features()[TitleChoices.FEATURES.indexOf("segment")]);
        assertEquals(0.0, part.features()[TitleChoices.FEATURES.indexOf("witnesses")]);
    }

    @Test
    void titleCandidatesKnowWhichWordingTheUrlSlugSpellsAndWhichIsASiteSegment() {
        List<Choice> t = TitleChoices.of("Tides", List.of("Tides"), "How tides work | Sea Weekly", null, List.of(),
                "How tides work | Sea Weekly", null, List.of(), "https://sea.example/2024/03/how-tides-work.html?x=1",
                new TitleChoices.Heading(true, false), "Tides. How tides work, and why");
        Choice whole = t.stream().filter(c -> c.key().equals("how tides work")).findFirst().orElseThrow();
        Choice h1 = t.get(0);
        int cover = TitleChoices.FEATURES.indexOf("slug.cover");
        assertEquals(1.0, whole.features()[cover]);
        assertEquals(1.0 / 3, h1.features()[cover], 1e-9);
        assertEquals(1.0, whole.features()[TitleChoices.FEATURES.indexOf("slug.best")]);
        assertEquals(1.0, whole.features()[TitleChoices.FEATURES.indexOf("in.text")]);
        assertEquals(0.0, h1.features()[TitleChoices.FEATURES.indexOf("in.text")]);
        assertEquals(1.0, h1.features()[TitleChoices.FEATURES.indexOf("h1.dated")]);
        assertEquals(0.0, h1.features()[TitleChoices.FEATURES.indexOf("h1.article")]);
        assertEquals(0.0, h1.features()[TitleChoices.FEATURES.indexOf("slug.best")]);
        assertEquals(1.0, h1.features()[TitleChoices.FEATURES.indexOf("within")]);
        Choice site = t.stream().filter(c -> c.key().equals("how tides work sea weekly")).findFirst().orElseThrow();
        assertEquals(1.0, site.features()[TitleChoices.FEATURES.indexOf("extends")]);
        List<Choice> bare = TitleChoices.of(null, List.of("Sea Weekly"), "How tides work | Sea Weekly", null,
                List.of(), null, null, List.of(), "https://sea.example/", new TitleChoices.Heading(false, false), null);
        assertEquals(1.0, bare.get(0).features()[TitleChoices.FEATURES.indexOf("segment")]);
        assertEquals(0.0, bare.get(0).features()[cover]);
    }
}
