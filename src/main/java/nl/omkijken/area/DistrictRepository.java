package nl.omkijken.area;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, String> {

    List<District> findByMunicipalityCodeOrderByCode(String municipalityCode);

    boolean existsByMunicipalityCode(String municipalityCode);
}
