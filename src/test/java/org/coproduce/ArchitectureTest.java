package org.coproduce;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the feature boundaries of STYLE.md: features talk through services, shared imports no feature. */
class ArchitectureTest {
    private static final String[] FEATURES = {
        "catalogue", "ideas", "volunteering", "ratings", "outcomes", "integrations", "accounts"
    };
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coproduce");

    @Test
    void sharedDependsOnNoFeature() {
        for (String feature : FEATURES) {
            noClasses()
                    .that()
                    .resideInAPackage("org.coproduce.shared..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.coproduce." + feature + "..")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void accountsDependOnNoOtherFeature() {
        for (String feature : FEATURES) {
            if (!feature.equals("accounts")) {
                noClasses()
                        .that()
                        .resideInAPackage("org.coproduce.accounts..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.coproduce." + feature + "..")
                        .allowEmptyShould(true)
                        .check(CLASSES);
            }
        }
    }

    @Test
    void featuresUseOnlyTheServicesAndViewsOfOtherFeaturesNeverTheirEntitiesOrRepositories() {
        for (String feature : FEATURES) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.coproduce." + feature + "..")
                    .should()
                    .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "entities or repositories of " + feature,
                            c -> c.getPackageName().startsWith("org.coproduce." + feature)
                                    && (c.isAnnotatedWith(jakarta.persistence.Entity.class)
                                            || c.getSimpleName().endsWith("Repository"))))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }
}
