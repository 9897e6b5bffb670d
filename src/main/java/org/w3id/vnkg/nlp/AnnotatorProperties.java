package org.w3id.vnkg.nlp;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Checks an annotator's namespaced properties, so that a typo in vi.properties fails at start-up. */
final class AnnotatorProperties {
    private AnnotatorProperties() {
    }

    /** Throws when {@code props} holds a {@code name.*} key that is not in {@code known}. */
    static void rejectUnknown(String name, Properties props, Set<String> known) {
        Set<String> unknown = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith(name + ".") && !known.contains(key.substring(name.length() + 1))) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters for annotator " + name + ": " + unknown);
        }
    }
}
