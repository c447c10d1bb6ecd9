package com.synconfig.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies flow one way: app-ui (com.synconfig.app) -> embedded-server (com.synconfig.server) -> app-model. */
class ModuleDirectionTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.synconfig");
    }

    @Test
    void eachModuleHasClasses() {
        // Guards the rules below against passing vacuously because a package was renamed.
        org.assertj.core.api.Assertions.assertThat(classes.that(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("com.synconfig.model..")))
                .isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(classes.that(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("com.synconfig.app..")))
                .isNotEmpty();
    }

    @Test
    void modelImportsNoUiNetworkOrCommandLine() {
        noClasses().that().resideInAPackage("com.synconfig.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx.scene..", "javafx.stage..", "io.netty..", "picocli..",
                        "com.synconfig.server..", "com.synconfig.app..")
                .check(classes);
    }

    @Test
    void serverImportsNoJavaFxOrApp() {
        noClasses().that().resideInAPackage("com.synconfig.server..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.controlsfx..", "picocli..", "com.synconfig.app..")
                .check(classes);
    }
}
