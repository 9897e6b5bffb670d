package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.w3id.vnkg.facts.PartialDate;

class DateExpressionsTest {
    private static final DateExpressions JAN_2024 = new DateExpressions(TimeAnchor.of(PartialDate.parse("2024-01-06")));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ngày 6/1, Tỉnh ủy tổ chức hội nghị                 | 2024-01-06 | DAY
            Sáng 8/1, Ban Chấp hành họp                         | 2024-01-08 | DAY
            Tối 25/1, tại Quảng trường                          | 2024-01-25 | DAY
            Ngày 28/7/2023, Thường trực Ban Bí thư              | 2023-07-28 | DAY
            Chiều ngày 9-2, đoàn công tác                       | 2024-02-09 | DAY
            Sáng thứ Năm, 7/12, HĐND tỉnh khai mạc kỳ họp       | 2023-12-07 | DAY
            Ngày 29/12, Tỉnh ủy Thái Nguyên                     | 2023-12-29 | DAY
            trong tháng 10/2025 mưa lớn                         | 2025-10    | MONTH
            đến hết tháng 11, toàn tỉnh                         | 2023-01/2023-11 | MONTHS
            trong tháng 11, toàn tỉnh                           | 2023-11    | MONTH
            trong năm 2023 tỉnh đã                              | 2023       | YEAR
            6 tháng đầu năm, tỉnh đạt                           | 2024-H1    | MONTHS
            6 tháng đầu năm 2023, tốc độ tăng trưởng            | 2023-H1    | MONTHS
            6 tháng cuối năm 2023                               | 2023-H2    | MONTHS
            9 tháng, thu ngân sách                              | 2024-01/2024-09 | MONTHS
            10 tháng đầu năm 2025 xuất khẩu                     | 2025-01/2025-10 | MONTHS
            Trong quý I/2024, tốc độ tăng trưởng                | 2024-Q1    | QUARTER
            quý III năm 2023                                    | 2023-Q3    | QUARTER
            bàn nhiệm vụ trọng tâm quý II                       | 2024-Q2    | QUARTER
            trên địa bàn tỉnh giai đoạn 2021 - 2025             | 2021-2025  | YEARS
            Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025             | 2020-2025  | YEARS
            lần thứ Nhất (17/10/1963-17/10/2023)                | 1963-10-17/2023-10-17 | DAYS
            tăng so với cùng kỳ 2022                            | 2022       | YEAR
            Tính đến hết tháng 10/2025, thu ngân sách           | 2025-01/2025-10 | MONTHS
            từ tháng 3 đến tháng 5 năm 2024                     | 2024-03/2024-05 | MONTHS
            tính đến ngày 31/10/2024, tỉnh đã giải ngân         | 2024-01/2024-10 | MONTHS
            Tính từ đầu năm đến ngày 20/8, Hà Nội thu hút       | 2023-01/2023-08 | MONTHS
            từ đầu năm đến ngày 30/11/2021 là 309.072 tỷ đồng   | 2021-01/2021-11 | MONTHS
            tính đến ngày 20/6/2019, tổng vốn đăng ký           | 2019-H1    | MONTHS
            Đại hội diễn ra đến ngày 14/10                      | 2023-10-14 | DAY
            Ông A cho biết, đến ngày 15/8, tỉnh mới giải ngân   | 2023-01/2023-08 | MONTHS
            Đến hết ngày 30/9/2019, toàn tỉnh giải ngân         | 2019-01/2019-09 | MONTHS
            Đến ngày 15/8 tỉnh giải ngân                        | 2023-08-15 | DAY
            đến hết tháng 6/2023 toàn tỉnh                      | 2023-H1    | MONTHS
            Sáng nay (5/1), tỉnh tổ chức                        | 2024-01-05 | DAY
            ngày 5 tháng 8 năm 2023, Tỉnh ủy tổ chức            | 2023-08-05 | DAY
            Sáng ngày 05 tháng 02, Ban Thường vụ họp            | 2024-02-05 | DAY
            ngày mười lăm tháng Ba năm 2024                     | 2024-03-15 | DAY
            ngày mùng 2 tháng 9 năm 2023                        | 2023-09-02 | DAY
            Sáng 20.3.2024, Tỉnh ủy tổ chức                     | 2024-03-20 | DAY
            Sáng mồng 3/2, Tỉnh ủy tổ chức                      | 2024-02-03 | DAY
            tháng Mười Hai năm 2025                             | 2025-12    | MONTH
            trong tháng Giêng, toàn tỉnh                        | 2024-01    | MONTH
            từ tháng ba năm 2024                                | 2024-03    | MONTH
            tháng 5.2024 mưa lớn                                | 2024-05    | MONTH
            đầu tháng 2, Ban Thường vụ                          | 2024-02    | MONTH
            cuối năm 2024, toàn tỉnh                            | 2024       | YEAR
            Quý I/2025, tốc độ tăng trưởng                      | 2025-Q1    | QUARTER
            quý 1 năm 2025                                      | 2025-Q1    | QUARTER
            Trong quý hai, sản xuất gặp khó khăn                | 2024-Q2    | QUARTER
            quý bốn năm 2023                                    | 2023-Q4    | QUARTER
            sáu tháng đầu năm 2024, tỉnh đạt                    | 2024-H1    | MONTHS
            Chín tháng năm 2023, thu ngân sách                  | 2023-01/2023-09 | MONTHS
            Ba tháng cuối năm, tỉnh phấn đấu                    | 2024-Q4    | MONTHS
            nhiệm kỳ 2020–2025                                  | 2020-2025  | YEARS
            Đại hội nhiệm kỳ 2025 — 2030                        | 2025-2030  | YEARS
            trong năm 2023 - 2024 tỉnh                          | 2023-2024  | YEARS
            năm 2020 và 2021, CDC tỉnh đã ký                    | 2020-2021  | YEARS
            trong hai năm 2022 và năm 2023, tỉnh                | 2022-2023  | YEARS
            năm 2019 và 2021, tỉnh đã ký                        | 2019       | YEAR
            Trong 2 ngày (11 - 12/7), Ban Chấp hành họp         | 2023-07-11 | DAY
            Trong hai ngày 11 và 12/1/2024, Quốc hội họp        | 2024-01-11 | DAY
            Ngày 11 và 12/1, Ban Chấp hành Trung ương họp       | 2024-01-11 | DAY
            Từ ngày 8 đến 10/1, Tỉnh ủy tổ chức                 | 2024-01-08 | DAY
            Trong ba ngày, từ 12-14/1, HĐND tỉnh Hải Dương      | 2024-01-12 | DAY
            Kỳ họp diễn ra từ ngày 12 đến 14-1 để xem xét       | 2024-01-12 | DAY
            Trước đó, hôm thứ Hai (8-1), Ban Thường vụ họp      | 2024-01-08 | DAY
            Hôm thứ Ba vừa qua (2/1), Tỉnh ủy tổ chức           | 2024-01-02 | DAY
            Ngày 3, 4/1, Tỉnh ủy tổ chức hội nghị               | 2024-01-03 | DAY
            Chiều ngày hôm qua, Tỉnh ủy tổ chức                 | 2024-01-05 | DAY
            Chiều thứ Tư vừa qua, Tỉnh ủy tổ chức               | 2024-01-03 | DAY
            Sáng thứ Hai, Ban Thường vụ Tỉnh ủy họp             | 2024-01-01 | DAY
            Sáng thứ Bảy, Ban Thường vụ Tỉnh ủy họp             | 2024-01-06 | DAY
            hôm thứ Sáu tuần trước, Tỉnh ủy tổ chức             | 2023-12-29 | DAY
            thứ Bảy vừa qua, Tỉnh ủy tổ chức                    | 2023-12-30 | DAY
            tăng 12% so với năm ngoái                           | 2023       | YEAR
            Năm ngoái, tỉnh thu hút 1,2 tỷ USD                  | 2023       | YEAR
            từ tháng Giêng đến tháng Ba năm 2024, toàn tỉnh     | 2024-Q1    | MONTHS
            Từ tháng Giêng đến tháng Năm, thu ngân sách         | 2023-01/2023-05 | MONTHS
            từ tháng Tư đến tháng Sáu năm 2023                  | 2023-Q2    | MONTHS
            từ tháng ba đến tháng tám năm 2023 mưa lớn          | 2023-03/2023-08 | MONTHS
            từ đầu năm 2023 đến hết tháng 6, toàn tỉnh          | 2023-H1    | MONTHS
            từ năm 2012 đến hết tháng 9/2014, các cơ quan       | 2012-01/2014-09 | MONTHS
            từ năm 2023 đến hết tháng 6/2023, toàn tỉnh         | 2023-H1    | MONTHS
            trong quý I và quý II/2025, tăng trưởng             | 2025-H1    | MONTHS
            trong quý I và II/2025, tăng trưởng                 | 2025-H1    | MONTHS
            quý III và quý IV năm 2023                          | 2023-H2    | MONTHS
            từ quý II đến quý III/2025, xuất khẩu               | 2025-04/2025-09 | MONTHS
            từ quý I đến quý III năm 2024                       | 2024-01/2024-09 | MONTHS
            quý I-II/2025 tăng trưởng                           | 2025-H1    | MONTHS
            Cuối năm, tỷ lệ hộ nghèo còn 2%                     | 2024       | YEAR
            đầu năm, tỉnh đã thu hút                            | 2024       | YEAR
            giữa năm, tỉnh đã thu hút                           | 2024       | YEAR
            đầu năm 2023, toàn tỉnh                             | 2023       | YEAR
            đến cuối năm ngoái, toàn tỉnh                       | 2023       | YEAR
            cuối năm nay, toàn tỉnh                             | 2024       | YEAR
            phấn đấu đến hết năm giải ngân đạt 95% kế hoạch     | 2024       | YEAR
            đến hết năm nay, toàn tỉnh                          | 2024       | YEAR
            tính đến hết năm 2023, toàn tỉnh                    | 2023       | YEAR
            9 tháng năm 2024, thu ngân sách                     | 2024-01/2024-09 | MONTHS
            Vụ Hè Thu 2024, tỉnh dự kiến xuống giống            | 2024       | YEAR
            vụ chiêm xuân 2013, toàn tỉnh gieo cấy              | 2013       | YEAR
            Vụ Đông Xuân 2023-2024, toàn tỉnh xuống giống       | 2023-2024  | YEARS
            """)
    void resolvesTheFirstExpressionAgainstTheAnchor(String text, String period, DateExpressions.Kind kind) {
        List<DateExpressions.Found> found = JAN_2024.find(text);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).period()).isEqualTo(period);
        assertThat(found.get(0).kind()).isEqualTo(kind);
    }

    /**
     * A run of months names the period it makes, written in digits as in words, as "quý II" and "6 tháng cuối năm"
     * do: a quarter, a half year, a whole year; any other run stays a run.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Từ tháng 4 đến tháng 6 năm 2024, tỉnh thu hút 12 dự án đầu tư         | 2024-Q2
            Từ tháng Tư đến tháng Sáu năm 2024, tỉnh thu hút 12 dự án đầu tư      | 2024-Q2
            từ tháng 7 đến tháng 9/2024, kim ngạch xuất khẩu tăng 15%             | 2024-Q3
            Từ tháng Bảy đến tháng Chín năm 2024, kim ngạch xuất khẩu tăng 15%    | 2024-Q3
            Từ tháng 10 đến tháng 12 năm 2023, toàn tỉnh giải ngân 3.200 tỷ đồng  | 2023-Q4
            từ tháng Mười đến tháng Mười Hai năm 2023, toàn tỉnh giải ngân        | 2023-Q4
            Từ tháng 1 đến tháng 3 năm 2024, sản lượng điện tăng 8%               | 2024-Q1
            Từ tháng 7 đến tháng 12 năm 2023, tỉnh đã cấp 1.500 giấy chứng nhận  | 2023-H2
            Từ tháng 1 đến tháng 6 năm 2024, thu ngân sách đạt 9.500 tỷ đồng     | 2024-H1
            từ tháng Giêng đến tháng Sáu năm 2024, thu ngân sách                  | 2024-H1
            Từ tháng 1 đến tháng 12 năm 2023, toàn tỉnh đón 2 triệu lượt khách    | 2023
            Từ tháng 5 đến tháng 7 năm 2024, mưa lớn kéo dài                      | 2024-05/2024-07
            Từ tháng 6 đến tháng 8 năm 2024, mưa lớn kéo dài                      | 2024-06/2024-08
            từ tháng 4 đến tháng 9 năm 2024, xuất khẩu tăng                       | 2024-04/2024-09
            Từ tháng 2 đến tháng 4/2024, dịch bệnh bùng phát                      | 2024-02/2024-04
            """)
    void namesARunOfMonthsByThePeriodItMakes(String text, String period) {
        List<DateExpressions.Found> found = JAN_2024.find(text);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).period()).isEqualTo(period);
        assertThat(found.get(0).kind()).isEqualTo(DateExpressions.Kind.MONTHS);
    }

    @ParameterizedTest(name = "months {0} to {1} -> {2}")
    @CsvSource({"1, 3, 2024-Q1", "4, 6, 2024-Q2", "7, 9, 2024-Q3", "10, 12, 2024-Q4", "1, 6, 2024-H1",
        "7, 12, 2024-H2", "1, 12, 2024", "3, 5, 2024-03/2024-05", "4, 9, 2024-04/2024-09", "1, 9, 2024-01/2024-09",
        "2, 4, 2024-02/2024-04", "10, 11, 2024-10/2024-11"})
    void namesTheSpanOfMonthsOfAYear(int first, int last, String period) {
        assertThat(DateExpressions.monthSpan(2024, first, last)).isEqualTo(period);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Toàn tỉnh có 154/182 xã về đích nông thôn mới
            Nghị quyết số 23-NQ/TU của Tỉnh ủy
            tăng 14,2% so với kế hoạch
            đứng thứ 12 cả nước
            Ban Thường vụ họp mỗi tháng hai lần
            lãi suất 5.3 phần trăm
            những giá trị quý báu của dân tộc
            quý năm mươi khách mời
            từ tháng ba đến tháng tám, mưa lớn
            trong những tháng đầu năm, tỉnh thu hút
            Ngay từ đầu năm, tỉnh thu hút
            vào cuối năm trước, tỉnh có
            khai giảng đầu năm học mới
            Kỳ họp thứ Hai, HĐND tỉnh khóa XV
            Hội nghị lần thứ năm Ban Chấp hành
            Ngày thứ hai của đại hội
            sau hơn 2 tháng vận hành, bộ máy thông suốt
            Sau 3 tháng triển khai, dự án đã xong
            hội nghị sơ kết 3 tháng vận hành mô hình chính quyền địa phương 2 cấp
            qua 2 tháng hoạt động, bộ máy thông suốt
            gần 4 tháng qua, tỉnh thu hút
            """)
    void findsNoDateInNumbersThatAreNotDates(String text) {
        assertThat(JAN_2024.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ngày 23 tháng Chạp, Bí thư Tỉnh ủy thăm gia đình chính sách   | Ngày 23 tháng Chạp
            Sáng mùng 5 tháng Giêng, Bí thư dự lễ khai hội                | Sáng mùng 5 tháng Giêng
            23 tháng Chạp năm Quý Mão, tiễn ông Công ông Táo              | 23 tháng Chạp
            rằm tháng Giêng, tỉnh tổ chức lễ hội                          | rằm tháng Giêng
            Dịp rằm tháng Bảy, tỉnh tổ chức lễ cầu siêu                   | rằm tháng Bảy
            ngày 10/3 âm lịch, Giỗ Tổ Hùng Vương                          | ngày 10/3 âm lịch
            ngày 10 tháng 3 (âm lịch), Giỗ Tổ Hùng Vương                  | ngày 10 tháng 3 (âm lịch
            trong tháng Chạp, tỉnh tổ chức                                | tháng Chạp
            tháng 7 âm lịch hằng năm                                      | tháng 7 âm lịch
            Từ ngày 8 đến 10/3 âm lịch, tỉnh tổ chức lễ hội               | Từ ngày 8 đến 10/3 âm lịch
            """)
    void readsALunarDateAndLeavesItUndated(String text, String expression) {
        List<DateExpressions.Found> found = JAN_2024.find(text);
        assertThat(found).hasSize(1);
        DateExpressions.Found f = found.get(0);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(expression);
        assertThat(f.date()).isNull();
        assertThat(f.period()).isNull();
    }

    @Test
    void takesTheYearBeforeForAPartOfTheYearInAReviewHeldEarlyInTheNext() {
        // a review of 2023 held on 6 January 2024: "cuối năm" is the end of 2023, "cuối năm nay" of 2024
        DateExpressions review = new DateExpressions(new TimeAnchor(PartialDate.parse("2024-01-06"), List.of(2023, 2024)));
        assertThat(review.find("Đến cuối năm, tỷ lệ hộ nghèo còn 2%").get(0).period()).isEqualTo("2023");
        assertThat(review.find("cuối năm nay, tỷ lệ hộ nghèo").get(0).period()).isEqualTo("2024");
        DateExpressions july = new DateExpressions(new TimeAnchor(PartialDate.parse("2024-07-06"), List.of(2023, 2024)));
        assertThat(july.find("Đến cuối năm, tỷ lệ hộ nghèo còn 2%").get(0).period()).isEqualTo("2024");
    }

    @Test
    void readsTheLastDayOfARunOfDays() {
        // VietnamPlus on an HĐND session (dates11 probe, d05): the run dates the meeting by its first day and keeps its
        // last, which a report of the closing day falls within
        DateExpressions dec = new DateExpressions(TimeAnchor.of(PartialDate.parse("2016-12-14")));
        DateExpressions.Found run = dec.find("(TTXVN/Vietnam+) Trong ba ngày, từ 12-14/12, Hội đồng nhân dân tỉnh").get(0);
        assertThat(run.date()).hasToString("2016-12-12");
        assertThat(run.last()).hasToString("2016-12-14");
        assertThat(dec.find("Trong hai ngày 11 và 12-7, Đại hội").get(0).last()).hasToString("2016-07-12");
        assertThat(dec.find("Sáng 12/12, Tỉnh ủy").get(0).last()).isNull();
    }

    @Test
    void readsARunOfDaysWhoseBracketsOpenWithItsBound() {
        // Báo Đắk Lắk (congress13 probe, 007): "từ" inside the brackets after the count of days; the run starts the
        // sentence, so the meeting it reports is dated by its first day, not left to the page's date (its last)
        DateExpressions july = new DateExpressions(TimeAnchor.of(PartialDate.parse("2015-07-17")));
        DateExpressions.Found run = july.find("Trong 3 ngày (từ 15 - 17/7), Đảng bộ huyện Krông Pắc đã tổ chức Đại hội")
                .get(0);
        assertThat(run.start()).isZero();
        assertThat(run.date()).hasToString("2015-07-15");
        assertThat(run.last()).hasToString("2015-07-17");
    }

    @Test
    void takesAJanuaryDayOfAStoryOfDecemberUpdatedInJanuaryAsTheNewYears() {
        // Pháp luật TP.HCM (dates11 probe, d09): an event of 27 December, the page updated on 3 January with a meeting
        // of "Ngày 2-1"
        DateExpressions updated = new DateExpressions(new TimeAnchor(PartialDate.parse("2017-12-27"), List.of(),
                PartialDate.parse("2018-01-03")));
        assertThat(updated.find("Ngày 2-1, Ban Thường vụ Tỉnh ủy Kiên Giang đã họp").get(0).period()).isEqualTo("2018-01-02");
        assertThat(updated.find("Chiều 27-12, Ủy ban Kiểm tra Tỉnh ủy").get(0).period()).isEqualTo("2017-12-27");
        assertThat(updated.find("Ngày 5-6, ông A").get(0).period()).isEqualTo("2017-06-05");
        // published in the event's year: January is the event's year's
        DateExpressions same = new DateExpressions(new TimeAnchor(PartialDate.parse("2017-12-27"), List.of(),
                PartialDate.parse("2017-12-28")));
        assertThat(same.find("Ngày 2-1, Ban Thường vụ").get(0).period()).isEqualTo("2017-01-02");
    }

    @Test
    void takesAMonthWellAfterTheReferenceAsLastYears() {
        DateExpressions april = new DateExpressions(TimeAnchor.of(PartialDate.parse("2024-04")));
        assertThat(april.find("Sáng 8/4, Ban Chấp hành").get(0).period()).isEqualTo("2024-04-08");
        assertThat(april.find("ngày 9-5").get(0).period()).isEqualTo("2024-05-09");
        assertThat(april.find("Ngày 29/12").get(0).period()).isEqualTo("2023-12-29");
    }

    @Test
    void runsFromTheStartOfTheYearToTheReferenceMonth() {
        DateExpressions oct = new DateExpressions(TimeAnchor.of(PartialDate.parse("2025-10-20")));
        assertThat(oct.find("Từ đầu năm đến nay, tỉnh thu hút").get(0).period()).isEqualTo("2025-01/2025-10");
    }

    /**
     * gen21c 001 (Báo Gia Lai, November 2013): "từ đầu nhiệm kỳ đến nay" runs from the first year of the term the
     * story names (in its lead, "từ đầu nhiệm kỳ 2010 - 2015 đến nay") to the story's year; a congress of 2015 that
     * names both terms counts from the one that began before; no term named, no span.
     */
    @Test
    void runsFromTheStartOfTheTermToTheStory() {
        TimeAnchor nov2013 = TimeAnchor.of(PartialDate.parse("2013-11-21"));
        String lead = "Đoàn kiểm tra làm việc về công tác kiểm tra từ đầu nhiệm kỳ 2010 - 2015 đến nay. ";
        String body = "Theo báo cáo, từ đầu nhiệm kỳ đến nay, cấp ủy các cấp đã kiểm tra 1.215 tổ chức đảng";
        DateExpressions dates = new DateExpressions(nov2013).withTerms(lead + body);
        assertThat(dates.find(lead).get(0).period()).isEqualTo("2010-2013");
        assertThat(dates.find(body).get(0).period()).isEqualTo("2010-2013");
        assertThat(dates.find(body).get(0).kind()).isEqualTo(DateExpressions.Kind.YEARS);
        DateExpressions both = new DateExpressions(TimeAnchor.of(PartialDate.parse("2015-10-16")))
                .withTerms("nhiệm kỳ 2010 - 2015 ... nhiệm kỳ 2015 - 2020");
        assertThat(both.find(body).get(0).period()).isEqualTo("2010-2015");
        assertThat(new DateExpressions(nov2013).find(body)).noneMatch(f -> "2010-2013".equals(f.period()));
    }

    /**
     * figs9 k04 (Báo Hưng Yên, 4/11/2025): a run from a day or a month to the time of writing; party18 009 (Báo Đắk Lắk):
     * from an event whose day follows it, in brackets after its words.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            từ ngày 1/7 đến nay đã thu hút 21 dự án FDI        | 2025-07/2025-11
            Từ 1-7 đến nay, toàn tỉnh giải ngân                | 2025-07/2025-11
            từ tháng 5 đến nay, lượng khách tăng               | 2025-05/2025-11
            từ tháng Bảy năm 2025 đến nay                      | 2025-07/2025-11
            từ tháng 7/2025 đến nay                            | 2025-07/2025-11
            từ khi hợp nhất tỉnh (1/7/2025) đến nay, đã kết nạp | 2025-07/2025-11
            Từ sau ngày 1/7/2025 đến nay, toàn tỉnh đã kết nạp | 2025-07/2025-11
            từ khi thành lập (ngày 3/2/2025) đến nay           | 2025-02/2025-11
            """)
    void runsFromADayOrMonthToTheReferenceMonth(String text, String period) {
        DateExpressions nov = new DateExpressions(TimeAnchor.of(PartialDate.parse("2025-11-04")));
        assertThat(nov.find(text).get(0).period()).isEqualTo(period);
    }

    /** ward18 007 (Báo Gia Lai, 2/10/2025): whole months written by their first and last days. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Từ ngày 1/7 đến 30/9, Trung tâm tiếp nhận 5.214 hồ sơ | 2025-Q3
            từ 1-7 đến 30-9, thu ngân sách đạt 186 tỷ đồng        | 2025-Q3
            từ ngày 1/1 đến ngày 31/5/2025, toàn tỉnh thu hút     | 2025-01/2025-05
            """)
    void readsARunOfDaysOverWholeMonthsAsThoseMonths(String text, String period) {
        DateExpressions oct = new DateExpressions(TimeAnchor.of(PartialDate.parse("2025-10-02")));
        assertThat(oct.find(text).get(0).period()).isEqualTo(period);
    }

    @Test
    void datesAnyOtherRunOfDaysByItsFirstDay() {
        DateExpressions oct = new DateExpressions(TimeAnchor.of(PartialDate.parse("2025-10-02")));
        assertThat(oct.find("Đại hội diễn ra từ ngày 28/9 đến 2/10").get(0).period()).isEqualTo("2025-09-28");
        assertThat(oct.find("từ ngày 1/7 đến 15/9, tỉnh tiếp nhận").get(0).period()).isEqualTo("2025-07-01");
    }

    /**
     * figs9 k01 (Báo Lâm Đồng, 2017): "hiện" before a verb is the time of writing, but not as the end of a verb; gen23t 000
     * (Báo Gia Lai, 2017): nor the start of "hiện diện" unless its second syllable opens "diện tích".
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Diện tích ứng dụng công nghệ cao của huyện hiện đạt 8.120 ha | 2024
            Toàn tỉnh hiện có 1.892 cơ sở                               | 2024
            Tỷ lệ hộ nghèo hiện còn 1,83%                              | 2024
            Thu ngân sách ước thực hiện đạt 95% dự toán                 | none
            Kết quả này thể hiện còn nhiều hạn chế                      | none
            Lực lượng chức năng phát hiện có 12 trường hợp              | none
            Samsung hiện sử dụng khoảng 100.000 lao động                | 2024
            Hiện Australia có 41 dự án FDI còn hiệu lực                 | 2024
            Bệnh viện hiện đại với 500 giường bệnh                      | none
            Hỗ trợ 2 tỷ đồng tiền mặt và hiện vật                       | none
            Theo quy định hiện hành, mức phạt là 5 triệu đồng           | none
            Nhiều hiện tượng mới xuất hiện trong năm                    | none
            Hiện diện tích cà phê toàn huyện có 19.650 ha               | 2024
            Hiện đại biểu HĐND tỉnh có 52 người                         | 2024
            Sự hiện diện của các đại biểu                               | none
            """)
    void readsNowBeforeAVerbButNotInsideOne(String text, String period) {
        assertThat(JAN_2024.find(text)).extracting(DateExpressions.Found::period)
                .isEqualTo("none".equals(period) ? List.of() : List.of(period));
    }

    @Test
    void readsNoRunFromAnotherYearToNow() {
        DateExpressions nov = new DateExpressions(TimeAnchor.of(PartialDate.parse("2025-11-04")));
        assertThat(nov.find("từ tháng 7/2024 đến nay").get(0).period()).isNotEqualTo("2024-07/2024-11");
    }

    @Test
    void keepsAYearPartial() {
        DateExpressions.Found f = JAN_2024.find("năm 2023").get(0);
        assertThat(f.date().isFullDate()).isFalse();
        assertThat(f.date().toString()).isEqualTo("2023");
    }

    @Test
    void infersTheYearFromTheYearsTheStoryNamesWhenThereIsNoDateLine() {
        TimeAnchor review = new TimeAnchor(null, List.of(2023, 2023, 2023, 2024, 2050));
        assertThat(new DateExpressions(review).find("Ngày 6/1, Tỉnh ủy").get(0).period()).isEqualTo("2024-01-06");
        assertThat(new DateExpressions(review).find("Ngày 29/12, Tỉnh ủy").get(0).period()).isEqualTo("2023-12-29");
    }

    @Test
    void keepsALateDateInTheOnlyYearTheStoryNames() {
        TimeAnchor review = new TimeAnchor(null, List.of(2023, 2023));
        assertThat(new DateExpressions(review).find("Ngày 29/12, Tỉnh ủy").get(0).period()).isEqualTo("2023-12-29");
    }

    @Test
    void leavesTheYearUnknownWhenNothingTellsIt() {
        DateExpressions.Found f = new DateExpressions(new TimeAnchor(null, List.of())).find("Ngày 6/1, ai đó").get(0);
        assertThat(f.date()).isNull();
        assertThat(f.period()).isNull();
    }

    @Test
    void ignoresHorizonYearsWhenCollectingNamedYears() {
        assertThat(DateExpressions.namedYears("năm 2023 và năm 2024, tầm nhìn đến năm 2050"))
                .containsExactly(2023, 2024);
    }

    @Test
    void ignoresTheYearsOfAPersonsLifeWhenCollectingNamedYears() {
        assertThat(DateExpressions.namedYears("Ông Nguyễn Văn A (sinh năm 1978), vào Đảng năm 2001, tốt nghiệp năm"
                + " 2000; hội nghị tổng kết năm 2023, kế hoạch năm 2024")).containsExactly(2023, 2024);
    }

    /** first() reads the patterns side by side and stops early: it must pick what filtering find() picks. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ngày 26/6, Tỉnh ủy Bắc Giang tổ chức hội nghị tổng kết công tác năm 2023.",
        "Nghị quyết số 23-NQ/TU ngày 16/12/2021 của Tỉnh ủy. Sáng 8/4, đoàn công tác làm việc với huyện.",
        "Lễ kỷ niệm 60 năm (17/10/1963-17/10/2023) thành lập huyện; chiều 17/10 diễn ra mít tinh.",
        "Tính đến hết tháng 10/2025, thu ngân sách đạt 9 tháng đầu năm; quý III/2025 tăng 7,5%.",
        "154/182 xã đạt chuẩn nông thôn mới giai đoạn 2021 - 2025, cùng kỳ 2022 mới có 120 xã.",
        "Không có ngày nào ở đây."})
    void firstIsTheFirstOfFindThatPassesTheTest(String text) {
        for (DateExpressions.Kind kind : DateExpressions.Kind.values()) {
            DateExpressions.Found expected = JAN_2024.find(text).stream()
                    .filter(f -> f.kind() == kind).findFirst().orElse(null);
            assertThat(JAN_2024.first(text, f -> f.kind() == kind)).as(kind.name()).isEqualTo(expected);
        }
        assertThat(JAN_2024.first(text, f -> true))
                .isEqualTo(JAN_2024.find(text).isEmpty() ? null : JAN_2024.find(text).get(0));
    }

    /** first() reads a long text a window at a time: what lies past the first windows is found as find() finds it. */
    @Test
    void firstReadsPastItsFirstWindowsInOrder() {
        String filler = "Tỉnh tiếp tục thực hiện tốt các nhiệm vụ chính trị của địa phương. ".repeat(40);
        String text = "Ngày 16/12/2021 của Tỉnh ủy. " + filler + "cùng kỳ 2022 và tháng 10/2025. " + filler
                + "Sáng 8/4, quý III/2025, năm 2023.";
        for (DateExpressions.Kind kind : DateExpressions.Kind.values()) {
            List<DateExpressions.Found> all = JAN_2024.find(text).stream().filter(f -> f.kind() == kind).toList();
            assertThat(JAN_2024.first(text, f -> f.kind() == kind)).as(kind.name())
                    .isEqualTo(all.isEmpty() ? null : all.get(0));
            // the last of a kind, so every window is read up to it
            DateExpressions.Found lastOfKind = all.isEmpty() ? null : all.get(all.size() - 1);
            assertThat(JAN_2024.first(text, f -> f.kind() == kind && f.start() >= text.length() - 40))
                    .as("late " + kind.name()).isEqualTo(lastOfKind != null && lastOfKind.start() >= text.length() - 40
                            ? lastOfKind : null);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chiều hôm qua, Thành ủy tổ chức hội nghị          | 2025-07-11
            Sáng nay, Ban Thường vụ tổ chức hội nghị           | 2025-07-12
            Tối qua, tỉnh tổ chức hội nghị                     | 2025-07-11
            Kinh tế tăng 7,5% trong nửa đầu năm                | 2025-H1
            nửa cuối năm 2024                                  | 2024-H2
            thành phố phấn đấu cả năm tăng trưởng 10%          | 2025
            Đến nay, toàn tỉnh có 67/152 xã                     | 2025
            Thành phố hiện có hơn 2.000 doanh nghiệp            | 2025
            Toàn tỉnh hiện có 1.892 cơ sở lưu trú               | 2025
            Đến nay 12 xã đạt chuẩn nông thôn mới               | 2025
            Cả năm 2024 tăng trưởng 10%                         | 2024
            Cả năm 2024, tỉnh thu hút được 1,3 tỷ USD          | 2024
            Trong cả năm 2023, tỉnh thu hút 1,6 tỷ USD          | 2023
            """)
    void readsDaysCountedFromPublicationAndPeriodsInWords(String text, String period) {
        // the event date (reference) is not what "hôm qua" counts from: the publication day is
        DateExpressions d = new DateExpressions(new TimeAnchor(PartialDate.parse("2025-07-11"), List.of(),
                PartialDate.parse("2025-07-12")));
        assertThat(d.find(text)).extracting(DateExpressions.Found::period).containsExactly(period);
    }

    @Test
    void readsNoRelativeDayWithoutAPublicationDay() {
        assertThat(new DateExpressions(new TimeAnchor(null, List.of())).find("Chiều hôm qua, Thành ủy họp")).isEmpty();
    }

    /** A scan tries each pattern only where a match can begin: it must find what Matcher.find() finds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "NGÀY 26/6, TỈNH ỦY tổ chức; Sáng nay (5/1), Chiều ngày 9-2, tối 25/1, đêm 3/2, hôm 4/5, trưa 1/1",
        "Chiều thứ Hai (15/1), Thứ Sáu, ngày 15/3; Sáng thứ Năm, 7/12; Chủ nhật 7/4; chiều hôm qua, sáng nay; nửa đầu năm 2024; hiện có, đến nay",
        "Từ đầu năm đến nay, từ tháng 3 đến tháng 5 năm 2024; Tính đến hết tháng 10/2025; tới cuối tháng 6",
        "tính đến ngày 31/10/2024; Tính từ đầu năm đến ngày 20/8; TỪ ĐẦU NĂM 2021 ĐẾN NGÀY 30/11; tính đến 5-6-2020",
        "QUÝ III/2025, quý I năm 2024, Quý 2 2023; GIAI ĐOẠN 2021 - 2025, Nhiệm kỳ 2020-2025, thời kỳ 2016 đến năm 2020",
        "Năm 2023, CÙNG KỲ 2022, từ năm 2019-2020; 6 tháng đầu năm 2023, 9 tháng, 10 tháng cuối năm",
        "(17/10/1963-17/10/2023); số 23-NQ/TU ngày 16/12/2021; 154/182 xã; 1,5/2; x12/3; ngày12/3; ſáng 8/4",
        "thángg 3, ltháng 4, anăm 2023, 3tháng, Đến 2/3, ĐẾN HẾT THÁNG 7, 2021–2025, 2025-2021, 1999 đến 2001",
        "𝐀ngày 5/6, 𝐀năm 2020, \u0301ngày 7/8, ngày\u00A09/10, ngày 12 / 12 / 2012",
        "ngày mười lăm tháng Giêng năm 2024, Sáng ngày 05 tháng 02; sáu tháng đầu năm, Chín tháng năm 2023, hai tháng",
        "tháng Mười Hai năm 2025, mùng 2/9, Sáng 20.3.2024, từ 2.5, nhiệm kỳ 2025 — 2030, năm 2023 - 2024, Mười năm tháng ba",
        "Trong 2 ngày (11 - 12/7), trong hai ngày 11 và 12/1/2024; Từ ngày 8 đến 10/1, ngày 11-12/7, trong 3 ngày qua",
        "so với năm ngoái, NĂM NGOÁI, nămngoái, năm ngoáix",
        "từ ngày 1/7 đến nay, TỪ 1-7 ĐẾN NAY, từ tháng Bảy năm 2025 đến nay, từ tháng 7/2025 đến nay, từtháng 3 đến nay",
        "hiện đạt 8.120 ha, HIỆN CÒN 1,83%, ước thực hiện đạt 95%, thể hiện còn, phát hiện có, xuất hiện có"})
    void scanFindsWhatFindFinds(String text) {
        DateExpressions.patternStarts().forEach((pattern, at) ->
                WordStartMatcherTest.assertSameMatches(pattern, at, text));
    }

    @Test
    void scanFindsWhatFindFindsInTheSampleArticles() throws java.io.IOException {
        int matches = 0;
        for (String text : WordStartMatcherTest.sampleTexts()) {
            for (var e : DateExpressions.patternStarts().entrySet()) {
                matches += WordStartMatcherTest.assertSameMatches(e.getKey(), e.getValue(), text);
            }
            matches += WordStartMatcherTest.assertSameMatches(DocDateResolver.REVIEWED_YEAR,
                    DocDateResolver.REVIEWED_YEAR_AT, text);
        }
        assertThat(matches).isGreaterThan(50);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Hội nghị TỔNG KẾT công tác năm 2023, triển khai nhiệm vụ năm 2024",
        "Tỉnh ủy tổng kết 10 năm thực hiện; tổng kết công tác năm 2022.",
        "atổng kết năm 2020; không có gì",
        "Tổng kết. năm 2021"})
    void reviewedYearScanFindsWhatFindFinds(String text) {
        WordStartMatcherTest.assertSameMatches(DocDateResolver.REVIEWED_YEAR, DocDateResolver.REVIEWED_YEAR_AT, text);
    }
}
