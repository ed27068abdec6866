package dev.dyad.extract.html;

import java.util.List;

/**
 * What a page's JSON-LD blocks say, reduced to what dyad uses: the main article (or, lacking one, the
 * web page or other creative work the page presents) and the names the site goes by.
 *
 * @param main      the article node that best stands for the page, else the page or work node; null when none
 * @param page      the web page node, a second witness for dates and authors; null when none
 * @param siteNames names of the web site and of the publisher, in the order met
 */
public record JsonLdPage(JsonLdItem main, JsonLdItem page, List<String> siteNames) {
    /** A page without usable JSON-LD. */
    public static final JsonLdPage EMPTY = new JsonLdPage(null, null, List.of());

    public JsonLdPage {
        siteNames = List.copyOf(siteNames == null ? List.of() : siteNames);
    }
}
