package vn.commune.workflow.plantask;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.commune.workflow.engine.RetiredSteps;

/**
 * Before the morning round, each office's share watched its own deadline inside a "Thực hiện, được nhắc hạn"
 * subprocess: a timer per reminder and one for the deadline, and a message when the date changed. Those waits are
 * cancelled when such an instance moves to the current model (the round now reads the same dates from the share's
 * row), and the office's task moves out of the removed subprocess with its claim and evidence.
 */
@Configuration(proxyBeanMethods = false)
class RetiredDeadlineWatch {

    @Bean
    RetiredSteps planTaskDeadlineWatch() {
        return new RetiredSteps(
                PlanTaskModel.PROCESS_KEY,
                List.of(
                        "Gateway_WaitForReminder",
                        "Gateway_WaitForDeadline",
                        "MessageEvent_DeadlineSet",
                        "MessageEvent_ChangedAfterEscalation"),
                List.of(PlanTaskModel.CARRY_OUT));
    }
}
