package com.synconfig.server.client;

import com.synconfig.server.wire.SelectFilter;
import com.synconfig.server.wire.Frames;
import com.synconfig.server.wire.Match;
import com.synconfig.server.wire.OpenMode;
import com.synconfig.server.wire.Request;
import com.synconfig.server.wire.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One open channel on the server. Reads on an update channel lock the record they return until the next
 * read, WRITE, DELETE, UNLOCK or CLOSE (the original's automatic locking).
 */
public final class RemoteFile implements AutoCloseable {

    private final RemoteFileClient client;
    private final int channel;
    private final OpenMode mode;
    private final String kind;
    private final int recordSize;
    private boolean closed;

    RemoteFile(RemoteFileClient client, int channel, OpenMode mode, String kind, int recordSize) {
        this.client = client;
        this.channel = channel;
        this.mode = mode;
        this.kind = kind;
        this.recordSize = recordSize;
    }

    public int channel() {
        return channel;
    }

    /** {@code ISAM} or {@code SEQUENTIAL}. */
    public String kind() {
        return kind;
    }

    /** 0 for variable-length records. */
    public int recordSize() {
        return recordSize;
    }

    /** READ by primary key: exact when the whole key is given, partial (generic) when fewer bytes are. */
    public byte[] read(byte[] key) throws RemoteFileException {
        return read(0, key, Match.EQUAL);
    }

    public byte[] read(int keyNumber, byte[] key, Match match) throws RemoteFileException {
        return record(new Request.Read(channel, keyNumber, key, match, mode == OpenMode.UPDATE));
    }

    /** READS: the next record in the key of reference's order ({@code $ERR_EOF} at the end). */
    public byte[] readNext() throws RemoteFileException {
        return record(new Request.ReadSequential(channel, false, mode == OpenMode.UPDATE));
    }

    public byte[] readPrevious() throws RemoteFileException {
        return record(new Request.ReadSequential(channel, true, mode == OpenMode.UPDATE));
    }

    /** FIND: positions so the next {@link #readNext()} returns the matching record, without locking it. */
    public void find(int keyNumber, byte[] key, Match match) throws RemoteFileException {
        client.call(new Request.Find(channel, keyNumber, key, match));
    }

    public void store(byte[] record) throws RemoteFileException {
        client.call(new Request.Store(channel, record));
    }

    /** WRITE: replaces the record last read (and locked) on this channel. */
    public void write(byte[] record) throws RemoteFileException {
        client.call(new Request.Write(channel, record));
    }

    public void delete() throws RemoteFileException {
        client.call(new Request.Delete(channel));
    }

    public void unlock() throws RemoteFileException {
        client.call(new Request.Unlock(channel));
    }

    /**
     * Server-side select: only matching records cross the network, in key order, streamed by the server (no round
     * trip per batch); {@code each} gets every record as its frame arrives. Should {@code each} throw, it gets no
     * further record, the rest of the answer is read and dropped (the connection stays usable), and its exception
     * is rethrown.
     */
    public void select(SelectFilter filter, Consumer<byte[]> each) throws RemoteFileException {
        select(filter, Frames.MAX_BATCH, each);
    }

    /** As {@link #select(SelectFilter, Consumer)}, with at most {@code recordsPerFrame} records (1-8,192) per frame. */
    public void select(SelectFilter filter, int recordsPerFrame, Consumer<byte[]> each) throws RemoteFileException {
        client.select(new Request.Select(channel, filter, Math.min(Math.max(recordsPerFrame, 1), Frames.MAX_BATCH)),
                each);
    }

    public List<byte[]> select(SelectFilter filter) throws RemoteFileException {
        List<byte[]> out = new ArrayList<>();
        select(filter, out::add);
        return out;
    }

    /** GETFA: {@code SLE} ("1"/"0") or {@code SLC} (OpenSSL's line for the suite, cut to {@code fieldLength}). */
    public String getfa(String attribute, int fieldLength) throws RemoteFileException {
        return ((Response.Value) client.call(new Request.GetFa(channel, attribute, fieldLength))).text();
    }

    /** %ISINFO, e.g. {@code NETCRYPT} ("1"/"0"). */
    public String isinfo(String question) throws RemoteFileException {
        return ((Response.Value) client.call(new Request.IsInfo(channel, question))).text();
    }

    private byte[] record(Request r) throws RemoteFileException {
        return ((Response.Record) client.call(r)).data();
    }

    @Override
    public void close() throws RemoteFileException {
        if (!closed) {
            closed = true;
            client.call(new Request.Close(channel));
        }
    }
}
