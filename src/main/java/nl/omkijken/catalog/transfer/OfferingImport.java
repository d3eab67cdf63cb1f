package nl.omkijken.catalog.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.omkijken.catalog.Drafts;
import nl.omkijken.catalog.OfferingEditing;
import nl.omkijken.catalog.Taxonomy;
import nl.omkijken.catalog.TermOption;
import nl.omkijken.catalog.Vocabulary;
import nl.omkijken.identity.AccountSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every row of a provider's CSV file, or every service of an HSDS 3.0 JSON file, before anything is written,
 * and creates drafts only from a file without problems, through the same editing as the portal so each draft's
 * history starts the same way.
 */
@Service
class OfferingImport {

    private final OfferingEditing editing;
    private final Drafts drafts;
    private final Taxonomy taxonomy;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;
    private final JsonMapper json;

    OfferingImport(
            OfferingEditing editing,
            Drafts drafts,
            Taxonomy taxonomy,
            jakarta.validation.Validator validator,
            MessageSource messages,
            JsonMapper json) {
        this.editing = editing;
        this.drafts = drafts;
        this.taxonomy = taxonomy;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
        this.json = json;
    }

    /** The outcome of reading a file: the drafts of all rows and what is wrong in them. */
    record Check(List<Drafts.Draft> drafts, List<ImportProblem> problems) {

        boolean clean() {
            return problems.isEmpty();
        }

        int rows() {
            return drafts.size();
        }
    }

    String providerName(AccountSummary account, UUID providerId) {
        return editing.providerName(account, providerId);
    }

    /** Reads a CSV file, or an HSDS JSON file when it starts with a brace or bracket. */
    Check check(AccountSummary account, UUID providerId, byte[] file, Locale locale) throws ImportRefused {
        editing.providerName(account, providerId);
        return HsdsFile.looksLikeJson(file) ? checkHsds(account, providerId, file, locale) : checkCsv(file, locale);
    }

    private Check checkCsv(byte[] file, Locale locale) throws ImportRefused {
        var reader = new RowReader(
                codes(Vocabulary.THEME, locale), codes(Vocabulary.TARGET_GROUP, locale), validator, messages, locale);
        var rows = new ArrayList<Drafts.Draft>();
        var problems = new ArrayList<ImportProblem>();
        for (var record : OfferingCsv.read(file)) {
            var row = reader.read(record);
            rows.add(new Drafts.Draft(row.form(), List.of()));
            problems.addAll(row.problems());
        }
        return new Check(rows, problems);
    }

    private Check checkHsds(AccountSummary account, UUID providerId, byte[] file, Locale locale) throws ImportRefused {
        var reader = new HsdsReader(
                codes(Vocabulary.THEME, locale),
                codes(Vocabulary.TARGET_GROUP, locale),
                drafts.locationsOf(account, providerId),
                drafts,
                validator,
                messages,
                locale);
        var rows = new ArrayList<Drafts.Draft>();
        var problems = new ArrayList<ImportProblem>();
        var number = 0L;
        for (var service : HsdsFile.services(json, file)) {
            var row = reader.read(service, ++number);
            rows.add(row.draft());
            problems.addAll(row.problems());
        }
        return new Check(rows, problems);
    }

    /** Creates the drafts of a clean check, all or none. */
    void commit(AccountSummary account, UUID providerId, Check check) {
        if (!check.clean()) {
            throw new IllegalStateException("Refusing to import a file with problems");
        }
        drafts.createAll(account, providerId, check.drafts());
    }

    private Map<String, UUID> codes(Vocabulary vocabulary, Locale locale) {
        return taxonomy.options(vocabulary, locale).stream()
                .collect(Collectors.toMap(TermOption::code, TermOption::id));
    }
}
