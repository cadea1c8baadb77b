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
    /** The descriptor's message templates, parsed once: Danish, then English. */
    private final Messages.Template[] templatesDa;

    private final Messages.Template[] templatesEn;

    ReviewRule(RuleDescriptor descriptor) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.templatesDa =
                descriptor.messagesDa().stream().map(Messages.Template::parse).toArray(Messages.Template[]::new);
        this.templatesEn =
                descriptor.messagesEn().stream().map(Messages.Template::parse).toArray(Messages.Template[]::new);
    }

    /** The Danish message template with the index, parsed. */
    final Messages.Template templateDa(int index) {
        return templatesDa[index];
    }

    /** The English message template with the index, parsed. */
    final Messages.Template templateEn(int index) {
        return templatesEn[index];
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
