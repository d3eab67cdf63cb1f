package nl.omkijken.catalog.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.omkijken.catalog.OfferingEditing;
import nl.omkijken.catalog.OfferingForm;
import nl.omkijken.catalog.Taxonomy;
import nl.omkijken.catalog.TermOption;
import nl.omkijken.catalog.Vocabulary;
import nl.omkijken.identity.AccountSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks every row of a provider's CSV file before anything is written, and creates drafts only from a file without
 * problems, through the same editing as the portal so each draft's history starts the same way.
 */
@Service
class OfferingImport {

    private final OfferingEditing editing;
    private final Taxonomy taxonomy;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;

    OfferingImport(
            OfferingEditing editing,
            Taxonomy taxonomy,
            jakarta.validation.Validator validator,
            MessageSource messages) {
        this.editing = editing;
        this.taxonomy = taxonomy;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    /** The outcome of reading a file: the forms of all rows and what is wrong in them. */
    record Check(List<OfferingForm> forms, List<ImportProblem> problems) {

        boolean clean() {
            return problems.isEmpty();
        }
    }

    String providerName(AccountSummary account, UUID providerId) {
        return editing.providerName(account, providerId);
    }

    Check check(AccountSummary account, UUID providerId, byte[] file, Locale locale) throws ImportRefused {
        editing.providerName(account, providerId);
        var reader = new RowReader(
                codes(Vocabulary.THEME, locale), codes(Vocabulary.TARGET_GROUP, locale), validator, messages, locale);
        var forms = new ArrayList<OfferingForm>();
        var problems = new ArrayList<ImportProblem>();
        for (var record : OfferingCsv.read(file)) {
            var row = reader.read(record);
            forms.add(row.form());
            problems.addAll(row.problems());
        }
        return new Check(forms, problems);
    }

    /** Creates the drafts of a clean check, all or none. */
    void commit(AccountSummary account, UUID providerId, Check check) {
        if (!check.clean()) {
            throw new IllegalStateException("Refusing to import a file with problems");
        }
        editing.createAll(account, providerId, check.forms());
    }

    private Map<String, UUID> codes(Vocabulary vocabulary, Locale locale) {
        return taxonomy.options(vocabulary, locale).stream()
                .collect(Collectors.toMap(TermOption::code, TermOption::id));
    }
}
