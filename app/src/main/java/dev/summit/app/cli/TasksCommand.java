package dev.summit.app.cli;

import dev.summit.app.store.OperationRecord;
import dev.summit.app.tasks.log.TaskWords;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * summit tasks: the operation history the window's Tasks pane lists, most recent first. Readable
 * while a window or another verb writes it: the store is in WAL mode, where readers never wait.
 */
@Command(name = "tasks", mixinStandardHelpOptions = true,
        description = "List recent operations (running and finished), most recent first.")
final class TasksCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "How many to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + limit + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (CliSession cli = new CliSession(spec.commandLine().getErr())) {
            List<OperationRecord> tasks = cli.store().history().listRecent(limit);
            if (json) {
                out.print(Json.value(tasks.stream().map(TasksCommand::asJson).toList()));
                out.flush();
                return 0;
            }
            out.printf("%-19s  %-11s  %-11s  %-24s  %-40s  %s%n", "STARTED", "DURATION", "RESULT", "OPERATION", "GUEST / HOST",
                    "MESSAGE");
            for (OperationRecord task : tasks) {
                out.printf("%-19s  %-11s  %-11s  %-24s  %-40s  %s%n", TaskWords.started(task.startedAt()),
                        TaskWords.duration(task.startedAt(), task.endedAt()), TaskWords.result(task.outcome()), TaskWords.operation(task.operation()),
                        TaskWords.subject(task.guestName(), task.hostUri()), task.message() == null ? "" : oneLine(task.message()));
            }
        }
        return 0;
    }

    private static String oneLine(String message) {
        return message.replace('\n', ' ');
    }

    private static Object asJson(OperationRecord task) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", task.id());
        row.put("operation", task.operation());
        row.put("guest", task.guestName());
        row.put("host", task.hostUri());
        row.put("result", TaskWords.result(task.outcome()));
        row.put("startedAt", task.startedAt().toString());
        row.put("endedAt", task.endedAt() == null ? null : task.endedAt().toString());
        row.put("durationMs", task.endedAt() == null ? null : Duration.between(task.startedAt(), task.endedAt()).toMillis());
        row.put("message", task.message());
        return row;
    }
}
