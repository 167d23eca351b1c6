package app.rapport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the shape of the code: pure decisions, thin resources, one clock, no cycles. */
class ArchitectureTest {

  static final String[] PURE_PACKAGES = {
    "app.rapport.guard..",
    "app.rapport.pacing..",
    "app.rapport.draft.lifecycle..",
    "app.rapport.draft.template..",
    "app.rapport.contact.csv..",
    "app.rapport.response.token.."
  };

  static final String[] FRAMEWORKS = {
    "jakarta..",
    "javax.inject..",
    "javax.persistence..",
    "io.quarkus..",
    "org.hibernate..",
    "io.vertx..",
    "org.jboss..",
    "io.smallrye.."
  };

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.rapport");
  }

  @Test
  void pure_packages_import_no_framework() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAnyPackage(PURE_PACKAGES)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS);
    rule.check(classes);
  }

  @Test
  void resources_do_not_touch_the_database() {
    ArchRule rule =
        noClasses()
            .that()
            .areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "jakarta.persistence..", "io.quarkus.hibernate..", "io.agroal..", "java.sql..")
            .orShould()
            .callMethodWhere(
                com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                            io.quarkus.hibernate.orm.panache.PanacheEntityBase.class))));
    rule.check(classes);
  }

  @Test
  void resources_require_authentication_unless_explicitly_public() {
    ArchRule rule =
        classes()
            .that()
            .areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should()
            .beAnnotatedWith(io.quarkus.security.Authenticated.class)
            .orShould()
            .beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
            .orShould()
            .beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
            .orShould()
            .haveSimpleName("UserResource");
    rule.check(classes);
  }

  @Test
  void only_the_clock_producer_reads_the_wall_clock() {
    ArchRule rule =
        noClasses()
            .that()
            .doNotHaveSimpleName("ClockProducer")
            .and()
            .doNotHaveSimpleName("SettableClock")
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone");
    rule.check(classes);
  }

  @Test
  void feature_packages_have_no_cycles() {
    slices().matching("app.rapport.(*)..").should().beFreeOfCycles().check(classes);
  }
}
