package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.actors.Lexicon.Known;
import dev.dyad.actors.Lexicon.OrgName;
import dev.dyad.text.DataFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * dyad's lists of companies (companies.tsv), news outlets (media.tsv) and universities and research
 * institutes (universities.tsv): that they load, code every entry by a state and the sector of its kind,
 * name no entry twice (nor one of organisations.tsv), and are matched as written. No CoreNLP is loaded here.
 */
class OrganisationListsTest {
    private static final Map<String, String> SECTOR = Map.of("companies.tsv", "BUS", "media.tsv", "JRN",
            "universities.tsv", "EDU");
    /** A sector a list's entry may take instead of its list's: a university hospital's. */
    private static final Map<String, String> ALSO = Map.of("universities.tsv", "MED");
    private final Lexicon lexicon = Lexicon.builtIn();

    @Test
    void theListsLoadAndSayWhereTheyComeFrom() throws IOException {
        assertEquals(SECTOR.keySet(), java.util.Set.copyOf(Lexicon.LISTS));
        for (String file : Lexicon.LISTS) {
            String text;
            try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(text.startsWith("# "), file);
            assertTrue(text.contains("\n# source: ") && text.contains("compiled for this project"), file);
        }
        assertTrue(DataFile.load(Lexicon.class, "companies.tsv", 1, 5).size() > 400);
        assertTrue(DataFile.load(Lexicon.class, "media.tsv", 1, 5).size() > 400);
        assertTrue(DataFile.load(Lexicon.class, "universities.tsv", 1, 5).size() > 1000);
    }

    @Test
    void everyEntryIsCodedByItsHomeStateAndTheSectorOfItsKind() {
        for (String file : Lexicon.LISTS) {
            for (DataFile.Line l : DataFile.load(Lexicon.class, file, 1, 5)) {
                assertEquals(5, l.fields().size(), file + ": " + l.field(0));
                String code = l.field(2);
                assertTrue(lexicon.country(code).isPresent(), file + ": not a state's code: " + l.field(0));
                assertEquals(null, lexicon.country(code).get().sovereign(), file + ": a folded dependency: " + l.field(0));
                assertTrue(SECTOR.get(file).equals(l.field(3)) || l.field(3).equals(ALSO.get(file)),
                        file + ": sector " + l.field(3) + ": " + l.field(0));
                assertEquals(code, l.field(4), file + ": " + l.field(0));
            }
        }
    }

    @Test
    void noNameIsGivenTwiceAcrossTheListsAndOrganisationsTsv() {
        List<String> files = new ArrayList<>(Lexicon.LISTS);
        files.add("organisations.tsv");
        Map<String, String> owner = new HashMap<>();
        for (String file : files) {
            for (DataFile.Line l : DataFile.load(Lexicon.class, file, 1, 5)) {
                String entry = file + ": " + l.field(0);
                List<String> names = new ArrayList<>();
                names.add(l.field(0));
                if (l.fields().size() > 1 && !l.field(1).isEmpty()) {
                    names.addAll(List.of(l.field(1).split("\\|")));
                }
                for (String n : names) {
                    String before = owner.putIfAbsent(Lexicon.key(n), entry);
                    assertTrue(before == null || before.equals(entry), "'" + n + "' in " + entry + " and " + before);
                }
            }
        }
    }

    @Test
    void noUniversityRepeatsANameOfThePhoenixOrganisations() {
        // the dictionaries' names are loaded below the lists: a university given there (Georgetown University)
        // is not given again
        Map<String, String> phoenix = new HashMap<>();
        for (DataFile.Line l : DataFile.load(Lexicon.class, "phoenix-organisations.tsv", 1, 5)) {
            phoenix.put(Lexicon.key(l.field(0)), l.field(0));
            if (l.fields().size() > 1 && !l.field(1).isEmpty()) {
                for (String a : l.field(1).split("\\|")) {
                    phoenix.put(Lexicon.key(a), l.field(0));
                }
            }
        }
        for (DataFile.Line l : DataFile.load(Lexicon.class, "universities.tsv", 1, 5)) {
            List<String> names = new ArrayList<>();
            names.add(l.field(0));
            if (!l.field(1).isEmpty()) {
                names.addAll(List.of(l.field(1).split("\\|")));
            }
            for (String n : names) {
                assertFalse(phoenix.containsKey(Lexicon.key(n)), "'" + n + "' is phoenix-organisations.tsv's "
                        + phoenix.get(Lexicon.key(n)));
            }
        }
    }

    @Test
    void listedNamesStandForTheirUniversity() {
        assertOrg("Cornell University said.", "Cornell University", "USA", "EDU");
        assertOrg("Cornell said.", "Cornell University", "USA", "EDU");
        assertOrg("Harvard sued.", "Harvard University", "USA", "EDU");
        assertOrg("Johns Hopkins Bloomberg School of Public Health said.", "Johns Hopkins Bloomberg School of Public Health",
                "USA", "EDU");
        assertOrg("University of Oxford said.", "University of Oxford", "GBR", "EDU");
        assertOrg("Oxford University said.", "University of Oxford", "GBR", "EDU");
        assertOrg("Sciences Po said.", "Sciences Po", "FRA", "EDU");
        assertOrg("IIT Bombay said.", "Indian Institute of Technology Bombay", "IND", "EDU");
        assertOrg("IIT-Bombay said.", "Indian Institute of Technology Bombay", "IND", "EDU");
        assertOrg("Max Planck Society said.", "Max Planck Society", "DEU", "EDU");
        assertOrg("Tsinghua University said.", "Tsinghua University", "CHN", "EDU");
        assertOrg("University of Lagos said.", "University of Lagos", "NGA", "EDU");
        assertOrg("Mayo Clinic said.", "Mayo Clinic", "USA", "MED");
        assertOrg("Georgetown University said.", "Georgetown University", "USA", "EDU"); // the dictionaries' own entry
    }

    @Test
    void placesNamesAndWordsAreNotTakenForAUniversity() {
        for (String text : List.of("Columbia", "Princeton", "Oxford", "Cambridge", "Michigan", "Duke", "Brown", "Rice",
                "Emory", "Georgetown", "Purdue", "Penn", "Imperial", "Monash", "Berkeley", "Dartmouth", "Northwestern",
                "Georgia", "Notre Dame", "MIT", "LSE", "CAS", "NUS", "USC", "UNC")) {
            Optional<Known> k = known(text);
            assertFalse(k.isPresent() && k.get() instanceof OrgName o && listed("universities.tsv", o.organisation()),
                    text + " taken for " + k);
        }
    }

    @Test
    void listedNamesStandForTheirCompanyOrOutlet() {
        assertOrg("Reliance Industries signed the deal.", "Reliance Industries", "IND", "BUS");
        assertOrg("Meta Platforms said it would appeal.", "Meta Platforms", "USA", "BUS");
        assertOrg("Facebook said it would appeal.", "Meta Platforms", "USA", "BUS");
        assertOrg("Safaricom cut its prices.", "Safaricom", "KEN", "BUS");
        assertOrg("The Hill reported the vote.", "The Hill", "USA", "JRN");
        assertOrg("Premium Times said.", "Premium Times", "NGA", "JRN"); // organisations.tsv's own entry
        assertOrg("Dawn News reported the strike.", "Dawn News", "PAK", "JRN");
    }

    @Test
    void wordsAndNamesThatMeanOtherThingsAreNotTakenForACompanyOrOutlet() {
        // matched as written: lower-case words never match, and short forms that are words are not listed
        for (String text : List.of("the hill", "Apple", "Amazon", "Shell", "Target", "Oracle", "X", "Mint", "Sun",
                "Times", "Express", "Mirror", "Nation", "Star", "Standard", "Delta", "Vanguard", "The Australian",
                "The National", "Dawn")) {
            Optional<Known> k = known(text);
            assertFalse(k.isPresent() && k.get() instanceof OrgName o && Lexicon.LISTS.stream().anyMatch(f -> listed(f, o.organisation())),
                    text + " taken for " + k);
        }
    }

    private void assertOrg(String text, String name, String code, String sector) {
        Optional<Known> k = known(text);
        assertTrue(k.isPresent() && k.get() instanceof OrgName, text);
        Lexicon.Organisation o = ((OrgName) k.get()).organisation();
        assertEquals(name, o.name());
        assertEquals(code, o.actorCode());
        assertEquals(sector, o.actorSector());
    }

    /** What the longest known phrase at the start of the text stands for, ending at a word's end. */
    private Optional<Known> known(String text) {
        return lexicon.names().longestAt(text, 0, end -> end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                .map(PhraseIndex.Match::value);
    }

    private static boolean listed(String file, Lexicon.Organisation o) {
        return DataFile.load(Lexicon.class, file, 1, 5).stream().anyMatch(l -> l.field(0).equals(o.name()));
    }
}
