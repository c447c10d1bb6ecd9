package com.synconfig.app;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies flow one way: app-ui (com.synconfig.app) -> embedded-server (com.synconfig.server) -> app-model. */
class ModuleDirectionTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // app-model's tests come as its test-jar, which DO_NOT_INCLUDE_TESTS (test-classes folders) misses
                .withImportOption(location -> !location.contains("-tests.jar"))
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
    void onlyTheLauncherAppliesTheJdkTlsSettings() {
        // The JDK reads them once, at its first TLS use: main applies them first; library code never does.
        noClasses().that().doNotHaveFullyQualifiedName(Launcher.class.getName())
                .should().callMethod("com.synconfig.server.tls.JdkTlsSettings", "apply").check(classes);
    }

    @Test
    void filesAreReplacedOnlyByTheOneAtomicWriter() {
        // a temporary file forced to disk, renamed over the target, permissions as asked: AtomicFiles, nowhere else
        noClasses().that().doNotHaveFullyQualifiedName("com.synconfig.model.files.AtomicFiles")
                .should().callMethodWhere(target(owner(equivalentTo(Files.class)))
                        .and(target(nameMatching("write|writeString|move"))))
                .check(classes);
    }

    @Test
    void theFacesDoNotImportEachOther() {
        noClasses().that().resideInAPackage("com.synconfig.app.gui..")
                .should().dependOnClassesThat().resideInAPackage("com.synconfig.app.cli..").check(classes);
        noClasses().that().resideInAPackage("com.synconfig.app.cli..")
                .should().dependOnClassesThat().resideInAPackage("com.synconfig.app.gui..").check(classes);
    }

    @Test
    void commandPackagesDependOnTheBaseNotOnTheRoot() {
        // the root command lists the command packages; they reach the context and exit codes through cli.base
        noClasses().that().resideInAnyPackage("com.synconfig.app.cli.tls..", "com.synconfig.app.cli.cert..",
                        "com.synconfig.app.cli.base..")
                .should().dependOnClassesThat().resideInAPackage("com.synconfig.app.cli").check(classes);
        noClasses().that().resideInAPackage("com.synconfig.app.cli.base..")
                .should().dependOnClassesThat().resideInAnyPackage("com.synconfig.app.cli.tls..",
                        "com.synconfig.app.cli.cert..").check(classes);
    }

    @Test
    void theWireFormatDoesNotKnowTheStore() {
        noClasses().that().resideInAPackage("com.synconfig.server.wire..")
                .should().dependOnClassesThat().resideInAPackage("com.synconfig.server.store..").check(classes);
    }

    @Test
    void noImportCircles() {
        slices().matching("com.synconfig.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("com.synconfig.model.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("com.synconfig.server.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("com.synconfig.app.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void serverImportsNoJavaFxOrApp() {
        noClasses().that().resideInAPackage("com.synconfig.server..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.controlsfx..", "picocli..", "com.synconfig.app..")
                .check(classes);
    }
}
