package com.synconfig.server.store;

import com.synconfig.server.wire.SelectFilter;

/**
 * A select on an ISAM file: walks the filter's key from its lower bound, stops at the first key beyond the upper
 * bound, and offers the records that pass the field tests, each tested and handed on in place (the record views
 * {@link IsamFile#scan} gives, no copy). Between calls it holds only the position of the last record taken (no
 * lock, no snapshot): a record another channel stores or deletes meanwhile is seen or not by where it falls, before
 * or after that position.
 */
final class IsamSelect implements SelectCursor {

    private final IsamFile file;
    private final SelectFilter filter;
    private byte[] position;
    private boolean done;

    IsamSelect(IsamFile file, SelectFilter filter) {
        this.file = file;
        this.filter = filter;
    }

    @Override
    public boolean next(RecordSink sink) {
        if (done) {
            return true;
        }
        boolean[] beyond = {false};
        IsamFile.ScanEnd end = file.scan(filter.keyNumber(), filter.from(), position, (key, record) -> {
            if (filter.beyond(key)) {
                beyond[0] = true;
                return false;
            }
            return !filter.matches(record) || sink.offer(record);
        });
        position = end.position();
        done = end.exhausted() || beyond[0];
        return done;
    }
}
