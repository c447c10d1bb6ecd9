package com.synconfig.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.synconfig.model.check.Finding;
import com.synconfig.model.check.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of SPEC.md sections 1-2: one test that triggers it, one that does not. */
class ServiceValidatorTest {

    /** This machine's platform: file rules apply only to configurations written for it. */
    private static final Platform HERE = Platform.current();
    private static final Platform ELSEWHERE = HERE == Platform.OPENVMS ? Platform.UNIX : Platform.OPENVMS;

    /** Certificate checks the seam received, and the finding it answers with. */
    private final List<Path> checkedCertificates = new ArrayList<>();
    private final Finding certificateFinding = Finding.warning("certificateFile", "seam answered", "");
    private final CertificateCheck recordingCheck = (service, file) -> {
        checkedCertificates.add(file);
        return List.of(certificateFinding);
    };
    private Map<String, String> processEnv = Map.of();

    private static ServiceDefinition.Builder service(String name) {
        return new ServiceDefinition.Builder(name).platform(HERE);
    }

    private List<Finding> validate(ServiceDefinition s, ServiceDefinition... others) {
        List<ServiceDefinition> all = new ArrayList<>(List.of(others));
        all.add(s);
        return new ServiceValidator(recordingCheck, new HostEnvironment(HERE, processEnv)).validate(s, all);
    }

    private static List<Finding> on(String field, List<Finding> findings) {
        return findings.stream().filter(f -> f.field().equals(field)).toList();
    }

    @Test
    void aFreshInstallsServiceHasNoFindings() {
        assertThat(validate(ServiceDefinition.defaults().toBuilder().platform(HERE).build())).isEmpty();
    }

    @Test
    void connectionLimitsStayInRange() {
        assertThat(on("maxConnections", validate(service("SynSrv").limits(new ConnectionLimits(0, 1, 30)).build())))
                .singleElement().extracting(Finding::messageAndFix).asString()
                .contains("Maximum connections 0 is outside 1-100000", "1000 is the default");
        assertThat(on("maxConnectionsPerHost", validate(service("SynSrv").limits(new ConnectionLimits(10, 11, 30))
                .build()))).singleElement().extracting(Finding::message).asString()
                .contains("per host 11 is outside 1-10");
        assertThat(on("loginTimeout", validate(service("SynSrv").limits(new ConnectionLimits(10, 10, 3601))
                .build()))).singleElement().extracting(Finding::message).asString().contains("3601 s");
        assertThat(validate(service("SynSrv").platform(HERE).limits(new ConnectionLimits(1, 1, 1)).build())).isEmpty();
    }

    @Nested
    class Name {
        @Test
        void missing() {
            assertThat(on("name", validate(service("  ").build()))).singleElement().isEqualTo(Finding.error("name",
                    "The service has no name.",
                    "Enter a name such as SynSrv (letters, digits, '_', '-' and '.', starting with a letter or digit)."));
        }

        @Test
        void badCharacters() {
            assertThat(on("name", validate(service("My Service").build()))).singleElement()
                    .extracting(Finding::message).isEqualTo("Service name 'My Service' contains a space.");
            assertThat(on("name", validate(service("Syn/Srv").build()))).singleElement()
                    .extracting(Finding::message).isEqualTo("Service name 'Syn/Srv' contains '/'.");
            assertThat(on("name", validate(service("_SynSrv").build()))).singleElement()
                    .extracting(Finding::message).isEqualTo("Service name '_SynSrv' contains '_' at the start.");
            assertThat(on("name", validate(service("Sÿn").build()))).singleElement()
                    .extracting(Finding::fix).isEqualTo("Use only letters, digits, '_', '-' and '.', starting with a letter or digit.");
        }

        @Test
        void tooLong() {
            String name = "S".repeat(NameRule.MAX_LENGTH + 1);
            assertThat(on("name", validate(service(name).build()))).singleElement().isEqualTo(Finding.error("name",
                    "Service name '" + name + "' is 65 characters long.", "Shorten it to at most 64 characters."));
        }

        @Test
        void sensibleNamesPass() {
            assertThat(on("name", validate(service("SynSrv_2.test-3").build()))).isEmpty();
            assertThat(on("name", validate(service("S".repeat(NameRule.MAX_LENGTH)).build()))).isEmpty();
        }

        @Test
        void duplicateIgnoringCase() {
            assertThat(on("name", validate(service("synsrv").port(2400).build(), service("SynSrv").build())))
                    .singleElement().isEqualTo(Finding.error("name",
                            "Service name 'synsrv' is already used by service 'SynSrv' (names are not case-sensitive).",
                            "Choose a different name."));
        }

        @Test
        void uniqueNamesAndTheServiceItselfDoNotClash() {
            ServiceDefinition s = service("SynSrv").build();
            assertThat(on("name", validate(s, service("SynSrv2").port(2400).build()))).isEmpty();
            ServiceValidator validator = new ServiceValidator(CertificateCheck.NONE, new HostEnvironment(HERE, Map.of()));
            assertThat(validator.validate(s, List.of(s))).isEmpty();
            assertThat(validator.validate(s, List.of())).isEmpty();
        }
    }

    @Nested
    class Port {
        @Test
        void outsideTheRange() {
            assertThat(on("port", validate(service("S").port(80).build()))).singleElement().isEqualTo(Finding.error("port",
                    "Port 80 is outside 1024-65535.", "Choose a port from 1024 to 65535; 2330 is the default."));
            assertThat(on("port", validate(service("S").port(1023).build()))).hasSize(1);
            assertThat(on("port", validate(service("S").port(65536).build()))).hasSize(1);
        }

        @Test
        void rangeEndsAreValid() {
            assertThat(on("port", validate(service("S").port(1024).build()))).isEmpty();
            assertThat(on("port", validate(service("S").port(65535).build()))).isEmpty();
        }

        @Test
        void usedByAnotherService() {
            assertThat(on("port", validate(service("Encrypted").build(), service("SynSrv").build())))
                    .singleElement().isEqualTo(Finding.error("port", "Port 2330 is already used by service 'SynSrv'.",
                            "Choose a port that no other service on this host uses."));
        }

        @Test
        void differentPortsDoNotClash() {
            assertThat(on("port", validate(service("Encrypted").port(2331).build(), service("SynSrv").build()))).isEmpty();
        }
    }

    @Nested
    class SecurityComplianceLevel {
        @Test
        void levelZeroIsValidAndExplained() {
            assertThat(on("scl", validate(service("S").scl(Scl.DEFAULT).build()))).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message()).isEqualTo("Security compliance level 0 (default, currently 3) follows the"
                        + " product's default level, which may change when the product is upgraded.");
                assertThat(f.fix()).isEqualTo("Choose 3 to keep today's level after an upgrade.");
            });
        }

        @Test
        void levelThreeNeedsNoRemark() {
            assertThat(on("scl", validate(service("S").scl(Scl.LEVEL_3).build()))).isEmpty();
        }

        @Test
        void levelTwoWarnsThatItTurnsTls11On() {
            assertThat(on("scl", validate(service("S").scl(Scl.LEVEL_2).build()))).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message()).contains("TLS 1.1");
                assertThat(f.fix()).startsWith("Choose 3");
            });
        }
    }

    @Nested
    class NonSecureMode {
        private ServiceDefinition.Builder nonSecureEncrypted(Platform p) {
            // A certificate that cannot exist keeps the certificate rule out of the way: its findings are on another field.
            return service("S").platform(p).nonSecure(true).encrypt(true).certificateFile("/no/such/rsynd.pem");
        }

        @Test
        void unixAndOpenVmsNeedADefaultUserWithEncryption() {
            assertThat(on("defaultUser", validate(nonSecureEncrypted(Platform.UNIX).build()))).singleElement()
                    .isEqualTo(Finding.error("defaultUser", "Non-secure mode with encryption needs a default user on UNIX.",
                            "Set a default user (the account non-secure clients run as), or switch to secure mode."));
            assertThat(on("defaultUser", validate(nonSecureEncrypted(Platform.OPENVMS).build()))).singleElement()
                    .extracting(Finding::message).isEqualTo("Non-secure mode with encryption needs a default user on OpenVMS.");
        }

        @Test
        void defaultUserOrNoEncryptionOrSecureModeSatisfyIt() {
            assertThat(validate(nonSecureEncrypted(Platform.UNIX).defaultUser("guest").build()))
                    .noneMatch(f -> f.severity().isError() && (f.field().equals("defaultUser") || f.field().equals("nonSecure")));
            assertThat(on("defaultUser", validate(nonSecureEncrypted(Platform.UNIX).encrypt(false).build()))).isEmpty();
            assertThat(on("defaultUser", validate(nonSecureEncrypted(Platform.OPENVMS).nonSecure(false).build()))).isEmpty();
        }

        @Test
        void windowsCannotEncryptInNonSecureModeEvenWithADefaultUser() {
            Finding expected = Finding.error("nonSecure", "Non-secure mode does not support encryption on Windows.",
                    "Switch to secure mode, or turn encryption off (e.g. add a second, unencrypted service for non-secure clients).");
            assertThat(errors(on("nonSecure", validate(nonSecureEncrypted(Platform.WINDOWS).build()))))
                    .containsExactly(expected);
            assertThat(errors(on("nonSecure", validate(nonSecureEncrypted(Platform.WINDOWS).defaultUser("guest").build()))))
                    .containsExactly(expected);
            // Windows does not ask for a default user: the combination itself is the problem.
            assertThat(on("defaultUser", validate(nonSecureEncrypted(Platform.WINDOWS).build()))).isEmpty();
        }

        @Test
        void windowsNonSecureWithoutEncryptionIsFine() {
            assertThat(validate(nonSecureEncrypted(Platform.WINDOWS).encrypt(false).defaultUser("guest").build()))
                    .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        }

        @Test
        void nonSecureModeWarnsThatAnyClientMayChangeTheDataRoot() {
            assertThat(validate(service("S").nonSecure(true).defaultUser("guest").build())).singleElement()
                    .isEqualTo(Finding.warning("nonSecure", "In non-secure mode any client that reaches the port runs as"
                                    + " 'guest' without a password, and can read, write and truncate every file under the"
                                    + " data root.", "Use secure mode, or keep only files every client may change under"
                                    + " this service's data root (and reach it only from trusted hosts)."));
            assertThat(on("nonSecure", validate(service("S").build()))).isEmpty();
        }

        @Test
        void defaultUserIsIgnoredInSecureMode() {
            assertThat(on("defaultUser", validate(service("S").defaultUser("guest").build()))).singleElement()
                    .isEqualTo(Finding.warning("defaultUser", "Default user 'guest' is ignored in secure mode: every client"
                            + " logs in with its own user name and password.", "Remove the default user, or turn on non-secure mode."));
        }

        @Test
        void defaultUserInNonSecureModeIsUsed() {
            assertThat(on("defaultUser", validate(service("S").nonSecure(true).defaultUser("guest").build()))).isEmpty();
        }

        private List<Finding> errors(List<Finding> findings) {
            return findings.stream().filter(f -> f.severity().isError()).toList();
        }
    }

    @Nested
    class Certificate {
        @TempDir
        Path dir;

        private Path pem(Path file) throws IOException {
            return Files.writeString(file, "-----BEGIN CERTIFICATE-----\n");
        }

        @Test
        void explicitReadableFileGoesToTheCertificateCheckWhoseFindingsAreReturned() throws IOException {
            Path file = pem(dir.resolve("my cert.pem"));
            ServiceDefinition s = service("S").encrypt(true).certificateFile(file.toString()).build();
            assertThat(validate(s)).containsExactly(certificateFinding);
            assertThat(checkedCertificates).containsExactly(file);
        }

        @Test
        void missingFileIsAnErrorAndIsNotChecked() {
            Path file = dir.resolve("absent.pem");
            ServiceDefinition s = service("S").encrypt(true).certificateFile(file.toString()).build();
            assertThat(validate(s)).containsExactly(Finding.error("certificateFile", "Certificate file '" + file
                            + "' (the certificate file set for the service) does not exist.",
                    "Put the server certificate and its private key (PEM) there, or set the certificate file to where they are."));
            assertThat(checkedCertificates).isEmpty();
        }

        @Test
        void directoryIsAnError() {
            ServiceDefinition s = service("S").encrypt(true).certificateFile(dir.toString()).build();
            assertThat(validate(s)).containsExactly(Finding.error("certificateFile", "Certificate file '" + dir
                    + "' (the certificate file set for the service) is a directory.", "Set the certificate file to the PEM file itself."));
            assertThat(checkedCertificates).isEmpty();
        }

        @Test
        void unreadableFileIsAnError() throws IOException {
            assumeThat(HERE).as("POSIX permissions").isEqualTo(Platform.UNIX);
            assumeThat(System.getProperty("user.name")).as("root reads any file").isNotEqualTo("root");
            Path file = pem(dir.resolve("secret.pem"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
            ServiceDefinition s = service("S").encrypt(true).certificateFile(file.toString()).build();
            assertThat(validate(s)).containsExactly(Finding.error("certificateFile", "Certificate file '" + file
                            + "' (the certificate file set for the service) cannot be read.",
                    "Give the account the service runs as read permission on the file."));
        }

        @Test
        void aFileThatFailsToReadIsAnErrorEvenForRoot() {
            // Linux's /proc/self/mem exists and is not a directory, but reading it from the start fails (EIO).
            Path mem = Path.of("/proc/self/mem");
            assumeThat(Files.exists(mem)).as("Linux /proc").isTrue();
            ServiceDefinition s = service("S").encrypt(true).certificateFile(mem.toString()).build();
            assertThat(validate(s)).singleElement().extracting(Finding::message)
                    .isEqualTo("Certificate file '/proc/self/mem' (the certificate file set for the service) cannot be read.");
            assertThat(checkedCertificates).isEmpty();
        }

        @Test
        void defaultFileInDblDirFromTheServicesEnvironment() throws IOException {
            Path file = pem(dir.resolve("rsynd.pem"));
            processEnv = Map.of("DBLDIR", "/somewhere/else");
            ServiceDefinition s = service("S").encrypt(true).env("DBLDIR", dir.toString()).build();
            assertThat(validate(s)).containsExactly(certificateFinding);
            assertThat(checkedCertificates).containsExactly(file);
        }

        @Test
        void defaultFileInDblDirFromTheProcessEnvironment() throws IOException {
            Path file = pem(dir.resolve("rsynd.pem"));
            processEnv = Map.of("DBLDIR", dir.toString());
            assertThat(validate(service("S").encrypt(true).build())).containsExactly(certificateFinding);
            assertThat(checkedCertificates).containsExactly(file);
        }

        @Test
        void missingDefaultFileSaysWhereItWasLookedFor() {
            ServiceDefinition s = service("S").encrypt(true).env("DBLDIR", dir.toString()).build();
            assertThat(validate(s)).singleElement().extracting(Finding::message).isEqualTo("Certificate file '"
                    + dir.resolve("rsynd.pem") + "' (rsynd.pem in DBLDIR from the service's environment) does not exist.");
        }

        @Test
        void unknownDblDirNamesTheFix() {
            assertThat(validate(service("S").encrypt(true).build())).containsExactly(Finding.error("certificateFile",
                    "Encryption is on, but no certificate file is set and DBLDIR is not defined, so the default"
                            + " rsynd.pem cannot be found.",
                    "Set the certificate file (-cert=FILE), or define DBLDIR in the service's environment."));
            assertThat(checkedCertificates).isEmpty();
        }

        @Test
        void withoutEncryptionTheCertificateIsNotNeeded() {
            assertThat(validate(service("S").certificateFile(dir.resolve("absent.pem").toString()).build())).isEmpty();
            assertThat(validate(service("S").build())).isEmpty();
            assertThat(checkedCertificates).isEmpty();
        }

        @Test
        void aConfigurationForAnotherPlatformIsNotCheckedHere() {
            processEnv = Map.of("DBLDIR", dir.toString());
            ServiceDefinition s = service("S").platform(ELSEWHERE).encrypt(true).certificateFile("DKA0:[SYN]RSYND.PEM").build();
            assertThat(validate(s)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message()).isEqualTo("Certificate file 'DKA0:[SYN]RSYND.PEM' was not checked: this configuration"
                        + " is for " + ELSEWHERE.displayName() + " and this machine runs " + HERE.displayName() + ".");
            });
            assertThat(checkedCertificates).isEmpty();
            // This program's DBLDIR says nothing about another machine.
            assertThat(validate(service("S").platform(ELSEWHERE).encrypt(true).build()))
                    .extracting(Finding::message).singleElement().asString().startsWith("Encryption is on, but no certificate file");
        }
    }

    @Nested
    class Environment {
        private List<Finding> envFindings(Platform p, String name, String value) {
            return on("environment", validate(service("S").platform(p).env(name, value).build()));
        }

        @Test
        void invalidNamesPerPlatform() {
            assertThat(envFindings(Platform.UNIX, "1DBLDIR", "x")).singleElement().isEqualTo(Finding.error("environment",
                    "Environment variable name '1DBLDIR' is not valid on UNIX.",
                    "Rename it: use letters, digits and '_', not starting with a digit."));
            assertThat(envFindings(Platform.UNIX, "SYN-SSL", "x")).hasSize(1);
            assertThat(envFindings(Platform.OPENVMS, "SYN-SSL", "x")).singleElement().extracting(Finding::fix)
                    .isEqualTo("Rename it: use letters, digits, '_' and '$', not starting with a digit, at most 255 characters.");
            assertThat(envFindings(Platform.WINDOWS, "A=B", "x")).singleElement().extracting(Finding::message)
                    .isEqualTo("Environment variable name 'A=B' is not valid on Windows.");
            assertThat(envFindings(Platform.WINDOWS, "", "x")).hasSize(1);
        }

        @Test
        void validNamesPerPlatform() {
            assertThat(envFindings(Platform.UNIX, "SYNSSL_RAND", "/dev/urandom")).isEmpty();
            assertThat(envFindings(Platform.UNIX, "_x1", "v")).isEmpty();
            assertThat(envFindings(Platform.OPENVMS, "SYS$LOGIN", "v")).isEmpty();
            assertThat(envFindings(Platform.WINDOWS, "ProgramFiles(x86)", "v")).isEmpty();
        }

        @Test
        void valueWithALineBreak() {
            assertThat(envFindings(Platform.UNIX, "DBLDIR", "/opt\n/dbl")).singleElement().isEqualTo(Finding.error(
                    "environment", "The value of environment variable 'DBLDIR' contains a line break or NUL character.",
                    "Put the value on one line."));
            assertThat(envFindings(Platform.UNIX, "DBLDIR", "/opt/my dbl")).isEmpty();
        }
    }

    @Nested
    class DataRoot {
        @TempDir
        Path dir;

        @Test
        void missingDirectoryIsAWarning() {
            Path missing = dir.resolve("data");
            assertThat(validate(service("S").dataRoot(missing.toString()).build())).containsExactly(Finding.warning("dataRoot",
                    "Data root '" + missing + "' does not exist.",
                    "Create the directory, or choose an existing one; clients can reach no files until it exists."));
        }

        @Test
        void aFileIsAnError() throws IOException {
            Path file = Files.writeString(dir.resolve("data"), "x");
            assertThat(validate(service("S").dataRoot(file.toString()).build())).containsExactly(Finding.error("dataRoot",
                    "Data root '" + file + "' is a file, not a directory.", "Choose the directory that holds the files clients may reach."));
        }

        @Test
        void anExistingDirectoryOrNoneIsFine() {
            assertThat(validate(service("S").dataRoot(dir.toString()).build())).isEmpty();
            assertThat(validate(service("S").build())).isEmpty();
        }

        @Test
        void aConfigurationForAnotherPlatformIsNotCheckedHere() {
            assertThat(validate(service("S").platform(ELSEWHERE).dataRoot("DKA0:[DATA]").build())).singleElement()
                    .extracting(Finding::severity).isEqualTo(Severity.INFO);
        }
    }

    @Test
    void validateAllReportsEachServiceInOrder() {
        ServiceDefinition a = service("SynSrv").build();
        ServiceDefinition b = service("Encrypted").build();
        ServiceDefinition c = service("Other").port(2400).build();
        ServiceValidator validator = new ServiceValidator(CertificateCheck.NONE, new HostEnvironment(HERE, Map.of()));
        List<ServiceFindings> results = validator.validateAll(List.of(a, b, c));
        assertThat(results).extracting(ServiceFindings::service).containsExactly(a, b, c);
        assertThat(results.get(0).findings()).extracting(Finding::message).containsExactly("Port 2330 is already used by service 'Encrypted'.");
        assertThat(results.get(1).findings()).extracting(Finding::message).containsExactly("Port 2330 is already used by service 'SynSrv'.");
        assertThat(results.get(2).findings()).isEmpty();
        assertThat(ServiceFindings.anyError(results)).isTrue();
        assertThat(ServiceFindings.anyError(validator.validateAll(List.of(a, c)))).isFalse();
    }
}
