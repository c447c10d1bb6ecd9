package com.synconfig.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.synconfig.model.check.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a service's files are: one answer for every face, and a data root may not expose any of them. */
class ServiceLayoutTest {

    @TempDir
    Path home;

    private ServiceLayouts layouts(Map<String, String> env) {
        return new ServiceLayouts(home.resolve("synconfig.ini"), new HostEnvironment(Platform.current(), env));
    }

    private static ServiceDefinition.Builder service(String name) {
        return ServiceDefinition.named(name).toBuilder().platform(Platform.current());
    }

    @Test
    void runtimeFilesLiveBesideTheConfigurationByDefault() {
        ServiceLayout l = layouts(Map.of()).of(service("SynSrv").build());
        assertThat(l.directory()).isEqualTo(home.resolve("services/SynSrv"));
        assertThat(l.dataRoot()).isEqualTo(home.resolve("services/SynSrv/data"));
        assertThat(l.usersFile()).isEqualTo(home.resolve("services/SynSrv/users"));
        assertThat(l.logFile()).isEqualTo(home.resolve("services/SynSrv/rsynd.log"));
        assertThat(l.statusFile()).isEqualTo(home.resolve("services/SynSrv/rsynd.pid"));
        assertThat(l.consoleFile()).isEqualTo(home.resolve("services/SynSrv/rsynd.out"));
    }

    @Test
    void theStateAndLogDirectoriesCanBeMovedAsTheInstalledPackageDoes() {
        ServiceLayouts layouts = layouts(Map.of(ServiceLayouts.STATE_DIR_VARIABLE, "/var/lib/synconfig",
                ServiceLayouts.LOG_DIR_VARIABLE, "/var/log/synconfig"));
        ServiceLayout l = layouts.of(service("SynSrv").build());
        assertThat(l.directory()).isEqualTo(Path.of("/var/lib/synconfig/services/SynSrv"));
        assertThat(l.logFile()).isEqualTo(Path.of("/var/log/synconfig/SynSrv/rsynd.log"));
        assertThat(l.configFile()).isEqualTo(home.resolve("synconfig.ini"));
        ServiceLayout explicit = layouts.of(service("SynSrv").logFile("/tmp/x.log").dataRoot("/srv/data").build());
        assertThat(explicit.logFile()).isEqualTo(Path.of("/tmp/x.log"));
        assertThat(explicit.dataRoot()).isEqualTo(Path.of("/srv/data"));
    }

    @Test
    void theCertificateFileIsAPathHereOrNoneWhenItCannotBeNamedHere() {
        ServiceLayouts layouts = layouts(Map.of());
        assertThat(layouts.certificateFile(service("SynSrv").certificateFile("/etc/rsynd.pem").build()))
                .contains(Path.of("/etc/rsynd.pem"));
        assertThat(layouts.certificateFile(service("SynSrv").env(ServiceDefinition.DBLDIR, home.toString()).build()))
                .contains(home.resolve(ServiceDefinition.DEFAULT_CERTIFICATE));
        assertThat(layouts.certificateFile(service("SynSrv").build())).isEmpty();
        assertThat(layouts.certificateFile(service("a/b").certificateFile("/etc/rsynd.pem").build()))
                .as("a name still being typed").isEmpty();
        assertThat(layouts.certificateFile(service("SynSrv").certificateFile("bad\0name").build()))
                .as("a path no file system here can hold").isEmpty();
    }

    @Test
    void aNameThatCouldLeaveTheServicesFolderHasNoDirectory() {
        for (String bad : List.of("..", ".", "a/b", "../etc", "")) {
            assertThatThrownBy(() -> layouts(Map.of()).serviceDirectory(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Fix:");
        }
        assertThat(layouts(Map.of()).serviceDirectory("Syn.Srv-2")).isEqualTo(home.resolve("services/Syn.Srv-2"));
    }

    @Test
    void theCertificateIsFoundInRsyndsOrder() {
        ServiceLayouts withProcessDbldir = layouts(Map.of("DBLDIR", "/opt/process"));
        assertThat(withProcessDbldir.of(service("A").certificateFile("/etc/a.pem").build()).certificate())
                .contains(new CertificateLocation("/etc/a.pem", CertificateLocation.Source.EXPLICIT));
        assertThat(withProcessDbldir.of(service("A").env("DBLDIR", "/opt/service").build()).certificate())
                .map(CertificateLocation::source).contains(CertificateLocation.Source.SERVICE_DBLDIR);
        assertThat(withProcessDbldir.of(service("A").build()).certificate()).map(CertificateLocation::source)
                .contains(CertificateLocation.Source.PROCESS_DBLDIR);
        assertThat(layouts(Map.of()).of(service("A").build()).certificate()).isEmpty();
        Platform other = Platform.current() == Platform.UNIX ? Platform.WINDOWS : Platform.UNIX;
        assertThat(withProcessDbldir.of(service("A").platform(other).build()).certificate())
                .as("this machine's DBLDIR says nothing about a service configured for another platform").isEmpty();
    }

    @Test
    void aDataRootHoldingTheServicesOwnFilesIsAnError() throws Exception {
        ServiceLayouts layouts = layouts(Map.of());
        ServiceValidator validator = new ServiceValidator(CertificateCheck.NONE, layouts);
        Path serviceDir = Files.createDirectories(home.resolve("services/SynSrv"));
        Path pem = Files.writeString(Files.createDirectories(home.resolve("certs")).resolve("rsynd.pem"), "x");

        assertThat(privacy(validator, service("SynSrv").dataRoot(serviceDir.toString()).build()))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("users"));
        assertThat(privacy(validator, service("SynSrv").dataRoot(home.toString()).build()))
                .as("the configuration file's directory").isNotEmpty();
        assertThat(privacy(validator, service("SynSrv").certificateFile(pem.toString())
                .dataRoot(home.resolve("certs").toString()).build()))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("private key"));
        Path link = Files.createSymbolicLink(home.resolve("link"), serviceDir);
        assertThat(privacy(validator, service("SynSrv").dataRoot(link.toString()).build()))
                .as("through a symbolic link").isNotEmpty();

        assertThat(privacy(validator, service("SynSrv").build())).as("the default data root").isEmpty();
        assertThat(privacy(validator, service("SynSrv").dataRoot(home.resolve("shared").toString()).build())).isEmpty();
    }

    private static List<Finding> privacy(ServiceValidator validator, ServiceDefinition s) {
        return validator.validate(s, List.of(s)).stream().filter(f -> f.field().equals("dataRoot"))
                .filter(f -> f.severity().isError()).toList();
    }
}
