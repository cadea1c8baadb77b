import dk.fremdrift.benchmarks.cases.SyntheticCases;
import dk.fremdrift.metrics.Indicators;
import java.nio.file.*; import java.util.*;
/** Writes the older build's 4,096 synthetic cases (cases.jsonl) and the ids of its standard indicators (base-ids.txt). */
public class Dump { public static void main(String[] a) throws Exception {
  Files.write(Path.of("cases.jsonl"), SyntheticCases.of(4096).lines());
  List<String> ids = new ArrayList<>(); Indicators.standard().forEach(d -> ids.add(d.id()));
  Files.write(Path.of("base-ids.txt"), ids);
  System.out.println(ids.size());
}}
