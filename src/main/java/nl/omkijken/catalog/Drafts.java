package nl.omkijken.catalog;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.omkijken.identity.AccountSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates many drafts at once, each with its schedules, for an import: all in one transaction, so either the whole
 * file is in or nothing is. Each draft's history starts as if it had been filled in by hand.
 */
@Service
@Transactional
public class Drafts {

    private final OfferingEditing offerings;
    private final ScheduleEditing schedules;
    private final LocationRepository locations;

    Drafts(OfferingEditing offerings, ScheduleEditing schedules, LocationRepository locations) {
        this.offerings = offerings;
        this.schedules = schedules;
        this.locations = locations;
    }

    /** The ids of the provider's own locations, the only ones an imported offering may take place at. */
    @Transactional(readOnly = true)
    public Set<UUID> locationsOf(AccountSummary account, UUID providerId) {
        offerings.provider(account, providerId);
        return locations.findByProviderIdOrderByName(providerId).stream()
                .map(Location::id)
                .collect(Collectors.toSet());
    }

    /** One offering to create, with when it takes place; the schedules must have no problems. */
    public record Draft(OfferingForm offering, List<ScheduleForm> schedules) {

        public Draft {
            schedules = List.copyOf(schedules);
        }
    }

    /** What is wrong with a schedule as a whole, in the form's own messages; empty when nothing is. */
    @Transactional(readOnly = true)
    public List<FormError> problems(ScheduleForm schedule) {
        return schedule.check(schedules.today());
    }

    public void createAll(AccountSummary account, UUID providerId, List<Draft> drafts) {
        for (var draft : drafts) {
            var id = offerings.create(account, providerId, draft.offering().details());
            for (var schedule : draft.schedules()) {
                schedules.add(account, id, null, schedule.toDetails());
            }
        }
    }
}
