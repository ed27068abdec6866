package dev.dyad.app.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's {@code chromium} driven through {@code chromium-driver}: headless, no sandbox (tests run as
 * root in CI), no background traffic, a fresh profile. The paths are given explicitly so that Selenium
 * never looks for (or downloads) a browser of its own.
 */
final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("dyad.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("dyad.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    /** Why the browser tests cannot run here, or null when they can. */
    static String missing() {
        if (!Files.isExecutable(CHROMIUM)) {
            return "no chromium at " + CHROMIUM + " (apt-get install -y chromium chromium-driver)";
        }
        if (!Files.isExecutable(DRIVER)) {
            return "no chromedriver at " + DRIVER + " (apt-get install -y chromium chromium-driver)";
        }
        return null;
    }

    static ChromeDriver start() throws IOException {
        Path profile = Files.createTempDirectory("dyad-chromium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, o);
        d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return d;
    }

    /** Saves a screenshot of the page as it is now under {@code target/screenshots/NAME.png}. */
    static Path screenshot(ChromeDriver d, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File f = ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE);
        Path to = SCREENSHOTS.resolve(name + ".png");
        Files.copy(f.toPath(), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    /** The browser console's messages since the last call. */
    static List<String> console(ChromeDriver d) {
        return d.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    static Map<String, Object> timing(ChromeDriver d) {
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) d.executeScript(
                "const n = performance.getEntriesByType('navigation')[0];"
                        + "return {load: n.loadEventEnd, dom: n.domContentLoadedEventEnd};");
        return t;
    }
}
