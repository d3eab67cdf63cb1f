package nl.omkijken.catalog.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import nl.omkijken.catalog.HsdsDocuments;
import nl.omkijken.identity.AccountSummary;
import nl.omkijken.identity.Accounts;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where provider staff bring in many offerings at once from a spreadsheet or an HSDS file, and take their offer out in
 * either format.
 */
@Controller
@RequestMapping("/aanbieder/{providerId}")
@PreAuthorize("hasAnyRole('PROVIDER_STAFF', 'PROVIDER_ADMINISTRATOR', 'EDITOR')")
class OfferingTransferController {

    private final OfferingImport imports;
    private final OfferingExport exports;
    private final HsdsDocuments hsds;
    private final JsonMapper json;
    private final Accounts accounts;
    private final MessageSource messages;

    OfferingTransferController(
            OfferingImport imports,
            OfferingExport exports,
            HsdsDocuments hsds,
            JsonMapper json,
            Accounts accounts,
            MessageSource messages) {
        this.imports = imports;
        this.exports = exports;
        this.hsds = hsds;
        this.json = json;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/import")
    String importPage(@PathVariable UUID providerId, Model model) {
        return page(providerId, model);
    }

    @PostMapping("/import")
    String importFile(
            @PathVariable UUID providerId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "dryRun") String action,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        try {
            var check = imports.check(me(), providerId, file == null ? new byte[0] : file.getBytes(), locale);
            if (check.clean() && "commit".equals(action)) {
                imports.commit(me(), providerId, check);
                redirect.addFlashAttribute("imported", check.rows());
                return "redirect:/aanbieder/" + providerId + "/import";
            }
            model.addAttribute("rows", check.rows());
            model.addAttribute("problems", check.problems());
        } catch (ImportRefused e) {
            model.addAttribute("refused", messages.getMessage(e.code(), e.arguments(), locale));
        }
        return page(providerId, model);
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@PathVariable UUID providerId) {
        var csv = exports.csv(me(), providerId).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("aanbod.csv")
                                .build()
                                .toString())
                .body(csv);
    }

    /** The provider's offer as one HSDS 3.0 organization with its services, locations and schedules. */
    @GetMapping("/export.json")
    ResponseEntity<byte[]> exportHsds(@PathVariable UUID providerId) {
        var document = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(hsds.organization(me(), providerId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("aanbod-hsds.json")
                                .build()
                                .toString())
                .body(document);
    }

    private String page(UUID providerId, Model model) {
        model.addAttribute("providerId", providerId);
        model.addAttribute("providerName", imports.providerName(me(), providerId));
        model.addAttribute("maxRows", OfferingCsv.MAX_ROWS);
        return "catalog/import";
    }

    private AccountSummary me() {
        return accounts.current().orElseThrow();
    }
}
