package vn.commune.workflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the product rather than as the person whose request is being handled: while a request
 * runs, the engine checks every call against that person's authorizations, and the edge needs to see a task
 * the person may not see (to tell "unknown" from "not yours") or to adjust a grant they could not.
 */
@Component
class WithoutCaller {

    private final IdentityService identity;

    WithoutCaller(IdentityService identity) {
        this.identity = identity;
    }

    <T> T run(Supplier<T> work) {
        var caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
