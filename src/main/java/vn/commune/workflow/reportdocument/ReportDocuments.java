package vn.commune.workflow.reportdocument;

/** Turns a consolidated report into the files the commune sends and keeps. */
public final class ReportDocuments {

    /** The signed-report layout of Nghị định 30/2020/NĐ-CP, as a Word document. */
    public byte[] docx(ConsolidatedReport report) {
        return new DocxWriter().write(report);
    }

    /** The figures and the task list as a workbook, for filtering and re-use. */
    public byte[] xlsx(ConsolidatedReport report) {
        return new XlsxWriter().write(report);
    }
}
