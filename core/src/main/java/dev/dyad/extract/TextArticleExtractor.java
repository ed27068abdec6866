package dev.dyad.extract;

import dev.dyad.model.Article;
import dev.dyad.model.RawDocument;
import dev.dyad.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/** Extracts an article from a page flattened to plain text. */
public final class TextArticleExtractor implements ArticleExtractor {
    @Override
    public Article extract(RawDocument doc, String text) {
        String[] lines = Whitespace.lines(text).split("\n");
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (title == null) {
                title = line;
                continue;
            }
            if (line.split(" ").length >= 12 && line.matches(".*[.!?\"”’]$")) {
                paragraphs.add(line);
            }
        }
        String hintTitle = doc.hints().title();
        return new Article(doc.source(), hintTitle != null ? hintTitle : title, null, List.of(),
                doc.hints().published(), null, doc.hints().url(), paragraphs, List.of());
    }
}
