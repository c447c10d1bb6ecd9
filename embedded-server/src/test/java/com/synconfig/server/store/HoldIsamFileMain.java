package com.synconfig.server.store;

import java.nio.file.Path;

/** Another program holding an ISAM file open: opens it, prints HELD, and keeps it until its input ends. */
public final class HoldIsamFileMain {
    public static void main(String[] args) throws Exception {
        try (IsamFile f = IsamFile.open(Path.of(args[0]))) {
            System.out.println("HELD " + f.count());
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
