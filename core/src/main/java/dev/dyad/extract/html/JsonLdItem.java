package dev.dyad.extract.html;

import java.util.List;

/**
 * One schema.org node of a page's JSON-LD, with the fields dyad reads, as the page wrote them (entities
 * decoded, white space collapsed; dates not yet parsed). Any field may be null.
 *
 * @param kind          what the node is to dyad: article, page or work (see {@code meta-jsonld-types.tsv})
 * @param headline      the headline (or, lacking one, the name)
 * @param authors       the authors, people and organisations, in the node's order
 * @param datePublished the publication date as written
 * @param dateCreated   the creation date as written
 * @param dateModified  the last revision date as written
 * @param description   the description
 * @param articleBody   the article text, tags removed
 * @param url           the node's url or {@code mainEntityOfPage}
 * @param language      {@code inLanguage}
 * @param publisher     the publisher's name
 */
public record JsonLdItem(String kind, String headline, List<JsonLdAuthor> authors, String datePublished,
                         String dateCreated, String dateModified, String description, String articleBody,
                         String url, String language, String publisher) {
    public JsonLdItem {
        authors = List.copyOf(authors == null ? List.of() : authors);
    }

    /**
     * One author as JSON-LD names it.
     *
     * @param name         the name as written (may hold several people: "A and B")
     * @param organization true when the node is typed as an organisation rather than a person
     */
    public record JsonLdAuthor(String name, boolean organization) {
        public JsonLdAuthor {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("author without a name");
            }
        }
    }
}
