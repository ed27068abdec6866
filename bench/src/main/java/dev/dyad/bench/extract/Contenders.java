package dev.dyad.bench.extract;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.dyad.extract.HtmlArticleExtractor;
import dev.dyad.model.Article;
import net.dankito.readability4j.Readability4J;

/**
 * The three extractors under comparison, each doing its whole job on an already decoded page:
 * dyad parses and reads metadata and body ({@link dev.dyad.pipeline.ExtractionStage} without its
 * decoding), Readability4J parses and grabs the article, boilerpipe parses and classifies text blocks.
 * The comparison libraries stay inside this class and the benchmark. Thread-safe.
 */
final class Contenders {
    /** The tools in the order the report lists them; the names are the benchmark methods'. */
    static final String DYAD = "dyad";
    static final String READABILITY4J = "readability4j";
    static final String BOILERPIPE = "boilerpipe";

    private Contenders() {
    }

    static Article dyad(HtmlArticleExtractor extractor, Page page) {
        return extractor.extract(page.document(), page.html());
    }

    static net.dankito.readability4j.Article readability4j(Page page) {
        return new Readability4J(page.url(), page.html()).parse();
    }

    static String boilerpipe(Page page) throws BoilerpipeProcessingException {
        return ArticleExtractor.INSTANCE.getText(page.html());
    }
}
