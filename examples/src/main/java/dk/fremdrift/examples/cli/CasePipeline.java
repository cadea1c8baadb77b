package dk.fremdrift.examples.cli;

import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.model.ChildCase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import tools.jackson.databind.ObjectWriter;

/**
 * Runs a function over the cases of a JSON Lines file on several threads, in bounded memory, with output in the
 * order of the input.
 *
 * <p>The calling thread reads lines and hands them out in batches; worker threads parse each line (a bad line
 * becomes a rejected line with its number and reason) and process each case with a per-thread state (for example
 * aggregates that merge exactly), writing JSON into the batch's buffers; the calling thread writes the batches'
 * buffers to the outputs in input order. At most a few batches per thread are in flight, so memory does not grow
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

    /** The output channels of one batch: JSON values written one per line into a buffer per channel. */
    static final class Channels {
        private static final ObjectWriter WRITER = CaseJsonLines.mapper().writer();
        private final ByteArrayOutputStream[] buffers;
        private final long[] counts;

        Channels(int channels) {
            buffers = new ByteArrayOutputStream[channels];
            counts = new long[channels];
            for (int i = 0; i < channels; i++) {
                buffers[i] = new ByteArrayOutputStream(1 << 14);
            }
        }

        void write(int channel, Object value) {
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

    private final int threads;
    private final Supplier<S> stateFactory;
    private final Processor<S> processor;
    private final List<S> states = Collections.synchronizedList(new ArrayList<>());
    private final ThreadLocal<S> state;
    private final long[] channelCounts;
    private long accepted;
    private long rejected;

    CasePipeline(int threads, int channels, Supplier<S> stateFactory, Processor<S> processor) {
        if (threads < 1) {
            throw new UserError("--threads: expected 1 or more, got " + threads);
        }
        this.threads = threads;
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
            CaseInput.LineSink sink = (number, line) -> {
                numbers[lines.size()] = number;
                lines.add(line);
                if (lines.size() == BATCH_LINES) {
                    submit(pool, inFlight, lines, numbers, outputs, rejects, in, progress);
                    lines.clear();
                }
            };
            in.lines(sink);
            if (!lines.isEmpty()) {
                submit(pool, inFlight, lines, numbers, outputs, rejects, in, progress);
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
            List<OutputStream> outputs,
            OutputStream rejects,
            CaseInput in,
            Progress progress)
            throws IOException {
        List<String> batchLines = List.copyOf(lines);
        long[] batchNumbers = java.util.Arrays.copyOf(numbers, lines.size());
        inFlight.addLast(pool.submit(() -> process(batchLines, batchNumbers)));
        while (inFlight.size() >= threads * IN_FLIGHT_PER_THREAD) {
            drain(inFlight.removeFirst(), outputs, rejects, in, progress);
        }
    }

    private Batch process(List<String> lines, long[] numbers) {
        S s = state.get();
        Batch b = new Batch(channelCounts.length);
        for (int i = 0; i < lines.size(); i++) {
            ChildCase c;
            try {
                c = CaseJsonLines.fromJson(lines.get(i));
            } catch (RuntimeException e) {
                b.rejects.write(0, new RejectedLine(numbers[i], Rejection.reason(e)));
                b.rejected++;
                continue;
            }
            processor.process(c, s, b.channels);
            b.accepted++;
        }
        return b;
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
