package vn.commune.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** Talks to the running app over real HTTP, as a given demo user (password "demo") or as nobody. */
public final class AppHttp {

    /** Demo and test people, the administrator included, share one password. */
    private static final String PASSWORD = "demo";

    private static final ObjectMapper JSON = new ObjectMapper();

    // HTTP/1.1: the JDK client's h2c upgrade on requests with a body confuses Tomcat.
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port;
    private final String password;

    public AppHttp(int port) {
        this(port, PASSWORD);
    }

    /** Talks as people of a real deployment, who chose their own password. */
    public AppHttp(int port, String password) {
        this.port = port;
        this.password = password;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return send(request(path, user).GET());
    }

    public HttpResponse<byte[]> getBytes(String path, String user) throws IOException, InterruptedException {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, String user, String json)
            throws IOException, InterruptedException {
        return send(request(path, user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> putJson(String path, String user, String json)
            throws IOException, InterruptedException {
        return json("PUT", path, user, json);
    }

    /** Any method, with a JSON body or none. */
    public HttpResponse<String> json(String method, String path, String user, String json)
            throws IOException, InterruptedException {
        return json(method, request(path, user), json);
    }

    /** A request of one of the app's public pages (not logged in): the browser names the page's origin. */
    public HttpResponse<String> fromPage(String method, String path, String json)
            throws IOException, InterruptedException {
        return json(method, HttpRequest.newBuilder(uri(path)).header("Origin", "http://localhost:" + port), json);
    }

    private HttpResponse<String> json(String method, HttpRequest.Builder request, String json)
            throws IOException, InterruptedException {
        return send(request.header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> upload(String path, String user, String fileName, byte[] content)
            throws IOException, InterruptedException {
        return upload(path, user, fileName, content, Map.of());
    }

    /** A multipart upload of the file with more form fields beside it. */
    public HttpResponse<String> upload(
            String path, String user, String fileName, byte[] content, Map<String, String> fields)
            throws IOException, InterruptedException {
        String boundary = "----" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * A person logged in through the login page, as in a browser: a session cookie, and the CSRF token the Camunda
     * webapps hand out with Tasklist's page and ask back on every change.
     */
    public Webapp webapp(String user) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .build();
        browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://localhost:" + port)
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> tasklist = browser.send(
                HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (tasklist.statusCode() != 200) {
            throw new IllegalStateException(user + " could not open Tasklist: " + tasklist.statusCode());
        }
        return new Webapp(browser, tasklist.headers().firstValue("X-XSRF-TOKEN").orElseThrow());
    }

    public final class Webapp {

        private final HttpClient browser;
        private final String csrf;

        private Webapp(HttpClient browser, String csrf) {
            this.browser = browser;
            this.csrf = csrf;
        }

        /** A call to the webapps' engine API, /camunda/api/engine/engine/default + path. */
        public HttpResponse<String> engine(String method, String path, String json)
                throws IOException, InterruptedException {
            return send(method, "/camunda/api/engine/engine/default" + path, json);
        }

        public HttpResponse<String> send(String method, String path, String json)
                throws IOException, InterruptedException {
            return browser.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("X-XSRF-TOKEN", csrf)
                            .method(
                                    method,
                                    json == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        return user == null ? builder : builder.header("Authorization", basic(user, password));
    }
}
