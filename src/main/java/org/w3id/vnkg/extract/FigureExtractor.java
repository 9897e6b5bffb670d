package org.w3id.vnkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3id.vnkg.facts.Figure;
import org.w3id.vnkg.normalize.VietnameseNumbers;

/**
 * Finds reported figures: an indicator followed by "đạt" or "tăng" and a percentage.
 * <pre>
 *   "Tốc độ tăng trưởng tổng sản phẩm (GRDP) đạt 13,45%" -> Figure[13.45 percent, actual]
 * </pre>
 */
public final class FigureExtractor {
    private static final Pattern PERCENT = Pattern.compile(
            "(\\p{Lu}[^.;:]*?)\\s+(đạt|tăng)\\s+(\\d+(?:,\\d+)?)\\s*%");

    public List<Figure> extract(ArticleContext ctx) {
        List<Figure> out = new ArrayList<>();
        String period = ctx.eventDate() == null ? null : String.valueOf(ctx.eventDate().year());
        for (Sentence s : ctx.sentences()) {
            Matcher m = PERCENT.matcher(s.text());
            while (m.find()) {
                BigDecimal value = VietnameseNumbers.parse(m.group(3));
                out.add(new Figure(m.group(1).strip(), value, "percent", ctx.province(), period, Figure.Status.ACTUAL,
                        m.group(0), List.of(), ctx.evidence(s)));
            }
        }
        return out;
    }
}
