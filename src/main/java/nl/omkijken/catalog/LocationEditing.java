package nl.omkijken.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.omkijken.area.Areas;
import nl.omkijken.area.Coordinates;
import nl.omkijken.area.NeighbourhoodSummary;
import nl.omkijken.identity.AccountSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A provider's locations: where its offerings happen, each in the buurt its coordinates fall in. */
@Service
@Transactional
class LocationEditing {

    private final OfferingEditing offerings;
    private final LocationRepository locations;
    private final Areas areas;

    private final OfferingRepository offeringRepository;
    private final ApplicationEventPublisher events;

    LocationEditing(
            OfferingEditing offerings,
            LocationRepository locations,
            Areas areas,
            OfferingRepository offeringRepository,
            ApplicationEventPublisher events) {
        this.offerings = offerings;
        this.locations = locations;
        this.areas = areas;
        this.offeringRepository = offeringRepository;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<LocationOption> locationsOf(AccountSummary account, UUID providerId) {
        offerings.provider(account, providerId);
        return locations.findByProviderIdOrderByName(providerId).stream()
                .map(LocationOption::of)
                .toList();
    }

    @Transactional(readOnly = true)
    LocationForm form(AccountSummary account, UUID providerId, UUID locationId) {
        var location = own(account, providerId, locationId);
        return LocationForm.of(location.details(), location.version());
    }

    /** The buurt of a point, when it lies in (or just beside) this municipality. */
    Optional<NeighbourhoodSummary> neighbourhoodAt(Coordinates coordinates) {
        return areas.neighbourhoodAt(coordinates);
    }

    UUID add(AccountSummary account, UUID providerId, LocationDetails details) {
        offerings.provider(account, providerId);
        var location = new Location(
                areas.municipality().code(),
                providerId,
                details,
                neighbourhoodAt(details.coordinates()).orElseThrow());
        return locations.save(location).id();
    }

    void change(AccountSummary account, UUID providerId, UUID locationId, long version, LocationDetails details) {
        var location = own(account, providerId, locationId);
        if (location.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Location.class, locationId);
        }
        location.change(details, neighbourhoodAt(details.coordinates()).orElseThrow());
        offeringRepository.findIdsAtLocation(locationId).forEach(id -> events.publishEvent(new OfferingChanged(id)));
    }

    private Location own(AccountSummary account, UUID providerId, UUID locationId) {
        offerings.provider(account, providerId);
        return locations
                .findById(locationId)
                .filter(l -> l.providerId().equals(providerId))
                .orElseThrow(OfferingEditing.NotFound::new);
    }
}
