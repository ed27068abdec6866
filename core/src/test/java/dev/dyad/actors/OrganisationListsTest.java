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
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * dyad's lists of companies (companies.tsv), news outlets (media.tsv), states' bodies (agencies.tsv),
 * universities and research institutes (universities.tsv) and political parties (parties.tsv): that
 * they load, code every entry by a state and the sector of its kind, name no entry twice (nor one of
 * organisations.tsv, nor, for states' bodies and parties, one of the Phoenix dictionaries' organisations), and
 * are matched as written. No CoreNLP is loaded here.
 */
class OrganisationListsTest {
    private static final Map<String, Set<String>> SECTORS = Map.of("companies.tsv", Set.of("BUS"), "media.tsv",
            Set.of("JRN"), "agencies.tsv", Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG"), "universities.tsv",
            Set.of("EDU", "MED"), "parties.tsv", Set.of("PTY"));
    private final Lexicon lexicon = Lexicon.builtIn();

    @Test
    void theListsLoadAndSayWhereTheyComeFrom() throws IOException {
        assertEquals(SECTORS.keySet(), Set.copyOf(Lexicon.LISTS));
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
        assertTrue(DataFile.load(Lexicon.class, "agencies.tsv", 1, 5).size() > 1000);
        assertTrue(DataFile.load(Lexicon.class, "universities.tsv", 1, 5).size() > 1000);
        assertTrue(DataFile.load(Lexicon.class, "parties.tsv", 1, 5).size() > 1000);
        long us = DataFile.load(Lexicon.class, "agencies.tsv", 1, 5).stream().filter(l -> l.field(2).equals("USA")).count();
        assertTrue(us > 300, "United States bodies: " + us);
    }

    @Test
    void everyEntryIsCodedByItsHomeStateAndTheSectorOfItsKind() {
        for (String file : Lexicon.LISTS) {
            for (DataFile.Line l : DataFile.load(Lexicon.class, file, 1, 5)) {
                assertEquals(5, l.fields().size(), file + ": " + l.field(0));
                String code = l.field(2);
                assertTrue(lexicon.country(code).isPresent(), file + ": not a state's code: " + l.field(0));
                assertEquals(null, lexicon.country(code).get().sovereign(), file + ": a folded dependency: " + l.field(0));
                assertTrue(SECTORS.get(file).contains(l.field(3)), file + ": sector " + l.field(3) + ": " + l.field(0));
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
    void listedNamesStandForTheirStatesBody() {
        assertOrg("National Institute on Drug Abuse said.", "National Institute on Drug Abuse", "USA", "GOV");
        assertOrg("NIH funded it.", "National Institutes of Health", "USA", "GOV");
        assertOrg("CDC said.", "Centers for Disease Control and Prevention", "USA", "GOV");
        assertOrg("U.S. Department of Agriculture said.", "U.S. Department of Agriculture", "USA", "GOV");
        assertOrg("Federal Bureau of Prisons", "Federal Bureau of Prisons", "USA", "GOV");
        assertOrg("ATF agents", "Bureau of Alcohol, Tobacco, Firearms and Explosives", "USA", "COP");
        assertOrg("U.S. Marshals said.", "United States Marshals Service", "USA", "COP");
        assertOrg("9th U.S. Circuit Court of Appeals", "U.S. Court of Appeals for the Ninth Circuit", "USA", "JUD");
        assertOrg("National Reconnaissance Office", "National Reconnaissance Office", "USA", "SPY");
        assertOrg("US Space Force", "US Space Force", "USA", "MIL");
        assertOrg("House Judiciary Committee", "House Judiciary Committee", "USA", "LEG");
        assertOrg("Union Home Ministry", "Union Home Ministry", "IND", "GOV");
        assertOrg("Reserve Bank of India", "Reserve Bank of India", "IND", "GOV");
        assertOrg("EFCC operatives", "Economic and Financial Crimes Commission", "NGA", "COP");
        assertOrg("Bundesbank", "Bundesbank", "DEU", "GOV");
        assertOrg("Japan Coast Guard", "Japan Coast Guard", "JPN", "COP");
        // organisations.tsv's own entries stay as they were
        assertOrg("FBI agents", "Federal Bureau of Investigation", "USA", "COP");
        assertOrg("Africa CDC said.", "Africa Centres for Disease Control and Prevention", "IGO", null);
    }

    @Test
    void namesManyStatesGiveTheirBodiesAreNotTakenForOneState() {
        for (String text : List.of("Ministry of Home Affairs", "Ministry of Defence", "Ministry of Foreign Affairs",
                "Department of Agriculture", "Department of Health", "Department of Home Affairs", "Electoral Commission",
                "Election Commission", "National Assembly", "Federal Police", "Constitutional Court", "Supreme Court",
                "Central Bank", "National Bureau of Statistics", "Ministry of Justice", "House of Representatives",
                "Coast Guard", "National Guard", "Forest Service", "Cabinet Office", "Anti-Corruption Commission")) {
            Optional<Known> k = known(text);
            assertFalse(k.isPresent() && k.get() instanceof OrgName o && listed("agencies.tsv", o.organisation()),
                    text + " taken for " + k);
        }
    }


    /** The lists written for this project, which repeat neither the dictionaries nor any other kind of name. */
    private static final List<String> OWN_LISTS = List.of("agencies.tsv", "universities.tsv", "parties.tsv");

    @Test
    void noListRepeatsAnOrganisationOfThePhoenixDictionariesOrANewsAgencysCredit() {
        // the dictionaries' names are loaded below the lists: a body given there (Georgetown University) is not
        // given again; a news agency's credit ("PTI") stays the agency's
        Map<String, String> taken = new HashMap<>();
        for (DataFile.Line l : DataFile.load(Lexicon.class, "phoenix-organisations.tsv", 1, 5)) {
            for (String n : names(l)) {
                taken.putIfAbsent(Lexicon.key(n), "phoenix-organisations.tsv: " + l.field(0));
            }
        }
        for (DataFile.Line l : DataFile.load(Lexicon.class, "agency-credits.tsv", 2, 2)) {
            taken.putIfAbsent(Lexicon.key(l.field(0)), "agency-credits.tsv: " + l.field(0));
        }
        for (String file : OWN_LISTS) {
            for (DataFile.Line l : DataFile.load(Lexicon.class, file, 1, 5)) {
                for (String n : names(l)) {
                    String before = taken.get(Lexicon.key(n));
                    assertTrue(before == null, "'" + n + "' in " + file + ": " + l.field(0) + " and " + before);
                }
            }
        }
    }

    @Test
    void noStatesBodyOrPartyIsNamedLikeACountryAPlaceAPersonOrASeatOfPower() {
        for (String file : List.of("agencies.tsv", "parties.tsv")) {
            for (DataFile.Line l : DataFile.load(Lexicon.class, file, 1, 5)) {
                for (String n : names(l)) {
                    for (Known k : lexicon.names().lookup(n)) {
                        assertTrue(k instanceof OrgName, "'" + n + "' in " + file + " is also " + k);
                    }
                    assertFalse(file.equals("parties.tsv") && lexicon.region(n).isPresent(),
                            "'" + n + "' in parties.tsv is also a region");
                }
            }
        }
    }

    @Test
    void listedNamesStandForTheirParty() {
        assertOrg("Shiv Sena said.", "Shiv Sena", "IND", "PTY");
        assertOrg("DMK leaders", "Dravida Munnetra Kazhagam", "IND", "PTY");
        assertOrg("JD(U) chief", "Janata Dal (United)", "IND", "PTY");
        assertOrg("Samajwadi Party said.", "Samajwadi Party", "IND", "PTY");
        assertOrg("MQM-P said.", "Muttahida Qaumi Movement", "PAK", "PTY");
        assertOrg("APGA won.", "All Progressives Grand Alliance", "NGA", "PTY");
        assertOrg("Democratic Alliance said.", "Democratic Alliance", "ZAF", "PTY");
        assertOrg("MHP leader", "Nationalist Movement Party", "TUR", "PTY");
        assertOrg("Kurdistan Democratic Party", "Kurdistan Democratic Party", "IRQ", "PTY");
        assertOrg("Yisrael Beiteinu said.", "Yisrael Beiteinu", "ISR", "PTY");
        assertOrg("FDP leader", "Free Democratic Party", "DEU", "PTY");
        assertOrg("Sweden Democrats said.", "Sweden Democrats", "SWE", "PTY");
        assertOrg("Bloc Québécois said.", "Bloc Québécois", "CAN", "PTY");
        assertOrg("Golkar said.", "Golkar", "IDN", "PTY");
        assertOrg("Georgian Dream said.", "Georgian Dream", "GEO", "PTY");
        assertOrg("Vetevendosje said.", "Vetëvendosje", "KOS", "PTY");
        // organisations.tsv's own parties stay as they were
        assertOrg("BJP leaders", "Bharatiya Janata Party", "IND", "PTY");
        assertOrg("Pakistan Tehreek-e-Insaf said.", "Pakistan Tehreek-e-Insaf", "PAK", "PTY");
    }

    @Test
    void shortNamesOfSeveralPartiesOrOtherThingsAreNotTakenForAParty() {
        for (String text : List.of("Congress", "Labour", "Conservatives", "Liberals", "Greens", "Republicans", "PTI",
                "PP", "PS", "PD", "SP", "BSP", "PPP", "NCP", "SDP", "PSD", "PAS", "PAN", "SVP", "TPP", "UDI", "UNC",
                "PNP", "CPC", "PAC", "NUP", "PAP", "DAP", "PDS", "Social Democratic Party", "People's Party",
                "National Unity Party", "Socialist Party", "Liberal Party", "Democrat Party", "Green Party",
                "The Left", "Left Party", "Radical Party", "National Front", "Workers' Party", "Union")) {
            Optional<Known> k = known(text);
            assertFalse(k.isPresent() && k.get() instanceof OrgName o && listed("parties.tsv", o.organisation()),
                    text + " taken for " + k);
        }
        // the Press Trust of India's credit stays the agency's where it stands as one
        assertEquals("Press Trust of India", lexicon.agencyCredit("PTI").map(Lexicon.Organisation::name).orElse(null));
    }

    private static List<String> names(DataFile.Line l) {
        List<String> names = new ArrayList<>();
        names.add(l.field(0));
        if (l.fields().size() > 1 && !l.field(1).isEmpty()) {
            names.addAll(List.of(l.field(1).split("\\|")));
        }
        return names;
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
