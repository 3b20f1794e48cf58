package org.slant.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.slant.config.Granularity;
import org.slant.failure.UsageException;
import org.slant.report.Report;
import org.slant.report.ReportOptions;
import org.slant.spark.DriverHadoopConf;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code slant report}: one self-contained HTML page with charts from an analyze output, without Spark. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write DIR/report/index.html: a self-contained, offline HTML report with charts from the "
                + "aggregates of an 'analyze' output folder (nothing is analysed again).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the report was written",
                "1:any other failure",
                "2:usage error (bad flag, a folder that is not an analyze output, an unknown --targets id)",
                "3:the output folder is missing or unreadable"})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "An analyze output folder (local path or Hadoop URI); the page goes to DIR/report/index.html.")
    String output;

    @Option(names = "--from", paramLabel = "DATE", description = "First date drawn (ISO yyyy-MM-dd, inclusive).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date drawn (ISO yyyy-MM-dd, inclusive).")
    String to;

    @Option(names = "--granularity", paramLabel = "G",
            description = "day|week|month, at least as coarse as the run's. Default: the run's, or weeks when most outlet-days "
                    + "have fewer than 3 articles.")
    String granularity;

    @Option(names = "--targets", split = ",", paramLabel = "ID", description = "Only these targets (comma-separated ids).")
    List<String> targets;

    @Override
    public Integer call() {
        if (output.isBlank()) {
            throw new UsageException("--output must not be blank");
        }
        Optional<LocalDate> fromDate = date(from, "--from");
        Optional<LocalDate> toDate = date(to, "--to");
        if (fromDate.isPresent() && toDate.isPresent() && fromDate.get().isAfter(toDate.get())) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        Optional<Granularity> g = Optional.empty();
        if (granularity != null) {
            try {
                g = Optional.of(Granularity.valueOf(granularity.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--granularity: '" + granularity + "' is not one of day|week|month");
            }
        }
        List<String> ids = targets == null ? List.of()
                : targets.stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
        if (targets != null && ids.isEmpty()) {
            throw new UsageException("--targets: no target id given");
        }
        Report.Written written = Report.run(new ReportOptions(output, fromDate, toDate, g, ids), DriverHadoopConf.beforeSpark());
        if (!written.note().isEmpty()) {
            System.err.println(StderrText.line("slant: " + written.note()));
        }
        System.out.println(String.format(Locale.ROOT, "slant: report of %d outlets and %d targets in %ss: %s (%,d bytes)",
                written.outlets(), written.targets(), written.granularity().name().toLowerCase(Locale.ROOT), written.page(),
                written.bytes()));
        return ExitCodes.OK;
    }

    private static Optional<LocalDate> date(String value, String flag) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new UsageException(flag + ": '" + value + "' is not an ISO date (yyyy-MM-dd)");
        }
    }
}
