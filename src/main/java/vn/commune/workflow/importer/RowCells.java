package vn.commune.workflow.importer;

/** The cells of one task row; a cell the row leaves empty is {@code null}. */
record RowCells(String title, String lead, String coordinating, String result, String deadline) {}
