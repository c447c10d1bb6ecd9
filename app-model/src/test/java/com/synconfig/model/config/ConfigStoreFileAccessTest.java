package com.synconfig.model.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.synconfig.model.service.ServiceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #15 item 9: a save made a 0600 synconfig.ini (it holds environment values) and its .bak 0644, and replaced a
 * symlinked synconfig.ini by a regular file, leaving the link's target unchanged. Real files, POSIX permissions.
 */
class ConfigStoreFileAccessTest {

    @TempDir
    Path dir;

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }

    private static ConfigSnapshot changePort(ConfigStore store, ConfigSnapshot snap, int port) throws IOException {
        ServiceDefinition changed = snap.services().find("SynSrv").orElseThrow().toBuilder().port(port).build();
        return store.save(snap, snap.services().with(changed));
    }

    @Test
    void aSaveKeepsTheFilesModeAndGivesTheBackupTheSame() throws IOException {
        Path file = dir.resolve("synconfig.ini");
        ConfigStore store = new ConfigStore(file);
        ConfigSnapshot snap = store.load();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        snap = changePort(store, snap, 4001);
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(store.backupFile())).isEqualTo("rw-------");

        Files.setPosixFilePermissions(store.backupFile(), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        changePort(store, snap, 4002);
        assertThat(mode(file)).isEqualTo("rw-r-----");
        assertThat(mode(store.backupFile())).isEqualTo("rw-r-----"); // never more open than the file it copies
    }

    @Test
    void aSaveKeepsTheOwnerAndGroupWhereTheProcessMaySetThem() throws IOException {
        Path file = dir.resolve("synconfig.ini");
        ConfigStore store = new ConfigStore(file);
        ConfigSnapshot snap = store.load();
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        UserPrincipalLookupService names = file.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = view.readAttributes().owner();
        GroupPrincipal group = view.readAttributes().group();
        if ("root".equals(System.getProperty("user.name"))) { // as root: give the file away and see it kept
            owner = names.lookupPrincipalByName("nobody");
            group = names.lookupPrincipalByGroupName(Files.readAllLines(Path.of("/etc/group")).stream()
                    .filter(l -> l.startsWith("nogroup:")).findFirst().isPresent() ? "nogroup" : "nobody");
            view.setOwner(owner);
            view.setGroup(group);
        }
        changePort(store, snap, 4003);
        PosixFileAttributeView after = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        assertThat(after.readAttributes().owner()).isEqualTo(owner);
        assertThat(after.readAttributes().group()).isEqualTo(group);
        assertThat(Files.getFileAttributeView(store.backupFile(), PosixFileAttributeView.class).readAttributes()
                .owner()).isEqualTo(owner);
    }

    @Test
    void aSymlinkedFileIsWrittenThroughToItsTarget() throws IOException {
        Path real = Files.createDirectories(dir.resolve("etc")).resolve("real.ini");
        Path link = Files.createDirectories(dir.resolve("conf")).resolve("synconfig.ini");
        ConfigStore direct = new ConfigStore(real);
        direct.load();
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Files.createSymbolicLink(link, Path.of("../etc/real.ini"));

        ConfigStore store = new ConfigStore(link);
        changePort(store, store.load(), 4004);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("port = 4004");
        assertThat(mode(real)).isEqualTo("rw-------");
        assertThat(new ConfigStore(link).load().services().find("SynSrv").orElseThrow().port()).isEqualTo(4004);
        assertThat(dir.resolve("etc")).isDirectoryNotContaining("glob:**.tmp");
    }
}
