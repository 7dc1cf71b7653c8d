package vn.commune.workflow.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where people reach the app: links in emails point here. */
@ConfigurationProperties("workflow")
public record WorkflowProperties(String baseUrl) {

    public String tasklistLink(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
