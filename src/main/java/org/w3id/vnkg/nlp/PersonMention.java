package org.w3id.vnkg.nlp;

import java.util.Objects;

import org.w3id.vnkg.facts.Gender;

/**
 * A person named in a sentence, with the honorifics written before the name kept apart from it.
 * <pre>
 *   "Tại Hội nghị, Đại tướng Tô Lâm, Ủy viên Bộ Chính trị ..."
 *   -> PersonMention[name=Tô Lâm, gender=UNKNOWN, rank=Đại tướng, honorific=Đại tướng, ...]
 *   "bà Lê Thị Thu Hồng, Phó Bí thư ..." -> PersonMention[name=Lê Thị Thu Hồng, gender=FEMALE, honorific=bà]
 * </pre>
 *
 * @param name          the full name as written (NFC), without honorifics
 * @param gender        from ông / bà, else UNKNOWN
 * @param rank          a military or police rank written before the name (Đại tướng), or null
 * @param honorific     all honorifics before the name as written ("đồng chí", "Đại tướng"), or null
 * @param begin         offset of the name's first character in the document text
 * @param end           offset just past the name
 * @param tokenBegin    index in the sentence of the name's first token
 * @param tokenEnd      index in the sentence just past the name's last token
 * @param mentionBegin  index in the sentence of the first honorific token (tokenBegin when there is none)
 */
public record PersonMention(String name, Gender gender, String rank, String honorific, int begin, int end,
                            int tokenBegin, int tokenEnd, int mentionBegin) {
    public PersonMention {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        if (tokenEnd <= tokenBegin || mentionBegin > tokenBegin) {
            throw new IllegalArgumentException("bad token span for " + name);
        }
    }
}
