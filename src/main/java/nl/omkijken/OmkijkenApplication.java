package nl.omkijken;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "Omkijken")
@SpringBootApplication
@ConfigurationPropertiesScan
public class OmkijkenApplication {

    public static void main(String[] args) {
        SpringApplication.run(OmkijkenApplication.class, args);
    }

    /** The municipality's clock: dates and times residents read are Dutch local time. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Amsterdam"));
    }
}
