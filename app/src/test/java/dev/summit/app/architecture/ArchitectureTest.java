package dev.summit.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The module boundaries of README.md, section Architecture, as one rule set. The app module sees every
 * module's classes on its classpath, so this one test checks connectors, console-viewer and app together.
 */
@AnalyzeClasses(packages = "dev.summit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule connectorsStayHeadless = noClasses().that().resideInAPackage("dev.summit.connectors..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                    "dev.summit.app..", "dev.summit.console..")
            .because("connectors is libvirt access only: the CLI and tests use it without a window or a database");

    @ArchTest
    static final ArchRule rfbProtocolHasNoJavaFx = noClasses().that().resideInAPackage("dev.summit.console..")
            .and().resideOutsideOfPackage("dev.summit.console.fx..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .allowEmptyShould(true)
            .because("the RFB client must be testable and reusable without a window; only its fx package draws");

    @ArchTest
    static final ArchRule consoleViewerKnowsNoLibvirt = noClasses().that().resideInAPackage("dev.summit.console..")
            .should().dependOnClassesThat().resideInAnyPackage("org.libvirt..",
                    "dev.summit.connectors..", "dev.summit.app..")
            .allowEmptyShould(true)
            .because("the console speaks RFB to any VNC server; the app hands it a socket");

    @ArchTest
    static final ArchRule appNeverTouchesLibvirtDirectly = noClasses().that().resideInAPackage("dev.summit.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.libvirt..", "com.sun.jna..")
            .because("every libvirt call goes through connectors, which owns the threads and the connection");

    @ArchTest
    static final ArchRule onlyTheTunnelSpeaksSsh = noClasses().that().resideOutsideOfPackage("dev.summit.connectors.tunnel..")
            .should().dependOnClassesThat().resideInAPackage("com.jcraft..")
            .because("host keys, known_hosts and agent rules live in one package; the app only answers HostKeyQuestion");

    @ArchTest
    static final ArchRule onlyOurBindingsUseJna = noClasses().that().resideOutsideOfPackages("dev.summit.connectors.jna..",
                    "dev.summit.console.turbojpeg..")
            .should().dependOnClassesThat().resideInAPackage("com.sun.jna..")
            .because("native bindings stay in two packages where their memory rules are reviewed together: libvirt's"
                    + " in connectors.jna, libjpeg-turbo's (the console's JPEG decoder) in console.turbojpeg");

    /** The benchmark harness: app/src/test/java, so the compiler alone keeps main from using it. */
    static final String[] BENCHMARK_PACKAGES = {"dev.summit.app.bench..", "dev.summit.app.cli.bench.."};

    @ArchTest
    static final ArchRule noBenchmarkIsShipped = noClasses().should().resideInAnyPackage(BENCHMARK_PACKAGES)
            .because("benchmarks are built and run from the app's test classes, never put in the jar or the package");

    @ArchTest
    static final ArchRule nothingShippedUsesTheBenchmarks = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(BENCHMARK_PACKAGES)
            .because("the jar and the package hold no benchmark, so nothing shipped may need one");

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses().that().resideOutsideOfPackage("dev.summit.app.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("output goes through SLF4J; only the CLI writes to the terminal");
}
