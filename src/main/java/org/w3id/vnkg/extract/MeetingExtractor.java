package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.facts.Meeting;

/**
 * Finds the meeting an article reports: the first sentence where a body "tổ chức" a conference or
 * someone "có buổi làm việc".
 * <pre>
 *   "Ngày 6/1, Tỉnh ủy Bắc Giang tổ chức hội nghị tổng kết ..." -> Meeting[kind=hội nghị tổng kết, organizer=Tỉnh ủy Bắc Giang]
 * </pre>
 */
public final class MeetingExtractor {
    private static final Pattern HELD = Pattern.compile(
            "(?:,\\s*)?([\\p{Lu}][^,]*?)\\s+(?:đã\\s+)?tổ chức\\s+((?i:hội nghị(?: tổng kết| giao ban trực tuyến| giao ban)?))");
    private static final Pattern WORKING = Pattern.compile("có\\s+(buổi làm việc)\\s+với\\s+([^.,;]+)");

    public List<Meeting> extract(ArticleContext ctx) {
        List<Meeting> out = new ArrayList<>();
        for (Sentence s : ctx.sentences()) {
            Matcher held = HELD.matcher(s.text());
            if (held.find()) {
                out.add(new Meeting(ctx.eventDate(), held.group(2).toLowerCase(), held.group(1).strip(), List.of(),
                        List.of(), null, null, null, null, ctx.evidence(s)));
                break;
            }
            Matcher work = WORKING.matcher(s.text());
            if (work.find()) {
                out.add(new Meeting(ctx.eventDate(), work.group(1), work.group(2).strip(), List.of(), List.of(),
                        null, null, null, null, ctx.evidence(s)));
                break;
            }
        }
        return out;
    }
}
