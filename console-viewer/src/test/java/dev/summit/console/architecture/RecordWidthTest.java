package dev.summit.console.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** No record in the console viewer, main or test, has more than eight components. */
@AnalyzeClasses(packages = "dev.summit.console")
class RecordWidthTest {
    private static final int MOST = 8;

    @ArchTest
    static final ArchRule recordsReadAtTheirCallSites = classes().should(new ArchCondition<>("have at most " + MOST
            + " components if they are records") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
            Class<?> loaded = type.reflect();
            int width = loaded.isRecord() ? loaded.getRecordComponents().length : 0;
            events.add(new SimpleConditionEvent(type, width <= MOST, type.getName() + " has " + width + " components"));
        }
    }).because("a call new X(a, b, 0, 0, false, true, ...) says nothing about which value is which; group them");
}
