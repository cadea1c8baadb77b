package dk.fremdrift.validation.review.rules;

import dk.fremdrift.validation.review.Finding;
import dk.fremdrift.validation.review.RuleDescriptor;
import java.util.List;
import java.util.Objects;

/**
 * One rule of the case review under one law period: its descriptor and its check.
 *
 * <p>Implementations live in this package only. A check adds its findings for the events of the context's period
 * and never throws for the content of a case.
 */
public abstract class ReviewRule {

    private final RuleDescriptor descriptor;

    ReviewRule(RuleDescriptor descriptor) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    }

    /**
     * Returns what the rule checks, for the catalogue and for its findings.
     *
     * @return the descriptor
     */
    public final RuleDescriptor descriptor() {
        return descriptor;
    }

    /**
     * Checks the case of the context and adds a finding for each event of the context's period that breaks the
     * rule, in the order of the case's parts.
     *
     * @param context the case, the moment, the deadline evaluations and the period judged
     * @param out where to add the findings
     */
    public abstract void check(ReviewContext context, List<Finding> out);

    /** Returns the rule's code. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + descriptor.code() + "]";
    }
}
