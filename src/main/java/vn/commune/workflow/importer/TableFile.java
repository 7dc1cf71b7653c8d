package vn.commune.workflow.importer;

import java.util.EnumSet;
import java.util.List;
import vn.commune.workflow.upload.FileKind;
import vn.commune.workflow.upload.UploadInspector;
import vn.commune.workflow.upload.UploadRefusedException;

/**
 * A list a commune keeps as a spreadsheet (.xlsx, .xls) or .csv, such as its staff list: inspected and read as a
 * plan's tables are. Gives the cells of the first sheet that has any, as text ({@code null} for an empty cell).
 */
public final class TableFile {

    private static final UploadInspector UPLOADS = new UploadInspector(
            "danh sách", EnumSet.of(FileKind.XLSX, FileKind.XLS, FileKind.CSV), FileFormat.MAX_BYTES);

    private TableFile() {}

    public static List<List<String>> rows(String fileName, byte[] content) throws PlanReadException {
        FileKind kind;
        try {
            kind = UPLOADS.inspect(fileName, content).kind();
        } catch (UploadRefusedException e) {
            throw PlanReadException.of(FileFormat.WHOLE_FILE, e.getMessage());
        }
        List<Grid> grids = switch (kind) {
            case XLSX -> Ooxml.readXlsx(content, XlsxPlanReader::grids);
            case XLS -> LegacyOffice.readXls(content, XlsxPlanReader::grids);
            default -> List.of(CsvPlanReader.grid(content));
        };
        return grids.stream()
                .map(Grid::rows)
                .filter(rows -> rows.stream().anyMatch(row -> row.stream().anyMatch(c -> c != null)))
                .findFirst()
                .orElse(List.of());
    }
}
