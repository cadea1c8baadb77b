package dk.fremdrift.examples.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The output files of one run, written all or nothing: each goes to a new temporary file in the folder of its final
 * name (created with {@code CREATE_NEW}, so it never follows a link or overwrites anything), and only {@link
 * #commit()} renames them into place. Closing without a commit deletes them, so a run that fails leaves nothing that
 * looks complete; files of an earlier run keep their names until a run succeeds. Every failure to write names the
 * file and the cause in one line: "cannot write report.json: no space left on device".
 */
final class Outputs implements Closeable {

    /** Opens a new temporary file for writing; tests pass one that fails, to simulate a full disk. */
    interface Opener {
        OutputStream open(Path temporary) throws IOException;
    }

    /** The real file system: a new file, never an existing one or a link. */
    static final Opener FILES = temporary -> Files.newOutputStream(
            temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(Path target, Path temporary, Named stream) {}

    private final Opener opener;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Path> scratch = new ArrayList<>();
    private boolean committed;

    Outputs(Opener opener) {
        this.opener = opener;
    }

    /**
     * Creates the temporary file of an output.
     *
     * @param target the output's final name
     * @return a buffered stream; its failures name the target
     */
    OutputStream create(Path target) {
        Path temporary = temporary(target);
        try {
            Named stream = new Named(target, new BufferedOutputStream(opener.open(temporary), 1 << 16));
            entries.add(new Entry(target, temporary, stream));
            return stream;
        } catch (IOException e) {
            throw new UserError(message(target, e), e);
        }
    }

    /**
     * Creates a scratch file beside an output, deleted when the run ends whatever happens.
     *
     * @param target the output it belongs to, named in messages
     * @return the scratch file's stream and path
     */
    Scratch scratch(Path target) {
        Path temporary = temporary(target);
        try {
            Named stream = new Named(target, new BufferedOutputStream(opener.open(temporary), 1 << 16));
            scratch.add(temporary);
            return new Scratch(temporary, stream);
        } catch (IOException e) {
            throw new UserError(message(target, e), e);
        }
    }

    /** A scratch file. */
    record Scratch(Path path, OutputStream stream) {}

    private static Path temporary(Path target) {
        Path absolute = target.toAbsolutePath();
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String name = "." + absolute.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp";
        return absolute.resolveSibling(name);
    }

    /**
     * Closes every output and renames each into place; the run has succeeded.
     *
     * @throws IOException if an output cannot be finished or renamed; the message names it
     */
    void commit() throws IOException {
        for (Entry e : entries) {
            e.stream().close();
        }
        for (Entry e : entries) {
            try {
                try {
                    Files.move(
                            e.temporary(),
                            e.target(),
                            StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(e.temporary(), e.target(), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException x) {
                throw new OutputException(message(e.target(), x), x);
            }
        }
        committed = true;
    }

    /** Deletes what was not committed, and every scratch file. */
    @Override
    public void close() {
        for (Entry e : entries) {
            e.stream().closeQuietly();
            if (!committed) {
                deleteQuietly(e.temporary());
            }
        }
        for (Path p : scratch) {
            deleteQuietly(p);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Nothing more can be done; the name starts with a dot and ends in .tmp, so it does not look complete.
        }
    }

    /** "cannot write report.json: no space left on device". */
    static String message(Path target, IOException e) {
        Path name = target.getFileName();
        return "cannot write " + (name == null ? target : name) + ": " + cause(e);
    }

    /** The cause of a file system error in a few words, without the path (the caller names the file). */
    static String cause(IOException e) {
        if (e instanceof OutputException o) {
            return o.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name already exists";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        reason = reason.strip();
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }

    /** A failure to write an output, with a message that names it. */
    static final class OutputException extends IOException {
        private static final long serialVersionUID = 1L;

        OutputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** An output stream whose failures name the output. */
    private static final class Named extends FilterOutputStream {
        private final Path target;
        private boolean closed;

        Named(Path target, OutputStream out) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                out.close();
            } catch (IOException e) {
                throw failure(e);
            }
        }

        void closeQuietly() {
            try {
                close();
            } catch (IOException ignored) {
                // Already failed; the caller reports the first failure.
            }
        }

        private IOException failure(IOException e) {
            return e instanceof OutputException ? e : new OutputException(message(target, e), e);
        }
    }
}
