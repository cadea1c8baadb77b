package dk.fremdrift.examples.cli;

import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.io.Reasons;
import dk.fremdrift.model.ChildCase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;

/**
 * Runs a function over the cases of a JSON Lines file on several threads, in bounded memory, with output in the
 * order of the input.
 *
 * <p>The calling thread reads lines and hands them out in batches; worker threads parse each line (a bad line
 * becomes a rejected line with its number and reason) and process each case with a per-thread state (for example
 * aggregates that merge exactly), writing JSON into the batch's buffers; the calling thread writes the batches'
 * buffers to the outputs in input order.
 *
 * <p>One line never ends a run: any exception while reading, evaluating, reviewing or measuring one case becomes a
 * rejected line that names the stage and the case's key, and what the case had written is taken back. (A failure
 * while measuring may leave the thread's aggregates partly updated with that case; it is counted as rejected.) At most a few batches per thread are in flight, so memory does not grow
 * with the number of cases. The result is the same whatever the number of threads: outputs in input order, and
 * per-thread states that the caller merges.
 *
 * @param <S> the per-thread state
 */
final class CasePipeline<S> {

    /** Processes one accepted case with the thread's state, writing to the batch's channels. */
    interface Processor<S> {
        void process(ChildCase c, S state, Channels out);
    }

    /** The stages of processing a case, named in the reason when one fails. */
    enum Stage {
        READING("indlæsningen", "reading"),
        EVALUATING("fristberegningen", "evaluating the deadlines"),
        REVIEWING("sagsgennemgangen", "reviewing the case"),
        MEASURING("ledelsesinformationen", "measuring the case");

        private final String danish;
        private final String english;

        Stage(String danish, String english) {
            this.danish = danish;
            this.english = english;
        }

        String in(boolean isDanish) {
            return isDanish ? danish : english;
        }
    }

    /** What the pipeline checks beyond the case format: the date of evaluation, and the language of reasons. */
    record Settings(LocalDate asOf, boolean danish) {}

    /** The output channels of one batch: JSON values written one per line into a buffer per channel. */
    static final class Channels {
        private static final ObjectWriter WRITER = CaseJsonLines.mapper().writer();
        private final boolean keep;
        private final Buffer[] buffers;
        private final long[] counts;
        private final int[] markSizes;
        private final long[] markCounts;
        private Stage stage = Stage.READING;

        Channels(int channels) {
            this(channels, true);
        }

        /**
         * Channels that keep what is written, or that only follow the stage: for a run that writes no per-case
         * output.
         */
        Channels(int channels, boolean keep) {
            this.keep = keep;
            buffers = new Buffer[channels];
            counts = new long[channels];
            markSizes = new int[channels];
            markCounts = new long[channels];
            for (int i = 0; i < channels; i++) {
                buffers[i] = keep ? new Buffer() : null;
            }
        }

        /** Says which stage the case is in, for the reason if it fails. */
        void stage(Stage now) {
            stage = now;
        }

        private void mark() {
            for (int i = 0; keep && i < buffers.length; i++) {
                markSizes[i] = buffers[i].size();
                markCounts[i] = counts[i];
            }
            stage = Stage.EVALUATING;
        }

        private void rollback() {
            for (int i = 0; keep && i < buffers.length; i++) {
                buffers[i].truncate(markSizes[i]);
                counts[i] = markCounts[i];
            }
        }

        void write(int channel, Object value) {
            if (!keep) {
                return;
            }
            try {
                buffers[channel].write(WRITER.writeValueAsBytes(value));
                buffers[channel].write('\n');
                counts[channel]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final int BATCH_LINES = 256;
    private static final int IN_FLIGHT_PER_THREAD = 4;

    /** A buffer that can be cut back to an earlier size. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1 << 14);
        }

        void truncate(int size) {
            count = size;
        }
    }

    private final int threads;
    private final Settings settings;
    private final Supplier<S> stateFactory;
    private final Processor<S> processor;
    private final List<S> states = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<S> state;
    private final long[] channelCounts;
    private long accepted;
    private long rejected;

    CasePipeline(int threads, int channels, Settings settings, Supplier<S> stateFactory, Processor<S> processor) {
        if (threads < 1) {
            throw new UserError("--threads: expected 1 or more, got " + threads);
        }
        this.threads = threads;
        this.settings = settings;
        this.stateFactory = stateFactory;
        this.processor = processor;
        this.channelCounts = new long[channels];
        this.state = ThreadLocal.withInitial(() -> {
            S s = this.stateFactory.get();
            states.add(s);
            return s;
        });
    }

    /**
     * Runs over every line of the input.
     *
     * @param in the input
     * @param outputs one output per channel
     * @param rejects where rejected lines go
     * @param progress the progress bar
     * @return the per-thread states, to merge
     */
    List<S> run(CaseInput in, List<OutputStream> outputs, OutputStream rejects, Progress progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
        Deque<Future<Batch>> inFlight = new ArrayDeque<>();
        try {
            List<String> lines = new ArrayList<>(BATCH_LINES);
            long[] numbers = new long[BATCH_LINES];
            CaseInput.Reason[] problems = new CaseInput.Reason[BATCH_LINES];
            CaseInput.LineSink sink = (number, line, problem) -> {
                numbers[lines.size()] = number;
                problems[lines.size()] = problem;
                lines.add(line);
                if (lines.size() == BATCH_LINES) {
                    submit(pool, inFlight, lines, numbers, problems, outputs, rejects, in, progress);
                    lines.clear();
                }
            };
            in.lines(sink);
            if (!lines.isEmpty()) {
                submit(pool, inFlight, lines, numbers, problems, outputs, rejects, in, progress);
            }
            while (!inFlight.isEmpty()) {
                drain(inFlight.removeFirst(), outputs, rejects, in, progress);
            }
            progress.finish(in.bytesRead(), accepted + rejected);
        } finally {
            pool.shutdownNow();
        }
        in.counted(accepted, rejected);
        return List.copyOf(states);
    }

    long count(int channel) {
        return channelCounts[channel];
    }

    private void submit(
            ExecutorService pool,
            Deque<Future<Batch>> inFlight,
            List<String> lines,
            long[] numbers,
            CaseInput.Reason[] problems,
            List<OutputStream> outputs,
            OutputStream rejects,
            CaseInput in,
            Progress progress)
            throws IOException {
        List<String> batchLines = new ArrayList<>(lines); // may hold null: a line that could not be read at all
        long[] batchNumbers = Arrays.copyOf(numbers, lines.size());
        CaseInput.Reason[] batchProblems = Arrays.copyOf(problems, lines.size());
        inFlight.addLast(pool.submit(() -> process(batchLines, batchNumbers, batchProblems)));
        while (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
            drain(inFlight.removeFirst(), outputs, rejects, in, progress);
        }
    }

    private Batch process(List<String> lines, long[] numbers, CaseInput.Reason[] problems) {
        S s = state.get();
        Batch b = new Batch(channelCounts.length);
        for (int i = 0; i < lines.size(); i++) {
            String reason = line(lines.get(i), problems[i], s, b.channels);
            if (reason != null) {
                b.rejects.write(0, new RejectedLine(numbers[i], reason));
                b.rejected++;
            } else {
                b.accepted++;
            }
        }
        return b;
    }

    /**
     * Reads one line into a case and processes it with a state, writing to the channels; what a failing case had
     * written is taken back.
     *
     * @param text the line, or null if it could not be read at all
     * @param problem why it could not be read, or null
     * @param s the state
     * @param channels where the case writes
     * @return why the line is rejected, or null if it was accepted
     */
    String line(String text, CaseInput.Reason problem, S s, Channels channels) {
        boolean danish = settings.danish();
        String reason = problem != null ? problem.in(danish) : null;
        ChildCase c = null;
        if (reason == null) {
            try {
                c = CaseJsonLines.fromJson(text);
                reason = check(c, danish);
            } catch (JacksonException e) {
                reason = Reasons.of(e, text, danish);
            } catch (RuntimeException | StackOverflowError e) {
                reason = failed(Stage.READING, null, e, danish);
            }
        }
        if (reason == null) {
            channels.mark();
            try {
                processor.process(c, s, channels);
            } catch (RuntimeException | StackOverflowError e) {
                channels.rollback();
                reason = failed(channels.stage, c, e, danish);
            }
        }
        return reason;
    }

    /** The checks of a case that need the run's settings: a birth date not after the date of evaluation. */
    private String check(ChildCase c, boolean danish) {
        if (c.child().birthDate().isAfter(settings.asOf())) {
            return Reasons.bornAfterAsOf(danish);
        }
        return null;
    }

    /** The reason for an unexpected failure: the stage, the case's key (never personal data), and a plea. */
    static String failed(Stage stage, ChildCase c, Throwable e, boolean danish) {
        String what = e.getClass().getSimpleName();
        if (danish) {
            return stage.in(true) + " fejlede" + (c == null ? "" : " for sag " + c.id()) + " (" + what
                    + "); linjen er afvist. Det er en fejl i Fremdrift: rapportér den venligst";
        }
        return stage.in(false) + " failed" + (c == null ? "" : " for case " + c.id()) + " (" + what
                + "); the line is rejected. This is a bug in Fremdrift: please report it";
    }

    private void drain(
            Future<Batch> future, List<OutputStream> outputs, OutputStream rejects, CaseInput in, Progress progress)
            throws IOException {
        Batch b;
        try {
            b = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
        for (int i = 0; i < outputs.size(); i++) {
            b.channels.buffers[i].writeTo(outputs.get(i));
            channelCounts[i] += b.channels.counts[i];
        }
        b.rejects.buffers[0].writeTo(rejects);
        accepted += b.accepted;
        rejected += b.rejected;
        progress.update(in.bytesRead(), accepted + rejected);
    }

    private static ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "fremdrift-worker");
            t.setDaemon(true);
            return t;
        };
    }

    private static final class Batch {
        final Channels channels;
        final Channels rejects = new Channels(1);
        long accepted;
        long rejected;

        Batch(int channels) {
            this.channels = new Channels(channels);
        }
    }
}
