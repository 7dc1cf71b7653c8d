package vn.commune.workflow.plan;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.commune.CommuneScope;
import vn.commune.workflow.system.Refusal;

/** Plans are readable by everyone in the commune, and by the province's staff ({@code commune}). */
@RestController
class PlanController {

    private final PlanQueries plans;
    private final CommuneScope communes;

    PlanController(PlanQueries plans, CommuneScope communes) {
        this.plans = plans;
        this.communes = communes;
    }

    @GetMapping("/api/plans")
    List<PlanQueries.PlanSummary> list(@RequestParam(required = false) String commune) {
        return plans.list(communes.readable(commune));
    }

    @GetMapping("/api/plans/{id}")
    PlanQueries.PlanDetail show(@PathVariable long id, @RequestParam(required = false) String commune) {
        return plans.find(communes.readable(commune), id)
                .orElseThrow(() -> Refusal.notFound("Không tìm thấy kế hoạch số " + id + "."));
    }
}
