package dev.latchkey.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.domain.profile.InvalidFieldException.Problem;
import org.junit.jupiter.api.Test;

class FieldRulesTest {

    private static final String EMOJI = "\ud83d\ude00";

    @Test
    void aTextLimitCountsAnEmojiAsTwoUnitsAsTheDatabaseColumnsDo() {
        assertThat(FieldRules.text("state", EMOJI.repeat(50), 100)).isEqualTo(EMOJI.repeat(50));
        assertThatThrownBy(() -> FieldRules.text("state", EMOJI.repeat(51), 100))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LONG));
    }

    @Test
    void aFreeObjectMayNestThirtyTwoLevelsAndNoMore() {
        String deepest = "{\"a\":".repeat(31) + "[1]" + "}".repeat(31);
        assertThat(FieldRules.jsonObject("metadata", deepest)).isEqualTo(deepest);

        String tooDeep = "{\"a\":".repeat(32) + "[1]" + "}".repeat(32);
        assertThatThrownBy(() -> FieldRules.jsonObject("metadata", tooDeep))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LONG));
    }

    @Test
    void bracketsInsideStringsDoNotCountAsNesting() {
        String text = "{\"a\":\"" + "[{\\\"".repeat(100) + "\"}";
        assertThat(FieldRules.jsonObject("metadata", text)).isEqualTo(text);
    }
}
