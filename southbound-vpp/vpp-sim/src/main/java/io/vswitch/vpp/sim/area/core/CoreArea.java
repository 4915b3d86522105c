package io.vswitch.vpp.sim.area.core;

import io.vswitch.vpp.api.message.core.ApiVersions;
import io.vswitch.vpp.api.message.core.ApiVersionsReply;
import io.vswitch.vpp.api.message.core.CliInband;
import io.vswitch.vpp.api.message.core.CliInbandReply;
import io.vswitch.vpp.api.message.core.ControlPing;
import io.vswitch.vpp.api.message.core.ControlPingReply;
import io.vswitch.vpp.api.message.core.ModuleVersion;
import io.vswitch.vpp.api.message.core.ShowVersion;
import io.vswitch.vpp.api.message.core.ShowVersionReply;
import io.vswitch.vpp.sim.cli.CliError;
import io.vswitch.vpp.sim.cli.CliRegistry;
import io.vswitch.vpp.sim.cli.CliResult;
import io.vswitch.vpp.sim.spi.AreaContext;
import io.vswitch.vpp.sim.spi.SimArea;
import io.vswitch.vpp.sim.spi.SimInfo;
import io.vswitch.vpp.sim.spi.VppModules;
import java.util.List;

/**
 * The messages every client uses: the ping that closes dumps, the version, the module versions and the CLI.
 * (The handshake itself, {@code sockclnt_create} and {@code sockclnt_delete}, is the server's business.)
 */
public final class CoreArea implements SimArea {
    /** VPP's {@code show_version.program}. */
    static final String PROGRAM = "vpe";

    /**
     * The area.
     */
    public CoreArea() {
        // stateless
    }

    @Override
    public void install(final AreaContext context) {
        context.module(VppModules.MEMCLNT);
        context.module(VppModules.VLIB);
        context.module(VppModules.VPE);
        final SimInfo info = context.info();
        final CliRegistry cli = context.cli();
        context.onRequest(ControlPing.class, (request, call) -> new ControlPingReply(0, 0, info.pid()));
        context.onRequest(ShowVersion.class, (request, call) -> new ShowVersionReply(0, PROGRAM, info.version(),
            info.buildDate(), info.buildDirectory()));
        context.onRequest(ApiVersions.class, (request, call) -> {
            final List<ModuleVersion> versions = context.modules().stream()
                .map(module -> new ModuleVersion(module.major(), module.minor(), module.patch(), module.name()))
                .toList();
            return new ApiVersionsReply(0, versions.size(), versions);
        });
        context.onRequest(CliInband.class, (request, call) -> {
            final CliResult result = cli.run(request.cmd());
            return new CliInbandReply(result.retval(), result.output());
        });
        cli.register("show version", arguments -> showVersion(info, arguments));
    }

    private static String showVersion(final SimInfo info, final String arguments) {
        if (arguments.isEmpty()) {
            return "vpp v" + info.version() + " built by " + info.buildUser() + " on " + info.buildHost() + " at "
                + info.buildDate() + "\n";
        }
        if ("verbose".equals(arguments)) {
            return line("Version:", "v" + info.version()) + line("Compiled by:", info.buildUser())
                + line("Compile host:", info.buildHost()) + line("Compile date:", info.buildDate())
                + line("Compile location:", info.buildDirectory()) + line("Compiler:", "GCC 13.3.0")
                + line("Current PID:", Integer.toString(info.pid()));
        }
        throw CliError.unknownInput(arguments);
    }

    private static String line(final String label, final String value) {
        return String.format("%-25s %s%n", label, value);
    }
}
