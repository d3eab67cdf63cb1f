package nl.omkijken.catalog;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import org.springframework.stereotype.Component;

/**
 * Makes an uploaded logo safe to show: the type is read from the content, not the name; size and dimensions are
 * limited before decoding; the picture is scaled down and written anew as PNG, which leaves every bit of metadata
 * (camera, location, comments) behind.
 */
@Component
class Logos {

    static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_SOURCE_PIXELS = 4000;
    private static final int MAX_WIDTH = 400;
    private static final Set<String> ACCEPTED = Set.of("png", "jpeg", "webp");

    /** The logo as a clean PNG, or a refusal with the message key that says why. */
    byte[] normalise(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new LogoRefused("logo.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new LogoRefused("logo.tooLarge");
        }
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new LogoRefused("logo.notAnImage");
            }
            var reader = readers.next();
            try {
                var format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!ACCEPTED.contains(format)) {
                    throw new LogoRefused("logo.wrongType");
                }
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > MAX_SOURCE_PIXELS || reader.getHeight(0) > MAX_SOURCE_PIXELS) {
                    throw new LogoRefused("logo.tooManyPixels");
                }
                return png(scaled(reader));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof LogoRefused refused) {
                throw refused;
            }
            throw new LogoRefused("logo.unreadable");
        }
    }

    private static BufferedImage scaled(ImageReader reader) throws IOException {
        var source = reader.read(0);
        var width = Math.min(MAX_WIDTH, source.getWidth());
        var height = Math.max(1, source.getHeight() * width / source.getWidth());
        var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var graphics = target.createGraphics();
        graphics.drawImage(source.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
        graphics.dispose();
        return target;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An upload that is not a usable logo; the message key says why in words a person understands. */
    static class LogoRefused extends RuntimeException {

        private final String messageKey;

        LogoRefused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
