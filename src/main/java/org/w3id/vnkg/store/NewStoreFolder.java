package org.w3id.vnkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A new store filled aside and published whole: Jena's bulk loaders commit the node table and each index on
 * their own, so a load killed half way leaves a store no one should open. Filling {@code DIR.partial} and
 * renaming it to {@code DIR} at the end means a reader finds either no store or a complete one.
 * <pre>
 *   if (NewStoreFolder.isNew(dir)) {
 *       Path partial = NewStoreFolder.prepare(dir);    // DIR.partial, emptied of a killed run's leftovers
 *       ... fill partial, then KgStore.release() ...
 *       NewStoreFolder.publish(partial, dir);
 *   }
 * </pre>
 */
public final class NewStoreFolder {
    private NewStoreFolder() {
    }

    /** A store folder that does not exist yet or is empty. */
    public static boolean isNew(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The folder a new store is filled in before it is published. */
    public static Path partial(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".partial");
    }

    /** The partial folder of a new store, with what a killed run left there deleted. */
    public static Path prepare(Path dir) throws IOException {
        Path partial = partial(dir);
        deleteTree(partial);
        return partial;
    }

    /** Renames the filled folder to the store's name (replacing the empty folder a user may have made). */
    public static void publish(Path partial, Path dir) throws IOException {
        if (!isNew(dir)) {
            throw new IOException(dir + " was filled by someone else during the load; the new store stays in "
                    + partial);
        }
        deleteTree(dir);
        Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the partial folder of a load that failed: the store was never published. */
    public static void discard(Path partial) throws IOException {
        deleteTree(partial);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
