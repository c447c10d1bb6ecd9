package com.synconfig.server.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.synconfig.server.FileServer;
import com.synconfig.server.ServerEvent;
import com.synconfig.server.TestServer;
import com.synconfig.server.client.RemoteFileClient;
import com.synconfig.server.client.RemoteFileException;
import com.synconfig.server.wire.ErrorCode;
import com.synconfig.server.wire.OpenMode;
import com.synconfig.server.store.IsamDefinition;
import com.synconfig.server.store.IsamFile;
import com.synconfig.server.store.KeySpec;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #15 item 10: error answers showed absolute server paths, the H2 version and Java exception texts. A client now
 * reads its own path and a plain reason; the details are in the server's log.
 */
class PlainErrorAnswersTest {

    @TempDir
    Path dir;
    FileServer server;
    final List<ServerEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("plain.txt"), "a file, not a directory\n");
        Files.writeString(data.resolve("damaged.ism"), "H:2,this is no MVStore file at all" + "x".repeat(10_000));
        Path lmdb = data.resolve("damaged-lmdb.ism");
        IsamFile.create(lmdb, new IsamDefinition(8, List.of(KeySpec.parse("1:8")), false)).close();
        try (RandomAccessFile raf = new RandomAccessFile(lmdb.toFile(), "rw")) {
            raf.seek(40); // both meta pages' map size, roots and transaction id: nonsense
            raf.write(new byte[] {-1, -1, -1, -1, -1, -1, -1, 127});
            raf.seek(4096 + 40);
            raf.write(new byte[] {-1, -1, -1, -1, -1, -1, -1, 127});
        }
        server = TestServer.start(TestServer.clear(dir));
        server.events().subscribe(events::add);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aFileSystemRefusalNamesTheClientsPathAndAPlainReason() throws Exception {
        RemoteFileException e = refused("plain.txt/new.txt", OpenMode.OUTPUT);
        assertThat(e.code()).isEqualTo(ErrorCode.FNF);
        assertThat(e.info()).isEqualTo("'plain.txt/new.txt': Not a directory");
        server.events().flush(); // listeners hear of events on the event log's thread
        assertThat(events).anySatisfy(ev -> assertThat(ev.message()).contains(dir.toRealPath().toString()));
    }

    @Test
    void aDamagedIsamFileIsNamedWithoutLibraryDetails() throws Exception {
        RemoteFileException e = refused("damaged.ism", OpenMode.INPUT);
        assertThat(e.code()).isEqualTo(ErrorCode.FILUSE);
        assertThat(e.info()).isEqualTo("'damaged.ism': the ISAM file is in use by another program or damaged");
        server.events().flush();
        assertThat(events).anySatisfy(ev -> assertThat(ev.message()).contains("MVStoreException"));
    }

    @Test
    void aDamagedFileOfTodaysLayoutIsNamedWithWhatToDo() throws Exception {
        RemoteFileException e = refused("damaged-lmdb.ism", OpenMode.INPUT);
        assertThat(e.code()).isEqualTo(ErrorCode.FILSPC);
        assertThat(e.info()).isEqualTo("'damaged-lmdb.ism': the ISAM file is damaged or not an ISAM file of this "
                + "version; restore it from a backup (it was left unchanged)");
        server.events().flush(); // listeners hear of events on the event log's thread
        assertThat(events).anySatisfy(ev -> assertThat(ev.message()).contains("org.lmdbjava"));
    }

    private RemoteFileException refused(String path, OpenMode mode) throws Exception {
        try (RemoteFileClient c = RemoteFileClient.connect(TestServer.client(server))) {
            Throwable t = catchThrowable(() -> c.open(path, mode, ""));
            assertThat(t).isInstanceOf(RemoteFileException.class);
            RemoteFileException e = (RemoteFileException) t;
            assertThat(e.info()).doesNotContain(dir.toString(), dir.toRealPath().toString(), "Exception", "2.4.");
            return e;
        }
    }
}
