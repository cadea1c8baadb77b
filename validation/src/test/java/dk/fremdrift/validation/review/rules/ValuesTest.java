package dk.fremdrift.validation.review.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A finding's placeholder values: set, set again, looked up by equal text, and more than the first dozen. */
class ValuesTest {

    @Test
    void put_thirtyKeys_allReadInBothLanguages() {
        Values values = Values.of();
        for (int i = 0; i < 30; i++) {
            values.put("key" + i, "dansk " + i, "english " + i);
        }

        for (int i = 0; i < 30; i++) {
            assertThat(values.danish("key" + i)).isEqualTo("dansk " + i);
            assertThat(values.english("key" + i)).isEqualTo("english " + i);
        }
        assertThat(values.danish("key30")).isNull();
    }

    @Test
    void put_keySetAgain_takesTheNewValues() {
        Values values = Values.of().put("date", "1. maj", "1 May").put("date", "2. maj", "2 May");

        assertThat(values.danish("date")).isEqualTo("2. maj");
        assertThat(values.english("date")).isEqualTo("2 May");
    }

    @Test
    void lookup_equalTextNotTheSameInstance_found() {
        Values values = Values.of().put("path", "notifications[0]");
        String sameText = new String(new char[] {'p', 'a', 't', 'h'});

        assertThat(values.danish(sameText)).isEqualTo("notifications[0]");
        assertThat(values.english(sameText)).isEqualTo("notifications[0]");
    }

    @Test
    void lookup_keysWithTheSameHashCode_keptApart() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        Values values = Values.of().put("Aa", "første", "first").put("BB", "anden", "second");

        assertThat(values.english("Aa")).isEqualTo("first");
        assertThat(values.english("BB")).isEqualTo("second");
        assertThat(values.danish("BB")).isEqualTo("anden");
        assertThat(Values.of().put("Aa", "x").english("BB")).isNull();
    }

    @Test
    void lookup_absentKeyWithTheFirstDozenFull_null() {
        Values values = Values.of();
        for (int i = 0; i < 12; i++) {
            values.put("key" + i, "v" + i);
        }

        assertThat(values.danish("")).isNull();
        assertThat(values.english("other")).isNull();
        assertThat(values.danish("key11")).isEqualTo("v11");
    }

    @Test
    void date_bothLanguagesTheIsoDate() {
        Values values = Values.of().date("received", LocalDate.of(2026, 3, 27));

        assertThat(values.danish("received")).isEqualTo("2026-03-27");
        assertThat(values.english("received")).isEqualTo("2026-03-27");
    }
}
