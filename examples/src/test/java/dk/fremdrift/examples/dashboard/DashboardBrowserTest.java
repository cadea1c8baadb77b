package dk.fremdrift.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.fremdrift.examples.report.ReportDocument;
import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens the dashboard of a small synthetic municipality in headless Chromium: the page must load without a script
 * error, run its script (which sets {@code data-ready} on the body), show its charts, and draw a screenshot.
 *
 * <p>Without Chromium (on the {@code PATH} or at {@code /usr/bin/chromium}) the test is skipped, unless {@code
 * FREMDRIFT_REQUIRE_BROWSER=1}, which {@code .ci/run} sets where it installed Chromium: then it fails. The page and
 * the screenshot are also copied to {@code target/dashboard-browser/} for a person to look at.
 */
class DashboardBrowserTest {

    /** A guard against a hung browser, not a measure of speed. */
    private static final long TIMEOUT_SECONDS = 60;

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 2400;

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("administrative", Locale.forLanguageTag("da")), Arguments.of("political", Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void render_inChromium_loadsWithoutScriptErrorsAndShowsItsCharts(String profile, Locale locale, @TempDir Path dir)
            throws IOException, InterruptedException {
        Path chromium = chromium();
        ReportDocument d = "political".equals(profile)
                ? DashboardFixtures.run().political()
                : DashboardFixtures.run().administrative();
        Path page = dir.resolve("index.html");
        Files.writeString(page, Dashboard.render(d, locale), StandardCharsets.UTF_8);
        String url = page.toUri().toString();

        String dom = run(chromium, dir, "dom", List.of("--dump-dom", url));
        Matcher body = Pattern.compile("<body[^>]*>").matcher(dom);
        assertThat(body.find()).as("a body in the DOM").isTrue();
        assertThat(body.group()).contains("data-ready=\"true\"");
        Matcher root = Pattern.compile("<html[^>]*>").matcher(dom);
        assertThat(root.find()).as("an html element in the DOM").isTrue();
        assertThat(root.group()).as("no script error recorded").doesNotContain("data-error");
        assertThat(HtmlChecks.count(dom, "<svg ")).isEqualTo(DashboardFixtures.expectedCharts(d));
        assertThat(dom).as("the buttons the script adds").contains("aria-controls=\"notes\"");
        // The sections of issue 15 reach the browser: the match of concerns, the effect by intervention, the flow's
        // step from a finished investigation to its decision.
        assertThat(dom)
                .contains("id=\"match\"", "id=\"effect\"", "id=\"flow\"")
                .contains("data-cell=\"CONCERNS_COVERED_BY_GOALS/all/headline\"")
                .contains("data-cell=\"GOAL_STATUS_BY_INTERVENTION/all/headline\"")
                .contains("data-cell=\"INVESTIGATION_TO_DECISION_DAYS/all/median\"");

        Path png = dir.resolve("screenshot.png");
        run(chromium, dir, "shot", List.of("--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT, url));
        assertThat(png).exists();
        assertThat(Files.size(png)).as("a screenshot with something in it").isGreaterThan(50_000);
        try (DataInputStream in = new DataInputStream(Files.newInputStream(png))) {
            byte[] signature = new byte[8];
            in.readFully(signature);
            assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
            in.readInt(); // length of the IHDR chunk
            byte[] type = new byte[4];
            in.readFully(type);
            assertThat(new String(type, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
            assertThat(in.readInt()).as("width").isEqualTo(WIDTH);
            assertThat(in.readInt()).as("height").isEqualTo(HEIGHT);
        }
        keep(page, png, profile + "-" + locale.getLanguage());
    }

    /** The Chromium to run, or a skip (or, where a browser is required, a failure) when there is none. */
    private static Path chromium() {
        Optional<Path> found = findChromium();
        if (found.isEmpty()) {
            if ("1".equals(System.getenv("FREMDRIFT_REQUIRE_BROWSER"))) {
                fail("FREMDRIFT_REQUIRE_BROWSER=1, but there is no chromium on the PATH or at /usr/bin/chromium;"
                        + " install it (apt-get install -y chromium) or unset the variable");
            }
            assumeTrue(false, "Chromium is not installed (apt-get install -y chromium); skipping the browser test");
        }
        return found.orElseThrow();
    }

    static Optional<Path> findChromium() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, "chromium"));
                }
            }
        }
        candidates.add(Path.of("/usr/bin/chromium"));
        return candidates.stream()
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }

    /** Runs headless Chromium with a fresh profile; returns its standard output; fails on a timeout or an error. */
    private static String run(Path chromium, Path dir, String name, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("profile-" + name))));
        command.addAll(args);
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        Process p = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s; stderr:\n" + tail(err));
        }
        if (p.exitValue() != 0) {
            fail("chromium exited with " + p.exitValue() + "; stderr:\n" + tail(err));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file)) {
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
        }
    }

    /** Copies the page and its screenshot into target/, when the test runs in the module's folder. */
    private static void keep(Path page, Path png, String name) throws IOException {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Path keep = Files.createDirectories(target.resolve("dashboard-browser"));
            Files.copy(page, keep.resolve(name + ".html"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(png, keep.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
