package nl.omkijken.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

/** A CBS wijk. */
@Entity
class District {

    @Id
    private String code;

    private String municipalityCode;
    private String name;
    private String cbsName;
    private Integer inhabitants;
    private Integer inhabitantsYear;
    private double centreLatitude;
    private double centreLongitude;

    @Column(columnDefinition = "text")
    private String boundary;

    protected District() {}

    District(String code, String municipalityCode, String name, String cbsName, Coordinates centre, String boundary) {
        this.code = code;
        this.municipalityCode = municipalityCode;
        this.name = name;
        this.cbsName = cbsName;
        this.centreLatitude = centre.latitude();
        this.centreLongitude = centre.longitude();
        this.boundary = boundary;
    }

    void recordInhabitants(int count, int year) {
        this.inhabitants = count;
        this.inhabitantsYear = year;
    }

    String code() {
        return code;
    }

    DistrictSummary summary(List<NeighbourhoodSummary> neighbourhoods) {
        return new DistrictSummary(
                code,
                name,
                inhabitants,
                inhabitantsYear,
                new Coordinates(centreLatitude, centreLongitude),
                neighbourhoods);
    }
}
