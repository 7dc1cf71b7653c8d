package vn.commune.workflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.commune.workflow.IntegrationTest;

/**
 * The test database starts empty and the engine may not make tables ({@code schema-update} off): every table the
 * engine's own create scripts would make, and every table of the product's changesets, comes from the changelog,
 * which has nothing left to run.
 */
class SchemaTest extends IntegrationTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create table\\s+(?:if not exists\\s+)?(\\w+)");

    @Autowired
    private DataSource dataSource;

    @Value("${camunda.bpm.database.schema-update}")
    private String schemaUpdate;

    @Test
    void everyTableComesFromTheChangelogAndTheEngineMakesNone() throws Exception {
        assertThat(schemaUpdate).isEqualTo("false");
        Set<String> tables = new TreeSet<>(
                jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema()")
                        .query(String.class)
                        .list());

        Set<String> engineTables =
                tablesCreatedBy("classpath*:org/camunda/bpm/engine/db/create/activiti.postgres.create.*.sql");
        assertThat(engineTables).as("the engine's create scripts").hasSizeGreaterThan(40);
        assertThat(tables).containsAll(engineTables);
        assertThat(engine.getManagementService().getTableCount().keySet())
                .allSatisfy(table -> assertThat(tables).contains(table.toLowerCase()));

        Set<String> productTables = tablesCreatedBy("classpath*:db/changes/*.sql");
        assertThat(productTables).contains("plan", "assignment", "outbox_email", "audit_event", "indicator_value");
        assertThat(tables).containsAll(productTables);

        try (Connection connection = dataSource.getConnection()) {
            Liquibase changelog = new Liquibase(
                    "db/changelog.yaml",
                    new ClassLoaderResourceAccessor(),
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection)));
            assertThat(changelog.listUnrunChangeSets(new Contexts(), new LabelExpression()))
                    .isEmpty();
        }
        assertThat(jdbc.sql("select count(*) from databasechangelog where author = 'Camunda'")
                        .query(Long.class)
                        .single())
                .as("Camunda's own changesets are recorded as run")
                .isPositive();
    }

    private static Set<String> tablesCreatedBy(String pattern) throws IOException {
        Set<String> tables = new TreeSet<>();
        for (Resource script : new PathMatchingResourcePatternResolver().getResources(pattern)) {
            Matcher create = CREATE_TABLE.matcher(script.getContentAsString(StandardCharsets.UTF_8));
            while (create.find()) {
                tables.add(create.group(1).toLowerCase());
            }
        }
        return tables;
    }
}
