package dk.fremdrift.spark;

import dk.fremdrift.examples.cli.ReportPass;
import dk.fremdrift.examples.io.CaseJsonLines;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The report of {@code fremdrift report} as an Apache Spark job, for cases that already live in a cluster (a
 * national data warehouse): each partition of the JSON Lines input is read, evaluated, reviewed and measured with
 * the libraries into a {@link ReportPass.Part}, the parts' exact states are merged in a tree, and the driver writes
 * report.json and index.html, byte for byte those of the command line on the same lines with the same options.
 * Rejected lines go to {@code rejects/} (Spark's part files of JSON Lines) with their file, the byte offset where the
 * line starts, and the command line's reason; the counts in report.json reconcile with them.
 *
 * <pre>{@code
 * spark-submit --class dk.fremdrift.spark.SparkReport fremdrift-spark.jar \
 *     --input hdfs:///cases/2026/ --out report-2026 --as-of 2026-11-23 --profile political
 * }</pre>
 *
 * <p>Lines are split on {@code \n} only, as the command line splits them (Hadoop's default also splits on a lone
 * {@code \r}), and a line is held whole in memory, as Spark holds it: {@code --max-line-bytes} rejects a longer one
 * after reading it.
 */
public final class SparkReport {

    private SparkReport() {}

    /** What a run read: its counts, as report.json has them. */
    public record Counts(long read, long accepted, long rejected) {}

    /** A rejected line: its file, the byte offset where it starts (from 0), and why. Never its content. */
    public record Rejected(String file, long offset, String reason) implements Serializable {}

    /**
     * Runs the job with Spark's master from the submission (or {@code local[*]} when none is set).
     *
     * @param args the report command's options, {@code --input} and {@code --out} among them
     */
    public static void main(String[] args) {
        ReportPass pass;
        try {
            pass = ReportPass.of(Clock.systemDefaultZone(), args);
        } catch (IllegalArgumentException e) {
            System.err.println("fremdrift-spark: " + e.getMessage());
            System.err.println(ReportPass.usage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder()
                .appName("fremdrift report")
                .master(System.getProperty("spark.master", "local[*]"))
                .getOrCreate();
        int exit;
        try {
            Counts counts = run(spark, pass);
            print(System.err, counts, pass);
            exit = counts.rejected() > 0 ? 3 : 0;
        } catch (IOException e) {
            System.err.println("fremdrift-spark: " + e.getMessage());
            exit = 1;
        } finally {
            spark.stop();
        }
        System.exit(exit);
    }

    private static void print(PrintStream err, Counts c, ReportPass pass) {
        err.printf("read %,d cases: %,d accepted, %,d rejected%n", c.read(), c.accepted(), c.rejected());
        err.println("report → " + Path.of(pass.out()).resolve("index.html").toAbsolutePath());
        if (c.rejected() > 0) {
            err.println("rejected lines, with file, byte offset and reason → " + Path.of(pass.out(), "rejects"));
        }
    }

    /**
     * Runs the pass over the input on a Spark session and writes report.json, index.html and, when lines were
     * rejected, {@code rejects/} into the output folder. Each line is processed once: the partitions' outcomes are
     * kept (memory, then disk) while the states are merged and the rejects written.
     *
     * @param spark the session
     * @param pass the report's options
     * @return the counts
     * @throws IOException if the report cannot be written
     */
    public static Counts run(SparkSession spark, ReportPass pass) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(sc.hadoopConfiguration());
        conf.set("textinputformat.record.delimiter", "\n");
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
                sc.newAPIHadoopFile(pass.input(), TextInputFormat.class, LongWritable.class, Text.class, conf);
        JavaRDD<Outcome> outcomes = lines.mapPartitionsWithInputSplit(
                        (split, it) -> new PartitionPass(pass, fileOf(split), it), true)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            byte[] total = outcomes.filter(o -> o.state() != null)
                    .map(Outcome::state)
                    .treeReduce((a, b) -> pass.newPart().merge(a).merge(b).toBytes());
            ReportPass.Part part = pass.newPart().merge(total);
            if (part.rejected() > 0) {
                outcomes.filter(o -> o.rejected() != null)
                        .map(o -> CaseJsonLines.mapper().writeValueAsString(o.rejected()))
                        .saveAsTextFile(Path.of(pass.out(), "rejects").toUri().toString());
            }
            pass.write(part);
            return new Counts(part.read(), part.accepted(), part.rejected());
        } finally {
            outcomes.unpersist(false);
        }
    }

    private static String fileOf(InputSplit split) {
        return split instanceof FileSplit f ? f.getPath().toString() : split.toString();
    }

    /** What a partition gives: its rejected lines, one by one, then its state. */
    record Outcome(Rejected rejected, byte[] state) implements Serializable {}

    /** Reads a partition's lines into a part, giving each rejected line as it comes and the part's state at the end. */
    private static final class PartitionPass implements Iterator<Outcome> {
        private final String file;
        private final Iterator<Tuple2<LongWritable, Text>> lines;
        private final ReportPass.Part part;
        private Outcome next;
        private boolean stateGiven;

        PartitionPass(ReportPass pass, String file, Iterator<Tuple2<LongWritable, Text>> lines) {
            this.file = file;
            this.lines = lines;
            this.part = pass.newPart();
        }

        @Override
        public boolean hasNext() {
            while (next == null && lines.hasNext()) {
                Tuple2<LongWritable, Text> line = lines.next();
                long offset = line._1().get();
                // Hadoop reuses the Text: the part reads its bytes now.
                Optional<String> reason =
                        part.line(line._2().getBytes(), line._2().getLength(), offset);
                if (reason.isPresent()) {
                    next = new Outcome(new Rejected(file, offset, reason.get()), null);
                }
            }
            if (next == null && !stateGiven) {
                next = new Outcome(null, part.toBytes());
                stateGiven = true;
            }
            return next != null;
        }

        @Override
        public Outcome next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Outcome o = next;
            next = null;
            return o;
        }
    }
}
