package dev.summit.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The benchmarks live in the app's test tree, which {@link ArchitectureTest} does not import; they are
 * app code all the same and keep the app's rules (README, section Architecture).
 */
@AnalyzeClasses(packages = {"dev.summit.app.bench", "dev.summit.app.cli.bench"},
        importOptions = ImportOption.OnlyIncludeTests.class)
class BenchmarkArchitectureTest {

    @ArchTest
    static final ArchRule noLibvirtDirectly = ArchitectureTest.appNeverTouchesLibvirtDirectly;

    @ArchTest
    static final ArchRule noSshOutsideTheTunnel = ArchitectureTest.onlyTheTunnelSpeaksSsh;

    @ArchTest
    static final ArchRule noOwnNativeBindings = ArchitectureTest.onlyOurBindingsUseJna;

    @ArchTest
    static final ArchRule onlyTheirCommandsPrint = ArchitectureTest.onlyTheCliPrints;
}
