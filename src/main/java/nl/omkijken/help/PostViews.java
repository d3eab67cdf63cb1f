package nl.omkijken.help;

import java.util.Comparator;
import nl.omkijken.area.Areas;
import nl.omkijken.area.DistrictSummary;
import nl.omkijken.help.matching.Slot;
import org.springframework.stereotype.Component;

/** Turns a post into what a page shows, with the names of its buurt and wijk. */
@Component
class PostViews {

    private final Areas areas;

    PostViews(Areas areas) {
        this.areas = areas;
    }

    PostView of(HelpPost post) {
        var content = post.content();
        var district = areas.district(content.districtCode());
        var neighbourhood = district.stream()
                .flatMap(d -> d.neighbourhoods().stream())
                .filter(n -> n.code().equals(content.neighbourhoodCode()))
                .findFirst();
        return new PostView(
                post.id(),
                post.kind(),
                content.category(),
                content.firstName(),
                content.ageBand(),
                neighbourhood.map(n -> n.name()).orElse(""),
                district.map(DistrictSummary::name).orElse(""),
                content.frequency(),
                content.availability().stream()
                        .sorted(Comparator.comparing((Slot s) -> s.day()).thenComparing(Slot::partOfDay))
                        .toList(),
                content.text(),
                post.publishedAt());
    }
}
