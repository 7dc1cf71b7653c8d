package vn.commune.workflow.plan;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.commune.CommuneScope;
import vn.commune.workflow.system.Refusal;

/** Plans are readable by everyone in the commune. */
@RestController
class PlanController {

    private final PlanQueries plans;
    private final CommuneScope communes;

    PlanController(PlanQueries plans, CommuneScope communes) {
        this.plans = plans;
        this.communes = communes;
    }

    @GetMapping("/api/plans")
    List<PlanQueries.PlanSummary> list() {
        return plans.list(communes.current());
    }

    @GetMapping("/api/plans/{id}")
    PlanQueries.PlanDetail show(@PathVariable long id) {
        return plans.find(communes.current(), id)
                .orElseThrow(() -> Refusal.notFound("Không tìm thấy kế hoạch số " + id + "."));
    }
}
