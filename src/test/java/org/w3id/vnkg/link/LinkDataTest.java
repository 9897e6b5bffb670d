package org.w3id.vnkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import org.w3id.vnkg.rdf.IriMinter;
import org.w3id.vnkg.rdf.KG;

class LinkDataTest {
    private final LinkData data = LinkData.standard();

    @Test
    void loadsBothErasOfProvinces() {
        assertThat(data.provinces()).filteredOn(p -> p.era().equals(ProvinceUnit.PRE)).hasSize(63);
        assertThat(data.provinces()).filteredOn(p -> p.era().equals(ProvinceUnit.POST)).hasSize(34);
    }

    @Test
    void joinsEraPlusCodeNotCodeAlone() {
        ProvinceUnit bacGiang = data.province("pre2025", "24");
        ProvinceUnit newBacNinh = data.successor(bacGiang).orElseThrow();
        assertThat(newBacNinh.shortName()).isEqualTo("Bắc Ninh");
        assertThat(newBacNinh.qid()).isEqualTo("Q33408").isNotEqualTo(bacGiang.qid());
        assertThat(data.successor(data.province("pre2025", "27")).orElseThrow()).isEqualTo(newBacNinh);
    }

    @Test
    void aNameMeansTheUnitInForceOnTheDay() {
        assertThat(data.provinceByName("Bắc Ninh", LocalDate.of(2024, 6, 1)).orElseThrow().gsoCode()).isEqualTo("27");
        assertThat(data.provinceByName("tỉnh Bắc Ninh", LocalDate.of(2026, 1, 1)).orElseThrow().gsoCode()).isEqualTo("24");
        assertThat(data.provinceByName("Thừa Thiên Huế", LocalDate.of(2023, 1, 1))).isPresent();
        assertThat(data.provinceByName("TP. Hồ Chí Minh", LocalDate.of(2023, 1, 1)).orElseThrow().gsoCode()).isEqualTo("79");
        assertThat(data.provinceByName("Hoà Bình", LocalDate.of(2023, 1, 1))).isPresent();
        assertThat(data.provinceByName("Bắc Giang", LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void knowsNationalBodiesByTheirPressNames() {
        assertThat(data.bodyNamed("Ban Bí thư").orElseThrow().key()).isEqualTo("secretariat");
        assertThat(data.bodyNamed("Quốc hội").orElseThrow().qid()).isEqualTo("Q1765001");
    }

    @Test
    void referenceGraphHasTheMergerAndEraSpecificBodies() {
        Model m = new ReferenceGraph(data).build();
        var bacGiang = m.createResource(IriMinter.province("pre2025", "24"));
        assertThat(bacGiang.getProperty(DCTerms.isReplacedBy).getResource().getURI())
                .isEqualTo(IriMinter.province("post2025", "24"));
        assertThat(bacGiang.getProperty(KG.gsoCode).getString()).isEqualTo("24");
        assertThat(m.createResource(IriMinter.provincialBody("pre2025", "24", "tinh-uy"))
                .getProperty(SKOS.prefLabel).getString()).isEqualTo("Tỉnh ủy Bắc Giang");
        assertThat(m.createResource(IriMinter.change("2025-07-01", "24"))
                .listProperties(org.apache.jena.vocabulary.ORG.originalOrganization).toList()).hasSize(2);
    }
}
