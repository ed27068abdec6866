package dev.dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFileTest {
    private static List<DataFile.Line> parse(String text, int min, int max) throws IOException {
        return DataFile.parse("cues.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), min, max);
    }

    @Test
    void readsEntriesSkippingCommentsAndBlankLines() throws IOException {
        List<DataFile.Line> lines = parse("# source: test\n\nBST\t+01:00\n# note\nGMT\t+00:00\n", 2, 2);
        assertEquals(2, lines.size());
        assertEquals("GMT", lines.get(1).field(0));
        assertEquals(5, lines.get(1).number());
    }

    @Test
    void rejectsAWrongFieldCountWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("# source: test\nBST\t+01:00\nGMT\n", 2, 2));
        assertTrue(e.getMessage().startsWith("cues.tsv:3:"), e.getMessage());
    }

    @Test
    void rejectsAnEmptyRequiredField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("# source: test\n\t+01:00\n", 2, 2));
        assertTrue(e.getMessage().contains("cues.tsv:2: field 1 is empty"), e.getMessage());
    }

    @Test
    void requiresASourceLineAndEntries() {
        assertThrows(IllegalArgumentException.class, () -> parse("BST\t+01:00\n", 2, 2));
        assertThrows(IllegalArgumentException.class, () -> parse("# source: test\n", 2, 2));
    }

    @Test
    void builtInDataFilesLoad() {
        assertTrue(DateParser.offset("BST", java.time.LocalDateTime.of(2018, 5, 30, 8, 57)).isPresent());
        assertEquals("en", Languages.guess("The ministers met in the capital and they said that the talks were "
                + "useful for both of their countries.", null));
    }
}
