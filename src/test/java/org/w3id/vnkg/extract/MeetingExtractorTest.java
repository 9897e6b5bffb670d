package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.w3id.vnkg.facts.Meeting;

class MeetingExtractorTest {
    private static final MeetingExtractor MEETINGS = new MeetingExtractor();

    private static List<Meeting> meetings(String text, String published, String province) {
        return MEETINGS.extract(Articles.context(text, published, province));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sáng 15/3, Ban Chấp hành Đảng bộ tỉnh Nghệ An khóa XIX tổ chức Hội nghị lần thứ 20.       | 2024-03-15 | hội nghị          | Ban Chấp hành Đảng bộ tỉnh Nghệ An
            Ngày 10/7, UBND tỉnh Quảng Ninh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm.         | 2024-07-10 | hội nghị sơ kết   | Ủy ban nhân dân tỉnh Quảng Ninh
            Sáng 19/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức Hội nghị hiệp thương lần thứ ba. | 2024-04-19 | hội nghị hiệp thương | Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau
            Sáng 9/12, HĐND tỉnh Thanh Hóa khóa XVIII tổ chức kỳ họp thứ 19.                          | 2024-12-09 | kỳ họp            | Hội đồng nhân dân tỉnh Thanh Hóa
            TTXVN - Ngày 5/1, Tỉnh ủy Sơn La tổ chức Hội nghị tổng kết công tác năm 2023.             | 2024-01-05 | hội nghị tổng kết | Tỉnh ủy Sơn La
            Chiều 12/5, Phó Thủ tướng Trần Hồng Hà có buổi làm việc với Ban Thường vụ Tỉnh ủy Lâm Đồng. | 2024-05-12 | buổi làm việc     | Ban Thường vụ Tỉnh ủy Lâm Đồng
            Chiều 5/3, Ban Thường vụ Tỉnh ủy Bình Định họp cho ý kiến về công tác cán bộ.              | 2024-03-05 | cuộc họp          | Ban Thường vụ Tỉnh ủy Bình Định
            Sáng 20/10, Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025-2030 khai mạc. | 2024-10-20 | đại hội           | Đảng bộ tỉnh Hà Tĩnh
            Sáng 14/10, tại Trung tâm Hội nghị tỉnh, Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I đã khai mạc. | 2024-10-14 | đại hội | Đảng bộ tỉnh Gia Lai
            Sáng 10/12, Kỳ họp thứ 25 HĐND tỉnh Bắc Ninh khóa XIX đã khai mạc.                       | 2024-12-10 | kỳ họp            | Hội đồng nhân dân tỉnh Bắc Ninh
            Ngày 28-3-2024, Ban Thường vụ Thành ủy Hải Phòng họp phiên thường kỳ tháng 3/2024.        | 2024-03-28 | phiên họp         | Ban Thường vụ Thành ủy Hải Phòng
            Chiều ngày 9-7, Huyện ủy Mộc Châu, tỉnh Sơn La tổ chức hội nghị sơ kết công tác 6 tháng.   | 2024-07-09 | hội nghị sơ kết   | Huyện ủy Mộc Châu
            Sáng 6/12, HĐND tỉnh Bình Định khóa XIII, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 14.     | 2024-12-06 | kỳ họp            | Hội đồng nhân dân tỉnh Bình Định
            TTO - Chiều 3-10, UBND TP.HCM tổ chức phiên họp thường kỳ tháng 9.                        | 2024-10-03 | phiên họp         | Ủy ban nhân dân Thành phố Hồ Chí Minh
            Ngày 16/5/2024, tại Thủ đô Hà Nội, Ban Chấp hành Trung ương Đảng khóa XIII tiến hành Hội nghị lần thứ chín. | 2024-05-16 | hội nghị | Ban Chấp hành Trung ương Đảng
            (QNO) - Hôm nay 30.6, HĐND tỉnh khóa IX, nhiệm kỳ 2016 - 2021 tiến hành kỳ họp thứ nhất để bầu các chức danh chủ chốt. | 2024-06-30 | kỳ họp | Hội đồng nhân dân tỉnh
            Sáng 3/12, tại kỳ họp thứ 15, HĐND thành phố Hà Nội khóa XIV đã miễn nhiệm chức Chủ tịch UBND thành phố đối với ông Nguyễn Thế Thảo. | 2024-12-03 | kỳ họp | Hội đồng nhân dân thành phố Hà Nội
            TTO - Chiều 8-4, tại kỳ họp thứ 11, Quốc hội khóa XIV đã biểu quyết thông qua nghị quyết phê chuẩn. | 2024-04-08 | kỳ họp | Quốc hội
            Tiếp tục chương trình Kỳ họp thứ 4, Quốc hội khóa XIV, sáng 15/11, Quốc hội tiến hành phiên chất vấn. | 2024-11-15 | kỳ họp | Quốc hội
            Chiều 5/4, tiếp tục chương trình Kỳ họp thứ 11, Quốc hội khóa XIV đã biểu quyết thông qua Nghị quyết bầu Thủ tướng. | 2024-04-05 | kỳ họp | Quốc hội
            Tiếp tục Phiên họp thứ 26, chiều 12/9, Ủy ban Thường vụ Quốc hội cho ý kiến về tình hình kinh tế - xã hội. | 2024-09-12 | phiên họp | Ủy ban Thường vụ Quốc hội
            Sáng 23/10, Quốc hội bỏ phiếu kín bầu Chủ tịch nước tại Kỳ họp thứ 6, Quốc hội khóa XIV. | 2024-10-23 | kỳ họp | Quốc hội
            TTO - Sáng 10-11, với 459/467 đại biểu tán thành, Quốc hội đã biểu quyết thông qua nghị quyết về dự toán ngân sách. | 2024-11-10 | kỳ họp | Quốc hội
            Sáng 7/4, với 458/463 đại biểu tán thành, Quốc hội thông qua nghị quyết miễn nhiệm 12 thành viên Chính phủ. | 2024-04-07 | kỳ họp | Quốc hội
            Sáng 5/3, tại hội nghị, Tỉnh ủy Sơn La đã công bố quyết định về công tác cán bộ.          | 2024-03-05 | hội nghị          | Tỉnh ủy Sơn La
            Trước đó, ngày 11-3, Đoàn kiểm tra đã làm việc với Ban Thường vụ Thành ủy Vinh và kiểm tra thực tế tại cơ sở. | 2024-03-11 | buổi làm việc | Ban Thường vụ Thành ủy Vinh
            (LCĐT) - Sau hai ngày làm việc khẩn trương, nghiêm túc, chiều 11/12, Kỳ họp thứ 13, HĐND tỉnh Lào Cai khóa XIII đã bế mạc. | 2024-12-11 | kỳ họp | Hội đồng nhân dân tỉnh Lào Cai
            Sáng 28.4, Đoàn đại biểu Quốc hội (ĐBQH) tỉnh Thanh Hóa đã tiếp xúc cử tri huyện Nông Cống trước Kỳ họp thứ 9, Quốc hội khóa XIII. | 2024-04-28 | tiếp xúc cử tri | Đoàn đại biểu Quốc hội tỉnh Thanh Hóa
            Ngày 25/11, các ĐBQH đơn vị tỉnh Lạng Sơn tiếp xúc với cử tri thành phố Lạng Sơn.          | 2024-11-25 | tiếp xúc cử tri   |
            Sáng 20/6, Đoàn ĐBQH tỉnh Bình Phước tổ chức hội nghị tiếp xúc cử tri sau Kỳ họp thứ 7.   | 2024-06-20 | tiếp xúc cử tri   | Đoàn đại biểu Quốc hội tỉnh Bình Phước
            Sau hội nghị, ngày 21/8, Đảng ủy Quân sự tỉnh Lào Cai tổ chức hội nghị tổng kết.          | 2024-08-21 | hội nghị tổng kết | Đảng ủy Quân sự tỉnh Lào Cai
            Sáng thứ Năm, 7/12, HĐND tỉnh Bắc Giang khóa XIX, nhiệm kỳ 2021-2026 khai mạc Kỳ họp thứ 14. | 2024-12-07 | kỳ họp | Hội đồng nhân dân tỉnh Bắc Giang
            YênBái - Sáng nay, 22/12, Ban Chấp hành Đảng bộ tỉnh Yên Bái khóa XIX đã bế mạc Hội nghị lần thứ 12 sau hai ngày làm việc. | 2024-12-22 | hội nghị | Ban Chấp hành Đảng bộ tỉnh Yên Bái
            Chiều 12/7, HĐND tỉnh Lai Châu khóa XIV bế mạc Kỳ họp thứ 10.                              | 2024-07-12 | kỳ họp            | Hội đồng nhân dân tỉnh Lai Châu
            Kỳ họp thứ 13, HĐND tỉnh Lào Cai khóa XIII đã bế mạc chiều 11/12.                        | 2024-12-11 | kỳ họp            | Hội đồng nhân dân tỉnh Lào Cai
            Tỉnh ủy Bình Dương tổ chức Hội nghị lần thứ 12 vào sáng 12/8 tại Hội trường Tỉnh ủy.      | 2024-08-12 | hội nghị          | Tỉnh ủy Bình Dương
            Trong hai ngày 18 và 19/4, tại Hà Nội, Ủy ban Kiểm tra Trung ương họp Kỳ họp thứ 40.      | 2024-04-18 | kỳ họp            | Ủy ban Kiểm tra Trung ương
            (CMO) Ngày 10 tháng 12 năm 2015, HĐND tỉnh Cà Mau khóa VIII tổ chức kỳ họp thứ 14.        | 2015-12-10 | kỳ họp            | Hội đồng nhân dân tỉnh Cà Mau
            Chiều 4/3, tại kỳ họp bất thường HĐND tỉnh Hà Nam khóa XVIII, 49/49 đại biểu có mặt đã bầu ông Trần Minh Khoa giữ chức Chủ tịch UBND tỉnh. | 2024-03-04 | kỳ họp | Hội đồng nhân dân tỉnh Hà Nam
            (NLĐO) - Chiều 25-3, tại kỳ họp thứ 21 (kỳ họp chuyên đề) HĐND TP HCM khóa X, các đại biểu đã bầu ông Bùi Xuân Nam. | 2024-03-25 | kỳ họp | Hội đồng nhân dân Thành phố Hồ Chí Minh
            TTO - Sáng 12-6, kỳ họp thứ 9 HĐND TP.HCM khóa VIII đã khai mạc.                          | 2024-06-12 | kỳ họp            | Hội đồng nhân dân Thành phố Hồ Chí Minh
            (PLO)- Chiều 27-12, Ủy ban Kiểm tra Tỉnh ủy Kiên Giang đã họp kỳ thứ 20 để xem xét các vi phạm. | 2024-12-27 | cuộc họp | Ủy ban Kiểm tra Tỉnh ủy Kiên Giang
            Trước đó, hôm thứ Hai (24-3), Ban Thường vụ Thành ủy TP HCM đã họp, thống nhất giới thiệu nhân sự. | 2024-03-24 | cuộc họp | Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh
            (TTXVN/Vietnam+) Trong ba ngày, từ 12-14/12, Hội đồng nhân dân tỉnh Hải Dương khóa XVI đã tổ chức kỳ họp thứ 3. Chiều 14/12, kỳ họp bế mạc. | 2024-12-12 | kỳ họp | Hội đồng nhân dân tỉnh Hải Dương
            Ngày 1/7, ngay sau khi chính quyền địa phương hai cấp chính thức vận hành, HĐND xã Nguyên Bình (mới), nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ nhất. | 2024-07-01 | kỳ họp | Hội đồng nhân dân xã Nguyên Bình
            (LĐ) - Chiều 15/10, ngay sau khi Đại hội đại biểu Đảng bộ tỉnh Lâm Đồng lần thứ XII, nhiệm kỳ 2025 - 2030 bế mạc, Ban Chấp hành Đảng bộ tỉnh Lâm Đồng khóa XII đã tiến hành Hội nghị lần thứ nhất. | 2024-10-15 | hội nghị | Ban Chấp hành Đảng bộ tỉnh Lâm Đồng
            Sáng 18-4, HĐND huyện Châu Thành A khóa XII, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ sáu (kỳ họp chuyên đề). | 2024-04-18 | kỳ họp | Hội đồng nhân dân huyện Châu Thành A
            (BDO) Chiều 10-1, UBND TX.Thuận An tổ chức hội nghị tổng kết công tác năm 2017.            | 2024-01-10 | hội nghị tổng kết | Ủy ban nhân dân thị xã Thuận An
            baophutho.vn Chiều 16/5, Đoàn đại biểu Quốc hội tỉnh Phú Thọ đã tiếp xúc cử tri xã Mai Châu.  | 2024-05-16 | tiếp xúc cử tri   | Đoàn đại biểu Quốc hội tỉnh Phú Thọ
            SGGP - Sáng 5-3, HĐND Q. Bình Thạnh tổ chức kỳ họp chuyên đề.                              | 2024-03-05 | kỳ họp            | Hội đồng nhân dân quận Bình Thạnh
            Chiều 11/12, Kỳ họp thứ 7, HĐND tỉnh Cao Bằng khóa XV tiếp tục chương trình làm việc với phiên chất vấn và trả lời chất vấn. | 2024-12-11 | kỳ họp | Hội đồng nhân dân tỉnh Cao Bằng
            (Baonghean) - Sáng 11/12, Kỳ họp thứ 9, HĐND tỉnh Nghệ An khóa XVI bước sang ngày làm việc thứ ba với phiên chất vấn và trả lời chất vấn. | 2024-12-11 | kỳ họp | Hội đồng nhân dân tỉnh Nghệ An
            SGGP - Chiều 12-9, Thường trực HĐND TPHCM tổ chức phiên giải trình về tình trạng chậm trễ trong cấp giấy phép xây dựng. | 2024-09-12 | phiên giải trình | Thường trực Hội đồng nhân dân Thành phố Hồ Chí Minh
            (Baohatinh.vn) - Chiều 29/10, Thường trực HĐND tỉnh Hà Tĩnh giao ban thường kỳ tháng 10. | 2024-10-29 | buổi giao ban | Thường trực Hội đồng nhân dân tỉnh Hà Tĩnh
            Hôm qua (15.7), kỳ họp thứ 9 HĐND tỉnh Thái Bình khóa XV dành trọn buổi sáng cho phiên chất vấn. | 2024-07-15 | kỳ họp | Hội đồng nhân dân tỉnh Thái Bình
            BGĐT- Ngày 13/10, Huyện ủy Yên Thế tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị 03. | 2024-10-13 | hội nghị tổng kết | Huyện ủy Yên Thế
            Chiều 23/9, tại xã Phú Mỹ, UBND huyện Phú Vang phối hợp với Hội Nông dân huyện tổ chức hội nghị đối thoại với nông dân. | 2024-09-23 | hội nghị | Ủy ban nhân dân huyện Phú Vang
            Sáng 2/7, Ủy ban MTTQ Việt Nam tỉnh Hưng Yên khóa mới tổ chức hội nghị lần thứ nhất. | 2024-07-02 | hội nghị | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hưng Yên
            Chiều 14/3, UBND huyện Càng Long tổ chức lễ công bố quyết định của Chủ tịch UBND tỉnh phê chuẩn kết quả bầu Phó Chủ tịch UBND huyện. | 2024-03-14 | lễ công bố | Ủy ban nhân dân huyện Càng Long
            Sáng 30/6, Tỉnh ủy Tuyên Quang long trọng tổ chức Lễ công bố nghị quyết, quyết định của Trung ương về hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang. | 2024-06-30 | lễ công bố | Tỉnh ủy Tuyên Quang
            QTO - Trong hai ngày 22 và 23/7, tại Đồng Hới, Đảng bộ các cơ quan Đảng tỉnh Quảng Trị tổ chức Đại hội đại biểu lần thứ I. | 2024-07-22 | đại hội | Đảng bộ các cơ quan Đảng tỉnh Quảng Trị
            (ABO) Sáng 26-1, Thường trực HĐND tỉnh Tiền Giang tổ chức buổi gặp mặt nguyên lãnh đạo HĐND tỉnh qua các thời kỳ. | 2024-01-26 | buổi gặp mặt | Thường trực Hội đồng nhân dân tỉnh Tiền Giang
            Sáng 2/2, Tỉnh ủy Cao Bằng tổ chức gặp mặt các đồng chí nguyên lãnh đạo tỉnh nhân dịp Xuân mới. | 2024-02-02 | buổi gặp mặt | Tỉnh ủy Cao Bằng
            Kỳ họp thứ 8 của Ủy ban Kiểm tra Trung ương diễn ra từ ngày 21 đến 23/12 tại Hà Nội, dưới sự chủ trì của ông Trần Quốc Vượng. | 2024-12-21 | kỳ họp | Ủy ban Kiểm tra Trung ương
            (NLĐO)- Chiều 24-7, Đại hội đại biểu Đảng bộ quận 3, TP HCM lần thứ XII, nhiệm kỳ 2020-2025 đã bế mạc. | 2024-07-24 | đại hội | Đảng bộ quận 3
            Hôm nay (9/7), Đảng bộ Khối các cơ quan tỉnh Hà Tĩnh tổ chức phiên chính thức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020 - 2025. | 2024-07-09 | đại hội | Đảng bộ Khối các cơ quan tỉnh Hà Tĩnh
            Chiều 6/9, Tổng Bí thư Tô Lâm đã làm việc với Ban Thường vụ Tỉnh ủy An Giang về công tác chuẩn bị tổ chức Hội nghị APEC năm 2027. | 2024-09-06 | buổi làm việc | Ban Thường vụ Tỉnh ủy An Giang
            """)
    void readsDateKindAndOrganizerOfAMeeting(String text, String date, String kind, String organizer) {
        List<Meeting> found = meetings(text, "2024-12-31", null);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date()).hasToString(date);
        assertThat(found.get(0).kind()).isEqualTo(kind);
        assertThat(found.get(0).organizer()).isEqualTo(organizer);
    }

    @Test
    void datesAPlenumReportedClosedByItsFirstDay() {
        // central12 probe (Tuổi Trẻ 2013): closed on 11-5, opened "ngày 2-5" (the press's "Hội nghị Trung ương 7")
        assertThat(meetings("TTO - Chiều 11-5, Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XI bế mạc sau 10 "
                + "ngày làm việc.\n\nHội nghị Trung ương 7 khai mạc ngày 2-5 tại Hà Nội. Tổng bí thư Nguyễn Phú Trọng chủ "
                + "trì hội nghị.", "2013-05-11", null)).singleElement()
                .satisfies(m -> assertThat(m.date()).hasToString("2013-05-02"));
        // (VOV 2019): the run of days in brackets of a sentence naming the plenum, then its closing day
        assertThat(meetings("VOV.VN - Sau 4 ngày làm việc (từ 7 đến 10/10), Hội nghị lần thứ 11 Ban Chấp hành Trung ương "
                + "Đảng khóa XII đã hoàn thành toàn bộ nội dung.\n\nChiều nay (10/10), tại Hà Nội, Hội nghị lần thứ 11 Ban "
                + "Chấp hành Trung ương Đảng khóa XII đã bế mạc.", "2019-10-10", null)).singleElement()
                .satisfies(m -> assertThat(m.date()).hasToString("2019-10-07"));
        // an opening and a closing of one body's congresses three weeks apart are two
        assertThat(meetings("Sáng 5/3, Đại hội đại biểu Đảng bộ huyện Mộc Châu khai mạc.\n\nSáng 26/3, Đại hội "
                + "đại biểu Đảng bộ huyện Mộc Châu bế mạc.", "2024-03-26", "Sơn La")).hasSize(2);
    }

    @Test
    void datesAMeetingByTheDayAfterItsVerbOverTheDayAReportCameOut() {
        // dates13 probe (Hà Tĩnh 2022): the office reported on 20/3 what the plenum of 18/3 did
        assertThat(meetings("Ngày 20/3, Văn phòng Tỉnh ủy Hà Tĩnh cho biết, tại Hội nghị lần thứ 14 diễn ra ngày 18/3, "
                + "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh khóa XIX đã bầu đồng chí Nguyễn Hồng Lĩnh giữ chức Phó Bí thư Tỉnh ủy.",
                "2022-03-20", null)).singleElement().satisfies(m -> assertThat(m.date()).hasToString("2022-03-18"));
        // a day that is not right after the verb leaves the sentence's day to the meeting
        assertThat(meetings("Ngày 20/3, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh tổ chức hội nghị lần thứ 14 triển khai Nghị "
                + "quyết ngày 18/3 của Ban Thường vụ.", "2022-03-20", null)).singleElement()
                .satisfies(m -> assertThat(m.date()).hasToString("2022-03-20"));
    }

    /** gen23y 001 (VnExpress 2016), 005 (VietnamPlus 2014): the meeting a story's figures were reported at. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Số liệu được UBND TP HCM báo cáo tại hội nghị sơ kết tình hình kinh tế - xã hội 6 tháng đầu năm, sáng 8/7. | 2016-07-08 | 2016-07-08 | hội nghị sơ kết
            Thông tin trên được Bộ Công Thương đưa ra tại hội nghị tổng kết công tác năm 2014 và triển khai kế hoạch năm 2015 của ngành Công Thương, diễn ra sáng nay (29/12) tại Hà Nội. | 2014-12-29 | 2014-12-29 | hội nghị tổng kết
            Hội nghị tổng kết năm 2023, triển khai kế hoạch năm 2024 của Sở Tài chính diễn ra chiều 5/1. | 2024-01-06 | 2024-01-05 | hội nghị tổng kết
            """)
    void datesTheMeetingAReportWasMadeAtByTheDayAfterItsName(String text, String published, String date, String kind) {
        assertThat(meetings(text, published, null)).singleElement().satisfies(m -> {
            assertThat(m.date()).hasToString(date);
            assertThat(m.kind()).isEqualTo(kind);
        });
    }

    @Test
    void takesNoMeetingOnlyPlannedForADaySetOffAfterItsName() {
        assertThat(meetings("Theo kế hoạch, tại hội nghị tổng kết năm, sáng 8/1, Tỉnh ủy sẽ công bố quyết định.", "2024-01-05",
                null)).isEmpty();
        assertThat(meetings("Ông A phát biểu tại hội nghị. Sáng 8/1, trời mưa.", "2024-01-08", null)).isEmpty();
    }

    /** budget17 010 (Hànộimới 2021): a colon after a plural group opens its list, not speech, though a name is before it. */
    @Test
    void countsTheListAPluralGroupOpensAfterANamedPersonPresent() {
        List<Meeting> found = meetings("Chiều 29-9, Chủ tịch UBND thành phố Chu Ngọc Anh chủ trì phiên họp UBND thành phố "
                + "thường kỳ tháng 9. Cùng dự có Phó Chủ tịch Thường trực UBND thành phố Lê Hồng Sơn, các Phó Chủ tịch UBND "
                + "thành phố: Chử Xuân Dũng, Nguyễn Mạnh Quyền, Dương Đức Tuấn.", "2021-09-29", "Hà Nội");
        assertThat(found).singleElement().satisfies(m -> assertThat(m.participants()).containsExactly("Chu Ngọc Anh",
                "Lê Hồng Sơn", "Chử Xuân Dũng", "Nguyễn Mạnh Quyền", "Dương Đức Tuấn"));
    }

    @Test
    void keepsWhoAnElectionReplacesAndAPlanItDiscussesOutOfAMeeting() {
        // VietnamPlus (dates11 probe, d05): the official replaced is no participant
        List<Meeting> found = meetings("Kỳ họp thứ 3 HĐND tỉnh Hải Dương khai mạc sáng 12/12. Tại kỳ họp, Hội đồng nhân dân "
                + "tỉnh đã bầu bổ sung ông Lương Văn Cầu, Giám đốc Sở Tài chính, giữ chức Phó Chủ tịch Ủy ban nhân dân tỉnh, "
                + "thay ông Nguyễn Anh Cương, được điều động về công tác tại Bộ Giao thông Vận tải. Thay mặt lãnh đạo tỉnh, "
                + "ông Vũ Tiến Dũng phát biểu.", "2016-12-14", "Hải Dương");
        assertThat(found).singleElement().satisfies(m -> assertThat(m.participants()).containsExactly("Vũ Tiến Dũng"));
        // Tuổi Trẻ (d02): "chuẩn bị" after the verb is the session's topic, no plan of it
        assertThat(meetings("Trước đó, hôm 5-6, Thường trực HĐND TP đã làm việc với UBND TP về công tác chuẩn bị kỳ họp.",
                "2013-06-12", "Hồ Chí Minh")).extracting(m -> m.date().toString()).containsExactly("2013-06-05");
        assertThat(meetings("Theo kế hoạch, ngày 20/8, Đại hội Đảng bộ tỉnh sẽ khai mạc.", "2025-08-10", "Hà Tĩnh"))
                .isEmpty();
    }

    @Test
    void datesAMeetingOfAnUpdateInJanuaryAfterAStoryOfDecember() {
        // Pháp luật TP.HCM, updated a week later (dates11 probe, d09): "Ngày 2-1" is of the page's new year
        List<Meeting> found = meetings("Chiều 27-12, Ủy ban Kiểm tra Tỉnh ủy Kiên Giang đã họp kỳ thứ 20 để xem xét các vi "
                + "phạm.\n\nCập nhật ngày 3-1-2018: Ngày 2-1, Ban Thường vụ Tỉnh ủy Kiên Giang đã họp, thống nhất đề nghị "
                + "Ban Bí thư xem xét kỷ luật ông Phạm Văn Tuấn.", "2018-01-03", "Kiên Giang");
        assertThat(found).extracting(m -> m.date().toString()).containsExactly("2017-12-27", "2018-01-02");
        assertThat(found.get(1).organizer()).isEqualTo("Ban Thường vụ Tỉnh ủy Kiên Giang");
        // the page dated by its first publication: the update's own date dates its sentence
        assertThat(meetings("Chiều 27-12, Ủy ban Kiểm tra Tỉnh ủy Kiên Giang đã họp kỳ thứ 20.\n\nCập nhật ngày 3-1-2018: "
                + "Ngày 2-1, Ban Thường vụ Tỉnh ủy Kiên Giang đã họp.", "2017-12-28", "Kiên Giang"))
                .extracting(m -> m.date().toString()).containsExactly("2017-12-27", "2018-01-02");
    }

    @Test
    void leavesTheConnectiveBeforeTheBodyOutOfTheOrganizer() {
        // merge8 probe, m06 (dangcongsan 2025)
        List<Meeting> found = meetings("Ngày 21/8, Đảng bộ các cơ quan Đảng tỉnh Quảng Ngãi tổ chức Đại hội đại biểu lần "
                + "thứ I.\n\nCùng ngày, Đảng bộ UBND tỉnh tổ chức đại hội lần thứ I.", "2025-08-21", "Quảng Ngãi");
        assertThat(found).extracting(Meeting::organizer).containsExactly("Đảng bộ các cơ quan Đảng tỉnh Quảng Ngãi",
                "Đảng bộ Ủy ban nhân dân tỉnh Quảng Ngãi");
    }

    @Test
    void givesWhoAttendsTheMeetingOfTheKindTheSentenceNames() {
        // Tuổi Trẻ on An Giang's first congress and the plenum held during it (gen24a 003)
        List<Meeting> found = meetings("Sáng 15-10, Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ I, nhiệm kỳ 2025-2030 bế "
                + "mạc sau hai ngày làm việc.\n\nChiều 14-10, Ban Chấp hành Đảng bộ tỉnh khóa I đã tiến hành hội nghị lần thứ "
                + "nhất, bầu Ban Thường vụ gồm 19 người.\n\nDự đại hội có Phó thủ tướng Hồ Đức Phớc, Ủy viên Trung ương Đảng.",
                "2025-10-15", "An Giang");
        assertThat(found).hasSize(2);
        Meeting congress = found.stream().filter(m -> m.kind().equals("đại hội")).findFirst().orElseThrow();
        Meeting plenum = found.stream().filter(m -> m.kind().equals("hội nghị")).findFirst().orElseThrow();
        assertThat(congress.participants()).containsExactly("Hồ Đức Phớc");
        assertThat(plenum.participants()).isEmpty();
    }

    @Test
    void keepsTwoMeetingsOfOneDayWithTwoBodiesApart() {
        // a Thanh Niên story of a day's two working sessions (meet8 probe, m07)
        List<Meeting> found = meetings("Hôm qua (24/11), đồng chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, Thường trực Ban Bí "
                + "thư, đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Đồng Nai.\n\nTham dự buổi làm việc có đồng chí Nguyễn "
                + "Phú Cường, Bí thư Tỉnh ủy Đồng Nai.\n\nChiều cùng ngày, ông Đinh Thế Huynh và đoàn công tác làm việc với "
                + "Đảng ủy Khối doanh nghiệp tỉnh. Tham dự có bà Nguyễn Thị Hoàng, Bí thư Đảng ủy Khối doanh nghiệp tỉnh.",
                "2016-11-25", "Đồng Nai");
        assertThat(found).extracting(m -> m.date().toString()).containsExactly("2016-11-24", "2016-11-24");
        assertThat(found.get(0).participants()).containsExactly("Đinh Thế Huynh", "Nguyễn Phú Cường");
        assertThat(found.get(1).organizer()).isEqualTo("Đảng ủy Khối doanh nghiệp tỉnh Đồng Nai");
        assertThat(found.get(1).participants()).containsExactly("Đinh Thế Huynh", "Nguyễn Thị Hoàng");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Theo kế hoạch, ngày 20/8, Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX sẽ khai mạc.",
        "Dự kiến, sáng 25/8, Ban Chấp hành Đảng bộ tỉnh sẽ tổ chức Hội nghị lần thứ 16.",
        "Ban Chấp hành Đảng bộ tỉnh sẽ tổ chức Hội nghị lần thứ 16 vào sáng 25/8."})
    void takesNoPlannedMeetingForAFrontedDay(String sentence) {
        List<Meeting> found = meetings("Sáng 12/8, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh tổ chức Hội nghị lần thứ 15.\n\n"
                + sentence, "2024-08-12", "Hà Tĩnh");
        assertThat(found).extracting(m -> m.date().toString()).containsExactly("2024-08-12");
    }

    @Test
    void readsWhoAttendsAMeetingThoughTheStoryEndsWithAnEarlierOne() {
        // a Nhân Dân story of an inspection delegation (meet8 probe, m02)
        List<Meeting> found = meetings("Ngày 12-3, Đoàn kiểm tra của Bộ Chính trị do đồng chí Hoàng Trung Kiên, Ủy viên Bộ "
                + "Chính trị, dẫn đầu đã làm việc với Ban Thường vụ Tỉnh ủy Nghệ An.\n\nCùng dự có đồng chí Lê Minh Đức, Phó "
                + "Trưởng Ban Tổ chức Trung ương.\n\nTrước đó, ngày 11-3, Đoàn kiểm tra đã làm việc với Ban Thường vụ Thành "
                + "ủy Vinh.", "2012-03-13", "Nghệ An");
        assertThat(found).extracting(m -> m.date().toString()).containsExactly("2012-03-12", "2012-03-11");
        assertThat(found.get(0).participants()).containsExactly("Hoàng Trung Kiên", "Lê Minh Đức");
        assertThat(found.get(1).participants()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chủ tọa kỳ họp gồm các đồng chí: Sùng Chúng, Chủ tịch HĐND tỉnh; Nguyễn Hữu Vạn, Phó Chủ tịch HĐND tỉnh. | Sùng Chúng;Nguyễn Hữu Vạn
            Chủ toạ kỳ họp là đồng chí Sùng Chúng, Chủ tịch HĐND tỉnh.                                            | Sùng Chúng
            """)
    void takesWhoPresidesOverASessionAsItsChair(String sentence, String chairs) {
        // a Lào Cai paper's closing of an HĐND session (meet8 probe, m10)
        Meeting m = meetings("(LCĐT) - Chiều 11/12, Kỳ họp thứ 13, HĐND tỉnh Lào Cai khóa XIII đã bế mạc.\n\n" + sentence,
                "2008-12-11", "Lào Cai").get(0);
        assertThat(m.chairs()).containsExactly(chairs.split(";"));
    }

    @Test
    void takesNoCeremonyThatOnlyCelebratesForAMeeting() {
        // meeting-kinds.tsv: a lễ công bố quyết định is a meeting, other ceremonies are not
        assertThat(meetings("Sáng 3/2, Tỉnh ủy Cao Bằng tổ chức lễ trao Huy hiệu Đảng cho các đảng viên lão thành.",
                "2024-02-03", "Cao Bằng")).isEmpty();
        assertThat(meetings("Sáng 3/2, UBND huyện Hòa An tổ chức lễ công bố xã đạt chuẩn nông thôn mới.",
                "2024-02-03", "Cao Bằng")).isEmpty();
    }

    @Test
    void takesNoLateLeaderAWorkshopRemembersForAParticipant() {
        // Báo Bắc Ninh (tang19 probe, 003): the leader a centenary remembers is no participant, though named with its guests
        Meeting m = meetings("Sáng 6/7, Tỉnh ủy Bắc Ninh tổ chức Hội thảo khoa học kỷ niệm 110 năm Ngày sinh đồng chí Nguyễn "
                + "Văn Cừ. Đồng chí Nguyễn Anh Tuấn, Bí thư Tỉnh ủy chủ trì hội thảo.\n\nDự hội thảo có đồng chí Nguyễn "
                + "Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; ông Nguyễn Văn Thành, cháu nội cố Tổng Bí thư Nguyễn "
                + "Văn Cừ.", "2022-07-06", "Bắc Ninh").get(0);
        assertThat(m.chairs()).containsExactly("Nguyễn Anh Tuấn");
        assertThat(m.participants()).containsExactly("Nguyễn Anh Tuấn", "Nguyễn Hương Giang", "Nguyễn Văn Thành");
    }

    @Test
    void takesWhoChairsAPlacesPointOfAnOnlineMeetingAsAParticipant() {
        // Báo Sơn La (meet14 probe, 000): the Prime Minister chairs the conference, the province's chairman its point
        Meeting m = meetings("Sáng 5/1, Chính phủ tổ chức Hội nghị trực tuyến Chính phủ với các địa phương. Thủ tướng Chính "
                + "phủ Phạm Minh Chính chủ trì hội nghị.\n\nTại điểm cầu tỉnh Sơn La, đồng chí Hoàng Quốc Khánh, Phó Bí "
                + "thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì. Cùng dự có đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh.",
                "2024-01-05", "Sơn La").get(0);
        assertThat(m.chairs()).containsExactly("Phạm Minh Chính");
        assertThat(m.participants()).containsExactly("Phạm Minh Chính", "Hoàng Quốc Khánh", "Lò Minh Hùng");
        // a point that names no place is the meeting's centre: who chairs there chairs it
        Meeting central = meetings("Sáng 5/1, Chính phủ tổ chức Hội nghị trực tuyến với các địa phương. Tại điểm cầu Trụ "
                + "sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính chủ trì hội nghị.", "2024-01-05", null).get(0);
        assertThat(central.chairs()).containsExactly("Phạm Minh Chính");
    }

    @Test
    void takesANationalBodyRightAfterTheKindForTheOrganizer() {
        // Báo Chính phủ (state13 probe, 002): the Government's conference with the provinces, which the PM chairs
        Meeting m = meetings("Sáng 3/1, Thủ tướng Phạm Minh Chính chủ trì Hội nghị trực tuyến Chính phủ với các địa "
                + "phương, triển khai nhiệm vụ năm 2023.", "2023-01-03", null).get(0);
        assertThat(m.organizer()).isEqualTo("Chính phủ");
        assertThat(m.chairs()).containsExactly("Phạm Minh Chính");
        // a place's body after the kind is left to the rules that complete a place
        assertThat(meetings("Sáng 3/1, đồng chí Nguyễn Văn Sơn chủ trì hội nghị các huyện, thành phố.", "2023-01-03",
                "Hà Giang").get(0).organizer()).isNull();
    }

    @Test
    void takesTheBodyBesideTheLeaderWhoMeetsVotersForTheOrganizer() {
        // Báo Bình Phước (meet14 probe, 002), Báo Hậu Giang (state13 probe, 004): a leader meets voters with the Đoàn
        Meeting m = meetings("BP - Sáng 4/10, đồng chí Nguyễn Văn Lợi, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy cùng Đoàn "
                + "ĐBQH tỉnh đã tiếp xúc cử tri huyện Lộc Ninh trước Kỳ họp thứ 8, Quốc hội khóa XIV.", "2019-10-04",
                "Bình Phước").get(0);
        assertThat(m.kind()).isEqualTo("tiếp xúc cử tri");
        assertThat(m.organizer()).isEqualTo("Đoàn đại biểu Quốc hội tỉnh Bình Phước");
        assertThat(m.participants()).containsExactly("Nguyễn Văn Lợi");
        assertThat(meetings("Sáng 12/10, đồng chí Trần Thanh Mẫn, Ủy viên Bộ Chính trị, Chủ tịch Quốc hội cùng Đoàn đại "
                + "biểu Quốc hội tỉnh Hậu Giang tiếp xúc cử tri huyện Vị Thủy.", "2024-10-12", "Hậu Giang").get(0)
                .organizer()).isEqualTo("Đoàn đại biểu Quốc hội tỉnh Hậu Giang");
    }

    @Test
    void takesWhoMeetsTheVotersWithTheDeputiesAsAParticipant() {
        // Báo Quảng Trị (hdnd16 probe, 002): "Cùng tiếp xúc có ..." after the Đoàn's voter meeting
        assertThat(meetings("(QTO) - Ngày 6.10, Đoàn đại biểu Quốc hội tỉnh Quảng Trị do ông Hoàng Đức Thắng, Phó Trưởng "
                + "đoàn chuyên trách Đoàn ĐBQH tỉnh dẫn đầu đã tiếp xúc cử tri huyện Hải Lăng trước Kỳ họp thứ 2, Quốc hội "
                + "khóa XIII. Cùng tiếp xúc có đại biểu Quốc hội Trần Thị Thu Hằng.", "2011-10-08", "Quảng Trị"))
                .singleElement().satisfies(m -> assertThat(m.participants()).contains("Trần Thị Thu Hằng"));
    }

    @Test
    void readsNoReceptionInAVerbThatStartsWithTiep() {
        // Báo Phú Thọ (era15 probe, 008): "tiếp xúc có đồng chí A" joins the voter meeting, A received by no one
        List<Meeting> found = meetings("Chiều 16/5, Đoàn đại biểu Quốc hội tỉnh Phú Thọ đã tiếp xúc cử tri xã Mai Châu. "
                + "Tham gia tiếp xúc có đồng chí Đặng Xuân Phong, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh.", "2026-05-16",
                "Phú Thọ");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("tiếp xúc cử tri");
            assertThat(m.organizer()).isEqualTo("Đoàn đại biểu Quốc hội tỉnh Phú Thọ");
        });
        // a reception's object is a name after an honorific at most
        assertThat(meetings("Sáng 5/3, đồng chí Nguyễn Văn Sơn, Chủ tịch UBND tỉnh đã tiếp ông Lê Văn Nam, Tổng Giám đốc "
                + "Tập đoàn.", "2024-03-05", "Hà Giang")).singleElement()
                .extracting(Meeting::kind).isEqualTo("buổi tiếp");
    }

    @Test
    void takesWhoSpeaksInTheParagraphAfterTheLatestOfSeveralMeetingsAsItsParticipant() {
        // Báo Nghệ An (meet14 probe, 007): two working sessions, the second's report goes on in the next paragraph
        List<Meeting> found = meetings("Ngày 12/8, Thường trực Tỉnh ủy Nghệ An đã làm việc với Đảng đoàn HĐND tỉnh. Đồng "
                + "chí Nguyễn Đắc Vinh, Bí thư Tỉnh ủy chủ trì buổi làm việc.\n\nTrước đó, chiều 11/8, Thường trực Tỉnh ủy "
                + "đã làm việc với Ban cán sự đảng UBND tỉnh. Tham dự có đồng chí Lê Xuân Đại, Phó Chủ tịch Thường trực UBND "
                + "tỉnh.\n\nĐồng chí Nguyễn Xuân Đường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh báo cáo, 7 tháng đầu năm, thu "
                + "ngân sách trên địa bàn đạt 6.105 tỷ đồng.\n\nGiám đốc Sở Tài chính Nguyễn Văn Long cho biết, các khoản "
                + "chi được bảo đảm.", "2016-08-13", "Nghệ An");
        assertThat(found).extracting(m -> m.date().toString()).containsExactly("2016-08-12", "2016-08-11");
        assertThat(found.get(0).participants()).containsExactly("Nguyễn Đắc Vinh");
        assertThat(found.get(1).participants()).containsExactly("Lê Xuân Đại", "Nguyễn Xuân Đường", "Nguyễn Văn Long");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Trao đổi với Tuổi Trẻ, đại biểu Hoàng Văn Cường (Đoàn ĐBQH TP Hà Nội) cho rằng kết quả phản ánh khách quan đánh giá của đại biểu.",
        "Chia sẻ với phóng viên bên hành lang Quốc hội, bà Nguyễn Thị Thu Hà, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh Quảng Ninh cho rằng đây là sự kiện quan trọng, củng cố niềm tin của cử tri.",
        "Chiều cùng ngày, trao đổi với VnExpress, ông Hoàng Văn Cường phát biểu rằng kết quả phản ánh khách quan."})
    void putsNoOneWhoSpeaksToThePressAtTheMeeting(String sentence) {
        // qh18 002, 007: what a deputy tells a paper in the lobby is no part of the sitting
        Meeting m = meetings("Sáng 22/5, Quốc hội tiến hành phiên họp bầu Chủ tịch nước. Chủ tịch Quốc hội Trần Thanh Mẫn "
                + "điều hành phiên họp.\n\n" + sentence, "2024-05-22", null).get(0);
        assertThat(m.participants()).containsExactly("Trần Thanh Mẫn");
    }

    @Test
    void keepsWhoSpeaksWithTheGuestsAtTheMeeting() {
        Meeting m = meetings("Sáng 22/5, Ban Thường vụ Tỉnh ủy Gia Lai làm việc với đoàn công tác của Bộ Nội vụ.\n\nTrao đổi "
                + "với đoàn công tác, đồng chí Hồ Văn Niên, Bí thư Tỉnh ủy báo cáo tình hình của tỉnh.", "2024-05-22", "Gia Lai").get(0);
        assertThat(m.participants()).contains("Hồ Văn Niên");
    }

    @Test
    void readsTheMeetingADecisionWasAnnouncedAt() {
        // gen23c 012: the meeting named after "được công bố tại", dated by the day after its name
        assertThat(meetings("Quyết định được công bố tại Hội nghị Thành ủy Đà Nẵng chiều 7.10. Thường trực Ban Bí thư Trần "
                + "Quốc Vượng chủ trì hội nghị và trao quyết định.", "2017-10-07", null)).singleElement().satisfies(m -> {
                    assertThat(m.date()).hasToString("2017-10-07");
                    assertThat(m.organizer()).isEqualTo("Thành ủy Đà Nẵng");
                    assertThat(m.chairs()).containsExactly("Trần Quốc Vượng");
                });
        // gen22r 014: the day written between the verb and "tại"
        assertThat(meetings("Quyết định được công bố chiều 30/6 tại hội nghị công bố các nghị quyết, quyết định của Trung "
                + "ương về sáp nhập đơn vị hành chính cấp tỉnh. Phó thủ tướng Nguyễn Chí Dũng dự và trao quyết định.",
                "2025-07-01", null)).singleElement().satisfies(m -> {
                    assertThat(m.date()).hasToString("2025-06-30");
                    assertThat(m.participants()).containsExactly("Nguyễn Chí Dũng");
                });
    }

    @Test
    void takesAVoteWithoutItsTallyForNoSitting() {
        // central12 002, merge17 001: "thông qua", "bầu" are a sitting only beside the vote's tally; without it they name
        // what a body adopts or elects, and a session verb after them still reports its meeting
        assertThat(meetings("Sáng 7/4, UBND tỉnh thông qua đề án phát triển du lịch.", "2024-04-07", null)).isEmpty();
        assertThat(meetings("Sáng 31/10, sau khi được bầu cử, Tổng Bí thư Nguyễn Phú Trọng đã tiếp xúc cử tri quận Ba "
                + "Đình.", "2015-10-31", null)).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo("tiếp xúc cử tri"));
        // qh18 005: two connectives before the body that votes
        assertThat(meetings("Trước đó, cùng ngày, Quốc hội đã bầu ông Nguyễn Xuân Phúc giữ chức Chủ tịch nước với "
                + "464/468 đại biểu tán thành.", "2021-04-05", null)).singleElement()
                .satisfies(m -> assertThat(m.organizer()).isEqualTo("Quốc hội"));
    }

    @Test
    void takesNoUndatedVoteForAMeeting() {
        // qh18 probe: a vote is a sitting where a day dates it; a law's story that names the vote reports none
        assertThat(meetings("Luật Đất đai (sửa đổi) được Quốc hội khóa XV biểu quyết thông qua với 432/477 đại biểu tán "
                + "thành.", "2024-01-30", null)).isEmpty();
    }

    @Test
    void datesAVoteBySessionItOpenedDaysBefore() {
        // elect17 probe (VnExpress 2021) with qh18's votes: the vote of 26/7 is a sitting of the session opened on 20/7
        assertThat(meetings("Chiều 26/7, Quốc hội biểu quyết thông qua nghị quyết bầu Chủ tịch nước. Chủ tịch Quốc hội "
                + "Vương Đình Huệ điều hành phiên họp.\n\nKỳ họp thứ nhất Quốc hội khóa XV khai mạc ngày 20/7, dự kiến bế "
                + "mạc ngày 28/7.", "2021-07-26", null)).singleElement().satisfies(m -> {
                    assertThat(m.date()).hasToString("2021-07-20");
                    assertThat(m.chairs()).containsExactly("Vương Đình Huệ");
                });
        // era15 probe (ĐBND 2026): a day set in the session under way, which the story says opened two days before
        assertThat(meetings("Sáng 8/4, tiếp tục Kỳ họp thứ nhất, Quốc hội khóa XVI đã bầu Chủ tịch nước. Chủ tịch Quốc "
                + "hội Trần Thanh Mẫn điều hành phiên họp.\n\nKỳ họp thứ nhất của Quốc hội khóa XVI khai mạc ngày 6/4 tại Nhà "
                + "Quốc hội.", "2026-04-08", null)).singleElement()
                .satisfies(m -> assertThat(m.date()).hasToString("2026-04-06"));
    }

    @Test
    void takesNoPressConferenceForAMeeting() {
        // Báo Đà Nẵng (meet14 probe, 008; figs12, 003): a press conference informs the press, it is no meeting of a body
        assertThat(meetings("Chiều 3/1, UBND thành phố Đà Nẵng tổ chức họp báo thông tin về tình hình kinh tế - xã hội "
                + "năm 2024. Phó Chủ tịch UBND thành phố Trần Chí Cường chủ trì họp báo.", "2025-01-03", "Đà Nẵng"))
                .isEmpty();
        assertThat(meetings("Sáng 29/12, Tổng cục Thống kê tổ chức cuộc họp báo công bố số liệu thống kê năm 2022.",
                "2022-12-29", null)).isEmpty();
    }

    @Test
    void leavesTheVerbBeforeHọpOutOfTheBodyThatMeets() {
        Meeting m = meetings("Chiều 5/9, UBND tỉnh Bình Định tổ chức họp trực tuyến với các địa phương về phòng, chống bão số 3.",
                "2024-09-05", "Bình Định").get(0);
        assertThat(m.kind()).isEqualTo("cuộc họp");
        assertThat(m.organizer()).isEqualTo("Ủy ban nhân dân tỉnh Bình Định");
    }

    @Test
    void countsWhoAsksAndWhoAnswersAtAQuestionSittingAsParticipants() {
        // a Cao Bằng paper's question sitting of an HĐND session (hdnd11 probe, h02)
        Meeting m = meetings("Chiều 11/12, Kỳ họp thứ 7, HĐND tỉnh khóa XV tiếp tục chương trình làm việc với phiên chất "
                + "vấn và trả lời chất vấn. Đồng chí Hà Ngọc Chiến, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND "
                + "tỉnh điều hành phiên chất vấn.\n\nMở đầu phiên chất vấn, đại biểu Nông Thị Hạnh (Tổ đại biểu huyện Hà "
                + "Quảng) chất vấn về việc chậm giải ngân vốn hỗ trợ làm nhà ở cho hộ nghèo. Trả lời chất vấn, ông Đinh Văn "
                + "Hòa, Giám đốc Sở Xây dựng cho biết nguyên nhân chậm chủ yếu do nguồn vốn Trung ương cấp muộn.\n\nGiải "
                + "trình thêm, ông Nguyễn Hoàng Anh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh nhận trách nhiệm về những hạn chế "
                + "trong chỉ đạo, điều hành và yêu cầu các sở khắc phục ngay.",
                "2013-12-11", "Cao Bằng").get(0);
        assertThat(m.organizer()).isEqualTo("Hội đồng nhân dân tỉnh Cao Bằng");
        assertThat(m.chairs()).containsExactly("Hà Ngọc Chiến");
        assertThat(m.participants()).containsExactly("Hà Ngọc Chiến", "Nông Thị Hạnh", "Đinh Văn Hòa",
                "Nguyễn Hoàng Anh");
    }

    @Test
    void doesNotTakeWhoIsToRunADepartmentForTheChairOfTheCeremony() {
        // gen22r 007 (Dân trí 2023): "điều hành hoạt động của Sở" is management given at the ceremony, no chairing of it
        Meeting m = meetings("Chiều 12/10, Tỉnh ủy Bắc Ninh tổ chức hội nghị công bố quyết định của Ban Bí thư về công tác "
                + "cán bộ. Hội nghị do ông Nguyễn Anh Tuấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bắc Ninh, chủ trì.\n\n"
                + "Cũng tại hội nghị, Ban Thường vụ Tỉnh ủy giao bà Nguyễn Thị Hạnh, Phó giám đốc Sở Kế hoạch và Đầu tư, "
                + "điều hành hoạt động của Sở cho đến khi kiện toàn giám đốc mới.", "2023-10-12", "Bắc Ninh").get(0);
        assertThat(m.chairs()).containsExactly("Nguyễn Anh Tuấn");
    }

    @Test
    void leavesThePeopleOfADecisionReadOutAfterACueOfPresenceBeforeTheReader() {
        // Báo Tuyên Quang on the merged province's first council session (gen24a 000): "Tại kỳ họp" puts the reader
        // there; the deputies the resolution names are the decision's
        Meeting m = meetings("Sáng 1/7, HĐND tỉnh Tuyên Quang tổ chức Kỳ họp thứ nhất. Đồng chí Lê Thị Kim Dung, Chủ tịch "
                + "HĐND tỉnh chủ trì kỳ họp.\n\nTại kỳ họp, đồng chí Hoàng Văn Quân, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh đã "
                + "công bố Nghị quyết của Ủy ban Thường vụ Quốc hội về việc chỉ định đồng chí Lê Thị Kim Dung giữ chức Chủ "
                + "tịch HĐND tỉnh; các đồng chí Thào Hồng Sơn, Hoàng Thị Thu Hằng giữ chức Phó Chủ tịch HĐND tỉnh.",
                "2025-07-01", "Tuyên Quang").get(0);
        assertThat(m.participants()).containsExactly("Lê Thị Kim Dung", "Hoàng Văn Quân");
    }

    @Test
    void countsWhoAnswersNextInTheParagraphOfAQuestionAsAParticipant() {
        // hdnd11 probe, h02: the answer follows the question in its paragraph, with no cue of presence of its own
        Meeting m = meetings("Chiều 11/12, Kỳ họp thứ 7, HĐND tỉnh Cao Bằng khóa XV tiếp tục chương trình làm việc với "
                + "phiên chất vấn.\n\nĐại biểu Lương Văn Quyết (Tổ đại biểu huyện Trùng Khánh) đặt câu hỏi về tình trạng "
                + "khai thác khoáng sản trái phép. Bà Hoàng Thị Thu, Phó Giám đốc Sở Tài nguyên và Môi trường thừa nhận "
                + "công tác quản lý còn buông lỏng và cam kết kiểm tra, xử lý dứt điểm.", "2013-12-11", "Cao Bằng").get(0);
        assertThat(m.participants()).containsExactly("Lương Văn Quyết", "Hoàng Thị Thu");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Đồng chí Hoàng Văn Thạch, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh khóa VII điều khiển phiên khai mạc. | Hoàng Văn Thạch | Hoàng Văn Thạch
            Cử tri Phan Thị Nhung (xã Phước Thể) đề nghị sớm có chính sách hỗ trợ ngư dân khi giá dầu tăng cao.          |                 | Phan Thị Nhung
            Cử tri Lê Văn Thọ (thị trấn Liên Hương) phản ánh tình trạng tàu cá khai thác tận diệt ven bờ.                |                 | Lê Văn Thọ
            """)
    void readsWhoLeadsASittingAndWhoSpeaksAsAVoter(String sentence, String chair, String participant) {
        Meeting m = meetings("Ngày 28/7, HĐND tỉnh Bắc Kạn khóa VIII tổ chức Kỳ họp thứ nhất.\n\n" + sentence,
                "2011-07-28", "Bắc Kạn").get(0);
        assertThat(m.chairs()).containsExactlyElementsOf(chair == null ? List.of() : List.of(chair));
        assertThat(m.participants()).containsExactly(participant);
    }

    @Test
    void countsWhoPresentsADraftAtTheMeetingAsAParticipant() {
        // VietnamPlus on a provincial party plenum (meet8 probe, m04)
        Meeting m = meetings("Sáng 20/7, Ban Chấp hành Đảng bộ tỉnh Quảng Ninh tổ chức Hội nghị lần thứ 5.\n\nTrình bày tóm "
                + "tắt dự thảo quy hoạch, đồng chí Nguyễn Tường Văn, Phó Chủ tịch UBND tỉnh cho biết quy hoạch xác định "
                + "Quảng Ninh là cực tăng trưởng.", "2021-07-20", "Quảng Ninh").get(0);
        assertThat(m.participants()).containsExactly("Nguyễn Tường Văn");
    }

    @Test
    void readsAMeetingThatOpensADatedSentenceAsItsSetting() {
        Meeting m = meetings("Sáng 3/12, tại kỳ họp thứ 15, HĐND TP Hà Nội khóa XIV đã miễn nhiệm chức Chủ tịch UBND "
                + "thành phố đối với ông Nguyễn Thế Thảo.\n\nChủ tịch HĐND thành phố Ngô Thị Doãn Thanh chủ trì kỳ họp.",
                "2015-12-03", "Hà Nội").get(0);
        assertThat(m.date()).hasToString("2015-12-03");
        assertThat(m.kind()).isEqualTo("kỳ họp");
        assertThat(m.term()).isEqualTo("XIV");
        assertThat(m.session()).isEqualTo(15);
        assertThat(m.chairs()).containsExactly("Ngô Thị Doãn Thanh");
    }

    @Test
    void readsASessionGoingOnThatADayOpensWithoutFailing() {
        // gen22c 005 (VietnamPlus 2023, a page whose date line was not read): a session under way after its day; the
        // trigger of a meeting under way has no end of its own, and the undated day at the sentence's start made the
        // article fail
        List<Meeting> found = meetings("Chiều 5/1, tiếp tục Kỳ họp bất thường lần thứ 2, Quốc hội khóa XV đã biểu quyết "
                + "thông qua Nghị quyết phê chuẩn đề nghị của Thủ tướng Chính phủ về việc bổ nhiệm Phó Thủ tướng Chính phủ.",
                null, null);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo("kỳ họp");
    }

    @Test
    void readsASettingWithItsOwnDayThatOpensTheSentence() {
        // long14 (VnExpress 2024): the meeting named first in its setting, its day inside it
        Meeting m = meetings("Tại hội nghị Ban Chấp hành Đảng bộ tỉnh Bắc Ninh lần thứ 24 sáng 26/12, ông Nguyễn Anh Tuấn, "
                + "Bí thư Tỉnh ủy, cho biết tỉnh thu hút 5,4 tỷ USD vốn FDI.\n\nHội nghị do ông Nguyễn Anh Tuấn chủ trì.",
                "2024-12-26", "Bắc Ninh").get(0);
        assertThat(m.date()).hasToString("2024-12-26");
        assertThat(m.kind()).isEqualTo("hội nghị");
        assertThat(m.organizer()).isEqualTo("Ban Chấp hành Đảng bộ tỉnh Bắc Ninh");
        assertThat(m.session()).isEqualTo(24);
        assertThat(m.chairs()).containsExactly("Nguyễn Anh Tuấn");
        // without a day of its own the setting speaks of a meeting named before: no meeting here
        assertThat(meetings("Tại hội nghị, ông Nguyễn Anh Tuấn, Bí thư Tỉnh ủy, cho biết tỉnh đạt kết quả tốt.",
                "2024-12-26", "Bắc Ninh")).isEmpty();
    }

    @Test
    void countsTheMembersOfAVisitingDelegationAsPresent() {
        // long14 (Báo Lào Cai 2024): "Tham gia đoàn kiểm tra có đồng chí ..." names one more of the delegation
        Meeting m = meetings("Chiều 14/3, Đoàn kiểm tra số 12 của Bộ Chính trị đã làm việc với Ban Thường vụ Tỉnh ủy Lào Cai."
                + "\n\nTham gia đoàn kiểm tra có đồng chí Lê Hải Bình, Phó Trưởng Ban Tuyên giáo Trung ương.",
                "2024-03-14", "Lào Cai").get(0);
        assertThat(m.participants()).contains("Lê Hải Bình");
    }

    @Test
    void takesWhoLeadsASittingAsItsChair() {
        Meeting m = meetings("TTO - Chiều 8-4, tại kỳ họp thứ 11, Quốc hội khóa XIV đã biểu quyết thông qua nghị quyết phê "
                + "chuẩn.\n\nChủ tịch Quốc hội Vương Đình Huệ điều hành phiên họp.", "2021-04-08", null).get(0);
        assertThat(m.chairs()).containsExactly("Vương Đình Huệ");
    }

    @Test
    void countsWhoReportsToTheOnlyMeetingAsAParticipant() {
        Meeting m = meetings("VOV.VN - Chiều 5/5, Thủ tướng Chính phủ Phạm Minh Chính có buổi làm việc với Ban Thường vụ Tỉnh ủy "
                + "Điện Biên.\n\nBáo cáo của Bí thư Tỉnh ủy Điện Biên Trần Quốc Cường cho biết, năm 2023, tốc độ tăng "
                + "trưởng kinh tế (GRDP) của tỉnh đạt 7,42%.", "2024-05-06", "Điện Biên").get(0);
        assertThat(m.participants()).containsExactly("Phạm Minh Chính", "Trần Quốc Cường");
    }

    @Test
    void readsTermAndSessionOfAPlenum() {
        Meeting m = meetings("Sáng 15/3, Ban Chấp hành Đảng bộ tỉnh khóa XIX tổ chức Hội nghị lần thứ 20.",
                "2024-03-15", "Nghệ An").get(0);
        assertThat(m.term()).isEqualTo("XIX");
        assertThat(m.session()).isEqualTo(20);
        assertThat(m.organizer()).isEqualTo("Ban Chấp hành Đảng bộ tỉnh Nghệ An");
    }

    @Test
    void takesChairsBeforeChuTriAndEveryoneNamedAtTheMeetingAsParticipants() {
        Meeting m = meetings("Sáng 8/4, Tỉnh ủy Nam Định tổ chức hội nghị trực tuyến. Đồng chí Phạm Gia Túc, Bí thư "
                + "Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Phạm Đình Nghị, Chủ tịch UBND tỉnh.\n\n"
                + "Phát biểu kết luận hội nghị, đồng chí Phạm Gia Túc nhấn mạnh: đồng chí Trần Văn Nam cần chú ý.",
                "2024-04-08", "Nam Định").get(0);
        assertThat(m.kind()).isEqualTo("hội nghị trực tuyến");
        assertThat(m.chairs()).containsExactly("Phạm Gia Túc");
        assertThat(m.participants()).containsExactly("Phạm Gia Túc", "Phạm Đình Nghị");
    }

    @Test
    void countsTheClosingSpeakerOfTheOnlyMeetingAsAParticipant() {
        Meeting m = meetings("Sáng 5/11, UBND tỉnh Quảng Ninh tổ chức phiên họp thường kỳ tháng 10.\n\nPhát biểu kết "
                + "luận, Chủ tịch UBND tỉnh Phạm Đức Ấn yêu cầu các sở tập trung.", "2025-11-05", "Quảng Ninh").get(0);
        assertThat(m.kind()).isEqualTo("phiên họp");
        assertThat(m.participants()).containsExactly("Phạm Đức Ấn");
    }

    @Test
    void makesTheVisitorOfAWorkingSessionItsChair() {
        // 001_33591164b049cd22.txt
        Meeting m = meetings("Ngày 26/6, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lương Cường có buổi làm việc "
                + "với Ban Chấp hành (BCH) Đảng bộ tỉnh Bắc Giang.\n\nTại buổi làm việc, bà Lê Thị Thu Hồng, Phó Bí "
                + "thư Thường trực Tỉnh ủy Bắc Giang đã báo cáo.", "2024-06", "Bắc Giang").get(0);
        assertThat(m.organizer()).isEqualTo("Ban Chấp hành Đảng bộ tỉnh Bắc Giang");
        assertThat(m.chairs()).containsExactly("Lương Cường");
        assertThat(m.participants()).containsExactly("Lương Cường", "Lê Thị Thu Hồng");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Tối 25/1, tại Quảng trường 19/8 diễn ra Chương trình nghệ thuật chào mừng thành công Đại hội Đảng.",
        "Ngày 2/9, Tỉnh ủy tổ chức Lễ kỷ niệm 80 năm Quốc khánh.",
        "Lãnh đạo, chỉ đạo và tổ chức Đại hội Hội Liên hiệp Thanh niên Việt Nam các cấp theo kế hoạch.",
        "Tỉnh đã hoàn thành các mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025.",
        "Hội nghị nhằm sơ kết Nghị quyết số 23-NQ/TU ngày 16/12/2021, cho ý kiến giữa kỳ họp lần thứ 14 và 15.",
        "Ngày 5/3, Ban Thường trực Ủy ban MTTQ tỉnh tổng hợp ý kiến tiếp xúc cử tri gửi Quốc hội.",
        "Qua tiếp xúc cử tri, Đoàn ĐBQH tỉnh đã tiếp nhận 45 ý kiến, kiến nghị.",
        "Ngày 2/2, Quân khu 4 tổ chức lễ trao Huy hiệu Đảng cho 14 đảng viên lão thành. Cùng dự có Thiếu tướng Trần Đức Toàn.",
        "Ban Thường vụ Tỉnh ủy Lào Cai chuẩn bị tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20.",
        "Huyện ủy Bảo Thắng phấn đấu tổ chức thành công Đại hội Đảng bộ huyện lần thứ XXIV."})
    void findsNoMeetingInCeremoniesPlansOrMentions(String text) {
        assertThat(meetings(text, "2024-06-01", "Lào Cai")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Chiều 14/2, tại trụ sở Bộ Giao thông vận tải, Bộ trưởng Nguyễn Văn Thắng đã trao Quyết định của Thủ tướng "
            + "Chính phủ bổ nhiệm ông Nguyễn Danh Huy, Chánh Văn phòng Bộ, giữ chức Thứ trưởng.",
        "Sáng 13/1, đồng chí Lê Hồng Vinh - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã trao các quyết định của UBND "
            + "tỉnh về công tác cán bộ."})
    void readsTheHandingOverOfAPersonnelDecisionAsACeremony(String text) {
        List<Meeting> found = meetings(text, "2024-12-31", null);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo("lễ công bố");
        assertThat(found.get(0).participants()).hasSize(1).doesNotContain("Nguyễn Danh Huy");
    }

    @Test
    void readsABodyAnnouncingAPersonnelDecisionAsACeremony() {
        // VnExpress on a new head of a ministry's department (bodies14 009): the page names no "lễ" or "hội nghị"
        List<Meeting> found = meetings("Chiều 14/1, Bộ Tài chính công bố quyết định của Bộ trưởng về công tác cán bộ. "
                + "Bộ trưởng Tài chính Nguyễn Văn Thắng chủ trì và trao quyết định.", "2026-01-14", null);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("lễ công bố");
            assertThat(m.date()).hasToString("2026-01-14");
            assertThat(m.participants()).containsExactly("Nguyễn Văn Thắng");
        });
        assertThat(meetings("Ngày 14/1, sau khi công bố quyết định, ông Nguyễn Văn Thọ phát biểu nhận nhiệm vụ.",
                "2026-01-14", null)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ngày 14/2, ông Nguyễn Danh Huy đã được trao quyết định bổ nhiệm giữ chức Thứ trưởng.",
        "Ngày 14/2, ông Nguyễn Đắc Tài cũng dự buổi trao quyết định."})
    void findsNoHandoverWhereTheVerbIsPassiveOrNamesTheCeremony(String text) {
        assertThat(meetings(text, "2024-12-31", null)).noneMatch(m -> m.participants().contains("Nguyễn Danh Huy"));
    }

    @Test
    void mergesARepeatedReportOfOneMeeting() {
        List<Meeting> found = meetings("Ngày 29/12, Tỉnh ủy Thái Nguyên tổ chức Hội nghị tổng kết năm 2023.\n\n"
                + "Ngày 29/12, Tỉnh ủy Thái Nguyên đã tổ chức Hội nghị tổng kết công tác năm 2023.", null, "Thái Nguyên");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date()).hasToString("2023-12-29");
    }

    @Test
    void readsAMeetingFromTheSentenceThatSaysWhoChairedIt() {
        Meeting m = meetings("Sáng nay (5/3), đồng chí Nguyễn Văn Thể, Bí thư Tỉnh ủy chủ trì hội nghị Ban Thường vụ "
                + "Tỉnh ủy để cho ý kiến về công tác cán bộ.", "2024-03-05", "Sóc Trăng").get(0);
        assertThat(m.date()).hasToString("2024-03-05");
        assertThat(m.kind()).isEqualTo("hội nghị");
        assertThat(m.chairs()).containsExactly("Nguyễn Văn Thể");
        assertThat(m.topic()).startsWith("cho ý kiến về công tác cán bộ");
    }

    @Test
    void mergesTwoReportsOfOneDayThatNameTheKindMoreOrLessPrecisely() {
        List<Meeting> found = meetings("Ngày 5/1, Tỉnh ủy Điện Biên tổ chức hội nghị tổng kết năm 2023.\n\nNgày 5/1, "
                + "đồng chí Trần Quốc Cường, Bí thư Tỉnh ủy chủ trì hội nghị.", "2024-01-05", "Điện Biên");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).kind()).isEqualTo("hội nghị tổng kết");
        assertThat(found.get(0).chairs()).containsExactly("Trần Quốc Cường");
    }

    @Test
    void datesASecondMeetingOfTheSameDay() {
        List<Meeting> found = meetings("Sáng 3/3, Tỉnh ủy Cà Mau tổ chức hội nghị trực tuyến.\n\nChiều cùng ngày, "
                + "Ban Thường vụ Tỉnh ủy tổ chức hội thảo khoa học.", "2024-03-03", "Cà Mau");
        assertThat(found).extracting(Meeting::kind).containsExactly("hội nghị trực tuyến", "hội thảo");
        assertThat(found).extracting(m -> m.date().toString()).containsOnly("2024-03-03");
    }

    @Test
    void readsSessionAndTermOfACouncilSittingNamedBeforeItsCouncil() {
        Meeting m = meetings("Sáng 10/12, Kỳ họp thứ 25 HĐND tỉnh khóa XVIII đã khai mạc.", "2024-12-10", "Phú Thọ")
                .get(0);
        assertThat(m.organizer()).isEqualTo("Hội đồng nhân dân tỉnh Phú Thọ");
        assertThat(m.session()).isEqualTo(25);
        assertThat(m.term()).isEqualTo("XVIII");
    }

    @Test
    void takesTheChairAfterDuoiSuChuTriCua() {
        Meeting m = meetings("Ngày 28-3-2024, Ban Thường vụ Thành ủy Hải Phòng họp phiên thường kỳ dưới sự chủ trì "
                + "của đồng chí Lê Tiến Châu, Bí thư Thành ủy.", "2024-03-28", "Hải Phòng").get(0);
        assertThat(m.chairs()).containsExactly("Lê Tiến Châu");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cùng dự có Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an.",
        "Về phía tỉnh Thanh Hóa có ông Trần Quốc Tỏ, Phó Chủ tịch UBND tỉnh.",
        "Cùng đi có Thứ trưởng Trần Quốc Tỏ.",
        "Trung tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an cũng đến dự và phát biểu.",
        "Dự và chỉ đạo Đại hội có đồng chí Trần Quốc Tỏ, Ủy viên Trung ương Đảng.",
        "Đi cùng Chủ tịch nước có đồng chí Trần Quốc Tỏ, Chủ nhiệm Văn phòng Chủ tịch nước.",
        "Thẩm tra dự thảo, chủ nhiệm Ủy ban Pháp luật Trần Quốc Tỏ cho biết cơ quan thẩm tra cơ bản thống nhất.",
        "Cho ý kiến, phó chủ tịch Quốc hội Trần Quốc Tỏ đề nghị làm rõ đối tượng được hưởng.",
        "Phía Bộ Giao thông vận tải có Thứ trưởng Trần Quốc Tỏ.",
        "Đón và làm việc với đoàn có đồng chí Trần Quốc Tỏ, Phó Bí thư Tỉnh ủy.",
        "Làm việc với đoàn có các đồng chí: Trần Quốc Tỏ, Phó Bí thư Tỉnh ủy.",
        "Cùng làm việc với Phó Thủ tướng có Thứ trưởng Bộ Công Thương Trần Quốc Tỏ."})
    void countsPeopleIntroducedAsPresentAtTheOnlyMeeting(String sentence) {
        Meeting m = meetings("Chiều 5/9, Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức hội nghị sơ kết.\n\n" + sentence,
                "2024-09-05", "Thanh Hóa").get(0);
        assertThat(m.participants()).containsExactly("Trần Quốc Tỏ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ông Trần Tuệ Hiền, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Phước, thừa nhận một số chỉ tiêu khó đạt.",
        "Bà Trần Tuệ Hiền, Phó bí thư thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, đề nghị các cấp ủy siết chặt kỷ cương.",
        "Bà Trần Tuệ Hiền - phó bí thư thường trực Tỉnh ủy, trưởng Đoàn đại biểu Quốc hội tỉnh - cho biết tỉnh đã rà "
            + "soát quy hoạch cán bộ."})
    void countsAnOfficialWhoSpeaksUnderHisTitlesInALaterParagraphOfTheOnlyMeeting(String sentence) {
        // gen21s probe (Thanh Niên 2023, Tuổi Trẻ 2023): the chain after the name, past the paragraphs of figures
        Meeting m = meetings("Ngày 3.7, Tỉnh ủy Bình Phước tổ chức hội nghị sơ kết giữa nhiệm kỳ. Ông Nguyễn Mạnh Cường, "
                + "Bí thư Tỉnh ủy, chủ trì hội nghị.\n\nNăm 2022, kim ngạch xuất khẩu đạt 3,86 tỉ USD.\n\nQuang cảnh hội "
                + "nghị\n\nHai năm tới, tỉnh phấn đấu tăng trưởng 8%.\n\n" + sentence, "2023-07-03", "Bình Phước").get(0);
        assertThat(m.participants()).containsExactly("Nguyễn Mạnh Cường", "Trần Tuệ Hiền");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ông Trần Tuệ Hiền cho biết dự án sẽ khởi công trong tháng 10.",
        "Trao đổi với phóng viên, ông Trần Tuệ Hiền, Chủ tịch UBND tỉnh, cho biết dự án sẽ khởi công.",
        "Ông Trần Tuệ Hiền, nông dân xã Tân Hòa, cho biết năm nay được mùa.",
        // merge17 005: a paragraph of another scene goes on with it
        "Ngay trong buổi sáng, Trung tâm phục vụ hành chính công tiếp nhận 127 hồ sơ. Chủ tịch UBND phường Trần Tuệ "
            + "Hiền cho biết phường bố trí 12 quầy tiếp nhận."})
    void countsNoUntitledOrElsewhereSpeakerInALaterParagraph(String sentence) {
        Meeting m = meetings("Ngày 3.7, Tỉnh ủy Bình Phước tổ chức hội nghị sơ kết giữa nhiệm kỳ.\n\nNăm 2022, kim "
                + "ngạch xuất khẩu đạt 3,86 tỉ USD.\n\n" + sentence, "2023-07-03", "Bình Phước").get(0);
        assertThat(m.participants()).isEmpty();
    }

    @Test
    void leavesPeopleUnassignedWhenTheStoryReportsSeveralMeetings() {
        List<Meeting> found = meetings("Sáng 3/3, Tỉnh ủy Cà Mau tổ chức hội nghị trực tuyến.\n\nChiều 4/3, "
                + "Ban Thường vụ Tỉnh ủy tổ chức hội thảo khoa học.\n\nCùng dự có ông Trần Quốc Tỏ.", "2024-03-04",
                "Cà Mau");
        assertThat(found).hasSize(2).allSatisfy(m -> assertThat(m.participants()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ông Trần Quốc Tỏ, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, đã tiếp đoàn công tác của tỉnh bạn.",
        "Ông Trần Quốc Tỏ cho biết dự án sẽ khởi công trong tháng 10.",
        "Ông Trần Quốc Tỏ cho biết phía doanh nghiệp cam kết khởi công tuyến vành đai phía Nam trong tháng 10."})
    void doesNotTakeWordsThatOnlyBeginWithDuForPresence(String sentence) {
        Meeting m = meetings("Chiều 5/9, Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức hội nghị sơ kết.\n\n" + sentence,
                "2024-09-05", "Thanh Hóa").get(0);
        assertThat(m.participants()).isEmpty();
    }

    @Test
    void readsTheTermOfACongressFromItsYearsWhenItHasNoKhoa() {
        List<Meeting> found = meetings("Sáng 12/10, tại thành phố Đông Hà, Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ "
                + "XVI, nhiệm kỳ 2015 - 2020 đã khai mạc.", "2015-10-12", "Quảng Trị");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("đại hội");
            assertThat(m.term()).isEqualTo("2015-2020");
            assertThat(m.session()).isEqualTo(16);
        });
    }

    @Test
    void datesAMeetingHeldYesterdayFromThePublicationDay() {
        // f05-style VnExpress lede: the event is the day before the page's date
        List<Meeting> found = meetings("Chiều hôm qua, Ban Chấp hành Đảng bộ thành phố Đà Nẵng tổ chức hội nghị sơ kết "
                + "công tác 6 tháng đầu năm 2025.", "2025-07-12", "Đà Nẵng");
        assertThat(found).singleElement().satisfies(m -> assertThat(m.date()).hasToString("2025-07-11"));
    }

    @Test
    void takesNoChairFromAnOpeningSpeech() {
        List<Meeting> found = meetings("Sáng 8/4, Ban Chấp hành Đảng bộ tỉnh Nghệ An tổ chức Hội nghị lần thứ 20. Đồng chí "
                + "Thái Thanh Quý, Bí thư Tỉnh ủy phát biểu khai mạc hội nghị.", "2024-04-08", "Nghệ An");
        assertThat(found).singleElement().satisfies(m -> assertThat(m.chairs()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Bế mạc kỳ họp", "Khai mạc kỳ họp"})
    void countsWhoSpeaksAtTheOpeningOrTheClosingAsAParticipant(String opening) {
        // gen23c 011 (Hànộimới 2016): "Bế mạc kỳ họp, Chủ tịch HĐND thành phố A nhấn mạnh" puts A at the session
        List<Meeting> found = meetings("Chiều 30-6, kỳ họp thứ nhất HĐND thành phố Hà Nội khóa XV bế mạc sau hai ngày làm "
                + "việc. Ủy viên Bộ Chính trị, Bí thư Thành ủy Hoàng Trung Hải dự.\n\n" + opening + ", Chủ tịch HĐND thành "
                + "phố Nguyễn Thị Bích Ngọc nhấn mạnh, năm 2016 thành phố phấn đấu tăng trưởng 8,5%.", "2016-06-30", "Hà Nội");
        assertThat(found).singleElement().satisfies(
                m -> assertThat(m.participants()).containsExactly("Hoàng Trung Hải", "Nguyễn Thị Bích Ngọc"));
    }

    @Test
    void countsTheHostsOfAWorkingVisitAsParticipants() {
        // g16 (baochinhphu.vn style): "Tiếp và làm việc với đoàn có ..." names the province's side
        List<Meeting> found = meetings("Chiều thứ Hai (15/1), Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng đã làm việc "
                + "với lãnh đạo tỉnh Vĩnh Phúc. Tiếp và làm việc với đoàn có ông Hoàng Văn Nghiệm, Phó Bí thư Tỉnh ủy, "
                + "Chủ tịch UBND tỉnh Vĩnh Phúc.", "2018-01-15", "Vĩnh Phúc");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.date()).hasToString("2018-01-15");
            assertThat(m.chairs()).containsExactly("Nguyễn Chí Dũng");
            assertThat(m.participants()).containsExactly("Nguyễn Chí Dũng", "Hoàng Văn Nghiệm");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # t04 (vnexpress 2015): the person relieved of a post by the sitting
        Sáng 3/12, tại kỳ họp thứ 15, HĐND TP Hà Nội khóa XIV đã miễn nhiệm chức Chủ tịch UBND thành phố đối với ông Nguyễn Thế Thảo, Ủy viên Trung ương Đảng. | Ngô Thị Doãn Thanh
        # t10 (baobinhphuoc 2013): the person a decision read out confirms in a post
        Tại hội nghị, đồng chí Ngô Thị Doãn Thanh, Phó Bí thư Thường trực Tỉnh ủy đã công bố Quyết định của Ban Bí thư Trung ương Đảng chuẩn y đồng chí Nguyễn Văn Trăm, Chủ tịch UBND tỉnh, giữ chức Phó Bí thư Tỉnh ủy. | Ngô Thị Doãn Thanh
        # t01 (nhandan 2024): the person the Politburo lets leave a post
        Cũng tại hội nghị, Bộ Chính trị đồng ý để đồng chí Đinh Tiến Dũng, Ủy viên Bộ Chính trị, thôi giữ chức Bí thư Thành ủy Hà Nội. Đồng chí Ngô Thị Doãn Thanh phát biểu tại hội nghị. | Ngô Thị Doãn Thanh
        Tại hội nghị, đồng chí Ngô Thị Doãn Thanh công bố quyết định bổ nhiệm ông Trần Văn Hòa giữ chức Giám đốc Sở Tài chính. | Ngô Thị Doãn Thanh
        # t09 (tuoitre 2021): the proposal voted on is the Prime Minister's; the sentence does not place him there
        Tại kỳ họp, Quốc hội đã biểu quyết thông qua nghị quyết phê chuẩn đề nghị của Thủ tướng Phạm Minh Chính về việc bổ nhiệm phó thủ tướng. Bà Ngô Thị Doãn Thanh dự kỳ họp. | Ngô Thị Doãn Thanh
        Hội nghị đã xem xét, thi hành kỷ luật đối với ông Trần Văn Hòa; đồng chí Ngô Thị Doãn Thanh phát biểu kết luận hội nghị. | Ngô Thị Doãn Thanh
        Tại kỳ họp, HĐND thành phố đã miễn nhiệm đối với các ông Trần Văn Hòa, Lê Văn Cường và bà Phạm Thị Mai; bà Ngô Thị Doãn Thanh phát biểu. | Ngô Thị Doãn Thanh
        Sau khi công bố quyết định bổ nhiệm, bà Ngô Thị Doãn Thanh phát biểu tại kỳ họp. | Ngô Thị Doãn Thanh
        # posts6 (baodanang 2010, baohagiang 2024): who is elected at the session is what it decides
        Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ; các đồng chí Lê Văn Trung và Phan Thị Tuyết Nhung được bầu làm Phó Bí thư Quận ủy. | Ngô Thị Doãn Thanh
        Tại hội nghị lần thứ nhất, Ủy ban đã hiệp thương cử bà Vương Ngọc Hà tái cử chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. | Ngô Thị Doãn Thanh
        # posts10 probe (baobinhdinh 2021, dangcongsan 2011, baoquangtri 2020, baokontum 2010): who is assigned, let retire,
        # relieved past the commas of the post, or thanked
        Bà Ngô Thị Doãn Thanh, Chủ tịch UBND tỉnh, trao quyết định giao ông Lê Quang Hùng, Phó Giám đốc Sở Y tế, làm Quyền Giám đốc Sở Y tế tại hội nghị. | Ngô Thị Doãn Thanh
        Cũng tại hội nghị, Bộ Chính trị đã quyết định cho đồng chí Nguyễn Đức Thành được nghỉ hưu. Đồng chí Ngô Thị Doãn Thanh phát biểu tại hội nghị. | Ngô Thị Doãn Thanh
        Tại kỳ họp, HĐND tỉnh đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh khóa VII, nhiệm kỳ 2016 - 2021 đối với ông Nguyễn Đức Chính; bà Ngô Thị Doãn Thanh phát biểu. | Ngô Thị Doãn Thanh
        Phát biểu tại hội nghị, bà Ngô Thị Doãn Thanh ghi nhận những đóng góp của ông Hoàng Đức Lợi trong hơn 40 năm công tác. | Ngô Thị Doãn Thanh
        # central12 probe (tuoitre 2016): whom an inspection's findings are about, listed after a body
        Tại kỳ họp, Ủy ban đã xem xét kết quả kiểm tra dấu hiệu vi phạm đối với Ban cán sự đảng Bộ Công thương và ông Vũ Huy Hoàng, nguyên Bộ trưởng. Bà Ngô Thị Doãn Thanh phát biểu. | Ngô Thị Doãn Thanh
        # disc16 probe (nhandan 2021): whom a conclusion is about; the speaker of a concluding speech stays
        Cũng tại kỳ họp, Ủy ban Kiểm tra Trung ương kết luận: đồng chí Trần Văn Hòa, Giám đốc Sở Y tế, đã vi phạm quy định của Đảng. Bà Ngô Thị Doãn Thanh phát biểu. | Ngô Thị Doãn Thanh
        # who answers the press speaks to a reporter, not at the meeting
        Bà Ngô Thị Doãn Thanh phát biểu. Trả lời phỏng vấn phóng viên, ông Trần Văn Hòa cho biết thành phố đã hoàn thành kế hoạch. | Ngô Thị Doãn Thanh
        # gen24b 002, 006, 009 (vietnamplus 2022, baothanhhoa 2023, baochinhphu 2018): whose directive or request is
        # recalled is quoted from elsewhere, not shown there
        Phát biểu chỉ đạo, bà Ngô Thị Doãn Thanh nhắc lại yêu cầu của Thủ tướng Phạm Minh Chính tại Hội nghị trực tuyến toàn quốc hồi tháng 7. | Ngô Thị Doãn Thanh
        Kết luận hội nghị, bà Ngô Thị Doãn Thanh đề nghị thực hiện ý kiến chỉ đạo của Bí thư Tỉnh ủy Đỗ Trọng Hưng tại hội nghị hồi tháng 7. | Ngô Thị Doãn Thanh
        Phát biểu, bà Ngô Thị Doãn Thanh đề nghị quán triệt lời dạy của Chủ tịch Hồ Chí Minh và lời căn dặn của Tổng Bí thư Nguyễn Phú Trọng. | Ngô Thị Doãn Thanh
        # gen24b 001 (baonghean 2019): who is to answer at a later sitting is not there yet
        Chiều mai, kỳ họp sẽ dành thời gian cho phiên chất vấn; dự kiến đồng chí Hoàng Nghĩa Hiếu, Giám đốc Sở Nông nghiệp và Phát triển nông thôn sẽ trả lời chất vấn. | Ngô Thị Doãn Thanh
        Theo chương trình, ông Hoàng Nghĩa Hiếu, Giám đốc Sở Xây dựng sẽ trả lời chất vấn vào ngày mai. | Ngô Thị Doãn Thanh
        """)
    void doesNotCountThePersonADecisionIsAboutAsPresent(String sentence, String present) {
        Meeting m = meetings("Sáng 3/12, HĐND thành phố Hà Nội khai mạc kỳ họp thứ 15. Bà Ngô Thị Doãn Thanh chủ trì kỳ họp.\n\n"
                + sentence, "2015-12-03", "Hà Nội").get(0);
        assertThat(m.participants()).containsExactly(present);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // t06 (vov 2024)
        "Chủ tịch UBND tỉnh Lê Thành Đô kiến nghị Chính phủ sớm đầu tư tuyến cao tốc Sơn La - Điện Biên.",
        // t09 (tuoitre 2021)
        "Tân bộ trưởng Bộ Tài chính Lê Thành Đô tuyên thệ trước Quốc hội.",
        // posts6 (baovinhlong 2012, tuoitre 2026, baoangiang 2025): a ceremony's speeches and handing over
        "Phát biểu nhận nhiệm vụ, tân Bí thư Thị ủy Lê Thành Đô hứa sẽ cùng tập thể đoàn kết.",
        "Phát biểu chúc mừng, bà Lê Thành Đô, Bí thư Thành Đoàn, bày tỏ niềm tin.",
        "Đồng chí Lê Thành Đô, Trưởng Ban Tổ chức Tỉnh ủy trao các quyết định.",
        // figs13 (baolamdong 2025): the speech that opens a congress is given at it
        "Đồng chí Lê Thành Đô, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy phát biểu khai mạc.",
        // merge8 (nhandan 2025, baochinhphu 2026): who speaks for a body, takes up a post or leads the debate
        "Thay mặt Ban Chấp hành Đảng bộ tỉnh, đồng chí Lê Thành Đô cảm ơn sự quan tâm của Trung ương.",
        "Nhận nhiệm vụ, Chủ tịch UBND tỉnh Lê Thành Đô cam kết đổi mới phương thức chỉ đạo.",
        "Đồng chí Lê Thành Đô, Phó Bí thư Thường trực Tỉnh ủy, điều hành phần thảo luận.",
        // force15 003, 004, hdnd16 011: who the meeting hears, who gives a paper, who answers there
        "Hội nghị được nghe Thượng tá Lê Thành Đô, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện chia sẻ kinh nghiệm.",
        "Đại diện lãnh đạo Công an các tỉnh đã phát biểu tham luận, trong đó có Thiếu tướng Lê Thành Đô, Giám đốc Công an tỉnh.",
        "Trả lời, ông Lê Thành Đô - giám đốc Sở NN&PTNT - cho biết toàn tỉnh đã hoàn thành dồn điền đổi thửa.",
        // gen23t 000 (baogialai 2017): who adds to the reports at the meeting
        "Đồng chí Lê Thành Đô - Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện thông tin thêm về kết quả giám sát."})
    void countsWhoAsksOrIsSwornInAtTheOnlyMeetingAsAParticipant(String sentence) {
        Meeting m = meetings("Chiều 5/5, Thủ tướng Chính phủ Phạm Minh Chính có buổi làm việc với Ban Thường vụ Tỉnh ủy "
                + "Điện Biên.\n\n" + sentence, "2024-05-06", "Điện Biên").get(0);
        assertThat(m.participants()).containsExactly("Phạm Minh Chính", "Lê Thành Đô");
    }

    /** Who reads out a decision at a ceremony is at it; whom the decision names, only if another cue says so. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # gen21c 008 (baonghean 2014)
        Dịp này, ông Lê Thành Đô, Phó Bí thư Thường trực Đảng ủy Khối đã công bố quyết định chỉ định ông Trần Quang Vinh tham gia Ban Chấp hành. | Phạm Minh Chính;Lê Thành Đô
        # bodies14 000 (cand 2020)
        Thừa ủy quyền của Bộ trưởng, Trung tướng Lê Thành Đô, Cục trưởng Cục Tổ chức cán bộ đã đọc quyết định bổ nhiệm Thiếu tướng Nguyễn Tuấn Anh. | Phạm Minh Chính;Lê Thành Đô
        # merge17 002 (nhandan 2025): the appointees listed after the decision
        Lãnh đạo Bộ Nội vụ công bố quyết định bổ nhiệm 8 Thứ trưởng, gồm các ông, bà: Trần Thanh Nam, Phùng Đức Tiến và Hoàng Trung. | Phạm Minh Chính
        # qh18 001 (vnexpress 2018): who reads out a count
        Trưởng ban kiểm phiếu Lê Thành Đô, Trưởng ban Dân nguyện, công bố kết quả. | Phạm Minh Chính;Lê Thành Đô
        # another cue of presence still counts the people after the reader's
        Ông Lê Thành Đô công bố các quyết định, ông Trần Thanh Nam dự và phát biểu. | Phạm Minh Chính;Lê Thành Đô;Trần Thanh Nam
        """)
    void countsWhoReadsADecisionAtTheOnlyMeetingAsAParticipant(String sentence, String present) {
        Meeting m = meetings("Chiều 5/5, Thủ tướng Chính phủ Phạm Minh Chính có buổi làm việc với Ban Thường vụ Tỉnh ủy "
                + "Điện Biên.\n\n" + sentence, "2024-05-06", "Điện Biên").get(0);
        assertThat(m.participants()).containsExactly(present.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # meet9 probe, p07 (baokontum 2018): a chairman receives a ministry's delegation
        Chiều 30-11, đồng chí Nguyễn Văn Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã tiếp đoàn công tác của Bộ Kế hoạch và Đầu tư do đồng chí Vũ Đại Thắng, Thứ trưởng Bộ Kế hoạch và Đầu tư làm trưởng đoàn. | 2018-11-30 | Ủy ban nhân dân tỉnh Kon Tum | Nguyễn Văn Hòa | Nguyễn Văn Hòa;Vũ Đại Thắng
        # meet9 probe, p04 (baolamdong 2011): a courtesy call of an ambassador, the day before the page's
        Hôm qua (29/11), đồng chí Huỳnh Đức Lợi, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lâm Đồng đã tiếp xã giao ngài Đại sứ Vương quốc Hà Lan tại Việt Nam. | 2018-11-29 | Tỉnh ủy Lâm Đồng | Huỳnh Đức Lợi | Huỳnh Đức Lợi
        Sáng 29-11, Chủ tịch UBND tỉnh Kon Tum Nguyễn Văn Hòa tiếp Đại sứ Lào tại Việt Nam. | 2018-11-29 | Ủy ban nhân dân tỉnh Kon Tum | Nguyễn Văn Hòa | Nguyễn Văn Hòa
        Ngày 29/11, Thường trực Tỉnh ủy tiếp xã giao đoàn đại biểu tỉnh Attapeu (Lào). | 2018-11-29 | Thường trực Tỉnh ủy Kon Tum | |
        Trước đó, sáng 29-11, Bí thư Tỉnh ủy Dương Văn Trang đã tiếp ông Nguyễn Văn Nam, Tổng Giám đốc Tập đoàn Cao su Việt Nam. | 2018-11-29 | Tỉnh ủy Kon Tum | Dương Văn Trang | Dương Văn Trang;Nguyễn Văn Nam
        """)
    void readsAReceptionItsHostsAndItsGuests(String sentence, String date, String organizer, String chairs,
            String participants) {
        readsAMeetingWithAVisitor(sentence, date, "buổi tiếp", organizer, chairs, participants);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Chiều 14/6, tại Hội trường Tỉnh ủy, đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy Quảng Trị đã hội đàm với đồng chí Lê Văn Hai, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Champasak (Lào). | 2018-06-14 | hội đàm | Tỉnh ủy Quảng Trị | Nguyễn Văn Hùng | Nguyễn Văn Hùng;Lê Văn Hai
        Ngày 14/6, Chủ tịch UBND tỉnh Nguyễn Văn Hùng hội kiến Đại sứ Cu Ba tại Việt Nam. | 2018-06-14 | hội kiến | Ủy ban nhân dân tỉnh Kon Tum | Nguyễn Văn Hùng | Nguyễn Văn Hùng
        # names10 probe, n04 (baodienbien 2023): who leads the guests' delegation is at the talks, by a Lao name
        Chiều 16/3, Tỉnh ủy Điện Biên tổ chức hội đàm với đoàn đại biểu cấp cao tỉnh Phông-sa-lỳ, nước Cộng hòa Dân chủ Nhân dân Lào do đồng chí Phút-xạ-vẳn Xay-nha-vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phông-sa-lỳ làm trưởng đoàn. | 2018-03-16 | hội đàm | Tỉnh ủy Điện Biên | | Phút-xạ-vẳn Xay-nha-vông
        """)
    void readsTalksAndACourtesyMeetingAsAReception(String sentence, String date, String kind, String organizer,
            String chairs, String participants) {
        readsAMeetingWithAVisitor(sentence, date, kind, organizer, chairs, participants);
    }

    @Test
    void countsWhoSpeaksNextInTheParagraphOfTheMeetingAsAParticipant() {
        // names10 probe, n07 (TTH.VN 2015) and n01 (baodaklak 2021): the scene goes on until a sentence is said elsewhere
        Meeting m = meetings("Chiều 23/9, UBND huyện Phú Vang tổ chức hội nghị đối thoại với nông dân.\n\n"
                + "Tại hội nghị, ông Trần Văn Lợi, nông dân thôn Phước Linh, phản ánh việc cấp giấy chứng nhận còn chậm. "
                + "Chị Phan Thị Hoa, chủ một trang trại nuôi tôm ở xã Phú Xuân, đề nghị hỗ trợ vốn vay ưu đãi. "
                + "PGS.TS Trần Đình Thắng, giảng viên Trường Đại học Nông Lâm Huế, tư vấn cho bà con về chuyển đổi cây trồng. "
                + "Trò chuyện với phóng viên, anh Lê Văn Nam chia sẻ niềm vui. Còn chị Hồ Thị Lan mong được hỗ trợ.\n\n"
                + "Bà Võ Thị Mai cho biết vụ lúa năm nay được mùa.", "2015-09-24", "Thừa Thiên Huế").get(0);
        assertThat(m.participants()).containsExactly("Trần Văn Lợi", "Phan Thị Hoa", "Trần Đình Thắng");
    }

    @Test
    void datesAWorkingSessionWithABodyWithinAWorkingVisitByItsOwnDay() {
        // state13 probe, 009 (VOV 2012): the visit of three days frames the session, which is the meeting
        List<Meeting> found = meetings("Từ ngày 14 đến 16/6, Chủ tịch nước Trương Tấn Sang thăm và làm việc tại tỉnh Kon "
                + "Tum.\n\nChiều 15/6, Chủ tịch nước đã có buổi làm việc với Ban Thường vụ Tỉnh ủy Kon Tum.", "2012-06-16",
                "Kon Tum");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.date().toString()).isEqualTo("2012-06-15");
            assertThat(m.organizer()).isEqualTo("Ban Thường vụ Tỉnh ủy Kon Tum");
            assertThat(m.participants()).contains("Trương Tấn Sang");
        });
    }

    @Test
    void countsAnOfficialWhoSpeaksUnderALongTitleOrInTheNextParagraphAsAParticipant() {
        // state13 probe, 001 (Tuổi Trẻ 2021) and 005 (Thanh Niên 2022): titles of more than three words before the name
        Meeting m = meetings("Chiều 3.11, UBND TP.HCM tổ chức phiên họp thường kỳ tháng 10.\n\n"
                + "Báo cáo tại phiên họp, Phó chủ tịch UBND TP.HCM Võ Văn Hoan cho biết thu ngân sách tăng khá. "
                + "Tổng mức bán lẻ tăng 30% so với cùng kỳ. Tổng kiểm toán Nhà nước Trần Sỹ Thanh cũng đề nghị tăng "
                + "cường giám sát.\n\nGiám đốc Sở Kế hoạch và Đầu tư TP.HCM Lê Thị Huỳnh Mai cho biết giải ngân còn chậm."
                + "\n\nBà Võ Thị Mai cho biết vụ lúa năm nay được mùa.", "2022-11-03", "Hồ Chí Minh").get(0);
        assertThat(m.participants()).containsExactly("Võ Văn Hoan", "Trần Sỹ Thanh", "Lê Thị Huỳnh Mai");
    }

    @Test
    void countsAnOfficialWhoseTitleACommaSetsOffBeforeTheHonorificAsAParticipant() {
        // gen21n (Hà Giang 2019, by hand): "Phó Chủ tịch UBND tỉnh, bà A cho biết" reports at the meeting as "Phó Chủ tịch
        // UBND tỉnh A cho biết" does; a clause before the comma is no title
        Meeting m = meetings("Ngày 16/7, Tỉnh ủy Hà Giang tổ chức hội nghị sơ kết 6 tháng đầu năm 2019. Đồng chí Thào Hồng "
                + "Sơn, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.\n\nPhó Chủ tịch UBND tỉnh, bà Hà Thị Minh Hạnh cho "
                + "biết thu ngân sách đạt khá.\n\nTrò chuyện với phóng viên, bà Võ Thị Mai cho biết vụ lúa được mùa.",
                "2019-07-17", "Hà Giang").get(0);
        assertThat(m.participants()).containsExactly("Thào Hồng Sơn", "Hà Thị Minh Hạnh");
    }

    @Test
    void takesNoOneSpeakingWithoutATitleInTheNextParagraphAsAParticipant() {
        Meeting m = meetings("Chiều 23/9, UBND huyện Phú Vang tổ chức hội nghị đối thoại với nông dân.\n\n"
                + "Tại hội nghị, ông Trần Văn Lợi phản ánh việc cấp giấy chứng nhận còn chậm.\n\n"
                + "Bà Võ Thị Mai cho biết vụ lúa năm nay được mùa.", "2015-09-24", "Thừa Thiên Huế").get(0);
        assertThat(m.participants()).containsExactly("Trần Văn Lợi");
    }

    @Test
    void takesNoOneTheNextSpeakerSpeaksOfOrToAsAParticipant() {
        Meeting m = meetings("Chiều 23/9, UBND huyện Phú Vang tổ chức hội nghị đối thoại với nông dân.\n\n"
                + "Tại hội nghị, ông Trần Văn Lợi phản ánh việc cấp giấy chứng nhận còn chậm. Ông Lê Văn Hòa, Chủ tịch UBND "
                + "huyện, đề nghị ông Nguyễn Văn Tâm, Trưởng phòng Tài nguyên và Môi trường, sớm giải quyết.",
                "2015-09-24", "Thừa Thiên Huế").get(0);
        assertThat(m.participants()).containsExactly("Trần Văn Lợi", "Lê Văn Hòa");
    }

    @Test
    void readsWhoATitleAloneNamesAgainAsTheOnePersonTheStoryGaveIt() {
        Meeting m = meetings("Chiều 8/9, Phó Thủ tướng Trần Hồng Hà đã đi kiểm tra công tác khắc phục hậu quả bão số 3 tại "
                + "thành phố Hạ Long. Cùng đi có ông Cao Tường Huy, Quyền Chủ tịch UBND tỉnh.\n\nSau khi đi kiểm tra, Phó "
                + "Thủ tướng đã làm việc với lãnh đạo tỉnh Quảng Ninh. Tại buổi làm việc, Bí thư Tỉnh ủy Vũ Đại Thắng báo "
                + "cáo nhanh tình hình thiệt hại.", "2024-09-09", "Quảng Ninh").get(0);
        assertThat(m.kind()).isEqualTo("buổi làm việc");
        assertThat(m.chairs()).containsExactly("Trần Hồng Hà");
        assertThat(m.participants()).contains("Trần Hồng Hà", "Vũ Đại Thắng");
    }

    @Test
    void readsTheListAfterATitleAloneAndItsColon() {
        // meet9 probe, p08 (baohatinh 2016): the title names her, and the colon opens a list, not her speech
        Meeting m = meetings("Chiều nay (22/8), Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã có buổi làm việc với Ban Thường vụ "
                + "Tỉnh ủy Hà Tĩnh.\n\nCùng đi với Chủ tịch Quốc hội có các đồng chí: Phùng Quốc Hiển, Ủy viên Trung ương "
                + "Đảng, Phó Chủ tịch Quốc hội; Phan Xuân Dũng, Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc "
                + "hội.", "2016-08-22", "Hà Tĩnh").get(0);
        assertThat(m.participants()).containsExactly("Nguyễn Thị Kim Ngân", "Phùng Quốc Hiển", "Phan Xuân Dũng");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // two people had the title: it names neither
        "Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh và ông Trần Văn Nam, Phó Chủ tịch UBND tỉnh đi kiểm tra đê. Sáng 9/9, "
                + "UBND tỉnh tổ chức hội nghị. Phó Chủ tịch UBND tỉnh chủ trì hội nghị.",
        // a title left, and a title that is part of a body's name, name no one
        "Ông Lê Văn Hòa, Bí thư Tỉnh ủy, đi kiểm tra. Sáng 9/9, Tỉnh ủy tổ chức hội nghị. Nguyên Bí thư Tỉnh ủy dự hội nghị.",
        "Ông Lê Văn Hòa, Bí thư Tỉnh ủy, đi kiểm tra. Sáng 9/9, Tỉnh ủy tổ chức hội nghị quán triệt kết luận của Ban Bí thư "
                + "để các Bí thư Tỉnh ủy dự hội nghị."})
    void readsNoOneFromATitleThatNamesNoOneInParticular(String text) {
        Meeting m = meetings(text, "2024-09-09", "Quảng Ninh").get(0);
        assertThat(m.chairs()).isEmpty();
        assertThat(m.participants()).doesNotContain("Lê Văn Hòa", "Trần Văn Nam");
    }

    @Test
    void takesNoTalksFromASentenceThatOnlyNamesThem() {
        Meeting m = meetings("Chiều 14/6, đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy Quảng Trị đã hội đàm với đồng chí Lê Văn "
                + "Hai.\n\nTại buổi hội đàm, hai bên đã thông báo tình hình của mỗi tỉnh.", "2018-06-15", "Quảng Trị")
                .get(0);
        assertThat(m.kind()).isEqualTo("hội đàm");
        assertThat(m.participants()).containsExactly("Nguyễn Văn Hùng", "Lê Văn Hai");
    }

    private static void readsAMeetingWithAVisitor(String sentence, String date, String kind, String organizer,
            String chairs, String participants) {
        List<Meeting> found = meetings(sentence, "2018-11-30", "Kon Tum");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.date()).hasToString(date);
            assertThat(m.kind()).isEqualTo(kind);
            assertThat(m.organizer()).isEqualTo(organizer);
            assertThat(m.chairs()).containsExactly(chairs == null ? new String[0] : chairs.split(";"));
            assertThat(m.participants()).containsExactly(participants == null ? new String[0] : participants.split(";"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ngày 29/11, Ban Thường vụ Tỉnh ủy tiếp tục chỉ đạo các địa phương khắc phục hậu quả bão.",
        "Ngày 29/11, UBND tỉnh tiếp nhận 5 tỷ đồng ủng hộ đồng bào bị thiệt hại do bão.",
        "Ngày 29/11, Đoàn ĐBQH tỉnh tiếp thu ý kiến của cử tri về giá phân bón.",
        "Chủ tịch UBND tỉnh Nguyễn Văn Hòa tiếp công dân định kỳ tháng 11.",
        "Ngày 29/11, ông Nguyễn Văn Hòa, Trưởng Ban Tiếp Công dân tỉnh cho biết đã nhận 45 đơn thư.",
        "Tại buổi tiếp Đại sứ, đồng chí Nguyễn Văn Hòa trao đổi về hợp tác giáo dục."})
    void findsNoReceptionInOtherWordsThatBeginWithTiep(String sentence) {
        assertThat(meetings(sentence, "2018-11-30", "Kon Tum")).isEmpty();
    }

    @Test
    void takesWhoElseReceivesAsAParticipantOfTheReception() {
        // meet9 probe, p04 (baolamdong 2011)
        Meeting m = meetings("Hôm qua (15/3), đồng chí Huỳnh Đức Lợi, Bí thư Tỉnh ủy Lâm Đồng đã tiếp xã giao Đại sứ "
                + "Vương quốc Hà Lan tại Việt Nam.\n\nCùng tiếp Đại sứ có đồng chí Đàm Văn Tuyên, Phó Chủ tịch UBND tỉnh.\n\n"
                + "Tại buổi tiếp, đồng chí Huỳnh Đức Lợi giới thiệu tiềm năng của tỉnh.", "2011-03-16", "Lâm Đồng").get(0);
        assertThat(m.date()).hasToString("2011-03-15");
        assertThat(m.chairs()).containsExactly("Huỳnh Đức Lợi");
        assertThat(m.participants()).containsExactly("Huỳnh Đức Lợi", "Đàm Văn Tuyên");
    }

    @Test
    void takesWhoReceivesTheDelegationAsAParticipantOfTheReception() {
        // foreign15 probe, 004 (Báo Quảng Ninh 2013): "Tiếp đoàn có ..." names the other hosts
        Meeting m = meetings("Sáng 22/8, đồng chí Phạm Minh Chính, Bí thư Tỉnh ủy Quảng Ninh đã tiếp ông Lưu Vĩnh Thanh, "
                + "Tổng Lãnh sự Trung Quốc tại Hải Phòng.\n\nTiếp đoàn có đồng chí Nguyễn Văn Đọc, Phó Bí thư Tỉnh ủy, Chủ "
                + "tịch UBND tỉnh.", "2013-08-23", "Quảng Ninh").get(0);
        assertThat(m.participants()).containsExactly("Phạm Minh Chính", "Lưu Vĩnh Thanh", "Nguyễn Văn Đọc");
    }

    @Test
    void datesTalksByTheirOwnDayNotByTheVisitTheyArePartOf() {
        // foreign15 probe, 009 (baoquocte 2023): the run of days is the state visit's
        Meeting m = meetings("Sáng 22/12, tại thủ đô Jakarta, Chủ tịch nước Võ Văn Thưởng đã hội đàm với Tổng thống nước "
                + "Cộng hòa Indonesia Joko Widodo, trong khuôn khổ chuyến thăm cấp Nhà nước tới Indonesia từ ngày 20 đến "
                + "22/12.", "2023-12-22", "Hà Nội").get(0);
        assertThat(m.date()).hasToString("2023-12-22");
        assertThat(m.participants()).containsExactly("Võ Văn Thưởng", "Joko Widodo");
    }

    @Test
    void takesAForeignGuestNamedAgainWithoutItsCountryAsTheSamePerson() {
        // foreign15 probe, 003 (VietnamPlus 2019): the full name read once after "Thủ tướng Lào" is known later
        List<Meeting> found = meetings("Chiều 9/1, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội kiến Thủ tướng Lào "
                + "Thongloun Sisoulith.\n\nChiều 10/1, Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Thongloun "
                + "Sisoulith.", "2019-01-10", "Hà Nội");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).participants()).containsExactly("Nguyễn Xuân Phúc", "Thongloun Sisoulith");
    }

    @Test
    void takesACongresssPresidiumAsItsChairs() {
        // meet9 probe, p01 (baophuyen 2020)
        Meeting m = meetings("Sáng nay 13/10, Đại hội đại biểu Đảng bộ tỉnh Phú Yên lần thứ XVII, nhiệm kỳ 2020 - 2025 đã "
                + "khai mạc.\n\nĐoàn Chủ tịch đại hội gồm các đồng chí: Phạm Đình Quân, Bí thư Tỉnh ủy; Trần Hữu Tín, Phó Bí "
                + "thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n\nDự đại hội có đồng chí Lê Văn Ba, Ủy viên Đoàn Chủ tịch Ủy ban Trung "
                + "ương MTTQ Việt Nam.", "2020-10-13", "Phú Yên").get(0);
        assertThat(m.date()).hasToString("2020-10-13");
        assertThat(m.session()).isEqualTo(17);
        assertThat(m.chairs()).containsExactly("Phạm Đình Quân", "Trần Hữu Tín");
        assertThat(m.participants()).containsExactly("Phạm Đình Quân", "Trần Hữu Tín", "Lê Văn Ba");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // meet9 probe, p08 (baohatinh 2016): tomorrow's voter meeting, announced
        "Sáng mai (23/8), Chủ tịch Quốc hội sẽ tiếp xúc cử tri huyện Can Lộc.",
        "Sáng 23/8, Chủ tịch Quốc hội tiếp xúc cử tri huyện Can Lộc.",
        // meet9 probe, p10 (baotuyenquang 2023)
        "Kỳ họp dự kiến bế mạc vào chiều 29/11.",
        "Ngày 20/8, Ban Chấp hành Đảng bộ tỉnh sẽ tổ chức Hội nghị lần thứ 16."})
    void takesNoMeetingAPageAnnouncesForLater(String sentence) {
        List<Meeting> found = meetings("Chiều nay (22/8), Chủ tịch Quốc hội Nguyễn Thị Kim Ngân có buổi làm việc với Ban "
                + "Thường vụ Tỉnh ủy Hà Tĩnh.\n\n" + sentence, "2016-08-22", "Hà Tĩnh");
        assertThat(found).extracting(m -> m.date().toString()).containsExactly("2016-08-22");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Từ ngày 10 đến 12/12, HĐND tỉnh Hưng Yên khóa XVI đã tổ chức Kỳ họp thứ Bảy.                   | 2018-12-10 | 7
        Trong 2 ngày 5 và 6/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ mười lăm.           | 2018-12-05 | 15
        Sáng 5/12, Kỳ họp thứ hai mươi mốt, HĐND tỉnh Hưng Yên khóa XVI đã khai mạc.                    | 2018-12-05 | 21
        """)
    void readsTheFirstDayOfARunAndAnOrdinalInWords(String sentence, String date, int session) {
        List<Meeting> found = meetings(sentence, "2018-12-12", "Hưng Yên");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.date()).hasToString(date);
            assertThat(m.session()).isEqualTo(session);
        });
        assertThat(found.get(0).organizer()).doesNotContain("thứ");
    }

    @Test
    void datesAMeetingOfTheLastDaysOfDecemberOnAJanuaryPageInTheYearBefore() {
        // meet9 probe, p06 (baoquangngai 2026): the plenum's title names the term of the plenum, not of the
        // Ban Thường vụ's meeting before it
        List<Meeting> found = MEETINGS.extract(Articles.context("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5, khóa XXI",
                "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5, khóa XXI\n\nChiều 31/12, Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi tổ chức Hội nghị lần thứ 5.\n\nTrước đó, ngày "
                + "29/12, Ban Thường vụ Tỉnh ủy đã họp cho ý kiến vào các dự thảo văn kiện.", "2026-01-02", "Quảng Ngãi"));
        assertThat(found).extracting(m -> m.date().toString()).containsExactly("2025-12-31", "2025-12-29");
        assertThat(found.get(1).session()).isNull();
    }

    @Test
    void takesTheBodyOfAMeetingFromAnUndatedSentenceThatNamesIt() {
        List<Meeting> found = meetings("Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XIX, nhiệm kỳ 2020 – 2025 diễn ra "
                + "trong 3 ngày. Sáng 14/10, phiên chính thức của đại hội đã khai mạc trọng thể.", "2020-10-14", "Thanh Hóa");
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.date()).hasToString("2020-10-14");
            assertThat(m.organizer()).isEqualTo("Đảng bộ tỉnh Thanh Hóa");
            assertThat(m.session()).isEqualTo(19);
        });
    }

    @Test
    void takesTheBodyAPassiveNamesAsTheOrganizer() {
        List<Meeting> found = meetings("Sáng 5/1, tại điểm cầu tỉnh Bình Phước, đồng chí Trần Tuyết Minh, Phó Chủ tịch "
                + "Thường trực UBND tỉnh chủ trì hội nghị trực tuyến toàn quốc triển khai nhiệm vụ công tác tư pháp năm 2024 "
                + "do Bộ Tư pháp tổ chức.", "2024-01-05", "Bình Phước");
        assertThat(found).singleElement().satisfies(m -> assertThat(m.organizer()).isEqualTo("Bộ Tư pháp"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Dự hội nghị có các đồng chí:   | -  | Lương Ngọc Bính;Nguyễn Hữu Hoài;Trần Công Thuật |
        Chủ trì hội nghị có các đồng chí: | +  | Lương Ngọc Bính;Nguyễn Hữu Hoài;Trần Công Thuật | Lương Ngọc Bính;Nguyễn Hữu Hoài
        Dự hội nghị có các đồng chí:   | •  | Lương Ngọc Bính;Nguyễn Hữu Hoài;Trần Công Thuật |
        Dự hội nghị có các đồng chí:   | '' | Lương Ngọc Bính;Nguyễn Hữu Hoài;Trần Công Thuật |
        Dự hội nghị có các đồng chí:   | 1. | Lương Ngọc Bính;Nguyễn Hữu Hoài;Trần Công Thuật |
        Chủ trì hội nghị có các đồng chí: | a) | Lương Ngọc Bính;Nguyễn Hữu Hoài;Trần Công Thuật | Lương Ngọc Bính;Nguyễn Hữu Hoài
        """)
    void readsAListOfPeopleSetOutOnePerLine(String opener, String marker, String participants, String chairs) {
        // a provincial portal's plenum (Quảng Bình, 2013 style); a numbered list counts on: "1." then "2."
        String next = marker.matches("[1a][.)]") ? (char) (marker.charAt(0) + 1) + marker.substring(1) : marker;
        Meeting m = meetings("Sáng 12/12, Ban Chấp hành Đảng bộ tỉnh Quảng Bình khóa XV tổ chức Hội nghị lần thứ 12.\n\n"
                + opener + "\n" + marker + " Lương Ngọc Bính, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy;\n" + next
                + " Nguyễn Hữu Hoài, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n\nHội nghị đã thảo luận nhiều nội dung quan "
                + "trọng.\n\nĐến dự hội nghị còn có đồng chí Trần Công Thuật, Phó Bí thư Tỉnh ủy.\n\nÔng Lê Văn Ba cho biết "
                + "tỉnh đã hoàn thành kế hoạch.", "2013-12-12", "Quảng Bình").get(0);
        assertThat(m.participants()).containsExactly(participants.split(";"));
        assertThat(m.chairs()).containsExactly(chairs == null ? new String[0] : chairs.split(";"));
    }
}
