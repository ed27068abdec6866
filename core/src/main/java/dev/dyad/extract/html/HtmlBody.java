package dev.dyad.extract.html;

import dev.dyad.model.RemovedBlock;
import java.util.List;

/** The article's body found in a page: paragraphs (and headings) in reading order, and what was dropped. */
public record HtmlBody(List<String> paragraphs, List<RemovedBlock> removed) {
    public HtmlBody {
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
    }
}
