package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.geo.Gazetteer;
import dev.dyad.model.Mention;
import dev.dyad.testing.Parsed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The actors passes one at a time, on hand-built parsed sentences: each test runs the passes up to the
 * one it checks and reads the working set they leave. No CoreNLP is loaded here.
 */
class ResolverPassesTest {
    private static final Lexicon LEXICON = Lexicon.builtIn();
    private static final KnownPeople PEOPLE = new KnownPeople(LEXICON);
    private static final Titles TITLES = new Titles(LEXICON, new OrganisationNames(LEXICON));

    private static Resolution run(String published, List<ResolverPass> passes, String... paragraphs) {
        Resolution r = new Resolution(Parsed.article(published, null, paragraphs));
        for (ResolverPass pass : passes) {
            pass.run(r);
        }
        return r;
    }

    private static List<ResolverPass> upToCounts() {
        return List.of(new SentenceItems(LEXICON, Gazetteer.builtIn()), new CountryCounts(LEXICON));
    }

    private static List<ResolverPass> upToShortNames() {
        return List.of(new SentenceItems(LEXICON, Gazetteer.builtIn()), new CountryCounts(LEXICON), new Peoples(LEXICON),
                new FullNames(PEOPLE, TITLES), new ShortNames(PEOPLE, TITLES));
    }

    @Test
    void itemsAreFoundInEachSentenceWithoutOverlap() {
        Resolution r = run("2018-05-30", upToCounts(),
                "[Russia]LOCATION and [Japan]LOCATION held talks .", "Police in [Lagos]LOCATION arrested protesters .");
        assertEquals(2, r.items.size());
        for (List<Item> items : r.items) {
            for (int i = 1; i < items.size(); i++) {
                assertTrue(items.get(i - 1).to() < items.get(i).from(), "items overlap: " + items);
            }
        }
        assertTrue(r.items(1).stream().anyMatch(it -> it.kind() == Item.Kind.ROLE), "no role in " + r.items(1));
    }

    @Test
    void countriesAreCountedAndTheMostNamedDominates() {
        Resolution r = run("2018-05-30", upToCounts(),
                "[Russia]LOCATION and [Japan]LOCATION held talks .", "[Russia]LOCATION said the talks went well .");
        assertEquals(Map.of("RUS", 2, "JPN", 1), r.countryCounts);
        assertEquals("RUS", r.dominant);
        assertFalse(r.onlyCountry());
    }

    @Test
    void aStatesBodyNamedWithItsStateNamesTheStateToo() {
        Resolution r = run("2019-10-10", upToCounts(),
                "[SoftBank]ORGANIZATION is a [Japanese]MISC company .",
                "The [U.S. Securities and Exchange Commission]ORGANIZATION opened an inquiry .",
                "The [Russian Investigative Committee]ORGANIZATION charged him .");
        // each is one item, the body's, and names its state as the words alone did: "U.S." as a country's name,
        // "Russian" as its adjective
        assertEquals(Map.of("JPN", 1, "USA", 1, "RUS", 1), r.countryCounts);
        assertEquals(Map.of("USA", 1), r.placeCounts);
        assertTrue(r.items(1).stream().anyMatch(it -> it.known() instanceof Lexicon.OrgName), "no body in " + r.items(1));
    }

    @Test
    void anArticleThatNamesOnlyACityCountsItsState() {
        Resolution r = run("2018-05-30", upToCounts(), "Police in [Lagos]LOCATION arrested protesters .");
        assertEquals(Map.of("NGA", 1), r.countryCounts);
        assertTrue(r.contextCodes.isEmpty());
        assertTrue(r.onlyCountry());
    }

    @Test
    void aFullNameTakesTheTitleBeforeItAndConsumesIt() {
        Resolution r = run("2018-05-30", upToShortNames(),
                "Japanese prime minister [Taro Yamadera]PERSON arrived .");
        Draft d = r.drafts.get("p:taro yamadera");
        assertEquals("JPN", d.code);
        assertEquals("prime minister", d.office);
        assertEquals(1, d.fullMentions);
        assertTrue(r.consumed.stream().anyMatch(it -> it.role() != null), "the title's role is not consumed");
        assertTrue(d.mentions.stream().map(Mention::text).toList().contains("Japanese prime minister Taro Yamadera"));
    }

    @Test
    void aSurnameJoinsThePersonNamedInFull() {
        Resolution r = run("2018-05-30", upToShortNames(),
                "[Taro Yamadera]PERSON arrived .", "Mr Yamadera said the talks went well .");
        assertEquals(1, r.drafts.size(), "drafts: " + r.drafts.keySet());
        List<String> texts = r.drafts.get("p:taro yamadera").mentions.stream().map(Mention::text).toList();
        assertEquals(List.of("Taro Yamadera", "Mr Yamadera"), texts);
    }

    @Test
    void aOneWordNameNoListKnowsStandsAsAPersonOfItsOwn() {
        Resolution r = run("2018-05-30", upToShortNames(), "[Yamadera]PERSON arrived .");
        Draft d = r.drafts.get("p:yamadera");
        assertEquals("Yamadera", d.name);
        assertNull(d.code);
        assertEquals(0, d.fullMentions);
    }
}
