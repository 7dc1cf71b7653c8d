package vn.commune.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The net under the engine's HTTP APIs: the engine answers some refusals a person can cause with 500 (a
 * completion race, a task already finished, a task listener refusing the submitted work, a model that does not
 * parse). When, and only when, a 500 is being written, its body is held back and read; a known kind of refusal is
 * answered with its 4xx status and a Vietnamese message instead, in the engine's own JSON shape. Other responses
 * pass through unbuffered, and an unknown 500 stays what it is: a fault of the server.
 */
final class EngineErrors {

    static final String CONFLICT = "Dữ liệu vừa được người khác thay đổi (có thể nhiệm vụ vừa được nhận hoặc hoàn"
            + " thành). Hãy tải lại trang rồi thử lại.";
    static final String NOT_FOUND =
            "Không tìm thấy: nhiệm vụ hay đối tượng này không tồn tại hoặc đã hoàn thành. Hãy tải lại danh sách việc.";
    static final String PROCESS_TASK = "Không thể xóa nhiệm vụ thuộc một quy trình đang chạy.";
    static final String UNREADABLE_MODEL = "Tệp mô hình không hợp lệ, không đọc được: ";
    static final String INVALID_ID = "Mã không hợp lệ: chỉ dùng chữ không dấu, chữ số và các dấu . _ -";
    static final String DUPLICATE = "Đã có một bản ghi như vậy (trùng mã hoặc trùng nội dung).";
    static final String WEAK_PASSWORD = "Mật khẩu mới chưa đủ mạnh: cần ít nhất 10 ký tự, có chữ hoa, chữ thường,"
            + " chữ số và ký tự đặc biệt, và không chứa tên đăng nhập, họ tên hay e-mail.";

    private static final String LISTENER_REFUSAL = "Exception while invoking TaskListener: ";
    /** The engine's code for an optimistic locking failure (BuiltinExceptionCode.OPTIMISTIC_LOCKING). */
    private static final int OPTIMISTIC_LOCKING = 1;

    private EngineErrors() {}

    /** The refusal a 500 body of the engine stands for, if it is one a person caused. */
    static Optional<Refusal> refusalFor(JsonNode error) {
        String type = error.path("type").asText("");
        String message = error.path("message").asText("");
        if (error.path("code").asInt(0) == OPTIMISTIC_LOCKING
                || type.equals("OptimisticLockingException")
                || message.contains("ENGINE-03005")) {
            return Optional.of(new Refusal(HttpServletResponse.SC_CONFLICT, type, CONFLICT));
        }
        int at = message.lastIndexOf(LISTENER_REFUSAL);
        if (at >= 0) {
            // The product's task listeners refuse work that is not ready (TaskCompletion, the reporting and
            // extension steps); the engine wraps the reason, once more in quotes on a form submission (ENGINE-03051).
            String reason = message.substring(at + LISTENER_REFUSAL.length());
            if (message.contains("Message: '") && reason.endsWith("'")) {
                reason = reason.substring(0, reason.length() - 1);
            }
            return Optional.of(Refusal.unprocessable(reason));
        }
        if (type.equals("NullValueException")
                || type.equals("NotFoundException")
                || message.contains("Cannot find")
                || message.contains("No matching")
                || message.contains("does not exist")
                // Another commune's task or instance (the engine's tenant check): for this person it does not exist.
                || message.contains("belongs to no authenticated tenant")) {
            return Optional.of(new Refusal(HttpServletResponse.SC_NOT_FOUND, type, NOT_FOUND));
        }
        if (message.contains("cannot be deleted because is part of a running")) {
            return Optional.of(new Refusal(HttpServletResponse.SC_CONFLICT, type, PROCESS_TASK));
        }
        if (message.contains("duplicate key value violates unique constraint")) {
            return Optional.of(new Refusal(HttpServletResponse.SC_CONFLICT, type, DUPLICATE));
        }
        if (message.contains("is not a valid resource identifier")) {
            return Optional.of(Refusal.badRequest(INVALID_ID));
        }
        if (message.contains("Password does not match policy")) {
            return Optional.of(Refusal.badRequest(WEAK_PASSWORD));
        }
        if (type.equals("ParseException")
                || message.contains("ENGINE-09005")
                || message.contains("ENGINE-01009")
                || message.contains("DOCTYPE")) {
            return Optional.of(new Refusal(HttpServletResponse.SC_BAD_REQUEST, type, UNREADABLE_MODEL + message));
        }
        return Optional.empty();
    }

    /** Passes everything through, except a 500 body, which it holds for {@link #finish}. */
    static final class Response extends HttpServletResponseWrapper {

        private final ObjectMapper json;
        private ByteArrayOutputStream held;
        private PrintWriter heldWriter;

        Response(HttpServletResponse response, ObjectMapper json) {
            super(response);
            this.json = json;
        }

        @Override
        public void setStatus(int status) {
            if (status == SC_INTERNAL_SERVER_ERROR && !isCommitted()) {
                held = new ByteArrayOutputStream();
            } else {
                held = null;
                super.setStatus(status);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (held == null) {
                return super.getOutputStream();
            }
            ByteArrayOutputStream target = held;
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    target.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    target.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking only");
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (held == null) {
                return super.getWriter();
            }
            if (heldWriter == null) {
                heldWriter = new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8));
            }
            return heldWriter;
        }

        @Override
        public void setContentLength(int length) {
            if (held == null) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (held == null) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (held == null || !"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (held == null || !"Content-Length".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (held == null) {
                super.flushBuffer();
            }
        }

        @Override
        public void reset() {
            held = null;
            heldWriter = null;
            super.reset();
        }

        @Override
        public void resetBuffer() {
            if (held != null) {
                held.reset();
            }
            super.resetBuffer();
        }

        /** Writes the held 500, turned into the refusal it stands for when it is one. */
        void finish() throws IOException {
            if (held == null) {
                return;
            }
            if (heldWriter != null) {
                heldWriter.flush();
            }
            byte[] body = held.toByteArray();
            held = null;
            HttpServletResponse response = (HttpServletResponse) getResponse();
            Optional<Refusal> refusal = Optional.empty();
            try {
                refusal = refusalFor(json.readTree(body));
            } catch (IOException notJson) {
                // Not the engine's JSON: leave it as it is.
            }
            if (refusal.isPresent()) {
                refusal.get().write(response, json);
                return;
            }
            response.setStatus(SC_INTERNAL_SERVER_ERROR);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
