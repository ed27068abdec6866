package dev.dyad.extract.html;

import dev.dyad.text.Whitespace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags, read once: every value by key (the tag's {@code property}, {@code name},
 * {@code itemprop} or {@code http-equiv}, lower-cased), in page order, plus the canonical link. Only
 * {@code <meta>} elements that carry a {@code content} are read, so microdata inside the body counts too.
 */
final class MetaTags {
    private final Map<String, List<String>> values;
    private final String canonical;

    private MetaTags(Map<String, List<String>> values, String canonical) {
        this.values = values;
        this.canonical = canonical;
    }

    static MetaTags read(Document page) {
        Map<String, List<String>> values = new HashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            if (!meta.hasAttr("content")) {
                continue;
            }
            String content = Whitespace.line(meta.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(attr).trim().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    // a few pages list several properties in one attribute ("og:title twitter:title")
                    for (String k : key.split("\\s+")) {
                        values.computeIfAbsent(k, x -> new ArrayList<>(1)).add(content);
                    }
                }
            }
        }
        String canonical = null;
        for (Element link : page.getElementsByTag("link")) {
            if (link.attr("rel").toLowerCase(Locale.ROOT).contains("canonical") && !link.attr("href").isBlank()) {
                canonical = link.absUrl("href").isEmpty() ? link.attr("href").trim() : link.absUrl("href");
                break;
            }
        }
        return new MetaTags(values, canonical);
    }

    /** The first value of a key, or null. */
    String first(String key) {
        List<String> v = values.get(key);
        return v == null ? null : v.get(0);
    }

    /** Every value of every key of a field ({@code meta-keys.tsv}), keys in order of trust. */
    List<String> field(String field) {
        List<String> out = new ArrayList<>();
        for (String key : MetaLexicon.KEYS.get(field)) {
            List<String> v = values.get(key);
            if (v != null) {
                out.addAll(v);
            }
        }
        return out;
    }

    /** The first value of a field, or null. */
    String firstOf(String field) {
        for (String key : MetaLexicon.KEYS.get(field)) {
            List<String> v = values.get(key);
            if (v != null) {
                return v.get(0);
            }
        }
        return null;
    }

    String canonical() {
        return canonical;
    }
}
