package nl.omkijken;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default keeps its data in one folder, and a second start neither loses nor duplicates it. */
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path data;

    @Test
    void aSecondStartOnTheSameDataReusesItWithoutDuplicatingDemoRecords() {
        int accounts;
        int districts;
        try (var first = start()) {
            var jdbc = first.getBean(JdbcTemplate.class);
            accounts = count(jdbc, "account");
            districts = count(jdbc, "district");
            jdbc.update("insert into organisation (id, municipality_code, name, created_at)"
                    + " values (gen_random_uuid(), 'GM0193', 'Buurtkamer De Pierik', now())");
        }

        try (var second = start()) {
            var jdbc = second.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "account")).isEqualTo(accounts).isEqualTo(9);
            assertThat(count(jdbc, "district")).isEqualTo(districts).isEqualTo(16);
            assertThat(count(jdbc, "neighbourhood")).isEqualTo(78);
            assertThat(jdbc.queryForObject(
                            "select count(*) from organisation where name = 'Buurtkamer De Pierik'", Integer.class))
                    .isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(OmkijkenApplication.class)
                .run(
                        "--server.port=0",
                        "--omkijken.database.embedded.keep-data=true",
                        "--omkijken.database.embedded.data-directory=" + data.resolve("postgres"));
    }

    private static int count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
