package vn.commune.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.commune.workflow.Application;

/**
 * The prod profile behind a TLS-terminating proxy: the cookies are Secure and HSTS is sent for requests the proxy
 * marks https; the Origin check sees the public https origin. Its own app, so its own JVM.
 */
@Tag("own-jvm")
class ProdProfileTransportTest {

    private static final String ADMIN_PASSWORD = "Quan-Tri-2026!";

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void behindTheProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "prod-postgres-");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test", "prod")
                .run(
                        "--workflow.embedded-postgres.data-dir=" + dataDir,
                        "--server.port=0",
                        "--spring.mail.host=",
                        // A real deployment's administrator: the password policy holds.
                        "--camunda.bpm.admin-user.id=admin",
                        "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            assertThat(app.getBean(JdbcClient.class)
                            .sql("select count(*) from plan")
                            .query(Long.class)
                            .single())
                    .as("no demo data")
                    .isZero();

            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("X-Forwarded-Proto", "https")
                            .header("Origin", "https://localhost")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location").orElse(""))
                    .as("redirects stay on https")
                    .startsWith("https://")
                    .doesNotContain("error");
            assertThat(login.headers().firstValue("Set-Cookie").orElse(""))
                    .as("the session kept in PostgreSQL (Spring Session)")
                    .startsWith("SESSION=")
                    .contains("; Secure")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax");
            assertThat(login.headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));

            String session =
                    login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            HttpResponse<String> tasklist = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/"))
                            .header("X-Forwarded-Proto", "https")
                            .header("Cookie", session)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tasklist.statusCode()).isEqualTo(200);
            assertThat(tasklist.headers().allValues("Set-Cookie"))
                    .as("the Camunda webapps' CSRF cookie")
                    .anyMatch(c -> c.startsWith("XSRF-TOKEN=") && c.matches(".*;\\s*Secure.*"));

            HttpResponse<String> plain = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().firstValue("Strict-Transport-Security"))
                    .as("not over plain http")
                    .isEmpty();
        }
    }
}
