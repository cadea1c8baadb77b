package dk.fremdrift.examples.cli;

import dk.fremdrift.examples.dashboard.Dashboard;
import dk.fremdrift.examples.io.CaseJsonLines;
import dk.fremdrift.examples.report.ReportDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a report made from aggregate documents: report.json and index.html into a folder, and an aggregate document
 * beside them if asked; all of them, or none (see {@link Outputs}).
 */
final class ReportFiles {

    private ReportFiles() {}

    static void write(Path out, ReportDocument document, Locale locale, Optional<Path> documentFile, Object extra)
            throws IOException {
        create(out);
        if (documentFile.isPresent()) {
            create(documentFile.get().toAbsolutePath().getParent());
        }
        try (Outputs outputs = new Outputs(Outputs.FILES)) {
            CaseJsonLines.mapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValue(outputs.create(out.resolve("report.json")), document);
            outputs.create(out.resolve("index.html"))
                    .write(Dashboard.render(document, locale).getBytes(StandardCharsets.UTF_8));
            if (documentFile.isPresent()) {
                CaseJsonLines.mapper()
                        .writerWithDefaultPrettyPrinter()
                        .writeValue(outputs.create(documentFile.get()), extra);
            }
            outputs.commit();
        }
    }

    private static void create(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UserError("cannot create the folder " + folder + ": " + Outputs.cause(e), e);
        }
    }
}
