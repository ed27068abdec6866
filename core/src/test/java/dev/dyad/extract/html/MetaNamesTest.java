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
    void splitsListsOfPeople() {
        assertEquals(List.of("Manoj Jain", "Jagpreet Chhatwal"),
                MetaNames.parse("Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal"));
        assertEquals(List.of("Ann Lee", "Bo Chen"), MetaNames.parse("Ann Lee; Bo Chen"));
    }

    @Test
    void dropsCredentialsAfterComma() {
        assertEquals(List.of("Dylan Bailey"), MetaNames.parse("Dylan Bailey, MS, RD, FAND"));
        assertEquals(List.of("Genevieve Carlton"), MetaNames.parse("Genevieve Carlton, Ph.D."));
    }

    @Test
    void keepsCompanyNameAfterDashOnlyWhenNoRole() {
        assertEquals(List.of("David Jackson"), MetaNames.parse("David Jackson - FullStack Editorial Team"));
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
        assertEquals(List.of("BeauHD"), MetaNames.parse("BeauHD on Friday December 19, 2025 @08:00PM"));
        assertEquals(List.of("Human in the Loop"), MetaNames.parse("Human in the Loop"));
    }

    @Test
    void linesOfABylineBlockAreSeparateParts() {
        assertEquals(List.of("Brian Truitt"), MetaNames.parse("Brian Truitt\nSenior Reporter"));
    }

    @Test
    void personLikeScores() {
        assertEquals(2, MetaNames.personLike("Marna van der Merwe"));
        assertEquals(1, MetaNames.personLike("jsteinhardt"));
        assertEquals(0, MetaNames.personLike(" "));
    }
}
