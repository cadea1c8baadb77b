package dk.fremdrift.deadlines;

import static dk.fremdrift.deadlines.Cases.CPH;
import static dk.fremdrift.deadlines.Cases.noon;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.fremdrift.deadlines.internal.ZoneDates;
import dk.fremdrift.model.CaseId;
import dk.fremdrift.model.InForcePeriod;
import dk.fremdrift.model.Law;
import dk.fremdrift.model.LegalReference;
import dk.fremdrift.model.PartId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** The evaluation as a value: equality, lateness, pending, its log form and its JSON. */
class DeadlineEvaluationTest {

    private static final LocalDate MON_2026_03_30 = LocalDate.of(2026, 3, 30);
    private static final LocalDate THU_2026_04_09 = LocalDate.of(2026, 4, 9);
    private static final LocalDate TUE_2026_04_14 = LocalDate.of(2026, 4, 14);

    private static final DeadlineRule TEN_DAYS = DeadlineRule.builder("KK-COMPLAINT-10D", Duty.of("COMPLAINT_10D"))
            .title("Genvurdering inden 10 dage", "Reassessment within 10 days")
            .law(LegalReference.of(Law.RETSSIKKERHEDSLOVEN, "66"), InForcePeriod.from(LocalDate.of(2024, 1, 1)))
            .on(Trigger.of(TriggerKind.COMPLAINT_RECEIVED), Completion.of(CompletionKind.COMPLAINT_REASSESSED))
            .length(10, DeadlineUnit.CALENDAR_DAYS)
            .build();

    /** A complaint received Monday 30 March 2026, due Thursday 9 April, evaluated at noon on 1 April. */
    private static DeadlineEvaluation.Builder tenDays(DeadlineStatus status) {
        DeadlineEvaluation.Builder b = new DeadlineEvaluation.Builder();
        b.rule = TEN_DAYS;
        b.caseId = CaseId.of("S-2026-000001");
        b.subjectKind = SubjectKind.COMPLAINT;
        b.subjectId = PartId.of("k1");
        b.subjectPath = "complaints[0]";
        b.triggerDate = MON_2026_03_30;
        b.dueDate = THU_2026_04_09;
        b.dueAt = ZoneDates.of(CPH).endOfDay(THU_2026_04_09);
        b.status = status;
        b.asOf = noon(LocalDate.of(2026, 4, 1));
        b.zone = CPH;
        return b;
    }

    private static DeadlineEvaluation changed(Consumer<DeadlineEvaluation.Builder> change) {
        DeadlineEvaluation.Builder b = tenDays(DeadlineStatus.OPEN);
        change.accept(b);
        return new DeadlineEvaluation(b);
    }

    static Stream<Consumer<DeadlineEvaluation.Builder>> changes() {
        return Stream.of(
                b -> b.caseId = CaseId.of("S-2026-000002"),
                b -> b.subjectId = PartId.of("k2"),
                b -> b.subjectPath = "complaints[1]",
                b -> b.occurrence = 2,
                b -> b.triggerDate = b.triggerDate.plusDays(1),
                b -> b.dueAt = b.dueAt.plusSeconds(1),
                b -> b.status = DeadlineStatus.DUE_SOON,
                b -> b.asOf = b.asOf.plusSeconds(1),
                b -> b.completedOn = MON_2026_03_30,
                b -> b.inapplicability = Inapplicability.CASE_CLOSED,
                b -> b.dueBasis = DueBasis.MUNICIPAL_FREQUENCY);
    }

    @ParameterizedTest
    @MethodSource("changes")
    void equals_anyComponentChanged_notEqual(Consumer<DeadlineEvaluation.Builder> change) {
        DeadlineEvaluation original = changed(b -> {});

        assertThat(changed(change)).isNotEqualTo(original);
        assertThat(original).isNotEqualTo(changed(change));
    }

    @Test
    void equals_sameInput_equalWithTheSameHashCode() {
        DeadlineEvaluation a = changed(b -> {});
        DeadlineEvaluation b = changed(x -> {});

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(a).isNotEqualTo("DeadlineEvaluation");
    }

    @Test
    void lateness_overdue_runsFromTheDueMomentToTheEvaluation() {
        DeadlineEvaluation.Builder b = tenDays(DeadlineStatus.OVERDUE);
        b.asOf = noon(TUE_2026_04_14);

        assertThat(new DeadlineEvaluation(b).lateness())
                .contains(Duration.ofDays(4).plusHours(12).plusSeconds(1));
    }

    @Test
    void lateness_metLateDateDeadline_countsWholeDaysAfterTheDueDate() {
        DeadlineEvaluation.Builder b = tenDays(DeadlineStatus.MET_LATE);
        b.completedOn = TUE_2026_04_14;

        assertThat(new DeadlineEvaluation(b).lateness()).contains(Duration.ofDays(5));
    }

    @ParameterizedTest
    @EnumSource(DeadlineStatus.class)
    void isPending_onlyOpenAndDueSoon(DeadlineStatus status) {
        assertThat(new DeadlineEvaluation(tenDays(status)).isPending())
                .isEqualTo(status == DeadlineStatus.OPEN || status == DeadlineStatus.DUE_SOON)
                .isEqualTo(status.isPending());
    }

    @Test
    void toString_namesRuleCasePartOccurrenceDueDateAndStatus() {
        DeadlineEvaluation.Builder whole = tenDays(DeadlineStatus.OPEN);
        whole.subjectId = null;
        whole.subjectPath = null;

        assertThat(changed(b -> {}))
                .hasToString("DeadlineEvaluation[KK-COMPLAINT-10D, case=S-2026-000001, subject=complaints[0],"
                        + " due=2026-04-09, status=OPEN]");
        assertThat(changed(b -> b.occurrence = 2))
                .hasToString("DeadlineEvaluation[KK-COMPLAINT-10D, case=S-2026-000001, subject=complaints[0] #2,"
                        + " due=2026-04-09, status=OPEN]");
        assertThat(new DeadlineEvaluation(whole))
                .hasToString(
                        "DeadlineEvaluation[KK-COMPLAINT-10D, case=S-2026-000001, subject=case, due=2026-04-09, status=OPEN]");
    }

    @Test
    void json_vendorMapper_writesTheKeysAndBothExplanations() throws Exception {
        DeadlineEvaluation e = changed(b -> {});

        String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(e);

        assertThat(json)
                .startsWith("{\"caseId\":\"S-2026-000001\",\"ruleId\":\"KK-COMPLAINT-10D\",\"duty\":\"COMPLAINT_10D\"")
                .contains("\"dueDate\":\"2026-04-09\"", "\"status\":\"OPEN\"")
                .contains("\"explanationDa\":\"" + e.explanation(Locale.forLanguageTag("da")) + "\"")
                .contains("\"explanationEn\":\"" + e.explanation(Locale.ENGLISH) + "\"");
        assertThat(e.explanationEn()).startsWith("complaint received Monday 2026-03-30;");
        assertThat(e.explanationDa()).startsWith("klage modtaget mandag 2026-03-30;");
    }

    /** The documented keys and no more: a derived getter such as isPending() must not become a key by itself. */
    private static final List<String> KEYS = List.of(
            "caseId",
            "ruleId",
            "duty",
            "legalBasis",
            "subjectKind",
            "subjectId",
            "subjectPath",
            "occurrence",
            "triggerDate",
            "dueDate",
            "dueAt",
            "status",
            "explanationDa",
            "explanationEn");

    @Test
    void json_jackson2FindAndRegisterModules_onlyTheDocumentedKeys() throws Exception {
        DeadlineEvaluation e = changed(b -> {});

        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        var tree = mapper.readTree(mapper.writeValueAsString(e));

        List<String> keys = new ArrayList<>();
        tree.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(KEYS);
    }

    @Test
    void json_jackson3_onlyTheDocumentedKeys() {
        DeadlineEvaluation e = changed(b -> {});
        JsonMapper mapper = JsonMapper.builder().build();

        var tree = mapper.readTree(mapper.writeValueAsString(e));

        assertThat(tree.propertyNames()).containsExactlyElementsOf(KEYS);
    }
}
