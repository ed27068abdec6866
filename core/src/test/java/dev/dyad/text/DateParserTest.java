package dev.dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Wednesday 30 May 2018 08:57 BST | 2018-05-30T08:57:00+01:00",
        "Nov 19, 2019, 10:31 pm CST | 2019-11-19T22:31:00-06:00",
        "2018-05-30T08:57:00Z | 2018-05-30T08:57:00Z",
        "2018-05-30T08:57:00.123+0200 | 2018-05-30T08:57:00+02:00",
        "2018-05-30 | 2018-05-30",
        "Posted: June 7, 2018 | 2018-06-07",
        "Wed, 30 May 2018 08:57:00 GMT | 2018-05-30T08:57:00Z",
        "Updated 12:30 p.m. ET | ",
        "January 15, 2019 9:00 AM ET | 2019-01-15T09:00:00-05:00",
        "July 15, 2019 9:00 AM ET | 2019-07-15T09:00:00-04:00",
        "30.05.2018 | 2018-05-30",
        "05/30/2018 | 2018-05-30",
        "31 February 2018 | ",
        "1st of June 2020 | 2020-06-01",
        "no date here | ",
    })
    void readsTheFormsPagesUse(String text, String expected) {
        assertEquals(Optional.ofNullable(expected), DateParser.find(text));
    }
}
