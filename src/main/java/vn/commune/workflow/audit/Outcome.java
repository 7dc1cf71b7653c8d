package vn.commune.workflow.audit;

/** How an act ended: done, refused (rights, credentials, rules), or failed on the server's side. */
public enum Outcome {
    OK("Thành công"),
    REFUSED("Bị từ chối"),
    FAILED("Lỗi");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
