package vn.commune.workflow.bench;

/**
 * How big the benchmark's province is: full scale (1.0) is 100 communes of 10 offices with 30 open shares each
 * (300 open tasks per commune, 30,000 in all) and 1,000,000 rows of finished history; {@code -Dbench.scale=0.05}
 * takes that fraction of communes and history for a quick look.
 */
record Scale(double factor, int communes, int offices, int sharesPerOffice, long historyRows) {

    static final int OFFICES = 10;
    static final int SHARES_PER_OFFICE = 30;
    static final int FULL_COMMUNES = 100;
    static final long FULL_HISTORY_ROWS = 1_000_000;

    static Scale fromSystemProperty() {
        double factor = Double.parseDouble(System.getProperty("bench.scale", "1"));
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("bench.scale must be in (0, 1], was " + factor);
        }
        return new Scale(
                factor,
                Math.max(1, (int) Math.round(FULL_COMMUNES * factor)),
                OFFICES,
                SHARES_PER_OFFICE,
                Math.round(FULL_HISTORY_ROWS * factor));
    }

    int sharesPerCommune() {
        return offices * sharesPerOffice;
    }

    int openShares() {
        return communes * sharesPerCommune();
    }

    String label() {
        return String.format("%d communes, %,d open, %,d history", communes, openShares(), historyRows);
    }
}
