package vn.commune.workflow.importer;

import java.util.EnumSet;
import vn.commune.workflow.upload.FileKind;
import vn.commune.workflow.upload.UploadInspector;
import vn.commune.workflow.upload.UploadRefusedException;

/**
 * Reads a commune plan (Kế hoạch) and returns its tasks. Accepts .docx, .doc, .xlsx, .xls, .csv, UTF-8
 * .txt copied from the signed PDF, and the PDF itself (its text layer, or OCR for a scan); the extension
 * and the content must agree. Either the whole plan is returned or a {@link PlanReadException} says, in
 * Vietnamese, where and why it could not be read.
 */
public final class PlanReader {

    /** Every upload is inspected (bombs, entities, macros) before a reader opens its bytes. */
    private static final UploadInspector UPLOADS = new UploadInspector(
            "kế hoạch",
            EnumSet.of(
                    FileKind.DOCX, FileKind.DOC, FileKind.XLSX, FileKind.XLS, FileKind.PDF, FileKind.CSV, FileKind.TXT),
            FileFormat.MAX_BYTES);

    private final Ocr ocr;

    public PlanReader() {
        this(new Ocr(Ocr.COMMAND));
    }

    PlanReader(Ocr ocr) {
        this.ocr = ocr;
    }

    public ParsedPlan read(String fileName, byte[] content) throws PlanReadException {
        FileFormat format;
        try {
            String name = UploadInspector.cleanName(fileName);
            format = FileFormat.detect(name, content);
            UPLOADS.inspect(name, content);
        } catch (UploadRefusedException e) {
            throw PlanReadException.of(FileFormat.WHOLE_FILE, e.getMessage());
        }
        return switch (format) {
            case DOCX -> DocxPlanReader.read(content);
            case DOC -> DocPlanReader.read(content);
            case XLSX -> XlsxPlanReader.read(content);
            case XLS -> XlsxPlanReader.readLegacy(content);
            case PDF -> PdfPlanReader.read(content, ocr);
            case CSV -> CsvPlanReader.read(content);
            case TXT -> TextPlanReader.read(content);
        };
    }
}
