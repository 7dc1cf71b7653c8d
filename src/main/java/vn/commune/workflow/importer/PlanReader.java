package vn.commune.workflow.importer;

/**
 * Reads a commune plan (Kế hoạch) and returns its tasks. Accepts .docx, .doc, .xlsx, .xls, .csv, UTF-8
 * .txt copied from the signed PDF, and the PDF itself (its text layer, or OCR for a scan); the extension
 * and the content must agree. Either the whole plan is returned or a {@link PlanReadException} says, in
 * Vietnamese, where and why it could not be read.
 */
public final class PlanReader {
    private final Ocr ocr;

    public PlanReader() {
        this(new Ocr(Ocr.COMMAND));
    }

    PlanReader(Ocr ocr) {
        this.ocr = ocr;
    }

    public ParsedPlan read(String fileName, byte[] content) throws PlanReadException {
        return switch (FileFormat.detect(fileName, content)) {
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
