package dev.summit.app.cli;

import dev.summit.connectors.edit.change.SetBootOrder;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** summit boot NAME --order hd,cdrom,network [--menu on|off]: read by the firmware at next boot. */
@Command(name = "boot", mixinStandardHelpOptions = true,
        description = "Set the boot order and the boot menu (the firmware reads them at next boot).")
final class BootCommand implements Callable<Integer> {
    @Mixin
    HostOption host;

    @Parameters(paramLabel = "NAME", description = "The guest's name.")
    String name;

    @Option(names = "--order", paramLabel = "LIST", split = ",",
            description = "Devices in boot order: hd, cdrom, network, fd (or disk targets and MACs for a guest whose"
                    + " devices carry their own order).")
    List<String> order;

    @Option(names = "--menu", paramLabel = "on|off", description = "Show the firmware's boot menu.")
    String menu;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (menu != null && !menu.equals("on") && !menu.equals("off")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--menu is 'on' or 'off', not '" + menu + "'.");
        }
        if (order == null && menu == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Nothing to change: give --order, --menu or both.");
        }
        return GuestEditRun.apply(spec, host, name, "boot order",
                List.of(new SetBootOrder(order, menu == null ? null : menu.equals("on"))));
    }
}
