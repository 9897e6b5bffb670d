package org.w3id.vnkg.facts;

/** Gender as the text states it: ông gives MALE, bà gives FEMALE; otherwise UNKNOWN. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** The value of the gold's {@code gender} field: male, female or null. */
    public String jsonValue() {
        return this == UNKNOWN ? null : name().toLowerCase(java.util.Locale.ROOT);
    }
}
