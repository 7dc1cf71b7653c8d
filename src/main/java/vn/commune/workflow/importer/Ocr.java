package vn.commune.workflow.importer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads scanned pages with the Tesseract command and its Vietnamese data (Debian packages
 * {@code tesseract-ocr} and {@code tesseract-ocr-vie}): each page is rendered at 300 dpi into a temporary
 * directory that is removed afterwards, whatever happens.
 */
final class Ocr {
    static final String COMMAND = "tesseract";
    static final int MAX_PAGES = 30;
    private static final float DPI = 300;
    /** A page drawn larger than this (a poster, a forged page size) is rendered at a lower resolution. */
    private static final float MAX_SIDE_PIXELS = 5000;

    private static final long CHECK_SECONDS = 20;
    private static final String INSTALL = "cần cài các gói tesseract-ocr và tesseract-ocr-vie"
            + " (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-vie)";

    private final String command;
    private final Duration pageTimeout;

    Ocr(String command) {
        this(command, Duration.ofMinutes(2));
    }

    Ocr(String command, Duration pageTimeout) {
        this.command = command;
        this.pageTimeout = pageTimeout;
    }

    /** Each page's lines, an empty line between paragraphs. */
    List<List<String>> read(PDDocument pdf) {
        checkInstalled();
        Path directory = null;
        try {
            directory = Files.createTempDirectory("ke-hoach-ocr");
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<List<String>> pages = new ArrayList<>();
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                float dpi = dpi(pdf, p);
                BufferedImage image = renderer.renderImageWithDPI(p, dpi, ImageType.GRAY);
                Path png = directory.resolve("trang-" + (p + 1) + ".png");
                ImageIO.write(image, "png", png.toFile());
                String base = directory.resolve("trang-" + (p + 1)).toString();
                run(
                        List.of(command, png.toString(), base, "-l", "vie", "--dpi", String.valueOf(Math.round(dpi))),
                        "trang " + (p + 1));
                pages.add(Files.readString(Path.of(base + ".txt"), StandardCharsets.UTF_8)
                        .lines()
                        .toList());
            }
            return pages;
        } catch (IOException e) {
            throw PlanReadException.of(
                    FileFormat.WHOLE_FILE,
                    "Không nhận dạng được chữ trong bản quét (" + e.getClass().getSimpleName() + ").");
        } finally {
            delete(directory);
        }
    }

    private void checkInstalled() {
        String languages;
        try {
            Process process = new ProcessBuilder(command, "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            if (!process.waitFor(CHECK_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw notInstalled("Tesseract không trả lời");
            }
            languages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw notInstalled("máy chủ chưa cài Tesseract");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw notInstalled("việc kiểm tra Tesseract bị ngắt");
        }
        if (languages.lines().map(String::strip).noneMatch("vie"::equals)) {
            throw notInstalled("Tesseract chưa có dữ liệu tiếng Việt");
        }
    }

    private static PlanReadException notInstalled(String why) {
        return PlanReadException.of(
                FileFormat.WHOLE_FILE,
                "Tệp PDF là bản quét (không có lớp chữ) nên phải nhận dạng chữ (OCR), nhưng " + why + ": " + INSTALL
                        + ". Hoặc tải lên bản PDF có lớp chữ, tệp .docx hay .txt.");
    }

    private void run(List<String> arguments, String where) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(arguments)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // One thread per page: Tesseract's own threads only contend with the server's on a small machine.
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        try {
            if (!process.waitFor(pageTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw PlanReadException.of(
                        where,
                        "Nhận dạng chữ (OCR) mất quá " + pageTimeout.toSeconds() + " giây cho một trang; hãy tải lên"
                                + " bản PDF có lớp chữ hoặc tệp .docx.");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw PlanReadException.of(where, "Việc nhận dạng chữ (OCR) bị ngắt; hãy thử lại.");
        }
        if (process.exitValue() != 0) {
            throw PlanReadException.of(
                    where, "Tesseract không nhận dạng được trang này (mã lỗi " + process.exitValue() + ").");
        }
    }

    private static float dpi(PDDocument pdf, int page) {
        PDRectangle box = pdf.getPage(page).getCropBox();
        float longest = Math.max(box.getWidth(), box.getHeight()) / 72f;
        return longest <= 0 ? DPI : Math.min(DPI, MAX_SIDE_PIXELS / longest);
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Left for the system's temporary-file cleaning; the reading itself is done.
        }
    }
}
