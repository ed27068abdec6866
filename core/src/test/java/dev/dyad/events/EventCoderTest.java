package dev.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyad.actors.ActorResolver;
import dev.dyad.actors.Lexicon;
import dev.dyad.geo.Gazetteer;
import dev.dyad.model.Event;
import dev.dyad.model.ParsedArticle;
import dev.dyad.model.Participant;
import dev.dyad.testing.Parsed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The coder on hand-built parses, as PETRARCH's validation records kept theirs: no CoreNLP here. */
class EventCoderTest {
    private static final EventCoder CODER = new EventCoder(Triggers.builtIn(), Lexicon.builtIn(), Gazetteer.builtIn());
    private static final ActorResolver ACTORS = new ActorResolver(Lexicon.builtIn());

    private static List<Event> code(ParsedArticle p) {
        return CODER.code(p, ACTORS.resolve(p));
    }

    private static List<String> codes(List<Participant> ps) {
        return ps.stream().map(Participant::code).toList();
    }

    @Test
    void theHostIsTheRecipientAndTheVisitorTheActor() {
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "[Donald Trump]PERSON hosted/VBD//host [Shinzo Abe]PERSON ./.",
                "compound 2 1; nsubj 3 2; root 0 3; compound 5 4; obj 3 5; punct 3 6", ""));
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("CONSULT", e.event());
        assertEquals("visit", e.mode());
        assertEquals(List.of("JPN"), codes(e.actor()));
        assertEquals(List.of("USA"), codes(e.recipient()));
        assertEquals("asserted", e.modality());
        assertEquals("dateline", e.date().basis());
        assertEquals("2018-05-30", e.date().value());
    }

    @Test
    void calledOnReadAsASubordinatorIsStillARequestToTheOneCalledOn() {
        // the parser's reading: mark(withdraw, on), nsubj(withdraw, Iran), advcl(called, withdraw)
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "[France]LOCATION called/VBD//call on/IN [Iran]LOCATION to/TO withdraw/VB//withdraw troops/NNS//troop ./.",
                "nsubj 2 1; root 0 2; mark 6 3; nsubj 6 4; mark 6 5; advcl 2 6; obj 6 7; punct 2 8", ""));
        Event e = events.stream().filter(x -> x.event().equals("REQUEST")).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals(List.of("FRA"), codes(e.actor()));
        assertEquals(List.of("IRN"), codes(e.recipient()));
        assertTrue(events.stream().noneMatch(x -> x.event().equals("RETREAT") && x.modality().equals("asserted")),
                events.toString());
    }

    @Test
    void theModelSeesANamedObjectByItsEntityTagAndTheVerbByItsVerbSenses() {
        // a party's name is no word to learn ("obj=iran"), and the noun "call" (CONSULT) no sense of "called on"
        ParsedArticle p = Parsed.withParse("2018-05-30",
                "[France]LOCATION called/VBD//call on/IN [Iran]LOCATION to/TO withdraw/VB//withdraw troops/NNS//troop ./.",
                "nsubj 2 1; root 0 2; mark 6 3; nsubj 6 4; mark 6 5; advcl 2 6; obj 6 7; punct 2 8", "");
        EventCoder.Candidate call = CODER.candidates(p, ACTORS.resolve(p)).stream()
                .filter(c -> c.event().evidence().trigger().equals("called")).findFirst().orElseThrow();
        assertTrue(call.features().contains("obj=@LOCATION"), call.features().toString());
        assertTrue(call.features().stream().noneMatch(f -> f.contains("iran") || f.contains("france")), call.features().toString());
        assertTrue(call.features().stream().noneMatch(f -> f.startsWith("lexicon=") && f.endsWith("/N")), call.features().toString());
        assertEquals(call.features().size(), new java.util.HashSet<>(call.features()).size(), call.features().toString());
    }

    @Test
    void willMakesAFutureVisitDatedByItsSentence() {
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "[Sergei Lavrov]PERSON will/MD visit/VB//visit [North Korea]LOCATION on/IN Thursday/NNP ./.",
                "compound 2 1; nsubj 4 2; aux 4 3; root 0 4; compound 6 5; obj 4 6; case 8 7; obl 4 8; punct 4 9",
                "DATE 2018-05-31 8 8"));
        Event e = events.get(0);
        assertEquals("CONSULT", e.event());
        assertEquals(List.of("RUS"), codes(e.actor()));
        assertEquals(List.of("PRK"), codes(e.recipient()));
        assertEquals("future", e.modality());
        assertEquals("2018-05-31", e.date().value());
        assertEquals("text", e.date().basis());
    }

    @Test
    void aBareWeekdayInAPastTenseSentenceIsTheOneBeforeTheDateline() {
        // the tagger reads "Saturday" as the nearest one, 2 June; the sentence says it happened
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "[Moon Jae-in]PERSON met/VBD//meet [Kim Jong-un]PERSON Saturday/NNP ./.",
                "compound 2 1; nsubj 3 2; root 0 3; compound 5 4; obj 3 5; obl:tmod 3 6; punct 3 7",
                "DATE 2018-06-02 6 6"));
        Event e = events.get(0);
        assertEquals("CONSULT", e.event());
        assertEquals("2018-05-26", e.date().value());
        assertTrue(codes(e.actor()).contains("KOR") && codes(e.recipient()).contains("PRK")
                || codes(e.actor()).contains("PRK") && codes(e.recipient()).contains("KOR"), e.toString());
    }

    @Test
    void didNotVisitIsANegatedVisit() {
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "[Donald Trump]PERSON did/VBD//do not/RB visit/VB//visit [North Korea]LOCATION ./.",
                "compound 2 1; nsubj 5 2; aux 5 3; advmod 5 4; root 0 5; compound 7 6; obj 5 7; punct 5 8", ""));
        assertEquals("negated", events.get(0).modality());
    }

    @Test
    void aPlannedSummitBetweenTwoLeadersForNoDayIsOnePromisedMeeting() {
        // PLOVER: references to future meetings and summits are AGREE; one the text dates is a planned CONSULT
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "a/DT planned/VBN//plan summit/NN//summit between/IN [Donald Trump]PERSON and/CC [Kim Jong-un]PERSON ./.",
                "det 3 1; amod 3 2; root 0 3; case 6 4; compound 6 5; nmod 3 6; cc 9 7; compound 9 8; conj 6 9; punct 3 10",
                ""));
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("AGREE", e.event());
        assertEquals("asserted", e.modality());
        assertEquals(List.of("USA"), codes(e.actor()));
        assertEquals(List.of("PRK"), codes(e.recipient()));
        assertTrue(e.id().startsWith("e-"));
        assertEquals(e.id(), code(Parsed.withParse("2018-05-30",
                "a/DT planned/VBN//plan summit/NN//summit between/IN [Donald Trump]PERSON and/CC [Kim Jong-un]PERSON ./.",
                "det 3 1; amod 3 2; root 0 3; case 6 4; compound 6 5; nmod 3 6; cc 9 7; compound 9 8; conj 6 9; punct 3 10",
                "")).get(0).id(), "stable ids");
    }

    @Test
    void aDateNoCalendarHoldsFallsBackToTheDateline() {
        // "30 February" normalised as written: no day, so the dateline dates the event
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "[Donald Trump]PERSON hosted/VBD//host [Shinzo Abe]PERSON on/IN 30/CD February/NNP ./.",
                "compound 2 1; nsubj 3 2; root 0 3; compound 5 4; obj 3 5; case 8 6; nummod 8 7; obl 3 8; punct 3 9",
                "DATE 2018-02-30 7 8"));
        assertEquals(1, events.size(), events.toString());
        assertEquals("dateline", events.get(0).date().basis());
        assertEquals("2018-05-30", events.get(0).date().value());
    }

    @Test
    void whatAThreatSaysIsNoEventOfItsOwn() {
        // PLOVER codes the statement: "threatened to ban voting" is one THREATEN, no COERCE
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "[Israel]LOCATION threatened/VBD//threaten to/TO ban/VB//ban voting/NN//voting ./.",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; obj 4 5; punct 2 6", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("THREATEN", events.get(0).event());
        assertEquals(List.of("ISR"), codes(events.get(0).actor()));
    }

    @Test
    void aReportedMustIsADemandOnTheClausesSubject() {
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "[Russia]LOCATION said/VBD//say [Sudan]LOCATION must/MD//must return/VB//return the/DT helicopter/NN ./.",
                "nsubj 2 1; root 0 2; nsubj 5 3; aux 5 4; ccomp 2 5; det 7 6; obj 5 7; punct 2 8", ""));
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("REQUEST", e.event());
        assertEquals(List.of("RUS"), codes(e.actor()));
        assertEquals(List.of("SDN"), codes(e.recipient()));
    }

    @Test
    void anAnnouncedBlockadeIsAThreat() {
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "[France]LOCATION said/VBD//say it/PRP would/MD//would blockade/VB//blockade the/DT port/NN ./.",
                "nsubj 2 1; root 0 2; nsubj 5 3; aux 5 4; ccomp 2 5; det 7 6; obj 5 7; punct 2 8", ""));
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("THREATEN", e.event());
        assertEquals("restrict", e.mode());
        assertEquals("asserted", e.modality());
        assertEquals(List.of("FRA"), codes(e.actor()));
    }

    @Test
    void declinedToResignIsARefusalButDeclinedToCommentIsNothing() {
        List<Event> refused = code(Parsed.withParse("2018-05-30",
                "[Boris Johnson]PERSON declined/VBD//decline to/TO resign/VB//resign ./.",
                "compound 2 1; nsubj 3 2; root 0 3; mark 5 4; xcomp 3 5; punct 3 6", ""));
        assertTrue(refused.stream().anyMatch(e -> e.event().equals("REJECT")), refused.toString());
        List<Event> silent = code(Parsed.withParse("2018-05-30",
                "[Boris Johnson]PERSON declined/VBD//decline to/TO comment/VB//comment ./.",
                "compound 2 1; nsubj 3 2; root 0 3; mark 5 4; xcomp 3 5; punct 3 6", ""));
        assertEquals(List.of(), silent);
    }

    @Test
    void protestersOfAPlaceProtestAgainstItsGovernment() {
        // actor and recipient are of one country: the recipient is its government, not the protesters again
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "thousands/NNS//thousand of/IN people/NNS//people blocked/VBD//block roads/NNS//road in/IN [Algiers]LOCATION ./.",
                "nsubj 4 1; case 3 2; nmod 1 3; root 0 4; obj 4 5; case 7 6; obl 4 7; punct 4 8", ""));
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("PROTEST", e.event());
        assertEquals("obstruct", e.mode());
        assertEquals(List.of("DZA"), codes(e.actor()));
        assertEquals(List.of("DZA"), codes(e.recipient()));
        assertEquals("GOV", e.recipient().get(0).sector());
    }

    @Test
    void anObjectHungOnTheDayBeforeItIsTheVerbsObject() {
        // the parser's "rejected Thursday(tmod) <- appeal(dep)": the appeal is what was rejected, the UN's
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "[Beirut]LOCATION rejected/VBD//reject Thursday/NNP a/DT [United Nations]ORGANIZATION appeal/NN//appeal ./.",
                "nsubj 2 1; root 0 2; obl:tmod 2 3; det 7 4; compound 6 5; compound 7 6; dep 3 7; punct 2 8", ""));
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("REJECT", e.event());
        assertEquals(List.of("LBN"), codes(e.actor()));
        assertEquals(List.of("IGO"), codes(e.recipient()));
    }

    @Test
    void aVerbWithNoSubjectInTheParseTakesTheActorNamedBeforeIt() {
        // the parser read the subject as an apposition of a fronted phrase; "agreed" is left subjectless
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "with/IN the/DT signing/NN//signing ,/, [Sudan]LOCATION has/VBZ//have agreed/VBN//agree to/TO talks/NNS//talk ./.",
                "case 3 1; det 3 2; obl 7 3; punct 3 4; appos 3 5; aux 7 6; root 0 7; case 9 8; obl 7 9; punct 7 10", ""));
        assertTrue(events.stream().anyMatch(e -> e.event().equals("AGREE") && codes(e.actor()).equals(List.of("SDN"))),
                events.toString());
        // a second verb of a coordination is no subjectless verb: "killed a US soldier and wounded two"
        List<Event> none = code(Parsed.withParse("2018-05-30",
                "a/DT bombing/NN//bombing killed/VBD//kill one/CD [U.S.]LOCATION soldier/NN//soldier and/CC wounded/VBD//wound two/CD others/NNS//other ./.",
                "det 2 1; nsubj 3 2; root 0 3; nummod 6 4; compound 6 5; obj 3 6; cc 8 7; conj 3 8; nummod 10 9; obj 8 10; punct 3 11", ""));
        assertTrue(none.stream().noneMatch(e -> codes(e.actor()).contains("USA")), none.toString());
    }

    @Test
    void anEventNounThatIsTheSubjectHasItsPredicatesDateAndPlace() {
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "the/DT summit/NN//summit between/IN [Donald Trump]PERSON and/CC [Kim Jong-un]PERSON will/MD//will "
                        + "open/VB//open in/IN [Singapore]LOCATION on/IN June/NNP 12/CD ./.",
                "det 2 1; nsubj 10 2; case 5 3; compound 5 4; nmod 2 5; cc 8 6; compound 8 7; conj 5 8; aux 10 9; root 0 10; "
                        + "case 12 11; obl 10 12; case 14 13; obl 10 14; nummod 14 15; punct 10 16",
                "DATE 2018-06-12 14 15"));
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("CONSULT", e.event());
        assertEquals("2018-06-12", e.date().value());
        assertEquals("text", e.date().basis());
        assertEquals("SGP", e.location().country());
    }

    @Test
    void anAnnouncedRetreatUnlessTheOtherSideCompliesIsAThreatAndIfAConcession() {
        String deps = "nsubj 3 1; aux 3 2; root 0 3; nmod:poss 5 4; obj 3 5; case 7 6; nmod 5 7; mark 11 8; det 10 9; "
                + "nsubj 11 10; advcl 3 11; punct 3 12";
        List<Event> unless = code(Parsed.withParse("2000-01-01",
                "[Nigeria]LOCATION will/MD withdraw/VB//withdraw its/PRP$ force/NN//force from/IN [Chad]LOCATION "
                        + "unless/IN the/DT rebels/NNS//rebel disarm/VBP//disarm ./.", deps, ""));
        assertEquals(1, unless.size(), unless.toString());
        assertEquals("THREATEN", unless.get(0).event());
        assertEquals(List.of("NGA"), codes(unless.get(0).actor()));
        // the rebels of the condition are nobody dyad can place: the place the force leaves is the other side
        assertEquals(List.of("TCD"), codes(unless.get(0).recipient()));
        List<Event> ifs = code(Parsed.withParse("2000-01-01",
                "[Nigeria]LOCATION will/MD withdraw/VB//withdraw its/PRP$ force/NN//force from/IN [Chad]LOCATION "
                        + "if/IN the/DT rebels/NNS//rebel disarm/VBP//disarm ./.", deps, ""));
        // a retreat offered on a condition is still an announced retreat, which PLOVER codes CONCEDE
        assertEquals("CONCEDE", ifs.get(0).event(), ifs.toString());
    }

    @Test
    void aMediatorIsTheActorAndBothSidesItMediatesBetweenTheRecipients() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Qatar]LOCATION mediated/VBD//mediate between/IN [Bahrain]LOCATION and/CC [Egypt]LOCATION ./.",
                "nsubj 2 1; root 0 2; case 4 3; obl 2 4; cc 6 5; conj 4 6; punct 2 7", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("CONSULT", events.get(0).event());
        assertEquals(List.of("QAT"), codes(events.get(0).actor()));
        assertEquals(List.of("BHR", "EGY"), codes(events.get(0).recipient()));
    }

    @Test
    void orderedToIsADemandButAnOrderedInquiryIsTheInquiry() {
        List<Event> told = code(Parsed.withParse("2000-01-01",
                "[Argentina]LOCATION ordered/VBD//order [Chile]LOCATION to/TO leave/VB//leave ./.",
                "nsubj 2 1; root 0 2; obj 2 3; mark 5 4; xcomp 2 5; punct 2 6", ""));
        assertEquals(List.of("REQUEST"), told.stream().map(Event::event).toList(), told.toString());
        assertEquals(List.of("CHL"), codes(told.get(0).recipient()));
        List<Event> inquiry = code(Parsed.withParse("2000-01-01",
                "[Argentina]LOCATION ordered/VBD//order an/DT inquiry/NN//inquiry into/IN [Chile]LOCATION ./.",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod 4 6; punct 2 7", ""));
        assertTrue(inquiry.stream().noneMatch(e -> e.event().equals("REQUEST")), inquiry.toString());
    }

    @Test
    void aVerbTaggedAsANounAfterAModalIsStillAnAct() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Spain]LOCATION would/MD blockade/NN//blockade [Gibraltar]LOCATION ./.",
                "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; punct 3 5", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("THREATEN", events.get(0).event());
        assertEquals(List.of("ESP"), codes(events.get(0).actor()));
    }

    @Test
    void whatSomeoneMustDoIsNoActOfTheirs() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Ukraine]LOCATION must/MD withdraw/VB//withdraw from/IN [Crimea]LOCATION ./.",
                "nsubj 3 1; aux 3 2; root 0 3; case 5 4; obl 3 5; punct 3 6", ""));
        assertEquals(List.of(), events);
    }

    @Test
    void aProtestsPurposeIsItsTargetNotAnAccusationOfItsOwn() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Iraqi]MISC protesters/NNS//protester blocked/VBD//block a/DT road/NN//road to/TO show/VB//show "
                        + "their/PRP$ disapproval/NN//disapproval of/IN [Britain]LOCATION ./.",
                "amod 2 1; nsubj 3 2; root 0 3; det 5 4; obj 3 5; mark 7 6; advcl 3 7; nmod:poss 9 8; obj 7 9; case 11 10; "
                        + "nmod 9 11; punct 3 12", ""));
        assertTrue(events.stream().noneMatch(e -> e.event().equals("ACCUSE")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.event().equals("PROTEST") && codes(e.actor()).equals(List.of("IRQ"))),
                events.toString());
    }

    @Test
    void oneMentionOfTwoNationsOfficialsGivesBothAsActors() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Hungarian]MISC and/CC [Romanian]MISC officials/NNS//official met/VBD//meet ./.",
                "amod 4 1; cc 3 2; conj 1 3; nsubj 5 4; root 0 5; punct 5 6", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("CONSULT", events.get(0).event());
        List<String> parties = new java.util.ArrayList<>(codes(events.get(0).actor()));
        parties.addAll(codes(events.get(0).recipient()));
        assertEquals(java.util.Set.of("HUN", "ROU"), java.util.Set.copyOf(parties));
    }

    @Test
    void aPhrasalLightVerbCarriesItsEventNoun() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Israel]LOCATION speeded/VBD//speed up/RP the/DT withdrawal/NN//withdrawal from/IN [Lebanon]LOCATION ./.",
                "nsubj 2 1; root 0 2; compound:prt 2 3; det 5 4; obj 2 5; case 7 6; nmod 5 7; punct 2 8", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("RETREAT", events.get(0).event());
        assertEquals(List.of("ISR"), codes(events.get(0).actor()));
        assertEquals(List.of("LBN"), codes(events.get(0).recipient()));
    }

    @Test
    void aMonthIsNoMarch() {
        List<Event> events = code(Parsed.withParse("2001-05-01",
                "[Filipino]MISC students/NNS//student gathered/VBD//gather in/IN [Manila]LOCATION in/IN March/NNP//march 2001/CD ./.",
                "amod 2 1; nsubj 3 2; root 0 3; case 5 4; obl 3 5; case 7 6; obl 3 7; nummod 7 8; punct 3 9",
                "DATE 2001-03 7 8"));
        assertEquals(List.of(), events);
    }

    @Test
    void aPhraseBeforeARelativeWordBelongsToTheNounNotTheRelativeClause() {
        // the parser hung "between ..." on the relative clause's verb
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Qatar]LOCATION launched/VBD//launch a/DT mediation/NN//mediation effort/NN//effort between/IN "
                        + "[Bahrain]LOCATION and/CC [Egypt]LOCATION whose/WP$ ties/NNS//tie were/VBD//be strained/VBN//strain ./.",
                "nsubj 2 1; root 0 2; det 5 3; compound 5 4; obj 2 5; case 7 6; obl 13 7; cc 9 8; conj 7 9; "
                        + "nmod:poss 11 10; nsubj:pass 13 11; aux:pass 13 12; acl:relcl 5 13; punct 2 14", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of("QAT"), codes(events.get(0).actor()));
        assertEquals(List.of("BHR", "EGY"), codes(events.get(0).recipient()));
    }

    @Test
    void aRefusalDespitePressureAnswersThoseWhoPressed() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Kenya]LOCATION declined/VBD//decline to/TO resign/VB//resign despite/IN pressure/NN//pressure by/IN "
                        + "[Uganda]LOCATION ./.",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; case 6 5; obl 2 6; case 8 7; nmod 6 8; punct 2 9", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("REJECT", events.get(0).event());
        assertEquals(List.of("UGA"), codes(events.get(0).recipient()));
    }

    @Test
    void whoClaimsResponsibilityForAnAttackCarriedItOut() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Hamas]ORGANIZATION claimed/VBD//claim responsibility/NN//responsibility for/IN the/DT "
                        + "bombing/NN//bombing in/IN [Jerusalem]LOCATION ./.",
                "nsubj 2 1; root 0 2; obj 2 3; case 6 4; det 6 5; nmod 3 6; case 8 7; nmod 6 8; punct 2 9", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("ASSAULT", events.get(0).event());
        assertEquals(List.of("PSE"), codes(events.get(0).actor()));
    }

    @Test
    void noOptionButToIsADemandOnTheClausesSubject() {
        List<Event> events = code(Parsed.withParse("2018-05-30",
                "[Russia]LOCATION said/VBD//say [Sudan]LOCATION had/VBD//have no/DT option/NN//option but/CC to/TO "
                        + "withdraw/VB//withdraw ./.",
                "nsubj 2 1; root 0 2; nsubj 4 3; ccomp 2 4; det 6 5; obj 4 6; cc 9 7; mark 9 8; conj 4 9; punct 2 10", ""));
        assertEquals(1, events.size(), events.toString()); // the withdrawal is what is demanded, no event of its own
        assertEquals("REQUEST", events.get(0).event());
        assertEquals(List.of("RUS"), codes(events.get(0).actor()));
        assertEquals(List.of("SDN"), codes(events.get(0).recipient()));
    }

    @Test
    void wantingAnotherToActIsARequestToThem() {
        List<Event> events = code(Parsed.withParse("2019-11-20",
                "[Beijing]LOCATION wants/VBZ//want [Trump]PERSON to/TO withdraw/VB//withdraw ./.",
                "nsubj 2 1; root 0 2; obj 2 3; mark 5 4; xcomp 2 5; punct 2 6", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("REQUEST", events.get(0).event());
        assertEquals(List.of("CHN"), codes(events.get(0).actor()));
        assertEquals(List.of("USA"), codes(events.get(0).recipient()));
    }

    @Test
    void theSubjectOfTheTargetOfAnActIsItsRecipient() {
        List<Event> events = code(Parsed.withParse("2019-11-18",
                "the/DT [U.S.]LOCATION base/NN//base has/VBZ//have been/VBN//be the/DT target/NN//target of/IN a/DT "
                        + "[Russian]MISC disinformation/NN//disinformation campaign/NN//campaign ./.",
                "det 3 1; compound 3 2; nsubj 7 3; aux 7 4; cop 7 5; det 7 6; root 0 7; case 12 8; det 12 9; amod 12 10; "
                        + "compound 12 11; nmod 7 12; punct 7 13", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("COERCE", events.get(0).event());
        assertEquals(List.of("RUS"), codes(events.get(0).actor()));
        assertEquals(List.of("USA"), codes(events.get(0).recipient()));
    }

    @Test
    void whatACommentatorSaysWithNoDateIsTheirReadingNotAnEvent() {
        String deps = "compound 2 1; nsubj 7 2; punct 2 3; det 5 4; appos 2 5; punct 2 6; root 0 7; nsubj 9 8; ccomp 7 9; "
                + "obj 9 10; punct 7 11";
        List<Event> analyst = code(Parsed.withParse("2018-05-30",
                "[Omar Lamrani]PERSON ,/, an/DT analyst/NN//analyst ,/, said/VBD//say [Russia]LOCATION attacked/VBD//attack "
                        + "[Ukraine]LOCATION ./.", deps, ""));
        assertTrue(analyst.isEmpty(), analyst.toString());
        List<Event> spokesman = code(Parsed.withParse("2018-05-30",
                "[Omar Lamrani]PERSON ,/, a/DT spokesman/NN//spokesman ,/, said/VBD//say [Russia]LOCATION attacked/VBD//attack "
                        + "[Ukraine]LOCATION ./.", deps, ""));
        assertTrue(spokesman.stream().anyMatch(e -> e.event().equals("ASSAULT") && codes(e.recipient()).equals(List.of("UKR"))),
                spokesman.toString());
    }

    @Test
    void aCourtRulingDescribedAsAThingIsAVerdictAgainstItsOwnGovernment() {
        List<Event> events = code(Parsed.withParse("2019-11-19",
                "[China]LOCATION has/VBZ//have denounced/VBN//denounce a/DT [Hong Kong]LOCATION court/NN//court ruling/VBG//rule "
                        + "declaring/VBG//declare the/DT government/NN//government 's/POS mask/NN//mask ban/NN//ban "
                        + "unconstitutional/JJ//unconstitutional ./.",
                "nsubj 3 1; aux 3 2; root 0 3; det 7 4; compound 6 5; compound 7 6; obj 3 7; acl 7 8; acl 8 9; det 11 10; "
                        + "nmod:poss 14 11; case 11 12; compound 14 13; nsubj 15 14; xcomp 9 15; punct 3 16", ""));
        Event verdict = events.stream().filter(e -> e.event().equals("SANCTION")).findFirst().orElseThrow(
                () -> new AssertionError(events.toString()));
        assertEquals("convict", verdict.mode());
        assertEquals(List.of("HKG"), codes(verdict.actor()));
        assertEquals(List.of("HKG"), codes(verdict.recipient()));
        assertEquals("GOV", verdict.recipient().get(0).sector());
        assertTrue(events.stream().anyMatch(e -> e.event().equals("ACCUSE")), "the denunciation stays: " + events);
    }

    @Test
    void theSideAnActDefiesIsItsRecipient() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Kenya]LOCATION 's/POS opposition/NN//opposition blocked/VBD//block roads/NNS//road in/IN defiance/NN//defiance "
                        + "of/IN [Uganda]LOCATION ./.",
                "nmod:poss 3 1; case 1 2; nsubj 4 3; root 0 4; obj 4 5; case 7 6; obl 4 7; case 9 8; nmod 7 9; punct 4 10", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("PROTEST", events.get(0).event());
        assertEquals(List.of("KEN"), codes(events.get(0).actor()));
        assertEquals(List.of("UGA"), codes(events.get(0).recipient()));
    }

    @Test
    void aHyphenlessRuledCountrySubjectActs() {
        // the parser read "Taliban ruled Afghanistan" as a clausal subject of "shared"
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Taliban]ORGANIZATION ruled/VBD//rule [Afghanistan]LOCATION has/VBZ//have shared/VBN//share "
                        + "intelligence/NN//intelligence with/IN [Pakistan]LOCATION ./.",
                "nsubj 2 1; csubj 5 2; obj 2 3; aux 5 4; root 0 5; obj 5 6; case 8 7; obl 5 8; punct 5 9", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("COOPERATE", events.get(0).event());
        assertEquals(List.of("AFG"), codes(events.get(0).actor()));
        assertEquals(List.of("PAK"), codes(events.get(0).recipient()));
    }

    @Test
    void aPassiveLightVerbWithAPrepositionIsItsSubjectsDeed() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Serbia]LOCATION 's/POS forces/NNS//force were/VBD//be engaged/VBN//engage in/IN ethnic/JJ//ethnic "
                        + "cleansing/NN//cleansing in/IN [Kosovo]LOCATION ./.",
                "nmod:poss 3 1; case 1 2; nsubj:pass 5 3; aux:pass 5 4; root 0 5; case 8 6; amod 8 7; obl 5 8; case 10 9; "
                        + "obl 5 10; punct 5 11", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("ASSAULT", events.get(0).event());
        assertEquals(List.of("SRB"), codes(events.get(0).actor()));
    }
    @Test
    void aConditionParsedWithItsMarkAsHeadStillNamesTheThreatenedSide() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Israel]LOCATION threatened/VBD//threaten to/TO ban/VB//ban voting/NN//voting if/IN [Hamas]ORGANIZATION "
                        + "ran/VBD//run ./.",
                "nsubj 2 1; root 0 2; mark 4 3; xcomp 2 4; obj 4 5; advcl 4 6; dep 6 7; dep 6 8; punct 2 9", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("THREATEN", events.get(0).event());
        assertEquals(List.of("ISR"), codes(events.get(0).actor()));
        assertEquals(List.of("PSE"), codes(events.get(0).recipient()));
    }
    @Test
    void theOwnerOfAnAssassinationIsItsVictim() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Iraq]LOCATION condemned/VBD//condemn [Iran]LOCATION 's/POS assassination/NN//assassination of/IN rebels/NNS//rebel ./.",
                "nsubj 2 1; root 0 2; nmod:poss 5 3; case 3 4; obj 2 5; case 7 6; nmod 5 7; punct 2 8", ""));
        // with no one named who did it, the killing is not Iran's deed
        assertTrue(events.stream().noneMatch(e -> e.event().equals("ASSAULT") && codes(e.actor()).contains("IRN")),
                events.toString());
    }
    @Test
    void forcesWithdrawnInThePassiveAreTheirOwnSidesRetreat() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Syria]LOCATION 's/POS troops/NNS//troop were/VBD//be withdrawn/VBN//withdraw from/IN [Lebanon]LOCATION ./.",
                "nmod:poss 3 1; case 1 2; nsubj:pass 5 3; aux:pass 5 4; root 0 5; case 7 6; obl 5 7; punct 5 8", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("RETREAT", events.get(0).event());
        assertEquals(List.of("SYR"), codes(events.get(0).actor()));
        assertEquals(List.of("LBN"), codes(events.get(0).recipient()));
        // peacekeepers are no forces of a retreat: their withdrawal is a sanction
        List<Event> blue = code(Parsed.withParse("2000-01-01",
                "[United Nations]ORGANIZATION peacekeepers/NNS//peacekeeper were/VBD//be withdrawn/VBN//withdraw from/IN "
                        + "[Somalia]LOCATION ./.",
                "compound 2 1; compound 3 2; nsubj:pass 5 3; aux:pass 5 4; root 0 5; case 7 6; obl 5 7; punct 5 8", ""));
        assertEquals(1, blue.size(), blue.toString());
        assertEquals("SANCTION", blue.get(0).event());
        assertEquals(List.of("IGO"), codes(blue.get(0).actor()));
        assertEquals(List.of("SOM"), codes(blue.get(0).recipient()));
    }
    @Test
    void theWoundedParsedWithTheArticleAsHeadAreStillWhoIsEvacuated() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[United Nations]ORGANIZATION helicopters/NNS//helicopter evacuated/VBD//evacuate the/DT wounded/VBN//wound "
                        + "from/IN [Sarajevo]LOCATION ./.",
                "compound 3 2; compound 2 1; nsubj 4 3; root 0 4; obj 4 5; amod 5 6; case 8 7; obl 4 8; punct 4 9", ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("AID", events.get(0).event());
        assertEquals(List.of("IGO"), codes(events.get(0).actor()));
        assertEquals(List.of("BIH"), codes(events.get(0).recipient()));
    }

    @Test
    void aStateCommittedToAnActAgreesToIt() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Vietnam]LOCATION is/VBZ//be committed/VBN//commit to/IN opening/VBG//open up/RP the/DT economy/NN ./.",
                "nsubj:pass 3 1; aux:pass 3 2; root 0 3; mark 5 4; advcl 3 5; compound:prt 5 6; det 8 7; obj 5 8; punct 3 9",
                ""));
        assertEquals(1, events.size(), events.toString());
        assertEquals("AGREE", events.get(0).event());
        assertEquals(List.of("VNM"), codes(events.get(0).actor()));
        // committing an act is no commitment
        assertTrue(code(Parsed.withParse("2000-01-01",
                "[Syria]LOCATION committed/VBD//commit crimes/NNS//crime ./.",
                "nsubj 2 1; root 0 2; obj 2 3; punct 2 4", "")).isEmpty());
    }

    @Test
    void theGoalOfTalksIsNoActOfItsOwn() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Rwanda]LOCATION held/VBD//hold talks/NNS//talk with/IN [Uganda]LOCATION aimed/VBN//aim at/IN ending/VBG//end "
                        + "the/DT war/NN ./.",
                "nsubj 2 1; root 0 2; obj 2 3; case 5 4; nmod 3 5; acl 3 6; mark 8 7; advcl 6 8; det 10 9; obj 8 10; punct 2 11",
                ""));
        assertEquals(List.of("CONSULT"), events.stream().map(Event::event).toList(), events.toString());
    }

    @Test
    void anObjectReadAsTheSubjectOfTheParticipleAfterItIsStillTheObject() {
        // the parser's reading: nsubj(staged, demonstration), dep(prevented, staged)
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Turkish]MISC police/NN//police prevented/VBD//prevent the/DT demonstration/NN//demonstration "
                        + "staged/VBN//stage by/IN students/NNS//student ./.",
                "amod 2 1; nsubj 3 2; root 0 3; det 5 4; nsubj 6 5; dep 3 6; case 8 7; obl 6 8; punct 3 9",
                ""));
        Event e = events.stream().filter(x -> x.event().equals("COERCE")).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("restrict", e.mode());
        assertEquals(List.of("TUR"), codes(e.actor()));
    }

    @Test
    void aDemandThatAProtestVoicesIsPartOfTheProtest() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Algerian]MISC students/NNS//student blocked/VBD//block roads/NNS//road demanding/VBG//demand "
                        + "that/IN the/DT minister/NN//minister resign/VB//resign ./.",
                "amod 2 1; nsubj 3 2; root 0 3; obj 3 4; advcl 3 5; mark 9 6; det 8 7; nsubj 9 8; ccomp 5 9; punct 3 10",
                ""));
        assertEquals(List.of("PROTEST"), events.stream().map(Event::event).toList(), events.toString());
    }

    @Test
    void whatADemandedAdmissionWouldAdmitIsNotReportedAsDone() {
        // the parser's reading leaves the noun's "that" clause unlabelled: dep(admission, murdered)
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Poland]LOCATION demanded/VBD//demand an/DT admission/NN//admission by/IN [Moscow]LOCATION that/IN "
                        + "[Soviet]MISC forces/NNS//force murdered/VBD//murder [Polish]MISC officers/NNS//officer ./.",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; case 6 5; nmod 4 6; mark 10 7; amod 9 8; nsubj 10 9; dep 4 10; "
                        + "amod 12 11; obj 10 12; punct 2 13",
                ""));
        assertEquals(List.of("REQUEST"), events.stream().map(Event::event).toList(), events.toString());
    }

    @Test
    void aVisitAnnouncedForNoDayIsAPromiseAndOneWithADayIsPlanned() {
        List<Event> promised = code(Parsed.withParse("2000-01-01",
                "[Gambia]LOCATION will/MD visit/VB//visit [Senegal]LOCATION ./.",
                "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; punct 3 5", ""));
        assertEquals(List.of("AGREE"), promised.stream().map(Event::event).toList(), promised.toString());
        List<Event> planned = code(Parsed.withParse("2000-01-01",
                "[Gambia]LOCATION will/MD visit/VB//visit [Senegal]LOCATION on/IN Thursday/NNP ./.",
                "nsubj 3 1; aux 3 2; root 0 3; obj 3 4; case 6 5; obl 3 6; punct 3 7", "DATE 2000-01-06 5 6"));
        assertEquals(List.of("CONSULT"), planned.stream().map(Event::event).toList(), planned.toString());
        assertEquals("future", planned.get(0).modality());
    }

    @Test
    void readinessToWithdrawIsAgreementWhereAnAnnouncedWithdrawalIsAConcession() {
        List<Event> willing = code(Parsed.withParse("2000-01-01",
                "[Syria]LOCATION is/VBZ//be willing/JJ//willing to/TO withdraw/VB//withdraw its/PRP$ troops/NNS//troops "
                        + "from/IN [Lebanon]LOCATION ./.",
                "nsubj 3 1; cop 3 2; root 0 3; mark 5 4; xcomp 3 5; nmod:poss 7 6; obj 5 7; case 9 8; obl 5 9; punct 3 10",
                ""));
        assertEquals(List.of("AGREE"), willing.stream().map(Event::event).toList(), willing.toString());
        assertEquals(List.of("LBN"), codes(willing.get(0).recipient()));
        List<Event> announced = code(Parsed.withParse("2000-01-01",
                "[Syria]LOCATION will/MD withdraw/VB//withdraw its/PRP$ troops/NNS//troops from/IN [Lebanon]LOCATION ./.",
                "nsubj 3 1; aux 3 2; root 0 3; nmod:poss 5 4; obj 3 5; case 7 6; obl 3 7; punct 3 8",
                ""));
        assertEquals(List.of("CONCEDE"), announced.stream().map(Event::event).toList(), announced.toString());
    }

    @Test
    void civiliansHeldAsHumanShieldsAreDetained() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[Syrian]MISC army/NN//army held/VBD//hold thousands/NNS//thousand of/IN [Syrian]MISC refugees/NNS//refugee "
                        + "as/IN human/JJ//human shields/NNS//shield ./.",
                "amod 2 1; nsubj 3 2; root 0 3; obj 3 4; case 7 5; amod 7 6; nmod 4 7; case 10 8; amod 10 9; obl 3 10; "
                        + "punct 3 11",
                ""));
        Event e = events.stream().filter(x -> x.event().equals("COERCE")).findFirst()
                .orElseThrow(() -> new AssertionError(events.toString()));
        assertEquals("arrest", e.mode());
        assertEquals(List.of("SYR"), codes(e.actor()));
        assertEquals(List.of("SYR"), codes(e.recipient()), e.toString());
    }

    @Test
    void anOrderToANewspaperToStopPublishingIsCensorshipAndOneToAnEnvoyARequest() {
        List<Event> paper = code(Parsed.withParse("2000-01-01",
                "[Nicaragua]LOCATION ordered/VBD//order the/DT newspaper/NN//newspaper to/TO suspend/VB//suspend "
                        + "publication/NN//publication ./.",
                "nsubj 2 1; root 0 2; det 4 3; obj 2 4; mark 6 5; xcomp 2 6; obj 6 7; punct 2 8", ""));
        assertEquals(List.of("COERCE"), paper.stream().map(Event::event).toList(), paper.toString());
        assertEquals("censor", paper.get(0).mode());
        List<Event> envoy = code(Parsed.withParse("2000-01-01",
                "[Nicaragua]LOCATION ordered/VBD//order the/DT [Cuban]MISC envoy/NN//envoy to/TO leave/VB//leave ./.",
                "nsubj 2 1; root 0 2; det 5 3; amod 5 4; obj 2 5; mark 7 6; xcomp 2 7; punct 2 8", ""));
        assertEquals(List.of("REQUEST"), envoy.stream().map(Event::event).toList(), envoy.toString());
    }

    @Test
    void anActSaidToBeOutOfTheQuestionIsRejected() {
        List<Event> events = code(Parsed.withParse("2000-01-01",
                "[US]LOCATION officials/NNS//official said/VBD//say that/IN lifting/VBG//lift the/DT sanctions/NNS//sanction "
                        + "on/IN [Burma]LOCATION is/VBZ//be out/IN of/IN the/DT question/NN//question ./.",
                "compound 2 1; nsubj 3 2; root 0 3; mark 14 4; csubj 14 5; det 7 6; obj 5 7; case 9 8; nmod 7 9; "
                        + "cop 14 10; case 14 11; case 14 12; det 14 13; ccomp 3 14; punct 3 15",
                ""));
        assertEquals(List.of("REJECT"), events.stream().map(Event::event).toList(), events.toString());
        assertEquals(List.of("USA"), codes(events.get(0).actor()));
        assertEquals(List.of("MMR"), codes(events.get(0).recipient()));
    }

    @Test
    void anArmyPreparingToResumeShellingMobilizesWhereOneReadyToShellThreatens() {
        // the parser's reading hangs the gerund on "resume" as dep
        List<Event> preparing = code(Parsed.withParse("2000-01-01",
                "the/DT [Macedonian]MISC army/NN//army prepared/VBD//prepare to/TO resume/VB//resume shelling/VBG//shell "
                        + "[Albanian]MISC rebels/NNS//rebel ./.",
                "det 3 1; amod 3 2; nsubj 4 3; root 0 4; mark 6 5; xcomp 4 6; dep 6 7; amod 9 8; obj 7 9; punct 4 10", ""));
        assertEquals(List.of("MOBILIZE"), preparing.stream().map(Event::event).toList(), preparing.toString());
        assertEquals(List.of("MKD"), codes(preparing.get(0).actor()));
        List<Event> ready = code(Parsed.withParse("2000-01-01",
                "the/DT [Macedonian]MISC army/NN//army is/VBZ//be prepared/VBN//prepare to/TO shell/VB//shell "
                        + "[Albanian]MISC rebels/NNS//rebel ./.",
                "det 3 1; amod 3 2; nsubj 5 3; cop 5 4; root 0 5; mark 7 6; xcomp 5 7; amod 9 8; obj 7 9; punct 5 10", ""));
        assertTrue(ready.stream().noneMatch(x -> x.event().equals("MOBILIZE")), ready.toString());
    }

    @Test
    void aUsersLexiconTriggerIsACandidateTheModelTakes() throws java.io.IOException {
        // a word no built-in lexicon or the CAMEO dictionary knows: no event without the user's trigger line
        ParsedArticle p = Parsed.withParse("2000-01-01", "[Russia]LOCATION blorked/VBD//blork [Ukraine]LOCATION ./.",
                "nsubj 2 1; root 0 2; obj 2 3; punct 2 4", "");
        assertTrue(code(p).isEmpty(), code(p).toString());
        java.nio.file.Path file = java.nio.file.Files.createTempFile("lexicon", ".tsv");
        try {
            java.nio.file.Files.writeString(file, "# source: a test\ntrigger\tASSAULT\tblork\tV\t\tobj\t\t\n");
            EventCoder coder = new EventCoder(Triggers.withUserFiles(List.of(file)), Lexicon.builtIn(), Gazetteer.builtIn());
            List<Event> events = coder.code(p, ACTORS.resolve(p));
            assertEquals(1, events.size(), events.toString());
            assertEquals("ASSAULT", events.get(0).event());
            assertEquals(List.of("RUS"), codes(events.get(0).actor()));
            assertEquals(List.of("UKR"), codes(events.get(0).recipient()));
            assertTrue(events.get(0).decidedBy().model() != null, events.get(0).decidedBy().toString());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
