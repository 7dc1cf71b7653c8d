package vn.commune.workflow.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.commune.workflow.plan.InvalidPlanException;
import vn.commune.workflow.plan.Problem;
import vn.commune.workflow.upload.UploadRefusedException;

/** Every refusal of the API answers JSON with a Vietnamese message a person can act on. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> refused(ApiException e) {
        return ResponseEntity.status(e.status()).body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(InvalidPlanException.class)
    ResponseEntity<Map<String, Object>> invalidPlan(InvalidPlanException e) {
        return ResponseEntity.status(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(Map.of("errors", e.problems()));
    }

    @ExceptionHandler(UploadRefusedException.class)
    ResponseEntity<Map<String, Object>> uploadRefused(UploadRefusedException e) {
        return ResponseEntity.unprocessableEntity().body(Map.of("message", e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest()
                .body(
                        Map.of(
                                "message",
                                "Dữ liệu gửi lên không đọc được (JSON sai hoặc ngày không có thật, ngày viết dạng yyyy-mm-dd)."));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, Object>> badParameter(Exception e) {
        String name = e instanceof MissingServletRequestParameterException m
                ? m.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        return ResponseEntity.badRequest().body(Map.of("message", "Tham số \"" + name + "\" thiếu hoặc không hợp lệ."));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(Map.of(
                        "message",
                        "Tệp quá lớn: vượt giới hạn cho phép của hệ thống.",
                        "errors",
                        List.of(new Problem("Tệp tải lên", "Tệp quá lớn: vượt giới hạn cho phép của hệ thống."))));
    }
}
