package org.w3id.vnkg.facts;

import java.util.Objects;

/**
 * That a person holds (or held) a post, as one sentence states it.
 * <pre>
 *   "bà Lê Thị Thu Hồng, Phó Bí thư Thường trực Tỉnh ủy Bắc Giang"
 *   -> Post[person=Lê Thị Thu Hồng, gender=FEMALE, role=Phó Bí thư Thường trực,
 *           organization=Tỉnh ủy Bắc Giang, province=Bắc Giang, ...]
 * </pre>
 *
 * @param person       the full name as written, without honorific
 * @param gender       from ông / bà
 * @param rank         a military or police rank given with the name (Đại tướng), or null
 * @param role         the title without its organization, qualifiers kept (Quyền Bí thư)
 * @param organization the body's full name, abbreviations expanded (Ủy ban nhân dân tỉnh Bắc Giang)
 * @param province     the province the body belongs to as written (Bắc Giang), or null for national bodies
 * @param qualifier    tân, nguyên, quyền, kiêm or none
 * @param asOf         the date at which the text says the person held the post
 * @param confidence   0..1
 * @param evidence     the sentence
 */
public record Post(String person, Gender gender, String rank, String role, String organization, String province,
                   Qualifier qualifier, PartialDate asOf, double confidence, Evidence evidence) {

    /** How the text qualifies a holding. */
    public enum Qualifier { NONE, NEW, FORMER, ACTING, CONCURRENT }

    public Post {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(evidence, "evidence");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
    }

    /** The same post as one the person has left. */
    public Post left() {
        return new Post(person, gender, rank, role, organization, province, Qualifier.FORMER, asOf, confidence, evidence);
    }
}
