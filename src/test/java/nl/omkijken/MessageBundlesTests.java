package nl.omkijken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dutch and English stay in step, and every text a template asks for exists. */
class MessageBundlesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        var dutch = load("messages.properties");
        var english = load("messages_en.properties");

        assertThat(new TreeSet<>(english.stringPropertyNames()))
                .as("keys in English but not in Dutch, or the reverse")
                .isEqualTo(new TreeSet<>(dutch.stringPropertyNames()));
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (var file : new String[] {"messages.properties", "messages_en.properties"}) {
            var bundle = load(file);
            assertThat(bundle.stringPropertyNames())
                    .as("empty texts in " + file)
                    .allSatisfy(key -> assertThat(bundle.getProperty(key)).isNotBlank());
        }
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        var dutch = load("messages.properties");
        var missing = new TreeSet<String>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (var template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                var matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!dutch.containsKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + template.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var reader =
                new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
