package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.geo.Gazetteer;
import dev.dyad.model.Actor;
import dev.dyad.model.Article;
import dev.dyad.model.Mention;
import dev.dyad.model.ParsedArticle;
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
    private static final Places PLACES = new Places(LEXICON, Gazetteer.builtIn());
    private static final KnownPeople PEOPLE = new KnownPeople(LEXICON);
    private static final Titles TITLES = new Titles(LEXICON, new OrganisationNames(LEXICON));

    /** The whole actors stage on a hand-built article. */
    private static List<Actor> resolve(String published, String... paragraphs) {
        return new ActorResolver(LEXICON).resolve(Parsed.article(published, null, paragraphs));
    }

    /** Offers one mention pass every item no pass has consumed, in text order, as the resolver does. */
    private static void offerAll(Resolution r, MentionPass pass) {
        for (List<Item> items : r.items) {
            for (Item it : items) {
                if (!r.consumed.contains(it)) {
                    pass.take(r, it);
                }
            }
        }
    }

    private static Resolution run(String published, List<ResolverPass> passes, String... paragraphs) {
        Resolution r = new Resolution(Parsed.article(published, null, paragraphs));
        for (ResolverPass pass : passes) {
            pass.run(r);
        }
        return r;
    }

    private static List<ResolverPass> upToCounts() {
        return List.of(new SentenceItems(LEXICON, PLACES), new CountryCounts(LEXICON));
    }

    private static List<ResolverPass> upToShortNames() {
        return List.of(new SentenceItems(LEXICON, PLACES), new CountryCounts(LEXICON), new Peoples(LEXICON),
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
    void aHyphenatedSurnameJoinsThePersonNamedInFull() {
        Resolution r = run("2018-05-30", upToShortNames(),
                "[Farida Al-Yamadera]PERSON arrived .", "[Al-Yamadera]PERSON said the talks went well .");
        assertEquals(1, r.drafts.size(), "drafts: " + r.drafts.keySet());
        List<String> texts = r.drafts.get("p:farida al yamadera").mentions.stream().map(Mention::text).toList();
        assertEquals(List.of("Farida Al-Yamadera", "Al-Yamadera"), texts);
    }

    @Test
    void aOneWordNameNoListKnowsStandsAsAPersonOfItsOwn() {
        Resolution r = run("2018-05-30", upToShortNames(), "[Yamadera]PERSON arrived .");
        Draft d = r.drafts.get("p:yamadera");
        assertEquals("Yamadera", d.name);
        assertNull(d.code);
        assertEquals(0, d.fullMentions);
    }

    @Test
    void aListedCompanyNamedWithoutItsLegalFormIsKnownWhereTheTaggerMarksAnOrganisation() {
        assertEquals("Apple", Lexicon.companyShortName("Apple Inc"));
        assertEquals("Ford", Lexicon.companyShortName("Ford Motor Company"));
        assertEquals("Amazon", Lexicon.companyShortName("Amazon.com"));
        assertNull(Lexicon.companyShortName("Reuters"), "nothing to take off");
        assertTrue(LEXICON.companyByShortName("General").isEmpty(), "a role word is no company's short name");
        Resolution r = run("2019-11-20", upToCounts(), "[Apple]ORGANIZATION said it would move production .");
        Item it = r.items(0).get(0);
        assertEquals(Item.Kind.KNOWN, it.kind());
        Lexicon.Organisation apple = ((Lexicon.OrgName) it.known()).organisation();
        assertEquals("USA", apple.actorCode());
        assertEquals("BUS", apple.actorSector());
    }

    @Test
    void aBodyTakesTheTradeOfThePeopleWhoWorkThereAndGivesItsSectorToItsOfficers() {
        Resolution r = run("2019-11-20", List.of(), "A professor spoke .");
        Draft professor = person(r, "Ann Brody", "history professor at Cornell", "EDU");
        Draft cornell = organisation(r, "Cornell", "Cornell", null);
        Draft president = person(r, "Mary Olsen", "president of the Dairy Bureau", null);
        president.ofBody = true;
        Draft bureau = organisation(r, "Dairy Bureau", "the Dairy Bureau", "AGR");
        Draft listed = organisation(r, "Shipwell", "Shipwell", null);
        listed.basis = "list";
        Draft reporter = person(r, "Tom Kline", "reporter at Shipwell", "JRN");
        new Employers().run(r);
        assertEquals("EDU", cornell.sector, "a professor's employer is a school");
        assertEquals("AGR", president.sector, "an office any body has takes the body's sector");
        assertNull(listed.sector, "a body a list places keeps what the list says");
        assertEquals("EDU", professor.sector);
        assertEquals("JRN", reporter.sector);
        assertEquals("AGR", bureau.sector);
    }

    private static Draft person(Resolution r, String name, String office, String sector) {
        Draft d = r.draft("p:" + Lexicon.key(name), name, Actor.Kind.PERSON);
        d.office = office;
        d.sector = sector;
        d.add(new Mention(name, "body", 0, 0, name.length()));
        return d;
    }

    private static Draft organisation(Resolution r, String name, String written, String sector) {
        Draft d = r.draft("o:" + Lexicon.key(name), name, Actor.Kind.ORGANISATION);
        d.sector = sector;
        d.add(new Mention(written, "body", 0, 0, written.length()));
        return d;
    }

    @Test
    void aCapitalThatActsStandsForItsGovernmentAndOneThatIsAPlaceForItsState() {
        List<ResolverPass> passes = List.of(new SentenceItems(LEXICON, PLACES), new CountryCounts(LEXICON));
        Resolution r = run("2019-05-14", passes, "[Beijing]LOCATION has/VBZ retaliated/VBN .",
                "Talks/NNS in/IN [Beijing]LOCATION ended/VBD .");
        offerAll(r, new Countries(LEXICON));
        Draft government = r.drafts.get("g:CHN/GOV");
        assertEquals("GOV", government.sector);
        assertEquals(List.of("Beijing"), government.mentions.stream().map(Mention::text).toList());
        assertEquals(1, r.drafts.get("c:CHN").mentions.size(), "the place stays the state's");
    }

    @Test
    void aStateBodyListedForOneStateIsAnothersWhereItsAdjectiveSaysSo() {
        List<ResolverPass> passes = List.of(new SentenceItems(LEXICON, PLACES), new CountryCounts(LEXICON));
        Resolution r = run("2019-05-14", passes, "the/DT [Nigerian]MISC [Home Office]ORGANIZATION declined/VBD .",
                "the/DT [Home Office]ORGANIZATION declined/VBD .");
        offerAll(r, new Organisations(LEXICON, new OrganisationNames(LEXICON), PLACES));
        Draft nigerian = r.drafts.get("o:home office");
        assertEquals("NGA", nigerian.code);
        assertEquals("GOV", nigerian.sector);
        assertTrue(r.drafts.values().stream().anyMatch(d -> "GBR".equals(d.code) && d != nigerian),
                "the bare name stays the listed body: " + r.drafts.keySet());
    }

    @Test
    void aGroupAfterHisOrHerIsOfThePersonLastNamedBeforeIt() {
        List<Actor> actors = resolve("2019-05-14",
                "[Kenyan]MISC opposition/NN leader/NN [Raila Odinga]PERSON flew/VBD to/TO [Britain]LOCATION .",
                "His/PRP$ supporters/NNS marched/VBD in/IN [London]LOCATION , a/DT [British]MISC city/NN .");
        Actor supporters = actors.stream()
                .filter(a -> a.mentions().stream().anyMatch(m -> m.text().contains("supporters"))).findFirst().orElseThrow();
        assertEquals("KEN", supporters.code());
    }

    @Test
    void aCountrysNameThatIsAlsoAnotherStatesSubdivisionIsTheSubdivisionWhereTheArticleSaysSo() {
        List<ResolverPass> passes = List.of(new SentenceItems(LEXICON, PLACES), new Namesakes(LEXICON),
                new CountryCounts(LEXICON));
        Resolution us = run("2020-11-20", passes, "[Georgia]LOCATION police/NNS arrested/VBD two/CD men/NNS .",
                "The/DT [U.S.]LOCATION attorney/NN in/IN [Atlanta]LOCATION said/VBD so/RB .");
        assertFalse(us.countryCounts.containsKey("GEO"), "counts: " + us.countryCounts);
        Resolution caucasus = run("2020-11-20", passes, "[Georgia]LOCATION and/CC [Russia]LOCATION talked/VBD .",
                "The/DT [Georgian]MISC foreign/JJ minister/NN said/VBD so/RB .");
        assertEquals(2, caucasus.countryCounts.get("GEO"), "counts: " + caucasus.countryCounts);
        Resolution nigeria = run("2020-11-20", passes, "Gunmen/NNS struck/VBD in/IN [Niger]LOCATION State/NNP .");
        assertFalse(nigeria.countryCounts.containsKey("NER"), "counts: " + nigeria.countryCounts);
    }

    @Test
    void aMiddleNameAndASurnameReadAsABodyJoinThePersonNamedInFull() {
        List<Actor> actors = resolve("2019-05-14",
                "[Tamsin Rowe]PERSON spoke/VBD in/IN [Denver]LOCATION .",
                "[Tamsin Jane Rowe]PERSON was/VBD born/VBN in/IN 1970/CD .",
                "[Rowe]ORGANIZATION said/VBD no/DT .");
        List<Actor> rowes = actors.stream().filter(a -> a.name().contains("Rowe")).toList();
        assertEquals(1, rowes.size(), "actors: " + rowes);
        assertEquals(3, rowes.get(0).mentions().size(), "mentions: " + rowes.get(0).mentions());
    }

    @Test
    void aSurnameSpeltOneLetterApartAndTheEndOfABodysNameJoinWhomTheyName() {
        assertTrue(ShortNames.oneEditApart("zelensky", "zelenskyy"));
        assertFalse(ShortNames.oneEditApart("morrison", "morrisey"));
        List<Actor> actors = resolve("2019-11-14",
                "[Ukrainian]MISC President/NNP [Volodymyr Zelensky]PERSON met/VBD the/DT [House Intelligence Committee]ORGANIZATION .",
                "[Zelenskyy]PERSON said/VBD the/DT [Intelligence Committee]ORGANIZATION had/VBD asked/VBN .");
        Actor zelensky = actors.stream().filter(a -> a.name().equals("Volodymyr Zelensky")).findFirst().orElseThrow();
        assertTrue(zelensky.mentions().stream().anyMatch(m -> m.text().equals("Zelenskyy")), "mentions: " + zelensky.mentions());
        Actor committee = actors.stream().filter(a -> a.name().contains("House Intelligence Committee"))
                .findFirst().orElseThrow();
        assertEquals("LEG", committee.sector());
        assertTrue(committee.mentions().stream().anyMatch(m -> m.text().equals("the Intelligence Committee")),
                "mentions: " + committee.mentions());
    }

    @Test
    void anOfficialsOfficeAndALocalCouncilTakeTheirSectorFromTheirNames() {
        OrganisationNames names = new OrganisationNames(LEXICON);
        assertEquals("COP", names.sector("tarrant county sheriff's office"));
        assertEquals("JUD", names.sector("dallas county district attorney’s office"));
        assertEquals("GOV", names.sector("dallas city council"));
        assertEquals("LEG", names.sector("lagos state house of assembly"));
        assertNull(names.sector("the artist's office"), "no official's office");
        assertEquals("LAB", names.sector("united auto workers"));
        assertNull(names.sector("texas rangers"), "a team is not named for its members' trade");
    }

    @Test
    void aPublicBodyNamedForARegionOrCityIsOfItsState() {
        List<Actor> actors = resolve("2019-05-14",
                "The/DT [Lagos State House of Assembly]ORGANIZATION passed/VBD the/DT bill/NN .",
                "The/DT [Dallas City Council]ORGANIZATION voted/VBD .",
                "The/DT [Dallas Cowboys]ORGANIZATION won/VBD in/IN [London]LOCATION and/CC [Paris]LOCATION .");
        assertEquals("NGA", actors.stream().filter(a -> a.name().contains("Lagos")).findFirst().orElseThrow().code());
        Actor council = actors.stream().filter(a -> a.name().contains("City Council")).findFirst().orElseThrow();
        assertEquals("USA", council.code());
        assertEquals("GOV", council.sector());
        assertNotEquals("USA", actors.stream().filter(a -> a.name().contains("Cowboys")).findFirst().orElseThrow().code(),
                "a team named for a city is not placed by it");
    }

    @Test
    void aSchoolNamedForAPlaceIsOfItsStatePreferringAPlaceOfTheArticlesStates() {
        List<Actor> abroad = resolve("2019-05-14",
                "Students/NNS of/IN the/DT [Ohio Valley Nursing College]ORGANIZATION met/VBD in/IN [Paris]LOCATION ,/, [France]LOCATION .");
        assertEquals("USA", abroad.stream().filter(a -> a.name().contains("Nursing")).findFirst().orElseThrow().code());
        List<Actor> british = resolve("2019-05-14",
                "[Britain]LOCATION 's/POS [Durham Technical College]ORGANIZATION opened/VBD a/DT campus/NN .");
        assertEquals("GBR", british.stream().filter(a -> a.name().contains("Technical")).findFirst().orElseThrow().code(),
                "a British town, not the larger American city of the name");
    }

    @Test
    void aListedBodysNameGoingOnAfterOfOrForIsItsBranch() {
        List<Actor> actors = resolve("2019-05-14",
                "The/DT [U.S. Court of Appeals for the 9th Circuit]ORGANIZATION ruled/VBD .",
                "The/DT [American Civil Liberties Union of Texas]ORGANIZATION sued/VBD .");
        Actor court = actors.stream().filter(a -> a.mentions().stream().anyMatch(m -> m.text().contains("Circuit")))
                .findFirst().orElseThrow();
        assertEquals("JUD", court.sector());
        Actor aclu = actors.stream().filter(a -> a.mentions().stream().anyMatch(m -> m.text().contains("Union of Texas")))
                .findFirst().orElseThrow();
        assertEquals("SOC", aclu.sector());
        assertTrue(actors.stream().noneMatch(a -> a.name().startsWith("of ")), "actors: " + actors);
    }

    @Test
    void aBodysNameTheTaggerCutShortOrLeftUntaggedGoesOnAfterOfOrOn() {
        List<Actor> actors = resolve("2019-05-14",
                "The/DT [Senate Committee]ORGANIZATION on/IN Foreign/NNP Relations/NNPS met/VBD .",
                "With/IN support/NN from/IN the/DT Department/NNP of/IN Agricultural/NNP Extension/NNP ,/, farmers/NNS planted/VBD .",
                "The/DT [Supreme Court]ORGANIZATION on/IN Monday/NNP ruled/VBD .");
        List<String> names = actors.stream().map(Actor::name).toList();
        assertTrue(names.contains("Senate Committee on Foreign Relations"), "actors: " + names);
        assertTrue(names.contains("Department of Agricultural Extension"), "actors: " + names);
        assertTrue(names.stream().noneMatch(n -> n.contains("Monday")), "a day is no part of a name: " + names);
    }

    @Test
    void someoneTheTextSaysWasConvictedIsACriminalAndSomeoneChargedIsNot() {
        List<Actor> actors = resolve("2019-05-14",
                "[Dale Hutchins]PERSON ,/, 61/CD ,/, was/VBD convicted/VBN//convict of/IN fraud/NN in/IN [Ohio]LOCATION .",
                "His/PRP$ partner/NN ,/, [Gary Winslow]PERSON ,/, pleaded/VBD guilty/JJ in/IN [Ohio]LOCATION .",
                "[Mark Lee]PERSON was/VBD charged/VBN//charge with/IN fraud/NN in/IN [Ohio]LOCATION .");
        assertEquals("CRM", actors.stream().filter(a -> a.name().equals("Dale Hutchins")).findFirst().orElseThrow().sector());
        assertEquals("CRM", actors.stream().filter(a -> a.name().equals("Gary Winslow")).findFirst().orElseThrow().sector());
        assertNull(actors.stream().filter(a -> a.name().equals("Mark Lee")).findFirst().orElseThrow().sector(),
                "charged is not convicted");
    }

    @Test
    void aClauseAfterANameSaysWhatThePersonDoes() {
        List<Actor> actors = resolve("2019-05-14",
                "[Maria Lopez]PERSON ,/, who/WP works/VBZ as/IN a/DT nurse/NN ,/, spoke/VBD in/IN [Houston]LOCATION .",
                "[Linda Park]PERSON ,/, who/WP heads/VBZ the/DT [Houston Federation of Teachers]ORGANIZATION ,/, agreed/VBD .",
                "[Tom Becker]PERSON is/VBZ expected/VBN to/TO speak/VB in/IN [Houston]LOCATION .");
        assertEquals("MED", actors.stream().filter(a -> a.name().equals("Maria Lopez")).findFirst().orElseThrow().sector());
        assertEquals("EDU", actors.stream().filter(a -> a.name().equals("Linda Park")).findFirst().orElseThrow().sector());
        assertNull(actors.stream().filter(a -> a.name().equals("Tom Becker")).findFirst().orElseThrow().sector(),
                "nothing says what he does");
    }

    @Test
    void aWireStorysDatelineSaysTheStateItIsFiledFrom() {
        Datelines datelines = new Datelines(PLACES);
        assertEquals("UKR", datelineOf(datelines, "KYIV, Ukraine (AP) — The Senate met on Tuesday."));
        assertEquals("USA", datelineOf(datelines, "WASHINGTON (AP) — The Senate met on Tuesday."));
        assertEquals("NGA", datelineOf(datelines, "ABUJA, March 5, 2020 (Reuters) - The Senate met."));
        assertNull(datelineOf(datelines, "The Senate met in Kyiv on Tuesday."));
    }

    private static String datelineOf(Datelines datelines, String paragraph) {
        ParsedArticle p = new ParsedArticle(new Article("test", null, null, List.of(), "2020-03-05", "en", null,
                List.of(paragraph), List.of()), List.of());
        Resolution r = new Resolution(p);
        datelines.run(r);
        return r.datelineCode;
    }

    @Test
    void aSecondTitleSaysTheTradeAndTheHeadOfABodyIsOfItsSector() {
        List<Actor> actors = resolve("2019-05-14",
                "[Ann Poe]PERSON ,/, president/NN and/CC chief/JJ executive/NN of/IN [Beta Labs]ORGANIZATION ,/, spoke/VBD in/IN [Ohio]LOCATION .",
                "[Jamie Dimon]PERSON ,/, the/DT head/NN of/IN [JPMorgan Chase]ORGANIZATION ,/, agreed/VBD .",
                "He/PRP was/VBD shot/VBN in/IN the/DT head/NN in/IN [Ohio]LOCATION .");
        assertEquals("BUS", actors.stream().filter(a -> a.name().equals("Ann Poe")).findFirst().orElseThrow().sector());
        assertEquals("BUS", actors.stream().filter(a -> a.name().equals("Jamie Dimon")).findFirst().orElseThrow().sector());
        assertTrue(actors.stream().noneMatch(a -> a.mentions().stream().anyMatch(m -> m.text().equals("head"))),
                "a head is no one: " + actors);
    }

    @Test
    void aChamberNamedWithoutItsStateIsOfTheOneNamedStateThatHasOne() {
        assertTrue(LEXICON.statesWithChamber("the Senate").containsAll(List.of("USA", "NGA", "PHL")));
        assertFalse(LEXICON.statesWithChamber("Senate").contains("UKR"));
        List<Actor> actors = resolve("2019-05-14",
                "The/DT [Senate]ORGANIZATION and/CC [Ukraine]LOCATION talked/VBD .",
                "[Russia]LOCATION and/CC [United States]LOCATION watched/VBD .");
        Actor senate = actors.stream().filter(a -> a.name().equals("Senate")).findFirst().orElseThrow();
        assertEquals("USA", senate.code(), "of the states named, only the United States has a senate");
    }

    @Test
    void aCompanysKindAndNationalityAroundItsNameAreItsOwn() {
        List<Actor> actors = resolve("2019-05-14",
                "The/DT [German]MISC lender/NN [Commerzbank]ORGANIZATION arranged/VBD it/PRP .",
                "[Gulf Air]ORGANIZATION ,/, [Bahrain]LOCATION 's/POS national/JJ carrier/NN ,/, agreed/VBD .",
                "[Turkish]MISC -/HYPH based/VBN carrier/NN [Pegasus Airlines]ORGANIZATION signed/VBD .");
        Actor commerzbank = actors.stream().filter(a -> a.name().equals("Commerzbank")).findFirst().orElseThrow();
        assertTrue(commerzbank.mentions().get(0).text().startsWith("The German lender"), "mentions: " + commerzbank.mentions());
        assertTrue(actors.stream().noneMatch(a -> a.kind() == Actor.Kind.GROUP), "no group of lenders or carriers: " + actors);
        Actor gulfAir = actors.stream().filter(a -> a.name().equals("Gulf Air")).findFirst().orElseThrow();
        assertEquals("BHR", gulfAir.code());
        assertEquals("BUS", gulfAir.sector());
        assertEquals("TUR", actors.stream().filter(a -> a.name().equals("Pegasus Airlines")).findFirst().orElseThrow().code());
    }

    @Test
    void fightersAndCommandersOfAnArmedGroupAreOfItsSector() {
        List<Actor> actors = resolve("2019-05-14",
                "Fighters/NNS of/IN [Hezbollah]ORGANIZATION crossed/VBD into/IN [Syria]LOCATION .",
                "[Islamic State]ORGANIZATION commander/NN [Abu Ibrahim al-Hashimi]PERSON was/VBD captured/VBN .");
        assertTrue(actors.stream().anyMatch(a -> a.kind() == Actor.Kind.GROUP && "REB".equals(a.sector())
                && a.mentions().stream().anyMatch(m -> m.text().startsWith("Fighters"))), "actors: " + actors);
        assertEquals("REB", actors.stream().filter(a -> a.name().equals("Abu Ibrahim al-Hashimi")).findFirst().orElseThrow().sector());
    }

    @Test
    void anOfficeAnyBodyHasAfterAListedBodysNameInAnAppositionIsOfThatBody() {
        List<Actor> actors = resolve("2019-11-20",
                "[Nigel Farage]PERSON ,/, the/DT [Brexit Party]ORGANIZATION leader/NN ,/, spoke/VBD in/IN [London]LOCATION .");
        assertEquals("PTY", actors.stream().filter(a -> a.name().equals("Nigel Farage")).findFirst().orElseThrow().sector());
        List<Actor> titled = resolve("2019-11-20",
                "[Liberal Democrat]MISC leader/NN [Jo Swinson]PERSON spoke/VBD in/IN [London]LOCATION .");
        assertEquals("PTY", titled.stream().filter(a -> a.name().equals("Jo Swinson")).findFirst().orElseThrow().sector(),
                "a party named without \"Party\" before an office any body has");
        List<Actor> kinds = resolve("2019-11-20",
                "[Conservative]MISC leader/NN [Andrew Scheer]PERSON spoke/VBD in/IN [Ottawa]LOCATION .",
                "[Russian]MISC President/NNP [Boris Yeltsin]PERSON spoke/VBD in/IN [Moscow]LOCATION .");
        assertEquals("PTY", kinds.stream().filter(a -> a.name().equals("Andrew Scheer")).findFirst().orElseThrow().sector(),
                "the kind of party of \"Conservative Party of Canada\"");
        assertNotEquals("PTY", kinds.stream().filter(a -> a.name().equals("Boris Yeltsin")).findFirst().orElseThrow().sector(),
                "a nationality is no kind of party");
    }

    @Test
    void aStrategistIsOfThePartyNamedBeforeAndOfTheBodyHeWorksAt() {
        List<Actor> actors = resolve("2020-10-08",
                "[Mark Hamrick]PERSON ,/, a/DT [Republican]MISC strategist/NN ,/, spoke/VBD in/IN [Washington]LOCATION .",
                "[Lindsey Bell]PERSON ,/, chief/JJ investment/NN strategist/NN at/IN [Ally Invest]ORGANIZATION ,/, agreed/VBD .",
                "[Democratic]MISC strategist/NN [Adrian Hemond]PERSON disagreed/VBD .");
        assertEquals("PTY", actors.stream().filter(a -> a.name().equals("Mark Hamrick")).findFirst().orElseThrow().sector());
        assertEquals("PTY", actors.stream().filter(a -> a.name().equals("Adrian Hemond")).findFirst().orElseThrow().sector());
        assertEquals("BUS", actors.stream().filter(a -> a.name().equals("Lindsey Bell")).findFirst().orElseThrow().sector());
    }

    @Test
    void initialsInBracketsAfterABodysNameStandForItThroughTheArticle() {
        List<Actor> actors = resolve("2023-02-02",
                "The/DT [Sindh Awami Tehreek-e-Nizam]ORGANIZATION (/-LRB- SATN/NNP )/-RRB- party/NN rallied/VBD in/IN [Karachi]LOCATION .",
                "[SATN]ORGANIZATION leaders/NNS met/VBD the/DT [Independent National Electoral Commission]ORGANIZATION (/-LRB- INEC/NNP )/-RRB- .",
                "INEC/NNP said/VBD the/DT vote/NN would/MD go/VB ahead/RB .");
        Actor party = actors.stream().filter(a -> a.name().contains("Awami")).findFirst().orElseThrow();
        assertEquals(List.of("The Sindh Awami Tehreek-e-Nizam", "SATN", "SATN"),
                party.mentions().stream().map(Mention::text).toList());
        Actor commission = actors.stream().filter(a -> a.name().contains("Electoral")).findFirst().orElseThrow();
        assertEquals(3, commission.mentions().size(), "the name, its initials, and the initials the tagger left: " + commission);
        assertEquals(1, actors.stream().filter(a -> a.kind() == Actor.Kind.ORGANISATION).count() - 1, "no body of the initials alone: " + actors);
        List<Actor> ruling = resolve("2019-01-30",
                "The/DT ruling/VBG [Socialist Party]ORGANIZATION (/-LRB- [PSUV]ORGANIZATION )/-RRB- rallied/VBD in/IN [Caracas]LOCATION .");
        assertEquals(List.of("United Socialist Party of Venezuela"),
                ruling.stream().filter(a -> a.kind() == Actor.Kind.ORGANISATION).map(Actor::name).toList(),
                "a listed party's short form after a shorter name of it");
        assertTrue(Acronyms.sharesWords("International Labor Office", "International Labour Organization"));
        assertFalse(Acronyms.sharesWords("Pakistan Tehreek-e-Insaf", "Press Trust of India"));
    }

    @Test
    void aNameItsAppositionSaysIsACharitysIsABodyAndOneWhoseAppositionSaysWhereHeWorksIsAPerson() {
        List<Actor> actors = resolve("2018-06-29",
                "[Wavewatch]PERSON ,/, a/DT [German]MISC charity/NN that/WDT runs/VBZ boats/NNS ,/, objected/VBD .",
                "[Mare Aperto]PERSON ,/, an/DT [Italian]MISC charity/NN ,/, agreed/VBD .",
                "[Tom Baxley]PERSON ,/, a/DT partner/NN at/IN the/DT law/NN firm/NN ,/, disagreed/VBD .");
        Actor one = actors.stream().filter(a -> a.name().equals("Wavewatch")).findFirst().orElseThrow();
        assertEquals(Actor.Kind.ORGANISATION, one.kind());
        assertEquals("SOC", one.sector());
        assertEquals("DEU", one.code());
        assertEquals(Actor.Kind.ORGANISATION, actors.stream().filter(a -> a.name().equals("Mare Aperto")).findFirst().orElseThrow().kind());
        assertEquals(Actor.Kind.PERSON, actors.stream().filter(a -> a.name().equals("Tom Baxley")).findFirst().orElseThrow().kind());
    }

    @Test
    void aRegionsNounIsOfItsNameAndAnOfficeOfABodyOfNoStateIsThatBodys() {
        List<Actor> actors = resolve("2021-01-28",
                "Gunmen/NNS attacked/VBD [Kagara]LOCATION ,/, [Niger]LOCATION [State]ORGANIZATION ,/, in/IN [Nigeria]LOCATION .",
                "[Amnesty International]ORGANIZATION 's/POS [Nigeria]LOCATION director/NN ,/, [Osai Ojigho]PERSON ,/, spoke/VBD .");
        assertTrue(actors.stream().noneMatch(a -> a.name().equals("State")), "no body called \"State\": " + actors);
        Actor director = actors.stream().filter(a -> a.name().equals("Osai Ojigho")).findFirst().orElseThrow();
        assertEquals("NGO", director.code());
        assertNull(director.sector(), "no government's official");
    }

    @Test
    void hisSpokesmanIsOfTheStateOfWhomTheSentenceNamedAndAShopkeeperInACityOfItsState() {
        List<Actor> actors = resolve("2019-05-05",
                "[Israeli]MISC aircraft/NN struck/VBD in/IN [Israel]LOCATION and/CC [Israel]LOCATION .",
                "[Palestinian]MISC President/NNP [Walid Haddad]PERSON condemned/VBD the/DT strikes/NNS ,/, his/PRP$ spokesman/NN [Nabil Samara]PERSON said/VBD .",
                "[Yusuf Hamdan]PERSON ,/, a/DT shopkeeper/NN in/IN [Ramallah]LOCATION ,/, said/VBD his/PRP$ shop/NN burned/VBD .");
        Actor president = actors.stream().filter(a -> a.name().equals("Walid Haddad")).findFirst().orElseThrow();
        assertEquals("PSE", president.code());
        assertEquals(president.code(), actors.stream().filter(a -> a.name().equals("Nabil Samara")).findFirst().orElseThrow().code());
        assertEquals("PSE", actors.stream().filter(a -> a.name().equals("Yusuf Hamdan")).findFirst().orElseThrow().code());
    }

    @Test
    void anAppositionAfterAnAgeSaysWherePeopleAreFromAndABodysMentionKeepsItsNouns() {
        List<Actor> actors = resolve("2019-11-20",
                "Nearly/RB 150/CD deportees/NNS returned/VBD from/IN the/DT [United States]LOCATION and/CC [Mexico]LOCATION ./.",
                "[Amit Sharma]PERSON ,/, 31/CD ,/, from/IN [Lucknow]LOCATION ,/, said/VBD he/PRP paid/VBD an/DT agent/NN ./.",
                "[Suresh Yadav]PERSON ,/, a/DT deportee/NN from/IN [Haryana]LOCATION ,/, spoke/VBD ./.",
                "[Mexican]MISC officials/NNS told/VBD [NBC]ORGANIZATION 5/CD ./.");
        List<Actor> chinese = resolve("2019-11-20",
                "A/DT case/NN was/VBD found/VBN in/IN [China]LOCATION ,/, the/DT regional/JJ health/NN ministry/NN said/VBD ./.");
        assertEquals("IND", actors.stream().filter(a -> a.name().equals("Amit Sharma")).findFirst().orElseThrow().code());
        assertEquals("IND", actors.stream().filter(a -> a.name().equals("Suresh Yadav")).findFirst().orElseThrow().code());
        assertTrue(chinese.stream().anyMatch(a -> a.mentions().stream().anyMatch(m -> m.text().equals("the regional health ministry"))),
                "the whole noun phrase: " + chinese);
        assertTrue(actors.stream().anyMatch(a -> a.mentions().stream().anyMatch(m -> m.text().equals("NBC 5"))),
                "the station's channel: " + actors);
    }

    @Test
    void aSonNamedWithJrIsNotHisFatherAndAPartyTagLeavesTheAppositionAfterIt() {
        List<Actor> actors = resolve("2019-10-04",
                "[Donald Trump]PERSON Jr./NNP said/VBD he/PRP would/MD not/RB testify/VB in/IN [Washington]LOCATION .",
                "Rep./NNP [Adam Schiff]PERSON ,/, D/NNP -/HYPH Calif./NNP ,/, chairman/NN of/IN the/DT [House Intelligence Committee]ORGANIZATION ,/, spoke/VBD .",
                "The/DT [Justice Department]ORGANIZATION 's/POS inspector/NN general/NN ,/, [Michael Horowitz]PERSON ,/, reported/VBD .");
        Actor son = actors.stream().filter(a -> a.name().startsWith("Donald Trump")).findFirst().orElseThrow();
        assertEquals("Donald Trump Jr.", son.name());
        assertNotEquals("GOV", son.sector(), "not the president");
        assertTrue(actors.stream().noneMatch(a -> a.mentions().stream().anyMatch(m -> m.text().equals("chairman"))),
                "the chairman is Schiff, no group: " + actors);
        assertEquals("GOV", actors.stream().filter(a -> a.name().equals("Michael Horowitz")).findFirst().orElseThrow().sector(),
                "an inspector general is no military general");
    }

    @Test
    void aRegionTakenForAPersonIsARegionAndTheSouthChinaSeaIsNotTheSouth() {
        List<Actor> actors = resolve("2020-08-02",
                "Police/NNS in/IN [Madhya Pradesh]PERSON arrested/VBD protesters/NNS .",
                "[Seoul]LOCATION urged/VBD restraint/NN in/IN the/DT South/NNP China/NNP Sea/NNP .");
        assertTrue(actors.stream().noneMatch(a -> a.kind() == Actor.Kind.PERSON), "no person: " + actors);
        assertEquals("IND", actors.stream().filter(a -> a.kind() == Actor.Kind.GROUP).findFirst().orElseThrow().code());
        assertTrue(actors.stream().noneMatch(a -> a.mentions().stream().anyMatch(m -> m.text().contains("South"))),
                "the sea names no state: " + actors);
    }

    @Test
    void aPersonTheBylineNamesIsAJournalist() {
        ParsedArticle parsed = Parsed.article("2025-11-14", null,
                "[Nina Pardo]PERSON asked/VBD [Farah Idris]PERSON about/IN the/DT complaints/NNS in/IN [New Jersey]LOCATION .");
        Article a = parsed.article();
        ParsedArticle bylined = new ParsedArticle(new Article(a.source(), a.title(), a.subtitle(), List.of("By Nina Pardo"),
                a.published(), a.language(), a.url(), a.paragraphs(), a.removed()), parsed.sentences());
        List<Actor> actors = new ActorResolver(LEXICON).resolve(bylined);
        assertEquals("JRN", actors.stream().filter(a2 -> a2.name().equals("Nina Pardo")).findFirst().orElseThrow().sector());
        assertNull(actors.stream().filter(a2 -> a2.name().equals("Farah Idris")).findFirst().orElseThrow().sector());
    }

    @Test
    void thePeopleAWireStorysCreditLineNamesAreJournalists() {
        List<Actor> actors = resolve("2019-09-24",
                "The/DT company/NN declined/VBD to/TO comment/VB ,/, [Jane Ortiz]PERSON said/VBD ./.",
                "Reporting/NN by/IN [Greg Ramos]PERSON in/IN [New York]LOCATION ;/: Editing/NN by/IN [Martin Howe]PERSON");
        assertEquals("JRN", actors.stream().filter(a -> a.name().equals("Greg Ramos")).findFirst().orElseThrow().sector());
        assertEquals("JRN", actors.stream().filter(a -> a.name().equals("Martin Howe")).findFirst().orElseThrow().sector());
        assertNull(actors.stream().filter(a -> a.name().equals("Jane Ortiz")).findFirst().orElseThrow().sector());
    }

    @Test
    void aPersonNamedWithOfAndABodyWorksThere() {
        List<Actor> actors = resolve("2019-11-18",
                "\"/`` We/PRP lost/VBD ,/, \"/'' [Cam Heyward]PERSON said/VBD ,/, via/IN [Brian Batko]PERSON of/IN the/DT [Pittsburgh Post-Gazette]ORGANIZATION ./.");
        assertEquals("JRN", actors.stream().filter(a -> a.name().equals("Brian Batko")).findFirst().orElseThrow().sector());
        assertNull(actors.stream().filter(a -> a.name().equals("Cam Heyward")).findFirst().orElseThrow().sector());
    }

    @Test
    void aBodysInitialsAfterItsNameStandForItWithoutBracketsAndItsOfficeIsOfItsSector() {
        List<Actor> actors = resolve("2019-10-01",
                "Workers/NNS struck/VBD at/IN [General Motors]ORGANIZATION plants/NNS in/IN [Michigan]LOCATION ./.",
                "[GM]ORGANIZATION 's/POS president/NN ,/, [Mark Ross]PERSON ,/, said/VBD [GM]ORGANIZATION would/MD talk/VB ./.");
        Actor gm = actors.stream().filter(a -> a.name().equals("General Motors")).findFirst().orElseThrow();
        assertEquals(3, gm.mentions().size(), "the name and both short forms: " + gm);
        assertEquals("BUS", actors.stream().filter(a -> a.name().equals("Mark Ross")).findFirst().orElseThrow().sector());
        List<Actor> company = resolve("2019-10-01",
                "Workers/NNS struck/VBD in/IN [Detroit]LOCATION ./.",
                "The/DT company/NN 's/POS president/NN ,/, [Mark Ross]PERSON ,/, said/VBD it/PRP would/MD talk/VB ./.");
        assertEquals("BUS", company.stream().filter(a -> a.name().equals("Mark Ross")).findFirst().orElseThrow().sector(),
                "an office of the company: " + company);
    }

    @Test
    void someoneWhoOwnsADinerIsInBusinessAndAFarmBodyIsFarmings() {
        List<Actor> actors = resolve("2019-10-01",
                "Workers/NNS struck/VBD in/IN [Detroit]LOCATION ./.",
                "[Dan Keller]PERSON ,/, who/WP owns/VBZ a/DT diner/NN near/IN the/DT plant/NN ,/, said/VBD sales/NNS fell/VBD ./.",
                "[Zane Duval]PERSON ,/, president/NN of/IN the/DT [American Farm Bureau]ORGANIZATION ,/, urged/VBD a/DT deal/NN ./.");
        assertEquals("BUS", actors.stream().filter(a -> a.name().equals("Dan Keller")).findFirst().orElseThrow().sector(), actors.toString());
        assertEquals("AGR", actors.stream().filter(a -> a.name().contains("Farm Bureau")).map(Actor::sector).findFirst().orElse(actors.toString()));
        assertEquals("AGR", actors.stream().filter(a -> a.name().equals("Zane Duval")).findFirst().orElseThrow().sector());
    }

    @Test
    void aRankAfterThePoliceIsAPoliceOfficers() {
        List<Actor> actors = resolve("2019-10-01",
                "A/DT man/NN was/VBD shot/VBN in/IN [Detroit]LOCATION ./.",
                "Police/NNP Sgt./NNP [Nicole Kirk]PERSON said/VBD no/DT one/NN was/VBD held/VBN ./.",
                "Army/NNP Sgt./NNP [John Fox]PERSON said/VBD so/RB ./.");
        assertEquals("COP", actors.stream().filter(a -> a.name().equals("Nicole Kirk")).findFirst().orElseThrow().sector());
        assertEquals("MIL", actors.stream().filter(a -> a.name().equals("John Fox")).findFirst().orElseThrow().sector());
    }

    @Test
    void someoneWhoWorksAtAStatesBodyIsOfThatStateOverTheDateline() {
        List<Actor> actors = resolve("2019-11-20",
                "[LONDON]LOCATION (/-LRB- [Reuters]ORGANIZATION )/-RRB- -/: A/DT study/NN was/VBD published/VBN on/IN Wednesday/NNP ./.",
                "[Sarah Jones]PERSON ,/, a/DT cardiologist/NN at/IN [Massachusetts General Hospital]ORGANIZATION ,/, said/VBD patients/NNS should/MD cut/VB back/RB ./.");
        assertEquals("USA", actors.stream().filter(x -> x.name().equals("Sarah Jones")).findFirst().orElseThrow().code(),
                actors.toString());
    }

    @Test
    void aSpokeswomanForSomeoneIsOfTheirSideAndAnOfficeAtABodyInsideAnotherIsOfTheOuterWhereOnlyItIsKnown() {
        List<Actor> actors = resolve("2019-11-20",
                "Gov./NNP [Tony Evers]PERSON signed/VBD no/DT such/JJ bill/NN in/IN [Wisconsin]LOCATION ./.",
                "[Britt Cuda]PERSON ,/, a/DT spokeswoman/NN for/IN [Evers]PERSON ,/, said/VBD so/RB ./.",
                "[Barry Burden]PERSON ,/, director/NN of/IN the/DT [Elections Research Center]ORGANIZATION at/IN the/DT [University of Wisconsin-Madison]ORGANIZATION ,/, said/VBD cases/NNS are/VBP rare/JJ ./.");
        Actor spokeswoman = actors.stream().filter(a -> a.name().equals("Britt Cuda")).findFirst().orElseThrow();
        assertEquals("GOV", spokeswoman.sector(), actors.toString());
        assertEquals("USA", spokeswoman.code());
        assertEquals("EDU", actors.stream().filter(a -> a.name().equals("Barry Burden")).findFirst().orElseThrow().sector());
    }

    @Test
    void theHouseAloneIsTheChamberOfTheOneNamedStateWithAHouseOfSomething() {
        List<Actor> actors = resolve("2019-10-31",
                "The/DT [House]ORGANIZATION voted/VBD on/IN the/DT inquiry/NN into/IN [Trump]PERSON 's/POS dealings/NNS with/IN [Ukraine]LOCATION ./.",
                "[Kyiv]LOCATION has/VBZ not/RB commented/VBN ,/, and/CC the/DT [United States]LOCATION [Senate]ORGANIZATION will/MD hold/VB a/DT trial/NN ./.");
        Actor house = actors.stream().filter(a -> a.name().equals("House")).findFirst().orElseThrow();
        assertEquals("LEG", house.sector(), actors.toString());
        assertEquals("USA", house.code());
    }

    @Test
    void aListedOfficeHolderTheTitleCallsFormerIsAnEliteAndOneItCallsAnOppositionLeaderIsInOpposition() {
        List<Actor> actors = resolve("2019-11-20",
                "Former/JJ President/NNP [Barack Obama]PERSON endorsed/VBD the/DT plan/NN in/IN [Washington]LOCATION ./.");
        assertEquals("ELI", actors.stream().filter(a -> a.name().equals("Barack Obama")).findFirst().orElseThrow().sector(),
                actors.toString());
        List<Actor> kenya = resolve("2010-10-30",
                "Opposition/NN leader/NN [Raila Odinga]PERSON boycotted/VBD the/DT election/NN in/IN [Kenya]LOCATION ./.");
        assertEquals("OPP", kenya.stream().filter(a -> a.name().equals("Raila Odinga")).findFirst().orElseThrow().sector(),
                kenya.toString());
    }

    @Test
    void militaryPoliceAreTheArmysAndAFarmBeforeANounIsNoBody() {
        List<Actor> actors = resolve("2019-10-23",
                "[Russian]MISC military/JJ police/NN began/VBD patrols/NNS in/IN [Kobani]LOCATION ,/, and/CC [Turkish]MISC paramilitary/JJ police/NN arrested/VBD two/CD men/NNS ./.",
                "[French]MISC farmers/NNS protested/VBD against/IN the/DT [European Union]ORGANIZATION 's/POS farm/NN reform/NN ./.");
        assertEquals("MIL", actors.stream().filter(a -> "RUS".equals(a.code())).findFirst().orElseThrow().sector(), actors.toString());
        assertEquals("MIL", actors.stream().filter(a -> "TUR".equals(a.code())).findFirst().orElseThrow().sector());
        assertTrue(actors.stream().noneMatch(a -> a.mentions().stream().anyMatch(m -> m.text().endsWith("farm"))),
                "a farm reform is no farm: " + actors);
    }

    @Test
    void theDatelinesStateIsTheSettingWhereTheStoryNamesItsBodies() {
        List<Actor> actors = resolve("2019-11-17",
                "[HONG KONG]LOCATION (AP)/NNP \u2014/: [Hong Kong]LOCATION police/NN fired/VBD tear/NN gas/NN ./.",
                "Secretary/NNP of/IN State/NNP [Mike Pompeo]PERSON said/VBD [Washington]LOCATION was/VBD watching/VBG ,/, and/CC the/DT [U.S.]LOCATION [Congress]ORGANIZATION met/VBD ./.",
                "[Pompeo]PERSON spoke/VBD again/RB ./.",
                "Lawmaker/NN [Claudia Moss]PERSON said/VBD the/DT force/NN was/VBD excessive/JJ ./.");
        assertEquals("HKG", actors.stream().filter(x -> x.name().equals("Claudia Moss")).findFirst().orElseThrow().code(),
                actors.toString());
    }

    @Test
    void aCityPoliceDepartmentsInitialsAreAPoliceBodyAndAStateBodysInitialsLessItsStateStandForIt() {
        List<Actor> actors = resolve("2019-11-17",
                "The/DT NYPD/NNP and/CC the/DT [LAPD]ORGANIZATION sent/VBD condolences/NNS to/IN [Houston]LOCATION ./.",
                "The/DT [Texas Department of Public Safety]ORGANIZATION is/VBZ helping/VBG ,/, a/DT [DPS]ORGANIZATION spokesman/NN said/VBD ./.");
        assertEquals("COP", actors.stream().filter(a -> a.name().equals("NYPD")).findFirst().orElseThrow().sector(), actors.toString());
        assertEquals("COP", actors.stream().filter(a -> a.name().equals("LAPD")).findFirst().orElseThrow().sector());
        assertTrue(actors.stream().noneMatch(a -> a.name().equals("DPS")), "DPS is the department: " + actors);
    }

    @Test
    void anOfficeOfTheGroupIsOfTheBodyNamedBeforeAndOneOfTheUnionIsATradeUnions() {
        List<Actor> actors = resolve("2019-11-20",
                "The/DT [American Civil Liberties Union]ORGANIZATION said/VBD it/PRP would/MD oppose/VB the/DT bill/NN in/IN [Wisconsin]LOCATION ./.",
                "[Chris Otto]PERSON ,/, the/DT group/NN 's/POS executive/JJ director/NN ,/, said/VBD voters/NNS would/MD suffer/VB ./.",
                "The/DT union/NN 's/POS president/NN ,/, [Gary Jonas]PERSON ,/, did/VBD not/RB comment/VB ./.");
        assertEquals("SOC", actors.stream().filter(a -> a.name().equals("Chris Otto")).findFirst().orElseThrow().sector(), actors.toString());
        assertEquals("LAB", actors.stream().filter(a -> a.name().equals("Gary Jonas")).findFirst().orElseThrow().sector());
    }

    @Test
    void aPartysShortNameTheTaggerLeftIsThePartyAndAShadowMinisterIsInOpposition() {
        List<Actor> actors = resolve("2019-11-17",
                "The/DT Conservatives/NNPS pledged/VBD to/TO cut/VB taxes/NNS in/IN [Britain]LOCATION ./.",
                "[Labour]ORGANIZATION 's/POS shadow/JJ chancellor/NN [John McDonald]PERSON promised/VBD more/JJR ./.");
        assertTrue(actors.stream().anyMatch(a -> "PTY".equals(a.sector()) && "GBR".equals(a.code())
                && a.mentions().stream().anyMatch(m -> m.text().endsWith("Conservatives"))), actors.toString());
        assertEquals("OPP", actors.stream().filter(a -> a.name().equals("John McDonald")).findFirst().orElseThrow().sector());
    }

    @Test
    void aNameTheTaggerMissedWhereAnOfficeAnyBodyHasIsHeldIsABody() {
        List<Actor> actors = resolve("2019-12-12",
                "said/VBD [Phil Levy]PERSON ,/, the/DT chief/JJ economist/NN at/IN [Flexport]LOCATION ,/, which/WDT ships/VBZ goods/NNS .",
                "[Junior Gaspard]PERSON ,/, new/JJ CEO/NN at/IN Experience/NNP ,/, spoke/VBD .");
        assertEquals(Actor.Kind.ORGANISATION, actors.stream().filter(a -> a.name().equals("Flexport")).findFirst().orElseThrow().kind());
        assertEquals(Actor.Kind.ORGANISATION, actors.stream().filter(a -> a.name().equals("Experience")).findFirst().orElseThrow().kind());
    }

    @Test
    void aBodysNameGoesOnToThePlaceAfterOf() {
        List<Actor> actors = resolve("2018-11-20",
                "The/DT suit/NN was/VBD filed/VBN in/IN the/DT [United States District Court]LOCATION for/IN the/DT Eastern/NNP District/NNP of/IN [Pennsylvania]LOCATION ./.",
                "The/DT [Human Rights Commission]ORGANIZATION of/IN [Pakistan]LOCATION protested/VBD in/IN [London]LOCATION ./.");
        Actor court = actors.stream().filter(a -> a.name().contains("District Court")).findFirst().orElseThrow();
        assertEquals("the United States District Court for the Eastern District of Pennsylvania", court.mentions().get(0).text());
        Actor commission = actors.stream().filter(a -> a.name().contains("Human Rights")).findFirst().orElseThrow();
        assertEquals("Human Rights Commission of Pakistan", commission.name());
        assertEquals("PAK", commission.code());
    }

    @Test
    void aBodyNamedForAPartyIsThePartys() {
        OrganisationNames names = new OrganisationNames(LEXICON);
        assertEquals("PTY", names.sector("republican governors association"));
        assertEquals("PTY", names.sector("democratic national committee"));
        assertEquals("GOV", names.sector("national governors association"), "a body of governors of no party");
    }

    @Test
    void aPartysShortNameIsThePartyInAReportSetInItsState() {
        List<Actor> indian = resolve("2019-11-20",
                "[Congress]ORGANIZATION leader/NN [Rahul Gandhi]PERSON criticised/VBD the/DT [Indian]MISC government/NN .",
                "He/PRP spoke/VBD in/IN [New Delhi]LOCATION .");
        Actor gandhi = indian.stream().filter(a -> a.name().equals("Rahul Gandhi")).findFirst().orElseThrow();
        assertEquals("IND", gandhi.code(), "actors: " + indian);
        List<Actor> american = resolve("2019-11-20",
                "[Congress]ORGANIZATION passed/VBD the/DT bill/NN in/IN [Washington]LOCATION .");
        assertTrue(american.stream().anyMatch(a -> "USA".equals(a.code()) && "LEG".equals(a.sector())), "actors: " + american);
    }

    @Test
    void aNationalityStandingForSomeoneGivesTheLastPersonNamedTheirCountry() {
        List<Actor> actors = resolve("2019-04-11",
                "Campaigner/NN [Tamsin Rowe]PERSON was/VBD arrested/VBN in/IN [London]LOCATION .",
                "The/DT [Australian]MISC was/VBD carried/VBN out/RP by/IN officers/NNS .");
        Actor rowe = actors.stream().filter(a -> a.name().equals("Tamsin Rowe")).findFirst().orElseThrow();
        assertEquals("AUS", rowe.code(), "actors: " + actors);
        assertTrue(rowe.mentions().stream().anyMatch(m -> m.text().equals("The Australian")), "mentions: " + rowe.mentions());
    }

    @Test
    void theHeadsOfficeCapitalisedWithNoStateIsTheHeadOfTheOneStateTheArticleNames() {
        List<Actor> actors = resolve("2019-11-20",
                "The/DT palace/NN in/IN [London]LOCATION said/VBD the/DT Queen/NNP had/VBD agreed/VBN .");
        assertTrue(actors.stream().anyMatch(a -> a.name().equals("Elizabeth II")
                && a.mentions().stream().anyMatch(m -> m.text().equals("Queen"))), "actors: " + actors);
    }

    @Test
    void aTitleTheTaggerTookForAWholeNameIsNoPerson() {
        Resolution r = run("2019-11-20", List.of(new SentenceItems(LEXICON, PLACES)),
                "[Prince]PERSON steps/VBZ back/RB .");
        assertEquals(Item.Kind.ROLE, r.items(0).get(0).kind(), "items: " + r.items(0));
    }

    @Test
    void anOccupationNoListKnowsAtABodyIsOfThatBodysSectorButNotWhatSomeoneSaysOfIt() {
        List<Actor> actors = resolve("2019-11-20",
                "[Omar Said]PERSON ,/, a/DT driver/NN for/IN [Uber]ORGANIZATION ,/, said/VBD fares/NNS fell/VBD in/IN [Chicago]LOCATION ./.",
                "[Lisa Tran]PERSON ,/, an/DT organizer/NN with/IN the/DT [Service Employees International Union]ORGANIZATION ,/, spoke/VBD ./.",
                "[Rita Cole]PERSON ,/, a/DT critic/NN of/IN [Uber]ORGANIZATION ,/, spoke/VBD ./.");
        assertEquals("BUS", actors.stream().filter(a -> a.name().equals("Omar Said")).findFirst().orElseThrow().sector(),
                actors.toString());
        assertEquals("LAB", actors.stream().filter(a -> a.name().equals("Lisa Tran")).findFirst().orElseThrow().sector(),
                actors.toString());
        assertNull(actors.stream().filter(a -> a.name().equals("Rita Cole")).findFirst().orElseThrow().sector(),
                actors.toString());
    }

    @Test
    void whatABodyHasOrWhatIsOfItSaysItsSectorWhereNothingElseDoes() {
        List<Actor> actors = resolve("2019-11-20",
                "Shares/NNS/O/share of/IN [Zentrix]ORGANIZATION fell/VBD in/IN [New York]LOCATION ./.",
                "[Vellora]ORGANIZATION 's/POS customers/NNS/O/customer complained/VBD ./.",
                "[Quorvane]ORGANIZATION 's/POS members/NNS/O/member met/VBD ./.");
        assertEquals("BUS", actors.stream().filter(a -> a.name().equals("Zentrix")).findFirst().orElseThrow().sector(),
                actors.toString());
        assertEquals("BUS", actors.stream().filter(a -> a.name().equals("Vellora")).findFirst().orElseThrow().sector(),
                actors.toString());
        assertNull(actors.stream().filter(a -> a.name().equals("Quorvane")).findFirst().orElseThrow().sector(),
                actors.toString());
    }

    @Test
    void aCongressOrFederationOfWorkersIsAUnionNotALegislature() {
        List<Actor> actors = resolve("2019-11-20",
                "The/DT [Trades Union Congress]ORGANIZATION in/IN [Ghana]LOCATION called/VBD a/DT strike/NN ./.",
                "The/DT [Accra Arts Congress]ORGANIZATION in/IN [Ghana]LOCATION met/VBD ./.");
        assertEquals("LAB", actors.stream().filter(a -> a.name().equals("Trades Union Congress")).findFirst().orElseThrow()
                .sector(), actors.toString());
        assertNotEquals("LAB", actors.stream().filter(a -> a.name().contains("Arts"))
                .findFirst().orElseThrow().sector(), actors.toString());
    }

    @Test
    void aNameTheTaggerMissedBeforeANewsOutletsNounIsTheOutlet() {
        List<Actor> actors = resolve("2019-11-20",
                "The/DT minister/NN resigned/VBD in/IN [London]LOCATION ,/, the/DT Independent/JJ newspaper/NN reported/VBD ./.",
                "State/NNP broadcaster/NN [CCTV]ORGANIZATION showed/VBD the/DT talks/NNS ./.");
        Actor outlet = actors.stream().filter(a -> a.name().equals("Independent")).findFirst().orElseThrow(() ->
                new AssertionError(actors.toString()));
        assertEquals("JRN", outlet.sector());
        assertTrue(actors.stream().noneMatch(a -> a.name().equals("State")), actors.toString());
    }

    @Test
    void aSentenceMayOpenWithARoleSetOffBeforeTheNameAndAFormerAdviserIsAnElite() {
        List<Actor> actors = resolve("2019-11-20",
                "A/DT federal/JJ judge/NN ,/, [Paula Xinis]PERSON ,/, ordered/VBD the/DT release/NN in/IN [Maryland]LOCATION ./.",
                "[John Kerr]PERSON ,/, a/DT former/JJ adviser/NN to/TO President/NNP [Trump]PERSON ,/, testified/VBD in/IN [Washington]LOCATION ./.");
        assertEquals("JUD", actors.stream().filter(a -> a.name().equals("Paula Xinis")).findFirst().orElseThrow().sector(),
                actors.toString());
        assertEquals("ELI", actors.stream().filter(a -> a.name().equals("John Kerr")).findFirst().orElseThrow().sector(),
                actors.toString());
    }

    @Test
    void initialsNoBracketDefinedLeaveARoleNounToItself() {
        List<Actor> actors = resolve("2019-11-20",
                "The/DT [Metropolitan Police]ORGANIZATION said/VBD it/PRP was/VBD not/RB investigating/VBG in/IN [London]LOCATION ./.",
                "[Sarah Wollaston]PERSON ,/, a/DT former/JJ Conservative/NNP MP/NNP ,/, said/VBD rules/NNS were/VBD weak/JJ in/IN [Britain]LOCATION ./.");
        Actor police = actors.stream().filter(a -> a.name().equals("Metropolitan Police")).findFirst().orElseThrow();
        assertTrue(police.mentions().stream().noneMatch(m -> m.text().equals("MP")), actors.toString());
        assertEquals("ELI", actors.stream().filter(a -> a.name().equals("Sarah Wollaston")).findFirst().orElseThrow().sector(),
                actors.toString());
    }

    @Test
    void aBodyNamedBeforeItsKindOrByItsMembersIsOfThatKindAndItsOfficeHoldersOfItsSector() {
        List<Actor> actors = resolve("2019-11-20",
                "The/DT [Unite]ORGANIZATION union/NN said/VBD members/NNS were/VBD angry/JJ in/IN [London]LOCATION ./.",
                "[Sharon Graham]PERSON ,/, [Unite]ORGANIZATION 's/POS general/JJ secretary/NN ,/, demanded/VBD change/NN ./.",
                "The/DT [Bharatiya Kisan Union]ORGANIZATION ,/, a/DT farmers/NNS '/POS group/NN ,/, threatened/VBD protests/NNS ./.");
        assertEquals("LAB", actors.stream().filter(a -> a.name().startsWith("Unite")).findFirst().orElseThrow().sector(),
                actors.toString());
        assertEquals("LAB", actors.stream().filter(a -> a.name().equals("Sharon Graham")).findFirst().orElseThrow().sector(),
                actors.toString());
        assertEquals("AGR", actors.stream().filter(a -> a.name().equals("Bharatiya Kisan Union")).findFirst().orElseThrow()
                .sector(), actors.toString());
    }

    @Test
    void aCountrysNameThatBeginsABodysNameIsPartOfItNotAMentionOfTheCountry() {
        List<Actor> actors = resolve("2019-11-20",
                "The/DT [Nigeria]LOCATION [Labour Congress]ORGANIZATION criticised/VBD the/DT plan/NN in/IN [Accra]LOCATION ./.",
                "The/DT [Ghana]LOCATION [Football Association]ORGANIZATION agreed/VBD ./.");
        Actor congress = actors.stream().filter(a -> a.name().equals("Nigeria Labour Congress")).findFirst()
                .orElseThrow(() -> new AssertionError(actors.toString()));
        assertEquals("NGA", congress.code());
        assertEquals("GHA", actors.stream().filter(a -> a.name().equals("Ghana Football Association")).findFirst()
                .orElseThrow(() -> new AssertionError(actors.toString())).code());
        assertTrue(actors.stream().noneMatch(a -> a.name().equals("Nigeria")), actors.toString());
    }

    @Test
    void theInitialsOfAJoinedWordCountEachCapitalisedPart() {
        List<Actor> actors = resolve("2019-11-20",
                "[Khan]PERSON 's/POS party/NN ,/, [Pakistan Tehreek-e-Insaf]ORGANIZATION ,/, said/VBD it/PRP would/MD appeal/VB ./.",
                "Hundreds/NNS of/IN [PTI]ORGANIZATION supporters/NNS rallied/VBD in/IN [Lahore]LOCATION ./.");
        Actor party = actors.stream().filter(a -> a.name().equals("Pakistan Tehreek-e-Insaf")).findFirst()
                .orElseThrow(() -> new AssertionError(actors.toString()));
        assertTrue(party.mentions().stream().anyMatch(m -> m.text().equals("PTI")), actors.toString());
    }

    @Test
    void anOfficialOfANonStateBodyIsOfItsSector() {
        List<Actor> actors = resolve("2019-11-20",
                "[Hamas]ORGANIZATION official/NN [Basem Naim]PERSON said/VBD the/DT group/NN would/MD not/RB accept/VB the/DT terms/NNS in/IN [Gaza]LOCATION ./.");
        Actor naim = actors.stream().filter(a -> a.name().equals("Basem Naim")).findFirst()
                .orElseThrow(() -> new AssertionError(actors.toString()));
        assertEquals("REB", naim.sector(), actors.toString());
    }

    @Test
    void anOfficeHoldersOfficeIsABodyOfTheirSectorButADoctorsOfficeIsNot() {
        List<Actor> actors = resolve("2019-11-20",
                "The/DT governor/NN 's/POS office/NN said/VBD it/PRP would/MD review/VB the/DT case/NN in/IN [Texas]LOCATION ./.",
                "Patients/NNS waited/VBD at/IN the/DT doctor/NN 's/POS office/NN in/IN [Texas]LOCATION ./.");
        assertTrue(actors.stream().anyMatch(a -> "GOV".equals(a.sector()) && a.mentions().stream()
                .anyMatch(m -> m.text().equals("governor 's office"))), actors.toString());
        assertTrue(actors.stream().noneMatch(a -> a.mentions().stream().anyMatch(m -> m.text().contains("doctor"))),
                actors.toString());
    }

    @Test
    void aTownTheTaggerTookForAPersonBeforeItsPoliceIsAPlace() {
        List<Actor> actors = resolve("2019-11-20",
                "[Clifton]PERSON police/NNS arrested/VBD a/DT driver/NN last/JJ month/NN ./.");
        assertTrue(actors.stream().noneMatch(a -> a.name().equals("Clifton")), actors.toString());
        assertTrue(actors.stream().anyMatch(a -> "COP".equals(a.sector()) && "USA".equals(a.code())), actors.toString());
    }

    @Test
    void aPluralTitleBeforeTwoNamesJoinedByAndIsBothNamesButASingularOneIsNot() {
        List<Actor> actors = resolve("2019-11-20",
                "[Associated Press]ORGANIZATION writers/NNS [Lisa Mascaro]PERSON and/CC [Kevin Freking]PERSON in/IN [Washington]LOCATION contributed/VBD ./.",
                "President/NNP [Donald Trump]PERSON and/CC [Mark Olsen]PERSON met/VBD in/IN [Washington]LOCATION ./.");
        assertEquals("JRN", actors.stream().filter(a -> a.name().equals("Kevin Freking")).findFirst().orElseThrow().sector(),
                actors.toString());
        assertNull(actors.stream().filter(a -> a.name().equals("Mark Olsen")).findFirst().orElseThrow().sector(),
                actors.toString());
    }

    @Test
    void someoneABodyIsLedByIsOfItsStateAndSector() {
        List<Actor> actors = resolve("2019-11-20",
                "The/DT [Service Employees International Union]ORGANIZATION ,/, led/VBN by/IN [Mary Kay Henry]PERSON ,/, backed/VBD the/DT strike/NN in/IN [Chicago]LOCATION ./.");
        Actor henry = actors.stream().filter(a -> a.name().equals("Mary Kay Henry")).findFirst()
                .orElseThrow(() -> new AssertionError(actors.toString()));
        assertEquals("LAB", henry.sector(), actors.toString());
    }

    @Test
    void theKindOfBodyAfterItsNameIsOfItsMentionNotAnotherActor() {
        List<Actor> actors = resolve("2019-11-20",
                "Three/CD people/NNS were/VBD hurt/VBN in/IN [China]LOCATION ,/, the/DT [Xinhua]ORGANIZATION news/NN agency/NN reported/VBD ./.");
        Actor xinhua = actors.stream().filter(a -> a.name().equals("Xinhua")).findFirst()
                .orElseThrow(() -> new AssertionError(actors.toString()));
        assertTrue(xinhua.mentions().stream().anyMatch(m -> m.text().endsWith("news agency")), actors.toString());
        assertEquals(1, actors.stream().filter(a -> "JRN".equals(a.sector())).count(), actors.toString());
    }

    private static Actor named(List<Actor> actors, String name) {
        return actors.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + actors));
    }

    @Test
    void theChambersAnArticleNamesSayWhoseLegislatureItIs() {
        List<Actor> actors = resolve("2018-10-09",
                "The/DT [Senate]ORGANIZATION adjourned/VBD on/IN Tuesday/NNP ./.",
                "The/DT [National Assembly]ORGANIZATION will/MD meet/VB again/RB ./.",
                "Members/NNS of/IN the/DT [House of Representatives]ORGANIZATION voted/VBD against/IN it/PRP ./.");
        for (String chamber : List.of("Senate", "National Assembly", "House of Representatives")) {
            assertEquals("NGA", named(actors, chamber).code(), actors.toString());
        }
        List<Actor> senateAlone = resolve("2018-10-09", "The/DT [Senate]ORGANIZATION adjourned/VBD on/IN Tuesday/NNP ./.");
        assertNull(named(senateAlone, "Senate").code(), "many states have a senate: " + senateAlone);
    }

    @Test
    void aLegislatorIsOfTheStateWhoseOfficialsTheArticleNames() {
        List<Actor> actors = resolve("2019-11-20",
                "Sen./NNP [Harold Brenner]PERSON said/VBD the/DT bill/NN would/MD fail/VB ./.",
                "President/NNP [Donald Trump]PERSON said/VBD he/PRP would/MD veto/VB it/PRP ./.");
        assertEquals("USA", named(actors, "Harold Brenner").code(), actors.toString());
        assertEquals("LEG", named(actors, "Harold Brenner").sector(), actors.toString());
    }

    @Test
    void anOfficeOfAPlaceOrWithItsPortfolioMaySetOffTheName() {
        List<Actor> actors = resolve("2019-11-20",
                "The/DT meeting/NN was/VBD attended/VBN by/IN the/DT Minister/NNP of/IN Finance/NNP ,/, [Zainab Bello]PERSON ,/,"
                        + " and/CC the/DT Governor/NNP of/IN [Kano State]LOCATION ,/, [Abdullahi Umar]PERSON ,/, in/IN [Abuja]LOCATION ./.");
        Actor bello = named(actors, "Zainab Bello");
        Actor umar = named(actors, "Abdullahi Umar");
        assertEquals("GOV", bello.sector(), actors.toString());
        assertTrue(bello.office().toLowerCase(java.util.Locale.ROOT).contains("finance"), "the next person's title is not hers: " + actors);
        assertEquals("NGA", umar.code(), actors.toString());
        assertEquals("GOV", umar.sector(), actors.toString());
        List<Actor> region = resolve("2024-05-12",
                "The/DT governor/NN of/IN [Russia]LOCATION 's/POS [Belgorod]LOCATION region/NN ,/, [Vyacheslav Gladkov]PERSON ,/,"
                        + " said/VBD a/DT drone/NN struck/VBD a/DT car/NN ./.");
        assertEquals("RUS", named(region, "Vyacheslav Gladkov").code(), region.toString());
        assertEquals("GOV", named(region, "Vyacheslav Gladkov").sector(), region.toString());
        // mid-sentence, a role with no portfolio and no body set off before a name is not the name's title
        List<Actor> plain = resolve("2019-11-20",
                "The/DT man/NN who/WP took/VBD the/DT child/NN ,/, [Michael Webb]PERSON ,/, was/VBD arrested/VBN in/IN [Texas]LOCATION ./.");
        assertNull(named(plain, "Michael Webb").office(), plain.toString());
    }

    @Test
    void courtesyWordsAreOfAPersonsMentionNotOfABodysName() {
        List<Actor> actors = resolve("2018-10-09",
                "The/DT Speaker/NNP of/IN the/DT [House of Representatives Rt.]ORGANIZATION [Hon.]PERSON [Adewale Ogunbiyi]PERSON"
                        + " spoke/VBD in/IN [Abuja]LOCATION ./.");
        assertTrue(actors.stream().noneMatch(a -> a.name().contains("Rt")), actors.toString());
        Actor speaker = named(actors, "Adewale Ogunbiyi");
        assertEquals("LEG", speaker.sector(), actors.toString());
        assertTrue(speaker.mentions().stream().anyMatch(m -> m.text().equals("Rt. Hon. Adewale Ogunbiyi")), actors.toString());
    }

    @Test
    void aChiefOfAPortfolioIsAnOfficeOfTheBodyBeforeIt() {
        List<Actor> actors = resolve("2024-11-20",
                "[U.N.]ORGANIZATION human/JJ rights/NNS chief/NN [Harriet Quill]PERSON said/VBD aid/NN was/VBD blocked/VBN ./.",
                "[Hamas]ORGANIZATION political/JJ chief/NN [Omar Haddad]PERSON said/VBD talks/NNS failed/VBD ./.");
        Actor quill = named(actors, "Harriet Quill");
        assertEquals("IGO", quill.code(), actors.toString());
        assertEquals("human rights chief", quill.office(), actors.toString());
        assertEquals("REB", named(actors, "Omar Haddad").sector(), actors.toString());
    }

    @Test
    void aLegislaturesLeadersAndWhipsAreLegislators() {
        List<Actor> actors = resolve("2024-11-20",
                "Majority/NNP Leader/NNP [Kimani Mwangi]PERSON said/VBD the/DT bill/NN would/MD pass/VB in/IN [Kenya]LOCATION ./.",
                "The/DT chief/JJ whip/NN ,/, [Alan Brody]PERSON ,/, counted/VBD votes/NNS ./.");
        assertEquals("LEG", named(actors, "Kimani Mwangi").sector(), actors.toString());
        assertEquals("LEG", named(actors, "Alan Brody").sector(), actors.toString());
    }

    @Test
    void aPartysLongerShortNameIsReadBeforeTheWordAListKnows() {
        List<Actor> actors = resolve("2024-11-06",
                "In/IN [Berlin]LOCATION ,/, the/DT Christian/NNP [Democrats]ORGANIZATION demanded/VBD a/DT vote/NN ./.",
                "The/DT Social/NNP [Democrats]ORGANIZATION agreed/VBD ./.");
        assertTrue(actors.stream().noneMatch(a -> "USA".equals(a.code())), actors.toString());
        assertEquals("DEU", named(actors, "Christian Democratic Union").code(), actors.toString());
        assertEquals("DEU", named(actors, "Social Democratic Party of Germany").code(), actors.toString());
    }

    @Test
    void anOfficeAfterABodysInitialsIsOfThatBody() {
        List<Actor> actors = resolve("2023-09-22",
                "Workers/NNS at/IN the/DT plant/NN belong/VBP to/TO the/DT [United Auto Workers]ORGANIZATION in/IN [Detroit]LOCATION ./.",
                "[UAW]ORGANIZATION President/NNP [Shawn Fain]PERSON said/VBD the/DT strike/NN would/MD grow/VB ./.");
        Actor fain = named(actors, "Shawn Fain");
        assertEquals("LAB", fain.sector(), actors.toString());
        assertEquals("USA", fain.code(), actors.toString());
    }

    @Test
    void aCountysOfficesAndAUnionOfPeopleAtWork() {
        List<Actor> actors = resolve("2024-03-12",
                "The/DT [Hennepin County Board]ORGANIZATION voted/VBD in/IN [Minneapolis]LOCATION ./.",
                "Commissioner/NNP [Angela Moss]PERSON objected/VBD ./.",
                "County/NNP Administrator/NNP [David Hale]PERSON said/VBD the/DT jail/NN was/VBD unsafe/JJ ./.",
                "The/DT [International Union of Operating Engineers]ORGANIZATION backed/VBD it/PRP ./.",
                "[Chris Tang]PERSON ,/, the/DT city/NN 's/POS new/JJ police/NN commissioner/NN ,/, agreed/VBD ./.");
        assertEquals("GOV", named(actors, "Hennepin County Board").sector(), actors.toString());
        assertEquals("GOV", named(actors, "Angela Moss").sector(), actors.toString());
        assertEquals("GOV", named(actors, "David Hale").sector(), actors.toString());
        assertEquals("LAB", named(actors, "International Union of Operating Engineers").sector(), actors.toString());
        assertEquals("COP", named(actors, "Chris Tang").sector(), actors.toString());
    }

    @Test
    void anOfficeAfterItsIsOfTheBodyNamedBefore() {
        List<Actor> actors = resolve("2024-03-12",
                "[Zentrix Logistics]ORGANIZATION ,/, a/DT trucking/NN firm/NN in/IN [Ohio]LOCATION ,/, laid/VBD off/RP 40/CD drivers/NNS ./.",
                "Its/PRP$ founder/NN ,/, [Maria Delgado]PERSON ,/, said/VBD suppliers/NNS were/VBD suffering/VBG ./.");
        Actor delgado = named(actors, "Maria Delgado");
        assertEquals("BUS", delgado.sector(), actors.toString());
        assertEquals("founder", delgado.office(), actors.toString());
        // after a country, "its" gives the person no body's sector, and no government's either
        List<Actor> state = resolve("2024-03-12",
                "[Ruritania]LOCATION held/VBD talks/NNS in/IN [Geneva]LOCATION ./.",
                "Its/PRP$ founder/NN ,/, [Maria Delgado]PERSON ,/, spoke/VBD ./.");
        assertNull(named(state, "Maria Delgado").sector(), state.toString());
    }

    @Test
    void aNewspapersOwnDatelineSaysWhereAStoryIsFiledFrom() {
        List<Actor> actors = resolve("2024-03-12",
                "[MINNEAPOLIS]LOCATION \u2014/: A/DT state/NN ethics/NNS panel/NN met/VBD ./.",
                "The/DT [Joint Commission on Public Ethics]ORGANIZATION declined/VBD to/TO comment/VB ./.");
        assertEquals("USA", named(actors, "Joint Commission on Public Ethics").code(), actors.toString());
    }

    @Test
    void aLeaderOfAKindOfBodyIsOfThatBodyNotAnOfficial() {
        List<Actor> actors = resolve("2024-03-12",
                "Police/NNS in/IN [Dallas]LOCATION arrested/VBD gang/NN leader/NN [Carlos Mendoza]PERSON ./.",
                "They/PRP also/RB held/VBD ring/NN leader/NN [Tomas Ruiz]PERSON and/CC wine/NN director/NN [Kirk Sutherland]PERSON ./.");
        assertEquals("CRM", named(actors, "Carlos Mendoza").sector(), actors.toString());
        assertNull(named(actors, "Tomas Ruiz").sector(), actors.toString());
        assertNull(named(actors, "Kirk Sutherland").sector(), actors.toString());
    }

    @Test
    void aLegislatorRepresentingAPlaceSetOffBeforeTheName() {
        List<Actor> actors = resolve("2018-10-09",
                "Senator/NNP representing/VBG [Kano]LOCATION North/NNP ,/, [Ibrahim Danjuma]PERSON ,/, moved/VBD the/DT motion/NN ./.");
        Actor danjuma = named(actors, "Ibrahim Danjuma");
        assertEquals("LEG", danjuma.sector(), actors.toString());
        assertEquals("NGA", danjuma.code(), actors.toString());
    }

    @Test
    void theDemocraticPartyOfAnArticleSetInKoreaIsKoreas() {
        List<Actor> actors = resolve("2024-12-10",
                "[South Korea]LOCATION 's/POS parliament/NN met/VBD in/IN [Seoul]LOCATION ./.",
                "[Democratic Party]ORGANIZATION floor/NN leader/NN [Park Chan-dae]PERSON spoke/VBD in/IN [Seoul]LOCATION ./.");
        assertEquals("KOR", named(actors, "Park Chan-dae").code(), actors.toString());
    }

    @Test
    void aCitysCompanyInAnAppositionIsABusinessOfItsState() {
        List<Actor> actors = resolve("2024-03-12",
                "[Dovetail]ORGANIZATION ,/, a/DT [Denver]LOCATION company/NN ,/, hired/VBD 20/CD people/NNS ./.");
        Actor dovetail = named(actors, "Dovetail");
        assertEquals("BUS", dovetail.sector(), actors.toString());
        assertEquals("USA", dovetail.code(), actors.toString());
    }

    @Test
    void aPlacesNameBeforeAPersonsNameWithARoleIsAGivenName() {
        List<Actor> actors = resolve("2024-03-12",
                "[Jordan Wells]LOCATION ,/, the/DT state/NN [Republican Party]ORGANIZATION chairman/NN ,/, criticised/VBD the/DT union/NN ./.",
                "[Georgia]STATE_OR_PROVINCE [Fields]PERSON said/VBD the/DT talks/NNS failed/VBD ./.");
        assertEquals("PTY", named(actors, "Jordan Wells").sector(), actors.toString());
        named(actors, "Georgia Fields");
        assertTrue(actors.stream().noneMatch(a -> "JOR".equals(a.code())), actors.toString());
    }

    @Test
    void theObjectOfACourtsVerbIsACriminal() {
        List<Actor> actors = resolve("2024-03-12",
                "A/DT jury/NN convicted/VBD/O/convict [Paul Grady]PERSON of/IN robbery/NN ./.",
                "Prosecutors/NNS sought/VBD to/TO convict/VB/O/convict [Ann Lowe]PERSON ./.");
        assertEquals("CRM", named(actors, "Paul Grady").sector(), actors.toString());
        assertNull(named(actors, "Ann Lowe").sector(), actors.toString());
    }

    @Test
    void whoeverTeachesOrWorksAtABodyIsOfItsSector() {
        List<Actor> actors = resolve("2024-03-12",
                "[Tom Brandt]PERSON ,/, who/WP teaches/VBZ political/JJ science/NN at/IN [Ohio State University]ORGANIZATION ,/, spoke/VBD ./.",
                "[Kim Ortega]PERSON ,/, who/WP works/VBZ at/IN [Goldman Sachs]ORGANIZATION ,/, spoke/VBD ./.",
                "[Rita Sand]PERSON ,/, who/WP studied/VBD at/IN [Yale]ORGANIZATION ,/, paints/VBZ ./.");
        assertEquals("EDU", named(actors, "Tom Brandt").sector(), actors.toString());
        assertEquals("BUS", named(actors, "Kim Ortega").sector(), actors.toString());
        assertNull(named(actors, "Rita Sand").sector(), actors.toString());
    }

    @Test
    void tradesOfPropertyAndFinanceAreBusiness() {
        List<Actor> actors = resolve("2024-03-12",
                "Real/JJ estate/NN developer/NN [Sam Walters]PERSON declined/VBD to/TO comment/VB ./.");
        assertEquals("BUS", named(actors, "Sam Walters").sector(), actors.toString());
    }

    @Test
    void aCallSignSaysABroadcasterAndANumberedLocalAUnion() {
        List<Actor> actors = resolve("2024-03-12",
                "[WXYZ-TV]ORGANIZATION and/CC the/DT station/NN [KQED]ORGANIZATION covered/VBD the/DT story/NN ./.",
                "[Painters Local 727]ORGANIZATION said/VBD it/PRP would/MD fight/VB ./.",
                "[WCAG]ORGANIZATION sets/VBZ rules/NNS for/IN websites/NNS ./.");
        assertEquals("JRN", named(actors, "WXYZ-TV").sector(), actors.toString());
        assertEquals("JRN", named(actors, "KQED").sector(), actors.toString());
        assertEquals("LAB", named(actors, "Painters Local 727").sector(), actors.toString());
        assertNotEquals("JRN", named(actors, "WCAG").sector(), actors.toString());
    }

    @Test
    void aRegionsOfficeIsNotTheStatesOfficeHolder() {
        List<Actor> actors = resolve("2024-03-05",
                "The/DT [New York]STATE_OR_PROVINCE State/NNP Attorney/NNP General/NNP is/VBZ investigating/VBG [Hartwell Bank]ORGANIZATION ./.",
                "The/DT [U.S.]COUNTRY attorney/NN general/NN said/VBD the/DT bank/NN misled/VBD investors/NNS ./.",
                "The/DT regional/JJ health/NN commission/NN said/VBD 40/CD people/NNS were/VBD ill/JJ ./.");
        Actor state = actors.stream().filter(a -> a.mentions().stream()
                .anyMatch(m -> m.text().equals("The New York State Attorney General"))).findFirst()
                .orElseThrow(() -> new AssertionError(actors.toString()));
        assertEquals("USA", state.code(), actors.toString());
        assertEquals("GOV", state.sector(), actors.toString());
        assertNotEquals("attorney general", state.office(), actors.toString());
        assertTrue(actors.stream().anyMatch(a -> "GOV".equals(a.sector()) && a.mentions().stream()
                .anyMatch(m -> m.text().equals("The regional health commission"))), actors.toString());
    }

    @Test
    void aTradeTheListedOfficeHolderDoesNotPlySaysANamesake() {
        List<Actor> actors = resolve("2017-05-30",
                "The/DT study/NN appeared/VBD in/IN the/DT journal/NN [Lancet Planetary Health]ORGANIZATION ./.",
                "Epidemiologist/NN [Tom Price]PERSON of/IN [Boston]CITY called/VBD for/IN caution/NN ./.");
        Actor price = named(actors, "Tom Price");
        assertEquals("MED", price.sector(), actors.toString());
        assertEquals("epidemiologist", price.office(), actors.toString());
        assertEquals("JRN", named(actors, "Lancet Planetary Health").sector(), actors.toString());
    }

    @Test
    void aOneWordNameThatStartsOneBodysNameIsThatBody() {
        List<Actor> actors = resolve("2024-03-05",
                "[Hartwell Bank]ORGANIZATION lost/VBD money/NN ./.",
                "``/`` We/PRP are/VBP cooperating/VBG ,/, ''/'' said/VBD a/DT [Hartwell]PERSON spokesperson/NN ./.");
        Actor bank = named(actors, "Hartwell Bank");
        assertTrue(bank.mentions().stream().anyMatch(m -> m.text().equals("Hartwell")), actors.toString());
        assertTrue(actors.stream().noneMatch(a -> a.name().equals("Hartwell")), actors.toString());
    }

    @Test
    void aListedNameOfTwoWordsWrittenInCapitalsIsThatName() {
        List<Actor> actors = resolve("2024-03-05",
                "Her/PRP$ office/NN told/VBD USA/NNP/LOCATION TODAY/NNP the/DT quote/NN was/VBD false/JJ ./.");
        assertEquals("JRN", named(actors, "USA Today").sector(), actors.toString());
        assertTrue(actors.stream().noneMatch(a -> a.kind() == Actor.Kind.COUNTRY), actors.toString());
    }

    @Test
    void aCompanysNameBeforeAPossessiveAndANameIsAnActorAndNoTitle() {
        List<Actor> actors = resolve("2024-03-05",
                "SAN/NNP/CITY FRANCISCO/NNP/CITY -/: [Apple]ORGANIZATION 's/POS [Tim Cook]PERSON met/VBD [Spain]COUNTRY 's/POS [Rafael Nadal]PERSON ./.");
        Actor cook = named(actors, "Tim Cook");
        assertEquals("BUS", cook.sector(), actors.toString());
        assertNull(cook.office(), actors.toString());
        assertTrue(cook.mentions().stream().noneMatch(m -> m.text().contains("FRANCISCO")), actors.toString());
        assertTrue(actors.stream().anyMatch(a -> a.name().startsWith("Apple") && a.kind() == Actor.Kind.ORGANISATION),
                actors.toString());
        Actor nadal = named(actors, "Rafael Nadal");
        assertNull(nadal.office(), actors.toString());
        assertNotEquals("GOV", nadal.sector(), actors.toString());
    }

    @Test
    void capitalisedWordsTheTaggerLeftAfterTheEndingWithACivicBodysHeadAreABody() {
        List<Actor> actors = resolve("2024-03-05",
                "The/DT Law/NNP Society/NNP of/IN [Kenya]COUNTRY said/VBD it/PRP would/MD sue/VB ./.",
                "Read/VB the/DT Best/NNP Business/NNP Schools/NNP list/NN ./.");
        named(actors, "Law Society of Kenya");
        assertTrue(actors.stream().noneMatch(a -> a.name().contains("Business")), actors.toString());
    }

    @Test
    void someonesTradeSetOffBeforeANameIsTheNames() {
        List<Actor> actors = resolve("2024-03-05",
                "Her/PRP$ lawyer/NN ,/, [Sam Burke]PERSON ,/, said/VBD she/PRP would/MD testify/VB ./.");
        assertEquals("JUD", named(actors, "Sam Burke").sector(), actors.toString());
    }

    @Test
    void anOfficeServedInThePastIsAFormerOfficials() {
        List<Actor> actors = resolve("2018-05-30",
                "[Jenna Ortiz]PERSON ,/, who/WP served/VBD as/IN commerce/NN secretary/NN under/IN President/NNP [Barack Obama]PERSON ,/, spoke/VBD ./.");
        assertEquals("ELI", named(actors, "Jenna Ortiz").sector(), actors.toString());
        assertTrue(named(actors, "Barack Obama").mentions().stream().noneMatch(m -> m.text().contains("commerce")),
                actors.toString());
    }

    @Test
    void aBranchOfAListedUnionIsAUnionAndWhoeverWorksWithABodyIsOfItsSector() {
        List<Actor> actors = resolve("2024-03-05",
                "[Luis Ortega]PERSON ,/, an/DT organizer/NN with/IN the/DT [Colorado AFL-CIO]ORGANIZATION ,/, spoke/VBD ./.",
                "[Ann Vale]PERSON ,/, a/DT patient/NN at/IN [Denver Health]ORGANIZATION ,/, spoke/VBD ./.",
                "[Denver Health]ORGANIZATION hired/VBD nurses/NNS ./.");
        assertEquals("LAB", named(actors, "Colorado AFL-CIO").sector(), actors.toString());
        assertEquals("LAB", named(actors, "Luis Ortega").sector(), actors.toString());
        assertNotEquals(named(actors, "Denver Health").sector(), named(actors, "Ann Vale").sector(), actors.toString());
    }

    @Test
    void aLeaderNamedByHisPeoplesTradeIsOfThatTrade() {
        List<Actor> actors = resolve("2024-03-05",
                "Farmer/NN leader/NN [Rakesh Tikait]PERSON said/VBD protests/NNS would/MD continue/VB ./.",
                "Student/NN leader/NN [Aisha Ghosh]PERSON agreed/VBD ./.");
        assertEquals("AGR", named(actors, "Rakesh Tikait").sector(), actors.toString());
        assertEquals("EDU", named(actors, "Aisha Ghosh").sector(), actors.toString());
    }

    @Test
    void aWatchdogGroupInAnAppositionIsCivilSociety() {
        List<Actor> actors = resolve("2024-03-05",
                "[Maya MacGuineas]PERSON ,/, president/NN of/IN the/DT [Committee for a Responsible Federal Budget]ORGANIZATION ,/, a/DT fiscal/JJ watchdog/NN group/NN ,/, spoke/VBD ./.");
        assertEquals("SOC", named(actors, "Committee for a Responsible Federal Budget").sector(), actors.toString());
    }

    @Test
    void aCivilDefenceAgencyIsAGovernmentBody() {
        List<Actor> actors = resolve("2024-03-05",
                "[Gaza]LOCATION 's/POS civil/JJ defence/NN agency/NN said/VBD rescuers/NNS were/VBD searching/VBG ./.");
        assertTrue(actors.stream().anyMatch(a -> "GOV".equals(a.sector()) && a.mentions().stream()
                .anyMatch(m -> m.text().contains("civil defence agency"))), actors.toString());
    }
    @Test
    void aBodyNamedByItsOwnersNameIsABodyOfTheOwners() {
        List<Actor> actors = resolve("2024-03-05",
                "``/`` Nobody/NN is/VBZ buying/VBG ,/, ''/'' said/VBD [Greg Olsen]PERSON ,/, the/DT owner/NN of/IN [Olsen]PERSON 's/POS Diner/NNP ./.");
        assertEquals("BUS", named(actors, "Greg Olsen").sector(), actors.toString());
    }

    @Test
    void anAgeBetweenANameAndItsClauseIsSkipped() {
        List<Actor> actors = resolve("2024-03-05",
                "[Nina Bell]PERSON ,/, 61/CD ,/, who/WP runs/VBZ a/DT bakery/NN ,/, said/VBD flour/NN costs/NNS doubled/VBD ./.");
        assertEquals("BUS", named(actors, "Nina Bell").sector(), actors.toString());
    }

    @Test
    void aBodyReferredToByTheLastWordOfItsNameHoldsTheOffice() {
        List<Actor> actors = resolve("2024-03-05",
                "Workers/NNS of/IN the/DT [Glass Workers Guild]ORGANIZATION voted/VBD to/TO strike/VB ,/, said/VBD [Lena Ortiz]PERSON ,/, the/DT guild/NN 's/POS president/NN ./.",
                "[Ana Ruiz]PERSON ,/, the/DT country/NN 's/POS president/NN ,/, spoke/VBD ./.",
                "Members/NNS of/IN the/DT [Harbor Drivers Union]ORGANIZATION rejected/VBD the/DT offer/NN ,/, said/VBD [Mark Hale]PERSON ,/, the/DT union/NN 's/POS president/NN ./.");
        assertEquals("LAB", named(actors, "Lena Ortiz").sector(), actors.toString());
        assertEquals("LAB", named(actors, "Harbor Drivers Union").sector(), actors.toString());
        assertEquals("GOV", named(actors, "Ana Ruiz").sector(), actors.toString());
    }
    @Test
    void aBodyOfNoSectorTakesTheTradeOfAnOfficeWrittenAfterItsKindOfBody() {
        List<Actor> actors = resolve("2024-03-05",
                "[Stonebridge]ORGANIZATION announced/VBD higher/JJR enrollment/NN ,/, said/VBD [Omar Diaz]PERSON ,/, the/DT university/NN 's/POS provost/NN ./.");
        assertEquals("EDU", named(actors, "Omar Diaz").sector(), actors.toString());
        assertEquals("EDU", named(actors, "Stonebridge").sector(), actors.toString());
    }

    @Test
    void aNameWhoseClauseSaysItMakesGoodsIsABusiness() {
        List<Actor> actors = resolve("2024-03-05",
                "[Kelvara]PERSON ,/, which/WDT makes/VBZ solar/JJ panels/NNS ,/, said/VBD it/PRP would/MD cut/VB jobs/NNS ./.",
                "[Tom Hale]PERSON ,/, who/WP makes/VBZ furniture/NN ,/, agreed/VBD ./.");
        assertEquals(Actor.Kind.ORGANISATION, named(actors, "Kelvara").kind(), actors.toString());
        assertEquals("BUS", named(actors, "Kelvara").sector(), actors.toString());
        assertEquals(Actor.Kind.PERSON, named(actors, "Tom Hale").kind(), actors.toString());
    }
    @Test
    void aVerdictOrASentenceBeingServedSaysACriminal() {
        List<Actor> actors = resolve("2024-03-05",
                "[Lee Park]PERSON was/VBD found/VBN guilty/JJ of/IN bribery/NN on/IN Thursday/NNP ./.",
                "[Jorge Pena]PERSON ,/, who/WP is/VBZ serving/VBG a/DT life/NN sentence/NN for/IN murder/NN ,/, appealed/VBD ./.",
                "[Tom Hale]PERSON ,/, who/WP is/VBZ serving/VBG as/IN mayor/NN ,/, spoke/VBD ./.");
        assertEquals("CRM", named(actors, "Lee Park").sector(), actors.toString());
        assertEquals("CRM", named(actors, "Jorge Pena").sector(), actors.toString());
        assertNotEquals("CRM", named(actors, "Tom Hale").sector(), actors.toString());
    }

    @Test
    void aParticipleAfterTheArticleOfAnAppositionModifiesItsRole() {
        List<Actor> actors = resolve("2024-03-05",
                "[Ben Ruiz]PERSON ,/, a/DT convicted/VBN drug/NN trafficker/NN ,/, was/VBD deported/VBN ./.",
                "[Ellen Shaw]PERSON ,/, a/DT retired/VBN teacher/NN ,/, voted/VBD ./.");
        assertEquals("CRM", named(actors, "Ben Ruiz").sector(), actors.toString());
        assertNotEquals("ELI", named(actors, "Ellen Shaw").sector(), actors.toString());
    }
    @Test
    void aRegionsOrATownsBodyIsOfTheStateTheArticleIsAbout() {
        List<Actor> actors = resolve("2024-03-05",
                "[China]LOCATION reported/VBD a/DT case/NN of/IN plague/NN ./.",
                "A/DT man/NN was/VBD hospitalized/VBN ,/, citing/VBG the/DT regional/JJ health/NN commission/NN ./.",
                "[Russia]LOCATION and/CC [China]LOCATION held/VBD talks/NNS ./.");
        assertTrue(actors.stream().anyMatch(a -> "CHN".equals(a.code()) && "GOV".equals(a.sector())
                && a.mentions().stream().anyMatch(m -> m.text().contains("regional health commission"))), actors.toString());
    }

    @Test
    void aChineseProvinceIsReadByTheNameEnglishNewsGivesIt() {
        assertEquals("CHN", LEXICON.region("Guangdong").orElseThrow().code());
        assertEquals("CHN", LEXICON.region("Xinjiang").orElseThrow().code());
    }
}
