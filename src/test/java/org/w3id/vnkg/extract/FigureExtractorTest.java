package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.w3id.vnkg.facts.Figure;

class FigureExtractorTest {
    private static final FigureExtractor FIGURES = new FigureExtractor();

    private static List<Figure> figures(String text, String published, String province) {
        return FIGURES.extract(Articles.context(text, published, province));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Năm 2022, tốc độ tăng trưởng GRDP của tỉnh đạt 8,65%.                   | 8.65           | percent | 2022    | Nghệ An | actual
            Thu ngân sách nhà nước trên địa bàn năm 2023 đạt 18.245 tỷ đồng.        | 18245000000000 | VND     | 2023    | Nghệ An | actual
            9 tháng năm 2024, kim ngạch xuất khẩu ước đạt 2,1 tỷ USD.               | 2100000000     | USD     | 2024-01/2024-09 | Nghệ An | estimate
            6 tháng đầu năm 2023, chỉ số sản xuất công nghiệp tăng 9,2%.            | 9.2            | percent | 2023-H1 | Nghệ An | actual
            Trong quý I/2024, sản lượng lương thực đạt 1,2 triệu tấn.               | 1200000        | tonne   | 2024-Q1 | Nghệ An | actual
            Năm 2023, diện tích trồng rừng mới đạt 5.600 ha.                        | 5600           | hectare | 2023    | Nghệ An | actual
            Tỉnh đặt mục tiêu năm 2025 tỷ lệ hộ nghèo giảm 1,5%.                    | 1.5            | percent | 2025    | Nghệ An | target
            Tính đến hết tháng 10/2025, thu ngân sách nhà nước ước đạt 15.320 tỷ đồng. | 15320000000000 | VND | 2025-01/2025-10 | Nghệ An | estimate
            Tính đến ngày 31/10/2024, tỉnh đã giải ngân 3.356 tỷ đồng vốn đầu tư công. | 3356000000000 | VND | 2024-01/2024-10 | Nghệ An | actual
            Đối với tỉnh Lào Cai, năm 2023 lượng khách du lịch đạt 5.200.000 lượt khách. | 5200000   | count   | 2023    | Lào Cai | actual
            Theo báo cáo, quý I/2024, tổng sản phẩm trên địa bàn tăng 5,81%.       | 5.81           | percent | 2024-Q1 | Nghệ An | actual
            Ông Hồ Văn Lâm cho biết, 8 tháng đầu năm 2024, tăng trưởng GRDP ước đạt 8,02%. | 8.02     | percent | 2024-01/2024-08 | Nghệ An | estimate
            Trong 9 tháng năm 2024, các cấp Hội trong tỉnh đã kết nạp 3.120 hội viên mới.   | 3120     | count   | 2024-01/2024-09 | Nghệ An | actual
            Năm 2023, cuộc vận động đã hỗ trợ xây dựng 4.860 nhà Đại đoàn kết cho hộ nghèo. | 4860     | count   | 2023    | Nghệ An | actual
            Năm 2023, toàn tỉnh kết nạp 5.250 đoàn viên mới.                        | 5250           | count   | 2023    | Nghệ An | actual
            Năm 2023, gói hỗ trợ đã giải ngân cho trên 13,8 triệu đối tượng.         | 13800000       | count   | 2023    | Nghệ An | actual
            Giai đoạn 2011-2014, toàn tỉnh đã luân chuyển 112 cán bộ diện Ban Thường vụ quản lý. | 112 | count | 2011-2014 | Nghệ An | actual
            Năm 2020, CDC tỉnh đã lấy 18.640 mẫu xét nghiệm SARS-CoV-2.             | 18640          | count   | 2020    | Nghệ An | actual
            Năm 2022, toàn tỉnh ghi nhận 412 ca mắc sốt xuất huyết.               | 412            | count   | 2022    | Nghệ An | actual
            Năm 2016, tập đoàn đã phát triển mới 4,5 triệu thuê bao di động.        | 4500000        | count   | 2016    | Nghệ An | actual
            Năm 2021, toàn tỉnh có 2.421.085 cử tri.                              | 2421085        | count   | 2021    | Nghệ An | actual
            Cuộc bầu cử năm 2016 được tổ chức tại 3.148 khu vực bỏ phiếu.           | 3148           | count   | 2016    | Nghệ An | actual
            Năm 2021, tỉnh có 15 đơn vị bầu cử đại biểu HĐND tỉnh.                 | 15             | count   | 2021    | Nghệ An | actual
            Năm 2020 và 2021, CDC tỉnh đã ký hợp đồng với tổng giá trị hơn 35 tỷ đồng. | 35000000000 | VND     | 2020-2021 | Nghệ An | actual
            Năm 2023, bình quân mỗi xã đạt 14,6 tiêu chí nông thôn mới.             | 14.6           | count   | 2023    | Nghệ An | actual
            Diện tích ứng dụng công nghệ cao của tỉnh hiện đạt 8.120 ha.             | 8120           | hectare | 2024    | Nghệ An | actual
            Từ ngày 1/7 đến nay, tỉnh đã thu hút 21 dự án FDI.                      | 21             | count   | 2024-07/2024-10 | Nghệ An | actual
            Năm 2019, thu tiền sử dụng đất chiếm khoảng 1/3 tổng thu nội địa.        | 33.33          | percent | 2019    | Nghệ An | actual
            Tốc độ tăng trưởng GDP bình quân hằng năm giai đoạn 2011 - 2015 đạt 12,1%. | 12.1        | percent | 2011-2015 | Nghệ An | actual
            Thủ tướng đề nghị tỉnh hoàn thành và vượt các chỉ tiêu năm 2024, trong đó tăng trưởng GRDP đạt trên 8%. | 8 | percent | 2024 | Nghệ An | target
            Theo báo cáo, 5 tháng đầu năm 2024, giải ngân vốn các chương trình mục tiêu quốc gia mới đạt 12,6% kế hoạch vốn được giao. | 12.6 | percent | 2024-01/2024-05 | Nghệ An | actual
            Tỉnh tập trung triển khai các chương trình mục tiêu quốc gia; năm 2023 thu ngân sách đạt 18.245 tỷ đồng. | 18245000000000 | VND | 2023 | Nghệ An | actual
            Năm 2023, toàn huyện còn 4 bản chưa có đảng viên.                        | 4              | count   | 2023    | Nghệ An | actual
            Năm 2023, huyện có 38 buôn đồng bào dân tộc thiểu số.                    | 38             | count   | 2023    | Nghệ An | actual
            Năm 2023, đồn quản lý 9 cột mốc trên tuyến biên giới.                    | 9              | count   | 2023    | Nghệ An | actual
            """)
    void readsValueUnitPeriodAreaAndStatusOfAFigure(String text, String value, String unit, String period,
                                                    String area, String status) {
        List<Figure> found = figures(text, "2024-10-20", "Nghệ An");
        assertThat(found).hasSize(1);
        Figure f = found.get(0);
        assertThat(f.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(f.unit()).isEqualTo(unit);
        assertThat(f.period()).isEqualTo(period);
        assertThat(f.area()).isEqualTo(area);
        assertThat(f.status().code()).isEqualTo(status);
    }

    /** trips16 006 (Tuổi Trẻ 2020): a period opening the main clause after a fronted one holds for the sentences after it. */
    @Test
    void carriesAPeriodThatOpensTheMainClauseAfterAFrontedOne() {
        List<Figure> found = figures("Ông Trần Văn Cần cho biết quý I/2020, GRDP của tỉnh tăng 9,26%. Dù chịu ảnh hưởng "
                + "của dịch COVID-19, 5 tháng đầu năm tổng thu ngân sách vẫn đạt 6.950 tỷ đồng. Tỉnh thu hút thêm 22 dự "
                + "án FDI.", "2020-05-29", "Long An");
        assertThat(found).extracting(Figure::period).containsExactly("2020-Q1", "2020-01/2020-05", "2020-01/2020-05");
    }

    /** court17 008 (VnExpress 2025): the press's "Tòa án tối cao" is a national body, whose sector's figures are the country's. */
    @Test
    void readsTheSupremeCourtsSectorFiguresAsNational() {
        List<Figure> found = figures("Tòa án tối cao đề ra mục tiêu năm 2025 giải quyết trên 90% các loại án trong bối "
                + "cảnh số vụ việc thụ lý năm qua tăng mạnh.\nSáng 9/1, Chánh án cho biết năm 2024 toàn ngành thụ lý 682.314 "
                + "vụ việc. Đại diện TAND Hà Nội, Nghệ An tham luận.", "2025-01-09", "Hà Nội");
        assertThat(found).extracting(Figure::area).containsOnly("Việt Nam");
    }

    /** court17 006: "trong" before the period that opens the main clause after a source does not hide it. */
    @Test
    void carriesAPeriodWrittenWithTrongAfterASource() {
        List<Figure> found = figures("Theo báo cáo của Ban Thường vụ Tỉnh ủy, trong năm 2024, Ban Chỉ đạo tỉnh đã đưa 24 "
                + "vụ án, vụ việc vào diện theo dõi. Các cơ quan tiến hành tố tụng đã khởi tố 31 vụ án.", "2025-06-12",
                "Bình Định");
        assertThat(found).extracting(Figure::period).containsExactly("2024", "2024");
    }

    /**
     * court17 003 (Báo Quảng Ninh): a paragraph opened by the short name of a body the story named in full (clipped-bodies.tsv)
     * is that body's, here the province's steering committee, not a national body's.
     */
    @Test
    void takesAParagraphOpenedByAShortNameForTheBodyTheStoryNamed() {
        String text = "Sáng 10/7, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Quảng Ninh họp phiên thường kỳ quý II.\n\n"
                + "Ban Chỉ đạo đã đưa 6 vụ án, 4 vụ việc vào diện theo dõi, chỉ đạo.";
        assertThat(figures(text, "2023-07-10", "Quảng Ninh")).extracting(Figure::area).containsOnly("Quảng Ninh");
    }

    /** court17 009: the cases charged and tried in a paragraph that opened with a span are of that span. */
    @Test
    void datesCasesChargedAndTriedByTheSpanTheirParagraphOpened() {
        List<Figure> found = figures("Trong 4 năm (2006-2010), các cơ quan thanh tra của tỉnh đã tiến hành 412 cuộc "
                + "thanh tra. Các cơ quan tiến hành tố tụng đã khởi tố 48 vụ án tham nhũng, xét xử sơ thẩm 41 vụ.",
                "2010-07-22", "Hải Dương");
        assertThat(found).extracting(Figure::period).containsExactly("2006-2010", "2006-2010", "2006-2010");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Năm 2023, tỉnh xác định 15 chỉ tiêu chủ yếu và 5 nhóm nhiệm vụ, giải pháp.",
        "Sáng 8/4, Ban Chấp hành Đảng bộ tỉnh khóa XX tổ chức Hội nghị lần thứ 15.",
        "Tỉnh tổ chức Lễ kỷ niệm 60 năm Ngày thành lập tỉnh (1/10/1963-1/10/2023).",
        "Sơ kết 3 năm thực hiện Nghị quyết số 23-NQ/TU ngày 16/12/2021 của Tỉnh ủy.",
        "Tỉnh nằm trong nhóm 10 tỉnh, thành phố đứng đầu cả nước về giải ngân, xếp thứ 6 trong vùng.",
        "Triển khai 3 chương trình mục tiêu quốc gia và 6 nhiệm vụ trọng tâm.",
        // t02 (tapchicongsan 2024) and a variant: the people a body elects are no figure it reports
        "Ban Chấp hành Trung ương Đảng đã tiến hành bầu bổ sung 4 đồng chí vào Bộ Chính trị khóa XIII.",
        "Hội nghị đã bầu 15 đồng chí vào Ban Thường vụ Tỉnh ủy khóa XX.",
        // posts6 (hoinongdan bentre 2023, portal muongte 2018) and a variant: a vote is how a meeting decided
        "Với 100% đại biểu tán thành, hội nghị đã bầu bổ sung bà Trần Thị Thanh Lam giữ chức Chủ tịch Hội Nông dân tỉnh.",
        "Đồng chí Lê Văn Lương được bầu giữ chức Phó Bí thư Huyện ủy nhiệm kỳ 2015 - 2020 với 100% số phiếu.",
        "Hội đồng nhân dân tỉnh bầu ông Nguyễn Văn An giữ chức Chủ tịch với 95,6% phiếu tán thành.",
        // gen22c 006 (Tiền Phong 2018): the state's share that classes an enterprise
        "Tổng công ty là doanh nghiệp 100% vốn nhà nước trực thuộc Bộ Nông nghiệp và Phát triển nông thôn.",
        // long14 (baoquangngai 2023): the people a vote of confidence is taken on
        "Tại kỳ họp, HĐND tỉnh đã tiến hành lấy phiếu tín nhiệm đối với 32 người giữ chức vụ do HĐND tỉnh bầu.",
        // mass15 005 (Báo Hà Tĩnh 2025) and a variant: the people a decision gives a post or takes it from
        "Hội nghị đã hiệp thương cử bổ sung 5 đồng chí giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XVI, gồm: bà A.",
        "Hội nghị thống nhất cho 2 đồng chí thôi giữ chức Phó Chủ tịch UBND tỉnh.",
        // local14 007 (Báo Yên Bái 2017): the share of the delegates present
        "Kỳ họp bầu ông Vũ Văn Long giữ chức Chủ tịch UBND huyện Văn Yên với 100% số đại biểu có mặt tán thành.",
        // elect17 001, 002, 006 (Báo Hải Dương 2016, Tuổi Trẻ 2021, Báo Bình Định 2021): the share a vote's tally gives
        "Ông Nguyễn Dương Thái tái đắc cử Chủ tịch UBND tỉnh với 72/73 phiếu, đạt 98,63%.",
        "Tại kỳ họp, với 73/73 đại biểu có mặt tán thành, đạt 100%, ông A được bầu giữ chức Chủ tịch HĐND tỉnh.",
        "Với 51/52 phiếu tán thành (đạt 98,08%), ông Nguyễn Phi Long tái đắc cử Chủ tịch UBND tỉnh.",
        "Ông Nguyễn Văn Nên được bầu giữ chức chủ tịch HĐND TP với 94/94 phiếu, đạt tỉ lệ 100%.",
        // elect17 002, 006 (Tuổi Trẻ, Báo Bình Định 2021): the people an election returns are the body's size, and the
        // voters a voter meeting reaches describe it
        "Kết quả, 53 người trúng cử đại biểu HĐND tỉnh khóa XIII.",
        "Đoàn ĐBQH tỉnh đã tiếp xúc với 250 cử tri huyện Yên Thành.",
        // elect17 000 (Báo Vĩnh Phúc 2011): places counted, then named after "là"
        "Năm 2011, có 2 huyện là Tam Dương và Lập Thạch hoàn thành sớm việc kiểm phiếu.",
        // posts6 (baodanang 2010) and a variant: the members of a body elected are its size
        "Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 11 đồng chí.",
        "Ban Chấp hành Đảng bộ tỉnh khóa XX gồm 53 đồng chí.",
        // gen22m 001 (VnExpress 2025): the second body's size written after its name alone
        "Bộ Chính trị chỉ định Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020-2025 gồm 71 người, Ban Thường vụ 19 người.",
        // figs11: a fraction is a share only after a share verb; "ngày 1/3" is a day
        "Hội nghị diễn ra ngày 1/3 tại hội trường tỉnh, bằng hình thức trực tiếp.",
        // a rank among the provinces names no count of them
        "Năm 2024, tỉnh xếp thứ 10/63 tỉnh, thành phố về chỉ số năng lực cạnh tranh cấp tỉnh (PCI).",
        // figs12 009 and a variant: the whole a rank is of, written out
        "Tốc độ tăng trưởng đứng thứ 3 trong 14 tỉnh Bắc Trung Bộ và duyên hải miền Trung.",
        "Chỉ số PCI năm 2024 của tỉnh xếp hạng 12 trong tổng số 63 tỉnh, thành phố.",
        // party18 003 (Báo Hà Tĩnh 2015): the first members of a founding are its history, no figure of the year
        "Từ một chi bộ với 7 đảng viên đầu tiên ở Đức Thọ, Đảng bộ tỉnh đã không ngừng lớn mạnh.",
        // gen23c 013 (Báo Hà Nội Mới 2025) and a variant: the units a new one was formed from tell how it was made
        "Phường Hoàn Kiếm được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp 9 phường của quận Hoàn Kiếm cũ.",
        "Xã mới được thành lập trên cơ sở sáp nhập 3 xã của huyện Di Linh (cũ)."})
    void findsNoFigureInNumbersThatAreNotFigures(String text) {
        assertThat(figures(text, "2024-04-08", "Nghệ An")).isEmpty();
    }

    /**
     * gen23t 009, commune12 005: in a review of half a year, a state that its sentence does not date (what the district
     * has, what the province is made of) is of the year; what was done is of the half year, and so is a state a
     * sentence opening with a time elapsed dates (party18 005).
     */
    @Test
    void datesAStateInAReviewOfPartOfAYearByItsYear() {
        String text = "Theo báo cáo, 6 tháng đầu năm 2022, tổng giá trị sản xuất trên địa bàn huyện ước đạt 3.620 tỷ đồng. "
                + "Toàn huyện có 8.600 ha cà phê, 2.100 ha xoài và 1.450 ha mận. Thu ngân sách trên địa bàn đạt 58,2 tỷ "
                + "đồng. Đảng bộ huyện có 52 tổ chức cơ sở đảng với 7.940 đảng viên. Toàn huyện có 12 doanh nghiệp mới.";
        assertThat(figures(text, "2022-06-22", "Sơn La")).extracting(f -> f.value().stripTrailingZeros().toPlainString()
                + " " + f.period()).containsExactlyInAnyOrder("3620000000000 2022-H1", "8600 2022", "2100 2022",
                "1450 2022", "58200000000 2022-H1", "52 2022", "7940 2022", "12 2022-H1");
        String elapsed = "Sáu tháng đầu năm 2025, các đảng bộ trực thuộc kết nạp 1.200 đảng viên. Sau 6 tháng đi vào hoạt "
                + "động, Đảng bộ Chính phủ có 40 đảng bộ trực thuộc.";
        assertThat(figures(elapsed, "2025-08-20", null)).extracting(Figure::period).doesNotContain("2025");
    }

    /** gen25b 005: a herd is a state however its noun stands between 'có' and the figure, of the year in a review. */
    @Test
    void datesAHerdInAReviewOfPartOfAYearByItsYear() {
        String text = "9 tháng năm 2024, kim ngạch xuất khẩu của tỉnh đạt 19,1 tỷ USD. Ngành nông nghiệp có tổng đàn heo "
                + "hơn 2,6 triệu con, đàn gia cầm khoảng 24 triệu con. Tỉnh có đàn bò 100.000 con.";
        assertThat(figures(text, "2024-10-08", "Đồng Nai")).extracting(f -> f.value().stripTrailingZeros().toPlainString()
                + " " + f.period()).containsExactlyInAnyOrder("19100000000 2024-01/2024-09", "2600000 2024",
                "24000000 2024", "100000 2024");
    }

    @Test
    void datesASumOfMoneyAYearByTheYearItsSentenceNames() {
        // local14 (Báo Long An 2018, a thị xã's report): "đồng/năm" is the year's level, not a rate over the term named
        String text = "Thị xã thực hiện Nghị quyết Đại hội Đảng bộ thị xã nhiệm kỳ 2015 - 2020 đạt nhiều kết quả. Năm 2017, "
                + "thị xã có thu ngân sách đạt 98,5 tỷ đồng; thu nhập bình quân đầu người đạt 42 triệu đồng/năm.";
        assertThat(figures(text, "2018-03-05", "Long An")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(98.5e9, "2017"), tuple(42e6, "2017"));
        // a rate a year stays of the span
        String rate = "Thị xã thực hiện Nghị quyết Đại hội Đảng bộ thị xã nhiệm kỳ 2015 - 2020 đạt nhiều kết quả. Năm 2017, "
                + "thị xã có giá trị sản xuất tăng bình quân 12,5%/năm.";
        assertThat(figures(rate, "2018-03-05", "Long An")).extracting(Figure::period).containsExactly("2015-2020");
    }

    @Test
    void makesAFigureAfterANationalPhraseNational() {
        List<Figure> found = figures("Trong quý I/2024, GRDP của tỉnh tăng 6,1%, đứng thứ 20 và cao hơn mức bình quân "
                + "chung cả nước 5,66%.", "2024-04-08", "Phú Thọ");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::area, Figure::period)
                .containsExactly(tuple(6.1, "Phú Thọ", "2024-Q1"), tuple(5.66, "Việt Nam", "2024-Q1"));
    }

    /** foreign15 probe, 008 (baoquocte 2022): trade between two countries is national in a story that names a city. */
    @Test
    void makesBilateralTradeAndAForeignInvestorsHoldingsNational() {
        List<Figure> found = figures("Đại sứ cho biết, năm 2021, kim ngạch thương mại song phương Việt Nam - Hàn Quốc đạt "
                + "78 tỷ USD. Hàn Quốc là nhà đầu tư nước ngoài lớn nhất tại Việt Nam với hơn 9.400 dự án. Busan đã kết "
                + "nghĩa với Thành phố Hồ Chí Minh từ năm 1995.", "2022-11-04", "Hồ Chí Minh");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(78e9, "Việt Nam"), tuple(9400.0, "Việt Nam"));
    }

    /**
     * sector20 probe, 009 (Báo Thanh Hóa 2013): the year of constant prices a value is measured in dates no figure; the
     * quarter after it does.
     */
    @Test
    void datesNoFigureByTheYearOfItsConstantPrices() {
        List<Figure> found = figures("Giá trị sản xuất công nghiệp (giá so sánh năm 2010) quý I/2013 ước đạt 9.326 tỷ đồng, "
                + "tăng 10,8% so với cùng kỳ. GRDP năm 2012 tăng 8,5% (theo giá cố định 1994).", "2013-04-02", "Thanh Hóa");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(9326e9, "2013-Q1"), tuple(10.8, "2013-Q1"), tuple(8.5, "2012"));
    }

    /**
     * sector20 probe, 000 and 007 (Báo An Giang 2024, Báo Ấp Bắc 2015): a crop season across two years is one period
     * that holds for its paragraph, also after a fronted place, as a school year does; one named with one year is that
     * year's.
     */
    @Test
    void datesFiguresByTheCropSeasonTheirParagraphOpens() {
        List<Figure> found = figures("Tại Tiền Giang, vụ Đông Xuân 2014 - 2015 toàn tỉnh xuống giống 78.450 ha lúa. Tiền "
                + "Giang cũng dẫn đầu vùng về diện tích lúa chất lượng cao với 41.800 ha.\n\nVụ Hè Thu 2015, tỉnh dự kiến "
                + "xuống giống khoảng 80.000 ha.", "2015-04-26", "Tiền Giang");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(78450.0, "2014-2015"), tuple(41800.0, "2014-2015"), tuple(80000.0, "2015"));
    }

    /** foreign15 probe, 000 (baoquocte 2023): "hiện là" counts a stock at the time of writing, as "hiện có" does. */
    @Test
    void datesAStockThatIsNowByTheStorysYear() {
        List<Figure> found = figures("Năm 2022, kim ngạch thương mại song phương đạt khoảng 232 triệu USD; Việt Nam hiện là "
                + "nhà đầu tư lớn thứ hai tại Cuba với 26 dự án.", "2023-05-17", "Hà Nội");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(232e6, "2022"), tuple(26.0, "2023"));
    }

    /**
     * foreign15 probe, 002 (Chinhphu.vn 2024): "hiện" alone before a verb is now too, so the stock is of the story's
     * year, not the year the sentence before opened its paragraph with.
     */
    @Test
    void datesAStockThatIsNowWithoutAVerbOfItsOwnByTheStorysYear() {
        List<Figure> found = figures("Năm 2023, tổng doanh thu của Samsung Việt Nam đạt 65 tỷ USD. Samsung hiện sử dụng "
                + "khoảng 100.000 lao động Việt Nam.", "2024-04-09", "Hà Nội");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(65e9, "2023"), tuple(100000.0, "2024"));
    }

    /**
     * sites19 probe, 007 (Lao Động 2020): the term written after a congress's number is part of its name, no period of
     * the members it reports; a target the congress sets for a term is still of that term.
     */
    @Test
    void datesNoReportedFigureByTheTermOfTheCongressItsSentenceNames() {
        List<Figure> found = figures("Sáng 15.10, Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX, nhiệm kỳ 2020 - 2025 "
                + "khai mạc phiên chính thức với sự tham dự của 300 đại biểu đại diện cho hơn 56.000 đảng viên trong toàn "
                + "Đảng bộ. Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 đề ra mục tiêu tốc độ tăng trưởng kinh tế "
                + "bình quân đạt 10%/năm.", "2020-10-15", "Hà Nam");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(56000.0, "2020"), tuple(10.0, "2020-2025"));
    }

    /** state13 probe, 002 (Báo Chính phủ 2023): the span a superlative is set in is a base, not a period. */
    @Test
    void datesNothingByTheSpanASuperlativeIsSetIn() {
        List<Figure> found = figures("Bộ trưởng cho biết, năm 2022, tổng sản phẩm trong nước (GDP) tăng 8,02%, mức cao nhất "
                + "trong giai đoạn 2011 - 2022; lạm phát được kiểm soát ở mức 3,15%; tổng kim ngạch xuất nhập khẩu đạt hơn "
                + "730 tỷ USD.", "2023-01-03", null);
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period).containsExactly(
                tuple(8.02, "2022"), tuple(3.15, "2022"), tuple(730000000000.0, "2022"));
    }

    /** old12 probe, 009 (Báo Bình Phước 2009): a stock counted now dates its own clause, not the items after it. */
    @Test
    void datesOnlyTheStocksOwnClauseByTheTimeOfWriting() {
        List<Figure> found = figures("Theo báo cáo, 6 tháng đầu năm, thu ngân sách đạt 86,4 tỷ đồng. Toàn thị xã hiện có "
                + "12.350 ha cao su; sản lượng hạt điều thu hoạch đạt 3.200 tấn. Công tác xây dựng Đảng được quan tâm; đã kết "
                + "nạp 86 đảng viên mới.", "2009-07-16", "Bình Phước");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period).containsExactly(
                tuple(86400000000.0, "2009-H1"), tuple(12350.0, "2009"), tuple(3200.0, "2009-H1"), tuple(86.0, "2009-H1"));
    }

    /**
     * gen21s probe, 002 (Báo Cà Mau 2025), sector20 004: the state a merger or a reorganisation left is counted now,
     * not in the months the story reviews, and the next paragraph goes on with those months.
     */
    @Test
    void datesTheStateAReorganisationLeftByTheTimeOfWriting() {
        List<Figure> found = figures("9 tháng năm 2025, tổng thu ngân sách ước đạt 9.846 tỷ đồng.\n\nSau sắp xếp, tỉnh có "
                + "64 đơn vị hành chính cấp xã, gồm 55 xã và 9 phường.\n\nSau khi hợp nhất, tỉnh có 39 khu công nghiệp.\n\n"
                + "Kim ngạch xuất khẩu ước đạt 1,48 tỷ USD.", "2025-10-10", "Cà Mau");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period).containsExactly(
                tuple(9846000000000.0, "2025-01/2025-09"), tuple(64.0, "2025"), tuple(55.0, "2025"), tuple(9.0, "2025"),
                tuple(39.0, "2025"), tuple(1480000000.0, "2025-01/2025-09"));
        // figs13 004 (January 2026): at the end of the year the story reviews; congress13 009: a name, no time
        assertThat(figures("Năm 2025, toàn Đảng bộ kết nạp 3.416 đảng viên.\n\nSau khi sắp xếp, Đảng bộ tỉnh có 1.120 tổ "
                + "chức cơ sở đảng.", "2026-01-08", "Gia Lai")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(3416.0, "2025"), tuple(1120.0, "2025"));
        assertThat(figures("Giai đoạn 2020 - 2025, tốc độ tăng trưởng GRDP bình quân của thành phố (sau hợp nhất) đạt "
                + "6,5%/năm.", "2025-10-23", "Đà Nẵng")).extracting(Figure::period).containsExactly("2020-2025");
    }

    /** gen21s probe, 004 (Thanh Niên 2023): a share of the plan measures the figure before it, of its span. */
    @Test
    void datesAShareOfThePlanByTheSpanOfTheFigureItMeasures() {
        List<Figure> found = figures("Giai đoạn 2021 - 2023, tốc độ tăng trưởng GRDP bình quân đạt 6,95%/năm. Toàn Đảng bộ "
                + "kết nạp 4.128 đảng viên, đạt 82,6% chỉ tiêu nhiệm kỳ. Toàn tỉnh thu hút 97 dự án, đạt 80% kế hoạch.",
                "2023-07-03", "Bình Phước");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period).containsExactly(
                tuple(6.95, "2021-2023"), tuple(4128.0, "2021-2023"), tuple(82.6, "2021-2023"), tuple(97.0, "2021-2023"),
                tuple(80.0, "2021-2023"));
    }

    /**
     * gen21s probe, 000 (Báo Cần Thơ, December 2021): the plan of a year past, whose money may be spent up to a day of
     * the next, is that year's; a day of the story's year still sums its months.
     */
    @Test
    void datesAShareOfAPastYearsPlanByThatYearThoughItRunsToADayOfTheNext() {
        assertThat(figures("Đồng chí Lê Quang Mạnh đề nghị đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu đến ngày "
                + "31-1-2022 giải ngân đạt 100% kế hoạch vốn năm 2021.", "2021-12-21", "Cần Thơ"))
                .extracting(f -> f.value().doubleValue(), Figure::period).containsExactly(tuple(100.0, "2021"));
        assertThat(figures("Tỉnh phấn đấu đến ngày 30-9 giải ngân đạt 60% kế hoạch vốn năm 2022.", "2022-07-15",
                "Đồng Nai")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(60.0, "2022-01/2022-09"));
    }

    /**
     * gen21s probe, 004 (Thanh Niên 2023), sector20 006: the sapo's figure, which no words date, is the one the body
     * repeats with its period; a figure no repeat dates keeps the story's year.
     */
    @Test
    void takesTheSaposUndatedFigureForTheOneTheBodyDates() {
        List<Figure> found = figures("Sau nửa nhiệm kỳ, tăng trưởng kinh tế của Bình Phước bình quân đạt 6,95%/năm, thấp "
                + "hơn mục tiêu đề ra.\n\nNgày 3.7, Tỉnh ủy Bình Phước tổ chức hội nghị sơ kết.\n\nGiai đoạn 2021 - 2023, "
                + "tốc độ tăng trưởng GRDP của tỉnh bình quân đạt 6,95%/năm. Toàn tỉnh có 1.240 doanh nghiệp.",
                "2023-07-03", "Bình Phước");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(6.95, "2021-2023"), tuple(1240.0, "2023"));
    }

    /** old12 probe, 007 (Báo Cà Mau, January 2009): "cả năm" in a review of the year before is that year. */
    @Test
    void datesAWholeYearInAJanuaryReviewByTheYearReviewed() {
        List<Figure> found = figures("Năm 2008, kinh tế tỉnh tăng trưởng khá.\n\nTrong sản xuất nông - ngư nghiệp, tổng "
                + "sản lượng thủy sản cả năm đạt 285.000 tấn, tăng 6,2% so với năm 2007.", "2009-01-05", "Cà Mau");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(285000.0, "2008"), tuple(6.2, "2008"));
    }

    /** partyb20 probe, 001 (Báo Sơn La 2016): the parts of a breakdown written with bare numbers share the whole's noun. */
    @Test
    void countsTheBareNumbersOfABreakdownAsPartsOfTheWhole() {
        List<Figure> found = figures("6 tháng đầu năm 2016, cấp ủy các cấp đã thi hành kỷ luật 35 đảng viên, trong đó "
                + "khiển trách 18, cảnh cáo 9, cách chức 2, khai trừ 6 đồng chí.", "2016-07-08", "Sơn La");
        assertThat(found).extracting(f -> f.value().intValue(), Figure::unit)
                .containsExactly(tuple(35, "count"), tuple(18, "count"), tuple(9, "count"), tuple(2, "count"),
                        tuple(6, "count"));
        List<Figure> bracketed = figures("Năm 2023, toàn Đảng bộ thi hành kỷ luật 87 đảng viên (khiển trách 52, cảnh "
                + "cáo 21), tăng 16 đảng viên so với năm 2022.", "2024-01-11", "Cần Thơ");
        assertThat(bracketed).extracting(f -> f.value().intValue()).containsExactly(87, 52, 21, 16);
        // a percentage in brackets and a part larger than the whole are no parts
        assertThat(figures("Năm 2025, có 9/42 tổ chức cơ sở đảng (21,4%) hoàn thành xuất sắc nhiệm vụ; kết nạp 36 "
                + "đảng viên (năm 2024 là 120).", "2026-01-08", "Thanh Hóa"))
                .extracting(f -> f.value().doubleValue()).containsExactly(9.0, 42.0, 21.4, 36.0);
    }

    /** partyb20 probe, 002 (Báo Bình Định 2019): a target with no year of its own is not of the year a January review reports. */
    @Test
    void setsNoTargetForTheYearAJanuaryReviewReportsDone() {
        List<Figure> found = figures("Ngành Tuyên giáo triển khai nhiệm vụ năm 2019\n\nChiều 10/1, Ban Tuyên giáo Tỉnh ủy tổ "
                + "chức hội nghị tổng kết công tác tuyên giáo năm 2018, triển khai nhiệm vụ năm 2019.\n\nNăm 2018, toàn tỉnh tổ "
                + "chức 1.846 lớp học tập nghị quyết, đạt tỷ lệ 96,8%.\n\nPhát biểu chỉ đạo, đồng chí Lê Kim Toàn đề nghị ngành "
                + "Tuyên giáo năm 2019 nắm chắc tình hình tư tưởng. Ngành phấn đấu 100% tổ chức cơ sở đảng học tập nghị quyết "
                + "kịp thời.", "2019-01-10", "Bình Định");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(1846.0, "2018"), tuple(96.8, "2018"), tuple(100.0, "2019"));
    }

    /** partyb20 probe, 003 (Báo Thanh Hóa 2026): a count of the noun its sentence wrote in full, then shortened to its head. */
    @Test
    void countsANounTheSentenceShortensToItsHead() {
        List<Figure> found = figures("Năm 2025, có 9/42 tổ chức cơ sở đảng (21,4%) hoàn thành xuất sắc nhiệm vụ, 31 tổ chức "
                + "(73,8%) hoàn thành tốt nhiệm vụ.", "2026-01-08", "Thanh Hóa");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::unit).containsExactly(tuple(9.0, "count"),
                tuple(42.0, "count"), tuple(21.4, "percent"), tuple(31.0, "count"), tuple(73.8, "percent"));
        // one syllable of the noun is no head of it
        assertThat(figures("Năm 2025, toàn tỉnh có 42 tổ chức cơ sở đảng và 5 tổ dân phố.", "2026-01-08", "Thanh Hóa"))
                .extracting(f -> f.value().doubleValue()).containsExactly(42.0);
    }

    /** old12 probe, 001 (dangcongsan.vn 2012): the country as the background of a clause before the figure's own. */
    @Test
    void keepsTheProvincesFigureAfterTheCountryAsItsBackground() {
        List<Figure> found = figures("Trong bối cảnh kinh tế cả nước gặp nhiều khó khăn, tốc độ tăng trưởng kinh tế của "
                + "tỉnh ước đạt 6,8%. Giá trị xuất khẩu đạt 215 triệu USD.", "2012-07-10", "Nghệ An");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(6.8, "Nghệ An"), tuple(215000000.0, "Nghệ An"));
        assertThat(figures("Trong bối cảnh kinh tế cả nước gặp nhiều khó khăn, tốc độ tăng trưởng ước đạt 6,8%.",
                "2012-07-10", "Nghệ An")).extracting(Figure::area).containsExactly("Việt Nam");
    }

    /** gen24a 008 (Báo Nghệ An 2025), gen23c 013: the wards a new ward was made of are its history, no figure. */
    @Test
    void countsNoUnitsANewWardWasMadeOf() {
        assertThat(figures("Phường Trường Vinh được thành lập trên cơ sở hợp nhất 6 phường của thành phố Vinh (cũ), có diện "
                + "tích tự nhiên 17,8 km², dân số hơn 121.000 người.", "2025-08-14", "Nghệ An"))
                .extracting(f -> f.value().doubleValue()).containsExactly(17.8, 121000.0);
    }

    /** gen24a 009 (Người Lao Động 2025): the new province's units counted after a sentence of nine months. */
    @Test
    void datesTheNewProvincesStockByTheYear() {
        assertThat(figures("Theo báo cáo của UBND tỉnh, 9 tháng năm 2025, tốc độ tăng trưởng kinh tế (GRDP) của tỉnh ước đạt "
                + "7,35%. Tỉnh Đồng Tháp (mới) có 102 đơn vị hành chính cấp xã.", "2025-09-24", "Đồng Tháp"))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(7.35, "2025-01/2025-09"), tuple(102.0, "2025"));
    }

    /** gen24a 006 (Báo Bắc Ninh 2025): the localities asked to meet the province's target, which its clause names. */
    @Test
    void keepsTheProvincesTargetThatTheLocalitiesAreAskedToMeet() {
        assertThat(figures("Bí thư Tỉnh ủy cũng đề nghị các địa phương phấn đấu hoàn thành chỉ tiêu thu ngân sách năm 2025 "
                + "của tỉnh là 64.500 tỷ đồng.", "2025-07-18", "Bắc Ninh")).extracting(Figure::area).containsExactly("Bắc Ninh");
        assertThat(figures("Năm 2025, các địa phương phấn đấu thu ngân sách đạt 2.000.000 tỷ đồng.", "2025-07-18",
                "Bắc Ninh")).extracting(Figure::area).containsExactly("Việt Nam");
    }

    /** gen24c 006 (Báo Khánh Hòa 2025): "của cả nước" right after a figure makes it the country's, but after a share verb. */
    @Test
    void givesTheCountryAFigureItsWordsAfterTheNumberMakeNational() {
        assertThat(figures("Theo đồng chí, mục tiêu tăng trưởng 8% trở lên của cả nước năm 2025 đòi hỏi nỗ lực lớn.",
                "2025-06-25", "Khánh Hòa")).extracting(Figure::area).containsExactly("Việt Nam");
        assertThat(figures("Năm 2025, sản lượng yến sào của tỉnh chiếm 12% của cả nước.", "2025-06-25", "Khánh Hòa"))
                .extracting(Figure::area).containsExactly("Khánh Hòa");
    }

    /** elect17 005 (Báo Lạng Sơn 2016): the figure's clause names the province after the number. */
    @Test
    void keepsTheProvincesFigureWhoseClauseNamesItAfterTheNumber() {
        List<Figure> found = figures("Ngày 22/5, cùng với cử tri cả nước, hơn 536.000 cử tri tỉnh Lạng Sơn đã đi bỏ phiếu. "
                + "Toàn tỉnh có 1.724 khu vực bỏ phiếu.", "2016-05-22", "Lạng Sơn");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(536000.0, "Lạng Sơn"), tuple(1724.0, "Lạng Sơn"));
        assertThat(figures("Ngày 22/5, cùng với cử tri cả nước, hơn 536.000 cử tri đã đi bỏ phiếu.", "2016-05-22",
                "Lạng Sơn")).extracting(Figure::area).containsExactly("Việt Nam");
    }

    @Test
    void givesABareFigureInBracketsTheAreaOfTheWordsBeforeThem() {
        List<Figure> found = figures("Năm 2025, giải ngân vốn đầu tư công đạt 55,3% kế hoạch, thấp hơn bình quân chung "
                + "cả nước (60,1%).", "2025-11-05", "Quảng Ninh");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(55.3, "Quảng Ninh"), tuple(60.1, "Việt Nam"));
    }

    /** ward18 008 (Báo Lào Cai 2025): the former communes a new one joined are no country. */
    @Test
    void keepsTheFiguresOfTheFormerPlacesAMergerJoinedLocal() {
        List<Figure> found = figures("Nhiệm kỳ qua, các địa phương (cũ) đã khai thác tốt tiềm năng du lịch. Năm 2025, "
                + "lượng khách du lịch đến xã ước đạt 320.000 lượt; tỷ lệ hộ nghèo còn 24,6%.", "2025-08-06", "Lào Cai");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(320000.0, "Lào Cai"), tuple(24.6, "Lào Cai"));
        assertThat(figures("Nhiệm kỳ qua, các địa phương đã khai thác tốt tiềm năng du lịch. Năm 2025, lượng khách du "
                + "lịch ước đạt 320.000 lượt.", "2025-08-06", "Lào Cai")).extracting(Figure::area).containsExactly("Việt Nam");
    }

    @Test
    void makesAParagraphAboutAllProvincesNational() {
        List<Figure> found = figures("6 tháng đầu năm 2023, các Tỉnh ủy, Thành ủy tập trung lãnh đạo. Cơ bản các địa "
                + "phương có tăng trưởng dương, trong đó có 12 tỉnh, thành phố tăng trên 8%.\n\nĐối với tỉnh Hà Giang, "
                + "tổng vốn đầu tư toàn xã hội đạt 6.378 tỷ đồng.", "2023-07-28", "Hà Giang");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(12.0, "Việt Nam"), tuple(8.0, "Việt Nam"), tuple(6.378e12, "Hà Giang"));
        assertThat(found).extracting(Figure::period).containsOnly("2023-H1");
    }

    @Test
    void carriesATargetThroughItsParagraphAndDatesItToThePlannedYear() {
        // 002_5bfcb5e402b5767e.txt: a review held on 29/12 plans the next year.
        List<Figure> found = figures("Ngày 29/12, Tỉnh ủy Thái Bình tổ chức Hội nghị tổng kết năm 2023, triển khai "
                + "nhiệm vụ năm 2024.\n\nToàn Đảng bộ phấn đấu tốc độ tăng trưởng kinh tế đạt 7,5%. Thu ngân sách "
                + "đạt trên 19.500 tỷ đồng.", null, "Thái Bình");
        assertThat(found).extracting(Figure::status).containsOnly(Figure.Status.TARGET);
        assertThat(found).extracting(Figure::period).containsOnly("2024");
    }

    @Test
    void datesFiguresOfAReviewHeldInJanuaryToTheYearBefore() {
        List<Figure> found = figures("Ngày 6/1, Tỉnh ủy Hưng Yên tổ chức hội nghị tổng kết năm 2023, mục tiêu năm "
                + "2024.\n\nTốc độ tăng trưởng GRDP đạt 9,5%, đứng thứ 3 cả nước.", null, "Hưng Yên");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).period()).isEqualTo("2023");
        assertThat(found.get(0).comparisons()).containsExactly("đứng thứ 3 cả nước");
    }

    @Test
    void keepsAShareOfThePlanAsAFigureOfItsOwn() {
        List<Figure> found = figures("Năm 2023, giá trị giải ngân vốn đầu tư công đạt 5.000 tỷ đồng, bằng 95,2% kế "
                + "hoạch.", "2024-01-05", "Hòa Bình");
        assertThat(found).extracting(f -> f.value().doubleValue()).containsExactly(5e12, 95.2);
        assertThat(found.get(1).indicator()).endsWith("so với kế hoạch");
        assertThat(found.get(0).concept()).isEqualTo("public-investment-disbursement");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bằng 95,2% kế hoạch        | so với kế hoạch
            bằng 95,2% chỉ tiêu giao   | so với chỉ tiêu giao
            bằng 95,2% mục tiêu        | so với mục tiêu
            bằng 95,2%                 | so với mục tiêu
            tăng 8,3%                  | so với cùng kỳ
            """)
    void namesABareShareByThePlanNounAfterItOrByWhatItIsComparedWith(String tail, String base) {
        List<Figure> found = figures("Năm 2023, giá trị giải ngân vốn đầu tư công đạt 5.000 tỷ đồng, " + tail + ".",
                "2024-01-05", "Hòa Bình");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).indicator()).endsWith(base);
    }

    @Test
    void givesTheYearsUnderReviewToResultsMeasuredAgainstTheReviewedResolution() {
        // 004_65fc4686f071d328.txt: "sơ kết 3 năm thực hiện Nghị quyết ..." then results "so với mục tiêu Nghị quyết".
        List<Figure> found = figures("Sáng 8/4, Hội nghị sơ kết 3 năm thực hiện Nghị quyết số 23-NQ/TU diễn ra.\n\n"
                + "Trong quý I/2024, tăng trưởng đạt 5,9%.\n\nMột số chỉ tiêu vượt so với mục tiêu Nghị quyết, đó "
                + "là: 85% xã có đường ô tô đến trung tâm xã (đạt 106%).", "2024-04-08", "Yên Bái");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(5.9, "2024-Q1"), tuple(85.0, "2021-2024"), tuple(106.0, "2021-2024"));
        assertThat(found.get(1).indicator()).startsWith("tỷ lệ xã có đường ô tô");
    }

    @Test
    void givesTheReviewedYearsOnlyToTheReviewedDocumentNotToAnotherOfItsKind() {
        // figs8 (dangcongsan 2014): "Nghị quyết 30a" is another resolution than the one the conference reviews
        List<Figure> found = figures("Ngày 23/12, Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết 3 năm thực hiện Nghị quyết về "
                + "giảm nghèo bền vững.\n\nNăm 2014, tỷ lệ hộ nghèo toàn tỉnh giảm còn 16,6%.\n\nRiêng các huyện nghèo theo "
                + "Nghị quyết 30a (Si Ma Cai, Bắc Hà), tỷ lệ hộ nghèo còn 34,2%.\n\nCác chỉ tiêu của Nghị quyết đều đạt: "
                + "tổng nguồn vốn huy động cho giảm nghèo đạt 8.640 tỷ đồng.", "2014-12-24", "Lào Cai");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(16.6, "2014"), tuple(34.2, "2014"), tuple(8640e9, "2011-2014"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Năm 2024, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 8%.               | tốc độ tăng trưởng GRDP
            Tốc độ tăng trưởng GRDP 9 tháng năm 2025 đạt 11,2%.                    | Tốc độ tăng trưởng GRDP
            Năm 2023, tốc độ tăng trưởng (GRDP) của tỉnh ước đạt 6,2%.             | tốc độ tăng trưởng (GRDP) của tỉnh
            Năm 2023, toàn Đảng bộ kết nạp được 2.614 đảng viên.                  | kết nạp đảng viên
            Quý I/2024, tổng sản phẩm trên địa bàn thành phố tăng 5,81%.           | tăng tổng sản phẩm trên địa bàn thành phố
            Năm 2025, tỷ lệ hộ nghèo giảm còn 1,2%.                                | tỷ lệ hộ nghèo
            Năm 2024, toàn huyện đón hơn 1,8 triệu lượt khách du lịch.             | đón lượt khách
            Năm 2024, kim ngạch xuất khẩu ước đạt 4,33 tỷ USD, tăng 8,3%.          | kim ngạch xuất khẩu
            """)
    void namesTheIndicatorWithoutStatusPeriodAndVerbs(String text, String indicator) {
        assertThat(figures(text, "2025-10-20", "Nghệ An").get(0).indicator()).isEqualTo(indicator);
    }

    @Test
    void dropsAFigureTheStoryRepeats() {
        List<Figure> found = figures("Năm 2024, tỉnh phấn đấu tăng trưởng kinh tế đạt 8%.\n\nNăm 2024, tỉnh phấn đấu "
                + "tăng trưởng kinh tế đạt 8%.", "2023-12-20", "Bắc Ninh");
        assertThat(found).hasSize(1);
    }

    @Test
    void dropsASumTheLeadRepeatsUnderAnotherName() {
        // figs8 (baodautu 2023): the lead and the body name one sum differently; two equal rates may be two indicators
        List<Figure> found = figures("Bắc Ninh tiếp tục là điểm sáng khi 9 tháng đầu năm 2023 thu hút được 4,29 tỷ USD vốn "
                + "FDI.\n\nTổng vốn FDI thu hút 9 tháng đạt 4,29 tỷ USD. Kim ngạch xuất khẩu giảm 12,3%, nhập khẩu giảm 12,3%.",
                "2023-10-04", "Bắc Ninh");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(4.29e9, "2023-01/2023-09"), tuple(12.3, "2023-01/2023-09"),
                        tuple(12.3, "2023-01/2023-09"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tổng kế hoạch vốn đầu tư công năm 2024 của tỉnh là 4.906 tỷ đồng.              | 4906000000000 | plan
            Dự toán thu ngân sách năm 2024 là 5.200 tỷ đồng.                                | 5200000000000 | plan
            Năm 2024, chỉ tiêu kết nạp đảng viên mới đạt gần 13% kế hoạch.                  | 13            | actual
            Năm 2018, tốc độ tăng trưởng ước đạt 14,8%, vượt chỉ tiêu Nghị quyết (14,5%).   | 14.5          | target
            Tỷ lệ hộ nghèo giảm 4,7 điểm phần trăm, vượt chỉ tiêu Nghị quyết đề ra (giảm 4 điểm phần trăm). | 4 | target
            Kế hoạch năm 2021, kim ngạch xuất nhập khẩu qua địa bàn tỉnh là 5 tỷ USD.        | 5000000000    | plan
            Kế hoạch năm 2016 là giảm 3% hộ nghèo.                                          | 3             | plan
            """)
    void givesAFigureThatAPlanNamesThePlansStatus(String text, String value, String status) {
        Figure f = figures(text, "2024-12-20", "Yên Bái").stream()
                .filter(x -> x.value().compareTo(new BigDecimal(value)) == 0).findFirst().orElseThrow();
        assertThat(f.status().code()).isEqualTo(status);
    }

    @Test
    void datesTheSamePeriodOfTheYearBeforeAsItsSubject() {
        // figs8 (a provincial statistics office, 2019): the bracket reports last year's rise, not this year's
        List<Figure> found = figures("Tính chung 10 tháng năm 2019, IIP ước tính tăng 10,3% so với cùng kỳ năm 2018 (cùng kỳ "
                + "năm trước tăng 11,1%). Quý III, GRDP tăng 7,2%, cùng kỳ năm 2017 tăng 6,9%.", "2019-10-29", "Hải Dương");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(10.3, "2019-01/2019-10", "estimate"), tuple(11.1, "2018-01/2018-10", "actual"),
                        tuple(7.2, "2019-Q3", "actual"), tuple(6.9, "2017-Q3", "actual"));
    }

    @Test
    void datesABracketedRateOfTheSamePeriodBeforeToThatPeriod() {
        // figs8/more (baochinhphu 2021): the bracket is last year's rate over the same eleven months
        List<Figure> found = figures("Giải ngân vốn đầu tư công 11 tháng đạt 67,2% kế hoạch\n\nƯớc giải ngân vốn đầu tư công "
                + "11 tháng năm 2021 là 309.072 tỷ đồng, đạt 67,2% kế hoạch, thấp hơn cùng kỳ năm 2020 (75,1%).",
                "2021-12-06", null);
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .contains(tuple(309072e9, "2021-01/2021-11"), tuple(67.2, "2021-01/2021-11"),
                        tuple(75.1, "2020-01/2020-11"))
                .doesNotContain(tuple(75.1, "2021-01/2021-11"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cả nước có 24 địa phương có tỷ lệ giải ngân trên 70%.                   | 24
            Toàn tỉnh có 35 xã có tỷ lệ hộ nghèo dưới 3%.                            | 35
            """)
    void readsNoFigureInTheBoundOfACountedGroup(String text, String count) {
        assertThat(figures(text, "2021-12-06", "Nghệ An")).extracting(f -> f.value().toPlainString()).containsExactly(count);
    }

    @Test
    void keepsARateAboveAfterAVerbOfResultsAFigure() {
        List<Figure> found = figures("Năm 2021, có 24 địa phương giải ngân đạt trên 70%.", "2021-12-06", "Nghệ An");
        assertThat(found).extracting(f -> f.value().doubleValue()).containsExactly(24.0, 70.0);
    }

    @Test
    void readsAYearAfterAPlanNounAsThePlansNotAsTheFiguresBehindIt() {
        // figs8 (baoyenbai 2024): "kế hoạch vốn năm 2024" dates the plan; the national rate is of the ten months
        List<Figure> found = figures("Tính đến hết tháng 10/2024, tỉnh đã giải ngân 3.356 tỷ đồng vốn đầu tư công, đạt 68,4% "
                + "kế hoạch vốn năm 2024 Thủ tướng Chính phủ giao, cao hơn mức bình quân chung cả nước (51,3%).",
                "2024-11-08", "Yên Bái");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::area, Figure::period)
                .containsExactly(tuple(3356e9, "Yên Bái", "2024-01/2024-10"), tuple(68.4, "Yên Bái", "2024-01/2024-10"),
                        tuple(51.3, "Việt Nam", "2024-01/2024-10"));
    }

    @Test
    void keepsASchoolYearOpeningAParagraphForItsFigures() {
        // figs8 (baodaklak 2024): a school year is one period, not a span of years
        List<Figure> found = figures("Năm học 2023–2024, toàn tỉnh có 1.052 trường học với hơn 520.000 học sinh. Tỷ lệ trường "
                + "đạt chuẩn quốc gia đạt 55,8%.\n\nNăm học 2024–2025, ngành phấn đấu tỷ lệ trường đạt chuẩn quốc gia đạt 60%.",
                "2024-08-09", "Đắk Lắk");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(1052.0, "2023-2024", "actual"), tuple(520000.0, "2023-2024", "actual"),
                        tuple(55.8, "2023-2024", "actual"), tuple(60.0, "2024-2025", "target"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trong đó, dự án đường kết nối cao tốc Nội Bài – Lào Cai với Quốc lộ 32C đã giải ngân 412 tỷ đồng. | Yên Bái
            Dự án nút giao IC14 cao tốc Hà Nội – Lào Cai giải ngân 96 tỷ đồng.                                 | Yên Bái
            Dự án mở rộng đoạn đường Hồ Chí Minh qua huyện đã giải phóng mặt bằng 42,5 ha.                     | Yên Bái
            Khách nội địa đến từ Hà Nội và các tỉnh đồng bằng sông Hồng chiếm 65%.                             | Yên Bái
            Năm 2024, Lào Cai giải ngân 2.100 tỷ đồng.                                                         | Lào Cai
            """)
    void givesAFigureOfARouteOrOfVisitorsFromElsewhereTheStorysProvince(String text, String area) {
        assertThat(figures(text, "2024-11-08", "Yên Bái")).extracting(Figure::area).containsExactly(area);
    }

    @Test
    void givesEachProvinceOfARankingAfterXepSauLaItsFigure() {
        List<Figure> found = figures("Tổng vốn FDI thu hút 9 tháng đạt 4,29 tỷ USD, dẫn đầu cả nước; xếp sau là Quảng Ninh "
                + "với 2,77 tỷ USD và Hà Nội với 2,46 tỷ USD.", "2023-10-04", "Bắc Ninh");
        assertThat(found).extracting(Figure::area).containsExactly("Bắc Ninh", "Quảng Ninh", "Hà Nội");
    }

    @Test
    void readsABareChangeAfterAValueAsAgainstTheSamePeriod() {
        List<Figure> found = figures("Năm 2024, kim ngạch xuất khẩu ước đạt 4,33 tỷ USD, tăng 8,3%; thu ngân sách đạt "
                + "9.000 tỷ đồng, bằng 105% dự toán.", "2024-12-20", "Nghệ An");
        assertThat(found).extracting(Figure::indicator).contains("kim ngạch xuất khẩu so với cùng kỳ");
    }

    @Test
    void givesAFigureWithoutAPeriodOfItsClauseThePeriodEarlierInItsSentence() {
        // f05 (VnExpress style): the national figure shares the half year of the city's
        List<Figure> found = figures("Theo báo cáo, tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm tăng 7,5% so với cùng "
                + "kỳ, trong khi GDP cả nước tăng 7,52%. Đại hội đề ra mục tiêu đến năm 2030, GRDP bình quân đầu người đạt "
                + "200 triệu đồng.", "2025-07-12", "Đà Nẵng");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::area, Figure::period)
                .containsExactly(tuple(7.5, "Đà Nẵng", "2025-H1"), tuple(7.52, "Việt Nam", "2025-H1"),
                        tuple(200000000.0, "Đà Nẵng", "2030"));
    }

    @Test
    void datesFiguresToThePeriodTheStorysMeetingReviews() {
        List<Figure> found = figures("Sáng 20-10, Tỉnh ủy Kiên Giang tổ chức hội nghị trực tuyến sơ kết tình hình thực hiện "
                + "nhiệm vụ 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2022.\n\nTổng thu ngân sách trên địa bàn được "
                + "10.260 tỷ đồng. Năm 2023, tỉnh phấn đấu thu ngân sách 12.000 tỷ đồng.", "2022-10-20", "Kiên Giang");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(10260e9, "2022-01/2022-09", "actual"), tuple(12000e9, "2023", "target"));
    }

    @Test
    void keepsAPeriodOpeningASentenceToItsParagraph() {
        List<Figure> found = figures("6 tháng đầu năm 2020, giá trị sản xuất nông nghiệp tăng 3,1%. Quý II, kim ngạch xuất "
                + "khẩu nông sản đạt 180 triệu USD.\n\nĐến nay, toàn tỉnh có 67 xã đạt chuẩn nông thôn mới.\n\n"
                + "Giai đoạn 2016 - 2020, tốc độ tăng trưởng bình quân đạt 6,5%/năm. Tổng vốn đầu tư toàn xã hội 5 năm đạt "
                + "49.500 tỷ đồng.\n\nToàn Đảng bộ có hơn 47.000 đảng viên.", "2020-08-18", "Đắk Lắk");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(3.1, "2020-H1"), tuple(180e6, "2020-Q2"), tuple(67.0, "2020"),
                        // a state no words date is of the year (datesAStateInAReviewOfPartOfAYearByItsYear)
                        tuple(6.5, "2016-2020"), tuple(49500e9, "2016-2020"), tuple(47000.0, "2020"));
    }

    /** gen24c 004: the plan a term's result exceeded is that term's, not the next one's the headline names. */
    @Test
    void datesAPlanAResultExceededByTheResult() {
        List<Figure> found = figures("Cho ý kiến vào dự thảo Báo cáo chính trị trình Đại hội Đảng bộ tỉnh lần thứ XVIII, "
                + "nhiệm kỳ 2025 - 2030\n\nDự thảo báo cáo đánh giá, nhiệm kỳ 2020 - 2025, kinh tế của tỉnh vẫn duy trì tăng "
                + "trưởng.\n\nTrong nhiệm kỳ, toàn Đảng bộ kết nạp 5.420 đảng viên mới, vượt chỉ tiêu Nghị quyết (5.000 "
                + "đảng viên).", "2025-05-09", "Quảng Trị");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(5420.0, "2020-2025"), tuple(5000.0, "2020-2025"));
    }

    /** gen24c 006: a target a purpose clause aims at ("để đạt mục tiêu ...") holds to its clause's end only. */
    @Test
    void keepsATargetAimedAtToItsClause() {
        List<Figure> found = figures("Sáng 26-6, Ban Chấp hành Đảng bộ tỉnh Khánh Hòa tổ chức hội nghị sơ kết công tác 6 "
                + "tháng đầu năm 2025.\n\nÔng A cho biết, để đạt mục tiêu tăng trưởng cả năm từ 10% trở lên, tỉnh sẽ dồn lực "
                + "giải ngân vốn đầu tư công; đến ngày 20-6, giải ngân mới đạt 31,5% kế hoạch.", "2025-06-27", "Khánh Hòa");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(10.0, "2025", "target"), tuple(31.5, "2025-H1", "actual"));
    }

    /** gen24c 001: the months of the year before, recalled in brackets, are no running period of the paragraph. */
    @Test
    void goesOnWithTheRunningPeriodNotOneRecalledInBrackets() {
        List<Figure> found = figures("Theo Cục Thống kê tỉnh Quảng Nam, tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng năm "
                + "2017 ước tăng 11,3% so với cùng kỳ (9 tháng năm 2016 tăng 9,6%). Cùng thời gian, GDP cả nước tăng 6,41%.",
                "2017-10-03", "Quảng Nam");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(11.3, "2017-01/2017-09"), tuple(9.6, "2016-01/2016-09"),
                        tuple(6.41, "2017-01/2017-09"));
    }

    /** gen25a 006: the months of the year before that a figure is compared with are no running period of the paragraph. */
    @Test
    void goesOnWithTheRunningPeriodNotTheBaseOfAComparison() {
        List<Figure> found = figures("Theo báo cáo, tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2026 ước tăng 8,12% so "
                + "với cùng kỳ, cao hơn mức tăng 7,49% của 6 tháng đầu năm 2025. Tổng thu ngân sách trên địa bàn đạt 382.500 "
                + "tỷ đồng, bằng 57,3% dự toán.", "2026-07-04", "Hồ Chí Minh");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(8.12, "2026-H1"), tuple(7.49, "2025-H1"), tuple(382500e9, "2026-H1"),
                        tuple(57.3, "2026-H1"));
    }

    /** gen24c 004: the term before, named as the base of a comparison, is not the term "5 năm" after it sums. */
    @Test
    void sumsFiveYearsOverTheTermReviewedNotTheTermComparedWith() {
        List<Figure> found = figures("Dự thảo báo cáo đánh giá, nhiệm kỳ 2020 - 2025, tốc độ tăng trưởng GRDP bình quân ước "
                + "đạt 6,5%/năm, chưa đạt chỉ tiêu Nghị quyết đề ra (7 - 7,5%/năm), nhưng cao hơn nhiệm kỳ 2015 - 2020 "
                + "(6,1%/năm).\n\nTổng thu ngân sách nhà nước trên địa bàn 5 năm ước đạt 20.150 tỷ đồng.", "2025-05-09",
                "Quảng Trị");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .contains(tuple(6.1, "2015-2020"), tuple(20150e9, "2020-2025"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sáu tháng đầu năm, kinh tế của tỉnh tiếp tục tăng trưởng khá.   | 2020-H1
            Trong quý hai, sản xuất nông nghiệp gặp nhiều khó khăn do hạn hán. | 2020-Q2
            Chín tháng đầu năm, tình hình kinh tế của tỉnh chuyển biến tích cực. | 2020-01/2020-09
            """)
    void keepsAPeriodWrittenInWordsOpeningAParagraphWithoutDigits(String opening, String period) {
        // The opening sentence has no digit; its period still dates the figures after it in the paragraph.
        List<Figure> found = figures(opening + " Kim ngạch xuất khẩu nông sản đạt 180 triệu USD.", "2020-10-18", "Đắk Lắk");
        assertThat(found).extracting(Figure::period).containsExactly(period);
    }

    @Test
    void givesASentenceThatBreaksDownATotalThePeriodAndStatusOfTheTotal() {
        // figs9 k05 (Báo Đồng Nai, December 2023): the next year's budget, then this year's estimate
        String text = "Báo cáo cho thấy, năm 2023 thu ngân sách ước đạt 55,2 nghìn tỷ đồng.\n\nTheo đó, tổng thu ngân sách "
                + "nhà nước trên địa bàn tỉnh năm 2024 là 56.650 tỷ đồng. Trong đó, thu nội địa 38.150 tỷ đồng.\n\n"
                + "Kim ngạch xuất khẩu 9 tháng ước đạt 20,3 tỷ USD. Trong đó, khu vực có vốn đầu tư nước ngoài xuất khẩu "
                + "16,4 tỷ USD.";
        assertThat(figures(text, "2023-12-08", "Đồng Nai"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(55.2e12, "2023", "estimate"), tuple(56.65e12, "2024", "actual"),
                        tuple(38.15e12, "2024", "actual"), tuple(20.3e9, "2023-01/2023-09", "estimate"),
                        tuple(16.4e9, "2023-01/2023-09", "estimate"));
    }

    @Test
    void givesASentenceThatBreaksDownAPlanNoPeriodOfThePlan() {
        // figs8 n04 (Báo Yên Bái, November 2024): what was spent of the year's plan, in the months so far
        String text = "Tính đến ngày 31/10/2024, tỉnh đã giải ngân 3.356 tỷ đồng vốn đầu tư công.\n\nTổng kế hoạch vốn đầu "
                + "tư công năm 2024 của tỉnh là 4.906 tỷ đồng.\n\nTrong đó, dự án nút giao IC14 giải ngân 96 tỷ đồng.";
        assertThat(figures(text, "2024-11-08", "Yên Bái"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(3.356e12, "2024-01/2024-10", "actual"), tuple(4.906e12, "2024", "plan"),
                        tuple(96e9, "2024-01/2024-10", "actual"));
    }

    @Test
    void givesEveryTargetOfASentenceTheYearItsTargetNames() {
        // a year-end review (December 2024): the targets for 2025 after the first are of 2025 too, and a range written
        // with its unit at both ends is its lower bound
        String text = "Năm 2024, tăng trưởng kinh tế của tỉnh ước đạt 10,5%.\n\nTỉnh đặt mục tiêu năm 2025 tăng trưởng "
                + "từ 10% đến 11%; thu ngân sách khoảng 14 - 15 nghìn tỷ đồng; kim ngạch xuất khẩu khoảng 3,5 - 4 tỷ USD.";
        assertThat(figures(text, "2024-12-25", "Thái Bình"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(10.5, "2024", "estimate"), tuple(10.0, "2025", "target"),
                        tuple(14e12, "2025", "target"), tuple(3.5e9, "2025", "target"));
    }

    @Test
    void givesAYearlyRateTheSpanItsSentenceNames() {
        // a mid-term review (July 2023) that names a span behind it and one running: the rate is of the one it names
        String text = "Trong 5 năm qua (2018 - 2023), tỉnh đã giảm 9.876 hộ nghèo. Bình quân giai đoạn 2021 - 2025, tỷ lệ "
                + "hộ nghèo giảm 3,5%/năm.";
        assertThat(figures(text, "2023-07-07", "Bắc Kạn")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(9876.0, "2018-2023"), tuple(3.5, "2021-2025"));
    }

    @Test
    void keepsAQuarterSetApartFromTheSentencesAfterIt() {
        // figs9 k10 (Báo Cần Thơ, June 2021): "riêng quý II" is inside the half year the paragraph goes on with
        String text = "Chiều 28-6, UBND thành phố họp đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2021.\n\n"
                + "Tốc độ tăng trưởng GRDP 6 tháng đầu năm ước đạt 4,86%; riêng quý II tăng 5,12%. Tổng mức bán lẻ hàng "
                + "hóa đạt 58.430 tỷ đồng.";
        assertThat(figures(text, "2021-06-28", "Cần Thơ")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(4.86, "2021-H1"), tuple(5.12, "2021-Q2"), tuple(58.43e12, "2021-H1"));
    }

    @Test
    void goesOnWithTheParagraphsPeriodAfterASentenceThatOpensSetApart() {
        // econ19 (a provincial party committee's 9 months, 2024): "Riêng quý III, ..." dates its own sentence only;
        // the spending reported after it is of the 9 months the story reviews, as after "; riêng quý II tăng 5,12%"
        String text = "Ban Thường vụ Tỉnh ủy họp đánh giá tình hình kinh tế - xã hội 9 tháng năm 2024.\n\n"
                + "Tổng thu ngân sách 9 tháng đạt 7.230 tỷ đồng. Riêng quý III, GRDP tăng 8,4%. Chi ngân sách địa "
                + "phương đạt 12.450 tỷ đồng.";
        assertThat(figures(text, "2024-10-07", "Đắk Lắk")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(7.23e12, "2024-01/2024-09"), tuple(8.4, "2024-Q3"),
                        tuple(12.45e12, "2024-01/2024-09"));
    }

    @Test
    void readsTheLabelBeforeAColonInBracketsAsTheFiguresOwn() {
        // econ19 021 (Báo Tuyên Quang, July 2026): "(kế hoạch cả năm: 10%)" is the year's plan and "(cùng kỳ: 2,31 triệu lượt)" the
        // same half of the year before, as "(cùng kỳ năm trước tăng 11,1%)" is
        String text = "Hội nghị đánh giá kết quả 6 tháng đầu năm 2026.\n\n"
                + "Tốc độ tăng trưởng GRDP ước đạt 8,35% (kế hoạch cả năm: 10%). Kim ngạch xuất khẩu đạt 215 triệu USD "
                + "(cùng kỳ: 190 triệu USD).";
        assertThat(figures(text, "2026-07-10", "Tuyên Quang")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(8.35, "2026-H1"), tuple(10.0, "2026"), tuple(2.15e8, "2026-H1"),
                        tuple(1.9e8, "2025-H1"));
        assertThat(figures(text, "2026-07-10", "Tuyên Quang").get(1).status()).isEqualTo(Figure.Status.PLAN);
    }

    @Test
    void breaksDownTheRunningFigureNotAQuarterSetApartAfterIt() {
        // figs13 (a statistics office, October 2025): "Trong mức tăng chung" breaks down the 9 months' growth, not the
        // quarter the sentence before sets apart after it
        String text = "GRDP 9 tháng năm 2025 của tỉnh ước tăng 10,85%; riêng quý III tăng 11,42%.\n\n"
                + "Trong mức tăng chung, khu vực dịch vụ tăng 8,9%; thuế sản phẩm giảm 1,8%.";
        assertThat(figures(text, "2025-10-06", "Ninh Bình")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(10.85, "2025-01/2025-09"), tuple(11.42, "2025-Q3"), tuple(8.9, "2025-01/2025-09"),
                        tuple(1.8, "2025-01/2025-09"));
    }

    @Test
    void givesASentenceThatGoesOnWithAnAnnouncementThePeriodItNames() {
        // figs13 (Báo Long An, May 2024): the index of 2023, announced in 2024, in points
        String text = "Ngày 8/5, VCCI công bố Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) năm 2023. Theo đó, Long An đạt "
                + "69,64 điểm, xếp thứ 3/63 tỉnh, thành phố.";
        assertThat(figures(text, "2024-05-09", "Long An"))
                .extracting(f -> f.value().doubleValue(), Figure::unit, Figure::period)
                .containsExactly(tuple(69.64, "point", "2023"));
    }

    @Test
    void leavesTheTimeOfTheFirstLevelToIt() {
        // figs13 (Nhân Dân, December 2019): the year after the first level is that level's; the second is the sentence's
        String text = "Năm 2019, tỷ lệ hộ nghèo của tỉnh giảm từ 32,08% năm 2018 xuống còn 27,33%, vượt kế hoạch.";
        assertThat(figures(text, "2019-12-20", "Hà Giang")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(32.08, "2018"), tuple(27.33, "2019"));
    }

    @Test
    void givesEachLevelTheYearInBracketsAfterIt() {
        // ethnic18 008 (Báo Kon Tum, June 2020): "(năm 2015)" after a level dates it as "năm 2015" written bare does;
        // brackets that hold more than the period are no level's time
        String text = "Nhiệm kỳ 2015 - 2020, tốc độ tăng giá trị sản xuất bình quân đạt 11,3%/năm; tỷ lệ hộ nghèo giảm từ "
                + "52,4% (năm 2015) xuống còn 23,1% (năm 2019).";
        assertThat(figures(text, "2020-06-30", "Kon Tum")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(11.3, "2015-2020"), tuple(52.4, "2015"), tuple(23.1, "2019"));
    }

    @Test
    void givesTheLevelsOfAChangeOverASpanItsFirstAndLastYears() {
        // gen25c 002 (Báo Lạng Sơn, July 2020), ward18 005: under a term, the level a change goes from is of the term's
        // first year, the level it goes to of its last; the rate a year stays the term's
        String text = "Nhiệm kỳ 2015 - 2020, tốc độ tăng giá trị sản xuất bình quân đạt 9,6%/năm; tỷ lệ hộ nghèo giảm từ "
                + "21,52% đầu nhiệm kỳ xuống còn 6,84%; độ che phủ rừng tăng từ mức 50,1% lên 53,2%.";
        assertThat(figures(text, "2020-07-16", "Lạng Sơn")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(9.6, "2015-2020"), tuple(21.52, "2015"), tuple(6.84, "2020"),
                        tuple(50.1, "2015"), tuple(53.2, "2020"));
    }

    @Test
    void leavesATargetedChangeBetweenLevelsToItsSpan() {
        // a target's levels are no results at the span's ends: the plan over the term stays the term's
        String text = "Nhiệm kỳ 2020 - 2025, phấn đấu tỷ lệ che phủ rừng tăng từ 50% lên 55%.";
        assertThat(figures(text, "2020-07-16", "Lạng Sơn")).extracting(Figure::period).doesNotContain("2020");
    }

    @Test
    void datesNothingAfterBracketsByTheFigureTheyRecall() {
        // gen25c 009 (Báo Bắc Giang, August 2022): the year of a figure recalled in brackets is the bracket's alone; the
        // export after them is of the year the sentence opened with
        String text = "Năm 2022, sản lượng vải thiều đạt 95.000 tấn (năm 2021 đạt 110.000 tấn), trong đó xuất khẩu "
                + "42.000 tấn.";
        assertThat(figures(text, "2022-08-10", "Bắc Giang")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(95000.0, "2022"), tuple(110000.0, "2021"), tuple(42000.0, "2022"));
    }

    @Test
    void countsNoPlacesItNames() {
        // figs13 (Báo Lâm Đồng, October 2025): the provinces merged are named, not counted as a figure
        String text = "Giai đoạn 2021 - 2025, tốc độ tăng trưởng GRDP bình quân của 3 tỉnh Lâm Đồng, Đắk Nông và Bình "
                + "Thuận (cũ) đạt 7,2%/năm. Toàn tỉnh có 124 xã, phường.";
        assertThat(figures(text, "2025-10-08", "Lâm Đồng")).extracting(f -> f.value().doubleValue())
                .containsExactly(7.2, 124.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cùng kỳ năm 2018, kim ngạch xuất khẩu của tỉnh đạt 18,4 tỷ USD.     | 2018-01/2018-09
            Cùng kỳ năm trước, kim ngạch xuất khẩu của tỉnh đạt 18,4 tỷ USD.    | 2018-01/2018-09
            """)
    void datesASentenceOpeningWithTheSamePeriodOfAnEarlierYear(String sentence, String period) {
        // figs9 k03 (Báo Bình Dương, October 2019): the months the story reports on, of the year before
        String text = "Bình Dương: Kim ngạch xuất khẩu 9 tháng ước đạt 20,3 tỷ USD\n\nKim ngạch xuất khẩu trên địa bàn "
                + "tỉnh 9 tháng năm 2019 ước đạt 20,3 tỷ USD.\n\n" + sentence;
        assertThat(figures(text, "2019-10-02", "Bình Dương")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(20.3e9, "2019-01/2019-09"), tuple(18.4e9, period));
    }

    @Test
    void makesTheFiguresOfAStoryAboutTheWholeCountryNational() {
        // f07 (baochinhphu.vn): "Phó Thủ tướng Trương Hòa Bình" names a person, not the province Hòa Bình
        String text = "Sáng 1/11, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ. Dự phiên họp có Phó Thủ tướng Trương "
                + "Hòa Bình.\n\nCả nước có gần 92.000 doanh nghiệp thành lập mới. Vốn FDI thực hiện đạt 12,6 tỷ USD.";
        String province = new ProvinceFinder().mainProvince(text);
        assertThat(province).isNull();
        assertThat(figures(text, "2016-11-01", province)).extracting(Figure::area).containsOnly("Việt Nam");
    }

    @Test
    void makesAStoryAboutThePoorDistrictsOfTheCountryNational() {
        // figs9 k06 (VOV, December 2020): "các huyện nghèo" are many districts, no province's
        String text = "Ngày 28/12, Bộ Lao động - Thương binh và Xã hội tổ chức hội nghị tổng kết công tác năm 2020.\n\n"
                + "Tỷ lệ hộ nghèo cả nước ước giảm còn 2,75%; riêng tỷ lệ hộ nghèo tại các huyện nghèo giảm bình quân "
                + "5,5%/năm.\n\nGói hỗ trợ người dân đã giải ngân hơn 12.000 tỷ đồng.";
        String province = new ProvinceFinder().mainProvince(text);
        assertThat(province).isNull();
        assertThat(figures(text, "2020-12-28", province)).hasSize(3).extracting(Figure::area).containsOnly("Việt Nam");
    }

    @Test
    void makesAStoryOfANationalSourceNationalThoughItListsProvinces() {
        // a ministry's nine months (VOV style, 2024): the provinces listed later keep their own figures
        String text = "Xuất khẩu nông sản 9 tháng đạt 46,5 tỷ USD\n\n(VOV) - Theo Bộ Nông nghiệp và Phát triển "
                + "nông thôn, tổng kim ngạch xuất khẩu nông lâm thủy sản 9 tháng năm 2024 ước đạt 46,5 tỷ USD.\n\n"
                + "Một số địa phương có kim ngạch lớn như: Đắk Lắk đạt 1,8 tỷ USD, tăng 35%; Lâm Đồng đạt 1,1 tỷ USD."
                + "\n\nHuyện Krông Pắc (Đắk Lắk) có sản lượng sầu riêng đạt 120.000 tấn.\n\nCả năm, ngành phấn đấu "
                + "xuất khẩu đạt 57 tỷ USD.";
        String province = new ProvinceFinder().mainProvince(text);
        assertThat(province).isEqualTo("Đắk Lắk");
        String title = text.substring(0, text.indexOf('\n'));
        assertThat(FIGURES.extract(Articles.context(title, text, "2024-10-01", province)))
                .extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(46.5e9, "Việt Nam"), tuple(1.8e9, "Đắk Lắk"), tuple(35.0, "Đắk Lắk"),
                        tuple(1.1e9, "Lâm Đồng"),
                        tuple(120000.0, "Đắk Lắk"), tuple(57e9, "Việt Nam"));
    }

    @Test
    void makesAParagraphThatANationalBodyOpensNationalInAStoryAboutAProvince() {
        // disc16 probe, 000 (Nhân Dân 2021) and 008 (Tuổi Trẻ 2026): the Central Inspection Commission disciplines a
        // province's cadres, then reports the whole party's year, as its subject or as the source after "Theo"
        String text = "Ủy ban Kiểm tra Trung ương cảnh cáo Giám đốc Sở Tài chính tỉnh Bình Phước\n\nNgày 20/12, Ủy ban "
                + "Kiểm tra Trung ương họp, thi hành kỷ luật cảnh cáo đối với ông A, Giám đốc Sở Tài chính tỉnh Bình "
                + "Phước.\n\nỦy ban Kiểm tra Trung ương cũng thông qua báo cáo công tác năm 2021. Theo báo cáo, cấp ủy "
                + "các cấp đã thi hành kỷ luật 19.630 đảng viên.\n\nTheo Ủy ban Kiểm tra Trung ương, năm 2021, Bộ Chính "
                + "trị, Ban Bí thư đã thi hành kỷ luật 27 cán bộ.\n\nTheo Ủy ban Kiểm tra Trung ương, năm 2021, Đảng bộ "
                + "tỉnh Bình Phước đã thi hành kỷ luật 112 đảng viên.";
        String province = new ProvinceFinder().mainProvince(text);
        assertThat(province).isEqualTo("Bình Phước");
        String title = text.substring(0, text.indexOf('\n'));
        assertThat(FIGURES.extract(Articles.context(title, text, "2021-12-20", province)))
                .extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(19630.0, "Việt Nam"), tuple(27.0, "Việt Nam"), tuple(112.0, "Bình Phước"));
    }

    @Test
    void makesASentenceThatANationalBodyOpensNationalInAStoryAboutAProvince() {
        // interview20 009 (Dân trí 2013): the Chủ tịch Quốc hội tells a province's voters what Quốc hội decided, in a
        // sentence after the one that opens the paragraph; the district's own figure stays the province's
        String text = "Chủ tịch Quốc hội tiếp xúc cử tri Hà Tĩnh\n\nSáng 2/12, Chủ tịch Quốc hội cùng Đoàn ĐBQH tỉnh Hà "
                + "Tĩnh tiếp xúc cử tri huyện Nghi Xuân.\n\nTrả lời cử tri, Chủ tịch Quốc hội cho biết, Quốc hội đã thông "
                + "qua 8 luật. Quốc hội cũng quyết định phát hành bổ sung 170.000 tỷ đồng trái phiếu Chính phủ.\n\nNăm "
                + "2013, thu nhập bình quân đầu người của huyện đạt 21,5 triệu đồng.";
        String province = new ProvinceFinder().mainProvince(text);
        assertThat(province).isEqualTo("Hà Tĩnh");
        String title = text.substring(0, text.indexOf('\n'));
        assertThat(FIGURES.extract(Articles.context(title, text, "2013-12-02", province)))
                .extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(170000e9, "Việt Nam"), tuple(21.5e6, "Hà Tĩnh"));
    }

    @Test
    void makesTheStoryOfANationalBodyNationalThoughItThanksAProvince() {
        // central12 probe (Thanh Niên 2020, Tuổi Trẻ 2013): the Youth Union's plenum in the capital, its year's
        // figures and next year's target; a province the story thanks, or names once as the plenum's seat, is not it
        String text = "Anh Nguyễn Minh Triết được bầu vào Ban Bí thư T.Ư Đoàn\n\nChiều 28.12, tại Hà Nội, Ban Chấp hành "
                + "T.Ư Đoàn khóa XI tổ chức hội nghị lần thứ 14 để tổng kết công tác Đoàn năm 2020.\n\nNăm 2020, các cấp bộ "
                + "Đoàn đã kết nạp 918.000 đoàn viên mới.\n\nHội nghị trao cờ thi đua cho Tỉnh Đoàn Bắc Ninh. Anh Nguyễn "
                + "Văn Dũng, Bí thư Tỉnh Đoàn Bắc Ninh, phát biểu.\n\nNăm 2021, Đoàn phấn đấu giới thiệu 150.000 đoàn viên "
                + "ưu tú cho Đảng.";
        String province = new ProvinceFinder().mainProvince(text);
        assertThat(province).isEqualTo("Bắc Ninh");
        String title = text.substring(0, text.indexOf('\n'));
        assertThat(FIGURES.extract(Articles.context(title, text, "2020-12-28", province)))
                .extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(918000.0, "Việt Nam"), tuple(150000.0, "Việt Nam"));
        // the Prime Minister's working visit to a province stays the province's
        String visit = "Thủ tướng làm việc với Ban Thường vụ Tỉnh ủy Bình Định\n\nChiều 29/7, Thủ tướng Phạm Minh Chính "
                + "và đoàn công tác của Chính phủ làm việc với Ban Thường vụ Tỉnh ủy Bình Định.\n\nSáu tháng đầu năm, thu "
                + "ngân sách đạt 5.842 tỷ đồng.";
        assertThat(FIGURES.extract(Articles.context(visit.substring(0, visit.indexOf('\n')), visit, "2023-07-29",
                "Bình Định"))).extracting(Figure::area).containsExactly("Bình Định");
    }

    @Test
    void makesTheStoryOfANationwideConferenceNational() {
        // force15 (CAND 2018): the police's nationwide conference in the capital; the Hà Nội police's director who
        // speaks at it does not make its figures Hà Nội's
        String text = "Khai mạc Hội nghị Công an toàn quốc lần thứ 74\n\nSáng 19/12, tại Hà Nội, Đảng ủy Công an Trung "
                + "ương, Bộ Công an tổ chức Hội nghị Công an toàn quốc lần thứ 74 tổng kết công tác năm 2018.\n\nNăm 2018, "
                + "lực lượng Công an đã điều tra, khám phá 84,6% số vụ phạm tội về trật tự xã hội.\n\nThiếu tướng Đoàn "
                + "Duy Khương, Giám đốc Công an thành phố Hà Nội phát biểu tham luận.";
        String province = new ProvinceFinder().mainProvince(text);
        assertThat(province).isEqualTo("Hà Nội");
        String title = text.substring(0, text.indexOf('\n'));
        assertThat(FIGURES.extract(Articles.context(title, text, "2018-12-19", province)))
                .extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(84.6, "Việt Nam"));
    }

    @Test
    void makesTheStoryOfANationalBodyInItsLeadNationalAndDatesWhatASpeakerReports() {
        // personnel13 and bodies14 probes (Tiền Phong 2012, Báo Chính phủ 2023): a ministry hands over the appointment
        // of a state group's head; the group's figures are the country's, not of the plant named after a province,
        // and "cho biết năm 2011," dates the next sentence too
        String text = "EVN có tân Tổng giám đốc\n\nNgày 18/4, Bộ trưởng Bộ Công Thương Vũ Huy Hoàng đã trao quyết định "
                + "của Thủ tướng Chính phủ bổ nhiệm ông Phạm Lê Thanh giữ chức Tổng giám đốc Tập đoàn Điện lực Việt Nam."
                + "\n\nTại buổi lễ, ông Hoàng Quốc Vượng cho biết năm 2011 sản lượng điện thương phẩm của tập đoàn đạt "
                + "94,66 tỷ kWh. Doanh thu đạt 92.000 tỷ đồng.\n\nBộ trưởng yêu cầu đẩy nhanh tiến độ Thủy điện Sơn La.";
        String title = text.substring(0, text.indexOf('\n'));
        assertThat(FIGURES.extract(Articles.context(title, text, "2012-04-18", "Sơn La")))
                .extracting(f -> f.value().doubleValue(), Figure::area, Figure::period)
                .containsExactly(tuple(94.66e9, "Việt Nam", "2011"), tuple(92e12, "Việt Nam", "2011"));
        // a province's story whose lead names a ministry keeps its province
        String visit = "Bộ trưởng Bộ Công Thương làm việc với tỉnh Sơn La\n\nNgày 18/4, Bộ trưởng Bộ Công Thương Vũ Huy "
                + "Hoàng và đoàn công tác làm việc với UBND tỉnh Sơn La về tiến độ các dự án điện.\n\nNăm 2011, sản "
                + "lượng điện của tỉnh đạt 9,5 tỷ kWh.";
        assertThat(FIGURES.extract(Articles.context(visit.substring(0, visit.indexOf('\n')), visit, "2012-04-18",
                "Sơn La"))).extracting(Figure::area).containsExactly("Sơn La");
    }

    @Test
    void makesTheStoryOfAStateGroupInItsLeadNational() {
        // soe16 000 (Báo Đầu tư 2019): a state group the gazetteer lacks, read by its head, holds its year-end conference in
        // the capital; its figures are the country's, not Hà Nội's
        String text = "PVN nộp ngân sách 114.000 tỷ đồng\n\nSáng 8/1, tại Hà Nội, Tập đoàn Dầu khí Việt Nam (PVN) tổ chức "
                + "Hội nghị tổng kết công tác năm 2018.\n\nNăm 2018, Tập đoàn nộp ngân sách nhà nước 114.000 tỷ đồng.";
        String title = text.substring(0, text.indexOf('\n'));
        assertThat(FIGURES.extract(Articles.context(title, text, "2019-01-08", "Hà Nội")))
                .extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(114e12, "Việt Nam"));
    }

    @Test
    void takesTheVenueOfAStateGroupsMeetingForNoProvinceOfItsFigures() {
        // soe16 004 (Nhân Dân 2020): the group's party congress meets in a province's city, named as where it met
        String text = "Đại hội Đảng bộ Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam lần thứ III\n\nNgày 19-8, tại TP Hạ "
                + "Long (Quảng Ninh), Đảng bộ Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam (TKV) tổ chức Đại hội đại "
                + "biểu lần thứ III, nhiệm kỳ 2020-2025.\n\nNăm 2019, TKV đạt doanh thu 125.000 tỷ đồng.";
        String title = text.substring(0, text.indexOf('\n'));
        assertThat(FIGURES.extract(Articles.context(title, text, "2020-08-19", "Quảng Ninh")))
                .extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(125e12, "Việt Nam"));
        // a lead that names the province outside the place where the body met keeps it
        String local = text.replace("tổ chức Đại hội", "cùng tỉnh Quảng Ninh tổ chức Đại hội");
        assertThat(FIGURES.extract(Articles.context(title, local, "2020-08-19", "Quảng Ninh")))
                .extracting(Figure::area).containsExactly("Quảng Ninh");
    }

    @Test
    void readsPastThePagesMenuToTheLeadOfANationalBody() {
        // merge17 002 (Nông nghiệp và Môi trường, March 2025): the menu line above the sapo is no lead; the sapo names
        // the new ministry, so its sector's figures are the country's, not those of the capital where it met
        String text = "Thời sự | Chính sách | Kinh tế | Môi trường | Khuyến nông | Nông thôn mới\n\nChính thức ra mắt Bộ "
                + "Nông nghiệp và Môi trường\n\nBộ Nông nghiệp và Môi trường được thành lập trên cơ sở hợp nhất hai bộ, "
                + "chính thức hoạt động từ ngày 1/3/2025.\n\nSáng 1/3, tại Hà Nội, Bộ Nông nghiệp và Môi trường tổ "
                + "chức Lễ công bố nghị quyết thành lập Bộ.\n\nNăm 2024, kim ngạch xuất khẩu nông lâm thủy sản đạt 62,5 "
                + "tỷ USD.";
        assertThat(FIGURES.extract(Articles.context("Chính thức ra mắt Bộ Nông nghiệp và Môi trường", text,
                "2025-03-01", "Hà Nội"))).extracting(Figure::area).containsExactly("Việt Nam");
        assertThat(FigureExtractor.isMenu("Trang chủ › Chính trị › Xây dựng Đảng")).isTrue();
        assertThat(FigureExtractor.isMenu("» Ông Trần Thọ được bầu làm chủ tịch HĐND TP Đà Nẵng")).isFalse();
        assertThat(FigureExtractor.isMenu("Tổng kết năm 2024 | Bộ trưởng nhấn mạnh nhiều nhiệm vụ trọng tâm")).isFalse();
        // court17 004 (Chinhphu.vn): a menu of three items may have a longer one
        assertThat(FigureExtractor.isMenu("Thời sự | Chỉ đạo điều hành | Hoạt động của lãnh đạo")).isTrue();
        assertThat(FigureExtractor.isMenu("Tổng kết năm | Thủ tướng nhấn mạnh nhiều nhiệm vụ trọng tâm của năm mới | Ảnh"))
                .isFalse();
        // party18 001 (Báo Quảng Ninh): a menu copied with runs of spaces for its bars; a paragraph's double space is none
        assertThat(FigureExtractor.isMenu("Thời sự  Chính trị  Kinh tế  Xã hội  Văn hóa  Thể thao")).isTrue();
        assertThat(FigureExtractor.isMenu("Đơn vị tăng cường kiểm tra  theo phương châm không có vùng cấm, kết hợp tuyên truyền."))
                .isFalse();
    }

    @Test
    void makesAStoryThatCountsTheProvincesNational() {
        // merge17 001 (VnExpress, June 2025): "cấp tỉnh", "28 tỉnh", "6 thành phố" are many places, not the story's
        // one; the capital listed among the provinces left alone is no area of the country's figures
        String text = "Quốc hội chốt cả nước còn 34 tỉnh, thành phố\n\nTừ ngày 12/6, cả nước có 34 đơn vị hành chính cấp "
                + "tỉnh, gồm 28 tỉnh và 6 thành phố trực thuộc trung ương, sau khi Quốc hội thông qua nghị quyết.\n\n"
                + "Theo nghị quyết, 11 tỉnh, thành phố không thực hiện sắp xếp là Hà Nội, Huế, Lai Châu và Điện Biên.";
        String title = text.substring(0, text.indexOf('\n'));
        assertThat(FIGURES.extract(Articles.context(title, text, "2025-06-12", "Hà Nội")))
                .extracting(f -> f.value().doubleValue(), Figure::area)
                .contains(tuple(34.0, "Việt Nam"), tuple(28.0, "Việt Nam"), tuple(11.0, "Việt Nam"))
                .extracting(t -> t.toList().get(1)).containsOnly("Việt Nam");
    }

    @Test
    void givesARankedFigureThePlaceRankedFirst() {
        // merge17 001: in a story about the whole country, the place a ranking puts first owns the figure after "với"
        String text = "Theo Bộ Nội vụ, cả nước còn 34 tỉnh, thành phố. Sau sắp xếp, tỉnh có diện tích lớn nhất là Lâm Đồng "
                + "với hơn 24.233 km2; thành phố đông dân nhất là TP HCM với hơn 14 triệu người.";
        assertThat(figures(text, "2025-06-12", null)).extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(34.0, "Việt Nam"), tuple(24233.0, "Lâm Đồng"), tuple(14e6, "Hồ Chí Minh"));
    }

    @Test
    void datesAStateFromADayWithItsYear() {
        // merge17 009 (Báo Thanh Hóa, June 2025): a district's last review reports 2024, then the communes it becomes
        // "từ ngày 1/7/2025" and the members it hands over (the paragraph's state, 2025); the meeting's day dates
        // nothing
        String text = "Sáng 27/6/2025, Huyện ủy Hậu Lộc tổ chức hội nghị tổng kết.\n\nNăm 2024, thu ngân sách trên địa "
                + "bàn huyện đạt 1.236 tỷ đồng.\n\nThực hiện Nghị quyết của Ủy ban Thường vụ Quốc hội, từ ngày "
                + "1/7/2025, 23 xã, thị trấn của huyện được sắp xếp thành 8 xã mới. Đảng bộ huyện có 11.870 đảng viên."
                + "\n\nToàn huyện có 18 xã đạt chuẩn nông thôn mới nâng cao.";
        assertThat(figures(text, "2025-06-28", "Thanh Hóa")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(1.236e12, "2024"), tuple(23.0, "2025"), tuple(8.0, "2025"),
                        tuple(11870.0, "2025"), tuple(18.0, "2024"));
    }

    @Test
    void readsTheFrontOfACommuneAsALocalBodyNotTheNationalFront() {
        // mass15 009 (baothanhhoa 2026): the page's first line is its masthead, the headline names the commune's Front
        String text = "Báo Thanh Hóa\n\nỦy ban MTTQ Việt Nam xã Nga Sơn triển khai nhiệm vụ năm 2026\n\nNgày 9/1, Ủy ban "
                + "MTTQ Việt Nam xã Nga Sơn tổ chức hội nghị tổng kết công tác Mặt trận năm 2025.\n\nNăm 2025, Quỹ \"Vì "
                + "người nghèo\" của xã vận động được 1,26 tỷ đồng.";
        assertThat(FIGURES.extract(Articles.context("Báo Thanh Hóa", text, "2026-01-10", "Thanh Hóa")))
                .extracting(Figure::area).containsExactly("Thanh Hóa");
    }

    @Test
    void leavesATargetsYearOutOfTheStorysPeriod() {
        // long14 probe (VnExpress 2024): the target paragraph is the first to open with a year; the province's area
        // after it is of the year the story reports on, not of the target's
        String text = "Bắc Ninh dẫn đầu thu hút FDI\n\nNgày 26/12/2024, Tỉnh ủy Bắc Ninh tổ chức hội nghị. Tại hội nghị "
                + "lần thứ 24, tỉnh thu hút 5,4 tỷ USD vốn FDI.\n\nNăm 2025, Bắc Ninh đặt mục tiêu GRDP tăng 10% trở lên."
                + "\n\nBắc Ninh là tỉnh nhỏ nhất cả nước với diện tích 822,7 km2.";
        String title = text.substring(0, text.indexOf('\n'));
        assertThat(FIGURES.extract(Articles.context(title, text, "2024-12-26", "Bắc Ninh")))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .contains(tuple(10.0, "2025"), tuple(822.7, "2024"));
    }

    @Test
    void keepsAProvincialStoryThatQuotesANationalSourceProvincial() {
        // a provincial paper's lead names its province's office: "trên địa bàn tỉnh" is a local word
        String text = "Xuất khẩu 9 tháng ước đạt 20,3 tỷ USD\n\nTheo Bộ Công Thương, kim ngạch xuất khẩu trên địa "
                + "bàn tỉnh 9 tháng ước đạt 20,3 tỷ USD.";
        String title = text.substring(0, text.indexOf('\n'));
        assertThat(FIGURES.extract(Articles.context(title, text, "2019-10-02", "Bình Dương"))).extracting(Figure::area)
                .containsExactly("Bình Dương");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // figs7 h01 (a statistics office's press conference): Hà Nội is only where it was held
        "Sáng 6/10, tại Hà Nội, Tổng cục Thống kê tổ chức họp báo công bố số liệu quý III và 9 tháng năm 2024.\n\n"
                + "Chỉ số giá tiêu dùng (CPI) bình quân 9 tháng tăng 3,88%. Khách quốc tế đến nước ta 9 tháng đạt gần "
                + "12,7 triệu lượt người.",
        // a variant: the venue after the figures, the country as "cả nước"
        "Cả nước có 43.200 doanh nghiệp thành lập mới trong 7 tháng. Phiên họp diễn ra tại Đà Nẵng."})
    void makesAStoryAboutTheCountryThatNamesAProvinceInPassingNational(String text) {
        String province = new ProvinceFinder().mainProvince(text);
        assertThat(province).isNotNull();
        assertThat(figures(text, "2024-10-06", province)).isNotEmpty().extracting(Figure::area).containsOnly("Việt Nam");
    }

    @Test
    void keepsTheProvinceOfEachRankedProvinceInAStoryAboutTheCountry() {
        // figs7 h09 (baodautu.vn): "56 tỉnh, thành phố" is talk of the whole country, not of a province
        String text = "Trong 6 tháng, các nhà đầu tư nước ngoài đã đầu tư vào 56 tỉnh, thành phố. Hà Nội là địa phương thu "
                + "hút nhiều vốn FDI nhất với tổng vốn đăng ký 4,89 tỷ USD. TP Hồ Chí Minh đứng thứ hai với 2,87 tỷ USD. "
                + "Xuất khẩu của khu vực có vốn đầu tư nước ngoài đạt 84,3 tỷ USD, chiếm 69,1% kim ngạch xuất khẩu cả nước.";
        String province = new ProvinceFinder().mainProvince(text);
        assertThat(figures(text, "2019-06-25", province)).extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(56.0, "Việt Nam"), tuple(4.89e9, "Hà Nội"), tuple(2.87e9, "Hồ Chí Minh"),
                        tuple(84.3e9, "Việt Nam"), tuple(69.1, "Việt Nam"));
    }

    @Test
    void keepsTheProvinceOfAProvincialStoryThatNamesItOnceWithItsCommittee() {
        // one mention after "Tỉnh ủy" weighs 2: the story is the province's, whatever it says of the country
        String text = "Ban Thường vụ Tỉnh ủy Hải Dương họp. GRDP quý I tăng 8,1%, cao hơn mức tăng của cả nước.";
        assertThat(figures(text, "2023-04-10", new ProvinceFinder().mainProvince(text)))
                .extracting(Figure::area).containsOnly("Hải Dương");
    }

    @Test
    void givesTheItemsOfAListThePeriodAndStatusOfTheLineThatOpensIt() {
        // figs7 h02 (baovinhlong, December 2012): the plan for 2013 as a list of "indicator: value" lines
        String text = "Năm 2012, GDP bình quân đầu người đạt 26,5 triệu đồng.\n\nKỳ họp đã thông qua Nghị quyết về kế hoạch "
                + "phát triển kinh tế - xã hội năm 2013 với các chỉ tiêu chủ yếu:\n\n- Tốc độ tăng trưởng kinh tế (GDP): "
                + "10,5 - 11%.\n- GDP bình quân đầu người: 29,8 triệu đồng.\n- Tỷ lệ hộ nghèo giảm 1,5 - 2%.\n\n"
                + "Kỳ họp thông qua 12 nghị quyết. Năm 2012, tỷ lệ hộ nghèo còn 8,2%.";
        assertThat(figures(text, "2012-12-07", "Vĩnh Long"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code(), Figure::indicator)
                .containsExactly(tuple(26.5e6, "2012", "actual", "GDP bình quân đầu người"),
                        tuple(10.5, "2013", "target", "Tốc độ tăng trưởng kinh tế (GDP)"),
                        tuple(29.8e6, "2013", "target", "GDP bình quân đầu người"),
                        tuple(1.5, "2013", "target", "giảm Tỷ lệ hộ nghèo"),
                        tuple(8.2, "2012", "actual", "tỷ lệ hộ nghèo"));
    }

    @Test
    void readsTheItemsOfAListOfResultsAsResults() {
        // a variant: a numbered list of the year's results, in a review held the next January
        String text = "Năm 2023, tỉnh đạt các kết quả chủ yếu như sau:\n1. Thu ngân sách: 18.245 tỷ đồng.\n"
                + "2. Kim ngạch xuất khẩu: 2,1 tỷ USD.";
        assertThat(figures(text, "2024-01-06", "Nghệ An"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(18245e9, "2023", "actual"), tuple(2.1e9, "2023", "actual"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tổng kim ngạch xuất, nhập khẩu hàng hóa 9 tháng đạt 578,47 tỷ USD, tăng 16,3%. Cán cân thương mại hàng hóa xuất siêu 20,79 tỷ USD. | 2024-01/2024-09
            Kim ngạch xuất khẩu quý III ước đạt 2,1 tỷ USD. Nhập khẩu ước đạt 1,8 tỷ USD.                                                  | 2024-Q3
            """)
    void givesASentenceWithoutAPeriodThePeriodOfTheFigureBeforeItInItsParagraph(String paragraph, String period) {
        // figs7 h01: the headline's period (quý III) is not the one the paragraph goes on with
        String text = "GDP quý III/2024 tăng 7,4%, 9 tháng tăng 6,82%\n\n" + paragraph;
        assertThat(figures(text, "2024-10-06", "Nghệ An")).last().extracting(Figure::period).isEqualTo(period);
    }

    @Test
    void readsTheFiguresOfATableByTheHeadersOfItsColumns() {
        // figs7 h07 (a provincial portal, July 2021): a table copied with tabs, the unit in its own column
        String text = "Theo báo cáo, 6 tháng đầu năm 2021, tốc độ tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 5,03%. Một số "
                + "chỉ tiêu chủ yếu như sau:\n\n"
                + "Chỉ tiêu\tĐơn vị tính\tKế hoạch năm 2021\tƯớc thực hiện 6 tháng\tSo với cùng kỳ (%)\n"
                + "Thu ngân sách nhà nước\tTỷ đồng\t6.500\t3.561\t115,2\n"
                + "Sản lượng lương thực\tnghìn tấn\t315\t168,2\t102,1\n\n"
                + "Chủ tịch yêu cầu các sở, ngành tập trung hoàn thành kế hoạch năm 2021.";
        assertThat(figures(text, "2021-07-14", "Quảng Bình"))
                .extracting(f -> f.value().doubleValue(), Figure::unit, Figure::period, f -> f.status().code())
                .containsExactly(tuple(5.03, "percent", "2021-H1", "estimate"),
                        tuple(6500e9, "VND", "2021", "plan"), tuple(3561e9, "VND", "2021-H1", "estimate"),
                        tuple(115.2, "percent", "2021-H1", "estimate"),
                        tuple(315e6 / 1000, "tonne", "2021", "plan"), tuple(168200.0, "tonne", "2021-H1", "estimate"),
                        tuple(102.1, "percent", "2021-H1", "estimate"));
    }

    @Test
    void readsATableWithRowNumbersAndTheUnitAfterTheIndicator() {
        // a variant: "STT" numbers the rows, the unit is in brackets, a column of results and one against the plan
        String text = "Kết quả năm 2023 như sau:\n"
                + "STT\tChỉ tiêu\tThực hiện năm 2023\tSo với kế hoạch (%)\n"
                + "1\tKim ngạch xuất khẩu (triệu USD)\t1.250,5\t104,2\n"
                + "2\tTỷ lệ hộ nghèo (%)\t2,1\t\n"
                + "3\tSố xã đạt chuẩn nông thôn mới\t12\t\n";
        assertThat(figures(text, "2024-01-10", "Nghệ An"))
                .extracting(Figure::indicator, f -> f.value().doubleValue(), Figure::unit, Figure::period)
                .containsExactly(tuple("Kim ngạch xuất khẩu", 1250.5e6, "USD", "2023"),
                        tuple("Kim ngạch xuất khẩu so với kế hoạch", 104.2, "percent", "2023"),
                        tuple("Tỷ lệ hộ nghèo", 2.1, "percent", "2023"));
    }

    @Test
    void readsATableWhoseColumnsAreYearsOrAbbreviated() {
        // the headers of many portals' tables: a year alone, "KH"/"ƯTH" for kế hoạch/ước thực hiện, "TH/KH (%)"
        String text = "Một số chỉ tiêu chủ yếu:\n"
                + "Chỉ tiêu\tĐVT\t2022\t2023\n"
                + "Thu ngân sách\ttỷ đồng\t9.850\t10.420\n\n"
                + "Chỉ tiêu\tĐVT\tKH 2024\tƯTH 2024\tƯTH/KH (%)\n"
                + "Kim ngạch xuất khẩu\ttriệu USD\t500\t545\t109\n";
        assertThat(figures(text, "2024-12-20", "Nghệ An"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(9850e9, "2022", "actual"), tuple(10420e9, "2023", "actual"),
                        tuple(500e6, "2024", "plan"), tuple(545e6, "2024", "estimate"), tuple(109.0, "2024", "estimate"));
    }

    @Test
    void readsAYearWrittenAfterAColumnsStatusAndARangeInACell() {
        // figs12 009 (an HĐND session of 2013): "Kế hoạch 2013" is of 2013 though the story looks ahead to 2014, and a
        // planned range in a cell ("10 - 10,5") is its lower bound, as in a sentence
        String text = "Năm 2014, HĐND tỉnh đề ra các chỉ tiêu chủ yếu.\n"
                + "Chỉ tiêu\tĐơn vị tính\tKế hoạch 2013\tƯớc thực hiện 2013\tKế hoạch 2014\n"
                + "Tốc độ tăng trưởng GDP\t%\t10 - 10,5\t8,8\t9 - 9,5\n"
                + "Kim ngạch xuất khẩu\tTriệu USD\t600\t620\t680\n";
        assertThat(figures(text, "2013-12-10", "Bình Định"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(10.0, "2013", "plan"), tuple(8.8, "2013", "estimate"), tuple(9.0, "2014", "plan"),
                        tuple(600e6, "2013", "plan"), tuple(620e6, "2013", "estimate"), tuple(680e6, "2014", "plan"));
    }

    @Test
    void takesASumATableRepeatsFromTheTextForOneFigure() {
        // figs12 009: the text's result ("đạt 4.850 tỷ đồng") under the table's "Ước thực hiện 2013", and its target
        // under "Kế hoạch 2014", are the text's figures; the table adds only what the text does not say
        String text = "Năm 2013, thu ngân sách trên địa bàn đạt 4.850 tỷ đồng. Năm 2014, phấn đấu thu ngân sách 5.100 tỷ đồng.\n"
                + "Chỉ tiêu\tĐơn vị tính\tKế hoạch 2013\tƯớc thực hiện 2013\tKế hoạch 2014\n"
                + "Thu ngân sách trên địa bàn\tTỷ đồng\t4.500\t4.850\t5.100\n";
        assertThat(figures(text, "2013-12-10", "Bình Định"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(4850e9, "2013", "actual"), tuple(5100e9, "2014", "target"),
                        tuple(4500e9, "2013", "plan"));
    }

    @Test
    void takesTheUnitOfATableFromTheLineAboveIt() {
        // figs12 002 (a statistics office's release): "Đơn vị tính: Tỷ đồng" written above the table is every row's unit
        String text = "Biểu: Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng\n"
                + "Đơn vị tính: Tỷ đồng\n"
                + "Chỉ tiêu\tThực hiện tháng 8/2018\tƯớc tính tháng 9/2018\tƯớc tính 9 tháng năm 2018\t"
                + "9 tháng năm 2018 so với cùng kỳ năm 2017 (%)\n"
                + "Tổng số\t5.327\t5.412\t47.385\t111,2\n";
        assertThat(figures(text, "2018-09-28", "Đồng Tháp"))
                .extracting(f -> f.value().doubleValue(), Figure::unit, Figure::period, f -> f.status().code())
                .containsExactly(tuple(5327e9, "VND", "2018-08", "actual"), tuple(5412e9, "VND", "2018-09", "estimate"),
                        tuple(47385e9, "VND", "2018-01/2018-09", "estimate"), tuple(111.2, "percent", "2018-01/2018-09", "estimate"));
    }

    @Test
    void givesAFigureWithMoiNamAfterItTheSpan() {
        // figs12 004 (a poverty review of 2016 - 2020): "mỗi năm" written after the rate, a level of the span's last year
        // earlier in the sentence
        String text = "Sáng 22/12, UBND tỉnh tổng kết Chương trình giảm nghèo bền vững giai đoạn 2016 - 2020.\n\n"
                + "Tỷ lệ hộ nghèo giảm xuống còn 4,88% cuối năm 2020, bình quân giảm 1,95% mỗi năm.";
        assertThat(figures(text, "2020-12-23", "Quảng Ngãi"))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(4.88, "2020"), tuple(1.95, "2016-2020"));
    }

    @Test
    void givesAFigureOfAWholeTermWrittenWithoutItsYearsTheTermsSpan() {
        // gen21n 002 (Điện Biên's congress of 2020): "trong nhiệm kỳ" after the count, past a "đến năm 2025" earlier in
        // the list, is the term ahead; a term that was run is behind, and a term written with its years keeps them
        String text = "Đại hội đề ra mục tiêu nhiệm kỳ 2020 - 2025: tốc độ tăng trưởng kinh tế bình quân 7 - 7,5%/năm; đến "
                + "năm 2025, thu ngân sách trên địa bàn đạt 2.000 tỷ đồng; kết nạp 6.000 đảng viên mới trong nhiệm kỳ.\n\n"
                + "Nhiệm kỳ 2015 - 2020, tốc độ tăng trưởng kinh tế bình quân đạt 6,97%/năm. Cả nhiệm kỳ, toàn Đảng bộ kết "
                + "nạp 5.812 đảng viên.";
        assertThat(figures(text, "2020-10-14", "Điện Biên"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(7.0, "2020-2025", "target"), tuple(2000e9, "2025", "target"),
                        tuple(6000.0, "2020-2025", "target"), tuple(6.97, "2015-2020", "actual"),
                        tuple(5812.0, "2015-2020", "actual"));
    }

    @Test
    void takesAYearAfterSoVoiThucHienForTheBase() {
        // figs12 005: "so với thực hiện năm 2013" compares with 2013's result; the target stays of 2014
        String text = "Năm 2014, tỉnh phấn đấu thu ngân sách từ 5.300 - 5.500 tỷ đồng, tăng 5,6 - 9,6% so với thực hiện năm 2013.";
        assertThat(figures(text, "2014-01-08", "Lâm Đồng"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(5300e9, "2014", "target"), tuple(5.6, "2014", "target"));
    }

    @Test
    void takesASumThatBoundsACountedGroupForNoFigure() {
        // figs12 003 (national exports of 2022): the 36 goods are counted, "trên 1 tỷ USD" says which; a total is a figure
        String text = "Năm 2022 có 36 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD, chiếm 94% tổng kim ngạch xuất khẩu. "
                + "Năm 2022, tỉnh cấp mới 12 dự án có tổng vốn hơn 2.000 tỷ đồng.";
        assertThat(figures(text, "2022-12-29", "Bình Dương"))
                .extracting(f -> f.value().doubleValue(), Figure::unit)
                .containsExactly(tuple(36.0, "count"), tuple(94.0, "percent"), tuple(12.0, "count"), tuple(2000e9, "VND"));
    }

    @Test
    void takesHienMoiDatForTheYearOfTheStory() {
        // figs12 008 (a merged Vĩnh Long's first quarter of 2026): "hiện mới đạt" is the time of writing, as "hiện đạt" is,
        // not the quarter of the figure before it
        String text = "Quý I/2026, thu ngân sách ước đạt 6.846 tỷ đồng.\n\n"
                + "Chủ tịch UBND tỉnh yêu cầu đẩy nhanh giải ngân vốn đầu tư công, hiện mới đạt 12,6% kế hoạch.";
        assertThat(figures(text, "2026-04-02", "Vĩnh Long"))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(6846e9, "2026-Q1"), tuple(12.6, "2026"));
    }

    @Test
    void holdsAnEstimateToItsClause() {
        // figs7 h02 and h03: "ước" before the semicolon, a result after it; a part of a total keeps the total's name
        String text = "Năm 2012, GDP ước tăng 10,1%; GDP bình quân đầu người đạt 26,5 triệu đồng. Kim ngạch xuất khẩu ước "
                + "đạt 1,62 tỷ USD; trong đó, riêng tháng 9 đạt 186 triệu USD.";
        assertThat(figures(text, "2012-12-07", "Vĩnh Long"))
                .extracting(f -> f.value().doubleValue(), f -> f.status().code(), Figure::indicator)
                .containsExactly(tuple(10.1, "estimate", "tăng GDP"), tuple(26.5e6, "actual", "GDP bình quân đầu người"),
                        tuple(1.62e9, "estimate", "Kim ngạch xuất khẩu"), tuple(186e6, "actual", "Kim ngạch xuất khẩu"));
    }

    @Test
    void givesAYearlyFigureTheSpanItRunsOver() {
        // figs7/more k02 (a 2025 congress of a merged province): results over the term behind, targets over the one ahead
        String text = "Sáng 29/9, Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc.\n\n"
                + "Nhiệm kỳ 2020 - 2025, tốc độ tăng trưởng kinh tế bình quân đạt 7,6%/năm. Tỷ lệ hộ nghèo giảm bình quân "
                + "4,2%/năm.\n\nĐại hội xác định 20 chỉ tiêu chủ yếu, trong đó:\n"
                + "+ Tốc độ tăng trưởng kinh tế bình quân 5 năm đạt từ 10%/năm trở lên.\n"
                + "+ GRDP bình quân đầu người đến năm 2030 đạt 100 triệu đồng.\n"
                + "+ Mỗi năm thu hút từ 3 triệu lượt khách du lịch trở lên.";
        assertThat(figures(text, "2025-09-29", "Tuyên Quang"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(7.6, "2020-2025", "actual"), tuple(4.2, "2020-2025", "actual"),
                        tuple(10.0, "2025-2030", "target"), tuple(100e6, "2030", "target"),
                        tuple(3e6, "2025-2030", "target"));
    }

    @Test
    void makesTheFiguresOfAStoryThatNamesNoPlaceNational() {
        // figs7/more k03 (Quốc hội opens its session): no province, no "cả nước", and "vượt mục tiêu" is no plan
        String text = "Sáng 20/10, Quốc hội khai mạc Kỳ họp thứ tư.\n\nTheo báo cáo, tốc độ tăng trưởng GDP năm 2022 ước "
                + "đạt khoảng 8%, vượt mục tiêu đề ra (6 - 6,5%). Bội chi ngân sách nhà nước khoảng 3,39% GDP.";
        assertThat(figures(text, "2022-10-20", null))
                .extracting(f -> f.value().doubleValue(), Figure::area, Figure::period, f -> f.status().code())
                .containsExactly(tuple(8.0, "Việt Nam", "2022", "estimate"), tuple(6.0, "Việt Nam", "2022", "target"),
                        tuple(3.39, "Việt Nam", "2022", "actual"));
    }

    @Test
    void takesNoParagraphsIndentedWithATabForATable() {
        // a text whose paragraphs open with a tab: each line has one cell, so no row, and its sentences keep their figures
        String text = "\tNăm 2023, tốc độ tăng trưởng GRDP của tỉnh đạt 8,65%.\n"
                + "\tThu ngân sách nhà nước trên địa bàn năm 2023 đạt 18.245 tỷ đồng.\n";
        assertThat(figures(text, "2024-01-10", "Nghệ An")).extracting(f -> f.value().doubleValue(), Figure::unit)
                .containsExactly(tuple(8.65, "percent"), tuple(18245e9, "VND"));
    }

    @Test
    void givesEachProvinceOfARankedListItsFigure() {
        // figs7/more3 m01 (baochinhphu.vn): "dẫn đầu cả nước" is a ranking, each clause opens with its province
        String text = "Theo Tổng cục Thống kê, 6 tháng đầu năm 2024, GDP tăng 6,42%. Cả nước có 58/63 địa phương tăng trưởng "
                + "dương.\n\nBắc Giang tiếp tục dẫn đầu cả nước với mức tăng 14,14%, tiếp theo là Hải Phòng (10,34%), "
                + "Khánh Hòa (10,16%). Quảng Ninh tăng 7,12%, cao hơn mức bình quân chung.";
        assertThat(figures(text, "2024-07-06", new ProvinceFinder().mainProvince(text)))
                .extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(6.42, "Việt Nam"), tuple(58.0, "Việt Nam"), tuple(63.0, "Việt Nam"),
                        tuple(14.14, "Bắc Giang"), tuple(10.34, "Hải Phòng"), tuple(10.16, "Khánh Hòa"),
                        tuple(7.12, "Quảng Ninh"));
    }

    @Test
    void givesAProvinceOfARankedListItsFigurePastTheWordsOfTheFigureBefore() {
        // sector20 006 (VnExpress 2023): "thành lập mới" goes on with the first figure, Hà Nội opens the next clause
        String text = "Theo Cục Quản lý đăng ký kinh doanh, 11 tháng năm 2023, cả nước có 148.300 doanh nghiệp thành lập "
                + "mới.\n\nTP HCM dẫn đầu cả nước với 41.200 doanh nghiệp thành lập mới, tiếp theo là Hà Nội (26.800 doanh "
                + "nghiệp) và Bình Dương (5.100 doanh nghiệp).";
        assertThat(figures(text, "2023-11-30", "Hà Nội")).extracting(f -> f.value().doubleValue(), Figure::area)
                .containsExactly(tuple(148300.0, "Việt Nam"), tuple(41200.0, "Hồ Chí Minh"), tuple(26800.0, "Hà Nội"),
                        tuple(5100.0, "Bình Dương"));
    }

    @Test
    void readsASuperlativeOverTheCountryAsARanking() {
        // long14 (VnExpress 2024): "nhỏ nhất cả nước" ranks the province, whose figure it stays
        String text = "Năm 2024, Bắc Ninh là tỉnh nhỏ nhất cả nước với diện tích 822,7 km2.";
        assertThat(figures(text, "2024-12-26", "Bắc Ninh")).extracting(Figure::area).containsExactly("Bắc Ninh");
    }

    @Test
    void keepsTheProvinceOfAProjectNamedAfterTwoProvinces() {
        // a variant: a province inside a project's name does not open the clause
        String text = "Năm 2023, thu ngân sách đạt 5.000 tỷ đồng, dự án cao tốc Hà Nội - Lào Cai có tổng vốn 12.000 tỷ đồng.";
        assertThat(figures(text, "2023-12-20", "Yên Bái")).extracting(Figure::area).containsExactly("Yên Bái", "Yên Bái");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Quý I, tổng thu ngân sách đạt 18,6 nghìn tỷ đồng, bằng 31,5% dự toán năm 2026.   | 2026-Q1
            Quý I, thu ngân sách đạt 18,6 nghìn tỷ đồng, đạt 31,5% kế hoạch năm 2026.       | 2026-Q1
            """)
    void givesNoFigureThePeriodOfThePlanItIsComparedWith(String text, String period) {
        // figs7/more3 m04 (Ninh Bình, March 2026)
        assertThat(figures(text, "2026-03-31", "Ninh Bình")).extracting(Figure::period).containsOnly(period);
    }

    @Test
    void findsTheCityOfAStoryThatWritesItTpHcm() {
        assertThat(new ProvinceFinder().mainProvince("TTO - Chiều 3-10, UBND TP.HCM tổ chức phiên họp thường kỳ tháng 9. "
                + "Theo báo cáo, GRDP 9 tháng ước tăng 6,48%.")).isEqualTo("Hồ Chí Minh");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tỷ lệ đảng viên là trưởng thôn đạt 94,8% vượt 90% so với kế hoạch đề ra          | 90  | plan
            tỷ lệ lao động qua đào tạo đạt 70%, vượt 65% chỉ tiêu                             | 65  | target
            giá trị sản xuất đạt 40.516 nghìn tỷ đồng, vượt 6,6% so với kế hoạch               | 6.6 | actual
            tỷ lệ che phủ rừng đạt 62%, vượt 2% so với kế hoạch                                | 2   | actual
            """)
    void readsARateThatARateExceededAsThePlansLevel(String text, String value, String status) {
        // sample 000 (Bắc Giang, 2024): "vượt 90% so với kế hoạch đề ra" is the plan's rate
        List<Figure> found = figures("Năm 2023, " + text + ".", "2024-01-06", "Bắc Giang");
        assertThat(found).filteredOn(f -> f.value().compareTo(new BigDecimal(value)) == 0)
                .singleElement().satisfies(f -> assertThat(f.status().code()).isEqualTo(status));
    }

    @Test
    void keepsASpanOpeningASentenceToThatSentence() {
        // g13 (dangcongsan.vn style, Đại hội 2020): the counts after a term's summary are of the congress year
        List<Figure> found = figures("Nhiệm kỳ 2015 - 2020, kinh tế của tỉnh tăng trưởng bình quân 8,5%/năm. Tỉnh đón gần "
                + "7,5 triệu lượt khách du lịch năm 2019. Toàn tỉnh có 119 xã đạt chuẩn nông thôn mới.", "2020-10-14",
                "Ninh Bình");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(8.5, "2015-2020"), tuple(7.5e6, "2019"), tuple(119.0, "2020"));
    }

    @Test
    void givesWhatAParagraphReportsDoneTheSpanItOpensWith() {
        // figs11 a03 (baosoctrang 2016): households out of poverty over the span, levels at the times written after them
        String text = "Ngày 14/1, UBND tỉnh tổ chức hội nghị tổng kết Chương trình giảm nghèo bền vững giai đoạn 2011 - 2015.\n\n"
                + "Giai đoạn 2011 - 2015, tổng nguồn vốn huy động thực hiện các chính sách giảm nghèo là 4.862,5 tỷ đồng. "
                + "Toàn tỉnh có 38.742 hộ thoát nghèo. Tỷ lệ hộ nghèo giảm từ 22,29% đầu năm 2011 còn 9,63% cuối năm 2015, "
                + "bình quân giảm 2,53%/năm, vượt chỉ tiêu Nghị quyết đề ra (2,5%/năm). Toàn tỉnh có 119 xã đạt chuẩn nông thôn mới.\n\n"
                + "Mục tiêu giai đoạn 2016 - 2020, tỉnh phấn đấu giảm tỷ lệ hộ nghèo bình quân mỗi năm từ 3%.";
        assertThat(figures(text, "2016-01-15", "Sóc Trăng"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(4862.5e9, "2011-2015", "actual"), tuple(38742.0, "2011-2015", "actual"),
                        tuple(22.29, "2011", "actual"), tuple(9.63, "2015", "actual"),
                        tuple(2.53, "2011-2015", "actual"), tuple(2.5, "2011-2015", "target"),
                        tuple(119.0, "2015", "actual"), tuple(3.0, "2016-2020", "target"));
    }

    @Test
    void givesTheYearsJustRunTheSpanTheReviewWrites() {
        // figs11 a10 (baobaclieu 2020): "tổng kết 5 năm ... giai đoạn 2016 - 2020", then "5 năm qua, ..."; the base of a
        // comparison in brackets is of its own year
        String text = "Sáng 17/12, Ban Chỉ đạo tổ chức hội nghị tổng kết 5 năm thực hiện Chương trình mục tiêu quốc gia xây "
                + "dựng nông thôn mới giai đoạn 2016 - 2020.\n\n"
                + "5 năm qua, tổng nguồn vốn huy động thực hiện chương trình đạt 12.368 tỷ đồng. Toàn tỉnh đã xây dựng mới "
                + "và nâng cấp 1.248 km đường giao thông nông thôn.\n\n"
                + "Thu nhập bình quân đầu người ở khu vực nông thôn năm 2020 ước đạt 46,5 triệu đồng/người/năm, tăng gấp "
                + "1,6 lần so với năm 2015 (29 triệu đồng).";
        assertThat(figures(text, "2020-12-18", "Bạc Liêu"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(12368e9, "2016-2020", "actual"), tuple(1248.0, "2016-2020", "actual"),
                        tuple(46.5e6, "2020", "estimate"), tuple(29e6, "2015", "actual"));
    }

    @Test
    void givesTheTermJustRunTheTermThatEndsInTheCongressYear() {
        // commune12 004 (Báo Quảng Trị 2025): a congress opening the term 2025-2030 reviews "nhiệm kỳ qua", 2020-2025
        String text = "Đảng bộ các cơ quan Đảng tỉnh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n\n"
                + "Nhiệm kỳ qua, các Đảng bộ đã kết nạp 312 đảng viên mới; hằng năm có trên 92% tổ chức cơ sở đảng được "
                + "xếp loại hoàn thành tốt nhiệm vụ trở lên.\n\n"
                + "Nhiệm kỳ 2025 - 2030, Đại hội phấn đấu kết nạp từ 350 đảng viên mới trở lên.";
        assertThat(figures(text, "2025-07-23", "Quảng Trị"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(312.0, "2020-2025", "actual"), tuple(92.0, "2020-2025", "actual"),
                        tuple(350.0, "2025-2030", "target"));
        // a term the story wrote out is the one just run: "nhiệm kỳ 2015 - 2020" reviewed at a congress of 2020
        assertThat(figures("Đại hội nhiệm kỳ 2020 - 2025 đánh giá nhiệm kỳ 2015 - 2020 đạt nhiều kết quả.\n\n"
                + "Trong nhiệm kỳ vừa qua, toàn Đảng bộ kết nạp 1.250 đảng viên.", "2020-10-12", "Quảng Trị"))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(1250.0, "2015-2020"));
    }

    @Test
    void givesACountOfWorkDoneAfterAnItemWithItsOwnYearThePeriodTheSentenceOpensWith() {
        // ward18 000 and congress13 009: the year of a level dates its own item, not a count of the term's work after it;
        // a level after it is read at that year
        String text = "Nhiệm kỳ 2020 - 2025, tổng thu ngân sách trên địa bàn đạt 1.246 tỷ đồng; thu nhập bình quân đầu "
                + "người năm 2025 ước đạt 78 triệu đồng; tỷ lệ hộ nghèo giảm còn 0,9%; thu hút 45 dự án FDI.\n\n"
                + "Nhiệm kỳ 2025 - 2030, Đại hội phấn đấu tăng trưởng bình quân 9%/năm trở lên; đến năm 2030, thu nhập "
                + "bình quân đầu người đạt 120 triệu đồng; kết nạp 250 đảng viên mới trở lên.";
        assertThat(figures(text, "2025-08-20", "Tuyên Quang"))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(1246e9, "2020-2025"), tuple(78e6, "2025"), tuple(0.9, "2025"),
                        tuple(45.0, "2020-2025"), tuple(9.0, "2025-2030"), tuple(120e6, "2030"), tuple(250.0, "2025-2030"));
    }

    @Test
    void takesNoYearRecalledInAStoryOfMidYearForTheYearItReportsOn() {
        // ward18 001 (VnExpress, 1/7/2025): after figures of the story's year, "Năm 2024, ..." recalls a year gone; a
        // count later in the story is of 2025
        String text = "Đảng bộ đặc khu có 63 tổ chức cơ sở đảng. Năm 2024, Phú Quốc đón hơn 1,2 triệu lượt khách quốc "
                + "tế.\n\nAn Giang có 102 đơn vị hành chính cấp xã, gồm 85 xã, 14 phường và 3 đặc khu.";
        assertThat(figures(text, "2025-07-01", "An Giang"))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(63.0, "2025"), tuple(1.2e6, "2024"), tuple(102.0, "2025"), tuple(85.0, "2025"),
                        tuple(14.0, "2025"), tuple(3.0, "2025"));
        // in the first months of a year the year before is the one reviewed
        assertThat(figures(text, "2025-01-10", "An Giang"))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .contains(tuple(102.0, "2024"));
    }

    @Test
    void takesTheYearWrittenAfterTheWordsOfAWholeTerm() {
        // gen23c 009 (Tuổi Trẻ, 7/2/2020): "trong nhiệm kỳ" opens the speech, "năm 2019" dates the figures after it
        String text = "Nhiệm kỳ 2015 - 2020, Đảng bộ thành phố lãnh đạo toàn diện. Phát biểu tại hội nghị, ông Trần Quốc "
                + "Vượng đánh giá trong nhiệm kỳ, Đảng bộ Hà Nội đã lãnh đạo thành phố đạt nhiều kết quả quan trọng: "
                + "năm 2019 GRDP tăng 7,62%, thu ngân sách vượt 281.000 tỷ đồng.";
        assertThat(figures(text, "2020-02-07", "Hà Nội"))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(7.62, "2019"), tuple(281000e9, "2019"));
        // with no year after them they still give the term
        String term = "Nhiệm kỳ 2015 - 2020, Đảng bộ thành phố lãnh đạo toàn diện. Trong nhiệm kỳ, Đảng bộ kết nạp "
                + "45.000 đảng viên mới.";
        assertThat(figures(term, "2020-02-07", "Hà Nội"))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(45000.0, "2015-2020"));
    }

    @Test
    void readsNoFigureInTheStoryOfAPrivatePersonHeldUpAsAModel() {
        // mass15 002 and 006: a farmer's or a veteran's income tells of the household, no figure of the province
        String text = "Nhiệm kỳ 2018 - 2023, các cấp Hội đã giúp 1.250 hộ thoát nghèo.\n\n"
                + "Nông dân Thạch Sa Rươne (xã Lịch Hội Thượng) chia sẻ, nhờ vay vốn Quỹ Hỗ trợ nông dân, gia đình anh "
                + "mỗi năm lãi gần 400 triệu đồng. Cựu chiến binh Vàng A Chứ ở xã Bản Phố là điển hình làm kinh tế giỏi "
                + "với thu nhập hơn 200 triệu đồng mỗi năm. Nông dân toàn tỉnh đóng góp 25 tỷ đồng xây dựng nông thôn mới.";
        assertThat(figures(text, "2023-06-20", "Sóc Trăng")).extracting(f -> f.value().doubleValue())
                .containsExactly(1250.0, 25e9);
    }

    @Test
    void readsACumulativeStockAtTheYearNotTheMonthsReviewed() {
        // sector20 003 (Báo Long An, 9 months of 2022): "Lũy kế," set apart by its comma sums since the start
        String text = "9 tháng năm 2022, tỉnh thu hút 98 dự án FDI. Lũy kế, toàn tỉnh có 1.178 dự án FDI còn hiệu lực. "
                + "Lũy kế 9 tháng, tỉnh thu hút 12 dự án FDI khác.";
        assertThat(figures(text, "2022-09-28", "Long An")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(98.0, "2022-01/2022-09"), tuple(1178.0, "2022"), tuple(12.0, "2022-01/2022-09"));
    }

    @Test
    void givesTheFiguresOfAListWrittenOnInItsSentenceThePeriodAndStatusOfItsOpening() {
        // figs11 a09 (Thừa Thiên Huế 2011) and a01 (Ninh Thuận 2014): "... với các chỉ tiêu chủ yếu: a; b; c."
        String plan = "Kỳ họp đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội 5 năm 2011 - 2015 với các chỉ "
                + "tiêu chủ yếu: tốc độ tăng trưởng GDP bình quân hằng năm 12 - 13%; tổng vốn đầu tư toàn xã hội 5 năm "
                + "khoảng 85.000 tỷ đồng; tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.";
        assertThat(figures("Giai đoạn 2006 - 2010, GDP tăng bình quân 12,1%/năm.\n\n" + plan, "2011-08-12",
                "Thừa Thiên Huế"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(12.1, "2006-2010", "actual"), tuple(12.0, "2011-2015", "plan"),
                        tuple(85000e9, "2011-2015", "plan"), tuple(1.5, "2011-2015", "plan"));
        String year = "Năm 2015, HĐND tỉnh thống nhất các chỉ tiêu chủ yếu: tốc độ tăng trưởng GRDP từ 10,5 - 11%; thu "
                + "nhập bình quân đầu người 28 triệu đồng; tỷ lệ hộ nghèo giảm còn dưới 6,5%.";
        assertThat(figures(year, "2014-12-10", "Ninh Thuận"))
                .extracting(f -> f.value().doubleValue(), Figure::period, f -> f.status().code())
                .containsExactly(tuple(10.5, "2015", "target"), tuple(28e6, "2015", "target"),
                        tuple(6.5, "2015", "target"));
    }

    @Test
    void givesWhatAParagraphReportsDoneTheSpanOfAResultBeforeIt() {
        // figs9 k07 (baohatinh 2015): the span is named inside the first sentence, not at its start
        String text = "Tổng nguồn lực huy động để xây dựng nông thôn mới giai đoạn 2011 - 2015 đạt 24.536 tỷ đồng, trong đó "
                + "nhân dân đóng góp 3.250 tỷ đồng. Toàn tỉnh đã cứng hóa 4.620 km đường giao thông nông thôn. Toàn tỉnh có "
                + "75 xã đạt chuẩn nông thôn mới.";
        assertThat(figures(text, "2015-12-20", "Hà Tĩnh"))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(24536e9, "2011-2015"), tuple(3250e9, "2011-2015"), tuple(4620.0, "2011-2015"),
                        tuple(75.0, "2015"));
    }

    @Test
    void givesTheYearsAPartOfASentenceOpensWithAndWhatTheNextParagraphReportsDoneTheSpanBeforeIt() {
        // mass15 000 (daidoanket 2024) and 004 (laodong 2023): a congress reviews its term over several paragraphs
        String text = "Ngày 14/7, Đại hội Công đoàn tỉnh lần thứ XI, nhiệm kỳ 2023 - 2028 bế mạc.\n\n"
                + "Toàn tỉnh hiện có 512.800 đoàn viên. Nhiệm kỳ 2018 - 2023, các cấp công đoàn đã phát triển mới 186.400 "
                + "đoàn viên.\n\n"
                + "Công đoàn tỉnh đã hỗ trợ xây dựng, sửa chữa 286 \"Mái ấm Công đoàn\" với tổng số tiền 14,3 tỉ đồng. "
                + "Chương trình được tổ chức hằng năm; trong 5 năm, các cấp công đoàn chăm lo Tết cho 1,2 triệu lượt "
                + "đoàn viên.\n\n"
                + "Trong 5 năm, Quỹ \"Vì người nghèo\" vận động được 215 tỷ đồng; hỗ trợ xây mới 4.350 nhà Đại đoàn kết.\n\n"
                + "Năm 2023, toàn tỉnh có 3.215 công đoàn cơ sở.";
        assertThat(figures(text, "2023-07-14", "Bình Dương"))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(512800.0, "2023"), tuple(186400.0, "2018-2023"), tuple(286.0, "2018-2023"),
                        tuple(14.3e9, "2018-2023"), tuple(1.2e6, "2018-2023"), tuple(215e9, "2018-2023"),
                        tuple(4350.0, "2018-2023"), tuple(3215.0, "2023"));
    }

    /** budget17 006 (VietnamPlus 2010): a time joined to a figure by "của" is that figure's alone. */
    @Test
    void datesOnlyItsFigureByATimeItsOwnWordsGiveIt() {
        List<Figure> found = figures("Năm 2010, GDP ước tăng 6,78%, cao hơn mức 5,32% của năm 2009 và vượt chỉ tiêu "
                + "Quốc hội đề ra (6,5%).", "2010-12-29", "Nghệ An");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(6.78, "2010"), tuple(5.32, "2009"), tuple(6.5, "2010"));
    }

    /** budget17 004, 010: "của cùng kỳ năm 2020" after a figure makes it the same months of that year. */
    @Test
    void datesAFigureOfTheSamePeriodOfAnEarlierYearWrittenAfterIt() {
        List<Figure> found = figures("GRDP 9 tháng ước tăng 2,98% so với cùng kỳ, thấp hơn mức tăng 3,39% của cùng kỳ "
                + "năm 2020.", "2021-09-29", "Hà Nội");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(2.98, "2021-01/2021-09"), tuple(3.39, "2020-01/2020-09"));
    }

    /**
     * gen23y 001, 002: a level named by its noun right before the same period it is of ("mức 7,2% cùng kỳ năm ngoái"),
     * and a clause whose subject is that period after a conjunction ("trong khi cùng kỳ năm 2018 tăng 7,95%"), are of
     * the same months of the earlier year; a change written with "cùng kỳ" after it is against them, of the months in view.
     */
    @Test
    void datesALevelOfTheSamePeriodOfAnEarlierYearWithNoCua() {
        assertThat(figures("GRDP 6 tháng đầu năm của TP HCM tăng 7,47%, cao hơn mức 7,2% cùng kỳ năm ngoái.", "2016-07-08",
                "Hồ Chí Minh")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(7.47, "2016-H1"), tuple(7.2, "2015-H1"));
        assertThat(figures("GRDP quý 1 ước tăng 6,07% so với cùng kỳ, trong khi cùng kỳ năm 2018 tăng 7,95%.", "2019-03-29",
                "Đà Nẵng")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(6.07, "2019-Q1"), tuple(7.95, "2018-Q1"));
        assertThat(figures("Kim ngạch xuất khẩu 6 tháng đầu năm đạt 3 tỷ USD, tăng 10% cùng kỳ năm trước.", "2016-07-08",
                "Long An")).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(3000000000.0, "2016-H1"), tuple(10.0, "2016-H1"));
    }

    /**
     * gen23y 004: the month a figure's data run to, written after its subject, is that figure's cut-off, no running
     * period of the sentences after it in a review of the year.
     */
    @Test
    void leavesACutOffInAFiguresClauseToThatFigure() {
        List<Figure> found = figures("Năm 2023, tổng sản phẩm trên địa bàn tăng 10,4%.\n\nGiải ngân vốn đầu tư công đến "
                + "hết tháng 11 đạt 4.250 tỷ đồng, bằng 71,3% kế hoạch. Tỷ lệ hộ nghèo giảm còn 1,65%. Toàn Đảng bộ kết nạp "
                + "2.380 đảng viên.", "2023-12-16", "Thái Bình");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(10.4, "2023"), tuple(4250000000000.0, "2023-01/2023-11"),
                        tuple(71.3, "2023-01/2023-11"), tuple(1.65, "2023"), tuple(2380.0, "2023"));
    }

    /**
     * budget17 004, 010, 013: a target's clause that runs to a day with "đến" sums the months up to it, in the story's
     * year; a target's share of a plan is of the plan's year.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chủ tịch yêu cầu các sở, phấn đấu đến ngày 30-9 giải ngân đạt 60% kế hoạch vốn năm 2022.  | 2022-08-03 | 2022-01/2022-09
            Chủ tịch yêu cầu phấn đấu đến ngày 31/12 giải ngân đạt 95% kế hoạch vốn được giao.        | 2021-09-29 | 2021
            Ông yêu cầu đến ngày 30/9, tỷ lệ giải ngân vốn đầu tư công của tỉnh phải đạt trên 70%.     | 2026-07-02 | 2026-01/2026-09
            Đến ngày 25-3, thành phố mới giải ngân 418 tỉ đồng vốn đầu tư công.                          | 2019-04-02 | 2019-Q1
            Đến ngày 20/3, nông dân đã thu hoạch 185.400 ha lúa vụ Đông Xuân 2023-2024.                  | 2024-03-21 | 2023-2024
            Ông Nguyễn Tấn Tuân yêu cầu phấn đấu giải ngân đạt trên 95% kế hoạch vốn năm 2023.        | 2023-12-05 | 2023
            """)
    void datesATargetByTheDayItRunsToOrThePlanItShares(String text, String published, String period) {
        assertThat(figures(text, published, "Đà Nẵng")).singleElement().extracting(Figure::period).isEqualTo(period);
    }

    /** gen25a 003: the term of the councils an election fills, written after them, is no period of its figures. */
    @Test
    void readsTheTermAfterACouncilAsItsNameNotTheFiguresPeriod() {
        List<Figure> found = figures("Ông Nguyễn Khắc Định cho biết tỷ lệ cử tri đi bầu đại biểu HĐND cấp tỉnh nhiệm kỳ "
                + "2026 - 2031 cũng đạt 99,68%. Trong cuộc bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, toàn tỉnh có "
                + "2.905.116 cử tri.", "2026-03-23", "Ninh Bình");
        assertThat(found).extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(99.68, "2026"), tuple(2905116.0, "2026"));
    }

    /** gen25a 007: what a figure must reach ("phải đạt") is a target. */
    @Test
    void readsWhatAFigureMustReachAsATarget() {
        assertThat(figures("Ông yêu cầu đến ngày 30/9, tỷ lệ giải ngân vốn đầu tư công của tỉnh phải đạt trên 70%.",
                "2026-07-02", "Gia Lai")).singleElement().extracting(f -> f.status().code()).isEqualTo("target");
    }

    /** budget17 012 (Báo Bắc Ninh 2017): a headline of 17 words gives the story its period, the one of its figure. */
    @Test
    void takesTheStorysPeriodFromTheFigureOfALongHeadline() {
        String title = "Phiên họp UBND tỉnh thường kỳ tháng 9/2017: Kim ngạch xuất khẩu 9 tháng ước đạt 16,5 tỷ USD";
        String text = title + "\n\nNgày 29/9, UBND tỉnh họp phiên thường kỳ tháng 9/2017.\n\nTháng 9, kim ngạch xuất "
                + "khẩu ước đạt 2,3 tỷ USD.\n\nThu ngân sách nhà nước trên địa bàn ước đạt 18.915 tỷ đồng.";
        assertThat(FIGURES.extract(Articles.context(title, text, "2017-09-29", "Bắc Ninh")))
                .extracting(f -> f.value().doubleValue(), Figure::period)
                .containsExactly(tuple(2.3e9, "2017-09"), tuple(18915e9, "2017-01/2017-09"));
    }
}
