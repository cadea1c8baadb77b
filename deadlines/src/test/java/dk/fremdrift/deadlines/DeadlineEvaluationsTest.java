package dk.fremdrift.deadlines;

import static dk.fremdrift.deadlines.Cases.ENGINE;
import static dk.fremdrift.deadlines.Cases.aCase;
import static dk.fremdrift.deadlines.Cases.id;
import static dk.fremdrift.deadlines.Cases.local;
import static dk.fremdrift.deadlines.Cases.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fremdrift.model.ChildCase;
import dk.fremdrift.model.Notification;
import dk.fremdrift.model.NotifierKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineEvaluationsTest {

    private static DeadlineEvaluations twoNotifications() {
        ChildCase c = aCase(LocalDate.of(2026, 12, 1))
                .addNotification(Notification.of(id("n1"), local("2026-12-02T10:00"), NotifierKind.CITIZEN))
                .addNotification(Notification.of(id("n2"), local("2026-12-09T10:00"), NotifierKind.PROFESSIONAL))
                .build();
        DeadlineEvaluations all = ENGINE.evaluate(c, noon(LocalDate.of(2026, 12, 20)));
        assertThat(all).as("the fixture needs evaluations to copy").hasSizeGreaterThan(1);
        return all;
    }

    @Test
    void toArray_holdsTheEvaluationsInOrder_andIsACopy() {
        DeadlineEvaluations all = twoNotifications();
        List<DeadlineEvaluation> before = new ArrayList<>(all);

        Object[] array = all.toArray();
        assertThat(array).containsExactlyElementsOf(before);
        array[0] = null;

        assertThat(all).as("writing into the array leaves the list as it was").containsExactlyElementsOf(before);
    }

    @Test
    void toArrayOfAType_fillsAnArrayOfThatType() {
        DeadlineEvaluations all = twoNotifications();

        DeadlineEvaluation[] array = all.toArray(new DeadlineEvaluation[0]);

        assertThat(array).containsExactlyElementsOf(all);
        assertThat(array.getClass().getComponentType()).isEqualTo(DeadlineEvaluation.class);
    }

    @Test
    void copies_equalTheList_andTheListCannotBeChanged() {
        DeadlineEvaluations all = twoNotifications();

        assertThat(List.copyOf(all)).isEqualTo(all);
        assertThat(DeadlineEvaluations.of(all)).isSameAs(all);
        assertThatThrownBy(() -> all.add(all.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> all.set(0, all.get(1))).isInstanceOf(UnsupportedOperationException.class);
    }
}
