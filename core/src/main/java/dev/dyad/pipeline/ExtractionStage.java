package dev.dyad.pipeline;

import dev.dyad.extract.ArticleExtractor;
import dev.dyad.extract.HtmlArticleExtractor;
import dev.dyad.extract.TextArticleExtractor;
import dev.dyad.ingest.TextDecoder;
import dev.dyad.model.Article;
import dev.dyad.model.Extraction;
import dev.dyad.model.MediaType;
import dev.dyad.model.RawDocument;
import dev.dyad.model.Rejection;

/**
 * Decode, then extract with the extractor for the document's media type. Every failure of one
 * document, including a page too deep for the parser's stack, becomes a {@link Rejection} so the
 * batch goes on. Thread-safe.
 */
public final class ExtractionStage {
    private final TextDecoder decoder = new TextDecoder();
    private final ArticleExtractor text;
    private final ArticleExtractor html;

    public ExtractionStage() {
        this(new TextArticleExtractor(), new HtmlArticleExtractor());
    }

    public ExtractionStage(ArticleExtractor text, ArticleExtractor html) {
        this.text = text;
        this.html = html;
    }

    public Extraction process(RawDocument doc) {
        TextDecoder.Decoded decoded = decoder.decode(doc);
        if (decoded.rejection() != null) {
            return Extraction.rejected(doc.source(), decoded.rejection());
        }
        try {
            ArticleExtractor extractor = doc.type() == MediaType.HTML ? html : text;
            Article article = extractor.extract(doc, decoded.text());
            if (article.paragraphs().isEmpty() && (article.title() == null
                    || doc.type() == MediaType.HTML && HtmlArticleExtractor.showsOnlyHeadline(decoded.text(), article.title()))) {
                // a page of scripts, a bare navigation page, a headline over an embedded frame or empty
                // paragraphs: say so rather than write an empty article (a page with text the extractor
                // could not place keeps its headline; a text of one line is its own headline)
                return Extraction.rejected(doc.source(), new Rejection("no_article", "no article text found in the page"));
            }
            return Extraction.of(article);
        } catch (StackOverflowError e) {
            return Extraction.rejected(doc.source(), new Rejection("too_complex", "page structure too deeply nested to read"));
        } catch (TooComplexException e) {
            return Extraction.rejected(doc.source(), new Rejection("too_complex", e.getMessage()));
        } catch (RuntimeException e) {
            return Extraction.rejected(doc.source(), new Rejection("internal",
                    "extraction failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }
}
