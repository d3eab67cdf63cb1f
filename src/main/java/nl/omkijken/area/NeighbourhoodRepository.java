package nl.omkijken.area;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeighbourhoodRepository extends JpaRepository<Neighbourhood, String> {

    List<Neighbourhood> findByMunicipalityCodeOrderByCode(String municipalityCode);
}
