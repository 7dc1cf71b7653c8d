package vn.commune.workflow.setup;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SetupPages {

    /** The administrators' setup pages (static; every call they make is checked by the API). */
    @GetMapping("/admin/setup")
    String setup() {
        return "forward:/admin/setup.html";
    }
}
