package dk.fremdrift.validation.review.rules;

import dk.fremdrift.model.LegalReference;
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
    /**
     * The texts of the legal basis the rule's last finding cited: the descriptor's, or the engine rule's of a
     * timeliness finding. Immutable, so threads may share it without locks; one that sees another basis makes its own.
     */
    private BasisTexts basisTexts;

    ReviewRule(RuleDescriptor descriptor) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.templatesDa =
                descriptor.messagesDa().stream().map(Messages.Template::parse).toArray(Messages.Template[]::new);
        this.templatesEn =
                descriptor.messagesEn().stream().map(Messages.Template::parse).toArray(Messages.Template[]::new);
    }

    /** The Danish and English texts of a legal basis, {@link LegalReference#toDanish()} and {@link
     * LegalReference#toEnglish()}, worked out once per basis the rule cites in a row. */
    final BasisTexts basisTexts(LegalReference basis) {
        BasisTexts texts = basisTexts;
        if (texts == null || texts.basis != basis) {
            texts = new BasisTexts(basis, basis.toDanish(), basis.toEnglish());
            basisTexts = texts;
        }
        return texts;
    }

    /** A legal basis and its texts. */
    static final class BasisTexts {
        private final LegalReference basis;
        private final String danish;
        private final String english;

        private BasisTexts(LegalReference basis, String danish, String english) {
            this.basis = basis;
            this.danish = danish;
            this.english = english;
        }

        String danish() {
            return danish;
        }

        String english() {
            return english;
        }
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
