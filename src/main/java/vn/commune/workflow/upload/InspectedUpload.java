package vn.commune.workflow.upload;

/** An uploaded file that passed inspection: its cleaned name, what it is, and the content type to serve it with. */
public record InspectedUpload(String fileName, FileKind kind, String contentType) {}
