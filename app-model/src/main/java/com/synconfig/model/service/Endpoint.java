package com.synconfig.model.service;

/**
 * Where a TLS server answers: a host and a port, written {@code host:port} ({@code [::1]:2330} for IPv6).
 *
 * @param host a host name or address, without brackets
 * @param port 1-65535
 */
public record Endpoint(String host, int port) {

    public Endpoint {
        if (host == null || host.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("'" + host + ":" + port + "' is not HOST:PORT: the host must not be"
                    + " empty and the port must be 1-65535.");
        }
    }

    /**
     * Parses {@code host:port}; the {@link IllegalArgumentException} names the text and shows how to write one.
     */
    public static Endpoint parse(String text) {
        String t = text == null ? "" : text.trim();
        int colon = t.lastIndexOf(':');
        try {
            return new Endpoint(t.substring(0, Math.max(colon, 0)).replaceAll("^\\[(.*)]$", "$1"),
                    Integer.parseInt(t.substring(colon + 1)));
        } catch (IllegalArgumentException e) { // the constructor's refusal, or a port that is no number
            throw new IllegalArgumentException("'" + t + "' is not HOST:PORT: write e.g. files.example.com:2330,"
                    + " 10.0.0.5:2330 or [::1]:2330.", e);
        }
    }

    /** {@code host:port}, the host in brackets when it is an IPv6 address. */
    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
