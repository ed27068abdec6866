package dev.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.model.Actor;
import dev.dyad.model.Mention;
import dev.dyad.model.ParsedArticle;
import dev.dyad.testing.Parsed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolver on hand-built parsed sentences: no CoreNLP is loaded here. */
class ActorResolverTest {
    private final ActorResolver resolver = new ActorResolver(Lexicon.builtIn());

    private List<Actor> resolve(String published, String... paragraphs) {
        return resolver.resolve(Parsed.article(published, null, paragraphs));
    }

    private static Actor named(List<Actor> actors, String name) {
        return find(actors, name).orElseThrow(() -> new AssertionError("no actor " + name + " in " + actors));
    }

    private static Optional<Actor> find(List<Actor> actors, String name) {
        return actors.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private static List<String> texts(Actor a) {
        return a.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void titleAndNationalityBeforeAName() {
        List<Actor> actors = resolve("2018-05-30", "Mr Trump will host Japanese prime minister [Shinzo Abe]PERSON on 7 June .");
        Actor abe = named(actors, "Shinzo Abe");
        assertEquals("JPN", abe.code());
        assertEquals("GOV", abe.sector());
        assertEquals("list", abe.basis(), "dyad's list of office holders knows him");
        assertTrue(texts(abe).contains("Japanese prime minister Shinzo Abe"), texts(abe).toString());
    }

    @Test
    void appositionGivesTheCountryServedNotThePosting() {
        List<Actor> actors = resolve("2018-05-30",
                "The officials are led by [Sung Kim]PERSON , the US ambassador to the Philippines , who was formerly envoy .");
        Actor kim = named(actors, "Sung Kim");
        assertEquals("USA", kim.code());
        assertEquals("GOV", kim.sector());
        assertTrue(kim.office().startsWith("ambassador"), kim.office());
    }

    @Test
    void possessiveRoleJoinsTheOfficeHolder() {
        List<Actor> actors = resolve("2018-05-30",
                "Russia 's foreign minister is to visit [North Korea]LOCATION , the Kremlin says .",
                "[Sergei Lavrov]PERSON 's visit on Thursday comes ahead of a summit .",
                "The ministry said Mr [Lavrov]PERSON would hold talks .");
        Actor lavrov = named(actors, "Sergei Lavrov");
        assertEquals("RUS", lavrov.code());
        assertEquals("GOV", lavrov.sector());
        assertEquals(List.of("Russia 's foreign minister", "Sergei Lavrov", "Mr Lavrov"), texts(lavrov));
        Actor kremlin = named(actors, "Kremlin");
        assertEquals("RUS", kremlin.code());
        assertEquals(List.of("the Kremlin"), texts(kremlin));
        assertEquals("PRK", named(actors, "North Korea").code());
    }

    @Test
    void aSurnameSharedByThreePeopleGoesToTheMostProminent() {
        List<Actor> actors = resolve("2018-05-30",
                "A summit between [Donald Trump]PERSON and [Kim Jong - un]PERSON is planned .",
                "[Kim Yong - chol]PERSON , vice chairman of the North Korean ruling party 's central committee , was headed to New York .",
                "The group is led by [Sung Kim]PERSON , the US ambassador to the Philippines .",
                "It is unclear how far Mr [Kim]PERSON could push .");
        Actor leader = named(actors, "Kim Jong-un");
        assertEquals("PRK", leader.code());
        assertTrue(texts(leader).contains("Mr Kim"), texts(leader).toString());
        Actor envoy = named(actors, "Kim Yong - chol");
        assertEquals("PRK", envoy.code(), "the country comes from the apposition's complement");
        assertEquals("GOV", envoy.sector());
        assertEquals("USA", named(actors, "Sung Kim").code());
    }

    @Test
    void anUnknownPersonKeepsOnlyWhatTheTextSays() {
        List<Actor> actors = resolve("2018-05-30", "[John Smallwood]PERSON said the talks had ended .",
                "French diplomat [Jean Dupont]PERSON said so too .");
        Actor smallwood = named(actors, "John Smallwood");
        assertNull(smallwood.code());
        assertNull(smallwood.sector());
        assertNull(smallwood.basis(), "no code, no basis");
        Actor dupont = named(actors, "Jean Dupont");
        assertEquals("FRA", dupont.code());
        assertEquals("GOV", dupont.sector());
        assertEquals("text", dupont.basis(), "the nationality before the name");
    }

    @Test
    void theNorthIsNorthKoreaOnlyWhereTheArticleIsAboutKorea() {
        List<Actor> korean = resolve("2018-05-30", "Talks with [North Korea]LOCATION stalled .",
                "After the North 's combative statements , there was debate .");
        assertTrue(texts(named(korean, "North Korea")).contains("the North"));
        List<Actor> other = resolve("2018-05-30", "Floods hit the North 's farms , officials said .");
        assertTrue(find(other, "North Korea").isEmpty(), other.toString());
    }

    @Test
    void officeHoldersDependOnTheArticlesDate() {
        Actor in2018 = named(resolve("2018-05-30", "[Donald Trump]PERSON said so ."), "Donald Trump");
        assertEquals("USA", in2018.code());
        assertEquals("GOV", in2018.sector());
        Actor in2022 = named(resolve("2022-05-30", "[Donald Trump]PERSON said so ."), "Donald Trump");
        assertEquals("USA", in2022.code());
        assertEquals("ELI", in2022.sector(), "out of office on the article's date");
    }

    @Test
    void groupsAndOrganisations() {
        List<Actor> actors = resolve("2018-05-30",
                "Teams of US officials arrived , South Korea 's [Unification Ministry]ORGANIZATION said .");
        Actor us = actors.stream().filter(a -> a.kind() == Actor.Kind.GROUP && "USA".equals(a.code())).findFirst()
                .orElseThrow();
        assertEquals("GOV", us.sector());
        assertEquals(List.of("US officials"), texts(us));
        Actor ministry = named(actors, "Unification Ministry");
        assertEquals("KOR", ministry.code());
        assertEquals("GOV", ministry.sector());
        assertEquals(List.of("South Korea 's Unification Ministry"), texts(ministry));
    }

    @Test
    void mentionOffsetsPointAtTheirText() {
        ParsedArticle p = Parsed.article("2018-05-30", "Russian foreign minister [Sergei Lavrov]PERSON to visit [North Korea]LOCATION",
                "Russia 's foreign minister is to visit North Korea .");
        for (Actor a : resolver.resolve(p)) {
            for (Mention m : a.mentions()) {
                assertEquals(m.text(), p.fieldText(m.field()).substring(m.start(), m.end()));
            }
        }
    }

    @Test
    void userLexiconAddsPeopleAndReportsBadLines(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.tsv");
        Files.writeString(mine, "# source: our newsroom\nperson\tJane Roe\t\tGBR\tGOV\tambassador\t2015\t\n");
        ActorResolver withMine = new ActorResolver(Lexicon.withUserFiles(List.of(mine)));
        Actor roe = named(withMine.resolve(Parsed.article("2018-05-30", null, "[Jane Roe]PERSON spoke .")), "Jane Roe");
        assertEquals("GBR", roe.code());
        assertEquals("GOV", roe.sector());

        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "# source: test\nperson\tJane Roe\t\tXXX\tGOV\tambassador\t2015\t\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Lexicon.withUserFiles(List.of(bad)));
        assertTrue(e.getMessage().startsWith(bad + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("XXX"), e.getMessage());
    }

    @Test
    void aCountryNameMisspeltByOneLetterIsStillTheCountry() {
        List<Actor> actors = resolve("2000-01-01", "[Ethopia]LOCATION has agreed to open its borders .",
                "[Quatar]LOCATION 's emir arrived .");
        assertTrue(actors.stream().anyMatch(a -> "ETH".equals(a.code())), actors.toString());
        assertTrue(actors.stream().anyMatch(a -> "QAT".equals(a.code())), actors.toString());
        // a name of its own, or a word too short to guess, is left alone
        assertTrue(resolve("2000-01-01", "[Omano]LOCATION agreed .").stream().noneMatch(a -> "OMN".equals(a.code())));
    }

    @Test
    void aTitledSurnameOfSeveralOfficeHoldersOfOneCountryIsThatCountrys() {
        // two presidents Bush, neither in office on the day: the title says which office, both served the US
        List<Actor> actors = resolve("2000-01-01", "President [Bush]PERSON threatened Russia .");
        assertEquals("USA", named(actors, "George W. Bush").code());
    }

    @Test
    void anUnknownPartyBelongsToTheOneCountryTheArticleNames() {
        List<Actor> actors = resolve("2000-01-01",
                "The [Umma]ORGANIZATION ( Nation ) party said it will boycott Algeria 's elections .");
        assertEquals("DZA", named(actors, "Umma").code());
        assertEquals("PTY", named(actors, "Umma").sector());
        // with two countries named, nothing says which
        List<Actor> two = resolve("2000-01-01",
                "The [Umma]ORGANIZATION party said it will boycott Algeria 's elections , Morocco said .");
        assertNull(named(two, "Umma").code());
    }

    @Test
    void aPersonsTitleMakesAnOrganisationTaggedNameAPerson() {
        List<Actor> actors = resolve("2000-01-01", "Vice-President [Moody Awori]ORGANIZATION has declined to resign .");
        Actor awori = named(actors, "Moody Awori");
        assertEquals(Actor.Kind.PERSON, awori.kind());
        assertEquals("GOV", awori.sector());
    }
    @Test
    void aPeopleIsCodedByTheStateItLivesIn() {
        // one homeland: the group's state with no country named
        Actor tamils = resolve("2000-01-01", "[Tamil]MISC rebels/NNS attacked an army camp .").stream()
                .filter(a -> a.kind() == Actor.Kind.GROUP).findFirst().orElseThrow();
        assertEquals("LKA", tamils.code());
        assertEquals("REB", tamils.sector());
        // several homelands: the one the article names; none named, no guess
        List<Actor> kurds = resolve("2000-01-01", "Turkish police/NNS arrested 20 Kurds/NNPS/MISC in/IN Istanbul .");
        assertTrue(kurds.stream().anyMatch(a -> "TUR".equals(a.code()) && texts(a).contains("Kurds")), kurds.toString());
        List<Actor> nowhere = resolve("2000-01-01", "Kurds/NNPS/MISC marched/VBD .");
        assertTrue(nowhere.stream().noneMatch(a -> texts(a).contains("Kurds")), nowhere.toString());
        // a given name is not the people
        assertTrue(resolve("2000-01-01", "[Karen]PERSON said so .").stream().noneMatch(a -> "MMR".equals(a.code())));
    }

    @Test
    void anEthnicMinorityIsCodedByTheOtherStateTheArticleNames() {
        List<Actor> actors = resolve("2000-01-01",
                "Up to 1,000 ethnic Turks/NNPS/MISC began/VBD a hunger strike to protest against [Sweden]LOCATION 's decision .");
        assertTrue(actors.stream().anyMatch(a -> "SWE".equals(a.code()) && texts(a).contains("ethnic Turks")),
                actors.toString());
        List<Actor> rebels = resolve("2000-01-01",
                "Ethnic [Albanian]MISC guerrillas/NNS fought in [Macedonia]LOCATION .");
        assertTrue(rebels.stream().anyMatch(a -> "MKD".equals(a.code()) && "REB".equals(a.sector())), rebels.toString());
        // with no other state named, the nation's own
        List<Actor> alone = resolve("2000-01-01", "Ethnic [Albanian]MISC guerrillas/NNS fought .");
        assertTrue(alone.stream().anyMatch(a -> "ALB".equals(a.code()) && "REB".equals(a.sector())), alone.toString());
    }

    @Test
    void aPlaceOfAStateNotYetIndependentIsTheStateItWasPartOf() {
        assertEquals("SDN", named(resolve("2000-01-01", "Rebels/NNS shelled [Juba]LOCATION ."), "Sudan").code());
        assertEquals("SSD", named(resolve("2015-01-01", "Rebels/NNS shelled [Juba]LOCATION ."), "South Sudan").code());
    }

    @Test
    void theRedCrossIsAnInternationalBody() {
        List<Actor> actors = resolve("2000-01-01", "[Red Cross]ORGANIZATION officials/NNS suspended aid deliveries .",
                "Doctors handed medicine to the [Red Crescent]ORGANIZATION .");
        assertEquals("IGO", named(actors, "International Committee of the Red Cross").code());
        assertEquals("IGO", named(actors, "International Federation of Red Cross and Red Crescent Societies").code());
    }

    @Test
    void aMisspeltCountryTaggedAsAnOrganisationIsStillTheCountry() {
        List<Actor> actors = resolve("2000-01-01", "Both the [Phillippines]ORGANIZATION military and the rebels signed .");
        assertTrue(actors.stream().anyMatch(a -> "PHL".equals(a.code()) && "MIL".equals(a.sector())), actors.toString());
    }
    @Test
    void aNationsMinorityOrPopulationOfAPlaceIsOfTheStateItLivesIn() {
        List<Actor> actors = resolve("2000-01-01",
                "Serb/JJ forces/NNS were engaged in ethnic cleansing in [Montenegro]LOCATION against the "
                        + "Albanian/JJ/MISC population/NN of the province .");
        assertTrue(actors.stream().anyMatch(a -> "MNE".equals(a.code()) && texts(a).contains("the Albanian population")),
                actors.toString());
        // a nation's population with no place after it is the nation's
        List<Actor> own = resolve("2000-01-01", "The Iraqi/JJ/MISC population/NN suffered , [Britain]LOCATION said .");
        assertTrue(own.stream().noneMatch(a -> "GBR".equals(a.code()) && texts(a).contains("Iraqi population")),
                own.toString());
    }

    @Test
    void supportersOfAPersonAreAGroupNotTheirTitle() {
        List<Actor> actors = resolve("2000-01-01",
                "About 200 supporters/NNS of former President [Ahmed Ben Bella]PERSON blocked roads in [Algiers]LOCATION .");
        Actor benBella = named(actors, "Ahmed Ben Bella");
        assertTrue(texts(benBella).stream().noneMatch(t -> t.startsWith("supporters")), texts(benBella).toString());
        assertTrue(actors.stream().anyMatch(a -> "DZA".equals(a.code()) && "CVL".equals(a.sector())
                && texts(a).contains("supporters")), actors.toString());
    }
    @Test
    void anUnknownAssociationOfNoCountryIsAnNgo() {
        List<Actor> actors = resolve("2000-01-01",
                "Members of the [Association of African Jurists]ORGANIZATION investigated/VBD the welfare of [Libyans]MISC .");
        assertEquals("NGO", named(actors, "Association of African Jurists").code());
        // one that names its country is that country's
        List<Actor> national = resolve("2000-01-01",
                "The [Egyptian Association for Human Rights]ORGANIZATION said/VBD so .");
        assertEquals("EGY", named(national, "Association for Human Rights").code());
    }
    @Test
    void aCityOrRegionSaysWhoseARoleBesideItIs() {
        List<Actor> karachi = resolve("2000-01-01", "[Karachi]LOCATION police/NN arrested/VBD 15 activists/NNS .");
        assertTrue(karachi.stream().anyMatch(a -> "PAK".equals(a.code()) && "COP".equals(a.sector())), karachi.toString());
        // the city is no actor itself, and with no country named its state is the article's
        assertTrue(karachi.stream().noneMatch(a -> a.kind() == Actor.Kind.COUNTRY), karachi.toString());
        assertTrue(karachi.stream().anyMatch(a -> "PAK".equals(a.code()) && texts(a).contains("activists")),
                karachi.toString());
        List<Actor> lagos = resolve("2000-01-01", "Police/NN in/IN [Lagos]LOCATION arrested/VBD 30 protesters/NNS .");
        assertTrue(lagos.stream().anyMatch(a -> "NGA".equals(a.code()) && "COP".equals(a.sector())), lagos.toString());
        List<Actor> sindh = resolve("2000-01-01",
                "The government/NN of/IN Sindh/NNP province/NN ordered/VBD patrols/NNS .");
        assertTrue(sindh.stream().anyMatch(a -> "PAK".equals(a.code()) && "GOV".equals(a.sector())), sindh.toString());
        List<Actor> beirut = resolve("2000-01-01",
                "A newspaper/NN based/VBN in/IN [Beirut]LOCATION accused/VBD [Syria]LOCATION of interference .");
        assertTrue(beirut.stream().anyMatch(a -> "LBN".equals(a.code()) && "JRN".equals(a.sector())), beirut.toString());
        // troops are not of the place they serve in
        List<Actor> troops = resolve("2000-01-01",
                "Troops/NNS in/IN [Basra]LOCATION came/VBD under fire , [Britain]LOCATION said .");
        assertTrue(troops.stream().noneMatch(a -> "IRQ".equals(a.code()) && "MIL".equals(a.sector())), troops.toString());
    }
    @Test
    void armedMenOfAPeopleAndFormerNamesOfStates() {
        List<Actor> hutu = resolve("2000-01-01",
                "[Hutu]MISC militiamen/NNS killed/VBD 30 refugees/NNS in/IN eastern [Zaire]LOCATION .");
        assertTrue(hutu.stream().anyMatch(a -> "COD".equals(a.code()) && texts(a).contains("Hutu militiamen")),
                hutu.toString());
        List<Actor> czech = resolve("1988-01-01", "[Czechoslovak]MISC officials/NNS accused/VBD [Hungary]LOCATION .");
        assertTrue(czech.stream().anyMatch(a -> "CZE".equals(a.code()) && "GOV".equals(a.sector())), czech.toString());
        List<Actor> south = resolve("2000-01-01", "Rebels/NNS in/IN southern [Sudan]LOCATION shelled/VBD a town .");
        assertTrue(south.stream().anyMatch(a -> "SDN".equals(a.code()) && "REB".equals(a.sector())), south.toString());
    }
    @Test
    void aSmallTownNamedLikeAContinentPlacesNoOne() {
        // GeoNames has a town called Asia; officials "in Asia" are no one's in particular
        List<Actor> actors = resolve("2000-01-01", "Officials/NNS in/IN [Asia]LOCATION welcomed/VBD the deal .");
        assertTrue(actors.stream().noneMatch(a -> "PHL".equals(a.code())), actors.toString());
    }

    @Test
    void aKindOfCompanyBetweenTheNationalityAndTheName() {
        List<Actor> actors = resolve("2019-11-20", "Trump/NNP/PERSON asked about the Ukrainian/JJ/MISC energy/NN company/NN "
                + "[Burisma]ORGANIZATION in a call .");
        assertEquals("BUS", named(resolve("2019-11-20", "[Kestrel Shipping Holdings Ltd]ORGANIZATION said it would cooperate ."),
                "Kestrel Shipping Holdings Ltd").sector(), "a company by its legal form");
        // a listed company (companies.tsv) with its legal form after its name: the company, the form part of it
        List<Actor> softBank = resolve("2019-11-20", "[SoftBank Group Corp]ORGANIZATION said it would cooperate .");
        Actor group = named(softBank, "SoftBank Group");
        assertEquals("JPN", group.code());
        assertEquals("BUS", group.sector());
        assertEquals("SoftBank Group Corp", group.mentions().get(0).text());
        assertEquals(1, softBank.size(), softBank.toString());
        Actor burisma = named(actors, "Burisma");
        assertEquals("UKR", burisma.code());
        assertEquals("BUS", burisma.sector());
    }

    @Test
    void aLegislaturesCommitteeInATitleMakesItsChairALegislator() {
        List<Actor> actors = resolve("2019-11-20",
                "[House Intelligence Committee]ORGANIZATION Chairman [Adam Schiff]PERSON made closing remarks .",
                "The [Senate Judiciary Committee]ORGANIZATION met on Tuesday in [Washington]LOCATION .");
        assertEquals("LEG", named(actors, "Adam Schiff").sector());
        assertEquals("LEG", named(actors, "Senate Judiciary Committee").sector());
    }

    @Test
    void aRegionsNameIsNoMisspeltCountryNorAStateCalledTheSouth() {
        List<Actor> actors = resolve("2019-11-20",
                "[Indiana]LOCATION Gov. [Eric Holcomb]PERSON met teachers .",
                "[South Dakota]LOCATION Gov. [Kristi Noem]PERSON defended the campaign .");
        assertEquals("USA", named(actors, "Eric Holcomb").code());
        assertEquals("USA", named(actors, "Kristi Noem").code());
    }

    @Test
    void aDictionaryRoleNounIsAnActorOnlyWhereTheTextSaysWhose() {
        List<Actor> actors = resolve("2003-05-30",
                "Doctors risked twelve years in prison , officials said .",
                "Afghan/JJ/MISC fishermen said they would meet the mediator .");
        assertTrue(actors.stream().noneMatch(a -> a.mentions().stream().anyMatch(m -> m.text().equals("prison"))),
                actors.toString());
        assertTrue(actors.stream().anyMatch(a -> "AFG".equals(a.code()) && "AGR".equals(a.sector())), actors.toString());
    }

    @Test
    void dyadsOwnRoleWinsOverALongerDictionaryRole() {
        // the dictionary's "security forces" (police) would hide dyad's "forces" (the military)
        List<Actor> actors = resolve("2019-11-16", "Clashes erupted between [Bolivian]MISC supporters and security forces .");
        assertTrue(actors.stream().anyMatch(a -> "MIL".equals(a.sector())), actors.toString());
    }

    @Test
    void anOfficeHeldInANamedBodyIsOfTheBodysSector() {
        List<Actor> actors = resolve("2019-11-19",
                "[Jane Roe]PERSON , president of the [Acme Holdings Ltd]ORGANIZATION , said prices rose in [Ohio]LOCATION .",
                "[John Doe]PERSON , president of the [Parents League]ORGANIZATION , spoke in [Ohio]LOCATION .");
        assertEquals("BUS", named(actors, "Jane Roe").sector(), "a company's president is of business");
        assertNull(named(actors, "John Doe").sector(), "a body of no known sector makes no official of its president");
    }

    @Test
    void aStatesBodyByTheWordThatHeadsItsName() {
        List<Actor> actors = resolve("2019-11-19",
                "The [Department of Social Services]ORGANIZATION in [Pierre]LOCATION said the [Texas]LOCATION [Senate]ORGANIZATION would vote .",
                "The [Department of Social Services]ORGANIZATION met in [Sioux Falls]LOCATION , [South Dakota]LOCATION .");
        Actor dss = named(actors, "Department of Social Services");
        assertEquals("GOV", dss.sector());
        assertEquals("USA", dss.code(), "the setting: the cities and states the article names");
        assertEquals("setting", dss.basis());
    }

    @Test
    void aRegionsChamberAndItsSpeaker() {
        List<Actor> actors = resolve("2019-11-19",
                "[Indiana]LOCATION [House]ORGANIZATION Speaker [Brian Bosma]PERSON defended the budget in [Indianapolis]LOCATION .");
        Actor bosma = named(actors, "Brian Bosma");
        assertEquals("LEG", bosma.sector());
    }

    @Test
    void aShortNameJoinsTheOrganisationTheArticleNamesInFull() {
        List<Actor> actors = resolve("2019-11-19",
                "The [Japanese]MISC company [Acme Group Corp]ORGANIZATION bought [WeWork]ORGANIZATION shares .",
                "[Acme]ORGANIZATION said [WeWork]PERSON would be sold .");
        Actor acme = named(actors, "Acme Group Corp");
        assertTrue(texts(acme).contains("Acme"), actors.toString());
        assertTrue(find(actors, "Acme").isEmpty(), actors.toString());
        assertEquals(1, actors.stream().filter(a -> a.name().equals("WeWork")).count(), actors.toString());
        assertEquals(Actor.Kind.ORGANISATION, named(actors, "WeWork").kind());
    }

    @Test
    void anAppositionSaysWhatKindOfBodyAnOrganisationIs() {
        List<Actor> actors = resolve("2019-11-19",
                "[Commerzbank]ORGANIZATION , the [German]MISC lender , cut its forecast .",
                "[Acme Widgets]ORGANIZATION , a [Canadian]MISC manufacturer , closed a plant .",
                "[Acme Widgets]ORGANIZATION , a unit of [Commerzbank]ORGANIZATION , said so .");
        Actor bank = named(actors, "Commerzbank");
        assertEquals("DEU", bank.code());
        assertEquals("BUS", bank.sector());
        assertEquals("CAN", named(actors, "Acme Widgets").code(), actors.toString());
    }

    @Test
    void aCompanysOfficerByTheTitleBeforeTheName() {
        List<Actor> actors = resolve("2019-11-19",
                "[Flexport]ORGANIZATION chief executive [Ryan Petersen]PERSON said costs rose in [Ohio]LOCATION .",
                "[Acme League]ORGANIZATION President [John Doe]PERSON spoke in [Ohio]LOCATION .",
                "Energy Secretary [Rick Perry]PERSON spoke in [Ohio]LOCATION .");
        assertEquals("BUS", named(actors, "Ryan Petersen").sector());
        assertNull(named(actors, "John Doe").sector(), "the president of a body of no known kind is no official");
        assertEquals("GOV", named(actors, "Rick Perry").sector());
    }

    @Test
    void anAgencysCreditNamesItOnlyWhereItStandsAsOne() {
        List<Actor> actors = resolve("2019-11-20",
                "[NEW DELHI]LOCATION ( PTI ) -- About 150 deportees returned home .",
                "The PTI held a rally .",
                "PTI");
        Actor pti = named(actors, "Press Trust of India");
        assertEquals("IND", pti.code());
        assertEquals("JRN", pti.sector());
        assertEquals(List.of("PTI", "PTI"), texts(pti), "the dateline's and the last line's, not the party's");
    }

    @Test
    void aStatesAbbreviationPlacesAndAPaperThatReportsIsMedia() {
        List<Actor> actors = resolve("2019-11-19",
                "[PIERRE]LOCATION , [S.D.]LOCATION -- Gov. [Kristi Noem]PERSON told the [Daily Planet]ORGANIZATION the campaign worked .",
                "The [Evening Star]ORGANIZATION reported the cost in [Sioux Falls]LOCATION , [S.D.]LOCATION .");
        assertEquals("USA", named(actors, "Kristi Noem").code());
        assertEquals("JRN", named(actors, "Daily Planet").sector());
        assertEquals("JRN", named(actors, "Evening Star").sector());
    }

    @Test
    void aRoyalWithNoOfficeIsOfTheElitesAndKeepsTheTitleInTheMention() {
        List<Actor> actors = resolve("2019-11-20",
                "Prince [Andrew]PERSON stepped back from royal duties in [London]LOCATION , [Britain]LOCATION said .");
        Actor andrew = named(actors, "Andrew");
        assertEquals("ELI", andrew.sector());
        assertTrue(texts(andrew).contains("Prince Andrew"), texts(andrew).toString());
    }

    @Test
    void aGovernmentNamedAfterItsHeadIsThatStatesGovernment() {
        List<Actor> actors = resolve("2019-11-19",
                "The [Trump]PERSON administration said on Monday it would change course .",
                "President [Donald Trump]PERSON spoke in [Washington]LOCATION .");
        Actor government = named(actors, "United States government");
        assertEquals("GOV", government.sector());
        assertEquals(List.of("The Trump administration"), texts(government));
        assertTrue(!texts(named(actors, "Donald Trump")).contains("Trump"), "the head does nothing in the first sentence");
    }

    @Test
    void aCentralBankIsAStatesAndACommissionOfNoStateIsNoGovernment() {
        List<Actor> actors = resolve("2016-09-14",
                "[Lebanon]LOCATION 's central bank suspended the limits .",
                "The [Venice Commission]ORGANIZATION criticised the law .");
        assertTrue(actors.stream().anyMatch(a -> "LBN".equals(a.code()) && "GOV".equals(a.sector())), actors.toString());
        assertNull(named(actors, "Venice Commission").sector());
    }

    @Test
    void aUniversityIsCodedByItsHomeStateAndItsExpertsByTheirOffice() {
        List<Actor> actors = resolve("2025-04-14",
                "The [US]LOCATION administration froze research grants on Monday .",
                "[Jane Marsh]PERSON , a professor at [Cornell]ORGANIZATION , said the cuts were unlawful .",
                "[John Ellis]PERSON , an economist at [Harvard]ORGANIZATION , disagreed .",
                "Researchers at the [Max Planck Institute for Astrophysics]ORGANIZATION and at "
                        + "[Tufts University 's Feinstein International Center]ORGANIZATION agreed .");
        Actor cornell = named(actors, "Cornell University");
        assertEquals("USA", cornell.code());
        assertEquals("EDU", cornell.sector());
        // where the office is held ("at") gives the sector; the state is the article's, as for a posting
        Actor marsh = named(actors, "Jane Marsh");
        assertEquals("USA", marsh.code());
        assertEquals("EDU", marsh.sector());
        assertEquals("professor at Cornell", marsh.office());
        Actor ellis = named(actors, "John Ellis");
        assertEquals("USA", ellis.code());
        assertEquals("EDU", ellis.sector());
        // a listed name that starts a longer one the tagger marks: one of its parts, under the longer name
        Actor planck = named(actors, "Max Planck Society");
        assertEquals("DEU", planck.code());
        assertEquals("EDU", planck.sector());
        assertEquals(List.of("the Max Planck Institute for Astrophysics"), texts(planck));
        Actor tufts = named(actors, "Tufts University");
        assertEquals("USA", tufts.code());
        assertEquals(List.of("Tufts University 's Feinstein International Center"), texts(tufts));
    }
}
