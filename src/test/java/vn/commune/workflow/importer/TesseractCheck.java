package vn.commune.workflow.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Whether this machine can run the OCR tests (.ci/run installs tesseract-ocr and tesseract-ocr-vie). */
public final class TesseractCheck {
    private TesseractCheck() {}

    public static boolean hasVietnamese() {
        try {
            Process process = new ProcessBuilder(Ocr.COMMAND, "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            String languages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return languages.lines().anyMatch(line -> line.strip().equals("vie"));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
