package vn.commune.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of bpmn/ together with the forms of forms/, so that a task's
 * "embedded:deployment:" form always matches its model's version. Unchanged files deploy nothing.
 */
@Component
class ProcessDeployer {

    static final String DEPLOYMENT_NAME = "commune-workflow";

    private final RepositoryService repository;

    ProcessDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    @EventListener
    @Order(0)
    public void deploy(ApplicationReadyEvent event) throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        DeploymentBuilder deployment = repository
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        for (String folder : new String[] {"bpmn", "forms"}) {
            for (Resource resource : resolver.getResources("classpath*:" + folder + "/*.*")) {
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(folder + "/" + resource.getFilename(), in);
                }
            }
        }
        deployment.deploy();
    }
}
