package dev.dyad.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetaNamesTest {
    @Test
    void dropsLeadWordsRolesAndDates() {
        assertEquals(List.of("Jane Doe"), MetaNames.parse("By Jane Doe, Senior Editor | March 3, 2024"));
        assertEquals(List.of("Jane Doe"), MetaNames.parse("Written by: Jane Doe"));
    }

    @Test
    void dropsTheWordThatLeadsToTheDate() {
        assertEquals(List.of("Dana Holt"), MetaNames.parse("Posted by Dana Holt at December 16, 2025 11:15 AM"));
        assertEquals(List.of("Dana Holt"), MetaNames.parse("By Dana Holt on March 3, 2024"));
    }

    @Test
    void splitsListsOfPeople() {
        assertEquals(List.of("Rosa Vidal", "Tomas Berg"),
                MetaNames.parse("Rosa Vidal and Tomas Berg, The Harbour Gazette"));
        assertEquals(List.of("Ann Lee", "Bo Chen"), MetaNames.parse("Ann Lee; Bo Chen"));
    }

    @Test
    void dropsCredentialsAfterComma() {
        assertEquals(List.of("Lena Ortiz"), MetaNames.parse("Lena Ortiz, MS, RD, CSSD"));
        assertEquals(List.of("Omar Haddad"), MetaNames.parse("Omar Haddad, Ph.D."));
    }

    @Test
    void keepsCompanyNameAfterDashOnlyWhenNoRole() {
        assertEquals(List.of("Nina Park"), MetaNames.parse("Nina Park - Brightline Editorial Team"));
    }

    @Test
    void rejectsLinksHandlesAndLabels() {
        assertEquals(List.of(), MetaNames.parse("https://www.facebook.com/someone"));
        assertEquals(List.of(), MetaNames.parse("@handle"));
        assertEquals(List.of(), MetaNames.parse("Member Login"));
        assertEquals(List.of(), MetaNames.parse("Posted in Politics, World"));
        assertEquals(List.of(), MetaNames.parse("Staff Writer"));
    }

    @Test
    void cutsWhatFollowsTheName() {
        assertEquals(List.of("QuillFox"), MetaNames.parse("QuillFox on Monday March 4, 2024 @09:00AM"));
        assertEquals(List.of("Tales in the Attic"), MetaNames.parse("Tales in the Attic"));
    }

    @Test
    void linesOfABylineBlockAreSeparateParts() {
        assertEquals(List.of("Pavel Novak"), MetaNames.parse("Pavel Novak\nSenior Reporter"));
    }

    @Test
    void personLikeScores() {
        assertEquals(2, MetaNames.personLike("Elsa van der Berg"));
        assertEquals(1, MetaNames.personLike("pnovak"));
        assertEquals(0, MetaNames.personLike(" "));
    }
}
