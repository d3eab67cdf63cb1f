package nl.omkijken.finder;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The agenda of one wijk on A4 paper, in large type, for the notice board of a buurtkamer and for residents without
 * internet. The page is a Thymeleaf template written as well-formed XHTML, laid out by Open HTML to PDF with the
 * DejaVu Sans font embedded.
 */
@Component
class AgendaPrint {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ITemplateEngine templates;

    AgendaPrint(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(Map<String, Object> model) {
        var xhtml = templates.process("finder/agenda-print", new Context(DUTCH, model));
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (var weight : List.of(400, 700)) {
                var file = weight == 400 ? "/fonts/DejaVuSans.ttf" : "/fonts/DejaVuSans-Bold.ttf";
                builder.useFont(
                        () -> AgendaPrint.class.getResourceAsStream(file),
                        "DejaVu Sans",
                        weight,
                        BaseRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
