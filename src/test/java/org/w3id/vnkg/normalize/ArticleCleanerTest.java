package org.w3id.vnkg.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.ingest.RawArticle;

class ArticleCleanerTest {
    private static final ArticleCleaner CLEANER = new ArticleCleaner();
    private static final String STORY = "Tỉnh ủy Lạng Sơn tổ chức hội nghị\n\n"
            + "Ngày 5/2, Tỉnh ủy Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2023.\n";

    private static Article clean(String text) {
        return CLEANER.clean(new RawArticle("t.txt", text, "txt"));
    }

    @Test
    void keepsOffsetsByBlankingInsteadOfCutting() {
        String raw = STORY + "\nCó thể bạn quan tâm\n\nBắc Giang khởi công dự án mới\n";
        Article a = clean(raw);
        assertThat(a.text()).hasSameSizeAs(raw).contains("tổng kết công tác").doesNotContain("khởi công");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Có thể bạn quan tâm
            Tin cùng chuyên mục
            ĐỌC NHIỀU
            Tin mới nhất:
            """)
    void cutsTeaserBlocksToTheEnd(String marker) {
        Article a = clean(STORY + "\n" + marker + "\n\nÔng Trần Văn Hải, Bí thư Huyện ủy, dự lễ khánh thành.\n");
        assertThat(a.text()).contains("tổng kết").doesNotContain("Trần Văn Hải");
    }

    @Test
    void cutsRelatedHeadlinesButKeepsTheStoryAfterThem() {
        String raw = "Tiêu đề của bài viết về hội nghị\n\nĐoạn đầu của bài viết về hội nghị.\n\nTin liên quan\n"
                + "Bắc Giang khởi công dự án đường vành đai mới\nLạng Sơn đón hơn một triệu lượt khách\n"
                + "Đoạn sau của bài viết, sau khối tin liên quan, vẫn thuộc bài chính.\n"
                + "Xem thêm: Thái Nguyên phấn đấu tăng trưởng 7,5% năm 2024\n";
        Article a = clean(raw);
        assertThat(a.text()).contains("Đoạn đầu", "Đoạn sau").doesNotContain("khởi công", "triệu lượt khách", "7,5%");
    }

    /**
     * m02/m10 of the merge8 probe: Chinhphu.vn lists "Xem thêm:" then ">>" lines, others "TIN LIÊN QUAN" then "- "; an
     * older provincial page a dot before each headline (gen21c 009, Báo Lâm Đồng 2013).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Xem thêm:     | >> Đắk Lắk: Bà H'Yim Kđoh được bầu làm Chủ tịch HĐND tỉnh
            TIN LIÊN QUAN | - Phó Thủ tướng Mai Văn Chiến thăm Kiên Lương
            Tin liên quan | • Phó Thủ tướng Mai Văn Chiến thăm Kiên Lương
            Đọc thêm      | » Phó Thủ tướng Mai Văn Chiến thăm Kiên Lương
            Các tin đã đưa: | . Phó Thủ tướng Mai Văn Chiến thăm Kiên Lương
            """)
    void cutsBulletedRelatedHeadlines(String marker, String headline) {
        String second = headline.replace("Kiên Lương", "Rạch Giá");
        Article a = clean(STORY + "\n" + marker + "\n" + headline + "\n" + second + "\n");
        assertThat(a.text()).contains("tổng kết").doesNotContain("Mai Văn Chiến", "H'Yim");
    }

    @Test
    void cutsHeadlinesUnderALinkMarkWithNoMarkerAbove() {
        // hdnd16 probe 006 (Tuổi Trẻ 2016): ">>" links close the story with no "Xem thêm" above them
        Article a = clean(STORY + "\nĐOÀN CƯỜNG\n\n>> Đà Nẵng công bố kết quả bầu cử đại biểu HĐND TP\n"
                + ">> Ông Trần Thọ được bầu làm chủ tịch HĐND TP Đà Nẵng khóa VIII\n» Bí thư Thành ủy thăm quận Hải Châu\n>>\n");
        assertThat(a.text()).contains("tổng kết").doesNotContain("Trần Thọ", "kết quả bầu cử", "Hải Châu");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Các tin khác
            Tin đã đưa
            Tin cùng chủ đề
            Tin bài liên quan:
            Các tin, bài đã đưa:
            Tin, bài liên quan
            Đọc tiếp
            Tin khác cùng chuyên mục
            Các tin, bài viết khác
            Các tin cũ hơn
            Bài viết khác:
            Các bài đã đăng:
            """)
    void cutsTheHeadlinesListedUnderOtherMarkersOfPortals(String marker) {
        // the lists of other stories under a provincial portal's article
        Article a = clean(STORY + "\n" + marker + "\n- Phó Chủ tịch UBND tỉnh Trần Văn Hải kiểm tra tiến độ dự án\n");
        assertThat(a.text()).contains("tổng kết").doesNotContain("Trần Văn Hải");
    }

    /** sites19 probe: each site composes its own heading of other stories, and writes the count of its comments after one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tin bài cùng chuyên mục
            Các tin liên quan
            Bài viết cùng chủ đề
            TIN TỨC KHÁC
            Tin mới
            Những tin đọc nhiều
            Có thể bạn muốn xem
            Bình luận (2)
            Ý kiến (12):
            """)
    void cutsTheHeadlinesUnderTheHeadingsSitesCompose(String marker) {
        Article a = clean(STORY + "\n" + marker + "\nÔng Trần Văn Hải được bầu làm Chủ tịch UBND tỉnh Bình Phước\n");
        assertThat(a.text()).contains("tổng kết").doesNotContain("Trần Văn Hải");
    }

    /** sites19 probe: a site's tags list names and titles of other stories; an author's label opens a byline. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Từ khóa: Chủ tịch UBND tỉnh Đắk Nông Trần Văn Hải, Đắk Lắk
            Tags: Phó Bí thư Tỉnh ủy Trần Văn Hải   Tỉnh ủy Lạng Sơn
            Tác giả: Trần Văn Hải
            """)
    void blanksTagsAndAnAuthorsLabel(String line) {
        Article a = clean(STORY + "\n" + line + "\n");
        assertThat(a.text()).contains("tổng kết").doesNotContain("Trần Văn Hải");
    }

    /** A line that opens with the words of such a heading and goes on is the story's: a subheading, a sentence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tin mới về đại hội Đảng bộ tỉnh
            Bài học kinh nghiệm từ cơ sở
            """)
    void keepsTheStoryAfterASubheadingThatOnlyOpensWithTheWordsOfAHeading(String subheading) {
        Article a = clean(STORY + "\n" + subheading + "\nÔng Trần Văn Hải được bầu làm Chủ tịch UBND tỉnh Bình Phước\n");
        assertThat(a.text()).contains(subheading, "Trần Văn Hải");
    }

    @Test
    void cutsRelatedHeadlinesWrittenAsListItems() {
        // a provincial paper's related list, its items opened by dashes (meet8 probe, m01)
        String raw = "Khai mạc Kỳ họp thứ tám HĐND tỉnh khóa XVI\n\nNgày 5-3-2019, HĐND tỉnh Thái Bình tổ chức Kỳ họp "
                + "thứ tám.\n\nTin liên quan\n- Thường trực HĐND tỉnh họp chuẩn bị nội dung kỳ họp chuyên đề (28/02/2019)\n"
                + "- Chủ tịch UBND tỉnh Nguyễn Văn Khiết tiếp công dân định kỳ tháng 2 (26/02/2019)\n";
        Article a = clean(raw);
        assertThat(a.text()).contains("Kỳ họp thứ tám").doesNotContain("Nguyễn Văn Khiết", "chuẩn bị nội dung");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hương Dịu
            Đình Anh- Văn Hương
            Hoàng Thảo Nguyên/TTXVN
            Bài, ảnh: Văn Hương
            Theo TTXVN
            Thu Hằng (TTXVN)
            """)
    void blanksBylineAtTheEnd(String byline) {
        Article a = clean(STORY + "\n" + byline + "\n");
        assertThat(a.text()).contains("tổng kết").doesNotContain(byline.strip());
    }

    @Test
    void keepsALastLineThatIsASentence() {
        Article a = clean(STORY + "\nHội nghị thống nhất thông qua nghị quyết.\n");
        assertThat(a.text()).contains("Hội nghị thống nhất thông qua nghị quyết.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Toàn cảnh hội nghị. (Ảnh: DUY ĐỨC)                   | DUY ĐỨC
            Các đại biểu dự hội nghị. Ảnh: Văn Hương              | Văn Hương
            Trao cờ thi đua. (Ảnh minh họa: Hoàng Thảo Nguyên)   | Hoàng Thảo Nguyên
            Trao cờ thi đua. (Ảnh minh hoạ: Hoàng Thảo Nguyên)   | Hoàng Thảo Nguyên
            Toàn cảnh hội nghị. (Nguồn: Cổng thông tin tỉnh)     | Cổng thông tin
            Toàn cảnh hội nghị. Video: Quang Minh                | Quang Minh
            Đại biểu dự hội nghị. Ảnh tư liệu: Quang Minh        | Quang Minh
            """)
    void blanksPhotoCredits(String caption, String photographer) {
        Article a = clean(STORY + caption + "\n" + "Hội nghị thống nhất thông qua nghị quyết.\n");
        assertThat(a.text()).doesNotContain(photographer);
    }

    /** gen25c 005: the caption of an archive photo shows another time; who it names was at no meeting of the story. */
    @Test
    void blanksTheWholeCaptionOfAnArchivePhoto() {
        String caption = "Đồng chí Giàng A Dế, Bí thư Đảng ủy xã (giữa) cùng các đại biểu bấm nút khai mạc mùa du lịch "
                + "năm 2014. Ảnh tư liệu: Thanh Chi";
        Article a = clean(STORY + caption + "\n" + "Hội nghị thống nhất thông qua nghị quyết.\n");
        assertThat(a.text()).doesNotContain("Giàng A Dế").doesNotContain("Thanh Chi")
                .contains("Hội nghị thống nhất thông qua nghị quyết.");
        Article b = clean(STORY + "Đồng chí Lò Văn A phát biểu. Ảnh: Thanh Chi\n");
        assertThat(b.text()).contains("Lò Văn A").doesNotContain("Thanh Chi");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            date 2024-06                              => 2024-06
            18:26, 28/07/2023                         => 2023-07-28
            08/04/2024                                => 2024-04-08
            Thứ Sáu, 15/03/2024, 10:20                => 2024-03-15
            Thứ Tư, 14-10-2020, 18:20                 => 2020-10-14
            Cập nhật lúc 10:15, Thứ Sáu, 15/01/2016   => 2016-01-15
            Ngày đăng: 19/08/2020                     => 2020-08-19
            04/04/2023 | 16:20                        => 2023-04-04
            Chủ nhật, ngày 05.01.2025 - 8 giờ 30      => 2025-01-05
            Hà Nội, 15/01/2016                        => 2016-01-15
            TP Hồ Chí Minh, ngày 5 tháng 8 năm 2023   => 2023-08-05
            """)
    void readsThePublicationDateFromTheDateLine(String line, String date) {
        Article a = clean("Tỉnh ủy Lạng Sơn tổ chức hội nghị\n" + line + "\n" + STORY);
        assertThat(a.published()).isEqualTo(PartialDate.parse(date));
        assertThat(a.text()).doesNotContain(line);
    }

    @Test
    void datesThePageByADateLineThatCarriesThePortalsTools() {
        // gen22m 007 (a party portal): the date line and the page's tools on one line of furniture
        Article a = clean("Tỉnh ủy Lạng Sơn tổ chức hội nghị\n16/10/2025 08:30    Lượt xem: 1245    In bài viết\n" + STORY);
        assertThat(a.published()).isEqualTo(PartialDate.parse("2025-10-16"));
        assertThat(a.text()).doesNotContain("In bài viết");
    }

    @Test
    void takesNoPlacedDateLineFromTheStory() {
        // the dateline of a document the story quotes, after the lead, does not date the page
        Article a = clean(STORY + "\nQuyết định có hiệu lực từ ngày ký.\n\nHà Nội, ngày 5 tháng 8 năm 2023\n");
        assertThat(a.published()).isNull();
    }

    @Test
    void datesThePageByAReportersTimedBylineUnderASapo() {
        // figs8 (baodautu 2023): headline, sapo, then "reporter - date time", then the story
        Article a = clean("Bắc Ninh thu hút gần 4,3 tỷ USD vốn FDI trong 9 tháng\n\nBắc Ninh tiếp tục là điểm sáng thu hút "
                + "đầu tư nước ngoài khi 9 tháng đầu năm 2023 thu hút được 4,29 tỷ USD vốn FDI.\n\nThanh Hương - 04/10/2023 "
                + "10:15\n\nTheo Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh, tỉnh đã cấp mới cho 291 dự án FDI.\n");
        assertThat(a.published()).isEqualTo(PartialDate.parse("2023-10-04"));
        assertThat(a.text()).doesNotContain("Thanh Hương");
    }

    @Test
    void takesNoDateLineFromTheFirstSentenceOfTheStory() {
        Article a = clean("Tỉnh ủy Lạng Sơn tổ chức hội nghị\nSáng 12/3/2024, Tỉnh ủy Lạng Sơn tổ chức hội nghị.\n");
        assertThat(a.published()).isNull();
        assertThat(a.text()).contains("Sáng 12/3/2024, Tỉnh ủy");
    }

    @Test
    void blanksASecondDateLineAboveTheStoryButDatesThePageByTheFirst() {
        Article a = clean("Tỉnh ủy Lạng Sơn tổ chức hội nghị\nNgày đăng: 05/02/2024\nCập nhật: 06/02/2024 08:00\n" + STORY);
        assertThat(a.published()).isEqualTo(PartialDate.parse("2024-02-05"));
        assertThat(a.text()).doesNotContain("06/02/2024");
    }

    @Test
    void datesThePageByItsPublicationNotByAnUpdateWrittenAboveIt() {
        // Pháp luật TP.HCM, updated in the next year (dates11 probe, d09): the update's line comes first
        Article a = clean("Kiên Giang đề nghị kỷ luật nguyên Bí thư Huyện ủy Phú Quốc\nCập nhật: 03/01/2018 09:10\n"
                + "Thứ Năm, 28/12/2017 15:30 (GMT+7)\n" + STORY);
        assertThat(a.published()).isEqualTo(PartialDate.parse("2017-12-28"));
        assertThat(a.text()).doesNotContain("03/01/2018").doesNotContain("28/12/2017");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <p><strong>Tin liên quan</strong></p>
            <div class="related"><b>Tin liên quan</b>
            <div class="related"><span>Bài viết liên quan:</span>
            <aside><em>XEM THÊM</em>
            <div class="box-tinlienquan"><strong>Tin liên quan</strong><a href="#">Bắc Giang khởi công dự án đường vành đai mới</a></div>
            """)
    void cutsRelatedHeadlinesWhateverElementWrapsTheMarker(String marker) {
        String html = "<html><body><h1>Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh lần thứ 20</h1>"
                + "<span class=\"time\">Thứ Năm, 19/12/2019, 17:05</span>"
                + "<p>Chiều 19/12, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh tổ chức Hội nghị lần thứ 20.</p>"
                + marker + "<p><a href=\"#\">Kinh tế Hà Tĩnh 6 tháng đầu năm tăng trưởng 18,6%</a></p>"
                + "<ul><li><a href=\"#\">Hà Tĩnh: GRDP 9 tháng tăng 16,2%</a></li></ul>"
                + "<p>Hội nghị cũng cho ý kiến về công tác cán bộ của tỉnh.</p></body></html>";
        Article a = CLEANER.clean(org.w3id.vnkg.ingest.ArticleReader.parse("a.html",
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(a.text()).contains("lần thứ 20.", "công tác cán bộ").doesNotContain("18,6%", "16,2%");
        assertThat(a.published()).isEqualTo(PartialDate.parse("2019-12-19"));
    }

    @Test
    void acceptsATruncatedLastLine() {
        Article a = clean(STORY + "Bà Trần Thị B, Chủ tịch UBND tỉnh Lạng Sơn cho bi");
        assertThat(a.text()).endsWith("cho bi");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Đài Phát thanh và Truyền hình Hà Giang¶  • Hà Giang¶Thường trực Ban Bí thư giao ban trực tuyến¶18:26, 28/07/2023¶Ngày 28/7/2023, Thường trực Ban Bí thư tổ chức hội nghị. | Thường trực Ban Bí thư giao ban trực tuyến
            Thời sự¶¶Thái Nguyên phấn đấu tăng trưởng kinh tế đạt 7,5% năm 2024¶¶Thái Nguyên¶¶Toàn Đảng bộ phấn đấu tăng trưởng 7,5%. | Thái Nguyên phấn đấu tăng trưởng kinh tế đạt 7,5% năm 2024
            Bộ Xây dựng có thêm thứ trưởng¶Thứ năm, 18/4/2019, 15:42 (GMT+7)¶Ông Nguyễn Văn Sinh được bổ nhiệm. | Bộ Xây dựng có thêm thứ trưởng
            6 tháng đầu năm 2019: Thu hút FDI đạt 18,47 tỷ USD¶¶Thứ Ba, 25/06/2019 12:30¶¶Theo Cục Đầu tư nước ngoài, vốn đăng ký đạt 18,47 tỷ USD. | 6 tháng đầu năm 2019: Thu hút FDI đạt 18,47 tỷ USD
            10 tháng, Cần Thơ thu ngân sách hơn 13.000 tỉ đồng¶12/11/2025 08:00¶TTO - Sáng 12-11, UBND TP Cần Thơ họp. | 10 tháng, Cần Thơ thu ngân sách hơn 13.000 tỉ đồng
            """)
    void takesTheLastHeadlineBeforeTheLeadAsTheTitle(String page, String title) {
        // ¶ stands for a line break: a site's name or section above the headline, a date line below it
        assertThat(clean(page.replace('¶', '\n')).title()).isEqualTo(title);
    }

    /** gen24c 002 (VOV): a site's menu longer than a headline is no paragraph, so the headline under it is the title. */
    @Test
    void takesTheHeadlineUnderALongMenu() {
        Article a = clean("VOV.VN\nĐài Tiếng nói Việt Nam\nChính trị | Xã hội | Kinh tế | Thế giới | Pháp luật | Văn hóa | "
                + "Thể thao | Du lịch | Sức khỏe | Ô tô - Xe máy\n\nNghệ An: Thu hút FDI 6 tháng đạt hơn 1 tỷ USD\n\n"
                + "Ngày 13/7, Tỉnh ủy Nghệ An tổ chức hội nghị.\n");
        assertThat(a.title()).isEqualTo("Nghệ An: Thu hút FDI 6 tháng đạt hơn 1 tỷ USD");
    }

    /** interview20 002 and 003: an official's article signed with the name in capitals over a line of titles. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bài viết về lý luận¶¶GS, TS NGUYỄN XUÂN THẮNG¶Ủy viên Bộ Chính trị, Giám đốc Học viện¶¶TCCS - Sau gần 40 năm đổi mới, lý luận ngày càng rõ. | Nguyễn Xuân Thắng,Ủy viên Bộ Chính trị | Bài viết về lý luận
            Bài viết của Bí thư Tỉnh ủy¶¶Năm 2025, kinh tế của tỉnh tăng trưởng khá.¶¶VŨ HỒNG VĂN¶Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy | Vũ Hồng Văn,Ủy viên Trung ương Đảng | Bài viết của Bí thư Tỉnh ủy
            Bài viết về kinh tế của tỉnh¶¶Năm 2025, kinh tế của tỉnh tăng trưởng khá.¶¶PGS.TS LÊ VĂN AN¶¶Nguyên Phó Giám đốc Sở Tài chính | Lê Văn An, Nguyên Phó Giám đốc | Bài viết về kinh tế của tỉnh
            """)
    void writesAnAuthorsSignatureAsANameWithItsTitles(String page, String signature, String title) {
        String raw = page.replace('¶', '\n');
        Article a = clean(raw);
        assertThat(a.text()).hasSameSizeAs(raw).contains(signature).doesNotContain("GS", "TS ");
        assertThat(a.title()).isEqualTo(title);
    }

    /** A reporter's name in capitals over a headline that opens with a title is a byline, no signature. */
    @Test
    void leavesABylineOverAHeadlineThatOpensWithATitle() {
        Article a = clean("HOÀNG ANH\nBí thư Tỉnh ủy làm việc với huyện Lục Nam\n\n"
                + "Ngày 5/2, Bí thư Tỉnh ủy làm việc với huyện Lục Nam về công tác năm 2024.\n");
        assertThat(a.text()).contains("HOÀNG ANH").doesNotContain("Hoàng Anh,");
        assertThat(a.title()).isEqualTo("Bí thư Tỉnh ủy làm việc với huyện Lục Nam");
    }
}
