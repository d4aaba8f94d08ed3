package dev.latchkey.adapter.web.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomesTest {

    sealed interface Result permits Done, Refused {}

    record Done(String what) implements Result {}

    sealed interface Refused extends Result permits TooLate, Unknown {}

    record TooLate() implements Refused {}

    record Unknown() implements Refused {}

    private final List<String> answered = new ArrayList<>();

    @Test
    void theBranchOfTheOutcomeRuns() {
        Outcomes.of(Result.class, new TooLate())
                .on(Done.class, done -> answered.add("done"))
                .on(TooLate.class, late -> answered.add("too late"))
                .on(Unknown.class, unknown -> answered.add("unknown"))
                .answer();

        assertThat(answered).containsExactly("too late");
    }

    @Test
    void aKindWithoutABranchFailsEvenWhenAnotherKindCame() {
        var missingOne = Outcomes.of(Result.class, new Done("x"))
                .on(Done.class, done -> answered.add("done"))
                .on(TooLate.class, late -> answered.add("too late"));

        assertThatThrownBy(missingOne::answer)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[Unknown]");
        assertThat(answered).isEmpty();
    }

    @Test
    void aSealedGroupOfKindsHasOneBranchForAllOfThem() {
        String answer = Outcomes.<Result, String>valueOf(Result.class, new Unknown())
                .on(Done.class, Done::what)
                .on(Refused.class, refused -> "refused")
                .value();

        assertThat(answer).isEqualTo("refused");
    }

    @Test
    void onlySealedResultsCanBeAnsweredThisWay() {
        assertThatThrownBy(() -> Outcomes.of(Object.class, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
