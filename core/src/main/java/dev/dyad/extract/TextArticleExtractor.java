package dev.dyad.extract;

import dev.dyad.extract.text.Cues;
import dev.dyad.extract.text.PageReader;
import dev.dyad.model.Article;
import dev.dyad.model.RawDocument;
import dev.dyad.text.DateParser;
import dev.dyad.text.Languages;

/**
 * Extracts an article from a page flattened to plain text: navigation, menus, related links and
 * footers arrive as lines among the article's paragraphs, and {@link PageReader} tells them apart.
 *
 * <p>A title or publication date given by the input ({@code doc.hints()}) wins over what the page
 * says. Immutable and thread-safe: the cues are loaded once and each call reads with its own
 * {@link PageReader}. Never throws on odd text; a page without prose gives an article without
 * paragraphs.
 */
public final class TextArticleExtractor implements ArticleExtractor {
    private final Cues cues;

    public TextArticleExtractor() {
        this(Cues.standard());
    }

    public TextArticleExtractor(Cues cues) {
        this.cues = cues;
    }

    @Override
    public Article extract(RawDocument doc, String text) {
        PageReader.Reading r = new PageReader(text, cues).read();
        String title = doc.hints().title() != null ? doc.hints().title() : r.title();
        java.util.List<String> paragraphs = r.paragraphs();
        if (r.title() != null && readsAsSentence(r.title()) && !paragraphs.contains(r.title())) {
            // headlines do not end in a full stop: a long first line that does is the text's first
            // paragraph (a JSON Lines record of body text, a one-sentence report)
            java.util.List<String> all = new java.util.ArrayList<>();
            all.add(r.title());
            all.addAll(paragraphs);
            paragraphs = all;
            title = doc.hints().title();
        }
        String published = r.published();
        if (doc.hints().published() != null) {
            published = DateParser.find(doc.hints().published()).orElse(published);
        }
        if (published == null) {
            published = WireDateline.date(paragraphs).orElse(null);
        }
        String language = Languages.guess(String.join("\n", paragraphs), null);
        return new Article(doc.source(), title, r.subtitle(), r.authors(), published, language, doc.hints().url(),
                paragraphs, r.removed());
    }

    private static boolean readsAsSentence(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.split("\\s+").length < 12) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || ((last == '"' || last == '\u201D') && t.length() > 2
                && ".!?".indexOf(t.charAt(t.length() - 2)) >= 0);
    }
}
