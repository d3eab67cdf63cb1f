package nl.omkijken.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A CBS buurt; its boundary is a GeoJSON geometry in WGS84. */
@Entity
class Neighbourhood {

    @Id
    private String code;

    private String municipalityCode;
    private String districtCode;
    private String name;
    private double centreLatitude;
    private double centreLongitude;

    @Column(columnDefinition = "text")
    private String boundary;

    protected Neighbourhood() {}

    Neighbourhood(
            String code,
            String municipalityCode,
            String districtCode,
            String name,
            Coordinates centre,
            String boundary) {
        this.code = code;
        this.municipalityCode = municipalityCode;
        this.districtCode = districtCode;
        this.name = name;
        this.centreLatitude = centre.latitude();
        this.centreLongitude = centre.longitude();
        this.boundary = boundary;
    }

    String districtCode() {
        return districtCode;
    }

    String boundary() {
        return boundary;
    }

    NeighbourhoodSummary summary() {
        return new NeighbourhoodSummary(code, name, districtCode, new Coordinates(centreLatitude, centreLongitude));
    }
}
