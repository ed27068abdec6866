package dev.dyad.app.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.json.Records;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser (Debian's chromium, headless) against the fixture server: the events
 * page with its timeline, filtering the table, brushing dates, an event with its evidence highlighted in
 * its article, the network, the analyze page, and hostile article text that must stay inert. One
 * browser for the whole class; screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static ChromeDriver browser;
    private static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        String missing = Browser.missing();
        Assumptions.assumeTrue(missing == null, "browser tests skipped: " + missing);
        web = WebFixture.get();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Waits for a condition; on timeout the failure carries what the browser's console said. */
    private static Waiter waiting() {
        return new Waiter();
    }

    static final class Waiter {
        <T> T until(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
            try {
                return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("timed out on " + browser.getCurrentUrl() + "; console: "
                        + Browser.console(browser), e);
            }
        }
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(web.uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return Records.mapper().readTree(r.body());
    }

    private static void assertNoScriptRan() {
        assertNull(browser.executeScript("return window.dyadPwned === undefined ? null : window.dyadPwned;"),
                "a payload from the article ran");
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#events tbody tr.event-row"));
    }

    @Test
    @Order(1)
    void eventsPageDrawsTheTimelineAndFiltersTheTable() throws Exception {
        browser.get(web.uri("/").toString());
        waiting().until(d -> "true".equals(d.findElement(By.id("timeline")).getDomAttribute("data-drawn")));
        assertFalse(browser.findElements(By.cssSelector("#timeline canvas")).isEmpty(), "the timeline is drawn");
        waiting().until(d -> !rows().isEmpty());
        long total = api("/api/events").get("total").asLong();
        assertEquals(Math.min(50, total), rows().size());
        System.out.println("events page: " + Browser.timing(browser) + " ms after navigation start (load, DOM ready)");
        List<String> console = Browser.console(browser);
        assertTrue(console.stream().noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused")),
                "the page keeps to its own security policy: " + console);
        Browser.screenshot(browser, "events");

        WebElement actor = browser.findElement(By.name("actor"));
        actor.sendKeys("PRK");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        long prk = api("/api/events?actor=PRK").get("total").asLong();
        assertTrue(prk > 0 && prk < total);
        waiting().until(d -> rows().size() == Math.min(50, prk));
        assertTrue(browser.getCurrentUrl().contains("actor=PRK"), "the filter is in the address, to share or reload");
        java.util.Set<String> shown = new java.util.HashSet<>();
        rows().forEach(r -> shown.add(r.getDomAttribute("data-id")));
        java.util.Set<String> expected = new java.util.HashSet<>();
        api("/api/events?actor=PRK").get("events").forEach(e -> expected.add(e.get("id").asText()));
        assertEquals(expected, shown, "the table shows the events the API gives for the filter");
        // the page's download links carry its filters: the file holds the rows the table shows
        String csvLink = browser.findElement(By.id("download-csv")).getDomProperty("href");
        assertTrue(csvLink.contains("actor=PRK") && csvLink.contains("format=csv"), csvLink);
        List<String> csvRows = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                java.net.URI.create(csvLink)).GET().build(), HttpResponse.BodyHandlers.ofString()).body()
                .lines().skip(1).toList();
        assertEquals(prk, csvRows.size());
        if (prk <= 50) {
            java.util.Set<String> downloaded = new java.util.HashSet<>();
            csvRows.forEach(line -> downloaded.add(line.substring(0, line.indexOf(','))));
            assertEquals(shown, downloaded, "the download has the rows the table shows");
        }
        assertTrue(rows().get(0).findElement(By.cssSelector("td.actor")).getText().length() > 1);
        Browser.screenshot(browser, "events-filtered");

        // dragging across the timeline picks a date range, which filters the table
        WebElement chart = browser.findElement(By.cssSelector("#timeline canvas"));
        int w = chart.getSize().getWidth();
        new Actions(browser).moveToElement(chart, -w / 2 + 45, 0).clickAndHold().moveByOffset(w - 70, 0).release().perform();
        waiting().until(d -> !d.findElement(By.name("from")).getDomProperty("value").isEmpty());
        String from = browser.findElement(By.name("from")).getDomProperty("value");
        String to = browser.findElement(By.name("to")).getDomProperty("value");
        assertTrue(from.compareTo(to) <= 0, from + " " + to);
        waiting().until(d -> d.getCurrentUrl().contains("from="));
        Browser.screenshot(browser, "events-brushed");
    }

    @Test
    @Order(6)
    void pagesAreUsableSixHundredPixelsWide() throws Exception {
        org.openqa.selenium.Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(600, 900));
            browser.get(web.uri("/").toString());
            waiting().until(d -> !rows().isEmpty());
            long total = api("/api/events").get("total").asLong();
            assertTrue(browser.findElement(By.id("count")).getText().startsWith(total + " events"),
                    browser.findElement(By.id("count")).getText());
            assertFalse(rows().get(0).findElement(By.cssSelector("td.actor .code")).getText().isBlank(), "codes under names");
            assertNoSidewaysScroll("the events page");
            Browser.screenshot(browser, "events-600");
            String id = rows().get(0).getDomAttribute("data-id");
            browser.get(web.uri("/event.html?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8)).toString());
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article mark.current")));
            assertNoSidewaysScroll("an event page");
            Browser.screenshot(browser, "event-600");
            browser.get(web.uri("/map.html").toString());
            waiting().until(d -> "true".equals(d.findElement(By.id("map")).getDomAttribute("data-drawn")));
            assertNoSidewaysScroll("the map page");
            Browser.screenshot(browser, "map-600");
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private static void assertNoSidewaysScroll(String page) {
        Number wide = (Number) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(wide.intValue() <= 1, page + " is " + wide + " px wider than the window");
    }

    @Test
    @Order(2)
    void anEventShowsItsSentenceHighlightedInItsArticle() throws Exception {
        // the seed's Russian meetings (the newest events of the fixture, first in the list, are another article's)
        browser.get(web.uri("/?actor=RUS&type=CONSULT&to=2018-12-31").toString());
        waiting().until(d -> !rows().isEmpty());
        WebElement first = rows().get(0);
        String id = first.getDomAttribute("data-id");
        first.findElement(By.cssSelector("td.sentence")).click();
        waiting().until(ExpectedConditions.urlContains("/event.html?id="));
        WebElement mark = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article mark.current")));
        JsonNode event = api("/api/events/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        JsonNode report = event.get("reports").get(0).get("event");
        String sentence = report.get("evidence").get("sentence").asText();
        // the highlight may be cut into pieces by actor mentions inside it: join them
        String marked = String.join("", browser.findElements(By.cssSelector("#article mark.current")).stream()
                .map(WebElement::getText).toList());
        assertEquals(sentence.replaceAll("\\s+", " ").strip(), marked.replaceAll("\\s+", " ").strip());
        assertTrue(mark.isDisplayed());
        assertFalse(browser.findElements(By.cssSelector("#article .mention")).isEmpty(), "actor mentions are marked");
        assertEquals(event.get("reports").size(), browser.findElements(By.cssSelector("#reports li")).size());
        assertTrue(browser.findElement(By.id("back")).getDomAttribute("href").endsWith("/?actor=RUS&type=CONSULT&to=2018-12-31"),
                "the way back keeps the events page's filters");
        // the removed boilerplate is there on demand
        WebElement removed = browser.findElement(By.cssSelector("#article ol.removed"));
        assertFalse(removed.isDisplayed());
        Browser.screenshot(browser, "event");
        browser.findElement(By.cssSelector("#article button.toggle-removed")).click();
        assertTrue(removed.isDisplayed());
        assertTrue(removed.getText().contains("Support"), removed.getText());
        Browser.screenshot(browser, "event-removed-shown");
    }

    @Test
    @Order(3)
    void theNetworkDrawsActorsAndLeadsToTheirEvents() throws Exception {
        browser.get(web.uri("/network.html").toString());
        waiting().until(d -> "true".equals(d.findElement(By.id("network")).getDomAttribute("data-drawn")));
        assertFalse(browser.findElements(By.cssSelector("#network canvas")).isEmpty());
        assertTrue(browser.findElement(By.id("status")).getText().matches("\\d+ actors, \\d+ dyads"),
                browser.findElement(By.id("status")).getText());
        Browser.screenshot(browser, "network");
    }

    /**
     * Where each placed event's dot is on the map's canvas and what colour the canvas has there, read through
     * the page's own ECharts instance (the same module the page imported).
     */
    @SuppressWarnings("unchecked")
    private static List<java.util.Map<String, Object>> dots() {
        return (List<java.util.Map<String, Object>>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/webjars/echarts/5.3.1/dist/echarts.esm.min.js').then(echarts => {
                  const box = document.getElementById('map');
                  const chart = echarts.getInstanceByDom(box);
                  const canvas = box.querySelector('canvas');
                  const ratio = canvas.width / canvas.getBoundingClientRect().width;
                  const context = canvas.getContext('2d');
                  const out = [];
                  chart.getOption().series.forEach((s, i) => s.data.forEach(d => {
                    // where the coordinates fall, and the dot a few pixels out where several share them
                    const [cx, cy] = chart.convertToPixel({seriesIndex: i}, [d.value[0], d.value[1]]);
                    const [ox, oy] = d.symbolOffset || [0, 0];
                    const x = cx + ox;
                    const y = cy + oy;
                    // the pixels within two of the dot's centre (a neighbour's white edge may cross the centre itself)
                    const r = Math.round(2 * ratio);
                    const px = context.getImageData(Math.round(x * ratio) - r, Math.round(y * ratio) - r, 2 * r + 1, 2 * r + 1).data;
                    const rgb = [];
                    for (let k = 0; k < px.length; k += 4) rgb.push([px[k], px[k + 1], px[k + 2]]);
                    out.push({id: d.event.id, quad: s.name, x, y, place: cx.toFixed(1) + ',' + cy.toFixed(1), rgb,
                      width: canvas.getBoundingClientRect().width, height: canvas.getBoundingClientRect().height});
                  }));
                  done(out);
                }, e => done(String(e)));
                """);
    }

    private static final java.util.Map<String, int[]> QUAD_RGB = java.util.Map.of(
            "verbal cooperation", new int[] {0x7f, 0xbf, 0x7b}, "material cooperation", new int[] {0x1b, 0x78, 0x37},
            "verbal conflict", new int[] {0xf4, 0xa5, 0x82}, "material conflict", new int[] {0xb2, 0x18, 0x2b});

    private static boolean near(List<?> rgb, int[] want) {
        int d = 0;
        for (int i = 0; i < 3; i++) {
            d += Math.abs(((Number) rgb.get(i)).intValue() - want[i]);
        }
        return d <= 60;
    }

    @Test
    @Order(7)
    void theMapDrawsPlacedEventsAndAClickOpensOne() throws Exception {
        browser.get(web.uri("/map.html").toString());
        waiting().until(d -> "true".equals(d.findElement(By.id("map")).getDomAttribute("data-drawn")));
        JsonNode placed = api("/api/map");
        long withPlace = placed.get("placed").asLong();
        assertTrue(withPlace >= 3, "the seed's articles give events with places: " + placed);
        assertTrue(withPlace < placed.get("total").asLong(), "and events without one, which the map leaves out");
        assertEquals(String.valueOf(withPlace), browser.findElement(By.id("map")).getDomAttribute("data-markers"));
        List<String> console = Browser.console(browser);
        assertTrue(console.stream().noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused")),
                "the page keeps to its own security policy: " + console);
        // everything the page loaded came from the server itself: no tiles, no shapes or library from elsewhere
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name);");
        String origin = web.uri("/").toString();
        assertTrue(loaded.stream().allMatch(u -> u.startsWith(origin)), loaded.toString());
        assertTrue(loaded.stream().anyMatch(u -> u.endsWith("/world.json")), "the country shapes are dyad's own: " + loaded);

        // each placed event is a dot of its quad class's colour where its coordinates fall on the canvas
        List<java.util.Map<String, Object>> dots = dots();
        assertEquals(withPlace, dots.size(), dots.toString());
        java.util.Set<String> ids = new java.util.HashSet<>();
        placed.get("events").forEach(e -> ids.add(e.get("id").asText()));
        for (java.util.Map<String, Object> dot : dots) {
            assertTrue(ids.contains((String) dot.get("id")), dot.toString());
            double x = ((Number) dot.get("x")).doubleValue();
            double y = ((Number) dot.get("y")).doubleValue();
            assertTrue(x > 0 && y > 0 && x < ((Number) dot.get("width")).doubleValue()
                    && y < ((Number) dot.get("height")).doubleValue(), "the dot lies on the map: " + dot);
            List<?> pixels = (List<?>) dot.get("rgb");
            assertTrue(pixels.stream().anyMatch(rgb -> QUAD_RGB.values().stream().anyMatch(c -> near((List<?>) rgb, c))),
                    "a dot is drawn there: " + dot);
        }
        Browser.screenshot(browser, "map");

        // the map takes the events page's filters
        browser.get(web.uri("/map.html?actor=USA").toString());
        waiting().until(d -> "true".equals(d.findElement(By.id("map")).getDomAttribute("data-drawn")));
        long usa = api("/api/map?actor=USA").get("placed").asLong();
        assertTrue(usa > 0 && usa < withPlace, "USA takes part in some placed events, not all: " + usa);
        assertEquals(String.valueOf(usa), browser.findElement(By.id("map")).getDomAttribute("data-markers"));
        assertEquals("USA", browser.findElement(By.name("actor")).getDomProperty("value"));
        Browser.screenshot(browser, "map-filtered");

        // a click on a dot opens its event; events that share their coordinates stand in a ring around them, and
        // each of them opens its own
        browser.get(web.uri("/map.html").toString());
        waiting().until(d -> "true".equals(d.findElement(By.id("map")).getDomAttribute("data-drawn")));
        java.util.Map<Object, List<java.util.Map<String, Object>>> byPlace = new java.util.LinkedHashMap<>();
        for (java.util.Map<String, Object> d : dots()) {
            byPlace.computeIfAbsent(d.get("place"), k -> new java.util.ArrayList<>()).add(d);
        }
        List<java.util.Map<String, Object>> shared = byPlace.values().stream().filter(l -> l.size() > 1).findFirst()
                .orElseThrow(() -> new AssertionError("two of the fixture's events share their place: " + byPlace.keySet()));
        for (java.util.Map<String, Object> wanted : shared) {
            browser.get(web.uri("/map.html").toString());
            waiting().until(d -> "true".equals(d.findElement(By.id("map")).getDomAttribute("data-drawn")));
            // the map is taller than what the window shows below the filters: brought whole into view, the dot
            // is clicked where it is in the window
            WebElement canvas = browser.findElement(By.cssSelector("#map canvas"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
            java.util.Map<String, Object> dot = dots().stream().filter(d -> d.get("id").equals(wanted.get("id")))
                    .findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> box = (java.util.Map<String, Object>) browser.executeScript(
                    "const r = arguments[0].getBoundingClientRect(); return {left: r.left, top: r.top};", canvas);
            int x = (int) Math.round(((Number) box.get("left")).doubleValue() + ((Number) dot.get("x")).doubleValue());
            int y = (int) Math.round(((Number) box.get("top")).doubleValue() + ((Number) dot.get("y")).doubleValue());
            new Actions(browser).moveToLocation(x, y).pause(Duration.ofMillis(200)).click().perform();
            waiting().until(ExpectedConditions.urlContains("/event.html?id="));
            String opened = java.net.URLDecoder.decode(browser.getCurrentUrl().replaceAll(".*[?&]id=([^&]*).*", "$1"),
                    StandardCharsets.UTF_8);
            assertEquals(wanted.get("id"), opened, "the dot clicked opens its own event");
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("event-title")));
        }
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article mark.current")));
        Browser.screenshot(browser, "map-event");
    }

    /** The distinct actor and recipient pairs the API gives for a query: the network's edges. */
    private static java.util.Set<String> edges(String query) throws Exception {
        java.util.Set<String> pairs = new java.util.HashSet<>();
        api("/api/dyads?limit=400" + query).get("dyads").forEach(d -> pairs.add(d.get("actor").asText() + ">"
                + d.get("recipient").asText()));
        return pairs;
    }

    @Test
    @Order(8)
    void theNetworkIsTitledByItsTypesAndKeepsToItsActors() throws Exception {
        browser.get(web.uri("/network.html").toString());
        waiting().until(d -> "true".equals(d.findElement(By.id("network")).getDomAttribute("data-drawn")));
        assertEquals("Who does what to whom", browser.findElement(By.id("title")).getText(), "no type chosen: every type");
        int all = edges("").size();
        assertTrue(browser.findElement(By.id("status")).getText().endsWith(all + " dyads"),
                browser.findElement(By.id("status")).getText());

        browser.get(web.uri("/network.html?type=CONSULT").toString());
        waiting().until(d -> "true".equals(d.findElement(By.id("network")).getDomAttribute("data-drawn")));
        assertEquals("Who meets whom", browser.findElement(By.id("title")).getText());
        assertEquals("Who meets whom · dyad", browser.getTitle());

        // the form: an actor, and two types chosen in the list
        browser.findElement(By.name("actor")).clear();
        browser.findElement(By.name("actor")).sendKeys("USA");
        org.openqa.selenium.support.ui.Select types = new org.openqa.selenium.support.ui.Select(
                browser.findElement(By.name("type")));
        types.deselectAll();
        types.selectByVisibleText("CONSULT");
        types.selectByVisibleText("REJECT");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waiting().until(d -> "true".equals(d.findElement(By.id("network")).getDomAttribute("data-drawn")));
        assertEquals("Who meets or rejects whom", browser.findElement(By.id("title")).getText());
        String address = java.net.URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
        assertTrue(address.contains("actor=USA") && address.contains("type=CONSULT,REJECT"), address);
        java.util.Set<String> usa = edges("&actor=USA&type=CONSULT,REJECT");
        assertTrue(!usa.isEmpty() && usa.size() < all, "the actor keeps some dyads, not all: " + usa);
        assertTrue(usa.stream().allMatch(e -> e.startsWith("USA>")), usa.toString());
        assertTrue(browser.findElement(By.id("status")).getText().endsWith(" " + usa.size() + " dyads"),
                browser.findElement(By.id("status")).getText());
        Browser.screenshot(browser, "network-filtered");

        // the chosen types reach the events page when a node is followed, and it keeps both
        browser.get(web.uri("/?type=CONSULT,REJECT&actor=USA").toString());
        waiting().until(d -> !rows().isEmpty());
        List<String> chosen = new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("type")))
                .getAllSelectedOptions().stream().map(WebElement::getText).toList();
        assertEquals(List.of("CONSULT", "REJECT"), chosen);
        assertEquals(api("/api/events?type=CONSULT,REJECT&actor=USA").get("total").asLong(),
                Long.parseLong(browser.findElement(By.id("count")).getText().split(" ")[0].replace(",", "")));
    }

    /** A page's standfirst stands whole on the event page, though its meta description was cut short. */
    @Test
    @Order(9)
    void theEventPageShowsTheWholeSubtitle() throws Exception {
        JsonNode events = api("/api/events?unfused=true&source=standfirst.html").get("events");
        assertTrue(events.size() > 0, "the page's events");
        browser.get(web.uri("/event.html?id=" + URLEncoder.encode(events.get(0).get("id").asText(), StandardCharsets.UTF_8))
                .toString());
        WebElement subtitle = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .subtitle")));
        assertEquals(WebFixture.STANDFIRST, subtitle.getText());
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article mark.current")));
        Browser.screenshot(browser, "event-subtitle");
    }

    @Test
    @Order(4)
    void hostileArticleTextStaysText() throws Exception {
        browser.get(web.uri("/article.html?id=" + web.xssDocId).toString());
        WebElement title = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .article-title")));
        assertTrue(title.getText().contains("<script>window.dyadPwned = 1</script>"), title.getText());
        assertTrue(browser.findElement(By.cssSelector("#article .article-body")).getText().contains("onerror="));
        assertTrue(browser.findElements(By.cssSelector("#article script, #article img")).isEmpty(),
                "no element was made from the article's text");
        Thread.sleep(300);
        assertNoScriptRan();
        Browser.screenshot(browser, "hostile-article");
    }

    @Test
    @Order(5)
    void analyzeShowsFieldsActorsAndEventsAndKeepsPayloadsInert() throws Exception {
        browser.get(web.uri("/analyze.html").toString());
        paste(WebFixture.XSS_TEXT);
        browser.findElement(By.id("run")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        WebElement title = browser.findElement(By.cssSelector("#article .article-title"));
        assertTrue(title.getText().contains("<img src=x onerror="), title.getText());
        assertTrue(browser.findElements(By.cssSelector("#result script, #result img")).isEmpty());
        assertNoScriptRan();
        Browser.screenshot(browser, "analyze-hostile");

        paste(new String(WebFixture.seed(), StandardCharsets.UTF_8));
        browser.findElement(By.id("run")).click();
        waiting().until(d -> d.findElement(By.id("status")).getText().matches("\\d+ actors, \\d+ events")
                && d.findElement(By.cssSelector("#article .article-title")).getText().contains("Lavrov"));
        assertTrue(browser.findElements(By.cssSelector("#events tbody tr.event-row")).size() >= 10);
        assertTrue(browser.findElements(By.cssSelector("#actor-list li")).size() > 3);
        assertFalse(browser.findElements(By.cssSelector("#article mark.evidence")).isEmpty());
        assertTrue(browser.findElement(By.id("fields")).getText().contains("2018-05-30"));
        Browser.screenshot(browser, "analyze");
    }

    /** Puts text into the analyze box as a paste would (typing it key by key would take minutes). */
    private static void paste(String text) {
        WebElement box = browser.findElement(By.id("content"));
        browser.executeScript("arguments[0].value = arguments[1];", box, text);
    }
}
