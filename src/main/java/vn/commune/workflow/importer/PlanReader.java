package vn.commune.workflow.importer;

import java.util.EnumSet;
import vn.commune.workflow.upload.FileKind;
import vn.commune.workflow.upload.UploadInspector;
import vn.commune.workflow.upload.UploadRefusedException;

/**
 * Reads a commune plan (Kế hoạch) and returns its tasks. Accepts .docx, .xlsx, .csv and UTF-8 .txt
 * copied from the signed PDF; the extension and the content must agree. Either the whole plan is
 * returned or a {@link PlanReadException} says, in Vietnamese, where and why it could not be read.
 */
public final class PlanReader {

    /** Every upload is inspected (bombs, entities, macros) before a reader opens its bytes. */
    private static final UploadInspector UPLOADS = new UploadInspector(
            "kế hoạch", EnumSet.of(FileKind.DOCX, FileKind.XLSX, FileKind.CSV, FileKind.TXT), FileFormat.MAX_BYTES);

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
            case XLSX -> XlsxPlanReader.read(content);
            case CSV -> CsvPlanReader.read(content);
            case TXT -> TextPlanReader.read(content);
        };
    }
}
