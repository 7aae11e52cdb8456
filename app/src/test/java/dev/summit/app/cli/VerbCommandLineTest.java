package dev.summit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A verb's run builds picocli's model of that verb only; help and unknown words get every verb. */
class VerbCommandLineTest {
    @Test
    void aVerbGetsOnlyItsOwnModel() {
        CommandLine line = SummitCommand.forArguments(new String[] {"list", "--connect", "test:///x"});
        assertThat(line.getSubcommands()).containsOnlyKeys("list");
    }

    @Test
    void aVerbWithVerbsOfItsOwnKeepsThem() {
        CommandLine line = SummitCommand.forArguments(new String[] {"template", "list"});
        assertThat(line.getSubcommands()).containsOnlyKeys("template");
        assertThat(line.getSubcommands().get("template").getSubcommands()).containsKeys("list", "import");
    }

    @Test
    void helpListsEveryVerb() {
        CommandLine line = SummitCommand.forArguments(new String[] {"--help"});
        assertThat(line.getSubcommands()).containsKeys("list", "start", "template", "connections", "migrate");
        assertThat(line.getSubcommands()).hasSameSizeAs(SummitCommand.commandLine().getSubcommands());
    }

    @Test
    void aMistypedVerbGetsEveryVerbForSuggestions() {
        CommandLine line = SummitCommand.forArguments(new String[] {"lisst"});
        assertThat(line.getSubcommands()).hasSameSizeAs(SummitCommand.commandLine().getSubcommands());
    }

    @Test
    void windowOptionsAndVersionNeedNoVerb() {
        assertThat(SummitCommand.forArguments(new String[] {"--version"}).getSubcommands()).isEmpty();
        assertThat(SummitCommand.forArguments(new String[] {"--stats-interval", "5"}).getSubcommands()).isEmpty();
    }
}
