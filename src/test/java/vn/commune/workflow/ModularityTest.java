package vn.commune.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages form a graph without cycles, and none reaches into another's internals. The module
 * documentation in docs/modules/ is written from the code at each run, so it cannot fall behind it.
 */
class ModularityTest {

    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path fresh = Files.createTempDirectory(Path.of("target"), "modules-");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(fresh.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(DOCS);
        try (Stream<Path> files = Files.list(fresh)) {
            for (Path file : files.toList()) {
                keepUnlessChanged(file, DOCS.resolve(file.getFileName()));
            }
        }
    }

    /** The documenter lists modules in no fixed order: a file is replaced only when what it says changed. */
    private static void keepUnlessChanged(Path fresh, Path kept) throws IOException {
        if (!Files.exists(kept) || !sorted(fresh).equals(sorted(kept))) {
            Files.copy(fresh, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> sorted(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
