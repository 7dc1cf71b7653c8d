package vn.commune.workflow.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.commune.workflow.AppHttp;
import vn.commune.workflow.Application;

/**
 * The app as an operator starts it, in a JVM of its own on the benchmark's database: seconds from the process start
 * (PostgreSQL included) to the readiness probe answering 200, and the live heap after a full GC once the chairman's
 * dashboard and an office's task list have been served.
 */
final class ColdStart {

    record Measured(double secondsToReady, double liveHeapMb) {}

    static Measured measure(Path dataDir, Path log, String chairman, String head, String office) throws Exception {
        int port = freePort();
        // Each entry once: Liquibase refuses a changelog found twice on the classpath.
        String classpath = String.join(
                File.pathSeparator,
                new java.util.LinkedHashSet<>(
                        List.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                                .split(File.pathSeparator))));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.timezone=UTC",
                "-Dfile.encoding=UTF-8",
                "-Dliquibase.duplicateFileMode=WARN",
                "-cp",
                classpath,
                Application.class.getName(),
                "--workflow.embedded-postgres.data-dir=" + dataDir.toAbsolutePath(),
                "--workflow.demo.enabled=false",
                "--server.port=" + port,
                "--workflow.base-url=http://localhost:" + port));
        long start = System.nanoTime();
        Process app = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            URI readiness = URI.create("http://localhost:" + port + "/actuator/health/readiness");
            long deadline = start + TimeUnit.MINUTES.toNanos(5);
            while (true) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the app stopped before it was ready; see " + log);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the app was not ready within 5 minutes; see " + log);
                }
                try {
                    if (http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            AppHttp client = new AppHttp(port);
            for (int i = 0; i < 5; i++) {
                client.get("/api/dashboard", chairman);
                client.get(
                        "/engine-rest/task?candidateGroup=" + office + "&sortBy=dueDate&sortOrder=asc&maxResults=50",
                        head);
            }
            jcmd(app.pid(), "GC.run");
            String heap = jcmd(app.pid(), "GC.heap_info");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
            double liveMb = used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
            return new Measured(seconds, liveMb);
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toFile().exists() ? jcmd.toString() : "jcmd", String.valueOf(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String machine() {
        long memoryMb = -1;
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memoryMb = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException ignored) {
            // not Linux: memory unknown
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + (memoryMb / 1024) + " GB RAM, "
                + System.getProperty("os.name") + ", Java " + System.getProperty("java.version");
    }
}
