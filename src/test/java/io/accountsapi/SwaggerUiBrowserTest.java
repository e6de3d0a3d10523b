package io.accountsapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Swagger UI in a real browser (headless Chromium), as a developer meets it in the development run: Authorize with
 * the demo Admin's key, open a PATCH, "Try it out", change one value of the body Swagger UI pre-fills, Execute. The
 * answer the page shows must be a documented 200, and the change stored. Needs Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs.
 */
@Import(DemoData.class)
class SwaggerUiBrowserTest extends ApiTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A group of Swagger UI, the security scheme its clients use and what they type into it. */
    private record Group(String name, String scheme, String authorization) {}

    private static final Group ORGANIZATIONS = new Group("Organizations (Upsun)", "Bearer", DemoData.ADMIN_KEY);
    private static final Group USERS = new Group("Users (Probely)", "JWT", "JWT " + DemoData.ADMIN_KEY);

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        var chromium = executable("CHROMIUM", "chromium", "chromium-browser", "google-chrome");
        var driver = executable("CHROMEDRIVER", "chromedriver");
        var options = new ChromeOptions()
                .setBinary(chromium)
                // As root and on a closed network: no sandbox, and none of the calls home a fresh profile makes.
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1400,2400",
                        "--user-data-dir=" + Files.createTempDirectory("swagger-ui-chromium"));
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(driver))
                        .build(),
                options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDeveloperPatchesTheOrganizationProfileFromSwaggerUi() {
        var organizationId = jdbc.sql(
                        "SELECT m.organization_id FROM memberships m JOIN people p ON p.id = m.person_id WHERE p.email = :email")
                .param("email", DemoData.ADMIN_EMAIL)
                .query(String.class)
                .single();
        var companyName = "Set from Swagger UI " + System.nanoTime();

        patchFromSwaggerUi(
                ORGANIZATIONS,
                "/organizations/{organization_id}/profile",
                "organization_id",
                organizationId,
                "company_name",
                companyName);

        assertThat(jdbc.sql("SELECT company_name FROM profiles WHERE organization_id = :id")
                        .param("id", organizationId)
                        .query(String.class)
                        .single())
                .isEqualTo(companyName);
    }

    @Test
    void aDeveloperPatchesAUserFromSwaggerUi() {
        var memberId = jdbc.sql(
                        "SELECT m.id FROM memberships m JOIN people p ON p.id = m.person_id WHERE p.email = :email")
                .param("email", DemoData.MEMBER_EMAIL)
                .query(String.class)
                .single();
        var name = "Swagger " + System.nanoTime() % 1_000_000;

        patchFromSwaggerUi(USERS, "/users/{id}/", "id", memberId, "name", name);

        assertThat(jdbc.sql("SELECT p.name FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.id = :id")
                        .param("id", memberId)
                        .query(String.class)
                        .single())
                .isEqualTo(name);
    }

    /**
     * Every operation of both groups, tried as Swagger UI pre-fills it, but for a new user's e-mail and a new label's
     * name, which must be new each time; deletions go last, so that the other operations still find what they act on.
     */
    @Test
    void everyOperationAnswers2xxWithWhatSwaggerUiPreFills() {
        for (var group : List.of(ORGANIZATIONS, USERS)) {
            open(group);
            var operations = browser.findElements(By.cssSelector(".opblock")).size();
            var deletionsLast = IntStream.range(0, operations)
                    .boxed()
                    .sorted(Comparator.comparing(i -> browser.findElements(By.cssSelector(".opblock"))
                            .get(i)
                            .getAttribute("class")
                            .contains("opblock-delete")))
                    .toList();
            for (int i : deletionsLast) {
                var operation = browser.findElements(By.cssSelector(".opblock")).get(i);
                var path = operation
                        .findElement(By.cssSelector(".opblock-summary-path"))
                        .getAttribute("data-path");
                var where = operation
                                .findElement(By.cssSelector(".opblock-summary-method"))
                                .getText() + " " + path;
                tryItOut(operation);
                var body = operation.findElements(By.cssSelector("textarea.body-param__text"));
                if (!body.isEmpty() && body.getFirst().getAttribute("value").contains("\"email\"")) {
                    editBody(operation, "email", "swagger-" + System.nanoTime() + "@example.com");
                }
                if (!body.isEmpty() && path.startsWith("/labels/")) {
                    editBody(operation, "name", "swagger-" + System.nanoTime());
                }
                assertThat(execute(operation))
                        .as(where + " answered " + responseBody(operation))
                        .startsWith("2");
            }
        }
    }

    /**
     * Opens the group, presses "Try it out" on the PATCH of {@code path}, whose {@code idParameter} must come pre-filled
     * with {@code id} and whose optional headers empty, changes one field of the pre-filled body, and Executes: the
     * page must show 200 and the changed value.
     */
    private void patchFromSwaggerUi(
            Group group, String path, String idParameter, String id, String field, String value) {
        open(group);
        var operation = tryItOut("patch", path);
        assertThat(parameterInput(operation, idParameter).getAttribute("value")).isEqualTo(id);
        assertEmptyHeaders(operation, "If-Match", "Prefer");
        editBody(operation, field, value);
        var status = execute(operation);

        assertThat(status).isEqualTo("200");
        assertThat(responseBody(operation)).contains(value);
    }

    /**
     * Opens the group as on a first visit (Swagger UI keeps authorizations in local storage; they are dropped) and
     * authorizes with the demo Admin's key as the group's clients send it.
     */
    private void open(Group group) {
        var page = url(
                "/swagger-ui/index.html?urls.primaryName=" + URLEncoder.encode(group.name(), StandardCharsets.UTF_8));
        browser.get(page);
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear();");
        browser.get(page);
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
        authorize(group.scheme(), group.authorization());
    }

    /** Types the key into the scheme's field of the Authorize dialog, as a developer pastes it. */
    private void authorize(String scheme, String value) {
        browser.findElement(By.cssSelector(".auth-wrapper button.authorize")).click();
        var container = await().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'auth-container')][.//h4[starts-with(normalize-space(.), '" + scheme + "')]]")));
        container.findElement(By.cssSelector("input")).sendKeys(value);
        container.findElement(By.cssSelector("button.authorize")).click();
        browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();
    }

    /** Expands the operation and presses "Try it out"; answers the operation's block. */
    private WebElement tryItOut(String method, String path) {
        return tryItOut(browser.findElement(
                By.xpath("//div[contains(@class,'opblock-" + method + "')]" + "[.//*[@data-path='" + path + "']]")));
    }

    private WebElement tryItOut(WebElement operation) {
        scrollTo(operation.findElement(By.cssSelector(".opblock-summary-control")))
                .click();
        scrollTo(await().until(driver -> operation.findElement(By.cssSelector("button.try-out__btn"))))
                .click();
        return operation;
    }

    private static WebElement parameterInput(WebElement operation, String name) {
        return operation.findElement(By.cssSelector("tr[data-param-name='" + name + "'] input"));
    }

    /** What a developer sees in the optional headers after "Try it out": nothing, so nothing is sent. */
    private static void assertEmptyHeaders(WebElement operation, String... names) {
        Arrays.stream(names)
                .forEach(name -> assertThat(parameterInput(operation, name).getAttribute("value"))
                        .as("pre-filled %s", name)
                        .isEmpty());
    }

    /** Changes one field of the body Swagger UI pre-filled from the documented examples, and leaves the rest. */
    private void editBody(WebElement operation, String field, String value) {
        var textarea = operation.findElement(By.cssSelector("textarea.body-param__text"));
        var body = (ObjectNode) JSON.readTree(textarea.getAttribute("value"));
        body.put(field, value);
        textarea.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        textarea.sendKeys(JSON.writeValueAsString(body));
    }

    /** Presses Execute; answers the status shown for the live answer, which must be one the operation documents. */
    private String execute(WebElement operation) {
        scrollTo(operation.findElement(By.cssSelector("button.execute"))).click();
        var live = await().until(driver ->
                operation.findElements(By.cssSelector(".live-responses-table .response .response-col_status")).stream()
                        .findFirst()
                        .orElse(null));
        var shown = live.getText().strip();
        assertThat(shown).as("the answer's status as the page shows it").doesNotContain("Undocumented");
        return shown.split("\\s+")[0];
    }

    private static String responseBody(WebElement operation) {
        return operation
                .findElement(By.cssSelector(".live-responses-table .response-col_description pre"))
                .getText();
    }

    private WebElement scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    private static WebDriverWait await() {
        return new WebDriverWait(browser, PATIENCE);
    }

    /** The program named by the environment variable, or the first of the names found on the PATH. */
    private static String executable(String variable, String... names) {
        return Optional.ofNullable(System.getenv(variable))
                .or(() -> Arrays.stream(names)
                        .flatMap(name -> Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
                                .map(directory -> new File(directory, name)))
                        .filter(File::canExecute)
                        .map(File::getPath)
                        .findFirst())
                .orElseGet(() -> fail(
                        "No %s found on the PATH (or in $%s): the Swagger UI test needs a real browser. "
                                + "Install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver), "
                                + "as .ci/run does.",
                        String.join(" or ", names), variable));
    }
}
