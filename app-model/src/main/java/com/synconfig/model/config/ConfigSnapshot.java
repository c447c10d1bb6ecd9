package com.synconfig.model.config;

/**
 * The configuration as loaded from disk: its services, the text they came from (so a save keeps the admin's
 * comments and order), and the content hash that tells whether the file changed on disk since.
 */
public record ConfigSnapshot(ConfigFileFormat.Content content, String contentHash) {

    public ServiceConfiguration services() {
        return content.services();
    }
}
