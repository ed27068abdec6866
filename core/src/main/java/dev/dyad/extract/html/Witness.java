package dev.dyad.extract.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyad.text.Whitespace;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text as a page's structured data states it (JSON-LD {@code articleBody}), used to
 * vouch for blocks of the page rather than as the body itself: structured data is often cut short,
 * stripped of headings, or stale. Blocks are compared by word trigrams. Immutable once built.
 */
final class Witness {
    /** Shortest structured-data body worth trusting: shorter ones are teasers. */
    private static final int MIN_CHARS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    static final Witness NONE = new Witness(Set.of(), 0);

    private final Set<Long> trigrams;
    private final int chars;

    private Witness(Set<Long> trigrams, int chars) {
        this.trigrams = trigrams;
        this.chars = chars;
    }

    /** The witness from {@code stated} when given, else from the page's JSON-LD; {@link #NONE} when neither has one. */
    static Witness of(Document page, String stated) {
        String body = text(page, stated);
        if (body == null) {
            return NONE;
        }
        Set<Long> grams = new HashSet<>();
        long[] ring = new long[3];
        int[] n = {0};
        Words.each(body, h -> {
            ring[n[0] % 3] = h;
            n[0]++;
            if (n[0] >= 3) {
                grams.add(gram(ring, n[0]));
            }
        });
        return new Witness(grams, body.length());
    }

    /**
     * The stated body as one line of text: {@code stated} when given, else the page's JSON-LD
     * {@code articleBody}, markup removed; null when neither has one of {@link #MIN_CHARS} characters.
     */
    static String text(Document page, String stated) {
        String body = stated;
        if (body == null || body.isBlank()) {
            body = fromJsonLd(page);
        }
        if (body == null) {
            return null;
        }
        if (body.indexOf('<') >= 0) {
            // some sites put the body's HTML into the JSON string
            body = Jsoup.parseBodyFragment(body).text();
        }
        body = Whitespace.line(body);
        return body.length() < MIN_CHARS ? null : body;
    }

    boolean present() {
        return chars > 0;
    }

    /** Length of the stated body in characters. */
    int chars() {
        return chars;
    }

    /** Share of the text's word trigrams that the stated body has; -1 when there is no witness or too few words. */
    double coverage(String text) {
        if (chars == 0) {
            return -1;
        }
        long[] ring = new long[3];
        int[] n = {0, 0};
        Words.each(text, h -> {
            ring[n[0] % 3] = h;
            n[0]++;
            if (n[0] >= 3 && trigrams.contains(gram(ring, n[0]))) {
                n[1]++;
            }
        });
        return n[0] < 3 ? -1 : n[1] / (double) (n[0] - 2);
    }

    private static long gram(long[] ring, int n) {
        long a = ring[n % 3];
        long b = ring[(n + 1) % 3];
        long c = ring[(n + 2) % 3];
        return (a * 31 + b) * 1_000_003L + c;
    }

    private static String fromJsonLd(Document page) {
        String best = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (json.indexOf("articleBody") < 0) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(json);
            } catch (JsonProcessingException | RuntimeException e) {
                continue; // broken structured data is common and says nothing
            }
            String found = longestBody(root);
            if (found != null && (best == null || found.length() > best.length())) {
                best = found;
            }
        }
        return best;
    }

    /** The longest string value of an {@code articleBody} key anywhere in the tree (walked without recursion). */
    private static String longestBody(JsonNode root) {
        String best = null;
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isArray()) {
                node.forEach(todo::push);
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    JsonNode v = field.getValue();
                    if (field.getKey().equals("articleBody") && v.isTextual()) {
                        if (best == null || v.textValue().length() > best.length()) {
                            best = v.textValue();
                        }
                    } else if (v.isContainerNode()) {
                        todo.push(v);
                    }
                }
            }
        }
        return best;
    }
}
