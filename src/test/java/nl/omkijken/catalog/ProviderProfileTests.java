package nl.omkijken.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import javax.imageio.ImageIO;
import nl.omkijken.IntegrationTest;
import nl.omkijken.SignInSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class ProviderProfileTests {

    /** A 1 by 1 lossless WebP picture. */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProviderRepository providers;

    UUID travers;
    MockHttpSession staff;

    @BeforeEach
    void traversStaff() throws Exception {
        travers = CatalogFixtures.provider(jdbc, "Travers Welzijn");
        staff = SignInSessions.signInAsDemo(mvc, "aanbieder@omkijken.test");
    }

    @Test
    void aWrongWebsiteAndKvkNumberAreRefusedBesideTheFields() throws Exception {
        var page = mvc.perform(post("/aanbieder/" + travers + "/profiel")
                        .with(csrf())
                        .session(staff)
                        .param("name", "Travers Welzijn")
                        .param("website", "www.travers.nl")
                        .param("kvkNumber", "1234567"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Vul een webadres in dat begint met https://")
                .contains("Een KvK-nummer heeft 8 cijfers.");
    }

    @Test
    void aJpegLogoIsStoredAsASmallPngAndServedToAnyone() throws Exception {
        upload(image("jpg", 1200, 600)).andExpect(status().is3xxRedirection());

        var stored = providers.findLogo(travers);
        var decoded = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(stored).startsWith(0x89, 'P', 'N', 'G');
        assertThat(decoded.getWidth()).isEqualTo(400);
        assertThat(decoded.getHeight()).isEqualTo(200);
        var response = mvc.perform(get("/aanbieders/" + travers + "/logo.png"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void aWebpLogoIsAccepted() throws Exception {
        upload(WEBP).andExpect(status().is3xxRedirection());

        assertThat(providers.findLogo(travers)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void aFileThatIsNotAPngJpegOrWebpIsRefusedAndTheOldLogoStays() throws Exception {
        upload(image("png", 50, 50));
        var before = providers.findLogo(travers);

        var gif = upload(image("gif", 50, 50)).andReturn().getFlashMap().get("logoError");
        var text = upload("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                .andReturn()
                .getFlashMap()
                .get("logoError");
        var huge =
                upload(new byte[Logos.MAX_BYTES + 1]).andReturn().getFlashMap().get("logoError");

        assertThat(gif).isEqualTo("logo.wrongType");
        assertThat(text).isEqualTo("logo.notAnImage");
        assertThat(huge).isEqualTo("logo.tooLarge");
        assertThat(providers.findLogo(travers)).isEqualTo(before);
    }

    @Test
    void staffOfAnotherProviderCannotChangeThisProfile() throws Exception {
        var other = SignInSessions.signInAsDemo(mvc, "coordinator@omkijken.test");

        mvc.perform(get("/aanbieder/" + travers + "/profiel").session(other)).andExpect(status().isForbidden());
    }

    private ResultActions upload(byte[] content) throws Exception {
        return mvc.perform(multipart("/aanbieder/" + travers + "/profiel/logo")
                .file(new MockMultipartFile("logo", "logo.bin", "application/octet-stream", content))
                .with(csrf())
                .session(staff));
    }

    private static byte[] image(String format, int width, int height) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
