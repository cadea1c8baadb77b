package dk.fremdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.fremdrift.testing.RandomCases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON format on both Jackson lines, each with the default mapper the README names: what is written, what
 * is read back, and how a bad document fails.
 */
class JsonFormatTest {

    static final String EXAMPLE = JsonShape.resource(ChildCase.JSON_EXAMPLE_RESOURCE);

    static final String MINIMAL =
            "{\"id\":\"c1\",\"child\":{\"birthDate\":\"2015-06-07\"},\"municipality\":\"101\",\"kle\":\"27.24.00-G01\",\"opened\":\"2026-03-27\"}";

    /** A minimal valid document with {@code extra} inserted before its closing brace. */
    static String minimalWith(String extra) {
        return MINIMAL.substring(0, MINIMAL.length() - 1) + "," + extra + "}";
    }

    // ---- the golden example --------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void example_readAndWrittenBack_identicalModuloWhiteSpace(JsonLine line) {
        ChildCase c = line.read(EXAMPLE, ChildCase.class);

        assertThat(line.write(c)).isEqualTo(JsonShape.compact(EXAMPLE));
        assertThat(c.child().cpr()).contains(Cpr.parse("070615-4321"));
        assertThat(c.municipality().name()).isEqualTo("Aalborg");
        assertThat(c.interventions().get(1).price().orElseThrow().amount()).hasToString("2450.50");
        assertThat(c.notifications().get(1).received()).isEqualTo(Instant.parse("2026-04-20T19:45:12.250Z"));
    }

    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void example_everyKindOfPart_present(JsonLine line) {
        ChildCase c = line.read(EXAMPLE, ChildCase.class);

        assertThat(Stream.of(
                        c.notifications(),
                        c.screenings(),
                        c.explorations(),
                        c.investigations(),
                        c.childConversations(),
                        c.decisions(),
                        c.plans(),
                        c.plans().get(0).goals(),
                        c.plans().get(0).revisions(),
                        c.interventions(),
                        c.followUps(),
                        c.supervisionVisits(),
                        c.assignments(),
                        c.managementReviews(),
                        c.complaints(),
                        c.accessRequests(),
                        c.justifications()))
                .allSatisfy(list -> assertThat(list).isNotEmpty());
    }

    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void example_bothLines_sameCase(JsonLine line) {
        assertThat(line.read(EXAMPLE, ChildCase.class)).isEqualTo(JsonLine.JACKSON_2.read(EXAMPLE, ChildCase.class));
    }

    // ---- what is written -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void write_example_shapeOfTheTypes(JsonLine line) {
        ChildCase c = line.read(EXAMPLE, ChildCase.class);

        JsonShape.check(c, JsonShape.tree(line.write(c)));
    }

    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void write_momentsAndDates_isoStringsInUtc(JsonLine line) {
        Instant received = Instant.parse("2026-03-27T15:05:00Z");
        ChildCase c = ChildCaseTest.builder()
                .addNotification(Notification.of(PartId.of("n1"), received, NotifierKind.PROFESSIONAL)
                        .withAssessment(Assessment.of(received.plusMillis(1), AssessmentOutcome.ENDANGERED))
                        .withReceiptSent(received.plusSeconds(3600))
                        .withNotifierInformed(LocalDate.of(2026, 4, 1)))
                .addDecision(Decision.of(
                                PartId.of("d1"), DecisionKind.SUPPORT, ChildCaseTest.BL_32, LocalDate.of(2026, 3, 27))
                        .withEmergency(EmergencyDecision.of(received).withPartiesNotified(received.plusNanos(1))))
                .build();

        JsonNode json = JsonShape.tree(line.write(c));

        JsonNode n = json.get("notifications").get(0);
        assertThat(n.get("received").textValue()).isEqualTo("2026-03-27T15:05:00Z");
        assertThat(n.get("assessment").get("assessed").textValue()).isEqualTo("2026-03-27T15:05:00.001Z");
        assertThat(n.get("receiptSent").textValue()).isEqualTo("2026-03-27T16:05:00Z");
        assertThat(n.get("notifierInformed").textValue()).isEqualTo("2026-04-01");
        JsonNode e = json.get("decisions").get(0).get("emergency");
        assertThat(e.get("implemented").textValue()).isEqualTo("2026-03-27T15:05:00Z");
        assertThat(e.get("partiesNotified").textValue()).isEqualTo("2026-03-27T15:05:00.000000001Z");
        assertThat(json.get("opened").textValue()).isEqualTo("2026-03-27");
        assertThat(json.get("child").get("birthDate").textValue()).isEqualTo("2015-06-07");
        assertThat(line.read(line.write(c), ChildCase.class)).isEqualTo(c);
    }

    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void read_momentWithOffset_writtenBackInUtc(JsonLine line) {
        String doc = minimalWith(
                "\"notifications\":[{\"id\":\"n1\",\"received\":\"2026-03-27T16:05:00+01:00\",\"notifierKind\":\"CHILD\"}]");

        ChildCase c = line.read(doc, ChildCase.class);

        assertThat(c.notifications().get(0).received()).isEqualTo(Instant.parse("2026-03-27T15:05:00Z"));
        assertThat(line.write(c)).contains("\"received\":\"2026-03-27T15:05:00Z\"");
    }

    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void write_emptyListsAndAbsentValues_leftOut(JsonLine line) {
        ChildCase minimal = ChildCase.builder(
                        CaseId.of("c1"),
                        Child.of(LocalDate.of(2015, 6, 7)),
                        MunicipalityCode.of(101),
                        KleNumber.parse("27.24.00-G01"),
                        LocalDate.of(2026, 3, 27))
                .build();
        ChildCase withBareParts = minimal.toBuilder()
                .addNotification(
                        Notification.of(PartId.of("n1"), Instant.parse("2026-03-27T15:05:00Z"), NotifierKind.CITIZEN))
                .addPlan(Plan.of(PartId.of("p1"), PlanKind.CHILD_PLAN, LocalDate.of(2026, 4, 1)))
                .build();

        assertThat(line.write(minimal)).isEqualTo(MINIMAL);
        assertThat(line.write(withBareParts))
                .isEqualTo(
                        minimalWith(
                                "\"notifications\":[{\"id\":\"n1\",\"received\":\"2026-03-27T15:05:00Z\",\"notifierKind\":\"CITIZEN\"}],\"plans\":[{\"id\":\"p1\",\"kind\":\"CHILD_PLAN\",\"created\":\"2026-04-01\"}]"));
    }

    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void read_absentAndNullListsAndValues_empty(JsonLine line) {
        ChildCase expected = line.read(MINIMAL, ChildCase.class);

        assertThat(expected.notifications()).isEmpty();
        assertThat(expected.child().cpr()).isEmpty();
        assertThat(expected.closing()).isEmpty();
        assertThat(line.read(minimalWith("\"notifications\":[],\"closing\":null,\"plans\":null"), ChildCase.class))
                .isEqualTo(expected);
        assertThat(line.read(
                                minimalWith(
                                        "\"notifications\":[{\"id\":\"n1\",\"received\":\"2026-03-27T15:05:00Z\",\"notifierKind\":\"CITIZEN\",\"assessment\":null,\"receiptSent\":null}]"),
                                ChildCase.class)
                        .notifications()
                        .get(0))
                .isEqualTo(
                        Notification.of(PartId.of("n1"), Instant.parse("2026-03-27T15:05:00Z"), NotifierKind.CITIZEN));
    }

    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void write_derivedAnswers_notSerialised(JsonLine line) {
        String json = line.write(line.read(EXAMPLE, ChildCase.class));

        for (String derived : new String[] {
            "concrete",
            "measurable",
            "activeOn",
            "openOn",
            "birthday",
            "placement",
            "serious",
            "professional",
            "groupLevel",
            "modulus11Valid",
            "sex",
            "endInclusive",
            "danishName",
            "englishName"
        }) {
            assertThat(json).doesNotContain("\"" + derived + "\":");
        }
        assertThat(json).contains("\"opened\":", "\"birthDate\":");
    }

    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void write_identifiersAndValues_plainStrings(JsonLine line) {
        assertThat(line.write(Cpr.parse("0706154321"))).isEqualTo("\"070615-4321\"");
        assertThat(line.write(Cvr.parse("29189846"))).isEqualTo("\"29189846\"");
        assertThat(line.write(MunicipalityCode.parse("0851"))).isEqualTo("\"851\"");
        assertThat(line.write(KleNumber.parse("27.24.00G01"))).isEqualTo("\"27.24.00-G01\"");
        assertThat(line.write(CaseId.of("2026-1"))).isEqualTo("\"2026-1\"");
        assertThat(line.write(PartId.of("n1"))).isEqualTo("\"n1\"");
        assertThat(line.write(TeamId.of("t"))).isEqualTo("\"t\"");
        assertThat(line.write(CaseworkerId.of("sb"))).isEqualTo("\"sb\"");
        assertThat(line.read("\"0706154321\"", Cpr.class)).isEqualTo(Cpr.parse("070615-4321"));
        assertThat(line.read("\"0851\"", MunicipalityCode.class)).isEqualTo(MunicipalityCode.of(851));
        assertThat(line.read("\"27.24.00G01\"", KleNumber.class)).isEqualTo(KleNumber.parse("27.24.00-G01"));
        assertThat(line.read("\"n1\"", PartId.class)).isEqualTo(PartId.of("n1"));
    }

    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void writeAndRead_valueTypesOutsideTheCase(JsonLine line) {
        LegalReference ref = LegalReference.of(Law.SERVICELOVEN, "155 a", 2);
        InForcePeriod period = InForcePeriod.between(LocalDate.of(1998, 7, 1), LocalDate.of(2024, 1, 1));

        assertThat(line.write(ref)).isEqualTo("{\"law\":\"SERVICELOVEN\",\"paragraph\":\"155 a\",\"subsection\":2}");
        assertThat(line.write(InForcePeriod.from(LocalDate.of(2024, 1, 1))))
                .isEqualTo("{\"startInclusive\":\"2024-01-01\"}");
        assertThat(line.write(period)).isEqualTo("{\"startInclusive\":\"1998-07-01\",\"endExclusive\":\"2024-01-01\"}");
        assertThat(line.read(line.write(period), InForcePeriod.class)).isEqualTo(period);
        assertThat(line.read("{\"law\":\"SERVICELOVEN\",\"paragraph\":\"155a\"}", LegalReference.class))
                .isEqualTo(LegalReference.of(Law.SERVICELOVEN, "155 a"));
    }

    // ---- how a bad document fails -------------------------------------------------------------------------------

    /**
     * Unknown fields at each level: the reason names the type and its fields and the kind of the unknown name, never
     * the name itself (it may be personal data); the path where it is.
     */
    static Stream<Arguments> unknownFields() {
        return Stream.of(JsonLine.values())
                .flatMap(line -> Stream.of(
                        Arguments.of(
                                line,
                                minimalWith("\"foo\":1"),
                                "",
                                "a text of 3 characters",
                                "ChildCase: expected only the fields id, child, municipality,"),
                        Arguments.of(
                                line,
                                MINIMAL.replace(
                                        "{\"birthDate\":\"2015-06-07\"}",
                                        "{\"birthDate\":\"2015-06-07\",\"name\":\"Anna\"}"),
                                "child",
                                "a text of 4 characters",
                                "Child: expected only the fields birthDate, cpr"),
                        Arguments.of(
                                line,
                                minimalWith(
                                        "\"notifications\":[{\"id\":\"n1\",\"received\":\"2026-03-27T15:05:00Z\",\"notifierKind\":\"CITIZEN\",\"assessment\":{\"assessed\":\"2026-03-27T16:05:00Z\",\"outcome\":\"ENDANGERED\",\"by\":\"x\"}}]"),
                                "notifications[0].assessment",
                                "a text of 2 characters",
                                "Assessment: expected only the fields assessed, outcome, assessedBy"),
                        Arguments.of(
                                line,
                                minimalWith(
                                        "\"interventions\":[{\"id\":\"i1\",\"kind\":\"FOSTER_CARE\",\"legalBasis\":{\"law\":\"BARNETS_LOV\",\"paragraph\":\"47\",\"stk\":1},\"start\":\"2026-04-01\"}]"),
                                "interventions[0].legalBasis",
                                "a text of 3 characters",
                                "LegalReference: expected only the fields law, paragraph, subsection"),
                        Arguments.of(
                                line,
                                minimalWith(
                                        "\"interventions\":[{\"id\":\"i1\",\"kind\":\"FOSTER_CARE\",\"legalBasis\":{\"law\":\"BARNETS_LOV\",\"paragraph\":\"47\"},\"start\":\"2026-04-01\",\"price\":{\"amount\":1,\"unit\":\"PER_DAY\",\"currency\":\"DKK\"}}]"),
                                "interventions[0].price",
                                "a text of 8 characters",
                                "Price: expected only the fields amount, unit"),
                        Arguments.of(
                                line,
                                minimalWith(
                                        "\"closing\":{\"closed\":\"2026-04-01\",\"reason\":\"MOVED\",\"0706154321\":1}"),
                                "closing",
                                "a text of 10 characters that contains a CPR number",
                                "CaseClosing: expected only the fields closed, reason")));
    }

    @ParameterizedTest(name = "{0} {2} {3}")
    @MethodSource("unknownFields")
    void read_unknownField_rejectedByDefaultMapper(JsonLine line, String doc, String path, String kind, String type) {
        JsonLine.Failure f = line.readFailure(doc, ChildCase.class);

        assertThat(f.message()).contains(type).contains("got an unknown field whose name is " + kind);
        // Jackson meets the field before it builds the object or after: the path ends at the object or at the field.
        assertThat(f.path()).matches(java.util.regex.Pattern.quote(path) + "(\\.[^.\\[]+)?");
    }

    /** One instance of every record type of the format, from random cases, and InForcePeriod. */
    static Stream<Arguments> everyRecordType() {
        java.util.Map<Class<?>, Record> samples =
                new java.util.TreeMap<>(java.util.Comparator.comparing(Class::getName));
        RandomCases random = new RandomCases(3L);
        for (int i = 0; i < 500 && samples.size() < 26; i++) {
            JsonShape.records(random.nextCase(), r -> samples.putIfAbsent(r.getClass(), r));
        }
        samples.put(InForcePeriod.class, InForcePeriod.from(LocalDate.of(2024, 1, 1)));
        assertThat(samples).hasSize(27);
        return Stream.of(JsonLine.values())
                .flatMap(line -> samples.values().stream()
                        .map(r -> Arguments.of(line, r.getClass().getSimpleName(), r)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRecordType")
    void read_unknownFieldInAnyRecordType_rejected(JsonLine line, String type, Record sample) {
        String json = line.write(sample);
        String withUnknown = "{\"zzz\":[1,{\"a\":null}]," + json.substring(1);

        assertThat(line.read(json, sample.getClass())).isEqualTo(sample);
        assertThat(line.readFailure(withUnknown, sample.getClass()).message())
                .contains(type + ": expected only the fields ")
                .contains("got an unknown field whose name is a text of 3 characters");
    }

    /** Bad documents: the JSON path to the bad value and the constructor's reason. */
    static Stream<Arguments> badDocuments() {
        return Stream.of(JsonLine.values())
                .flatMap(line -> Stream.of(
                        Arguments.of(
                                line,
                                "CPR number with a date that does not exist",
                                MINIMAL.replace(
                                        "{\"birthDate\":\"2015-06-07\"}",
                                        "{\"birthDate\":\"2015-06-07\",\"cpr\":\"310615-4321\"}"),
                                "child.cpr",
                                "CPR number: the first six digits are not a date that exists"),
                        Arguments.of(
                                line,
                                "CPR number of another child",
                                MINIMAL.replace(
                                        "{\"birthDate\":\"2015-06-07\"}",
                                        "{\"birthDate\":\"2015-06-08\",\"cpr\":\"070615-4321\"}"),
                                "child",
                                "child.cpr: expected a CPR number whose date part equals child.birthDate"),
                        Arguments.of(
                                line,
                                "assessment before receipt",
                                minimalWith(
                                        "\"notifications\":[{\"id\":\"n1\",\"received\":\"2026-03-27T15:05:00Z\",\"notifierKind\":\"CITIZEN\",\"assessment\":{\"assessed\":\"2026-03-27T15:04:59Z\",\"outcome\":\"ENDANGERED\"}}]"),
                                "notifications[0]",
                                "assessment.assessed: expected a moment at or after received, got an earlier moment"),
                        Arguments.of(
                                line,
                                "assessment at a moment that is no moment",
                                minimalWith(
                                        "\"notifications\":[{\"id\":\"n1\",\"received\":\"2026-03-27T15:05:00Z\",\"notifierKind\":\"CITIZEN\",\"assessment\":{\"assessed\":\"i morgen\",\"outcome\":\"ENDANGERED\"}}]"),
                                "notifications[0].assessment.assessed",
                                "i morgen"),
                        Arguments.of(
                                line,
                                "screening of an unknown notification",
                                minimalWith(
                                        "\"screenings\":[{\"id\":\"s1\",\"date\":\"2026-03-28\",\"outcome\":\"NO_ACTION\",\"notificationIds\":[\"n9\"]}]"),
                                "",
                                "screenings[0].notificationIds[0]: expected the key of one of this case's notifications, got a key that is not in the case"),
                        Arguments.of(
                                line,
                                "Christiansø as municipality",
                                MINIMAL.replace("\"101\"", "\"411\""),
                                "municipality",
                                "municipality code: expected the code of one of the 98 Danish municipalities, got a text of 3 digits"),
                        Arguments.of(
                                line,
                                "KLE number of the wrong form",
                                MINIMAL.replace("27.24.00-G01", "27.24"),
                                "kle",
                                "KLE number: expected NN.NN.NN"),
                        Arguments.of(
                                line,
                                "key with a CPR number",
                                MINIMAL.replace("\"c1\"", "\"sag-0706154321\""),
                                "id",
                                "CaseId: expected a key of the case system, got a value that contains a CPR number"),
                        Arguments.of(
                                line,
                                "missing child",
                                MINIMAL.replace("\"child\":{\"birthDate\":\"2015-06-07\"},", ""),
                                "",
                                "child"),
                        Arguments.of(
                                line,
                                "date of the wrong form",
                                MINIMAL.replace("2026-03-27", "27-03-2026"),
                                "opened",
                                "27-03-2026"),
                        Arguments.of(
                                line,
                                "missing flag",
                                minimalWith("\"supervisionVisits\":[{\"id\":\"v1\",\"date\":\"2026-04-01\"}]"),
                                "supervisionVisits[0].conversationWithChild",
                                "Missing required creator property 'conversationWithChild'"),
                        Arguments.of(
                                line,
                                "missing measured value",
                                minimalWith(
                                        "\"plans\":[{\"id\":\"p1\",\"kind\":\"CHILD_PLAN\",\"created\":\"2026-04-01\",\"goals\":[{\"id\":\"g1\",\"area\":\"SCHOOL\",\"indicator\":{\"name\":\"x\",\"scaleMin\":0,\"scaleMax\":10,\"baseline\":1,\"target\":9},\"measurements\":[{\"date\":\"2026-05-01\"}]}]}]"),
                                "plans[0].goals[0].measurements[0].value",
                                "Missing required creator property 'value'"),
                        Arguments.of(
                                line,
                                "unknown notifier kind",
                                minimalWith(
                                        "\"notifications\":[{\"id\":\"n1\",\"received\":\"2026-03-27T15:05:00Z\",\"notifierKind\":\"NEIGHBOUR\"}]"),
                                "notifications[0].notifierKind",
                                "NEIGHBOUR"),
                        Arguments.of(
                                line,
                                "price with three decimals",
                                minimalWith(
                                        "\"interventions\":[{\"id\":\"i1\",\"kind\":\"FOSTER_CARE\",\"legalBasis\":{\"law\":\"BARNETS_LOV\",\"paragraph\":\"47\"},\"start\":\"2026-04-01\",\"price\":{\"amount\":2450.505,\"unit\":\"PER_DAY\"}}]"),
                                "interventions[0].price",
                                "amount: expected at most two decimals (øre), got more")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badDocuments")
    void read_badDocument_failsWithPathAndReason(JsonLine line, String what, String doc, String path, String reason) {
        JsonLine.Failure f = line.readFailure(doc, ChildCase.class);

        assertThat(f.path()).as(f.message()).isEqualTo(path);
        assertThat(f.reason()).contains(reason);
    }

    @ParameterizedTest
    @EnumSource(JsonLine.class)
    void read_badCprNumbers_digitsNeverInTheMessage(JsonLine line) {
        String[] bad = {"310615-4321", "0706154321x", "070615-43", "070615+4321"};
        for (String cpr : bad) {
            String doc = MINIMAL.replace(
                    "{\"birthDate\":\"2015-06-07\"}", "{\"birthDate\":\"2015-06-07\",\"cpr\":\"" + cpr + "\"}");

            JsonLine.Failure f = line.readFailure(doc, ChildCase.class);

            assertThat(f.message())
                    .as(cpr)
                    .contains("CPR number: ")
                    .doesNotContain(cpr)
                    .doesNotContain(cpr.substring(0, 6))
                    .doesNotContain("4321");
            assertThat(f.path()).isEqualTo("child.cpr");
        }
    }
}
