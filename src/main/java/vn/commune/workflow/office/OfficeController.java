package vn.commune.workflow.office;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.commune.workflow.commune.CommuneScope;

@RestController
class OfficeController {

    private final OfficeRepository offices;
    private final CommuneScope communes;

    OfficeController(OfficeRepository offices, CommuneScope communes) {
        this.offices = offices;
        this.communes = communes;
    }

    /**
     * The offices of the user's commune, for choosing where an unknown name in a document belongs; of a commune of
     * their province for province staff ({@code commune}).
     */
    @GetMapping("/api/offices")
    List<Office> list(@RequestParam(required = false) String commune) {
        return offices.findByCommune(communes.readable(commune));
    }
}
