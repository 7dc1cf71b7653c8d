package vn.commune.workflow.engine;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The ready-made Tasklist filters every office uses. Each filter is visible to everyone; the engine's
 * authorizations narrow what it returns, so an office head sees their office's tasks and the
 * chairman every office's.
 */
@Component
class TasklistFilters {

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @EventListener
    @Order(5)
    public void createMissing(ApplicationReadyEvent event) {
        List<Definition> definitions = List.of(
                new Definition(
                        "Việc của phòng",
                        "Việc giao cho phòng của tôi, đã nhận hay chưa",
                        1,
                        "#b3261e",
                        tasks.createTaskQuery()
                                .taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks()
                                .orderByDueDate()
                                .asc()),
                new Definition(
                        "Việc tôi đã nhận",
                        "Việc tôi đang xử lý",
                        2,
                        "#1b7f3b",
                        tasks.createTaskQuery()
                                .taskAssigneeExpression("${currentUser()}")
                                .orderByDueDate()
                                .asc()),
                new Definition(
                        "Sắp đến hạn (7 ngày)",
                        "Việc đến hạn trong 7 ngày tới",
                        3,
                        "#8a5a00",
                        tasks.createTaskQuery()
                                .dueAfterExpression("${now()}")
                                .dueBeforeExpression("${dateTime().plusDays(7)}")
                                .orderByDueDate()
                                .asc()),
                new Definition(
                        "Quá hạn",
                        "Việc đã quá hạn xử lý mà chưa hoàn thành",
                        4,
                        "#5f0000",
                        tasks.createTaskQuery()
                                .dueBeforeExpression("${now()}")
                                .orderByDueDate()
                                .asc()));
        for (Definition d : definitions) {
            if (filters.createFilterQuery().filterName(d.name()).count() == 0) {
                Filter filter = filters.newTaskFilter(d.name())
                        .setQuery(d.query())
                        .setProperties(Map.of(
                                "description",
                                d.description(),
                                "priority",
                                d.priority(),
                                "color",
                                d.color(),
                                "refresh",
                                true));
                filters.saveFilter(filter);
                Authorization readForAll = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
                readForAll.setUserId(Authorization.ANY);
                readForAll.setResource(Resources.FILTER);
                readForAll.setResourceId(filter.getId());
                readForAll.addPermission(Permissions.READ);
                authorizations.saveAuthorization(readForAll);
            }
        }
    }

    private record Definition(String name, String description, int priority, String color, TaskQuery query) {}
}
