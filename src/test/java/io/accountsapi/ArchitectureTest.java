package io.accountsapi;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import io.accountsapi.auth.Caller;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The package structure docs/architecture.md describes, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Not the code Spring's ahead-of-time processing generates when a jar is built (Foo__BeanDefinitions, ...).
            .withImportOption(location -> !location.contains("__"))
            .importPackages("io.accountsapi");

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("io.accountsapi.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** The domain: what neither the shared web layer, nor a dialect's machinery, nor authentication may know. */
    private static final String[] FEATURES = {
        "io.accountsapi.organization..", "io.accountsapi.user..", "io.accountsapi.provisioning.."
    };

    /** Each dialect's edge, whole in its own package tree. */
    private static final String UPSUN = "io.accountsapi.upsun..";

    private static final String PROBELY = "io.accountsapi.probely..";

    @Test
    void webKnowsNoDialectAndNoFeature() {
        knowsNone("io.accountsapi.web..", UPSUN, PROBELY, "io.accountsapi.auth..", "io.accountsapi.limits..");
    }

    /** The limits know whose a request is only through the hint authentication provides. */
    @Test
    void theLimitsKnowNoFeatureNoDialectAndNotAuthentication() {
        knowsNone("io.accountsapi.limits..", UPSUN, PROBELY, "io.accountsapi.auth..");
    }

    @Test
    void theDrfDialectKnowsNoFeature() {
        knowsNone("io.accountsapi.probely.drf..", UPSUN, "io.accountsapi.auth..");
    }

    @Test
    void authenticationKnowsNoFeatureAndNoDialect() {
        knowsNone("io.accountsapi.auth..", UPSUN, PROBELY);
    }

    /** The domain takes plain commands and answers records or refusals: it knows neither edge, nor HTTP, nor JSON. */
    @Test
    void theDomainKnowsNoDialectAndNoHttp() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "io.accountsapi.organization..", "io.accountsapi.user..", "io.accountsapi.usecase..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        UPSUN,
                        PROBELY,
                        "io.accountsapi.web..",
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..",
                        "io.swagger..",
                        "org.openapitools.jackson.nullable..")
                .check(CLASSES);
    }

    @Test
    void theEdgesDoNotKnowEachOther() {
        noClasses()
                .that()
                .resideInAPackage(UPSUN)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(PROBELY)
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage(PROBELY)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(UPSUN)
                .check(CLASSES);
    }

    private static void knowsNone(String knower, String... alsoUnknown) {
        noClasses()
                .that()
                .resideInAPackage(knower)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(Stream.concat(Arrays.stream(FEATURES), Arrays.stream(alsoUnknown))
                        .toArray(String[]::new))
                .check(CLASSES);
    }

    /**
     * Another feature sees a feature's public services and the values they take and answer (records, enums, and the
     * read-only views its entities implement), never its entities or repositories.
     */
    @Test
    void featuresReachEachOtherOnlyThroughPublicServices() {
        var publicSurface = DescribedPredicate.<JavaClass>describe(
                "a public service, a record, an enum or a view",
                type -> type.isAnnotatedWith(Service.class)
                        || type.reflect().isRecord()
                        || type.isEnum()
                        || (type.isInterface() && !type.isAssignableTo(Repository.class)));
        for (var feature : FEATURES) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage(feature)
                    .should()
                    .dependOnClassesThat(resideInAPackage(feature).and(not(publicSurface)))
                    .check(CLASSES);
        }
    }

    /**
     * What ArchUnit cannot see: a repository's queries name only its own feature's entities (JPQL) and tables (native
     * SQL). Authentication's caller lookup is not a feature's: it reads users and organizations in the one statement
     * every request runs.
     */
    @Test
    void queriesStayWithinTheirFeature() {
        for (var feature : FEATURES) {
            var foreign = CLASSES.stream()
                    .filter(type -> type.isAnnotatedWith(Entity.class)
                            && !type.getPackageName().startsWith(feature.replace("..", "")))
                    .flatMap(type -> Stream.of(
                            type.getSimpleName(),
                            type.getAnnotationOfType(Table.class).name()))
                    .toList();
            CLASSES.stream()
                    .filter(type -> type.getPackageName().startsWith(feature.replace("..", ""))
                            && type.isAssignableTo(Repository.class))
                    .flatMap(type -> Arrays.stream(type.reflect().getDeclaredMethods()))
                    .forEach(method -> Stream.of(
                                    method.getAnnotation(Query.class) == null
                                            ? null
                                            : method.getAnnotation(Query.class).value(),
                                    method.getAnnotation(NativeQuery.class) == null
                                            ? null
                                            : method.getAnnotation(NativeQuery.class)
                                                    .value())
                            .filter(Objects::nonNull)
                            .forEach(query -> assertThat(foreign)
                                    .as(
                                            "names in %s.%s",
                                            method.getDeclaringClass().getSimpleName(), method.getName())
                                    .noneMatch(name -> Pattern.compile("\\b" + name + "\\b")
                                            .matcher(query)
                                            .find())));
        }
    }

    /**
     * A service method a request calls (it takes the {@link Caller}) runs in a write's transaction or in a read-only
     * scope, which is what lets a replica serve it; a write that may run twice opens each attempt's transaction itself.
     */
    @Test
    void everyRequestsUseCaseRunsInATransactionOrAReadOnlyScope() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .and(DescribedPredicate.describe(
                        "take the Caller",
                        method -> method.getRawParameterTypes().stream()
                                .anyMatch(type -> type.isEquivalentTo(Caller.class))))
                .should(ArchCondition.from(DescribedPredicate.describe(
                        "be @Transactional or @ReadOnly, or be in a class that is, or run a TransactionTemplate",
                        method -> method.isMetaAnnotatedWith(Transactional.class)
                                || method.getOwner().isMetaAnnotatedWith(Transactional.class)
                                || method.getMethodCallsFromSelf().stream()
                                        .anyMatch(
                                                call -> call.getTargetOwner().isEquivalentTo(TransactionTemplate.class)
                                                        && call.getName().startsWith("execute")))))
                .check(CLASSES);
    }

    @Test
    void everythingPersistsThroughRepositories() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc.core..")
                .check(CLASSES);
    }
}
