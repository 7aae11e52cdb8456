package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The help of the verbs that share the migration options names each mode once, under its own heading. */
class MigrationOptionsHelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"migrate", "evacuate"})
    void eachModeIsListedOnce(String verb) {
        CommandLine line = SummitCommand.forArguments(new String[] {verb, "--help"});
        String help = line.getSubcommands().get(verb).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(help).contains("How the guest moves (one of them):");
        for (String mode : new String[] {"--live", "--paused", "--offline"}) {
            assertThat(linesDescribing(help, mode)).as(mode + " in:%n%s", help).isEqualTo(1);
        }
    }

    /**
     * Lines of the option list that start with the option, its description two or more spaces after
     * it (a wrapped synopsis line can start with the option too, followed by one space).
     */
    private static int linesDescribing(String help, String option) {
        Matcher matcher = Pattern.compile("(?m)^\\s+" + Pattern.quote(option) + " {2,}\\S").matcher(help);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
