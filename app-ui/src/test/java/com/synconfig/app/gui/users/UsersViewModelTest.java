package com.synconfig.app.gui.users;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.app.gui.Messages;
import com.synconfig.app.gui.ScriptedDialogs;
import com.synconfig.app.gui.Worker;
import com.synconfig.model.check.Finding;
import com.synconfig.model.config.ServiceConfiguration;
import com.synconfig.model.service.HostEnvironment;
import com.synconfig.model.service.Platform;
import com.synconfig.model.service.ServiceDefinition;
import com.synconfig.model.service.ServiceLayouts;
import com.synconfig.server.auth.UserFile;
import com.synconfig.server.auth.UserRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Users screen over real users files in the places the service layout gives them. */
class UsersViewModelTest {

    /** Does the work at once, on the calling thread. */
    static final Worker NOW = new Worker() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        }
    };

    @TempDir
    Path home;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final SimpleObjectProperty<ServiceConfiguration> services = new SimpleObjectProperty<>(new ServiceConfiguration(
            List.of(ServiceDefinition.defaults(), ServiceDefinition.named("Guests").toBuilder().port(2331)
                    .nonSecure(true).defaultUser("guest").build())));
    UsersViewModel vm;
    Path synSrvUsers;

    @BeforeEach
    void open() {
        ServiceLayouts layouts = new ServiceLayouts(home.resolve("synconfig.ini"),
                new HostEnvironment(Platform.current(), Map.of()));
        vm = new UsersViewModel(services, layouts, dialogs, Messages.load(), NOW);
        synSrvUsers = home.resolve("services/SynSrv/users");
    }

    private static PasswordForm filled(PasswordForm form, String user, String password, String again) {
        if (form.isNewUser()) {
            form.userProperty().set(user);
        }
        form.passwordProperty().set(password);
        form.confirmationProperty().set(again);
        return form;
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void addResetAndRemoveChangeTheServicesUsersFileAtOnce() throws Exception {
        assertThat(vm.serviceProperty().get()).isEqualTo("SynSrv");
        assertThat(vm.usersFileProperty().get()).isEqualTo(synSrvUsers.toString());
        assertThat(vm.users()).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo(
                "Nobody can log in to SynSrv yet: it runs in secure mode and has no users. Press Add user.");

        vm.add(filled(vm.newUserForm(), "alice", "correct horse", "correct horse"));
        assertThat(vm.users()).containsExactly("alice");
        assertThat(vm.noticeProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Added user alice to SynSrv.");
        assertThat(new UserFile(synSrvUsers).verify("alice", "correct horse".toCharArray())).isTrue();
        assertThat(mode(synSrvUsers)).isEqualTo("rw-------");

        vm.selectedProperty().set("alice");
        vm.resetPassword(filled(vm.resetForm().orElseThrow(), null, "battery staple", "battery staple"));
        assertThat(new UserFile(synSrvUsers).verify("alice", "correct horse".toCharArray())).isFalse();
        assertThat(new UserFile(synSrvUsers).verify("alice", "battery staple".toCharArray())).isTrue();
        assertThat(mode(synSrvUsers)).isEqualTo("rw-------");
        assertThat(vm.selectedProperty().get()).as("still selected").isEqualTo("alice");

        dialogs.confirmations.add(false);
        vm.removeSelected();
        assertThat(new UserFile(synSrvUsers).list()).as("not without a yes").containsExactly("alice");
        dialogs.confirmations.add(true);
        vm.removeSelected();
        assertThat(dialogs.asked).last().isEqualTo("Remove user alice from SynSrv? Clients can no longer log in as alice.");
        assertThat(new UserFile(synSrvUsers).list()).isEmpty();
        assertThat(vm.users()).isEmpty();
        assertThat(mode(synSrvUsers)).isEqualTo("rw-------");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theFormAsksTheUserRules() {
        PasswordForm form = vm.newUserForm();
        assertThat(form.acceptableProperty().get()).isFalse();
        assertThat(form.findings()).extracting(Finding::field)
                .containsExactly(UserRules.USER, UserRules.PASSWORD);
        filled(form, "bob", "p".repeat(72) + "\u00e9", "p".repeat(72) + "\u00e9");
        assertThat(form.findings()).singleElement().satisfies(f -> assertThat(f.messageAndFix())
                .isEqualTo(UserRules.passwordProblem(form.passwordChars()).orElseThrow().messageAndFix())
                .startsWith("The password is 74 bytes long in UTF-8"));
        filled(form, "bob", "correct horse", "correct horsE");
        assertThat(form.findings()).extracting(Finding::field).containsExactly(UserRules.CONFIRMATION);
        assertThat(form.acceptableProperty().get()).isFalse();
        form.confirmationProperty().set("correct horse");
        assertThat(form.findings()).isEmpty();
        assertThat(form.acceptableProperty().get()).isTrue();
    }

    @Test
    void aRefusedChangeIsShownAndLeavesTheFileAsItWas() throws Exception {
        new UserFile(synSrvUsers).add("alice", "correct horse".toCharArray()); // e.g. by 'synconfig user add'
        vm.refresh();
        assertThat(vm.users()).containsExactly("alice");
        byte[] before = Files.readAllBytes(synSrvUsers);
        vm.add(filled(vm.newUserForm(), "alice", "another password", "another password"));
        assertThat(dialogs.errors).containsExactly(
                "User alice already exists. Fix: Reset their password instead, or choose another name.");
        assertThat(Files.readAllBytes(synSrvUsers)).isEqualTo(before);
    }

    @Test
    void aUsersFileWithALineItCannotReadIsReportedAndNeverRewritten() throws Exception {
        new UserFile(synSrvUsers).add("alice", "correct horse".toCharArray());
        Files.writeString(synSrvUsers, "bob\n", java.nio.file.StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(synSrvUsers);
        vm.refresh();
        assertThat(vm.users()).isEmpty();
        assertThat(vm.noticeProperty().get()).startsWith(synSrvUsers + ", line 3, is not a user:hash line")
                .contains("Fix: correct or delete that line");
        vm.add(filled(vm.newUserForm(), "carol", "correct horse", "correct horse"));
        assertThat(dialogs.errors).singleElement().asString().startsWith(synSrvUsers + ", line 3");
        assertThat(Files.readAllBytes(synSrvUsers)).isEqualTo(before);
    }

    @Test
    void aNonSecureServiceSaysItsUsersAreNotUsed() {
        vm.serviceProperty().set("Guests");
        assertThat(vm.usersFileProperty().get()).isEqualTo(home.resolve("services/Guests/users").toString());
        assertThat(vm.noticeProperty().get()).isEqualTo("Guests runs in non-secure mode: clients do not log in, they"
                + " run as the default user (guest), so these users are not used. To use them, choose Secure in the"
                + " service's settings (xfServer services > Modify).");
        services.set(new ServiceConfiguration(List.of(ServiceDefinition.defaults(),
                ServiceDefinition.named("Guests").toBuilder().port(2331).build())));
        assertThat(vm.serviceProperty().get()).isEqualTo("Guests");
        assertThat(vm.noticeProperty().get()).as("secure now, and without users").startsWith("Nobody can log in to Guests");
    }
}
