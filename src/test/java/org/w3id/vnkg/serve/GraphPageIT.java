package org.w3id.vnkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.w3id.vnkg.ingest.ArticleReader;
import org.w3id.vnkg.pipeline.ArticlePipeline;
import org.w3id.vnkg.link.LinkData;
import org.w3id.vnkg.link.Linker;
import org.w3id.vnkg.pipeline.CorpusBuilder;
import org.w3id.vnkg.rdf.FactMapper;
import org.w3id.vnkg.rdf.HostileFacts;
import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.store.KgStore;

/**
 * The graph page in a real headless Chromium (Debian's chromium and chromedriver, driven by Selenium), against a
 * server on a store built from corpus/sample plus one hostile article ({@link HostileFacts}).
 * Outside CI the class is skipped, saying so, when chromium or chromedriver is missing; in CI (CI=true) it fails.
 * It leaves a screenshot of the page in target/graph-page.png (the README's docs/graph-page.png comes from it).
 */
class GraphPageIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String LUONG_CUONG = "https://w3id.org/vnkg/id/person/lương-cường";

    @TempDir
    static Path dir;
    private static FusekiServer server;
    private static ChromeDriverService service;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void serveAndOpenABrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("the browser tests must run in CI, but " + why);
            }
            Assumptions.abort("skipping the browser tests of the graph page: " + why);
        }
        Path store = dir.resolve("store");
        try (KgStore kg = KgStore.open(store)) {
            new CorpusBuilder(new ArticlePipeline(), new FactMapper("test"), 2)
                    .build(ArticleReader.listCorpus(Path.of("corpus/sample")), kg, n -> { });
            kg.replaceGraphs(Map.of(IriMinter.articleGraph(HostileFacts.DOC),
                    new FactMapper("test").map(HostileFacts.facts())));
            // as kg load does after adding graphs: the page's queries read names in the entities graph
            new Linker(LinkData.standard()).link(kg);
        }
        server = KgServer.builder(store).port(0).build();
        server.start();

        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(dir.resolve("chromedriver.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The network is closed: without these Chromium waits on services it cannot reach.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,850",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-profile")));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void openThePage() {
        driver.get("http://localhost:" + server.getPort() + "/graph");
        waitIdle();
        assertThat(driver.getTitle()).contains("đồ thị quan hệ");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void waitIdle() {
        wait.until(d -> "idle".equals(js("return document.body.dataset.status")));
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    /** Types into the search box, waits for a suggestion with this label and clicks it. */
    private static void searchAndPick(String typed, String label) {
        WebElement box = driver.findElement(By.id("search"));
        box.clear();
        box.sendKeys(typed);
        WebElement suggestion = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ul[@id='suggestions']/li[span[@class='label' and .=" + xpathLiteral(label) + "]]")));
        suggestion.click();
        wait.until(ExpectedConditions.textToBe(By.id("panel-title"), label));
        waitIdle();
    }

    private static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "', \"'\", '") + "')";
    }

    private static long edgesFrom(String iri, String kind) {
        return (Long) js("return window.vnkg.cy.edges().filter(e => e.data('source') === arguments[0]"
                + " && e.data('kind') === arguments[1]).length", iri, kind);
    }

    @Test
    void searchWithoutDiacriticsShowsLuongCuongsPostsOnTheTimelineAndTheSliderFiltersThem() throws IOException {
        searchAndPick("Luong Cuong", "Lương Cường");

        // The graph: he is selected, with his posts.
        assertThat((Boolean) js("return window.vnkg.cy.getElementById(arguments[0]).selected()", LUONG_CUONG)).isTrue();
        assertThat(edgesFrom(LUONG_CUONG, "holds")).isGreaterThanOrEqualTo(2);

        // The timeline: his posts, who else held them, and the sentence and article that attest each.
        String timeline = text("#timeline");
        assertThat(timeline).contains("Dòng thời gian chức vụ", "Bộ Chính trị", "Ban Bí thư", "26/06/2024");
        assertThat(timeline).contains("Trương Thị Mai");
        List<WebElement> sentences = driver.findElements(By.cssSelector("#timeline blockquote.sentence"));
        assertThat(sentences).anySatisfy(s -> assertThat(s.getText()).contains("Lương Cường"));
        List<WebElement> sources = driver.findElements(By.cssSelector("#timeline .source a"));
        assertThat(sources).anySatisfy(a -> {
            assertThat(a.getText()).contains("001_33591164b049cd22.txt");
            assertThat(a.getAttribute("href")).contains("/kg/get?graph=");
        });
        assertThat(driver.findElements(By.cssSelector("#timeline li.in-range"))).isNotEmpty();
        saveScreenshot();

        // Move the end of the date range back to the first month (07/2023): his 2024 posts drop out.
        WebElement to = driver.findElement(By.id("to"));
        to.sendKeys(Keys.HOME);
        wait.until(ExpectedConditions.textToBe(By.id("to-label"), "07/2023"));
        wait.until(d -> edgesFrom(LUONG_CUONG, "holds") == 0);
        waitIdle();
        assertThat(text("#status")).contains("07/2023");
        List<WebElement> mine = driver.findElements(By.xpath(
                "//div[@id='timeline']//li[button[contains(@class,'focus')]]"));
        assertThat(mine).isNotEmpty().allSatisfy(li -> assertThat(li.getAttribute("class")).isEqualTo("out-of-range"));

        // And forward again to the last month: they are back.
        to.sendKeys(Keys.END);
        wait.until(d -> edgesFrom(LUONG_CUONG, "holds") >= 2);
        waitIdle();
        assertThat(driver.findElements(By.xpath("//div[@id='timeline']//li[button[contains(@class,'focus')]]")))
                .allSatisfy(li -> assertThat(li.getAttribute("class")).isEqualTo("in-range"));
    }

    @Test
    void findsAProvinceWithoutDiacritics() {
        WebElement box = driver.findElement(By.id("search"));
        box.sendKeys("Bac Giang");
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ul[@id='suggestions']/li[span[@class='label' and .='Bắc Giang']]")));
        assertThat(first.getText()).contains("Tỉnh, thành phố");
    }

    @Test
    void clickingANodeOnTheCanvasExpandsItsNeighbourhood() {
        searchAndPick("luong cuong", "Lương Cường");
        String post = "https://w3id.org/vnkg/id/post/ủy-viên/bộ-chính-trị";
        String toLam = "https://w3id.org/vnkg/id/person/tô-lâm";
        assertThat((Long) js("return window.vnkg.cy.getElementById(arguments[0]).length", toLam))
                .as("Tô Lâm is no neighbour of Lương Cường").isZero();
        js("window.vnkg.cy.stop(); window.vnkg.cy.center(window.vnkg.cy.getElementById(arguments[0]))", post);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) js(
                "return window.vnkg.cy.getElementById(arguments[0]).renderedPosition()", post);
        WebElement canvas = driver.findElement(By.id("cy"));
        // Selenium 4 offsets are from the element's centre.
        int dx = (int) Math.round(at.get("x").doubleValue() - canvas.getRect().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - canvas.getRect().getHeight() / 2.0);
        // A real mouse click on the node's place on the canvas. Now and then Cytoscape's hit test in the busy
        // headless renderer reports the background under a node it draws there (what the page saw is logged);
        // after three such clicks the tap is given to the node through Cytoscape, so the expansion is still
        // checked.
        WebDriverWait shortly = new WebDriverWait(driver, Duration.ofSeconds(6));
        js("window.__taps = []; window.vnkg.cy.on('tap', function (e) { window.__taps.push(e.target === window.vnkg.cy"
                + " ? 'background ' + JSON.stringify(e.renderedPosition) : e.target.id()); });");
        boolean clicked = false;
        for (int attempt = 1; attempt <= 3 && !clicked; attempt++) {
            new Actions(driver).moveToElement(canvas, dx, dy).pause(Duration.ofMillis(300)).click().perform();
            try {
                shortly.until(ExpectedConditions.textToBe(By.id("panel-title"), "Ủy viên Bộ Chính trị"));
                clicked = true;
            } catch (org.openqa.selenium.TimeoutException e) {
                System.err.println("GraphPageIT: click at " + at + " reached "
                        + js("return JSON.stringify(window.__taps)"));
            }
        }
        if (!clicked) {
            js("window.vnkg.cy.getElementById(arguments[0]).emit('tap')", post);
        }
        wait.until(ExpectedConditions.textToBe(By.id("panel-title"), "Ủy viên Bộ Chính trị"));
        wait.until(d -> (Long) js("return window.vnkg.cy.getElementById(arguments[0]).length", toLam) == 1);
        assertThat(text("#timeline")).contains("Tô Lâm");
    }

    @Test
    void articleTextWithMarkupAndScriptStaysInertText() {
        searchAndPick("ma doc", HostileFacts.NAME);
        assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
        // What the article says is shown as it is written, markup included, as text.
        assertThat(text("#panel-title")).isEqualTo(HostileFacts.NAME);
        List<WebElement> sentences = driver.findElements(By.cssSelector("#timeline blockquote.sentence"));
        assertThat(sentences).extracting(WebElement::getText).contains(HostileFacts.SENTENCE);
        assertThat(text("#timeline")).contains("<script>window.__pwned=5</script>Tin giả");
        // and no element of the article became an element of the page.
        assertThat((Long) js("return document.querySelectorAll('#panel img, #panel script, #panel b, #panel i,"
                + " #suggestions img, #panel a[href^=\"javascript\"], #panel [onerror], #panel [onmouseover]').length"))
                .isZero();
        // The canvas labels are text too, and hovering or clicking them runs nothing.
        String node = IriMinter.person(HostileFacts.NAME);
        assertThat(js("return window.vnkg.cy.getElementById(arguments[0]).data('label')", node))
                .isEqualTo(HostileFacts.NAME);
        assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
    }

    /** The strings the escaping function must carry through, as the SPARQL parser reads them back. */
    private static final List<String> TRICKY = List.of("Lương Cường", "a\"b", "a\\b", "\\\"", "\"} ; DROP ALL #",
            "} UNION { ?s ?p ?o }", "dòng 1\ndòng 2\r\n", "tab\there", "\\u0022", "'một' \"hai\"", "\b\f",
            "<script>alert(1)</script>", "🇻🇳 Việt Nam", "");

    @Test
    void escapesEveryValueItSendsToSparqlSoTheParserReadsItBackUnchanged() {
        for (String s : TRICKY) {
            String literal = (String) js("return VnkgSparql.literal(arguments[0])", s);
            Query q = QueryFactory.create("SELECT ?x WHERE { VALUES ?x { " + literal + " } }");
            try (QueryExecution qe = QueryExecution.create(q, ModelFactory.createDefaultModel())) {
                QuerySolution row = qe.execSelect().next();
                assertThat(row.getLiteral("x").getLexicalForm()).as("literal(%s) = %s", s, literal).isEqualTo(s);
            }
        }
    }

    @Test
    void bindsValuesIntoTheQueryAndRefusesWhatIsNotAnIri() throws IOException {
        String template = Files.readString(Path.of("queries/web/edges.rq"));
        String bound = (String) js("return VnkgSparql.bind(arguments[0], {_focus: [{iri: arguments[1]}],"
                + " _from: arguments[2], _to: null})", template, LUONG_CUONG, "\"} ; DROP ALL #");
        Query q = QueryFactory.create(bound);
        assertThat(q.toString()).contains("VALUES ?_focus { <" + LUONG_CUONG + "> }")
                .contains("\"\\\"} ; DROP ALL #\"").doesNotContain("?_to {");
        for (String bad : List.of("x> } ; <y", "https://a b", "no-scheme", "https://x/{y}", "https://x/\"")) {
            assertThat(js("try { VnkgSparql.iri(arguments[0]); return 'accepted'; } catch (e) { return 'refused'; }",
                    bad)).as(bad).isEqualTo("refused");
        }
        assertThat(js("return VnkgSparql.searchQuery('Lương Cường')")).isEqualTo("+luong +cuong*");
        assertThat(js("return VnkgSparql.searchQuery('Đảng bộ')")).isEqualTo("+dang +bo*");
        assertThat(js("return VnkgSparql.searchQuery('\"); DROP ALL *:*')")).isEqualTo("+drop +all*");
        assertThat(js("return VnkgSparql.searchQuery('  \"* ')")).isNull();
    }

    @Test
    void aHostileSearchIsAnsweredWithoutError() {
        driver.findElement(By.id("search")).sendKeys("\"} ; DROP ALL # Lương");
        wait.until(d -> !"".equals(js("return document.getElementById('suggestions').hidden ? 'hidden' : 'shown'")));
        waitIdle();
        assertThat(text("#status")).doesNotContain("Lỗi");
    }

    private static void saveScreenshot() throws IOException {
        File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "graph-page.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
