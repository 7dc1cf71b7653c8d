package vn.commune.workflow.importer;

/**
 * Reads a commune plan (Kế hoạch) and returns its tasks. Accepts .docx, .xlsx, .csv and UTF-8 .txt
 * copied from the signed PDF; the extension and the content must agree. Either the whole plan is
 * returned or a {@link PlanReadException} says, in Vietnamese, where and why it could not be read.
 */
public final class PlanReader {
    public ParsedPlan read(String fileName, byte[] content) throws PlanReadException {
        return switch (FileFormat.detect(fileName, content)) {
            case DOCX -> DocxPlanReader.read(content);
            case XLSX -> XlsxPlanReader.read(content);
            case CSV -> CsvPlanReader.read(content);
            case TXT -> TextPlanReader.read(content);
        };
    }
}
