package nl.omkijken.catalog;

import java.time.Duration;
import java.util.UUID;
import nl.omkijken.identity.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Providers' logos, for anyone: they are public, were re-encoded on upload and carry no metadata. */
@RestController
class ProviderLogoController {

    private final ProviderRepository providers;

    ProviderLogoController(ProviderRepository providers) {
        this.providers = providers;
    }

    @Bean
    static PublicPaths providerLogos() {
        return new PublicPaths("/aanbieders/*/logo.png");
    }

    @GetMapping("/aanbieders/{providerId}/logo.png")
    ResponseEntity<byte[]> logo(@PathVariable UUID providerId) {
        var png = providers.existsById(providerId) ? providers.findLogo(providerId) : null;
        if (png == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(png);
    }
}
