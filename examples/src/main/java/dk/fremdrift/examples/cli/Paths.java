package dk.fremdrift.examples.cli;

import java.nio.file.Path;

/** Small helpers for output paths. */
final class Paths {

    private Paths() {}

    static Path sibling(Path file, String name) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }
}
