package org.w3id.vnkg.facts;

import java.util.List;
import java.util.Objects;

/**
 * A meeting, conference, working session, congress or session that an article reports.
 * <pre>
 *   "Sáng 8/4, Ban Chấp hành Đảng bộ tỉnh khóa XII tổ chức Hội nghị lần thứ 15."
 *   -> Meeting[date=2024-04-08, kind=hội nghị, organizer=Ban Chấp hành Đảng bộ tỉnh, term=XII, session=15 ...]
 * </pre>
 *
 * @param date         when it took place, as precise as the text says
 * @param kind         the kind as the text names it, lower case (hội nghị tổng kết)
 * @param organizer    the body that held it, or null
 * @param chairs       who chaired (chủ trì) or led it
 * @param participants named people reported present, chairs included
 * @param place        where, as written, or null
 * @param term         the congress term (khóa XII gives XII; with no khóa, nhiệm kỳ 2025 - 2030 gives 2025-2030), or null
 * @param session      the session number (lần thứ 15), or null
 * @param topic        what it was about, as written, or null
 * @param evidence     the sentence that reports it
 */
public record Meeting(PartialDate date, String kind, String organizer, List<String> chairs,
                      List<String> participants, String place, String term, Integer session, String topic,
                      Evidence evidence) {
    public Meeting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        chairs = List.copyOf(chairs);
        participants = List.copyOf(participants);
    }
}
