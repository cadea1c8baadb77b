package dk.fremdrift.examples.cli;

import picocli.CommandLine.Option;

/** The number of worker threads. */
final class Threads {

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads. Default: the number of processors. The output is the same for any N.")
    Integer threads;

    int count() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
