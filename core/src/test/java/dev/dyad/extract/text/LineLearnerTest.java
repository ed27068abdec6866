package dev.dyad.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LineLearnerTest {
    @Test
    void flattensBlocksToLinesAndParagraphsToRuns() {
        String html = "<html><head><title>Bridge to close</title><script>var x = 1;</script></head><body>"
                + "<nav><ul><li><a href=/>Home</a></li><li>World</li></ul></nav>"
                + "<h1>Bridge to close</h1><p>The council voted <b>on Tuesday</b> to close it.</p>"
                + "<p>Repairs begin<br>next spring.</p><style>p{}</style></body></html>";
        assertEquals("Bridge to close\n\nHome\nWorld\n\nBridge to close\n\nThe council voted on Tuesday to close it.\n\n"
                + "Repairs begin\nnext spring.\n\n", LineLearner.flatten(Jsoup.parse(html)));
    }
}
