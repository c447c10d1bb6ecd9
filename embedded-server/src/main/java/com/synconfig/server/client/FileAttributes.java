package com.synconfig.server.client;

import com.synconfig.server.wire.OpenMode;

/**
 * A file's channel attributes as GETFA answers them (what {@code synconfig client getfa} asks one at a time): the file
 * is opened for input, asked {@code SLE} and {@code SLC}, and closed.
 *
 * @param file      the path relative to the service's data root
 * @param encrypted {@code SLE}: {@code 1} when the channel is encrypted, else {@code 0}
 * @param cipher    {@code SLC}: the suite and protocol in OpenSSL's description format; blank in clear
 */
public record FileAttributes(String file, String encrypted, String cipher) {

    /** The longest answer GETFA gives (SLC is cut to the caller's field length, at most this). */
    public static final int FIELD_LENGTH = 128;

    public static FileAttributes get(ClientOptions options, String file) throws RemoteFileException {
        try (RemoteFileClient client = RemoteFileClient.connect(options);
             RemoteFile channel = client.open(file, OpenMode.INPUT, "")) {
            return new FileAttributes(file, channel.getfa("SLE", FIELD_LENGTH), channel.getfa("SLC", FIELD_LENGTH));
        }
    }
}
