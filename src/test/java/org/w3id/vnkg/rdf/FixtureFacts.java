package org.w3id.vnkg.rdf;

import java.math.BigDecimal;
import java.util.List;

import org.w3id.vnkg.facts.ArticleInfo;
import org.w3id.vnkg.facts.DocumentFacts;
import org.w3id.vnkg.facts.Evidence;
import org.w3id.vnkg.facts.Figure;
import org.w3id.vnkg.facts.Gender;
import org.w3id.vnkg.facts.Meeting;
import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.facts.Post;

/** Facts of a short article written by hand, in the shape of sample 001_33591164b049cd22.txt. */
public final class FixtureFacts {
    public static final String DOC = "fixture_001.txt";
    private static final String S1 = "Ngày 26/6, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lương Cường có buổi làm "
            + "việc với Ban Chấp hành Đảng bộ tỉnh Bắc Giang.";
    private static final String S2 = "Tại buổi làm việc, bà Lê Thị Thu Hồng, Phó Bí thư Thường trực Tỉnh ủy Bắc Giang "
            + "đã báo cáo.";
    private static final String S3 = "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 14,14%, đứng đầu cả nước.";

    private FixtureFacts() {
    }

    public static DocumentFacts facts() {
        PartialDate date = new PartialDate(2024, 6, 26);
        Evidence e1 = new Evidence(DOC, 0, S1.length(), S1);
        Evidence e2 = new Evidence(DOC, S1.length() + 1, S1.length() + 1 + S2.length(), S2);
        int b3 = e2.end() + 1;
        Evidence e3 = new Evidence(DOC, b3, b3 + S3.length(), S3);
        return new DocumentFacts(
                new ArticleInfo(DOC, "Thường trực Ban Bí thư làm việc tại Bắc Giang", PartialDate.ofMonth(2024, 6), date,
                        "0".repeat(64)),
                List.of(
                        new Post("Lương Cường", Gender.UNKNOWN, null, "Ủy viên", "Bộ Chính trị", null,
                                Post.Qualifier.NONE, date, 0.9, e1),
                        new Post("Lê Thị Thu Hồng", Gender.FEMALE, null, "Phó Bí thư Thường trực", "Tỉnh ủy Bắc Giang",
                                "Bắc Giang", Post.Qualifier.NONE, date, 0.9, e2)),
                List.of(new Meeting(date, "buổi làm việc", "Ban Chấp hành Đảng bộ tỉnh Bắc Giang",
                        List.of("Lương Cường"), List.of("Lương Cường", "Lê Thị Thu Hồng"), null, null, null, null, e1)),
                List.of(new Figure("tốc độ tăng trưởng GRDP", new BigDecimal("14.14"), "percent", "Bắc Giang", "2024-H1",
                        Figure.Status.ACTUAL, "đạt 14,14%", List.of("đứng đầu cả nước"), e3)));
    }
}
