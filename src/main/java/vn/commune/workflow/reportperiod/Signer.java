package vn.commune.workflow.reportperiod;

/**
 * Who signs an approved report, chosen at approval, and the signature block Nghị định 30/2020 gives each for a body
 * that decides collectively: the chairman signs for the committee, a vice chairman for the chairman, under it.
 */
enum Signer {
    CHAIRMAN("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    VICE_CHAIRMAN("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");

    private final String authority;
    private final String title;

    Signer(String authority, String title) {
        this.authority = authority;
        this.title = title;
    }

    String authority() {
        return authority;
    }

    String title() {
        return title;
    }
}
