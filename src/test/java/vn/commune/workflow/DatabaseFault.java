package vn.commune.workflow;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database failing on one kind of write, as a full disk or a lost connection would: a trigger that raises, on
 * until closed. For tests of what a failure in the middle of an act leaves behind.
 */
public final class DatabaseFault implements AutoCloseable {

    private static final String NAME = "test_database_fault";

    private final JdbcClient jdbc;
    private final String table;

    private DatabaseFault(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /**
     * @param when the trigger's event, e.g. {@code "insert"} or {@code "update of due_date"}
     * @param message the database's error message
     */
    public static DatabaseFault on(JdbcClient jdbc, String when, String table, String message) {
        jdbc.sql("create or replace function " + NAME
                        + "() returns trigger language plpgsql as $$ begin raise exception '"
                        + message.replace("'", "''") + "'; end $$")
                .update();
        jdbc.sql("create trigger " + NAME + " before " + when + " on " + table + " for each row execute function "
                        + NAME + "()")
                .update();
        return new DatabaseFault(jdbc, table);
    }

    @Override
    public void close() {
        jdbc.sql("drop trigger if exists " + NAME + " on " + table).update();
    }
}
