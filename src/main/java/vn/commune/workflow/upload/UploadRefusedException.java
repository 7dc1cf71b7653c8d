package vn.commune.workflow.upload;

import vn.commune.workflow.system.Refusal;

/** An uploaded file was refused before anything kept or opened it; the message names the file and says why. */
public class UploadRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UploadRefusedException(String message) {
        super(Reason.INVALID, message);
    }

    /** "Tệp "name" " followed by the reason. */
    static UploadRefusedException of(String fileName, String reason) {
        return new UploadRefusedException("Tệp \"" + fileName + "\" " + reason);
    }

    static UploadRefusedException mismatch(String fileName, String extension, String actual) {
        return of(
                fileName,
                "không đúng định dạng ." + extension + " như tên tệp: nội dung "
                        + (actual == null
                                ? "không phải là tệp " + extension.toUpperCase(java.util.Locale.ROOT) + " hợp lệ"
                                : "là " + actual)
                        + ".");
    }

    static UploadRefusedException broken(String fileName, String what) {
        return of(
                fileName,
                "bị hỏng hoặc đã bị sửa (" + what + "); hãy lưu lại tệp từ phần mềm đã tạo ra nó rồi tải lên lại.");
    }

    static UploadRefusedException bomb(String fileName, String what) {
        return of(fileName, what + "; nghi là «bom nén» nên không được mở.");
    }

    static UploadRefusedException macros(String fileName) {
        return of(
                fileName,
                "có chứa macro (mã VBA) có thể tự chạy; hãy lưu lại thành tệp không có macro"
                        + " (.docx, .xlsx, .pptx) hoặc xuất ra PDF rồi tải lên lại.");
    }

    static UploadRefusedException markup(String fileName, String found) {
        return of(
                fileName,
                "có lẫn mã HTML/script («" + found + "») mà tệp thật không bao giờ có, nên bị từ chối;"
                        + " hãy tải lên bản gốc của tệp.");
    }
}
