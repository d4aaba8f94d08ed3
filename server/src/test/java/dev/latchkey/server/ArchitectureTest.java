package dev.latchkey.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hexagon's rules, checked on the classes of every module as the reactor build produces them. */
class ArchitectureTest {

    /** The composition root: the only classes that know every adapter. */
    private static final DescribedPredicate<JavaClass> WIRING = JavaClass.Predicates.belongToAnyOf(
            Main.class, Config.class, CompositionRoot.class, Application.class, ServerCli.class);

    private static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the web adapter's test helpers, when they come as its installed test jar
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.latchkey");
    }

    @Test
    void dependenciesPointInwardAndAdaptersNeverUseEachOther() {
        onionArchitecture()
                .domainModels(
                        "dev.latchkey.domain.tenant..",
                        "dev.latchkey.domain.customer..",
                        "dev.latchkey.domain.credential..",
                        "dev.latchkey.domain.token..",
                        "dev.latchkey.domain.profile..",
                        "dev.latchkey.domain.email..")
                .domainServices("dev.latchkey.domain.policy..")
                .applicationServices("dev.latchkey.application..")
                .adapter("persistence", "dev.latchkey.adapter.persistence..")
                .adapter("mail", "dev.latchkey.adapter.mail..")
                .adapter("web", "dev.latchkey.adapter.web..")
                .adapter("crypto", "dev.latchkey.adapter.crypto..")
                .adapter("metrics", "dev.latchkey.adapter.metrics..")
                .adapter("scheduling", "dev.latchkey.adapter.scheduling..")
                .adapter("cli", "dev.latchkey.adapter.cli..")
                .ignoreDependency(WIRING, DescribedPredicate.alwaysTrue())
                .check(classes);
    }

    @Test
    void theServerModuleHoldsOnlyTheCompositionRootAndTheLoggingSetUp() {
        classes()
                .that()
                .resideInAPackage("dev.latchkey.server..")
                .and()
                .areTopLevelClasses()
                .should(ArchConditions.be(WIRING.or(JavaClass.Predicates.belongToAnyOf(ConfigException.class))
                        .or(JavaClass.Predicates.resideInAPackage("dev.latchkey.server.logging"))))
                .check(classes);
    }

    @Test
    void nothingButTheCompositionRootKnowsTheServerModule() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.latchkey.server..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.latchkey.server..")
                .check(classes);
    }

    @Test
    void theDomainUsesOnlyTheJdk() {
        classes()
                .that()
                .resideInAPackage("dev.latchkey.domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.latchkey.domain..", "java..")
                .check(classes);
    }

    @Test
    void theApplicationUsesOnlyTheDomainAndTheJdk() {
        classes()
                .that()
                .resideInAPackage("dev.latchkey.application..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.latchkey.application..", "dev.latchkey.domain..", "java..")
                .check(classes);
    }

    @Test
    void adaptersDriveUseCasesThroughPortsNotServices() {
        noClasses()
                .that()
                .resideInAPackage("dev.latchkey.adapter..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.latchkey.application.service..")
                .check(classes);
    }

    @Test
    void templatesKnowNoDomainApplicationOrAdapterType() {
        noClasses()
                .that()
                .resideInAPackage("dev.latchkey.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.latchkey.domain..", "dev.latchkey.application..", "dev.latchkey.adapter..")
                .check(classes);
    }

    @Test
    void persistenceTechnologyStaysInThePersistenceAdapter() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.latchkey.adapter.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.jdbi..", "com.zaxxer..", "org.h2..", "org.flywaydb..", "java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void webTechnologyStaysInTheWebAdapter() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.latchkey.adapter.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void jsonIsReadAndWrittenOnlyByTheWebAndTheCommandLineAdapters() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.latchkey.adapter.web..", "dev.latchkey.adapter.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void commandLineTechnologyStaysInTheCommandLineAdapter() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.latchkey.adapter.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("picocli..")
                .check(classes);
    }

    @Test
    void micrometerStaysInTheMetricsAdapterAndThePersistenceAdapterThatReportsItsPoolToIt() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.latchkey.adapter.metrics..", "dev.latchkey.adapter.persistence..")
                .and(DescribedPredicate.not(WIRING))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.micrometer..", "io.prometheus..")
                .check(classes);
    }

    @Test
    void theLoggingLibraryIsSetUpOnlyInTheServerModule() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.latchkey.server.logging..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("ch.qos.logback..")
                .check(classes);
    }

    @Test
    void mailTechnologyStaysInTheMailAdapter() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.latchkey.adapter.mail..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.simplejavamail..", "jakarta.mail..")
                .check(classes);
    }

    @Test
    void cryptographyLibrariesStayInTheCryptoAdapter() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.latchkey.adapter.crypto..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.password4j..", "com.nimbusds..", "org.bouncycastle..")
                .check(classes);
    }

    @Test
    void templatesAreRenderedOnlyByTheUiTheWebAndTheMailAdapters() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "dev.latchkey.ui..", "dev.latchkey.adapter.web..", "dev.latchkey.adapter.mail..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("gg.jte..", "dev.latchkey.ui..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.latchkey.(*).(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void incomingPortsAreUseCases() {
        classes()
                .that()
                .resideInAPackage("dev.latchkey.application.port.in..")
                .and()
                .areInterfaces()
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith("UseCase")
                .check(classes);
    }

    @Test
    void useCasesAreImplementedByServices() {
        classes()
                .that()
                .implement(DescribedPredicate.describe(
                        "a use case",
                        (JavaClass c) -> c.getSimpleName().endsWith("UseCase")
                                && c.getPackageName().startsWith("dev.latchkey.application.port.in")))
                .should()
                .haveSimpleNameEndingWith("Service")
                .andShould()
                .resideInAPackage("dev.latchkey.application.service..")
                .check(classes);
    }

    @Test
    void servicesAndAdaptersAreFinal() {
        classes()
                .that()
                .resideInAnyPackage("dev.latchkey.application.service..", "dev.latchkey.adapter..")
                .and()
                .areTopLevelClasses()
                .and()
                .areNotInterfaces()
                .and()
                .areNotRecords()
                .and()
                .areNotEnums()
                .should()
                .haveModifier(JavaModifier.FINAL)
                .check(classes);
    }
}
