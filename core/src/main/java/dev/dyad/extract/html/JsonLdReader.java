package dev.dyad.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.dyad.extract.html.JsonLdItem.JsonLdAuthor;
import dev.dyad.text.Whitespace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the schema.org JSON-LD blocks of a page ({@code <script type="application/ld+json">}) and picks
 * the node that stands for the page's article. Nodes are found at the top level, in arrays, inside
 * {@code @graph} and nested in other nodes; authors given as {@code {"@id": ...}} are looked up among
 * the page's nodes.
 *
 * <p>Pages often carry broken JSON (raw line breaks inside strings, comments, trailing commas, a missing
 * comma between members, several objects in one block): the reader is lenient, repairs what it safely
 * can, and skips a block it cannot read. It never throws. Stateless and thread-safe.
 */
public final class JsonLdReader {
    /** Lenient parsing: the forms of broken JSON that pages commonly ship. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();
    /** A value's end, a line break, then a member's name: a comma was left out between members. */
    private static final Pattern MISSING_COMMA = Pattern.compile("([\"}\\]]|\\d|true|false|null)([ \\t]*\\r?\\n\\s*\")");
    /** Blocks larger than this are not read: no metadata block is that big, and parsing costs time. */
    private static final int MAX_BLOCK = 2_000_000;
    private static final int MAX_DEPTH = 40;
    /** An entity left whole after one decoding: the page encoded it twice ("&amp;#8230;"). */
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

    private JsonLdReader() {
    }

    /** Reads every JSON-LD block of the page. */
    public static JsonLdPage read(Document page) {
        List<String> blocks = new ArrayList<>();
        for (Element script : page.getElementsByTag("script")) {
            String type = script.attr("type").trim().toLowerCase(Locale.ROOT);
            if (type.startsWith("application/ld+json")) {
                blocks.add(script.data());
            }
        }
        return read(blocks);
    }

    /** Reads JSON-LD blocks given as text. */
    public static JsonLdPage read(List<String> blocks) {
        List<Found> nodes = new ArrayList<>();
        Map<String, JsonNode> ids = new HashMap<>();
        for (String block : blocks) {
            for (JsonNode root : parse(block)) {
                collect(root, 0, 0, nodes, ids);
            }
        }
        if (nodes.isEmpty()) {
            return JsonLdPage.EMPTY;
        }
        Found article = null;
        int best = -1;
        Found pageNode = null;
        Found work = null;
        List<String> sites = new ArrayList<>();
        for (Found f : nodes) {
            switch (f.kind) {
                case "article" -> {
                    int score = (f.level == 0 ? 4 : 0) + has(f.node, "headline") + 2 * has(f.node, "author")
                            + 2 * has(f.node, "datePublished") + 2 * has(f.node, "articleBody");
                    if (score > best) {
                        best = score;
                        article = f;
                    }
                }
                case "page" -> {
                    if (pageNode == null || pageNode.level > 0 && f.level == 0) {
                        pageNode = f;
                    }
                }
                case "work" -> {
                    if (work == null || work.level > 0 && f.level == 0) {
                        work = f;
                    }
                }
                case "site" -> addName(sites, text(f.node, "name"));
                default -> {
                }
            }
            JsonNode publisher = resolve(f.node.get("publisher"), ids);
            if (publisher != null) {
                addName(sites, text(publisher, "name"));
            }
        }
        Found main = article != null ? article : pageNode != null ? pageNode : work;
        return new JsonLdPage(main == null ? null : item(main, ids),
                pageNode == null || pageNode == main ? null : item(pageNode, ids), sites);
    }

    private record Found(JsonNode node, String kind, int level) {
    }

    /** The values a block holds; empty when it cannot be read even after repair. */
    static List<JsonNode> parse(String block) {
        if (block == null || block.isBlank() || block.length() > MAX_BLOCK) {
            return List.of();
        }
        String s = block.strip();
        // some pages wrap the JSON in an HTML comment or CDATA section
        if (s.startsWith("<!--")) {
            s = s.substring(4);
            s = s.endsWith("-->") ? s.substring(0, s.length() - 3) : s;
        }
        if (s.startsWith("//<![CDATA[") || s.startsWith("<![CDATA[")) {
            s = s.substring(s.indexOf('[', 3) + 1);
            int end = s.lastIndexOf("]]>");
            s = end >= 0 ? s.substring(0, end).replaceAll("//\\s*$", "") : s;
        }
        s = s.strip();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1);
        }
        List<JsonNode> values = values(s);
        if (values != null) {
            return values;
        }
        values = values(MISSING_COMMA.matcher(s).replaceAll("$1,$2"));
        return values == null ? List.of() : values;
    }

    /** Every top-level value of the text (pages sometimes put several objects in one block), or null. */
    private static List<JsonNode> values(String s) {
        List<JsonNode> out = new ArrayList<>();
        try (JsonParser p = JSON.createParser(s); MappingIterator<JsonNode> it = JSON.readValues(p, JsonNode.class)) {
            while (it.hasNextValue()) {
                out.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            // a broken block; what was read before the break is still good
            return out.isEmpty() ? null : out;
        }
        return out;
    }

    private static void collect(JsonNode n, int depth, int level, List<Found> out, Map<String, JsonNode> ids) {
        if (n == null || depth > MAX_DEPTH) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode child : n) {
                collect(child, depth + 1, level, out, ids);
            }
            return;
        }
        if (!n.isObject()) {
            return;
        }
        String id = n.path("@id").isTextual() ? n.get("@id").asText() : null;
        if (id != null && n.size() > 1) {
            ids.putIfAbsent(id, n);
        }
        String kind = kind(n.get("@type"));
        int inner = level;
        if (kind != null) {
            out.add(new Found(n, kind, level));
            inner = level + 1;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isContainerNode()) {
                // @graph members are top-level nodes, whatever object holds the graph
                collect(v, depth + 1, e.getKey().equals("@graph") ? level : inner, out, ids);
            }
        }
    }

    /** The dyad kind of a node's {@code @type} (a name or a list of names); the most useful wins. */
    private static String kind(JsonNode type) {
        if (type == null) {
            return null;
        }
        String best = null;
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (!t.isTextual()) {
                continue;
            }
            String name = t.asText().trim();
            int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf(':'));
            String k = MetaLexicon.TYPES.get(name.substring(slash + 1).toLowerCase(Locale.ROOT));
            if (k != null && (best == null || rank(k) < rank(best))) {
                best = k;
            }
        }
        return best;
    }

    private static int rank(String kind) {
        return switch (kind) {
            case "article" -> 0;
            case "page" -> 1;
            case "work" -> 2;
            case "site" -> 3;
            case "person" -> 4;
            default -> 5;
        };
    }

    private static JsonLdItem item(Found f, Map<String, JsonNode> ids) {
        JsonNode n = f.node;
        String headline = text(n, "headline");
        if (headline == null) {
            headline = text(n, "name");
        }
        List<JsonLdAuthor> authors = new ArrayList<>();
        authors(n.get("author"), ids, authors, 0);
        if (authors.isEmpty()) {
            authors(n.get("creator"), ids, authors, 0);
        }
        String url = text(n, "url");
        if (url == null) {
            JsonNode main = n.get("mainEntityOfPage");
            url = main == null ? null : main.isTextual() ? clean(main.asText()) : text(main, "@id");
        }
        JsonNode publisher = resolve(n.get("publisher"), ids);
        JsonNode language = n.get("inLanguage");
        String lang = language == null ? null : language.isTextual() ? clean(language.asText()) : text(language, "name");
        return new JsonLdItem(f.kind, headline, authors, text(n, "datePublished"), text(n, "dateCreated"),
                text(n, "dateModified"), text(n, "description"), body(n.get("articleBody")), url, lang,
                publisher == null ? null : text(publisher, "name"));
    }

    private static void authors(JsonNode a, Map<String, JsonNode> ids, List<JsonLdAuthor> out, int depth) {
        if (a == null || depth > 3) {
            return;
        }
        if (a.isArray()) {
            for (JsonNode x : a) {
                authors(x, ids, out, depth + 1);
            }
            return;
        }
        if (a.isTextual()) {
            String name = clean(a.asText());
            if (name != null) {
                out.add(new JsonLdAuthor(name, false));
            }
            return;
        }
        JsonNode node = resolve(a, ids);
        if (node == null || !node.isObject()) {
            return;
        }
        String name = text(node, "name");
        if (name == null) {
            String given = text(node, "givenName");
            String family = text(node, "familyName");
            name = given == null ? family : family == null ? given : given + " " + family;
        }
        if (name != null) {
            out.add(new JsonLdAuthor(name, "organization".equals(kind(node.get("@type")))));
        }
    }

    /** The node itself, or the node its {@code @id} names when it is a bare reference. */
    private static JsonNode resolve(JsonNode n, Map<String, JsonNode> ids) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : resolve(n.get(0), ids);
        }
        if (n.isObject() && n.size() == 1 && n.path("@id").isTextual()) {
            return ids.get(n.get("@id").asText());
        }
        return n.isObject() ? n : null;
    }

    private static int has(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isTextual() && v.asText().isBlank() ? 0 : 1;
    }

    private static void addName(List<String> names, String name) {
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    /** A field's text: a string, the first string of a list, or an object's {@code @value}. */
    static String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(field);
        if (v != null && v.isArray()) {
            v = v.isEmpty() ? null : v.get(0);
        }
        if (v != null && v.isObject()) {
            v = v.get("@value");
        }
        return v == null || !v.isValueNode() || v.isNull() ? null : clean(v.asText());
    }

    /**
     * Decodes entities (pages often encode them into JSON, some twice: "&amp;#8230;") and collapses white
     * space.
     */
    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s;
        if (t.indexOf('&') >= 0) {
            t = Parser.unescapeEntities(t, false);
            if (ENTITY.matcher(t).find()) {
                t = Parser.unescapeEntities(t, false);
            }
        }
        t = Whitespace.line(t);
        return t.isEmpty() ? null : t;
    }

    /** The article body as plain text, paragraphs kept; markup inside the JSON string is removed. */
    private static String body(JsonNode n) {
        if (n == null || !n.isTextual()) {
            return null;
        }
        String s = n.asText();
        if (s.indexOf('<') >= 0 && s.indexOf('>') >= 0) {
            Document d = Jsoup.parseBodyFragment(s);
            StringBuilder b = new StringBuilder();
            for (Element block : d.body().select("p, h2, h3, h4, li, blockquote")) {
                String t = Whitespace.line(block.text());
                if (!t.isEmpty() && block.parents().stream().noneMatch(p -> p.is("p, li, blockquote"))) {
                    b.append(b.length() == 0 ? "" : "\n\n").append(t);
                }
            }
            s = b.length() > 0 ? b.toString() : d.body().text();
        } else if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        String t = Whitespace.lines(s).strip();
        return t.isEmpty() ? null : t;
    }
}
