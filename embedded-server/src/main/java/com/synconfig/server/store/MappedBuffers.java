package com.synconfig.server.store;

import java.lang.reflect.Field;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Comparator;
import jnr.ffi.Pointer;
import org.lmdbjava.BufferProxy;
import sun.misc.Unsafe;

/**
 * How LMDB's values reach Java: as read-only {@link ByteBuffer}s whose address is set to the value inside the memory
 * map, so nothing is copied or decoded. lmdbjava's own ByteBuffer proxies do the same but make {@code Buffer}'s
 * fields accessible by reflection, which Java 17 refuses unless every launcher passes
 * {@code --add-opens java.base/java.nio=ALL-UNNAMED}; this one reads and writes those fields through
 * {@code sun.misc.Unsafe} (module jdk.unsupported, open to all), so it needs no JVM flag.
 * <p>
 * A buffer handed out points into the map only until its cursor or transaction moves on or ends.
 */
final class MappedBuffers extends BufferProxy<ByteBuffer> {

    static final MappedBuffers PROXY = new MappedBuffers();
    /**
     * Freed buffers a thread keeps for reuse, at most. A thread frees buffers other threads took when it closes a
     * file they read (each reader's transaction and cursors): without a bound, the thread that closes idle files
     * would keep every buffer it was given, file after file.
     */
    static final int MAX_POOLED = 64;

    private static final Unsafe UNSAFE = unsafe();
    private static final long ADDRESS = offset("address");
    private static final long CAPACITY = offset("capacity");
    private static final ThreadLocal<ArrayDeque<ByteBuffer>> POOL = ThreadLocal.withInitial(ArrayDeque::new);
    private static final Comparator<ByteBuffer> UNSIGNED = MappedBuffers::compareUnsigned;

    private MappedBuffers() {
    }

    private static Unsafe unsafe() {
        try {
            Field f = Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("sun.misc.Unsafe is not available (module jdk.unsupported missing?)", e);
        }
    }

    private static long offset(String field) {
        try {
            return UNSAFE.objectFieldOffset(Buffer.class.getDeclaredField(field));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("java.nio.Buffer has no field " + field + " on this Java", e);
        }
    }

    /** The native address of a direct buffer's current position. */
    static long address(ByteBuffer buffer) {
        if (!buffer.isDirect()) {
            throw new IllegalArgumentException("LMDB needs direct buffers");
        }
        return UNSAFE.getLong(buffer, ADDRESS) + buffer.position();
    }

    /** A read-only buffer that points nowhere yet ({@link #point}). */
    static ByteBuffer view() {
        return ByteBuffer.allocateDirect(0).asReadOnlyBuffer();
    }

    /** Points {@code view} (from {@link #view}) at {@code size} bytes at {@code address}: no copy, nothing allocated. */
    static ByteBuffer point(ByteBuffer view, long address, int size) {
        UNSAFE.putLong(view, ADDRESS, address);
        UNSAFE.putInt(view, CAPACITY, size);
        view.clear();
        return view;
    }

    /** The unsigned 16-bit value at {@code address}, in the machine's order (LMDB's). Callers check the bounds. */
    static int u16(long address) {
        return Short.toUnsignedInt(UNSAFE.getShort(address));
    }

    /** The unsigned 32-bit value at {@code address}, in the machine's order. Callers check the bounds. */
    static long u32(long address) {
        return Integer.toUnsignedLong(UNSAFE.getInt(address));
    }

    /** The 64-bit value at {@code address}, in the machine's order. Callers check the bounds. */
    static long i64(long address) {
        return UNSAFE.getLong(address);
    }

    /** The byte at {@code address}. Callers check the bounds. */
    static int u8(long address) {
        return Byte.toUnsignedInt(UNSAFE.getByte(address));
    }

    /** A copy of {@code length} bytes at {@code address} (inside a map a read still holds). */
    static byte[] copy(long address, int length) {
        byte[] b = new byte[length];
        UNSAFE.copyMemory(null, address, b, Unsafe.ARRAY_BYTE_BASE_OFFSET, length);
        return b;
    }

    @Override
    protected ByteBuffer allocate() {
        ByteBuffer b = POOL.get().poll();
        return b != null ? b : view();
    }

    @Override
    protected void deallocate(ByteBuffer buffer) {
        point(buffer, 0L, 0);
        ArrayDeque<ByteBuffer> pool = POOL.get();
        if (pool.size() < MAX_POOLED) {
            pool.offer(buffer);
        }
    }

    /** How many freed buffers this thread keeps. */
    static int pooledHere() {
        return POOL.get().size();
    }

    @Override
    protected byte[] getBytes(ByteBuffer buffer) {
        byte[] b = new byte[buffer.remaining()];
        buffer.duplicate().get(b);
        return b;
    }

    @Override
    protected Comparator<ByteBuffer> getSignedComparator() {
        return UNSIGNED; // never used: the files keep LMDB's own (native, unsigned) key order
    }

    @Override
    protected Comparator<ByteBuffer> getUnsignedComparator() {
        return UNSIGNED;
    }

    private static int compareUnsigned(ByteBuffer a, ByteBuffer b) {
        int n = Math.min(a.remaining(), b.remaining());
        for (int i = 0; i < n; i++) {
            int d = Byte.compareUnsigned(a.get(a.position() + i), b.get(b.position() + i));
            if (d != 0) {
                return d;
            }
        }
        return a.remaining() - b.remaining();
    }

    @Override
    protected void in(ByteBuffer buffer, Pointer ptr, long ptrAddr) {
        UNSAFE.putLong(ptrAddr + STRUCT_FIELD_OFFSET_SIZE, buffer.remaining());
        UNSAFE.putLong(ptrAddr + STRUCT_FIELD_OFFSET_DATA, address(buffer));
    }

    @Override
    protected void in(ByteBuffer buffer, int size, Pointer ptr, long ptrAddr) {
        UNSAFE.putLong(ptrAddr + STRUCT_FIELD_OFFSET_SIZE, size);
        UNSAFE.putLong(ptrAddr + STRUCT_FIELD_OFFSET_DATA, address(buffer));
    }

    @Override
    protected ByteBuffer out(ByteBuffer buffer, Pointer ptr, long ptrAddr) {
        return point(buffer, UNSAFE.getLong(ptrAddr + STRUCT_FIELD_OFFSET_DATA),
                (int) UNSAFE.getLong(ptrAddr + STRUCT_FIELD_OFFSET_SIZE));
    }
}
