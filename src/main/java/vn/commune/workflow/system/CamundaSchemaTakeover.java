package vn.commune.workflow.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Databases made before Liquibase owned Camunda's schema (the engine created it itself) already hold Camunda's
 * tables: before the changelog runs, Camunda's changesets up to the schema's version are recorded as applied, so
 * that Liquibase takes the schema over without touching a row.
 */
@Component
class CamundaSchemaTakeover implements BeanPostProcessor {

    static final String CAMUNDA_CHANGELOG = "org/camunda/bpm/engine/db/liquibase/camunda-changelog.xml";

    private static final Logger log = LoggerFactory.getLogger(CamundaSchemaTakeover.class);

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase) {
            takeOver(liquibase.getDataSource());
        }
        return bean;
    }

    /**
     * Liquibase makes Camunda's tables, so the engine waits for it: otherwise whatever needs the engine early (the
     * servlet filters made when the web server starts) would build it on an empty database.
     */
    @Bean
    static BeanFactoryPostProcessor engineAfterLiquibase() {
        return beans -> {
            for (String engine : beans.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false)) {
                BeanDefinition definition = beans.getBeanDefinition(engine.replaceFirst("^&", ""));
                List<String> dependsOn = new ArrayList<>();
                if (definition.getDependsOn() != null) {
                    dependsOn.addAll(List.of(definition.getDependsOn()));
                }
                for (String liquibase : beans.getBeanNamesForType(SpringLiquibase.class, true, false)) {
                    dependsOn.add(liquibase.replaceFirst("^&", ""));
                }
                definition.setDependsOn(dependsOn.toArray(String[]::new));
            }
        };
    }

    static void takeOver(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, "select 1 from information_schema.tables where table_name = 'act_ge_property'")
                    || (exists(
                                    connection,
                                    "select 1 from information_schema.tables where table_name = 'databasechangelog'")
                            && exists(connection, "select 1 from databasechangelog where author = 'Camunda'"))) {
                return;
            }
            String version = value(connection, "select value_ from act_ge_property where name_ = 'schema.version'");
            log.info("Camunda's tables (schema {}) were made by the engine: Liquibase takes them over", version);
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase camunda = new Liquibase(CAMUNDA_CHANGELOG, new ClassLoaderResourceAccessor(), database);
            camunda.changeLogSync(version, new Contexts(), new LabelExpression());
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Could not take over Camunda's schema with Liquibase", e);
        }
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next();
        }
    }

    private static String value(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
