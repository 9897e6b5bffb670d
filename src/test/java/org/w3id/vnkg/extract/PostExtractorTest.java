package org.w3id.vnkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.w3id.vnkg.facts.Gender;
import org.w3id.vnkg.facts.PartialDate;
import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.VnPipelineFactory;
import org.w3id.vnkg.normalize.Article;

/**
 * Sentences written for the test (other provinces, titles, ranks, minority names) and from the samples
 * (file named in the case). Expected posts are "person / role / organization", joined by " ; ".
 */
class PostExtractorTest {
    private static final StanfordCoreNLP NLP = VnPipelineFactory.create();
    private static final PostExtractor EXTRACTOR = new PostExtractor();
    private static final PartialDate DATE = new PartialDate(2024, 6, 26);

    private static final DistrictFinder DISTRICTS = new DistrictFinder();
    private static final DistrictFinder COMMUNES = DistrictFinder.communes();
    private static final DistrictFinder CITIES = DistrictFinder.provincialCities();

    static List<Post> posts(String text, String articleProvince) {
        Article article = new Article("test.txt", text, null, null, "0");
        CoreDocument doc = new CoreDocument(text);
        NLP.annotate(doc);
        return EXTRACTOR.extract(new ArticleContext(article, doc, DATE, articleProvince,
                DistrictFinder.districtOrCity(DISTRICTS, CITIES, text, articleProvince), COMMUNES.mainDistrict(text)));
    }

    private static List<String> triples(List<Post> posts) {
        return posts.stream().map(p -> p.person() + " / " + p.role() + " / " + p.organization()).toList();
    }

    /** A foreign guest's titles are of its country's bodies, never of Vietnam's nor the story's province (names10). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Ông Hồ Tiến Thiệu đã tiếp ông Vương Nghị, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Ngoại giao Trung Quốc. => Vương Nghị / Ủy viên / Bộ Chính trị Đảng Cộng sản Trung Quốc ; Vương Nghị / Bộ trưởng / Bộ Ngoại giao Trung Quốc
            Ông Hồ Tiến Thiệu đã tiếp ngài Orlando Hardy Díaz, Đại sứ Đặc mệnh toàn quyền nước Cộng hòa Cuba tại Việt Nam. => Orlando Hardy Díaz / Đại sứ / Đại sứ quán Cuba tại Việt Nam
            Ông Trần Thanh Liêm tiếp ông Lim Jae-hoon, Tổng Lãnh sự Hàn Quốc tại TP.Hồ Chí Minh. => Lim Jae-hoon / Tổng Lãnh sự / Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh
            Chủ tịch UBND tỉnh tiếp bà Gillian Bird, Đại sứ Australia tại Việt Nam. => Gillian Bird / Đại sứ / Đại sứ quán Australia tại Việt Nam
            Dự có ông Lưu Vĩnh Thanh, Tổng Lãnh sự nước Cộng hòa Nhân dân Trung Hoa tại Hải Phòng. => Lưu Vĩnh Thanh / Tổng Lãnh sự / Tổng Lãnh sự quán Trung Quốc tại Hải Phòng
            Tổng Bí thư đã hội đàm với đồng chí Tập Cận Bình, Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch nước Cộng hòa Nhân dân Trung Hoa. => Tập Cận Bình / Tổng Bí thư / Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc ; Tập Cận Bình / Chủ tịch nước / Nước Cộng hòa Nhân dân Trung Hoa
            Đại sứ đã có buổi làm việc với ông Park Heong-joon, Thị trưởng thành phố Busan, về hợp tác. => Park Heong-joon / Thị trưởng / thành phố Busan
            Dự có đồng chí Thái Kỳ, Ủy viên Thường vụ Bộ Chính trị, Chánh Văn phòng Trung ương Đảng Cộng sản Trung Quốc. => Thái Kỳ / Ủy viên / Ban Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc ; Thái Kỳ / Chánh Văn phòng / Văn phòng Trung ương Đảng Cộng sản Trung Quốc
            Đồng chí Lít-xa-mây Khăm-phăn, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Attapeu phát biểu. => Lít-xa-mây Khăm-phăn / Ủy viên / Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào ; Lít-xa-mây Khăm-phăn / Bí thư / Tỉnh ủy Attapeu ; Lít-xa-mây Khăm-phăn / Tỉnh trưởng / tỉnh Attapeu
            Chủ tịch Quốc hội đã hội kiến Thủ tướng nước Cộng hòa Dân chủ Nhân dân Lào Thongloun Sisoulith. => Thongloun Sisoulith / Thủ tướng / Chính phủ Lào
            Chủ tịch nước đã hội đàm với Tổng thống nước Cộng hòa Indonesia Joko Widodo. => Joko Widodo / Tổng thống / Nước Cộng hòa Indonesia
            Bộ trưởng Bộ Ngoại giao Nhật Bản Kamikawa Yoko phát biểu. => Kamikawa Yoko / Bộ trưởng / Bộ Ngoại giao Nhật Bản
            Cùng đi có ông Hoàng Thế Dũng, Phó Chủ tịch Chính phủ nhân dân Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc). => Hoàng Thế Dũng / Phó Chủ tịch / Chính phủ Trung Quốc
            Đồng chí Lâm Thị Phương Thanh, Bí thư Tỉnh ủy dẫn đầu đoàn sang thăm Trung Quốc. => Lâm Thị Phương Thanh / Bí thư / Tỉnh ủy Lạng Sơn
            Ông Vũ Văn Hợp, Giám đốc Sở Ngoại vụ Lào Cai cho biết. => Vũ Văn Hợp / Giám đốc / Sở Ngoại vụ tỉnh Lào Cai
            Đồng chí Lâm Thị Phương Thanh, Bí thư Tỉnh ủy đã tiếp xã giao đoàn đại biểu tỉnh Attapeu (Lào). => Lâm Thị Phương Thanh / Bí thư / Tỉnh ủy Lạng Sơn
            """)
    void givesAForeignGuestThePostsOfItsCountry(String text, String expected) {
        assertThat(triples(posts(text, "Lạng Sơn"))).containsExactlyInAnyOrder(expected.split(" ; "));
    }

    @Test
    void refinesAPostOfTheSentenceBeforeInASentenceOpenedByTrongDo() {
        // Tuổi Trẻ on An Giang's first congress (gen24a 003): the bare longer title is the Tỉnh ủy's
        List<Post> found = posts("Ông Lê Trung Hồ và ông Hồ Văn Mừng, chủ tịch UBND tỉnh, được bầu làm phó bí thư Tỉnh ủy. "
                + "Trong đó ông Lê Trung Hồ là phó bí thư thường trực.", "An Giang");
        assertThat(triples(found)).contains("Lê Trung Hồ / Phó Bí thư Thường trực / Tỉnh ủy An Giang",
                "Lê Trung Hồ / Phó Bí thư / Tỉnh ủy An Giang");
        assertThat(triples(posts("Ông Lê Trung Hồ là phó bí thư thường trực.", "An Giang")))
                .noneMatch(t -> t.contains("Tỉnh ủy"));
    }

    @Test
    void placesACommanderOfAnUnnumberedRegionInTheRegionTheLeadNames() {
        // QĐND on a military region's Party-badge ceremony (meet8 probe, m05)
        List<Post> found = posts("Quân khu 4 trao Huy hiệu Đảng cho đảng viên lão thành\n\nCùng dự có Thiếu tướng Trần Đức "
                + "Toàn, Tư lệnh Quân khu và đại diện lãnh đạo các cơ quan, đơn vị.", null);
        assertThat(triples(found)).containsExactly("Trần Đức Toàn / Tư lệnh / Quân khu 4");
    }

    @Test
    void leavesTheRegionsPostsWrittenWithoutItsNumberForTheCommandOfIt() {
        // QĐND on a region's new commander (bodies14 probe, 003): "Quân khu" written alone is the title's, and the
        // chain goes on to the appointment, which leaves the posts held in the region before
        List<Post> found = posts("Quân khu 7 có tân Tư lệnh\n\nThiếu tướng Nguyễn Trường Thắng, Phó Tư lệnh, Tham mưu "
                + "trưởng Quân khu được bổ nhiệm giữ chức Tư lệnh Quân khu 7.", null);
        assertThat(triples(found.stream().filter(p -> p.qualifier() != Post.Qualifier.FORMER).toList()))
                .containsExactly("Nguyễn Trường Thắng / Tư lệnh / Quân khu 7");
        assertThat(triples(found.stream().filter(p -> p.qualifier() == Post.Qualifier.FORMER).toList()))
                .containsExactlyInAnyOrder("Nguyễn Trường Thắng / Phó Tư lệnh / Quân khu 7",
                        "Nguyễn Trường Thắng / Tham mưu trưởng / Quân khu 7");
    }

    @Test
    void placesTheBarePartyCommitteeOfACommanderInHisRegion() {
        // QĐND on a military region's Party-badge ceremony (meet8 probe, m05)
        List<Post> found = posts("Quân khu 4 trao Huy hiệu Đảng cho đảng viên lão thành\n\nCùng dự có Thiếu tướng Trần Đức "
                + "Toàn, Phó Bí thư Đảng ủy, Tư lệnh Quân khu và đại diện lãnh đạo các cơ quan, đơn vị.", null);
        assertThat(triples(found)).containsExactlyInAnyOrder("Trần Đức Toàn / Phó Bí thư / Đảng ủy Quân khu 4",
                "Trần Đức Toàn / Tư lệnh / Quân khu 4");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lương Cường có buổi làm việc. => - => Lương Cường / Ủy viên / Bộ Chính trị ; Lương Cường / Thường trực / Ban Bí thư
            Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Ninh Vương Quốc Tuấn phát biểu. => - => Vương Quốc Tuấn / Phó Bí thư / Tỉnh ủy Bắc Ninh ; Vương Quốc Tuấn / Chủ tịch / Ủy ban nhân dân tỉnh Bắc Ninh
            Tân Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài nhận nhiệm vụ. => - => Bùi Thị Minh Hoài / Bí thư / Thành ủy Hà Nội
            Trưởng Ban Tuyên giáo Tỉnh ủy Quảng Ninh Đặng Huy Hậu trình bày báo cáo. => - => Đặng Huy Hậu / Trưởng Ban / Ban Tuyên giáo Tỉnh ủy Quảng Ninh
            Chánh Văn phòng Tỉnh ủy Tuyên Quang Chẩu Văn Lâm dự họp. => - => Chẩu Văn Lâm / Chánh Văn phòng / Văn phòng Tỉnh ủy Tuyên Quang
            Phó Thủ tướng Trần Hồng Hà làm việc với tỉnh. => - => Trần Hồng Hà / Phó Thủ tướng / Chính phủ
            Tổng cục trưởng Tổng cục Thống kê Nguyễn Thị Hương chủ trì họp báo. => - => Nguyễn Thị Hương / Tổng cục trưởng / Tổng cục Thống kê
            Phó Tổng cục trưởng Tổng cục Thuế Đặng Ngọc Minh cho biết. => - => Đặng Ngọc Minh / Phó Tổng cục trưởng / Tổng cục Thuế
            Thứ trưởng Bộ Kế hoạch và Đầu tư Trần Quốc Phương cho biết. => - => Trần Quốc Phương / Thứ trưởng / Bộ Kế hoạch và Đầu tư
            Chủ tịch nước Võ Văn Thưởng gửi lẵng hoa chúc mừng. => - => Võ Văn Thưởng / Chủ tịch nước / Nước Cộng hòa xã hội chủ nghĩa Việt Nam
            Thủ tướng Chính phủ Phạm Minh Chính phát biểu. => - => Phạm Minh Chính / Thủ tướng / Chính phủ
            Phó Chủ tịch Quốc hội Nguyễn Đức Hải; Trưởng Ban Kinh tế Trung ương Trần Tuấn Anh cùng dự. => - => Nguyễn Đức Hải / Phó Chủ tịch / Quốc hội ; Trần Tuấn Anh / Trưởng Ban / Ban Kinh tế Trung ương
            Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương Hoàng Đăng Quang dự. => - => Hoàng Đăng Quang / Phó Trưởng Ban Thường trực / Ban Tổ chức Trung ương
            Chủ tịch UBND TP. Buôn Ma Thuột Hồ Thị Nguyên Thảo dự. => Đắk Lắk => Hồ Thị Nguyên Thảo / Chủ tịch / Ủy ban nhân dân thành phố Buôn Ma Thuột
            Chủ tịch UBND tỉnh Thừa Thiên Huế Nguyễn Văn Phương phát biểu. => - => Nguyễn Văn Phương / Chủ tịch / Ủy ban nhân dân tỉnh Thừa Thiên Huế
            Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng dự. => - => Nguyễn Văn Hùng / Bộ trưởng / Bộ Văn hóa, Thể thao và Du lịch
            Trung tướng Nguyễn Văn Hùng, Bí thư Đảng ủy, Chính ủy Quân khu 4 dự và trao Huy hiệu Đảng. => - => Nguyễn Văn Hùng / Bí thư / Đảng ủy Quân khu 4 ; Nguyễn Văn Hùng / Chính ủy / Quân khu 4
            Trung tướng Lê Văn Tám, Phó Bí thư Đảng ủy Bộ Tổng Tham mưu, dự hội nghị. => - => Lê Văn Tám / Phó Bí thư / Đảng ủy Bộ Tổng Tham mưu
            Tại điểm cầu tỉnh Bình Dương có đồng chí Nguyễn Văn Lợi, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh dự. => Hồ Chí Minh => Nguyễn Văn Lợi / Bí thư / Tỉnh ủy Bình Dương ; Nguyễn Văn Lợi / Trưởng Đoàn / Đoàn đại biểu Quốc hội tỉnh Bình Dương
            Ông Nguyễn Văn Lợi, Bí thư Tỉnh ủy dự hội nghị. => Hồ Chí Minh => Nguyễn Văn Lợi / Bí thư / Tỉnh ủy
            Hội nghị đã bầu bổ sung đồng chí Nguyễn Văn Dành, Bí thư Thị ủy Thuận An vào Ban Thường vụ Tỉnh ủy khóa IX với 100% số phiếu. => Bình Dương => Nguyễn Văn Dành / Bí thư / Thị ủy Thuận An ; Nguyễn Văn Dành / Ủy viên / Ban Thường vụ Tỉnh ủy Bình Dương
            Ông Lê Văn Tám, Chủ tịch UBND huyện Thuận An vào thăm các hộ dân bị ảnh hưởng. => Bình Dương => Lê Văn Tám / Chủ tịch / Ủy ban nhân dân huyện Thuận An
            Bộ Chính trị điều động, chỉ định đồng chí Lê Văn Tám, Thứ trưởng Bộ Công an, tham gia Đảng ủy Khối các cơ quan Trung ương và giữ chức Chánh Văn phòng Trung ương Đảng. => - => Lê Văn Tám / Thứ trưởng / Bộ Công an ; Lê Văn Tám / Chánh Văn phòng / Văn phòng Trung ương Đảng ; Lê Văn Tám / Ủy viên / Đảng ủy Khối các cơ quan Trung ương
            Ban Bí thư chuẩn y đồng chí Lê Văn Tám tham gia Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương nhiệm kỳ 2020 - 2025. => - => Lê Văn Tám / Ủy viên / Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương
            Bộ Chính trị chỉ định Thượng tướng Lê Văn Tám tham gia Quân ủy Trung ương, Ban Thường vụ Quân ủy Trung ương. => - => Lê Văn Tám / Ủy viên / Quân ủy Trung ương ; Lê Văn Tám / Ủy viên / Ban Thường vụ Quân ủy Trung ương
            Hội nghị bầu bổ sung anh Lê Văn Tám, Chủ tịch Hội Sinh viên Việt Nam vào Ban Bí thư T.Ư Đoàn khóa XI. => - => Lê Văn Tám / Chủ tịch / Hội Sinh viên Việt Nam ; Lê Văn Tám / Ủy viên / Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh
            Trung ương bầu bổ sung ông Lê Văn Tám, chủ nhiệm Ủy ban Pháp luật của Quốc hội, vào Ủy ban Kiểm tra trung ương. => - => Lê Văn Tám / Chủ nhiệm / Ủy ban Pháp luật của Quốc hội ; Lê Văn Tám / Ủy viên / Ủy ban Kiểm tra Trung ương
            Trung ương bầu bổ sung ông Lê Văn Tám, phó thủ tướng Chính phủ, và bà Trần Thị Mai, phó chủ tịch Quốc hội, vào Bộ Chính trị. => - => Lê Văn Tám / Phó Thủ tướng / Chính phủ ; Lê Văn Tám / Ủy viên / Bộ Chính trị ; Trần Thị Mai / Phó Chủ tịch / Quốc hội ; Trần Thị Mai / Ủy viên / Bộ Chính trị
            Ông Phan Văn Mãi, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố dự hội nghị. => Hồ Chí Minh => Phan Văn Mãi / Phó Bí thư / Thành ủy Thành phố Hồ Chí Minh ; Phan Văn Mãi / Chủ tịch / Ủy ban nhân dân Thành phố Hồ Chí Minh
            Ông Nguyễn Văn Thắng, Bí thư Đảng ủy Chính phủ, phát biểu. => - => Nguyễn Văn Thắng / Bí thư / Đảng ủy Chính phủ
            Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh cho biết. => - => Vũ Hồng Thanh / Chủ nhiệm / Ủy ban Kinh tế của Quốc hội
            Giám đốc Sở KH&ĐT Lê Văn Tám báo cáo. => Hưng Yên => Lê Văn Tám / Giám đốc / Sở Kế hoạch và Đầu tư tỉnh Hưng Yên
            Phó Giám đốc Sở NN&PTNT tỉnh Nguyễn Thị Lan cho biết. => Yên Bái => Nguyễn Thị Lan / Phó Giám đốc / Sở Nông nghiệp và Phát triển nông thôn tỉnh Yên Bái
            Ông Nguyễn Trần Huy, Giám đốc Sở Nông nghiệp và PTNT trả lời chất vấn. => Quảng Trị => Nguyễn Trần Huy / Giám đốc / Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Trị
            Đồng chí Nguyễn Xuân Thắng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, Chủ tịch Hội đồng Lý luận Trung ương dự. => Long An => Nguyễn Xuân Thắng / Giám đốc / Học viện Chính trị quốc gia Hồ Chí Minh ; Nguyễn Xuân Thắng / Chủ tịch / Hội đồng Lý luận Trung ương
            Chủ nhiệm UBKT Tỉnh ủy Hà Văn Tư báo cáo. => Phú Thọ => Hà Văn Tư / Chủ nhiệm / Ủy ban Kiểm tra Tỉnh ủy Phú Thọ
            Giám đốc Công an tỉnh, Đại tá Nguyễn Văn Long báo cáo. => Long An => Nguyễn Văn Long / Giám đốc / Công an tỉnh Long An
            Chủ tịch UBND tỉnh, ông Võ Văn Hưng cho biết tỉnh sẽ tập trung giải ngân. => Quảng Trị => Võ Văn Hưng / Chủ tịch / Ủy ban nhân dân tỉnh Quảng Trị
            Phát biểu tại hội nghị, Bí thư Tỉnh ủy, đồng chí Lê Quang Tùng nhấn mạnh ba nhiệm vụ. => Quảng Trị => Lê Quang Tùng / Bí thư / Tỉnh ủy Quảng Trị
            Theo Giám đốc Sở Y tế, bác sĩ Nguyễn Văn Hòa, tỉnh đã chủ động phòng dịch. => Quảng Trị => Nguyễn Văn Hòa / Giám đốc / Sở Y tế tỉnh Quảng Trị
            Bí thư Tỉnh ủy Nguyễn Đình Trung dự. Ông Trung, Trưởng Đoàn ĐBQH tỉnh, phát biểu. => Đắk Lắk => Nguyễn Đình Trung / Bí thư / Tỉnh ủy Đắk Lắk ; Nguyễn Đình Trung / Trưởng Đoàn / Đoàn đại biểu Quốc hội tỉnh Đắk Lắk
            Bí thư Tỉnh ủy Hoàng Duy Chinh phát biểu tại Hội nghị. => Bắc Kạn => Hoàng Duy Chinh / Bí thư / Tỉnh ủy Bắc Kạn
            Bí thư Tỉnh ủy Hoàng Duy Chinh phát biểu tại Hội nghị. => - => Hoàng Duy Chinh / Bí thư / Tỉnh ủy
            Chủ tịch UBND huyện Yên Thế Nguyễn Văn Bình kiểm tra tiến độ. => Bắc Giang => Nguyễn Văn Bình / Chủ tịch / Ủy ban nhân dân huyện Yên Thế
            Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn chủ trì. => Hà Giang => Nguyễn Văn Sơn / Phó Chủ tịch / Ủy ban nhân dân tỉnh Hà Giang
            Bí thư Huyện ủy Lục Nam Nguyễn Văn Bình dự lễ. => Bắc Giang => Nguyễn Văn Bình / Bí thư / Huyện ủy Lục Nam
            Chủ tịch UBND TP Vinh Trần Quốc Chung báo cáo. => Nghệ An => Trần Quốc Chung / Chủ tịch / Ủy ban nhân dân thành phố Vinh
            Bí thư Thành ủy Vinh Trần Ngọc Tú chủ trì. => Nghệ An => Trần Ngọc Tú / Bí thư / Thành ủy Vinh
            Bí thư Thành ủy Lê An chủ trì. => Hải Phòng => Lê An / Bí thư / Thành ủy Hải Phòng
            Bí thư Thành ủy Hải Phòng Lê Tiến Châu chủ trì. => - => Lê Tiến Châu / Bí thư / Thành ủy Hải Phòng
            Thượng tá Lê Văn Hà, Chỉ huy trưởng Bộ Chỉ huy Biên phòng tỉnh, báo cáo. => Lào Cai => Lê Văn Hà / Chỉ huy trưởng / Bộ Chỉ huy Biên phòng tỉnh Lào Cai
            Anh Bùi Quang Huy được bầu giữ chức Bí thư thứ nhất Trung ương Đoàn. => - => Bùi Quang Huy / Bí thư thứ nhất / Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh
            Chánh án TAND tỉnh Đỗ Văn Dũng cho biết. => Long An => Đỗ Văn Dũng / Chánh án / Tòa án nhân dân tỉnh Long An
            Viện trưởng VKSND tỉnh Nguyễn Văn Tường dự. => Long An => Nguyễn Văn Tường / Viện trưởng / Viện Kiểm sát nhân dân tỉnh Long An
            Phó Chánh án TAND tối cao Nguyễn Sơn dự. => Long An => Nguyễn Sơn / Phó Chánh án / Tòa án nhân dân tối cao
            Bí thư Đảng ủy Sở Y tế Nguyễn Quốc Việt dự. => Long An => Nguyễn Quốc Việt / Bí thư / Đảng ủy Sở Y tế tỉnh Long An
            Bí thư Đảng ủy Tập đoàn Dầu khí Việt Nam Lê Mạnh Hùng phát biểu. => - => Lê Mạnh Hùng / Bí thư / Đảng ủy Tập đoàn Dầu khí Việt Nam
            Viện trưởng Viện KSND tối cao Lê Minh Trí dự. => Long An => Lê Minh Trí / Viện trưởng / Viện Kiểm sát nhân dân tối cao
            Dự lễ có ông Tất Thành Cang, Phó Bí thư Thường trực Thành ủy TP.HCM. => - => Tất Thành Cang / Phó Bí thư Thường trực / Thành ủy Thành phố Hồ Chí Minh
            Bí thư Đảng ủy Khối các cơ quan tỉnh Hoàng Văn Hải chúc mừng. => Thanh Hóa => Hoàng Văn Hải / Bí thư / Đảng ủy Khối các cơ quan tỉnh Thanh Hóa
            Bí thư Đảng ủy các cơ quan Đảng tỉnh Lê Thị Kim Dung dự. => Tuyên Quang => Lê Thị Kim Dung / Bí thư / Đảng ủy các cơ quan Đảng tỉnh Tuyên Quang
            Ủy viên BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Đầu Thanh Tùng dự. => Thanh Hóa => Đầu Thanh Tùng / Ủy viên / Ban Thường vụ Tỉnh ủy Thanh Hóa ; Đầu Thanh Tùng / Trưởng Ban / Ban Tổ chức Tỉnh ủy Thanh Hóa
            Trưởng Ban Pháp chế HĐND tỉnh là bà Nguyễn Thị Thu Lan. => Quảng Nam => Nguyễn Thị Thu Lan / Trưởng Ban / Ban Pháp chế Hội đồng nhân dân tỉnh Quảng Nam
            Chủ tịch UBND tỉnh - Trần Văn Cần chủ trì phiên họp. => Long An => Trần Văn Cần / Chủ tịch / Ủy ban nhân dân tỉnh Long An
            Phó Chủ tịch UBND tỉnh – Phạm Tấn Hòa dự hội nghị. => Long An => Phạm Tấn Hòa / Phó Chủ tịch / Ủy ban nhân dân tỉnh Long An
            Bí thư Thành ủy Điện Biên Phủ Phạm Đức Toàn cho biết. => Điện Biên => Phạm Đức Toàn / Bí thư / Thành ủy Điện Biên Phủ
            Chủ tịch UBND tỉnh Hà Nam Ninh Nguyễn Văn A dự. => Nam Định => Nguyễn Văn A / Chủ tịch / Ủy ban nhân dân tỉnh Hà Nam Ninh
            """)
    void readsTitlesWrittenBeforeTheName(String sentence, String province, String expected) {
        assertThat(triples(posts(sentence, province))).containsExactly(expected.split(" ; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            Bà Nguyễn Thanh Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Thái Nguyên ghi nhận kết quả. => - => Nguyễn Thanh Hải / Ủy viên / Ban Chấp hành Trung ương Đảng ; Nguyễn Thanh Hải / Bí thư / Tỉnh ủy Thái Nguyên
            Ông Lê Ánh Dương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang cho biết. => - => Lê Ánh Dương / Phó Bí thư / Tỉnh ủy Bắc Giang ; Lê Ánh Dương / Chủ tịch / Ủy ban nhân dân tỉnh Bắc Giang
            Thượng tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an dự hội nghị. => - => Lương Tam Quang / Ủy viên / Bộ Chính trị ; Lương Tam Quang / Bộ trưởng / Bộ Công an
            Đồng chí Y Thanh Hà Niê Kđăm, Ủy viên Trung ương Đảng, Chủ tịch UBND tỉnh Đắk Lắk phát biểu. => - => Y Thanh Hà Niê Kđăm / Ủy viên / Ban Chấp hành Trung ương Đảng ; Y Thanh Hà Niê Kđăm / Chủ tịch / Ủy ban nhân dân tỉnh Đắk Lắk
            Ông Nguyễn Văn Được, Phó Bí thư Thành ủy, Chủ tịch UBND TP. Hồ Chí Minh phát biểu. => - => Nguyễn Văn Được / Phó Bí thư / Thành ủy Thành phố Hồ Chí Minh ; Nguyễn Văn Được / Chủ tịch / Ủy ban nhân dân Thành phố Hồ Chí Minh
            Ông Trần Văn Hải, Bí thư Huyện ủy Lục Nam, phát biểu. => Bắc Giang => Trần Văn Hải / Bí thư / Huyện ủy Lục Nam
            Ông Hồ Văn Niên - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh báo cáo. => Gia Lai => Hồ Văn Niên / Ủy viên / Ban Thường vụ Tỉnh ủy Gia Lai ; Hồ Văn Niên / Trưởng Đoàn / Đoàn đại biểu Quốc hội tỉnh Gia Lai
            Ông Lê Văn Hà, Phó Chủ tịch Thường trực HĐND tỉnh kiêm Trưởng Ban Pháp chế HĐND tỉnh phát biểu. => Nghệ An => Lê Văn Hà / Phó Chủ tịch Thường trực / Hội đồng nhân dân tỉnh Nghệ An ; Lê Văn Hà / Trưởng Ban / Ban Pháp chế Hội đồng nhân dân tỉnh Nghệ An
            Chủ trì hội nghị có đồng chí Nguyễn Văn Thắng, Bộ trưởng Bộ Tài chính. => - => Nguyễn Văn Thắng / Bộ trưởng / Bộ Tài chính
            Dự hội nghị có đồng chí: Nguyễn Mạnh Dũng, Quyền Bí thư Tỉnh ủy; các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy. => Hà Giang => Nguyễn Mạnh Dũng / Quyền Bí thư / Tỉnh ủy Hà Giang
            Đại tá Trần Văn Tuấn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh cũng tham dự. => Đắk Lắk => Trần Văn Tuấn / Chỉ huy trưởng / Bộ Chỉ huy Quân sự tỉnh Đắk Lắk
            Ông Nguyễn Văn An, Bí thư Đảng ủy xã Ea Kao, TP. Buôn Ma Thuột cho biết. => Đắk Lắk => Nguyễn Văn An / Bí thư / Đảng ủy xã Ea Kao
            Ông Lâm Văn Bé (Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Đắk Lắk) phát biểu. => - => Lâm Văn Bé / Ủy viên / Ban Thường vụ Tỉnh ủy Đắk Lắk ; Lâm Văn Bé / Trưởng Ban / Ban Tổ chức Tỉnh ủy Đắk Lắk
            Ông Trần Văn Bình là Ủy viên Ban Thường vụ Tỉnh ủy. => Sóc Trăng => Trần Văn Bình / Ủy viên / Ban Thường vụ Tỉnh ủy Sóc Trăng
            Hội nghị bầu đồng chí Lò Văn Tiến, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch HĐND tỉnh. => Sơn La => Lò Văn Tiến / Phó Bí thư / Tỉnh ủy Sơn La ; Lò Văn Tiến / Chủ tịch / Hội đồng nhân dân tỉnh Sơn La
            Ông Trần Quang Minh - Phó Giám đốc Sở Tài chính tỉnh Đắk Lắk trình bày. => - => Trần Quang Minh / Phó Giám đốc / Sở Tài chính tỉnh Đắk Lắk
            Đồng chí Phan Huy Ngọc, Phó Bí thư Tỉnh ủy, Bí thư Đảng ủy UBND tỉnh, Chủ tịch UBND tỉnh dự. => Tuyên Quang => Phan Huy Ngọc / Phó Bí thư / Tỉnh ủy Tuyên Quang ; Phan Huy Ngọc / Bí thư / Đảng ủy Ủy ban nhân dân tỉnh Tuyên Quang ; Phan Huy Ngọc / Chủ tịch / Ủy ban nhân dân tỉnh Tuyên Quang
            Ông Phạm Anh Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh dự. => Gia Lai => Phạm Anh Tuấn / Ủy viên / Ban Thường vụ Tỉnh ủy Gia Lai ; Phạm Anh Tuấn / Chủ tịch / Ủy ban nhân dân tỉnh Gia Lai
            Các ông Trần Xuân Vinh và Phan Thái Bình được bầu làm Phó Chủ tịch HĐND tỉnh. => Quảng Nam => Trần Xuân Vinh / Phó Chủ tịch / Hội đồng nhân dân tỉnh Quảng Nam ; Phan Thái Bình / Phó Chủ tịch / Hội đồng nhân dân tỉnh Quảng Nam
            Các ông Huỳnh Khánh Toàn, Lê Trí Thanh, Trần Văn Tân được bầu giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021. => Quảng Nam => Huỳnh Khánh Toàn / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Nam ; Lê Trí Thanh / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Nam ; Trần Văn Tân / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Nam
            Ông Lê Trung Hồ và ông Hồ Văn Mừng, chủ tịch UBND tỉnh, được bầu làm phó bí thư Tỉnh ủy. => An Giang => Lê Trung Hồ / Phó Bí thư / Tỉnh ủy An Giang ; Hồ Văn Mừng / Chủ tịch / Ủy ban nhân dân tỉnh An Giang ; Hồ Văn Mừng / Phó Bí thư / Tỉnh ủy An Giang
            Ông Lê Văn Nam và ông Hồ Văn Mừng, chủ tịch UBND tỉnh, dự hội nghị. => An Giang => Hồ Văn Mừng / Chủ tịch / Ủy ban nhân dân tỉnh An Giang
            Tại kỳ họp, ông Nguyễn Văn Tuấn đã được các đại biểu bầu giữ chức Chủ tịch HĐND thị xã Buôn Hồ với 100% số phiếu. => Đắk Lắk => Nguyễn Văn Tuấn / Chủ tịch / Hội đồng nhân dân thị xã Buôn Hồ
            Bà Lê Thị Hoa vừa được bổ nhiệm giữ chức Giám đốc Sở Tài chính. => Đắk Lắk => Lê Thị Hoa / Giám đốc / Sở Tài chính tỉnh Đắk Lắk
            Bà Lê Thị Hoa tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028. => Lâm Đồng => Lê Thị Hoa / Chủ tịch / Hội Nông dân tỉnh Lâm Đồng
            Bà Trần Thị Lan đã được bầu vào Ban Chấp hành, Ban Thường vụ và giữ chức Chủ tịch Hội Nông dân tỉnh. => Gia Lai => Trần Thị Lan / Chủ tịch / Hội Nông dân tỉnh Gia Lai ; Trần Thị Lan / Ủy viên / Ban Chấp hành Hội Nông dân tỉnh Gia Lai ; Trần Thị Lan / Ủy viên / Ban Thường vụ Hội Nông dân tỉnh Gia Lai
            Thẩm tra dự thảo, chủ nhiệm Ủy ban Tài chính, ngân sách Nguyễn Phú Cường cho biết cơ quan thẩm tra thống nhất. => - => Nguyễn Phú Cường / Chủ nhiệm / Ủy ban Tài chính, Ngân sách của Quốc hội
            Chủ nhiệm Ủy ban Pháp luật Hoàng Thanh Tùng trình bày báo cáo. => - => Hoàng Thanh Tùng / Chủ nhiệm / Ủy ban Pháp luật của Quốc hội
            Các ông Lê Văn Hải, Nguyễn Xuân Sơn đã được bầu giữ chức Phó Chủ tịch UBND thị xã Buôn Hồ. => Đắk Lắk => Lê Văn Hải / Phó Chủ tịch / Ủy ban nhân dân thị xã Buôn Hồ ; Nguyễn Xuân Sơn / Phó Chủ tịch / Ủy ban nhân dân thị xã Buôn Hồ
            Kỳ họp cũng bầu ông Đinh Văn Thu - Phó Bí thư Tỉnh ủy giữ chức Chủ tịch UBND tỉnh. => Quảng Nam => Đinh Văn Thu / Phó Bí thư / Tỉnh ủy Quảng Nam ; Đinh Văn Thu / Chủ tịch / Ủy ban nhân dân tỉnh Quảng Nam
            Cùng dự có đồng chí Nguyễn Hữu Hoài, Phó Bí thư Tỉnh ủy, Bí thư Ban cán sự đảng UBND tỉnh, Chủ tịch UBND tỉnh. => Quảng Bình => Nguyễn Hữu Hoài / Phó Bí thư / Tỉnh ủy Quảng Bình ; Nguyễn Hữu Hoài / Bí thư / Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Bình ; Nguyễn Hữu Hoài / Chủ tịch / Ủy ban nhân dân tỉnh Quảng Bình
            Ông Trần Công Thuật, Phó Bí thư Tỉnh ủy, Bí thư Đảng đoàn HĐND tỉnh, Chủ tịch HĐND tỉnh phát biểu. => Nghệ An => Trần Công Thuật / Phó Bí thư / Tỉnh ủy Nghệ An ; Trần Công Thuật / Bí thư / Đảng đoàn Hội đồng nhân dân tỉnh Nghệ An ; Trần Công Thuật / Chủ tịch / Hội đồng nhân dân tỉnh Nghệ An
            Đồng chí Lê Văn Lương, Huyện ủy viên, Phó Chủ tịch UBND huyện Mường Tè, được bầu giữ chức Phó Bí thư Huyện ủy Mường Tè. => Lai Châu => Lê Văn Lương / Ủy viên / Ban Chấp hành Đảng bộ huyện Mường Tè ; Lê Văn Lương / Phó Chủ tịch / Ủy ban nhân dân huyện Mường Tè ; Lê Văn Lương / Phó Bí thư / Huyện ủy Mường Tè
            Ông Trương Văn Sáu, Tỉnh ủy viên, Phó Giám đốc Sở Nội vụ, phát biểu. => Vĩnh Long => Trương Văn Sáu / Ủy viên / Ban Chấp hành Đảng bộ tỉnh Vĩnh Long ; Trương Văn Sáu / Phó Giám đốc / Sở Nội vụ tỉnh Vĩnh Long
            Ủy ban MTTQ Việt Nam tỉnh đã hiệp thương cử bà Vương Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, tái cử chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông Lò Văn Páo, Hầu Minh Lợi giữ chức Phó Chủ tịch. => Hà Giang => Vương Ngọc Hà / Ủy viên / Ban Thường vụ Tỉnh ủy Hà Giang ; Vương Ngọc Hà / Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang ; Lò Văn Páo / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang ; Hầu Minh Lợi / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Giang
            Bà Trần Thị Minh Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, tiếp tục được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIV; ông Nguyễn Hữu Tài và bà Đinh Thị Lan được hiệp thương cử giữ chức Phó Chủ tịch. => Quảng Bình => Trần Thị Minh Hằng / Ủy viên / Ban Thường vụ Tỉnh ủy Quảng Bình ; Trần Thị Minh Hằng / Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình ; Nguyễn Hữu Tài / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình ; Đinh Thị Lan / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình
            HĐND tỉnh bầu ông Nguyễn Văn An giữ chức Chủ tịch HĐND tỉnh; bà Trần Thị Bình giữ chức Phó Chủ tịch. => Sơn La => Nguyễn Văn An / Chủ tịch / Hội đồng nhân dân tỉnh Sơn La ; Trần Thị Bình / Phó Chủ tịch / Hội đồng nhân dân tỉnh Sơn La
            Đồng chí Đặng Việt Dũng tái đắc cử Bí thư Quận ủy Hải Châu. => Đà Nẵng => Đặng Việt Dũng / Bí thư / Quận ủy Hải Châu
            Ban Chấp hành đã bầu ông Nguyễn Thanh Xuân tái đắc cử Bí thư Quận ủy quận 3. => Hồ Chí Minh => Nguyễn Thanh Xuân / Bí thư / Quận ủy quận 3
            Bà Hồ Thị Ngọc Diệp, Bí thư Thành Đoàn Huế, phát biểu. => Huế => Hồ Thị Ngọc Diệp / Bí thư / Thành Đoàn Huế
            Kỷ luật cảnh cáo ông Lê Văn Tám, Trưởng Phòng Tài nguyên và Môi trường huyện Krông Búk. => Đắk Lắk => Lê Văn Tám / Trưởng Phòng / Phòng Tài nguyên và Môi trường huyện Krông Búk
            Dự hội nghị có ông Nguyễn Xuân Định, Phó Chủ tịch Hội Nông dân Việt Nam. => Bến Tre => Nguyễn Xuân Định / Phó Chủ tịch / Hội Nông dân Việt Nam
            Dự đại hội có ông Thào Xuân Sùng, Bí thư Đảng đoàn, Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam. => Lâm Đồng => Thào Xuân Sùng / Bí thư / Đảng đoàn Hội Nông dân Việt Nam ; Thào Xuân Sùng / Chủ tịch / Ban Chấp hành Trung ương Hội Nông dân Việt Nam
            Bà Danh Thị Sa Ren được chỉ định giữ chức Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Hòn Đất. => An Giang => Danh Thị Sa Ren / Ủy viên / Ban Thường vụ Đảng ủy xã Hòn Đất ; Danh Thị Sa Ren / Chủ nhiệm / Ủy ban Kiểm tra Đảng ủy xã Hòn Đất
            Ông Nguyễn Văn An, Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh Lê Văn Bình cùng dự. => Sơn La => Nguyễn Văn An / Bí thư / Tỉnh ủy Sơn La ; Lê Văn Bình / Chủ tịch / Ủy ban nhân dân tỉnh Sơn La
            Trung tướng Nguyễn Văn Nam, Phó Tư lệnh Quân khu 5 phát biểu. => Bình Định => Nguyễn Văn Nam / Phó Tư lệnh / Quân khu 5
            Đại tá Lê Văn Hòa, Chỉ huy trưởng Bộ CHQS tỉnh báo cáo. => Bình Định => Lê Văn Hòa / Chỉ huy trưởng / Bộ Chỉ huy Quân sự tỉnh Bình Định
            Bà Trần Thị Mai, Chủ tịch Hội LHPN tỉnh; ông Ngô Văn Sơn, Chủ tịch LĐLĐ tỉnh cùng dự. => Bình Định => Trần Thị Mai / Chủ tịch / Hội Liên hiệp Phụ nữ tỉnh Bình Định ; Ngô Văn Sơn / Chủ tịch / Liên đoàn Lao động tỉnh Bình Định
            Ông Đinh Văn Bảy, Chủ tịch Hội CCB tỉnh phát biểu. => Bình Định => Đinh Văn Bảy / Chủ tịch / Hội Cựu chiến binh tỉnh Bình Định
            Dự hội nghị có ông Âu Ngọc Bích, Phó Chủ tịch Hội Nông dân tỉnh. => Thừa Thiên Huế => Âu Ngọc Bích / Phó Chủ tịch / Hội Nông dân tỉnh Thừa Thiên Huế
            Đoàn do đồng chí Phút-xạ-vẳn Xay-nha-vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phông-sa-lỳ làm trưởng đoàn. => Điện Biên => Phút-xạ-vẳn Xay-nha-vông / Bí thư / Tỉnh ủy Phông-sa-lỳ ; Phút-xạ-vẳn Xay-nha-vông / Tỉnh trưởng / tỉnh Phông-sa-lỳ
            Đoàn Campuchia do ông Ương Sa Vươn, Huyện trưởng huyện Mimot làm trưởng đoàn. => Bình Phước => Ương Sa Vươn / Huyện trưởng / huyện Mimot
            Cùng dự có các Phó Thủ tướng Nguyễn Xuân Phúc, Hoàng Trung Hải, Vũ Văn Ninh. => - => Nguyễn Xuân Phúc / Phó Thủ tướng / Chính phủ ; Hoàng Trung Hải / Phó Thủ tướng / Chính phủ ; Vũ Văn Ninh / Phó Thủ tướng / Chính phủ
            Cùng dự có các Phó Chủ tịch UBND tỉnh Đoàn Ngọc Lâm, Hồ An Phong. => Quảng Bình => Đoàn Ngọc Lâm / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Bình ; Hồ An Phong / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Bình
            Dự có các đồng chí Lê Văn An, Bí thư Tỉnh ủy và Trần Văn Bình. => Quảng Bình => Lê Văn An / Bí thư / Tỉnh ủy Quảng Bình
            Cục trưởng Cục Thống kê tỉnh Lê Văn Hà dự. => Nghệ An => Lê Văn Hà / Cục trưởng / Cục Thống kê tỉnh Nghệ An
            Đồng chí Lý Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh báo cáo kết quả bầu cử. => Bắc Kạn => Lý Thị Mai / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Kạn ; Lý Thị Mai / Phó Chủ tịch / Ủy ban bầu cử tỉnh Bắc Kạn
            Dự kỳ họp có đồng chí Nguyễn Thanh Hải, Ủy viên Trung ương Đảng, Trưởng Ban Dân nguyện của Quốc hội. => Thái Nguyên => Nguyễn Thanh Hải / Ủy viên / Ban Chấp hành Trung ương Đảng ; Nguyễn Thanh Hải / Trưởng Ban / Ban Dân nguyện của Quốc hội
            Dự có bà Nguyễn Thị Thanh, Ủy viên Bộ Chính trị, Trưởng Ban Công tác đại biểu. => - => Nguyễn Thị Thanh / Ủy viên / Bộ Chính trị ; Nguyễn Thị Thanh / Trưởng Ban / Ban Công tác đại biểu
            Ông Trần Văn Huyến, Bí thư Huyện ủy, Chủ tịch HĐND huyện Châu Thành A phát biểu khai mạc. => Hậu Giang => Trần Văn Huyến / Bí thư / Huyện ủy Châu Thành A ; Trần Văn Huyến / Chủ tịch / Hội đồng nhân dân huyện Châu Thành A
            Cùng đi có bà Sơn Thị Ánh Hồng, Trưởng ban Dân tộc tỉnh Trà Vinh. => Trà Vinh => Sơn Thị Ánh Hồng / Trưởng Ban / Ban Dân tộc tỉnh Trà Vinh
            Ông Nguyễn Văn A, Trưởng Ban Dân tộc HĐND tỉnh phát biểu. => Trà Vinh => Nguyễn Văn A / Trưởng Ban / Ban Dân tộc Hội đồng nhân dân tỉnh Trà Vinh
            Cùng dự có ông Thạch Dư, Trưởng Ban Dân tộc tỉnh; ông Sơn Sà Rết phát biểu. => Trà Vinh => Thạch Dư / Trưởng Ban / Ban Dân tộc tỉnh Trà Vinh
            Cùng dự có Hòa thượng Thạch Sok Xane, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh. => Trà Vinh => Thạch Sok Xane / Phó Chủ tịch / Hội Đoàn kết sư sãi yêu nước tỉnh Trà Vinh
            Tiếp đoàn có ông Lò Văn Tiến, Phó Chủ tịch UBND tỉnh; ông Mùa A Vảng, Trưởng Ban Dân tộc tỉnh. => Điện Biên => Lò Văn Tiến / Phó Chủ tịch / Ủy ban nhân dân tỉnh Điện Biên ; Mùa A Vảng / Trưởng Ban / Ban Dân tộc tỉnh Điện Biên
            Dự có Bộ trưởng Bộ Giao thông vận tải Nguyễn Văn Thể, Bí thư Ban cán sự đảng. => - => Nguyễn Văn Thể / Bộ trưởng / Bộ Giao thông vận tải ; Nguyễn Văn Thể / Bí thư / Ban cán sự đảng Bộ Giao thông vận tải
            Dự có ông Hồ Văn Niên, Chủ tịch HĐND tỉnh, Bí thư Đảng đoàn. => Gia Lai => Hồ Văn Niên / Chủ tịch / Hội đồng nhân dân tỉnh Gia Lai ; Hồ Văn Niên / Bí thư / Đảng đoàn Hội đồng nhân dân tỉnh Gia Lai
            Dự có Chủ tịch UBND tỉnh Phạm Anh Tuấn, Bí thư Ban cán sự đảng. => Gia Lai => Phạm Anh Tuấn / Chủ tịch / Ủy ban nhân dân tỉnh Gia Lai ; Phạm Anh Tuấn / Bí thư / Ban cán sự đảng Ủy ban nhân dân tỉnh Gia Lai
            Dự có ông Hồ Văn Niên, Bí thư Tỉnh ủy, Bí thư Ban cán sự đảng. => Gia Lai => Hồ Văn Niên / Bí thư / Tỉnh ủy Gia Lai ; Hồ Văn Niên / Bí thư / Ban cán sự đảng
            Cùng dự có đồng chí Đỗ Đức Duy - Phó Bí thư Tỉnh ủy, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh. => Yên Bái => Đỗ Đức Duy / Phó Bí thư / Tỉnh ủy Yên Bái ; Đỗ Đức Duy / Bí thư / Ban cán sự đảng Ủy ban nhân dân tỉnh Yên Bái ; Đỗ Đức Duy / Chủ tịch / Ủy ban nhân dân tỉnh Yên Bái
            Dự có ông Hoàng Duy Chinh, Phó Bí thư Thường trực Tỉnh ủy, Bí thư Đảng đoàn, Chủ tịch HĐND tỉnh. => Bắc Kạn => Hoàng Duy Chinh / Phó Bí thư Thường trực / Tỉnh ủy Bắc Kạn ; Hoàng Duy Chinh / Bí thư / Đảng đoàn Hội đồng nhân dân tỉnh Bắc Kạn ; Hoàng Duy Chinh / Chủ tịch / Hội đồng nhân dân tỉnh Bắc Kạn
            Dự có đồng chí Phạm Đức Toàn, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Điện Biên Phủ. => Điện Biên => Phạm Đức Toàn / Ủy viên / Ban Thường vụ Tỉnh ủy Điện Biên ; Phạm Đức Toàn / Bí thư / Thành ủy Điện Biên Phủ
            Ông Lê Văn Quý, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Điện Biên Đông phát biểu. => Điện Biên => Lê Văn Quý / Phó Bí thư / Huyện ủy Điện Biên Đông ; Lê Văn Quý / Chủ tịch / Ủy ban nhân dân huyện Điện Biên Đông
            """)
    void readsTitlesWrittenAfterTheName(String sentence, String province, String expected) {
        assertThat(triples(posts(sentence, province))).containsExactly(expected.split(" ; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            Đ/c Nguyễn Văn Hùng, UVTW Đảng, Bí thư Tỉnh ủy chủ trì hội nghị. => Quảng Trị => Nguyễn Văn Hùng / Ủy viên / Ban Chấp hành Trung ương Đảng ; Nguyễn Văn Hùng / Bí thư / Tỉnh ủy Quảng Trị
            Đồng chí Hà Sỹ Đồng - UVBTV Tỉnh ủy, PCT UBND tỉnh phát biểu. => Quảng Trị => Hà Sỹ Đồng / Ủy viên / Ban Thường vụ Tỉnh ủy Quảng Trị ; Hà Sỹ Đồng / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Trị
            Đồng chí Trần Thị Mai, UV BTV Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu. => Quảng Trị => Trần Thị Mai / Ủy viên / Ban Thường vụ Tỉnh ủy Quảng Trị ; Trần Thị Mai / Trưởng Ban / Ban Dân vận Tỉnh ủy Quảng Trị
            Đồng chí Lê Minh Hưng, UVBCT, Trưởng Ban Tổ chức Trung ương phát biểu. => - => Lê Minh Hưng / Ủy viên / Bộ Chính trị ; Lê Minh Hưng / Trưởng Ban / Ban Tổ chức Trung ương
            Ông Lê Văn Sơn – TUV, GĐ Sở Tài chính cho biết. => Quảng Trị => Lê Văn Sơn / Ủy viên / Ban Chấp hành Đảng bộ tỉnh Quảng Trị ; Lê Văn Sơn / Giám đốc / Sở Tài chính tỉnh Quảng Trị
            Đồng chí Nguyễn Văn Hoa, PBT Tỉnh ủy, CT UBND tỉnh phát biểu. => Quảng Trị => Nguyễn Văn Hoa / Phó Bí thư / Tỉnh ủy Quảng Trị ; Nguyễn Văn Hoa / Chủ tịch / Ủy ban nhân dân tỉnh Quảng Trị
            Đồng chí Hà Văn An, Ủy viên BCH TƯ Đảng, Bí thư Tỉnh ủy phát biểu. => Quảng Trị => Hà Văn An / Ủy viên / Ban Chấp hành Trung ương Đảng ; Hà Văn An / Bí thư / Tỉnh ủy Quảng Trị
            Dự họp có các đ/c: Nguyễn Đức Cường, Phó Bí thư TT Tỉnh ủy; Võ Văn Hưng, PCT TT UBND tỉnh. => Quảng Trị => Nguyễn Đức Cường / Phó Bí thư Thường trực / Tỉnh ủy Quảng Trị ; Võ Văn Hưng / Phó Chủ tịch Thường trực / Ủy ban nhân dân tỉnh Quảng Trị
            Anh Lê Văn Tùng, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn phát biểu. => Quảng Trị => Lê Văn Tùng / Ủy viên / Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh ; Lê Văn Tùng / Bí thư / Tỉnh đoàn Quảng Trị
            Bà Trần Thị Hoa, Phó Chủ tịch Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam phát biểu. => - => Trần Thị Hoa / Phó Chủ tịch / Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam
            Hôm qua, BCH Đảng bộ TX Đồng Xoài họp. Đ/c Trương Văn Út, Tỉnh ủy viên, Bí thư Thị ủy chủ trì hội nghị. => Bình Phước => Trương Văn Út / Ủy viên / Ban Chấp hành Đảng bộ tỉnh Bình Phước ; Trương Văn Út / Bí thư / Thị ủy Đồng Xoài
            Đồng chí Trần Thị Thu Hà, Ủy viên BTV Tỉnh ủy, Chủ tịch UBMTTQ VN tỉnh chủ trì hội nghị. => Quảng Trị => Trần Thị Thu Hà / Ủy viên / Ban Thường vụ Tỉnh ủy Quảng Trị ; Trần Thị Thu Hà / Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị
            Đ/c Nguyễn Văn Hải, Phó Bí thư Tỉnh ủy tái đắc cử chức vụ Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021. => Thái Bình => Nguyễn Văn Hải / Phó Bí thư / Tỉnh ủy Thái Bình ; Nguyễn Văn Hải / Chủ tịch / Ủy ban nhân dân tỉnh Thái Bình
            Đến dự có ông Trần Ngọc Tăng, Chủ tịch Trung ương Hội Chữ thập đỏ Việt Nam. => Đồng Tháp => Trần Ngọc Tăng / Chủ tịch / Hội Chữ thập đỏ Việt Nam
            Bà Nguyễn Thị Bích Thủy tái đắc cử Chủ tịch Hội Chữ thập đỏ tỉnh. => Đồng Tháp => Nguyễn Thị Bích Thủy / Chủ tịch / Hội Chữ thập đỏ tỉnh Đồng Tháp
            Ông Huỳnh Văn Sáu, Phó Chủ tịch Hội CTĐ tỉnh phát biểu. => Đồng Tháp => Huỳnh Văn Sáu / Phó Chủ tịch / Hội Chữ thập đỏ tỉnh Đồng Tháp
            """)
    void readsAbbreviatedTitlesAndTheCentralCommitteesOfMassOrganisations(String sentence, String province,
                                                                          String expected) {
        assertThat(triples(posts(sentence, province))).containsExactly(expected.split(" ; "));
    }

    /** Sentences of the merge8 probe (articles of the era after the 2025 merger of provinces). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            Ông Đoàn Minh Quyết, 54 tuổi, Ủy viên Trung ương Đảng, được bầu giữ chức Bí thư Tỉnh ủy Ninh Bình. => - => Đoàn Minh Quyết / Ủy viên / Ban Chấp hành Trung ương Đảng ; Đoàn Minh Quyết / Bí thư / Tỉnh ủy Ninh Bình
            Đồng chí Lê Thị Kim Dung, nguyên Phó Bí thư Thường trực Tỉnh ủy Yên Bái (cũ), giữ chức Phó Bí thư Thường trực Tỉnh ủy Lào Cai. => Lào Cai => Lê Thị Kim Dung / Phó Bí thư Thường trực / Tỉnh ủy Yên Bái ; Lê Thị Kim Dung / Phó Bí thư Thường trực / Tỉnh ủy Lào Cai
            Đồng chí Lê Thị Kim Dung, nguyên Phó Bí thư Thường trực Tỉnh ủy Tuyên Quang (cũ), giữ chức Phó Bí thư Thường trực Tỉnh ủy. => Tuyên Quang => Lê Thị Kim Dung / Phó Bí thư Thường trực / Tỉnh ủy Tuyên Quang
            Đồng chí Nguyễn Văn Lộc tiếp tục được bầu giữ chức Bí thư Đảng ủy xã Hiệp Thạnh. => Lâm Đồng => Nguyễn Văn Lộc / Bí thư / Đảng ủy xã Hiệp Thạnh
            Các đồng chí Ka Hoàng và A Pờ Lin được bầu giữ chức Phó Bí thư Đảng ủy xã Hiệp Thạnh. => Lâm Đồng => Ka Hoàng / Phó Bí thư / Đảng ủy xã Hiệp Thạnh ; A Pờ Lin / Phó Bí thư / Đảng ủy xã Hiệp Thạnh
            Hai Phó Bí thư Tỉnh ủy là ông Trần Song Tân, Chủ tịch HĐND tỉnh, và ông Phạm Quang Nghĩa, Chủ tịch UBND tỉnh. => Ninh Bình => Trần Song Tân / Phó Bí thư / Tỉnh ủy Ninh Bình ; Trần Song Tân / Chủ tịch / Hội đồng nhân dân tỉnh Ninh Bình ; Phạm Quang Nghĩa / Phó Bí thư / Tỉnh ủy Ninh Bình ; Phạm Quang Nghĩa / Chủ tịch / Ủy ban nhân dân tỉnh Ninh Bình
            Hai phó chủ tịch HĐND TP là ông Võ Công Trí và ông Nguyễn Nho Trung. => Đà Nẵng => Võ Công Trí / Phó Chủ tịch / Hội đồng nhân dân thành phố Đà Nẵng ; Nguyễn Nho Trung / Phó Chủ tịch / Hội đồng nhân dân thành phố Đà Nẵng
            Chủ tịch HĐND tỉnh là ông Trần Văn Hòa và ông Lê Văn Sơn là Phó Chủ tịch HĐND tỉnh. => Ninh Bình => Trần Văn Hòa / Chủ tịch / Hội đồng nhân dân tỉnh Ninh Bình ; Lê Văn Sơn / Phó Chủ tịch / Hội đồng nhân dân tỉnh Ninh Bình
            Ông Trần Văn Bảy, Phó giám đốc Sở Nông nghiệp và Môi trường, được bổ nhiệm làm Giám đốc sở này. => Hồ Chí Minh => Trần Văn Bảy / Phó Giám đốc / Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh ; Trần Văn Bảy / Giám đốc / Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh
            Đồng chí Nguyễn Thị Bích Hạnh được bầu giữ chức Bí thư Đảng ủy các cơ quan Đảng tỉnh. Đồng chí Trương Quang Vũ được bầu giữ chức Phó Bí thư Đảng ủy. => Quảng Ngãi => Nguyễn Thị Bích Hạnh / Bí thư / Đảng ủy các cơ quan Đảng tỉnh Quảng Ngãi ; Trương Quang Vũ / Phó Bí thư / Đảng ủy các cơ quan Đảng tỉnh Quảng Ngãi
            Thượng tướng Nguyễn Trọng Bảo, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, gửi thư chúc mừng. => Lào Cai => Nguyễn Trọng Bảo / Phó Tổng Tham mưu trưởng / Quân đội nhân dân Việt Nam
            Đồng chí Mai Thị Ngọc, Phó Chủ tịch Ủy ban MTTQ xã Nga Sơn, Bí thư Đoàn xã, đề xuất duy trì mô hình. => Thanh Hóa => Mai Thị Ngọc / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam xã Nga Sơn ; Mai Thị Ngọc / Bí thư / Đoàn xã Nga Sơn
            Anh Lê Văn Hùng, Bí thư Đoàn phường Ba Đình, cho biết. => Hà Nội => Lê Văn Hùng / Bí thư / Đoàn phường Ba Đình
            Hội nghị cử các Phó Chủ tịch: Phạm Văn Lực, nguyên Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thái Bình (cũ); Trần Thị Hoa, Phó Chủ tịch kiêm Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; Lưu Quang Minh, Phó Chủ tịch kiêm Bí thư Tỉnh Đoàn. => Hưng Yên => Phạm Văn Lực / Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thái Bình ; Trần Thị Hoa / Chủ tịch / Hội Liên hiệp Phụ nữ tỉnh Hưng Yên ; Lưu Quang Minh / Bí thư / Tỉnh đoàn Hưng Yên
            """)
    void readsTitlesOfTheMergedProvinces(String sentence, String province, String expected) {
        assertThat(triples(posts(sentence, province))).containsExactly(expected.split(" ; "));
    }

    /** Sentences of the elect17 probe (first sessions of new councils and of Quốc hội electing their officers). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            Năm phó chủ tịch UBND TP được bầu gồm các ông, bà: Lê Hòa Bình, Võ Văn Hoan và Ngô Minh Châu. => Hồ Chí Minh => Lê Hòa Bình / Phó Chủ tịch / Ủy ban nhân dân Thành phố Hồ Chí Minh ; Võ Văn Hoan / Phó Chủ tịch / Ủy ban nhân dân Thành phố Hồ Chí Minh ; Ngô Minh Châu / Phó Chủ tịch / Ủy ban nhân dân Thành phố Hồ Chí Minh
            Quốc hội bầu các Phó Chủ tịch Quốc hội khóa XIV là ông Uông Chu Lưu, bà Tòng Thị Phóng, ông Đỗ Bá Tỵ và ông Phùng Quốc Hiển. => - => Uông Chu Lưu / Phó Chủ tịch / Quốc hội ; Tòng Thị Phóng / Phó Chủ tịch / Quốc hội ; Đỗ Bá Tỵ / Phó Chủ tịch / Quốc hội ; Phùng Quốc Hiển / Phó Chủ tịch / Quốc hội
            Trưởng Ban Pháp chế HĐND tỉnh là đồng chí Đoàn Văn Phi, Trưởng Ban Kinh tế - Ngân sách là đồng chí Nguyễn Văn Dũng, Trưởng Ban Văn hóa - Xã hội là bà Hồ Thị Ánh Nguyệt. => Bình Định => Đoàn Văn Phi / Trưởng Ban / Ban Pháp chế Hội đồng nhân dân tỉnh Bình Định ; Nguyễn Văn Dũng / Trưởng Ban / Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Bình Định ; Hồ Thị Ánh Nguyệt / Trưởng Ban / Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Bình Định
            Ông Huỳnh Thanh Nhân được bầu làm trưởng Ban kinh tế - ngân sách, ông Nguyễn Văn Dũng làm trưởng Ban pháp chế, bà Lê Thị Thanh Thúy làm trưởng Ban đô thị HĐND TP. => Hồ Chí Minh => Huỳnh Thanh Nhân / Trưởng Ban / Ban Kinh tế - Ngân sách Hội đồng nhân dân Thành phố Hồ Chí Minh ; Nguyễn Văn Dũng / Trưởng Ban / Ban Pháp chế Hội đồng nhân dân Thành phố Hồ Chí Minh ; Lê Thị Thanh Thúy / Trưởng Ban / Ban Đô thị Hội đồng nhân dân Thành phố Hồ Chí Minh
            Quốc hội cũng bầu ông Hà Ngọc Chiến giữ chức Chủ tịch Hội đồng Dân tộc. => - => Hà Ngọc Chiến / Chủ tịch / Hội đồng Dân tộc của Quốc hội
            Các đoàn kiểm tra do ông Vy Văn Thành, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn. => Lạng Sơn => Vy Văn Thành / Phó Chủ tịch / Hội đồng nhân dân tỉnh Lạng Sơn
            """)
    void readsTheElectionsOfAFirstSession(String sentence, String province, String expected) {
        assertThat(triples(posts(sentence, province))).containsExactly(expected.split(" ; "));
    }

    /** A short name the story defines in brackets stands for its body later (soe16). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            Tập đoàn Điện lực Việt Nam (EVN) tổ chức lễ công bố. Dự có Tổng Giám đốc EVN Nguyễn Anh Tuấn. => - => Nguyễn Anh Tuấn / Tổng Giám đốc / Tập đoàn Điện lực Việt Nam
            Tập đoàn Điện lực Việt Nam (EVN) tổ chức lễ công bố. Chủ tịch Hội đồng thành viên EVN Đặng Hoàng An phát biểu. => - => Đặng Hoàng An / Chủ tịch / Hội đồng thành viên Tập đoàn Điện lực Việt Nam
            Tập đoàn Dầu khí Việt Nam (PVN) tổng kết năm 2018. Hội nghị do ông Trần Sỹ Thanh, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên PVN chủ trì. => - => Trần Sỹ Thanh / Bí thư / Đảng ủy Tập đoàn Dầu khí Việt Nam ; Trần Sỹ Thanh / Chủ tịch / Hội đồng thành viên Tập đoàn Dầu khí Việt Nam
            Đảng bộ Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam (TKV) tổ chức đại hội. Đồng chí Lê Minh Chuẩn được bầu giữ chức Bí thư Đảng ủy Tập đoàn nhiệm kỳ 2020-2025. => Quảng Ninh => Lê Minh Chuẩn / Bí thư / Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam
            Sở Y tế trao quyết định bổ nhiệm Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An (CDC Nghệ An). Giám đốc CDC Nghệ An Phạm Văn Thiệu phát biểu. => Nghệ An => Phạm Văn Thiệu / Giám đốc / Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An
            Sở Y tế bổ nhiệm Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh. Phó Giám đốc CDC Thanh Hóa Lê Đình Khiêm phát biểu. => Thanh Hóa => Lê Đình Khiêm / Phó Giám đốc / Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa
            Sở Y tế bổ nhiệm Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) tỉnh. Giám đốc CDC Lê Đình Khiêm phát biểu. => Thanh Hóa => Lê Đình Khiêm / Giám đốc / Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa
            Công ty Điện lực Hà Tĩnh (PC Hà Tĩnh) tổng kết năm. Ông Nguyễn Đức Thắng - Bí thư Đảng ủy, Giám đốc PC Hà Tĩnh cho biết. => Hà Tĩnh => Nguyễn Đức Thắng / Bí thư / Đảng ủy Công ty Điện lực Hà Tĩnh ; Nguyễn Đức Thắng / Giám đốc / Công ty Điện lực Hà Tĩnh
            Thống đốc Ngân hàng Nhà nước Việt Nam (NHNN) Nguyễn Thị Hồng dự và phát biểu. => - => Nguyễn Thị Hồng / Thống đốc / Ngân hàng Nhà nước Việt Nam
            Tập đoàn Điện lực Việt Nam (EVN) tổ chức lễ. Dự lễ có ông Trần Đình Nhân, Thành viên Hội đồng thành viên, Tổng Giám đốc EVN. => - => Trần Đình Nhân / Thành viên / Hội đồng thành viên Tập đoàn Điện lực Việt Nam ; Trần Đình Nhân / Tổng Giám đốc / Tập đoàn Điện lực Việt Nam
            Đồng chí Trần Quang Vinh, Ủy viên Ban Thường vụ Đảng ủy, Phó Tổng Giám đốc Tổng công ty Cà phê Việt Nam bị khiển trách. => - => Trần Quang Vinh / Ủy viên / Ban Thường vụ Đảng ủy Tổng công ty Cà phê Việt Nam ; Trần Quang Vinh / Phó Tổng Giám đốc / Tổng công ty Cà phê Việt Nam
            Ông Lê Mạnh Hùng, Ủy viên Ban Thường vụ Đảng ủy, Tổng Giám đốc Tập đoàn Dầu khí Việt Nam phát biểu. => - => Lê Mạnh Hùng / Ủy viên / Ban Thường vụ Đảng ủy Tập đoàn Dầu khí Việt Nam ; Lê Mạnh Hùng / Tổng Giám đốc / Tập đoàn Dầu khí Việt Nam
            """)
    void readsAShortNameTheStoryDefines(String text, String province, String expected) {
        assertThat(triples(posts(text, province))).containsExactly(expected.split(" ; "));
    }

    /** The body a sentence opens with as one side of a meeting holds its people's titles written without one (soe16 006). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank) tổ chức hội nghị. Về phía Agribank có ông Phạm Đức Ấn, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên; ông Phạm Toàn Vượng, Tổng Giám đốc. => - => Phạm Đức Ấn / Bí thư / Đảng ủy Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam ; Phạm Đức Ấn / Chủ tịch / Hội đồng thành viên Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam ; Phạm Toàn Vượng / Tổng Giám đốc / Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam
            Về phía Tập đoàn Dầu khí Việt Nam có đồng chí Lê Mạnh Hùng, Phó Bí thư Đảng ủy, Tổng Giám đốc. => Sơn La => Lê Mạnh Hùng / Phó Bí thư / Đảng ủy Tập đoàn Dầu khí Việt Nam ; Lê Mạnh Hùng / Tổng Giám đốc / Tập đoàn Dầu khí Việt Nam
            Phía Bộ Công Thương gồm ông Nguyễn Sinh Nhật Tân, Thứ trưởng; ông Trần Văn Hùng, Vụ trưởng; bà Lê Thị Bình, Phó Bí thư Đảng ủy Bộ. => Sơn La => Nguyễn Sinh Nhật Tân / Thứ trưởng / Bộ Công Thương ; Lê Thị Bình / Phó Bí thư / Đảng ủy Bộ Công Thương
            Về phía tỉnh Sơn La có đồng chí Lê Mạnh Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh. => Sơn La => Lê Mạnh Hùng / Phó Bí thư / Tỉnh ủy Sơn La ; Lê Mạnh Hùng / Chủ tịch / Ủy ban nhân dân tỉnh Sơn La
            """)
    void givesTheSidesBodyToTitlesWrittenWithoutOne(String text, String province, String expected) {
        assertThat(triples(posts(text, province))).containsExactly(expected.split(" ; "));
    }

    /** A bank is read by its head word, as a group or a corporation is: a state bank, a commercial one, a branch. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Ông Nguyễn Thanh Tùng, Tổng Giám đốc Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam cho biết, lợi nhuận tăng. => Nguyễn Thanh Tùng / Tổng Giám đốc / Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam
            Ông Nguyễn Văn An, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh Bắc Giang cho biết, dư nợ tăng. => Nguyễn Văn An / Giám đốc / Ngân hàng Nhà nước chi nhánh tỉnh Bắc Giang
            Ông Vũ Tiến Lộc, Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam, phát biểu tại hội nghị. => Vũ Tiến Lộc / Chủ tịch / Phòng Thương mại và Công nghiệp Việt Nam
            """)
    void readsABankByItsHeadWord(String text, String expected) {
        assertThat(triples(posts(text, "Bắc Giang"))).containsExactly(expected.split(" ; "));
    }

    @Test
    void aTitleWrittenWithoutABodyOutsideASideStaysUnattached() {
        // the same people, the same titles, but no side named before them: no company to give them
        assertThat(triples(posts("Dự có ông Phạm Toàn Vượng, Tổng Giám đốc; ông Lê Văn Tám, Chủ tịch Hội đồng thành viên.",
                null))).isEmpty();
    }

    @Test
    void givesNoPostInACompanysOrganWrittenAlone() {
        assertThat(posts("Ông Lê Văn Tám, Chủ tịch Hội đồng quản trị, phát biểu tại đại hội cổ đông.", null)).isEmpty();
    }

    /** A title before a comma is the next name's only where nothing else can own it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Tại buổi làm việc với Bí thư Tỉnh ủy, ông Nguyễn Văn Thể đề nghị tỉnh phối hợp. => Quảng Trị => 0
            Dự có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, đồng chí Trần Văn Bình. => Quảng Trị => 1
            """)
    void givesATitleBeforeACommaToTheNameAfterItOnlyInApposition(String sentence, String province, int posts) {
        assertThat(posts(sentence, province)).hasSize(posts)
                .noneSatisfy(p -> assertThat(p.person()).isIn("Nguyễn Văn Thể", "Trần Văn Bình"));
    }

    @Test
    void splitsListOfOfficialsSeparatedBySemicolons() {
        // 004_65fc4686f071d328.txt, with a province named
        String s = "Các đồng chí: Rơ Châm Long - Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; "
                + "Ksor Phước Hà - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị.";
        assertThat(triples(posts(s, "Gia Lai"))).containsExactly(
                "Rơ Châm Long / Phó Bí thư Thường trực / Tỉnh ủy Gia Lai",
                "Rơ Châm Long / Chủ tịch / Hội đồng nhân dân tỉnh Gia Lai",
                "Ksor Phước Hà / Phó Bí thư / Tỉnh ủy Gia Lai",
                "Ksor Phước Hà / Chủ tịch / Ủy ban nhân dân tỉnh Gia Lai");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # meet8 m02 (nhandan 2012): the head of a delegation a national body sends
        Đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương, Trưởng Đoàn kiểm tra số 7 của Bộ Chính trị chủ trì. | Nguyễn Văn An / Ủy viên / Ban Chấp hành Trung ương Đảng ; Nguyễn Văn An / Phó Chủ nhiệm / Ủy ban Kiểm tra Trung ương ; Nguyễn Văn An / Trưởng Đoàn / Đoàn kiểm tra số 7 của Bộ Chính trị
        Đồng chí Trần Văn Cường, Ủy viên Trung ương Đảng, Trưởng đoàn công tác của Ban Bí thư phát biểu. | Trần Văn Cường / Ủy viên / Ban Chấp hành Trung ương Đảng ; Trần Văn Cường / Trưởng Đoàn / Đoàn công tác của Ban Bí thư
        Đoàn kiểm tra số 7 của Bộ Chính trị do đồng chí Hoàng Trung Kiên, Trưởng Ban Kinh tế Trung ương, Trưởng Đoàn kiểm tra, dẫn đầu đã làm việc với tỉnh. | Hoàng Trung Kiên / Trưởng Ban / Ban Kinh tế Trung ương ; Hoàng Trung Kiên / Trưởng Đoàn / Đoàn kiểm tra số 7 của Bộ Chính trị
        Đồng chí Lê Văn Bình, Phó Trưởng Ban Tổ chức Trung ương, Trưởng Đoàn giám sát làm việc với tỉnh. | Lê Văn Bình / Phó Trưởng Ban / Ban Tổ chức Trung ương
        Đoàn kiểm tra số 7 của Bộ Chính trị do đồng chí Hoàng Trung Kiên, Trưởng Đoàn kiểm tra dẫn đầu. Cùng dự có đồng chí Lê Minh Đức, Phó Trưởng Đoàn kiểm tra. | Hoàng Trung Kiên / Trưởng Đoàn / Đoàn kiểm tra số 7 của Bộ Chính trị ; Lê Minh Đức / Phó Trưởng Đoàn / Đoàn kiểm tra số 7 của Bộ Chính trị
        # court17 006, gen21c 001, gen22c 010, long14 010: a bare "trưởng đoàn" after the leader of a numbered delegation the sentence names before him
        Đoàn kiểm tra số 3 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng do đồng chí Đặng Văn Dũng, Phó Trưởng Ban Nội chính Trung ương, làm trưởng đoàn, làm việc với tỉnh. | Đặng Văn Dũng / Phó Trưởng Ban / Ban Nội chính Trung ương ; Đặng Văn Dũng / Trưởng Đoàn / Đoàn kiểm tra số 3 của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng
        Đoàn kiểm tra số 1178 của Ủy ban Kiểm tra Trung ương do đồng chí Nguyễn Văn Hiện, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương làm trưởng đoàn đã làm việc với tỉnh. | Nguyễn Văn Hiện / Phó Chủ nhiệm / Ủy ban Kiểm tra Trung ương ; Nguyễn Văn Hiện / Trưởng Đoàn / Đoàn kiểm tra số 1178 của Ủy ban Kiểm tra Trung ương
        # an unnumbered party of visitors gives no post (pages13 004, gen22c 007)
        Đoàn công tác của Ban Tổ chức Trung ương do ông Mai Văn Chính, Phó Trưởng Ban Tổ chức Trung ương làm trưởng đoàn đã làm việc với tỉnh. | Mai Văn Chính / Phó Trưởng Ban / Ban Tổ chức Trung ương
        # a rank before a ministry-level body's head or deputy head is held in that body
        Ông Y Vinh Tơr, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc phát biểu. | Y Vinh Tơr / Thứ trưởng / Ủy ban Dân tộc ; Y Vinh Tơr / Phó Chủ nhiệm / Ủy ban Dân tộc
        Thứ trưởng, Phó Chủ nhiệm UBDT Hoàng Thị Hạnh làm việc tại Điện Biên. | Hoàng Thị Hạnh / Thứ trưởng / Ủy ban Dân tộc ; Hoàng Thị Hạnh / Phó Chủ nhiệm / Ủy ban Dân tộc
        Ông Hầu A Lềnh, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc phát biểu. | Hầu A Lềnh / Bộ trưởng / Ủy ban Dân tộc ; Hầu A Lềnh / Chủ nhiệm / Ủy ban Dân tộc
        Bà Hà Thị Lan, Thứ trưởng, Chủ nhiệm Ủy ban Dân tộc dự. | Hà Thị Lan / Chủ nhiệm / Ủy ban Dân tộc
        """)
    void givesTheHeadOfADelegationAndARankTheBodyTheChainNames(String text, String expected) {
        assertThat(triples(posts(text, null))).containsExactly(expected.split(" ; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # merge8 m08 (baohungyen 2025): the people listed among a counted group hold its titles
        Hội nghị đã hiệp thương cử 5 Phó Chủ tịch Ủy ban MTTQ tỉnh, trong đó có các đồng chí: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường. | Quảng Trị | Nguyễn Văn An / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị ; Trần Thị Bình / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị ; Lê Văn Cường / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị
        Hội nghị hiệp thương cử bà Hồ Thị Dung giữ chức Chủ tịch Ủy ban MTTQ tỉnh. Hội nghị cũng hiệp thương cử 3 Phó Chủ tịch, trong đó có các đồng chí: Phạm Văn Đông, Võ Thị Hà. | Quảng Trị | Hồ Thị Dung / Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị ; Phạm Văn Đông / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị ; Võ Thị Hà / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Trị
        Hội nghị cũng hiệp thương cử 3 Phó Chủ tịch, trong đó có các đồng chí: Phạm Văn Đông, Võ Thị Hà. | Quảng Trị | 
        # hdnd11 h10 (baothainguyen 2026): the same without a colon, the names joined by "và"
        Kỳ họp cũng bầu 5 Phó Chủ tịch UBND tỉnh, trong đó có các đồng chí Hà Văn Tường và Bùi Văn Lương. | Thái Nguyên | Hà Văn Tường / Phó Chủ tịch / Ủy ban nhân dân tỉnh Thái Nguyên ; Bùi Văn Lương / Phó Chủ tịch / Ủy ban nhân dân tỉnh Thái Nguyên
        # ward18 006 (Báo Quảng Ninh 2025): the list opened by "gồm" right after the counted group
        Kỳ họp đã bầu 2 Phó Chủ tịch UBND tỉnh gồm các đồng chí Hoàng Văn Tuấn và Lê Thị Thu. | Quảng Ninh | Hoàng Văn Tuấn / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh ; Lê Thị Thu / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh
        # gen22m 004 (Tuổi Trẻ 2025): each listed with titles of his own after a dash
        Hai phó bí thư Tỉnh ủy gồm ông Nguyễn Đăng Quang - chủ tịch HĐND tỉnh và ông Lê Hồng Vinh - chủ tịch UBND tỉnh. | Quảng Trị | Nguyễn Đăng Quang / Phó Bí thư / Tỉnh ủy Quảng Trị ; Lê Hồng Vinh / Phó Bí thư / Tỉnh ủy Quảng Trị ; Nguyễn Đăng Quang / Chủ tịch / Hội đồng nhân dân tỉnh Quảng Trị ; Lê Hồng Vinh / Chủ tịch / Ủy ban nhân dân tỉnh Quảng Trị
        # a title before its holder, its place located in a wider unit after a comma
        Bí thư Đảng ủy phường 1, thành phố Đông Hà Trần Văn Út báo cáo. | Quảng Trị | Trần Văn Út / Bí thư / Đảng ủy phường 1
        Chủ tịch UBND xã Gio Quang, huyện Gio Linh Lê Văn Hòa phát biểu. | Quảng Trị | Lê Văn Hòa / Chủ tịch / Ủy ban nhân dân xã Gio Quang
        """)
    void givesAListedGroupItsTitlesAndATitleItsHolderPastTheWiderUnit(String text, String province, String expected) {
        assertThat(triples(posts(text, province))).containsExactly(expected == null ? new String[0] : expected.split(" ; "));
    }

    /** A party committee written without its place is of the unit the chain's next title names (commune12). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # commune12 c09 (baophuyen 2024): a province's city, not the province
        Ông Đào Mỹ, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Tuy Hòa báo cáo. | Phú Yên | Đào Mỹ / Phó Bí thư / Thành ủy Tuy Hòa ; Đào Mỹ / Chủ tịch / Ủy ban nhân dân thành phố Tuy Hòa
        # the chain's district, not the one the story is about
        Huyện Lục Ngạn tổng kết. Ông Lê Văn Hải, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Yên Thế phát biểu. | Bắc Giang | Lê Văn Hải / Phó Bí thư / Huyện ủy Yên Thế ; Lê Văn Hải / Chủ tịch / Ủy ban nhân dân huyện Yên Thế
        # commune12 c02 (baogialai 2025): the bare Đảng ủy is the ward's, placed as its committee is
        UBND phường Quy Nhơn Đông tổ chức đối thoại. Ông Trần Quốc Khánh, Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì. | Gia Lai | Trần Quốc Khánh / Phó Bí thư / Đảng ủy phường Quy Nhơn Đông ; Trần Quốc Khánh / Chủ tịch / Ủy ban nhân dân phường Quy Nhơn Đông
        Ông Lê Văn Hòa, Bí thư Đảng ủy, Chủ tịch HĐND xã Gio Quang phát biểu. | Quảng Trị | Lê Văn Hòa / Bí thư / Đảng ủy xã Gio Quang ; Lê Văn Hòa / Chủ tịch / Hội đồng nhân dân xã Gio Quang
        # era15 e09 (baoangiang 2025): an island's special zone is a unit of the communes' level
        Đồng chí Huỳnh Quang Hưng, Phó Bí thư Đảng ủy, Chủ tịch UBND đặc khu Phú Quốc kiến nghị. | An Giang | Huỳnh Quang Hưng / Phó Bí thư / Đảng ủy đặc khu Phú Quốc ; Huỳnh Quang Hưng / Chủ tịch / Ủy ban nhân dân đặc khu Phú Quốc
        # a title of another level lends no place
        Ông Lê Văn Hòa, Phó Bí thư Huyện ủy, Chủ tịch UBND xã Gio Quang phát biểu. | Quảng Trị | Lê Văn Hòa / Phó Bí thư / Huyện ủy ; Lê Văn Hòa / Chủ tịch / Ủy ban nhân dân xã Gio Quang
        """)
    void placesABareCommitteeInTheUnitTheChainNamesAtItsLevel(String text, String province, String expected) {
        assertThat(triples(posts(text, province))).containsExactlyInAnyOrder(expected.split(" ; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # t05 (baoquangnam 2016): the council is named once, for the list
        Kỳ họp bầu Trưởng Ban Pháp chế HĐND tỉnh là bà Nguyễn Thị Thu Lan; Trưởng Ban Kinh tế - Ngân sách là ông Phan Xuân Quang. | Quảng Nam | Nguyễn Thị Thu Lan / Trưởng Ban / Ban Pháp chế Hội đồng nhân dân tỉnh Quảng Nam ; Phan Xuân Quang / Trưởng Ban / Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Quảng Nam
        Dự hội nghị có các đồng chí: Nguyễn Văn Ánh, Bí thư Tỉnh ủy Kon Tum; Trần Văn Bình, Phó Bí thư; Lê Văn Cường, Trưởng Ban Tổ chức. | Gia Lai | Nguyễn Văn Ánh / Bí thư / Tỉnh ủy Kon Tum ; Trần Văn Bình / Phó Bí thư / Tỉnh ủy Kon Tum ; Lê Văn Cường / Trưởng Ban / Ban Tổ chức Tỉnh ủy Kon Tum
        Dự có Bí thư Tỉnh ủy Kon Tum Nguyễn Văn Ánh; Phó Bí thư Trần Văn Bình; Chủ tịch Lê Văn Cường. | Gia Lai | Nguyễn Văn Ánh / Bí thư / Tỉnh ủy Kon Tum ; Trần Văn Bình / Phó Bí thư / Tỉnh ủy Kon Tum
        # gen23c 011 (Hànộimới 2016): the council the list's heading ends with, before its colon
        Kỳ họp cũng bầu các trưởng ban của HĐND thành phố: ông Nguyễn Ngọc Sơn làm Trưởng ban Kinh tế - Ngân sách; bà Đặng Thị Phương Hoa làm Trưởng ban Pháp chế. | Hà Nội | Nguyễn Ngọc Sơn / Trưởng Ban / Ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố Hà Nội ; Đặng Thị Phương Hoa / Trưởng Ban / Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội
        """)
    void givesATitleOfASemicolonListTheBodyTheItemBeforeItNames(String text, String province, String expected) {
        assertThat(triples(posts(text, province))).containsExactly(expected.split(" ; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # budget17 002, 005, 013: the titles after the last bare name of a plural's list are everyone's
        Cùng dự có các đồng chí: Đặng Huy Hậu, Vũ Thị Thu Thủy, Phó Chủ tịch UBND tỉnh. | Đặng Huy Hậu / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh ; Vũ Thị Thu Thủy / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh
        Tham dự có các ông: Đinh Văn Thiệu, Lê Hữu Hoàng và Trần Hòa Nam - Phó Chủ tịch UBND tỉnh. | Đinh Văn Thiệu / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh ; Lê Hữu Hoàng / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh ; Trần Hòa Nam / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh
        Cùng dự có các ông Bùi Đình Long, Bùi Thanh An - Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ngành. | Bùi Đình Long / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh ; Bùi Thanh An / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh
        Cùng dự có các đồng chí: Lê Hồng Vinh - Phó Chủ tịch Thường trực UBND tỉnh; Bùi Đình Long, Bùi Thanh An - Phó Chủ tịch UBND tỉnh. | Lê Hồng Vinh / Phó Chủ tịch Thường trực / Ủy ban nhân dân tỉnh Quảng Ninh ; Bùi Đình Long / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh ; Bùi Thanh An / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh
        # a title one holds at a time is the last name's alone, and so are titles that do not close the list
        Dự có các đồng chí: Đặng Huy Hậu, Vũ Thị Thu Thủy, Chủ tịch UBND tỉnh. | Vũ Thị Thu Thủy / Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh
        Dự có các đồng chí: Đặng Huy Hậu, Vũ Thị Thu Thủy, Phó Chủ tịch UBND tỉnh cùng lãnh đạo các sở. | Vũ Thị Thu Thủy / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh
        # no plural opens the list
        Ông Đặng Huy Hậu gặp Vũ Thị Thu Thủy, Phó Chủ tịch UBND tỉnh. | Vũ Thị Thu Thủy / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ninh
        """)
    void sharesTheTitlesAfterTheLastBareNameOfAPluralsList(String text, String expected) {
        assertThat(triples(posts(text, "Quảng Ninh"))).containsExactlyInAnyOrder(expected.split(" ; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # t02 (tapchicongsan 2024): the numbered items are sentences of their own
        'Ban Chấp hành Trung ương Đảng đã tiến hành bầu bổ sung 4 đồng chí vào Bộ Chính trị khóa XIII, gồm:\n\n1. Đồng chí Trần Cẩm Tú, Bí thư Trung ương Đảng.\n\n2. Đồng chí Lương Tam Quang, Thứ trưởng Bộ Công an.\n\nĐồng chí Nguyễn Văn Ánh phát biểu.' | Trần Cẩm Tú / Ủy viên / Bộ Chính trị ; Trần Cẩm Tú / Bí thư / Ban Chấp hành Trung ương Đảng ; Lương Tam Quang / Ủy viên / Bộ Chính trị ; Lương Tam Quang / Thứ trưởng / Bộ Công an
        'Hội nghị đã bầu 2 đồng chí vào Ban Thường vụ Tỉnh ủy Kon Tum, gồm:\n- Đồng chí Trần Văn Bình, Trưởng Ban Dân vận Tỉnh ủy;\n- Đồng chí Lê Văn Cường, Giám đốc Sở Tài chính.' | Trần Văn Bình / Ủy viên / Ban Thường vụ Tỉnh ủy Kon Tum ; Trần Văn Bình / Trưởng Ban / Ban Dân vận Tỉnh ủy ; Lê Văn Cường / Ủy viên / Ban Thường vụ Tỉnh ủy Kon Tum ; Lê Văn Cường / Giám đốc / Sở Tài chính
        'Hội nghị bầu bổ sung 2 đồng chí vào Bộ Chính trị, gồm: đồng chí Trần Cẩm Tú, Bí thư Trung ương Đảng; đồng chí Lương Tam Quang.' | Trần Cẩm Tú / Ủy viên / Bộ Chính trị ; Trần Cẩm Tú / Bí thư / Ban Chấp hành Trung ương Đảng ; Lương Tam Quang / Ủy viên / Bộ Chính trị
        # congress13: a body named right before "gồm" lists its members, on its line or one a line after it
        'Ban Chấp hành đã họp phiên thứ nhất, bầu Ban Thường vụ Tỉnh ủy Kon Tum gồm các đồng chí: Trần Văn Bình, Lê Thị Hoa.' | Trần Văn Bình / Ủy viên / Ban Thường vụ Tỉnh ủy Kon Tum ; Lê Thị Hoa / Ủy viên / Ban Thường vụ Tỉnh ủy Kon Tum
        'Ban Thường vụ Tỉnh ủy Kon Tum gồm 2 đồng chí:\n1. Trần Văn Bình, Bí thư Tỉnh ủy Kon Tum;\n2. Lê Thị Hoa, Giám đốc Sở Nội vụ tỉnh Kon Tum.' | Trần Văn Bình / Ủy viên / Ban Thường vụ Tỉnh ủy Kon Tum ; Trần Văn Bình / Bí thư / Tỉnh ủy Kon Tum ; Lê Thị Hoa / Ủy viên / Ban Thường vụ Tỉnh ủy Kon Tum ; Lê Thị Hoa / Giám đốc / Sở Nội vụ tỉnh Kon Tum
        'Đoàn Chủ tịch đại hội gồm các đồng chí: Trần Văn Bình, Bí thư Tỉnh ủy Kon Tum; Lê Thị Hoa, Giám đốc Sở Nội vụ tỉnh Kon Tum.' | Trần Văn Bình / Bí thư / Tỉnh ủy Kon Tum ; Lê Thị Hoa / Giám đốc / Sở Nội vụ tỉnh Kon Tum
        # gen25a 000 (Nhân Dân 2026): the body's term between its name and "gồm", the names listed bare
        'Bộ Chính trị khóa XIV gồm các đồng chí: Tô Lâm, Lương Cường, Trần Thanh Mẫn và Đoàn Minh Huấn.' | Tô Lâm / Ủy viên / Bộ Chính trị ; Lương Cường / Ủy viên / Bộ Chính trị ; Trần Thanh Mẫn / Ủy viên / Bộ Chính trị ; Đoàn Minh Huấn / Ủy viên / Bộ Chính trị
        'Ban Thường vụ Tỉnh ủy Kon Tum khóa XVI, nhiệm kỳ 2025 - 2030 gồm các đồng chí: Trần Văn Bình, Lê Thị Hoa.' | Trần Văn Bình / Ủy viên / Ban Thường vụ Tỉnh ủy Kon Tum ; Lê Thị Hoa / Ủy viên / Ban Thường vụ Tỉnh ủy Kon Tum
        # gen22m 007 (a party portal 2025): a roll's heading names the body, its term after it
        'Danh sách Ban Thường vụ Tỉnh ủy Kon Tum khóa XVI, nhiệm kỳ 2025 - 2030:\n1. Đồng chí Trần Văn Bình, Bí thư Tỉnh ủy Kon Tum.\n2. Đồng chí Lê Thị Hoa, Giám đốc Sở Nội vụ tỉnh Kon Tum.' | Trần Văn Bình / Ủy viên / Ban Thường vụ Tỉnh ủy Kon Tum ; Trần Văn Bình / Bí thư / Tỉnh ủy Kon Tum ; Lê Thị Hoa / Ủy viên / Ban Thường vụ Tỉnh ủy Kon Tum ; Lê Thị Hoa / Giám đốc / Sở Nội vụ tỉnh Kon Tum
        # a roll of what is no body lists no members
        'Danh sách các đơn vị tham gia:\n1. Đồng chí Trần Văn Bình, Bí thư Tỉnh ủy Kon Tum.' | Trần Văn Bình / Bí thư / Tỉnh ủy Kon Tum
        """)
    void makesEveryoneListedAfterAGroupElectedIntoABodyItsMember(String text, String expected) {
        assertThat(triples(posts(text.replace("\\n", "\n"), null))).containsExactlyInAnyOrder(expected.split(" ; "));
    }

    @Test
    void keepsQualifiersOutOfTheRole() {
        List<Post> former = posts("Bà Hoàng Thị Hạnh, nguyên Phó Chủ tịch UBND tỉnh Lạng Sơn, cho biết.", null);
        assertThat(former).singleElement().satisfies(p -> {
            assertThat(p.role()).isEqualTo("Phó Chủ tịch");
            assertThat(p.qualifier()).isEqualTo(Post.Qualifier.FORMER);
            assertThat(p.gender()).isEqualTo(Gender.FEMALE);
        });
        assertThat(posts("Trước hết, tân Bí thư Tỉnh ủy Nguyễn Văn Gấu phải là trung tâm đoàn kết.", "Bắc Giang"))
                .singleElement().satisfies(p -> {
                    assertThat(p.role()).isEqualTo("Bí thư");
                    assertThat(p.qualifier()).isEqualTo(Post.Qualifier.NEW);
                });
        assertThat(posts("Quyền Bí thư Tỉnh ủy Nguyễn Mạnh Dũng dự họp.", "Hà Giang"))
                .singleElement().satisfies(p -> {
                    assertThat(p.role()).isEqualTo("Quyền Bí thư");
                    assertThat(p.qualifier()).isEqualTo(Post.Qualifier.ACTING);
                });
    }

    /** A former post's term or years, then the post held now (dates11 probe: Tiền Phong, Pháp luật TP.HCM). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Anh Nguyễn Văn Sơn, nguyên Bí thư Tỉnh Đoàn khóa XVI, nay là Phó Bí thư Huyện ủy Tĩnh Gia, đã trao lại trách nhiệm. => Nguyễn Văn Sơn / Phó Bí thư / Huyện ủy Tĩnh Gia
            Khiển trách ông Lê Văn Hưng, nguyên Chủ tịch UBND huyện Phú Quốc giai đoạn 2011-2016, hiện là Phó Giám đốc Sở Xây dựng tỉnh Kiên Giang. => Lê Văn Hưng / Phó Giám đốc / Sở Xây dựng tỉnh Kiên Giang
            Ông Trần Văn Bình, nguyên Bí thư Huyện ủy Phú Quốc (2010 - 2015), hiện là Phó Chủ tịch UBND tỉnh Kiên Giang, dự họp. => Trần Văn Bình / Phó Chủ tịch / Ủy ban nhân dân tỉnh Kiên Giang
            Ông Trần Văn Bình, nguyên Chủ tịch UBND huyện nhiệm kỳ 2011 - 2016, dự họp. => -
            Ông Trần Văn An, Chủ tịch UBND huyện Châu Thành giai đoạn 2016-2021, nay là Phó Giám đốc Sở Nội vụ tỉnh Kiên Giang, dự họp. => Trần Văn An / Phó Giám đốc / Sở Nội vụ tỉnh Kiên Giang
            Ông Trần Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Tài chính, hiện là Phó Chủ tịch UBND tỉnh, dự họp. => Trần Văn Bình / Ủy viên / Ban Thường vụ Tỉnh ủy Kiên Giang ; Trần Văn Bình / Phó Chủ tịch / Ủy ban nhân dân tỉnh Kiên Giang
            """)
    void readsThePostHeldNowAfterAFormerPostsTerm(String text, String held) {
        List<Post> ps = posts(text, "Kiên Giang");
        assertThat(triples(ps.stream().filter(p -> p.qualifier() != Post.Qualifier.FORMER).toList()))
                .containsExactlyInAnyOrderElementsOf(held.equals("-") ? List.of() : List.of(held.split(" ; ")));
        assertThat(ps.stream().filter(p -> p.qualifier() == Post.Qualifier.FORMER)).hasSize(1);
    }

    /** A title set after the name by a dash runs into the appointing link (personnel13 probe). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Ông Nguyễn Hòa Bình - chánh án TAND tối cao - trao quyết định bổ nhiệm ông Lê Thanh Phong - phó chánh án TAND tỉnh - giữ chức chánh án TAND tỉnh. => Nguyễn Hòa Bình / Chánh án / Tòa án nhân dân tối cao ; Lê Thanh Phong / Chánh án / Tòa án nhân dân tỉnh Nghệ An => Lê Thanh Phong / Phó Chánh án / Tòa án nhân dân tỉnh Nghệ An
            UBND tỉnh điều động, bổ nhiệm đồng chí Hoàng Thị Thu Hà - Trưởng phòng Công chức, viên chức Sở Nội vụ giữ chức Phó Giám đốc Sở Nội vụ. => Hoàng Thị Thu Hà / Phó Giám đốc / Sở Nội vụ tỉnh Nghệ An => -
            """)
    void readsADashedTitleUpToTheAppointingLink(String text, String held, String left) {
        assertHeldAndLeft(posts(text, "Nghệ An"), held, left);
    }

    /**
     * A post whose term or span, written after it, ended before the story (of 2024) is one left (dates11 probe), and so is
     * one of a clause a span of then opens (careers14 probe: biographies in feature stories).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Ông Lò Văn Hiệp giữ chức Bí thư Huyện ủy Sìn Hồ từ tháng 3/2016 đến tháng 10/2020. => - => Lò Văn Hiệp / Bí thư / Huyện ủy Sìn Hồ
            Ông Lò Văn Hiệp, Giám đốc Sở Nội vụ từ tháng 11/2020 đến nay, phát biểu. => Lò Văn Hiệp / Giám đốc / Sở Nội vụ tỉnh Lai Châu => -
            Ông Lò Văn Hiệp, Bí thư Huyện ủy Sìn Hồ nhiệm kỳ 2020-2025, phát biểu. => Lò Văn Hiệp / Bí thư / Huyện ủy Sìn Hồ => -
            Ông Lò Văn Hiệp, Bí thư Huyện ủy Sìn Hồ giai đoạn 2015-2020, phát biểu. => - => Lò Văn Hiệp / Bí thư / Huyện ủy Sìn Hồ
            Ông Lò Văn Hiệp, Bí thư Huyện ủy Sìn Hồ khóa XX, phát biểu. => Lò Văn Hiệp / Bí thư / Huyện ủy Sìn Hồ => -
            Từ tháng 8/2010 đến tháng 12/2015, ông Lò Văn Hiệp là Giám đốc Sở Nông nghiệp và Phát triển nông thôn. => - => Lò Văn Hiệp / Giám đốc / Sở Nông nghiệp và Phát triển nông thôn tỉnh Lai Châu
            Từ năm 2005 đến năm 2010, ông Lò Văn Hiệp giữ chức Chủ tịch UBND huyện Sìn Hồ. => - => Lò Văn Hiệp / Chủ tịch / Ủy ban nhân dân huyện Sìn Hồ
            Giai đoạn 2010-2015, ông Lò Văn Hiệp, Ủy viên Ban Thường vụ Tỉnh ủy, là Trưởng Ban Dân vận Tỉnh ủy. => - => Lò Văn Hiệp / Ủy viên / Ban Thường vụ Tỉnh ủy Lai Châu ; Lò Văn Hiệp / Trưởng Ban / Ban Dân vận Tỉnh ủy Lai Châu
            Từ tháng 11/2020 đến nay, ông Lò Văn Hiệp là Giám đốc Sở Nội vụ. => Lò Văn Hiệp / Giám đốc / Sở Nội vụ tỉnh Lai Châu => -
            Từ ngày 8 đến 10/1/2020, tại Hà Nội, ông Lò Văn Hiệp, Giám đốc Sở Nội vụ, dự tập huấn. => Lò Văn Hiệp / Giám đốc / Sở Nội vụ tỉnh Lai Châu => -
            """)
    void leavesAPostWhoseTermEndedBeforeTheStory(String text, String held, String left) {
        List<Post> ps = posts(text, "Lai Châu");
        assertHeldAndLeft(ps, held, left);
    }

    /**
     * The people a story reports dead hold no post, whatever titles it gives them (tang19 probe: obituaries, funerals and
     * commemorations), while the living named beside them keep theirs.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Đồng chí Hoàng Văn Kỳ, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, đã từ trần hồi 22 giờ ngày 13/3/2019. => -
            Đồng chí Hoàng Văn Kỳ, Bí thư Huyện ủy Diễn Châu, sinh năm 1935.\\n\\nDo tuổi cao, sức yếu, đồng chí đã từ trần. => -
            Thông báo về Lễ tang đồng chí Hoàng Văn Kỳ, Bí thư Huyện ủy Diễn Châu. => -
            Hội thảo kỷ niệm 110 năm Ngày sinh Tổng Bí thư Hoàng Văn Kỳ. => -
            Đoàn đại biểu do đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy dẫn đầu đã đến viếng Chủ tịch UBND tỉnh Hoàng Văn Kỳ. => Thái Thanh Quý / Bí thư / Tỉnh ủy Nghệ An
            Đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy, Trưởng Ban Lễ tang đồng chí Hoàng Văn Kỳ, đọc điếu văn. => Thái Thanh Quý / Bí thư / Tỉnh ủy Nghệ An
            Ông Thái Thanh Quý, Bí thư Tỉnh ủy cho biết, mẹ ông đã qua đời năm 2010. => Thái Thanh Quý / Bí thư / Tỉnh ủy Nghệ An
            Ông Thái Thanh Quý, Bí thư Tỉnh ủy cố gắng giúp ông Hoàng Văn Kỳ, Chủ tịch UBND tỉnh. => Thái Thanh Quý / Bí thư / Tỉnh ủy Nghệ An ; Hoàng Văn Kỳ / Chủ tịch / Ủy ban nhân dân tỉnh Nghệ An
            """)
    void givesTheDeadNoPost(String text, String held) {
        List<Post> ps = posts(text.replace("\\n", "\n"), "Nghệ An");
        assertThat(triples(ps.stream().filter(p -> p.qualifier() != Post.Qualifier.FORMER).toList()))
                .containsExactlyInAnyOrderElementsOf(held.equals("-") ? List.of() : List.of(held.split(" ; ")));
    }

    /**
     * A delegation named for a province gives it to the titles its leader, and who goes with him ("cùng đi có"), write
     * without their place (tang19 probe).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Đoàn đại biểu tỉnh Nghệ An do đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dẫn đầu đã đến viếng. => Thái Thanh Quý / Ủy viên / Ban Chấp hành Trung ương Đảng ; Thái Thanh Quý / Bí thư / Tỉnh ủy Nghệ An
            Đoàn đại biểu Thành ủy Thành phố Hồ Chí Minh do đồng chí Tất Thành Cang, Phó Bí thư Thường trực Thành ủy làm Trưởng đoàn. => Tất Thành Cang / Phó Bí thư Thường trực / Thành ủy Thành phố Hồ Chí Minh
            Đoàn đại biểu Trung ương do đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy dẫn đầu đã đến viếng. => Hoàng Trung Dũng / Bí thư / Tỉnh ủy Hà Tĩnh
            Đoàn đại biểu tỉnh Nghệ An đã đến viếng, đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy tiếp đoàn. => Hoàng Trung Dũng / Bí thư / Tỉnh ủy Hà Tĩnh
            Đoàn đại biểu tỉnh Quảng Bình có đồng chí Trần Hải Châu, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh. => Trần Hải Châu / Phó Bí thư / Tỉnh ủy Quảng Bình ; Trần Hải Châu / Chủ tịch / Hội đồng nhân dân tỉnh Quảng Bình
            Đoàn đại biểu tỉnh Nghệ An do đồng chí Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy dẫn đầu; cùng đi có đồng chí Bùi Đình Long, Phó Chủ tịch UBND tỉnh. => Nguyễn Văn Thông / Phó Bí thư Thường trực / Tỉnh ủy Nghệ An ; Bùi Đình Long / Phó Chủ tịch / Ủy ban nhân dân tỉnh Nghệ An
            Đoàn đại biểu tỉnh Nghệ An do đồng chí Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy dẫn đầu; Đoàn đại biểu tỉnh Hà Tĩnh cùng đi có đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh. => Nguyễn Văn Thông / Phó Bí thư Thường trực / Tỉnh ủy Nghệ An ; Võ Trọng Hải / Chủ tịch / Ủy ban nhân dân tỉnh Hà Tĩnh
            """)
    void givesTheLeaderOfADelegationTheProvinceItIsNamedFor(String text, String expected) {
        assertThat(triples(posts(text, "Hà Tĩnh"))).containsExactlyInAnyOrder(expected.split(" ; "));
    }

    @Test
    void placesAPostHeldAfterTheMergerInTheProvinceTheStorysOldOneBecame() {
        // Báo Đắk Lắk (tang19 probe, 008): a story of 2026 that names Phú Yên, merged into Đắk Lắk, more than Đắk Lắk
        String text = "Chiều 12/3, tại phường Tuy Hòa, tọa đàm kỷ niệm 100 năm Ngày sinh đồng chí Nguyễn Văn Tề, nguyên Bí "
                + "thư Tỉnh ủy Phú Yên. Dự có đồng chí Lương Nguyễn Minh Triết, Bí thư Tỉnh ủy.";
        List<Post> after = EXTRACTOR.extract(Articles.context(text, "2026-03-12", "Phú Yên"));
        assertThat(triples(after.stream().filter(p -> p.qualifier() != Post.Qualifier.FORMER).toList()))
                .containsExactly("Lương Nguyễn Minh Triết / Bí thư / Tỉnh ủy Đắk Lắk");
        List<Post> before = EXTRACTOR.extract(Articles.context(text, "2024-03-12", "Phú Yên"));
        assertThat(triples(before.stream().filter(p -> p.qualifier() != Post.Qualifier.FORMER).toList()))
                .containsExactly("Lương Nguyễn Minh Triết / Bí thư / Tỉnh ủy Phú Yên");
    }

    /** A year of birth between a name and its titles (dates11 probe: bios of VnExpress, Người Lao Động). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Ông Trần Văn An (sinh năm 1970), Bí thư Huyện ủy Châu Thành, phát biểu. => Trần Văn An / Bí thư / Huyện ủy Châu Thành
            Ông Trần Văn An (SN 1975, quê Hà Nam) - Giám đốc Sở Nội vụ tỉnh Kiên Giang phát biểu. => Trần Văn An / Giám đốc / Sở Nội vụ tỉnh Kiên Giang
            Ông Trần Văn An, sinh năm 1970, Bí thư Huyện ủy Châu Thành, phát biểu. => Trần Văn An / Bí thư / Huyện ủy Châu Thành
            Ông Trần Văn An (Kiên Giang), bà Lê Thị Hoa (An Giang) là đại biểu dự hội nghị. => -
            """)
    void stepsOverAYearOfBirthBeforeTheTitles(String text, String held) {
        assertThat(triples(posts(text, "Kiên Giang")))
                .containsExactlyInAnyOrderElementsOf(held.equals("-") ? List.of() : List.of(held.split(" ; ")));
    }

    /**
     * One "nguyên" before a list of titles leaves them all, up to a title with its own link (careers14 probe: funeral
     * notices, discipline and feature stories name former holders so), unless its title names its own place (central12).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Ông Hậu thay ông Lê Văn Hùng, nguyên Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh khóa IX. => - => Lê Văn Hùng / Phó Bí thư / Tỉnh ủy Kiên Giang ; Lê Văn Hùng / Chủ tịch / Hội đồng nhân dân tỉnh Kiên Giang
            Khai trừ ra khỏi Đảng đối với ông Phạm Mạnh Cường, nguyên Bí thư Huyện ủy, Chủ tịch UBND huyện Giồng Riềng. => - => Phạm Mạnh Cường / Bí thư / Huyện ủy Giồng Riềng ; Phạm Mạnh Cường / Chủ tịch / Ủy ban nhân dân huyện Giồng Riềng
            Ông Ngô Đức Mạnh, Ủy viên Ban Thường vụ Tỉnh ủy, nguyên Trưởng Ban Tuyên giáo Tỉnh ủy, phát biểu. => Ngô Đức Mạnh / Ủy viên / Ban Thường vụ Tỉnh ủy Kiên Giang => Ngô Đức Mạnh / Trưởng Ban / Ban Tuyên giáo Tỉnh ủy Kiên Giang
            Bà Lê Thị Mai, nguyên Chủ tịch Hội LHPN tỉnh, nay là Phó Trưởng Ban Dân vận Tỉnh ủy, dự họp. => Lê Thị Mai / Phó Trưởng Ban / Ban Dân vận Tỉnh ủy Kiên Giang => Lê Thị Mai / Chủ tịch / Hội Liên hiệp Phụ nữ tỉnh Kiên Giang
            Ông Trần Cẩm Tú, nguyên bí thư Tỉnh ủy Hà Tĩnh, phó chủ nhiệm thường trực Ủy ban Kiểm tra trung ương, trình bày báo cáo. => Trần Cẩm Tú / Phó Chủ nhiệm Thường trực / Ủy ban Kiểm tra Trung ương => Trần Cẩm Tú / Bí thư / Tỉnh ủy Hà Tĩnh
            """)
    void leavesEveryTitleListedAfterNguyen(String text, String held, String left) {
        assertHeldAndLeft(posts(text, "Kiên Giang"), held, left);
    }

    /**
     * The Front's local committee and a mass organisation's central committee by their full names, however the press
     * shortens them (careers14 probe: a funeral committee, a veteran's later post).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Dự có bà Võ Thị Minh Sinh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh. => Võ Thị Minh Sinh / Ủy viên / Ban Thường vụ Tỉnh ủy Nghệ An ; Võ Thị Minh Sinh / Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An
            Dự có ông Lê Văn Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An. => Lê Văn Hà / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An
            Cùng đi có bà Vũ Thị Thu Thủy, Ủy viên Ban Chấp hành Trung ương Hội Cựu chiến binh. => Vũ Thị Thu Thủy / Ủy viên / Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam
            Dự có bà Lê Thị Hoa, Ủy viên Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ, Chủ tịch Hội LHPN tỉnh. => Lê Thị Hoa / Ủy viên / Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam ; Lê Thị Hoa / Chủ tịch / Hội Liên hiệp Phụ nữ tỉnh Nghệ An
            """)
    void namesTheFrontAndTheCentralCommitteesOfMassOrganisationsInFull(String text, String held) {
        assertThat(triples(posts(text, "Nghệ An"))).containsExactlyInAnyOrder(held.split(" ; "));
    }

    /** A province of 1976-1997 a biography names is no person (careers14 probe: a funeral speech's career). */
    @Test
    void readsNoPersonInAFormerProvince() {
        List<Post> ps = posts("Đọc lời điếu, đồng chí Nguyễn Sáng Vang, Phó Bí thư Thường trực Tỉnh ủy, nêu rõ: đồng chí "
                + "Hà Phúc Mịch đã kinh qua các cương vị Bí thư Huyện ủy Chiêm Hóa, Phó Chủ tịch UBND tỉnh Hà Tuyên, "
                + "Chủ tịch UBND tỉnh Hà Sơn Bình.", "Tuyên Quang");
        assertThat(ps).extracting(Post::person).doesNotContain("Hà Tuyên", "Hà Sơn Bình");
    }

    /** A bare "Đảng ủy" before a department's head is that department's (careers14: discipline of a Sở's director). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Cảnh cáo ông Nguyễn Văn Long, Bí thư Đảng ủy, Giám đốc Sở Giao thông vận tải. => Nguyễn Văn Long / Bí thư / Đảng ủy Sở Giao thông vận tải tỉnh Đắk Lắk ; Nguyễn Văn Long / Giám đốc / Sở Giao thông vận tải tỉnh Đắk Lắk
            Dự có bà Lê Thị Hoa, Phó Bí thư Đảng ủy, Phó Giám đốc Sở Y tế tỉnh Đắk Lắk. => Lê Thị Hoa / Phó Bí thư / Đảng ủy Sở Y tế tỉnh Đắk Lắk ; Lê Thị Hoa / Phó Giám đốc / Sở Y tế tỉnh Đắk Lắk
            Dự có ông Y Khu Niê, Bí thư Đảng ủy, Chủ tịch UBND xã Ea Tiêu. => Y Khu Niê / Bí thư / Đảng ủy xã Ea Tiêu ; Y Khu Niê / Chủ tịch / Ủy ban nhân dân xã Ea Tiêu
            """)
    void placesABarePartyCommitteeInTheDepartmentItsHolderHeads(String text, String held) {
        assertThat(triples(posts(text, "Đắk Lắk"))).containsExactlyInAnyOrder(held.split(" ; "));
    }

    /**
     * A decision that takes all of a person's posts in the party leaves those written with the name, not the state's
     * (careers14: discipline of a province's officials).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Ban Thường vụ Tỉnh ủy quyết định cách chức tất cả các chức vụ trong Đảng đối với ông Nguyễn Văn Long, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy, Giám đốc Sở Giao thông vận tải. => Nguyễn Văn Long / Giám đốc / Sở Giao thông vận tải tỉnh Đắk Lắk => Nguyễn Văn Long / Ủy viên / Ban Chấp hành Đảng bộ tỉnh Đắk Lắk ; Nguyễn Văn Long / Bí thư / Đảng ủy Sở Giao thông vận tải tỉnh Đắk Lắk
            Ban Thường vụ Tỉnh ủy khai trừ ra khỏi Đảng ông Trần Minh Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh. => Trần Minh Hải / Phó Chủ tịch / Ủy ban nhân dân tỉnh Đắk Lắk => Trần Minh Hải / Ủy viên / Ban Thường vụ Tỉnh ủy Đắk Lắk
            Ban Thường vụ Tỉnh ủy cảnh cáo ông Lê Văn Thắng, Bí thư Huyện ủy Ea Súp. => Lê Văn Thắng / Bí thư / Huyện ủy Ea Súp => -
            """)
    void leavesThePartyPostsOfAPersonExpelledOrStrippedOfThem(String text, String held, String left) {
        assertHeldAndLeft(posts(text, "Đắk Lắk"), held, left);
    }

    @Test
    void marksPostsLeftAsFormer() {
        assertThat(posts("Ông Hà Văn Lý thôi giữ chức Giám đốc Sở Nội vụ tỉnh.", "Lào Cai")).singleElement()
                .satisfies(p -> {
                    assertThat(p.organization()).isEqualTo("Sở Nội vụ tỉnh Lào Cai");
                    assertThat(p.qualifier()).isEqualTo(Post.Qualifier.FORMER);
                });
        assertThat(posts("Tham dự có nguyên Bí thư Tỉnh ủy Đắk Lắk Bùi Văn Cường.", null)).singleElement()
                .extracting(Post::qualifier).isEqualTo(Post.Qualifier.FORMER);
    }

    /**
     * Báo Cần Thơ on a Đảng bộ Khối's plenum (party18 014): a company whose name opens with its legal form and ends with
     * its province is a body of its own, and the Đảng bộ Khối's Ban Chấp hành is named in full.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Ông Lê Văn Bình, Giám đốc Công ty cổ phần Thủy sản Cần Thơ, phát biểu. => Lê Văn Bình / Giám đốc / Công ty cổ phần Thủy sản Cần Thơ
            Ông Lê Văn An, Giám đốc Công ty Điện lực Cần Thơ, phát biểu. => Lê Văn An / Giám đốc / Công ty Điện lực Cần Thơ
            Đồng chí Lê Văn Thanh, Ủy viên Ban Chấp hành Đảng bộ Khối Doanh nghiệp thành phố Cần Thơ phát biểu. => Lê Văn Thanh / Ủy viên / Ban Chấp hành Đảng bộ Khối doanh nghiệp thành phố Cần Thơ
            Trưởng phòng Quản lý văn thư Lê Văn Cường phát biểu. => -
            """)
    void readsACompanyNamedWithItsProvinceAndTheDangBoKhoi(String text, String expected) {
        List<String> found = triples(posts(text, "Cần Thơ"));
        if (expected.equals("-")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).containsExactly(expected);
        }
    }

    /**
     * A company named with its legal form is complete without a place, and its name may end in a number after a place
     * that reads like a person's name ("Hà" is a family name): no "Đảng ủy Công", no person "Hà Tiên".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Dự có ông Lê Văn Cường, Giám đốc Công ty Cổ phần Xi măng Hà Tiên 1. => Lê Văn Cường / Giám đốc / Công ty Cổ phần Xi măng Hà Tiên 1
            Dự có ông Phạm Văn Em, Bí thư Đảng ủy Công ty Cổ phần Xi măng Hà Tiên 1. => Phạm Văn Em / Bí thư / Đảng ủy Công ty Cổ phần Xi măng Hà Tiên 1
            Dự có ông Võ Văn Phúc, Giám đốc Công ty TNHH Cao su Dầu Tiếng. => Võ Văn Phúc / Giám đốc / Công ty TNHH Cao su Dầu Tiếng
            """)
    void readsACompanyNamedWithItsLegalForm(String text, String expected) {
        assertThat(triples(posts(text, null))).containsExactly(expected);
    }

    /** gen24b 008 (Báo Sơn La 2012): a title without its commune is of the commune the sentence before names. */
    @Test
    void readsTheCommuneTheSentenceBeforeNames() {
        // a lead that names no commune: the story is about none
        String lead = "Từ ngày 12 đến 14/5, đoàn công tác của tỉnh đã kiểm tra việc thực hiện các chương trình phát triển kinh "
                .repeat(5) + "tế - xã hội.\n\n";
        assertThat(triples(posts(lead + "Chiều 13/5, đoàn đã làm việc với Đảng ủy xã Chiềng Sơn. Làm việc với đoàn có đồng chí "
                + "Vì Văn Khoa, Bí thư Đảng ủy xã và đồng chí Lường Thị Hoa, Chủ tịch UBND xã.", "Sơn La")))
                .containsExactlyInAnyOrder("Vì Văn Khoa / Bí thư / Đảng ủy xã Chiềng Sơn",
                        "Lường Thị Hoa / Chủ tịch / Ủy ban nhân dân xã Chiềng Sơn");
        assertThat(triples(posts(lead + "Chiều 13/5, đoàn đã làm việc với Đảng ủy xã Chiềng Sơn.\n\nLàm việc với đoàn có "
                + "đồng chí Vì Văn Khoa, Bí thư Đảng ủy xã.", "Sơn La"))).containsExactly("Vì Văn Khoa / Bí thư / Đảng ủy xã");
    }

    /** gen24b 000 (Báo Quảng Ninh 2014): the town a title set off after its holder ends in is its committee's. */
    @Test
    void readsTheTownAtTheEndOfATitleAfterItsHolder() {
        assertThat(triples(posts("Thảo luận tại hội nghị, các đồng chí Bùi Văn Khắng, Bí thư Thành ủy Hạ Long; Phạm Thị Thu "
                + "Hà, Bí thư Huyện ủy Tiên Yên đề nghị bổ sung.", "Quảng Ninh")))
                .containsExactlyInAnyOrder("Bùi Văn Khắng / Bí thư / Thành ủy Hạ Long", "Phạm Thị Thu Hà / Bí thư / Huyện ủy Tiên Yên");
    }

    /** A city the article names after its level word is the city after its party committee (gen22r 007, Dân trí 2023). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Ông Nguyễn Hữu Thành sinh năm 1975. Trước khi được chỉ định, ông từng giữ các chức vụ Phó chủ tịch UBND thị xã Từ Sơn, Bí thư Thành ủy Từ Sơn. => -
            Đồng chí Lê Văn Hải, Bí thư Thành ủy Từ Sơn phát biểu. Thành phố Từ Sơn có 12 phường. => Lê Văn Hải / Bí thư / Thành ủy Từ Sơn
            Bí thư Thành ủy Từ Sơn Nguyễn Văn Phong dự. Thành phố Từ Sơn có 12 phường. => Nguyễn Văn Phong / Bí thư / Thành ủy Từ Sơn
            """)
    void readsACityTheArticleNamesAfterItsCommittee(String text, String expected) {
        List<String> found = triples(posts(text, "Bắc Ninh"));
        if (expected.equals("-")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).containsExactly(expected);
        }
    }

    @Test
    void marksTheTitleOfALateLeaderAsLeft() {
        // Báo Hà Tĩnh on a party committee's anniversary (party18 probe, 003): "cố" is a title of the dead
        assertThat(posts("Đoàn đã dâng hương tại Khu lưu niệm cố Tổng Bí thư Trần Phú.", "Hà Tĩnh"))
                .allSatisfy(p -> assertThat(p.qualifier()).isEqualTo(Post.Qualifier.FORMER));
        assertThat(posts("Đoàn đã dâng hương tưởng niệm cố Tổng Bí thư Nguyễn Phú Trọng.", null)).singleElement()
                .extracting(Post::qualifier).isEqualTo(Post.Qualifier.FORMER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Chủ tịch UBND tỉnh trao quyết định bổ nhiệm ông Nguyễn Văn Hùng, Phó Giám đốc Sở Tài chính, giữ chức Giám đốc Sở Tài chính. => Nguyễn Văn Hùng / Giám đốc / Sở Tài chính tỉnh Thanh Hóa => Nguyễn Văn Hùng / Phó Giám đốc / Sở Tài chính tỉnh Thanh Hóa
            HĐND tỉnh bầu ông Lê Văn An, Phó Chủ tịch UBND tỉnh, giữ chức Chủ tịch UBND tỉnh. => Lê Văn An / Chủ tịch / Ủy ban nhân dân tỉnh Thanh Hóa => Lê Văn An / Phó Chủ tịch / Ủy ban nhân dân tỉnh Thanh Hóa
            Quốc hội bầu ông Phạm Thái Hà, Phó Chủ nhiệm Văn phòng Quốc hội, giữ chức Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội. => Phạm Thái Hà / Tổng Thư ký / Quốc hội ; Phạm Thái Hà / Chủ nhiệm / Văn phòng Quốc hội => Phạm Thái Hà / Phó Chủ nhiệm / Văn phòng Quốc hội
            Hội nghị bầu đồng chí Lò Văn Tiến, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch HĐND tỉnh. => Lò Văn Tiến / Phó Bí thư / Tỉnh ủy Thanh Hóa ; Lò Văn Tiến / Chủ tịch / Hội đồng nhân dân tỉnh Thanh Hóa => -
            Ông Trần Thanh Liêm, nguyên Chủ tịch UBND tỉnh, được Bộ Chính trị điều động giữ chức Phó Trưởng Ban Kinh tế Trung ương. => Trần Thanh Liêm / Phó Trưởng Ban / Ban Kinh tế Trung ương => Trần Thanh Liêm / Chủ tịch / Ủy ban nhân dân tỉnh Thanh Hóa
            Bà Nguyễn Thị Hồng Nhung được chỉ định giữ chức Bí thư Đảng ủy phường Ninh Kiều. => Nguyễn Thị Hồng Nhung / Bí thư / Đảng ủy phường Ninh Kiều => -
            Ông Lê Văn Sơn được Thủ tướng Chính phủ bổ nhiệm giữ chức Thứ trưởng Bộ Y tế. => Lê Văn Sơn / Thứ trưởng / Bộ Y tế => -
            Về công tác luân chuyển, đồng chí Lê Văn Lương, Trưởng Ban Tổ chức Tỉnh ủy cho biết. => Lê Văn Lương / Trưởng Ban / Ban Tổ chức Tỉnh ủy Thanh Hóa => -
            Tỉnh ủy quyết định điều động và bổ nhiệm ông Lê Văn Lương, Phó Giám đốc Sở Y tế, đến nhận công tác tại Sở Nội vụ. => - => Lê Văn Lương / Phó Giám đốc / Sở Y tế tỉnh Thanh Hóa
            Bộ Chính trị điều động, chỉ định đồng chí Phan Việt Cường, Ủy viên BCH Trung ương Đảng, Phó Trưởng Ban Kinh tế Trung ương, tham gia Ban Chấp hành. => Phan Việt Cường / Ủy viên / Ban Chấp hành Trung ương Đảng => Phan Việt Cường / Phó Trưởng Ban / Ban Kinh tế Trung ương
            Đồng chí Lê Minh Hưng công bố Quyết định của Bộ Chính trị điều động, phân công, chỉ định đồng chí Bùi Thị Minh Hoài, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương, giữ chức Bí thư Thành ủy Hà Nội nhiệm kỳ 2020-2025. => Bùi Thị Minh Hoài / Ủy viên / Bộ Chính trị ; Bùi Thị Minh Hoài / Bí thư / Ban Chấp hành Trung ương Đảng ; Bùi Thị Minh Hoài / Bí thư / Thành ủy Hà Nội => Bùi Thị Minh Hoài / Trưởng Ban / Ban Dân vận Trung ương
            Theo quyết định của Bộ Chính trị, đồng chí Bùi Đức Hinh, nguyên Bí thư Tỉnh ủy Hòa Bình, giữ chức Phó Bí thư Thường trực Tỉnh ủy. => Bùi Đức Hinh / Phó Bí thư Thường trực / Tỉnh ủy Thanh Hóa => Bùi Đức Hinh / Bí thư / Tỉnh ủy Hòa Bình
            Ban Thường vụ Tỉnh ủy điều động, chỉ định đồng chí Phan Mạnh Hùng, Phó Trưởng Ban Tổ chức Tỉnh ủy, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy Khối các cơ quan tỉnh. => Phan Mạnh Hùng / Bí thư / Đảng ủy Khối các cơ quan tỉnh Thanh Hóa ; Phan Mạnh Hùng / Ủy viên / Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh Thanh Hóa ; Phan Mạnh Hùng / Ủy viên / Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Thanh Hóa => Phan Mạnh Hùng / Phó Trưởng Ban / Ban Tổ chức Tỉnh ủy Thanh Hóa
            Hội nghị đã bầu bổ sung bà Trần Thị Thanh Lam, Phó Trưởng Ban Dân vận Tỉnh ủy, vào Ban Chấp hành, Ban Thường vụ và giữ chức Chủ tịch Hội Nông dân tỉnh. => Trần Thị Thanh Lam / Phó Trưởng Ban / Ban Dân vận Tỉnh ủy Thanh Hóa ; Trần Thị Thanh Lam / Chủ tịch / Hội Nông dân tỉnh Thanh Hóa ; Trần Thị Thanh Lam / Ủy viên / Ban Chấp hành Hội Nông dân tỉnh Thanh Hóa ; Trần Thị Thanh Lam / Ủy viên / Ban Thường vụ Hội Nông dân tỉnh Thanh Hóa => -
            Ông Đặng Văn Lực, Phó Chủ tịch UBND xã Bình Sơn, được điều động, chỉ định giữ chức Phó Bí thư Đảng ủy xã Hòn Đất. => Đặng Văn Lực / Phó Bí thư / Đảng ủy xã Hòn Đất => Đặng Văn Lực / Phó Chủ tịch / Ủy ban nhân dân xã Bình Sơn
            Hội nghị thống nhất cho ông Lê Văn Hưng thôi giữ chức Ủy viên Ban Thường vụ và Chủ tịch Hội Nông dân tỉnh để nghỉ hưu. => - => Lê Văn Hưng / Ủy viên / Ban Thường vụ ; Lê Văn Hưng / Chủ tịch / Hội Nông dân tỉnh Thanh Hóa
            Ông Nguyễn Đình Bách từng giữ chức Bí thư Thành Đoàn Huế, Phó Bí thư Đảng ủy Khối các cơ quan tỉnh. => - => Nguyễn Đình Bách / Bí thư / Thành Đoàn Huế ; Nguyễn Đình Bách / Phó Bí thư / Đảng ủy Khối các cơ quan tỉnh Thanh Hóa
            Ông Nguyễn Văn An được bổ nhiệm giữ chức vụ Giám đốc Sở Tài chính. => Nguyễn Văn An / Giám đốc / Sở Tài chính tỉnh Thanh Hóa => -
            Đồng chí Trần Thị Bình đảm nhiệm cương vị Phó Bí thư Tỉnh ủy. => Trần Thị Bình / Phó Bí thư / Tỉnh ủy Thanh Hóa => -
            Ông Hoàng Nam được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm làm Chánh Văn phòng UBND tỉnh. => Hoàng Nam / Chánh Văn phòng / Văn phòng Ủy ban nhân dân tỉnh Thanh Hóa => -
            Ông Lê Văn Tám thôi giữ chức vụ Giám đốc Sở Nội vụ để nghỉ hưu. => - => Lê Văn Tám / Giám đốc / Sở Nội vụ tỉnh Thanh Hóa
            Đồng chí Nguyễn Văn Đọc, Bí thư Huyện ủy Tĩnh Gia, được điều động về nhận công tác tại Văn phòng Tỉnh ủy, giữ chức Phó Chánh Văn phòng Tỉnh ủy. => Nguyễn Văn Đọc / Phó Chánh Văn phòng / Văn phòng Tỉnh ủy Thanh Hóa => Nguyễn Văn Đọc / Bí thư / Huyện ủy Tĩnh Gia
            Hội nghị cho 2 đồng chí thôi giữ chức Phó Chủ tịch UBND tỉnh, gồm: ông Lê Hồng Vinh, ông Bùi Đình Long. => - => Lê Hồng Vinh / Phó Chủ tịch / Ủy ban nhân dân tỉnh Thanh Hóa ; Bùi Đình Long / Phó Chủ tịch / Ủy ban nhân dân tỉnh Thanh Hóa
            Tại kỳ họp, Hội đồng nhân dân tỉnh đã bầu bổ sung ông Lương Văn Cầu, Giám đốc Sở Tài chính, giữ chức Phó Chủ tịch Ủy ban nhân dân tỉnh nhiệm kỳ 2016-2021. => Lương Văn Cầu / Phó Chủ tịch / Ủy ban nhân dân tỉnh Thanh Hóa => Lương Văn Cầu / Giám đốc / Sở Tài chính tỉnh Thanh Hóa
            HĐND tỉnh bầu ông Lê Văn Ba, Chánh Thanh tra tỉnh, giữ chức Phó Chủ tịch UBND tỉnh. => Lê Văn Ba / Phó Chủ tịch / Ủy ban nhân dân tỉnh Thanh Hóa => Lê Văn Ba / Chánh Thanh tra / Thanh tra tỉnh Thanh Hóa
            HĐND tỉnh bầu ông Lê Văn Bốn, Phó Bí thư Tỉnh ủy, Giám đốc Sở Nội vụ, giữ chức Chủ tịch HĐND tỉnh. => Lê Văn Bốn / Phó Bí thư / Tỉnh ủy Thanh Hóa ; Lê Văn Bốn / Chủ tịch / Hội đồng nhân dân tỉnh Thanh Hóa ; Lê Văn Bốn / Giám đốc / Sở Nội vụ tỉnh Thanh Hóa => -
            UBND tỉnh phê chuẩn kết quả bầu bà Thạch Thị Sa Rươne, Trưởng Phòng Nội vụ huyện giữ chức Phó Chủ tịch UBND huyện Càng Long. => Thạch Thị Sa Rươne / Phó Chủ tịch / Ủy ban nhân dân huyện Càng Long => Thạch Thị Sa Rươne / Trưởng Phòng / Phòng Nội vụ huyện Càng Long
            Kỳ họp đã bầu ông Võ Minh Thanh, Phó Bí thư Huyện ủy, giữ chức Chủ tịch UBND huyện Châu Thành A nhiệm kỳ 2021-2026. => Võ Minh Thanh / Phó Bí thư / Huyện ủy Châu Thành A ; Võ Minh Thanh / Chủ tịch / Ủy ban nhân dân huyện Châu Thành A => -
            Ông Nguyễn Văn Thọ, Phó Cục trưởng Cục Hải quan, được Bộ trưởng Tài chính bổ nhiệm làm Cục trưởng. => Nguyễn Văn Thọ / Cục trưởng / Cục Hải quan tỉnh Thanh Hóa => Nguyễn Văn Thọ / Phó Cục trưởng / Cục Hải quan tỉnh Thanh Hóa
            Thượng tá Lương Văn Đào, Trưởng phòng Cảnh sát hình sự được bổ nhiệm giữ chức Phó Giám đốc Công an tỉnh. => Lương Văn Đào / Phó Giám đốc / Công an tỉnh Thanh Hóa => -
            Ông Lê Văn Hải, Phó Giám đốc Sở Y tế, được bổ nhiệm giữ chức Giám đốc. => Lê Văn Hải / Giám đốc / Sở Y tế tỉnh Thanh Hóa => Lê Văn Hải / Phó Giám đốc / Sở Y tế tỉnh Thanh Hóa
            Ông Lê Văn Hòa, Phó Giám đốc Sở Y tế, phát biểu tại lễ trao quyết định bổ nhiệm Giám đốc. => Lê Văn Hòa / Phó Giám đốc / Sở Y tế tỉnh Thanh Hóa => -
            Ban cán sự đảng UBND tỉnh do đồng chí Võ Tấn Đức, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm Bí thư đã thống nhất. => Võ Tấn Đức / Phó Bí thư / Tỉnh ủy Thanh Hóa ; Võ Tấn Đức / Chủ tịch / Ủy ban nhân dân tỉnh Thanh Hóa => -
            # gen22r 014 (VnExpress 2025): a post in a body the merger ended, written with "(cũ)", is left
            Theo quyết định, ông Lê Ngọc Châu, Bí thư Tỉnh ủy Hải Dương (cũ), được chỉ định giữ chức Phó bí thư Tỉnh ủy. => Lê Ngọc Châu / Phó Bí thư / Tỉnh ủy Thanh Hóa => Lê Ngọc Châu / Bí thư / Tỉnh ủy Hải Dương
            # gen22r 002 (Báo Hà Tĩnh 2024): a decision that retires the person named after it, "đối với" between
            Chủ tịch UBND tỉnh trao quyết định nghỉ hưu theo chế độ đối với ông Đặng Ngọc Sơn, Giám đốc Sở Xây dựng, kể từ ngày 1/9/2024. => - => Đặng Ngọc Sơn / Giám đốc / Sở Xây dựng tỉnh Thanh Hóa
            # gen22r 005 (Báo Hải Dương 2022): a seat in the People's Committee is what each head of its departments holds
            HĐND tỉnh cũng bầu bổ sung bà Nguyễn Thị Ngọc Bích, Giám đốc Sở Tài chính, giữ chức Ủy viên UBND tỉnh nhiệm kỳ 2021 - 2026. => Nguyễn Thị Ngọc Bích / Giám đốc / Sở Tài chính tỉnh Thanh Hóa ; Nguyễn Thị Ngọc Bích / Ủy viên / Ủy ban nhân dân tỉnh Thanh Hóa => -
            Kỳ họp bầu ông Nguyễn Mạnh Hùng, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh, giữ chức Chủ tịch HĐND tỉnh. => Nguyễn Mạnh Hùng / Phó Bí thư Thường trực / Tỉnh ủy Thanh Hóa ; Nguyễn Mạnh Hùng / Trưởng Đoàn / Đoàn đại biểu Quốc hội tỉnh Thanh Hóa ; Nguyễn Mạnh Hùng / Chủ tịch / Hội đồng nhân dân tỉnh Thanh Hóa => -
            """)
    void marksTheTitlesAnAppointmentOrTransferReplacesAsLeft(String text, String held, String left) {
        List<Post> ps = posts(text, "Thanh Hóa");
        assertHeldAndLeft(ps, held, left);
    }

    /** Groups before a colon in central stories (central11 probe): a count in words, "gồm các ông:", a list ending in another body's holder. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Quốc hội phê chuẩn bổ nhiệm bốn Phó Thủ tướng Chính phủ gồm các ông: Nguyễn Thiện Nhân, Hoàng Trung Hải, Nguyễn Xuân Phúc và Vũ Văn Ninh. => Nguyễn Thiện Nhân / Phó Thủ tướng / Chính phủ ; Hoàng Trung Hải / Phó Thủ tướng / Chính phủ ; Nguyễn Xuân Phúc / Phó Thủ tướng / Chính phủ ; Vũ Văn Ninh / Phó Thủ tướng / Chính phủ
            Hội nghị do các đồng chí Phó Chủ tịch Tổng Liên đoàn: Trần Thanh Hải, Phan Văn Anh và Ngọ Duy Hiểu chủ trì. => Trần Thanh Hải / Phó Chủ tịch / Tổng Liên đoàn Lao động Việt Nam ; Phan Văn Anh / Phó Chủ tịch / Tổng Liên đoàn Lao động Việt Nam ; Ngọ Duy Hiểu / Phó Chủ tịch / Tổng Liên đoàn Lao động Việt Nam
            Dự buổi lễ có các Thứ trưởng Bộ Tài nguyên và Môi trường: Lê Công Thành, Trần Quý Kiên và ông Nguyễn Duy Thăng, Thứ trưởng Bộ Nội vụ. => Lê Công Thành / Thứ trưởng / Bộ Tài nguyên và Môi trường ; Trần Quý Kiên / Thứ trưởng / Bộ Tài nguyên và Môi trường ; Nguyễn Duy Thăng / Thứ trưởng / Bộ Nội vụ
            Dự có các Ủy viên Bộ Chính trị: Vương Đình Huệ, Chủ tịch Quốc hội; Trương Thị Mai, Trưởng Ban Tổ chức Trung ương. => Vương Đình Huệ / Ủy viên / Bộ Chính trị ; Vương Đình Huệ / Chủ tịch / Quốc hội ; Trương Thị Mai / Ủy viên / Bộ Chính trị ; Trương Thị Mai / Trưởng Ban / Ban Tổ chức Trung ương
            # era15 (Đại biểu Nhân dân, Nhân Dân 2026): honorifics of both genders; a plural group whose list "có" opens
            Quốc hội bầu 5 Phó Chủ tịch Quốc hội khóa XVI gồm các ông, bà: Nguyễn Khắc Định, Nguyễn Thị Thanh và Vũ Hồng Thanh. => Nguyễn Khắc Định / Phó Chủ tịch / Quốc hội ; Nguyễn Thị Thanh / Phó Chủ tịch / Quốc hội ; Vũ Hồng Thanh / Phó Chủ tịch / Quốc hội
            Các Ủy viên Bộ Chính trị khóa XIV có các đồng chí: Tô Lâm, Lương Cường, Lê Minh Hưng. => Tô Lâm / Ủy viên / Bộ Chính trị ; Lương Cường / Ủy viên / Bộ Chính trị ; Lê Minh Hưng / Ủy viên / Bộ Chính trị
            # force15 009 (CAND 2016): bare names joined by commas end the group's list at ";"
            Dự lễ có các Thứ trưởng Bộ Công an: Thượng tướng Tô Lâm, Thượng tướng Đặng Văn Hiếu; Trung tướng Nguyễn Văn Thành, Phó Chánh văn phòng Bộ Công an. => Tô Lâm / Thứ trưởng / Bộ Công an ; Đặng Văn Hiếu / Thứ trưởng / Bộ Công an ; Nguyễn Văn Thành / Phó Chánh Văn phòng / Văn phòng Bộ Công an
            # mass15 (Báo Hà Tĩnh 2025): a counted group given its post by a link, its list after a comma
            Hội nghị đã hiệp thương cử bổ sung 2 đồng chí giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh khóa XVI, gồm: bà Nguyễn Thị Hồng Nhung, Chủ tịch Hội LHPN tỉnh Hà Tĩnh; ông Phan Văn Lợi. => Nguyễn Thị Hồng Nhung / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh ; Nguyễn Thị Hồng Nhung / Chủ tịch / Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh ; Phan Văn Lợi / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh
            HĐND tỉnh bầu 2 đồng chí giữ chức Phó Chủ tịch UBND tỉnh Nghệ An gồm các ông: Lê Hồng Vinh, Bùi Đình Long. => Lê Hồng Vinh / Phó Chủ tịch / Ủy ban nhân dân tỉnh Nghệ An ; Bùi Đình Long / Phó Chủ tịch / Ủy ban nhân dân tỉnh Nghệ An
            """)
    void givesAGroupsTitlesToThePeopleListed(String text, String expected) {
        assertThat(triples(posts(text, null))).containsExactlyInAnyOrder(expected.split(" ; "));
    }

    /** Titles of central bodies and mass organisations (central11 probe). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Dự có Thượng tướng Trịnh Văn Quyết, Ủy viên Thường vụ Quân ủy Trung ương, Chủ nhiệm Tổng cục Chính trị. => Trịnh Văn Quyết / Ủy viên / Ban Thường vụ Quân ủy Trung ương ; Trịnh Văn Quyết / Chủ nhiệm / Tổng cục Chính trị Quân đội nhân dân Việt Nam
            Dự có Thượng tướng Lê Quốc Hùng, Ủy viên Thường vụ Đảng ủy Công an Trung ương, Thứ trưởng Bộ Công an. => Lê Quốc Hùng / Ủy viên / Ban Thường vụ Đảng ủy Công an Trung ương ; Lê Quốc Hùng / Thứ trưởng / Bộ Công an
            Hội nghị hiệp thương cử bà Trương Thị Ngọc Ánh giữ chức Phó Chủ tịch - Tổng Thư ký Ủy ban T.Ư MTTQ Việt Nam. => Trương Thị Ngọc Ánh / Phó Chủ tịch / Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ; Trương Thị Ngọc Ánh / Tổng Thư ký / Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam
            Hội nghị hiệp thương cử bổ sung ông Hầu A Lềnh, Phó Chủ tịch Hội Nông dân Việt Nam, làm Ủy viên Đoàn Chủ tịch Ủy ban T.Ư MTTQ Việt Nam. => Hầu A Lềnh / Phó Chủ tịch / Hội Nông dân Việt Nam ; Hầu A Lềnh / Ủy viên / Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam
            Đồng chí Thái Thu Xương đồng thời là Ủy viên Đoàn Chủ tịch, Trưởng Ban Tổ chức Tổng Liên đoàn. => Thái Thu Xương / Ủy viên / Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam ; Thái Thu Xương / Trưởng Ban / Ban Tổ chức Tổng Liên đoàn Lao động Việt Nam
            Chị Nguyễn Phạm Duy Trang, Ủy viên Ban Thường vụ Trung ương Đoàn, Chủ tịch Hội đồng Đội Trung ương phát biểu. => Nguyễn Phạm Duy Trang / Ủy viên / Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh ; Nguyễn Phạm Duy Trang / Chủ tịch / Hội đồng Đội Trung ương
            Anh Nguyễn Minh Triết, Bí thư Trung ương Đoàn, Chủ tịch Hội Sinh viên Việt Nam, điều hành phần bầu cử. => Nguyễn Minh Triết / Bí thư / Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh ; Nguyễn Minh Triết / Chủ tịch / Hội Sinh viên Việt Nam
            Hội nghị bầu ông Triệu Văn Lâm, Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh Phú Thọ, vào Ban Thường vụ. => Triệu Văn Lâm / Trưởng Ban / Ban Kinh tế - Xã hội Hội Nông dân tỉnh Phú Thọ
            """)
    void readsTheTitlesOfCentralBodiesAndMassOrganisations(String text, String expected) {
        assertThat(triples(posts(text, null))).containsExactlyInAnyOrder(expected.split(" ; "));
    }

    /**
     * Central appointments written for the central11 probe: the post of the state or of a mass organisation a person
     * held before the one an appointment gives is left, in whatever body; party posts, elected seats, memberships and
     * the posts beside a seat in the Front's committee stay.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            Quốc hội cũng phê chuẩn bổ nhiệm ông Vương Đình Huệ, Tổng Kiểm toán Nhà nước, giữ chức Bộ trưởng Bộ Tài chính. => - => Vương Đình Huệ / Bộ trưởng / Bộ Tài chính => Vương Đình Huệ / Tổng Kiểm toán / Kiểm toán Nhà nước
            Quốc hội phê chuẩn bổ nhiệm Đại tướng Phùng Quang Thanh giữ chức Bộ trưởng Bộ Quốc phòng; ông Vương Đình Huệ, Tổng Kiểm toán Nhà nước, giữ chức Bộ trưởng Bộ Tài chính. => - => Phùng Quang Thanh / Bộ trưởng / Bộ Quốc phòng ; Vương Đình Huệ / Bộ trưởng / Bộ Tài chính => Vương Đình Huệ / Tổng Kiểm toán / Kiểm toán Nhà nước
            Dự có ông Trần Văn Sơn, Bí thư Tỉnh ủy; ông Lê Văn Hà, Giám đốc Sở Tài chính, giữ chức Chủ tịch Hội đồng quản trị. => Phú Thọ => Trần Văn Sơn / Bí thư / Tỉnh ủy Phú Thọ ; Lê Văn Hà / Giám đốc / Sở Tài chính tỉnh Phú Thọ => -
            Thủ tướng bổ nhiệm Thượng tướng Nguyễn Văn Hiền, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, giữ chức Thứ trưởng Bộ Quốc phòng. => - => Nguyễn Văn Hiền / Thứ trưởng / Bộ Quốc phòng => Nguyễn Văn Hiền / Phó Tổng Tham mưu trưởng / Quân đội nhân dân Việt Nam
            Hội nghị đã bầu bổ sung bà Nguyễn Thị Huyền, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, vào Ban Chấp hành, Ban Thường vụ và giữ chức Chủ tịch Hội Nông dân tỉnh. => Phú Thọ => Nguyễn Thị Huyền / Chủ tịch / Hội Nông dân tỉnh Phú Thọ ; Nguyễn Thị Huyền / Ủy viên / Ban Chấp hành Hội Nông dân tỉnh Phú Thọ ; Nguyễn Thị Huyền / Ủy viên / Ban Thường vụ Hội Nông dân tỉnh Phú Thọ => Nguyễn Thị Huyền / Phó Chủ tịch / Hội Liên hiệp Phụ nữ tỉnh Phú Thọ
            Ban Thường vụ Tỉnh ủy thống nhất giới thiệu đồng chí Bùi Đình Long, Phó Chủ tịch UBND tỉnh, để bầu giữ chức Phó Bí thư Ban Cán sự đảng UBND tỉnh. => Nghệ An => Bùi Đình Long / Phó Chủ tịch / Ủy ban nhân dân tỉnh Nghệ An => -
            Kỳ họp đã bầu ông Hà Sỹ Đồng, Thường vụ Tỉnh ủy, Giám đốc Sở Kế hoạch và Đầu tư, giữ chức Phó Chủ tịch UBND tỉnh. => Quảng Trị => Hà Sỹ Đồng / Ủy viên / Ban Thường vụ Tỉnh ủy Quảng Trị ; Hà Sỹ Đồng / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Trị => Hà Sỹ Đồng / Giám đốc / Sở Kế hoạch và Đầu tư tỉnh Quảng Trị
            Hội nghị hiệp thương cử bà Lê Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. => Phú Thọ => Lê Thị Hoa / Chủ tịch / Hội Liên hiệp Phụ nữ tỉnh Phú Thọ ; Lê Thị Hoa / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ => -
            Kỳ họp bầu ông Trần Văn Nam, Chủ tịch UBND tỉnh, giữ chức Trưởng Đoàn đại biểu Quốc hội tỉnh. => Phú Thọ => Trần Văn Nam / Chủ tịch / Ủy ban nhân dân tỉnh Phú Thọ ; Trần Văn Nam / Trưởng Đoàn / Đoàn đại biểu Quốc hội tỉnh Phú Thọ => -
            Chủ tịch UBND tỉnh bổ nhiệm ông Lê Văn Hải, Giám đốc Sở Tài chính, kiêm giữ chức Giám đốc Sở Kế hoạch và Đầu tư. => Phú Thọ => Lê Văn Hải / Giám đốc / Sở Tài chính tỉnh Phú Thọ ; Lê Văn Hải / Giám đốc / Sở Kế hoạch và Đầu tư tỉnh Phú Thọ => -
            Hội nghị thống nhất cho ông Hà Văn Tuấn thôi giữ chức Chủ tịch Hội Nông dân tỉnh do được Ban Thường vụ Tỉnh ủy điều động, bổ nhiệm giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy. => Phú Thọ => Hà Văn Tuấn / Phó Trưởng Ban / Ban Dân vận Tỉnh ủy Phú Thọ => Hà Văn Tuấn / Chủ tịch / Hội Nông dân tỉnh Phú Thọ
            Trước đó, ông Nguyễn Anh Tuấn, Bí thư thứ nhất Trung ương Đoàn, được Bộ Chính trị điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Bắc Ninh nhiệm kỳ 2020 - 2025. => - => Nguyễn Anh Tuấn / Bí thư / Tỉnh ủy Bắc Ninh ; Nguyễn Anh Tuấn / Ủy viên / Ban Chấp hành Đảng bộ tỉnh Bắc Ninh ; Nguyễn Anh Tuấn / Ủy viên / Ban Thường vụ Tỉnh ủy Bắc Ninh => Nguyễn Anh Tuấn / Bí thư thứ nhất / Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh
            Quốc hội phê chuẩn bổ nhiệm ông Nguyễn Chí Dũng, Ủy viên Trung ương Đảng, Bộ trưởng Bộ Kế hoạch và Đầu tư, và ông Mai Văn Chính, Ủy viên Trung ương Đảng, Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương, giữ chức Phó Thủ tướng Chính phủ. => - => Nguyễn Chí Dũng / Ủy viên / Ban Chấp hành Trung ương Đảng ; Nguyễn Chí Dũng / Phó Thủ tướng / Chính phủ ; Mai Văn Chính / Ủy viên / Ban Chấp hành Trung ương Đảng ; Mai Văn Chính / Phó Trưởng Ban Thường trực / Ban Tổ chức Trung ương ; Mai Văn Chính / Phó Thủ tướng / Chính phủ => Nguyễn Chí Dũng / Bộ trưởng / Bộ Kế hoạch và Đầu tư
            Quốc hội phê chuẩn bổ nhiệm bà Nguyễn Thị Kim Tiến giữ chức Bộ trưởng Bộ Y tế và ông Vũ Đức Đam giữ chức Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ. => - => Nguyễn Thị Kim Tiến / Bộ trưởng / Bộ Y tế ; Vũ Đức Đam / Bộ trưởng / Văn phòng Chính phủ ; Vũ Đức Đam / Chủ nhiệm / Văn phòng Chính phủ => -
            Ban Bí thư điều động ông Nguyễn Văn Thắng, Ủy viên Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương, tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Điện Biên. => - => Nguyễn Văn Thắng / Phó Bí thư / Tỉnh ủy Điện Biên ; Nguyễn Văn Thắng / Ủy viên / Ban Chấp hành Đảng bộ tỉnh Điện Biên ; Nguyễn Văn Thắng / Ủy viên / Ban Thường vụ Tỉnh ủy Điện Biên => Nguyễn Văn Thắng / Ủy viên / Ban Thường vụ Đảng ủy Khối doanh nghiệp Trung ương
            Ban Thường vụ Tỉnh ủy điều động, chỉ định đồng chí Lê Văn Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, giữ chức Bí thư Đảng ủy Khối các cơ quan tỉnh. => Phú Thọ => Lê Văn Hà / Ủy viên / Ban Thường vụ Tỉnh ủy Phú Thọ ; Lê Văn Hà / Bí thư / Đảng ủy Khối các cơ quan tỉnh Phú Thọ => Lê Văn Hà / Trưởng Ban / Ban Dân vận Tỉnh ủy Phú Thọ
            Ủy ban Kiểm tra Trung ương thi hành kỷ luật cách chức Bí thư Huyện ủy Phú Bình đối với ông Dương Hữu Khánh. Ông Dương Hữu Khánh, Bí thư Huyện ủy Phú Bình, đã vi phạm quy chế làm việc. => Thái Nguyên => - => Dương Hữu Khánh / Bí thư / Huyện ủy Phú Bình
            Quốc hội miễn nhiệm chức vụ Phó Chủ tịch Quốc hội đối với ông Nguyễn Đức Hải. => - => - => Nguyễn Đức Hải / Phó Chủ tịch / Quốc hội
            Thủ tướng phê chuẩn kết quả bầu chức vụ Chủ tịch UBND tỉnh Quảng Bình nhiệm kỳ 2004 - 2011 đối với ông Trương Công Hiển, Phó Bí thư Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Quảng Bình. => - => Trương Công Hiển / Phó Bí thư / Tỉnh ủy Quảng Bình ; Trương Công Hiển / Chủ tịch / Ủy ban nhân dân tỉnh Quảng Bình => Trương Công Hiển / Phó Chủ tịch Thường trực / Ủy ban nhân dân tỉnh Quảng Bình
            Thủ tướng phê chuẩn kết quả bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh Sóc Trăng nhiệm kỳ 2004 - 2011 đối với ông Huỳnh Văn Sáu, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng. => - => Huỳnh Văn Sáu / Phó Chủ tịch / Ủy ban nhân dân tỉnh Sóc Trăng => Huỳnh Văn Sáu / Giám đốc / Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng
            Thủ tướng đã ký quyết định cho ông Nguyễn Linh Ngọc, Thứ trưởng Bộ Tài nguyên và Môi trường, thôi giữ chức để nghỉ hưu theo chế độ. => - => - => Nguyễn Linh Ngọc / Thứ trưởng / Bộ Tài nguyên và Môi trường
            Thủ tướng phê chuẩn kết quả bầu chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi nhiệm kỳ 2026-2031 đối với các ông: Trần Phước Hiền, Nguyễn Ngọc Sâm, Y Ngọc và Đỗ Tâm Hiển. => - => Trần Phước Hiền / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ngãi ; Nguyễn Ngọc Sâm / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ngãi ; Y Ngọc / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ngãi ; Đỗ Tâm Hiển / Phó Chủ tịch / Ủy ban nhân dân tỉnh Quảng Ngãi => -
            Thủ tướng phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Sóc Trăng đối với các ông, bà: Lê Văn Hiểu và Huỳnh Thị Diễm Ngọc. => - => Lê Văn Hiểu / Phó Chủ tịch / Ủy ban nhân dân tỉnh Sóc Trăng ; Huỳnh Thị Diễm Ngọc / Phó Chủ tịch / Ủy ban nhân dân tỉnh Sóc Trăng => -
            Ban Thường vụ Tỉnh ủy điều động đồng chí Lê Đình Thọ, Tỉnh ủy viên, Phó Giám đốc Sở Tài chính đến nhận công tác tại Huyện ủy Như Thanh, được chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Huyện ủy Như Thanh nhiệm kỳ 2015 - 2020. => Thanh Hóa => Lê Đình Thọ / Ủy viên / Ban Chấp hành Đảng bộ tỉnh Thanh Hóa ; Lê Đình Thọ / Bí thư / Huyện ủy Như Thanh ; Lê Đình Thọ / Ủy viên / Ban Chấp hành Đảng bộ huyện Như Thanh ; Lê Đình Thọ / Ủy viên / Ban Thường vụ Huyện ủy Như Thanh => Lê Đình Thọ / Phó Giám đốc / Sở Tài chính tỉnh Thanh Hóa
            Quyết định luân chuyển đồng chí Bùi Minh Tuấn, Thành ủy viên, Phó Chánh Văn phòng Thành ủy về huyện Đông Anh, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Huyện ủy Đông Anh. => Hà Nội => Bùi Minh Tuấn / Ủy viên / Ban Chấp hành Đảng bộ thành phố Hà Nội ; Bùi Minh Tuấn / Bí thư / Huyện ủy Đông Anh ; Bùi Minh Tuấn / Ủy viên / Ban Chấp hành Đảng bộ huyện Đông Anh ; Bùi Minh Tuấn / Ủy viên / Ban Thường vụ Huyện ủy Đông Anh => Bùi Minh Tuấn / Phó Chánh Văn phòng / Văn phòng Thành ủy Hà Nội
            Ban Thường vụ Tỉnh ủy chỉ định đồng chí Trần Văn Hòa tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Thị ủy Thuận An. => Bình Dương => Trần Văn Hòa / Bí thư / Thị ủy Thuận An ; Trần Văn Hòa / Ủy viên / Ban Chấp hành Đảng bộ thị xã Thuận An ; Trần Văn Hòa / Ủy viên / Ban Thường vụ Thị ủy Thuận An => -
            Ban Thường vụ Tỉnh ủy điều động đồng chí Nguyễn Văn Hải, Tỉnh ủy viên, Giám đốc Sở Tư pháp đến nhận công tác tại Huyện ủy Yên Thế; chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Huyện ủy Yên Thế nhiệm kỳ 2020 - 2025. => Bắc Giang => Nguyễn Văn Hải / Ủy viên / Ban Chấp hành Đảng bộ tỉnh Bắc Giang ; Nguyễn Văn Hải / Bí thư / Huyện ủy Yên Thế ; Nguyễn Văn Hải / Ủy viên / Ban Chấp hành Đảng bộ huyện Yên Thế ; Nguyễn Văn Hải / Ủy viên / Ban Thường vụ Huyện ủy Yên Thế => Nguyễn Văn Hải / Giám đốc / Sở Tư pháp tỉnh Bắc Giang
            Chủ tịch UBND tỉnh bổ nhiệm ông Lê Văn Hùng, Phó Giám đốc Sở Tư pháp; bổ nhiệm ông Trần Văn Nam giữ chức Giám đốc Sở Tư pháp. => Bắc Giang => Lê Văn Hùng / Phó Giám đốc / Sở Tư pháp tỉnh Bắc Giang ; Trần Văn Nam / Giám đốc / Sở Tư pháp tỉnh Bắc Giang => -
            Ban Thường vụ Huyện ủy chỉ định đồng chí Lò Văn Pấng tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy xã Chiềng Sơn. => Sơn La => Lò Văn Pấng / Bí thư / Đảng ủy xã Chiềng Sơn ; Lò Văn Pấng / Ủy viên / Ban Chấp hành Đảng bộ xã Chiềng Sơn ; Lò Văn Pấng / Ủy viên / Ban Thường vụ Đảng ủy xã Chiềng Sơn => -
            Theo quyết định, đồng chí Phạm Minh Trí, Phó Giám đốc Sở Nội vụ thành phố, được điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy phường Vị Tân nhiệm kỳ 2025 - 2030. => Cần Thơ => Phạm Minh Trí / Bí thư / Đảng ủy phường Vị Tân ; Phạm Minh Trí / Ủy viên / Ban Chấp hành Đảng bộ phường Vị Tân ; Phạm Minh Trí / Ủy viên / Ban Thường vụ Đảng ủy phường Vị Tân => Phạm Minh Trí / Phó Giám đốc / Sở Nội vụ thành phố Cần Thơ
            HĐND thị xã miễn nhiệm chức vụ Chủ tịch UBND thị xã An Khê đối với ông Trần Văn Nghĩa do được Ban Thường vụ Tỉnh ủy luân chuyển, điều động giữ chức Phó Giám đốc Sở Kế hoạch và Đầu tư. => Gia Lai => Trần Văn Nghĩa / Phó Giám đốc / Sở Kế hoạch và Đầu tư tỉnh Gia Lai => Trần Văn Nghĩa / Chủ tịch / Ủy ban nhân dân thị xã An Khê
            Đồng chí Nguyễn Đức Lợi, Thành ủy viên, thôi giữ chức Bí thư Huyện ủy Đông Anh để nhận nhiệm vụ Phó Trưởng ban Thường trực Ban Tổ chức Thành ủy. => Hà Nội => Nguyễn Đức Lợi / Ủy viên / Ban Chấp hành Đảng bộ thành phố Hà Nội ; Nguyễn Đức Lợi / Phó Trưởng Ban Thường trực / Ban Tổ chức Thành ủy Hà Nội => Nguyễn Đức Lợi / Bí thư / Huyện ủy Đông Anh
            Bộ Chính trị quyết định đồng chí Đặng Quang Tùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Ninh Bình thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Bí thư Tỉnh ủy để nhận nhiệm vụ Phó Trưởng Ban Tổ chức Trung ương. => Ninh Bình => Đặng Quang Tùng / Ủy viên / Ban Chấp hành Trung ương Đảng ; Đặng Quang Tùng / Phó Trưởng Ban / Ban Tổ chức Trung ương => Đặng Quang Tùng / Bí thư / Tỉnh ủy Ninh Bình
            Ban Thường vụ Tỉnh ủy quyết định đồng chí Lê Văn An, Bí thư Huyện ủy Gia Viễn thôi giữ chức Bí thư Huyện ủy để nhận nhiệm vụ Phó Trưởng Ban Tổ chức Tỉnh ủy. => Ninh Bình => Lê Văn An / Phó Trưởng Ban / Ban Tổ chức Tỉnh ủy Ninh Bình => Lê Văn An / Bí thư / Huyện ủy Gia Viễn
            Ban Thường vụ Tỉnh ủy công bố quyết định điều động bà Đinh Thị Loan, Phó Trưởng Ban Dân vận Tỉnh ủy, đến nhận công tác và chỉ định giữ chức Phó Bí thư Thường trực Huyện ủy Tư Nghĩa. => Quảng Ngãi => Đinh Thị Loan / Phó Bí thư Thường trực / Huyện ủy Tư Nghĩa => Đinh Thị Loan / Phó Trưởng Ban / Ban Dân vận Tỉnh ủy Quảng Ngãi
            1. Đồng chí Đỗ Văn Hùng, Phó Giám đốc Sở Nông nghiệp và Môi trường, đến nhận công tác tại Đảng bộ xã Tiền Hải, chỉ định giữ chức Bí thư Đảng ủy xã Tiền Hải. => Hưng Yên => Đỗ Văn Hùng / Bí thư / Đảng ủy xã Tiền Hải => Đỗ Văn Hùng / Phó Giám đốc / Sở Nông nghiệp và Môi trường tỉnh Hưng Yên
            Tại hội nghị, bà Nguyễn Thị Phương Loan, nguyên Trưởng Ban Dân vận Tỉnh ủy được bầu vào Ban Thường vụ Tỉnh ủy. => Bình Định => Nguyễn Thị Phương Loan / Ủy viên / Ban Thường vụ Tỉnh ủy Bình Định => Nguyễn Thị Phương Loan / Trưởng Ban / Ban Dân vận Tỉnh ủy Bình Định
            Ông Trần Văn Bình, Giám đốc Sở Tài chính được bầu bổ sung vào Ban Thường vụ Tỉnh ủy. => Bình Định => Trần Văn Bình / Giám đốc / Sở Tài chính tỉnh Bình Định ; Trần Văn Bình / Ủy viên / Ban Thường vụ Tỉnh ủy Bình Định => -
            Ông A công bố quyết định chỉ định ông Trần Quang Vinh, Giám đốc Công ty Cổ phần Cấp nước Nghệ An tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh. => Nghệ An => Trần Quang Vinh / Giám đốc / Công ty Cổ phần Cấp nước Nghệ An ; Trần Quang Vinh / Ủy viên / Ban Thường vụ Đảng ủy Khối doanh nghiệp tỉnh Nghệ An ; Trần Quang Vinh / Ủy viên / Ban Chấp hành Đảng bộ Khối doanh nghiệp tỉnh Nghệ An => -
            Ông A công bố quyết định chỉ định ông Trần Quang Vinh, Giám đốc Công ty Cổ phần Cấp nước Nghệ An tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy Khối nhiệm kỳ 2010 - 2015. Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An tổng kết. => Nghệ An => Trần Quang Vinh / Giám đốc / Công ty Cổ phần Cấp nước Nghệ An ; Trần Quang Vinh / Ủy viên / Ban Thường vụ Đảng ủy Khối doanh nghiệp tỉnh Nghệ An ; Trần Quang Vinh / Ủy viên / Ban Chấp hành Đảng bộ Khối doanh nghiệp tỉnh Nghệ An => -
            """)
    void leavesTheExecutivePostAnAppointmentElsewhereReplaces(String text, String province, String held, String left) {
        readsPersonnelDecisions(text, province, held, left);
    }

    /** Personnel decisions written for the posts10 probe (central bodies, police, army, acting posts, retirements). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            Dự hội nghị có ông Tống Quang Thìn, Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh. => Ninh Bình => Tống Quang Thìn / Ủy viên / Ban Thường vụ Tỉnh ủy Ninh Bình ; Tống Quang Thìn / Phó Chủ tịch Thường trực / Ủy ban nhân dân tỉnh Ninh Bình => -
            Đồng chí Giàng A Tông, Thường vụ Tỉnh ủy Yên Bái, Trưởng Ban Tuyên giáo Tỉnh ủy báo cáo tình hình. => - => Giàng A Tông / Ủy viên / Ban Thường vụ Tỉnh ủy Yên Bái ; Giàng A Tông / Trưởng Ban / Ban Tuyên giáo Tỉnh ủy Yên Bái => -
            Thay mặt Ban Thường vụ Tỉnh ủy, ông Lê Hữu Hoàng công bố quyết định. => Khánh Hòa => - => -
            Dự có ông Nguyễn Văn Quảng, Ủy viên Thường vụ Thành ủy Đà Nẵng, Trưởng Ban Tổ chức Thành ủy. => - => Nguyễn Văn Quảng / Ủy viên / Ban Thường vụ Thành ủy Đà Nẵng ; Nguyễn Văn Quảng / Trưởng Ban / Ban Tổ chức Thành ủy Đà Nẵng => -
            Đồng chí Lê Văn Bảy, Thường vụ Huyện ủy, Chủ tịch UBND huyện Ea Kar phát biểu. => Đắk Lắk => Lê Văn Bảy / Ủy viên / Ban Thường vụ Huyện ủy Ea Kar ; Lê Văn Bảy / Chủ tịch / Ủy ban nhân dân huyện Ea Kar => -
            Bộ Chính trị đã quyết định cho đồng chí Nguyễn Đức Thành, Phó Trưởng Ban Tổ chức Trung ương, được nghỉ hưu theo chế độ. => - => - => Nguyễn Đức Thành / Phó Trưởng Ban / Ban Tổ chức Trung ương
            UBND tỉnh đã có quyết định cho ông Huỳnh Ngọc Sơn, Giám đốc Sở Y tế, nghỉ hưu theo chế độ từ ngày 1/8/2021. => Bình Định => - => Huỳnh Ngọc Sơn / Giám đốc / Sở Y tế tỉnh Bình Định
            Đại tá Đinh Văn Toàn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, nghỉ chờ hưu theo chế độ. => Ninh Bình => - => Đinh Văn Toàn / Chỉ huy trưởng / Bộ Chỉ huy Quân sự tỉnh Ninh Bình
            Bà Hoàng Thị Nga, Chủ tịch Hội LHPN tỉnh, đã nghỉ hưu từ tháng 2/2024. => Ninh Bình => - => Hoàng Thị Nga / Chủ tịch / Hội Liên hiệp Phụ nữ tỉnh Ninh Bình
            Ông Lê Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh khóa IX, cũng đã nghỉ hưu theo chế độ. => Kiên Giang => - => Lê Văn Hùng / Phó Bí thư / Tỉnh ủy Kiên Giang ; Lê Văn Hùng / Chủ tịch / Hội đồng nhân dân tỉnh Kiên Giang
            Ông Lê Văn Hùng, Phó Bí thư Tỉnh ủy, đã làm việc với huyện. => Kiên Giang => Lê Văn Hùng / Phó Bí thư / Tỉnh ủy Kiên Giang => -
            Ông Võ Văn Hưng, Chủ tịch UBND tỉnh, ký quyết định cho ông Lê Văn Tư nghỉ hưu. => Quảng Trị => Võ Văn Hưng / Chủ tịch / Ủy ban nhân dân tỉnh Quảng Trị => -
            Thượng tướng Lê Quý Vương trao quyết định bổ nhiệm Đại tá Nguyễn Đình Thắng, Phó Giám đốc Công an tỉnh Nghệ An, giữ chức Giám đốc Công an tỉnh Hà Tĩnh. => - => Nguyễn Đình Thắng / Giám đốc / Công an tỉnh Hà Tĩnh => Nguyễn Đình Thắng / Phó Giám đốc / Công an tỉnh Nghệ An
            Bộ trưởng Bộ Quốc phòng bổ nhiệm Đại tá Bùi Quang Thiện, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh Hà Nam, giữ chức Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Ninh Bình. => - => Bùi Quang Thiện / Chỉ huy trưởng / Bộ Chỉ huy Quân sự tỉnh Ninh Bình => Bùi Quang Thiện / Tham mưu trưởng / Bộ Chỉ huy Quân sự tỉnh Hà Nam
            Kỳ họp đã bầu ông Hồ Văn Niên, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch HĐND tỉnh. => Gia Lai => Hồ Văn Niên / Phó Bí thư / Tỉnh ủy Gia Lai ; Hồ Văn Niên / Chủ tịch / Hội đồng nhân dân tỉnh Gia Lai => -
            Ông Nguyễn Phi Long trao quyết định giao ông Lê Quang Hùng, Phó Giám đốc Sở Y tế, làm Quyền Giám đốc Sở Y tế tỉnh Bình Định. => - => Lê Quang Hùng / Quyền Giám đốc / Sở Y tế tỉnh Bình Định => Lê Quang Hùng / Phó Giám đốc / Sở Y tế tỉnh Bình Định
            Ông Nguyễn Phi Long, Chủ tịch UBND tỉnh, làm việc với huyện Hoài Nhơn. => Bình Định => Nguyễn Phi Long / Chủ tịch / Ủy ban nhân dân tỉnh Bình Định => -
            Bộ trưởng trao quyết định bổ nhiệm bà Nguyễn Thị Hà, Trưởng phòng Quản lý văn thư - lưu trữ, giữ chức Phó Cục trưởng Cục Văn thư và Lưu trữ nhà nước. => - => Nguyễn Thị Hà / Phó Cục trưởng / Cục Văn thư và Lưu trữ nhà nước => -
            Bộ trưởng trao quyết định bổ nhiệm ông Đặng Thanh Tùng, Phó Cục trưởng phụ trách Cục Văn thư và Lưu trữ nhà nước, giữ chức Cục trưởng Cục Văn thư và Lưu trữ nhà nước. => - => Đặng Thanh Tùng / Cục trưởng / Cục Văn thư và Lưu trữ nhà nước => -
            Kỳ họp có sự tham dự của đồng chí Lê Hồng Liêm, Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương. => - => Lê Hồng Liêm / Phó Chủ nhiệm Thường trực / Ủy ban Kiểm tra Trung ương => -
            Cùng dự có Thiếu tướng Phan Văn Vĩnh, Tổng cục trưởng Tổng cục Cảnh sát phòng, chống tội phạm. => - => Phan Văn Vĩnh / Tổng cục trưởng / Tổng cục Cảnh sát phòng, chống tội phạm => -
            Dự lễ có Trung tướng Tô Văn Huệ, Cục trưởng Cục Tổ chức cán bộ, Bộ Công an. => - => Tô Văn Huệ / Cục trưởng / Cục Tổ chức cán bộ Bộ Công an => -
            Dự lễ có bà Hồ Thị Thanh Trúc, Phó Cục trưởng Cục Lễ tân Nhà nước, Bộ Ngoại giao. => - => Hồ Thị Thanh Trúc / Phó Cục trưởng / Cục Lễ tân Nhà nước Bộ Ngoại giao => -
            Thiếu tướng Nguyễn Tuấn Anh, Cục trưởng Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ, Bộ Công an phát biểu. => - => Nguyễn Tuấn Anh / Cục trưởng / Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Bộ Công an => -
            Ông Lê Mạnh Hùng được bổ nhiệm giữ chức Chủ tịch HĐTV Tập đoàn Dầu khí Việt Nam. => - => Lê Mạnh Hùng / Chủ tịch / Hội đồng thành viên Tập đoàn Dầu khí Việt Nam => -
            Thủ tướng tiếp ông Choi Joo-ho, Tổng Giám đốc Tổ hợp Samsung Việt Nam. => - => Choi Joo-ho / Tổng Giám đốc / Tổ hợp Samsung Việt Nam => -
            Đại tá Nông Văn Tài, Giám đốc Công an tỉnh được điều động, bổ nhiệm giữ chức Phó Cục trưởng Cục Cảnh sát điều tra tội phạm về ma túy, Bộ Công an. => Lạng Sơn => Nông Văn Tài / Phó Cục trưởng / Cục Cảnh sát điều tra tội phạm về ma túy Bộ Công an => Nông Văn Tài / Giám đốc / Công an tỉnh Lạng Sơn
            Thượng tá Lương Văn Đào, Trưởng phòng Cảnh sát hình sự Công an tỉnh Lạng Sơn phát biểu. => - => Lương Văn Đào / Trưởng Phòng / Phòng Cảnh sát hình sự Công an tỉnh Lạng Sơn => -
            Giám đốc Trung tâm phát biểu tại hội nghị. => Lạng Sơn => - => -
            Dự có Thiếu tướng Nguyễn Văn Sơn, Phó Tổng cục trưởng Tổng cục Xây dựng lực lượng Công an nhân dân. => Thái Bình => Nguyễn Văn Sơn / Phó Tổng cục trưởng / Tổng cục Xây dựng lực lượng Công an nhân dân => -
            Đại tá Trần Văn Lý được bổ nhiệm giữ chức Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an. => - => Trần Văn Lý / Phó Cục trưởng / Cục Cảnh sát quản lý hành chính về trật tự xã hội Bộ Công an => -
            Dự có ông Nguyễn Văn Dũng, Phó Chánh án TAND cấp cao tại TP.HCM. => - => Nguyễn Văn Dũng / Phó Chánh án / Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh => -
            Dự có Đại tá Phan Hữu Lợi, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh. => Quảng Trị => Phan Hữu Lợi / Bí thư / Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị ; Phan Hữu Lợi / Chính ủy / Bộ đội Biên phòng tỉnh Quảng Trị => -
            Đại tá Lê Văn Bảy, Chỉ huy trưởng BĐBP tỉnh được bổ nhiệm giữ chức Phó Tham mưu trưởng BĐBP. => Quảng Trị => Lê Văn Bảy / Phó Tham mưu trưởng / Bộ đội Biên phòng => Lê Văn Bảy / Chỉ huy trưởng / Bộ đội Biên phòng tỉnh Quảng Trị
            Bộ Tài chính công bố quyết định bổ nhiệm bà Nguyễn Thị Lan, Phó Chánh Thanh tra Bộ, giữ chức Chánh Thanh tra Bộ Tài chính. => - => Nguyễn Thị Lan / Chánh Thanh tra / Thanh tra Bộ Tài chính => Nguyễn Thị Lan / Phó Chánh Thanh tra / Thanh tra Bộ Tài chính
            Bộ Tài chính bổ nhiệm ông Trần Minh Tuấn giữ chức Vụ trưởng Vụ Tổ chức cán bộ. => - => Trần Minh Tuấn / Vụ trưởng / Vụ Tổ chức cán bộ Bộ Tài chính => -
            # merge17 003 (Báo Đầu tư 2025): the Politburo is no ministry of the sentence; "Đảng ủy Bộ" is the named ministry's
            Vụ trưởng Vụ Tổ chức cán bộ Nguyễn Đức Tâm công bố quyết định của Bộ Chính trị thành lập Đảng bộ Bộ Tài chính. => - => Nguyễn Đức Tâm / Vụ trưởng / Vụ Tổ chức cán bộ Bộ Tài chính => -
            Ông Nguyễn Văn Thắng, Bộ trưởng Bộ Tài chính, được chỉ định giữ chức Bí thư Đảng ủy Bộ. => - => Nguyễn Văn Thắng / Bộ trưởng / Bộ Tài chính ; Nguyễn Văn Thắng / Bí thư / Đảng ủy Bộ Tài chính => -
            Đại tá Lê Văn Hùng, Bí thư Đảng ủy Bộ đội Biên phòng phát biểu. => - => Lê Văn Hùng / Bí thư / Đảng ủy Bộ đội Biên phòng => -
            Bộ Tài chính và Bộ Công Thương bổ nhiệm ông Trần Minh Tuấn giữ chức Vụ trưởng Vụ Tổ chức cán bộ. => - => Trần Minh Tuấn / Vụ trưởng / Vụ Tổ chức cán bộ => -
            # personnel13 002 (CAND 2024): the ministry a minister's title names; "xã hội" names no commune
            Theo quyết định của Bộ trưởng Bộ Công an, Đại tá Trần Văn Lý được bổ nhiệm giữ chức Phó Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội. => - => Trần Văn Lý / Phó Cục trưởng / Cục Cảnh sát quản lý hành chính về trật tự xã hội Bộ Công an => -
            Dự có ông Ngô Tiến Hùng, Chánh án TAND cấp cao tại Hà Nội. => - => Ngô Tiến Hùng / Chánh án / Tòa án nhân dân cấp cao tại Hà Nội => -
            # court17 004, 008: the Government Inspectorate's deputies listed after their plural title; a standing deputy chief justice
            Cùng dự có các Phó Tổng Thanh tra Chính phủ Trần Ngọc Liêm, Bùi Ngọc Lam. => - => Trần Ngọc Liêm / Phó Tổng Thanh tra / Thanh tra Chính phủ ; Bùi Ngọc Lam / Phó Tổng Thanh tra / Thanh tra Chính phủ => -
            Phó Chánh án thường trực TAND Tối cao Nguyễn Văn Du điều hành phần thảo luận. => - => Nguyễn Văn Du / Phó Chánh án Thường trực / Tòa án nhân dân tối cao => -
            # court17 001, 005 (2025-2026): a province's courts and procuracies of a region, by number and province
            Ông Phạm Văn Thành, nguyên Chánh án TAND thành phố Buôn Ma Thuột, được bổ nhiệm giữ chức Chánh án TAND khu vực 1 - Đắk Lắk. => Đắk Lắk => Phạm Văn Thành / Chánh án / Tòa án nhân dân khu vực 1 - Đắk Lắk => Phạm Văn Thành / Chánh án / Tòa án nhân dân thành phố Buôn Ma Thuột
            Dự có ông Lê Văn Sáu, Viện trưởng VKSND khu vực 3 – An Giang. => - => Lê Văn Sáu / Viện trưởng / Viện Kiểm sát nhân dân khu vực 3 - An Giang => -
            Ông Nguyễn Xuân Lộc được bổ nhiệm giữ chức Phó Viện trưởng VKSND cấp cao tại Đà Nẵng. => Bình Định => Nguyễn Xuân Lộc / Phó Viện trưởng / Viện Kiểm sát nhân dân cấp cao tại Đà Nẵng => -
            Chủ tịch nước bổ nhiệm ông Nguyễn Đức Minh, Vụ trưởng Vụ Đông Bắc Á, Bộ Ngoại giao, làm Đại sứ Đặc mệnh toàn quyền Việt Nam tại Nhật Bản. => - => Nguyễn Đức Minh / Đại sứ / Đại sứ quán Việt Nam tại Nhật Bản => Nguyễn Đức Minh / Vụ trưởng / Vụ Đông Bắc Á Bộ Ngoại giao
            Bà Nguyễn Nguyệt Nga được bổ nhiệm làm Đại sứ tại Cộng hòa Singapore. => - => Nguyễn Nguyệt Nga / Đại sứ / Đại sứ quán Việt Nam tại Cộng hòa Singapore => -
            """)
    void readsPersonnelDecisions(String text, String province, String held, String left) {
        List<Post> ps = posts(text, province);
        assertThat(triples(ps.stream().filter(p -> p.qualifier() != Post.Qualifier.FORMER).toList()))
                .containsExactlyInAnyOrderElementsOf(held == null ? List.of() : List.of(held.split(" ; ")));
        assertThat(triples(ps.stream().filter(p -> p.qualifier() == Post.Qualifier.FORMER).toList()))
                .containsExactlyInAnyOrderElementsOf(left == null ? List.of() : List.of(left.split(" ; ")));
    }

    /**
     * disc16: a post that "thôi giữ chức" ends after the name is left, though the name's own titles or another sentence
     * name it (written short, "Chủ tịch UBND huyện", "Thứ trưởng", or in full).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            Ban Thường vụ Tỉnh ủy đồng ý để ông Lê Văn Bảy, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Ea Kar, thôi giữ chức Chủ tịch UBND huyện theo nguyện vọng cá nhân. => Đắk Lắk => Lê Văn Bảy / Phó Bí thư / Huyện ủy Ea Kar => Lê Văn Bảy / Chủ tịch / Ủy ban nhân dân huyện Ea Kar
            Thủ tướng ký quyết định cho ông Trần Văn Hòa, Thứ trưởng Bộ Công Thương, thôi giữ chức Thứ trưởng để nghỉ hưu trước tuổi. => - => - => Trần Văn Hòa / Thứ trưởng / Bộ Công Thương
            Đồng chí Võ Văn Tâm, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Hòa Thuận có đơn xin nghỉ. Ban Thường vụ Thành ủy thống nhất để đồng chí Võ Văn Tâm thôi giữ chức Chủ tịch UBND phường Hòa Thuận. => Quảng Nam => Võ Văn Tâm / Phó Bí thư / Đảng ủy phường Hòa Thuận => Võ Văn Tâm / Chủ tịch / Ủy ban nhân dân phường Hòa Thuận
            """)
    void leavesThePostALinkAfterTheNameEndsWhereverItIsNamed(String text, String province, String held, String left) {
        readsPersonnelDecisions(text, province, held, left);
    }

    /**
     * gen23t 002 (Báo Đắk Lắk 2018): "phân công" before the name transfers the person when a link after the titles gives
     * the post taken up; with no such link it divides the work and leaves no post.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            Ban Thường vụ Tỉnh ủy công bố quyết định phân công đồng chí Y Khiêm Byă, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lắk giữ chức Trưởng Ban Dân tộc tỉnh. => Đắk Lắk => Y Khiêm Byă / Trưởng Ban / Ban Dân tộc tỉnh Đắk Lắk => Y Khiêm Byă / Phó Bí thư / Huyện ủy Lắk ; Y Khiêm Byă / Chủ tịch / Ủy ban nhân dân huyện Lắk
            UBND tỉnh phân công ông Võ Văn Hùng, Phó Chủ tịch UBND tỉnh, phụ trách lĩnh vực kinh tế. => Đắk Lắk => Võ Văn Hùng / Phó Chủ tịch / Ủy ban nhân dân tỉnh Đắk Lắk => -
            """)
    void transfersByAssignmentOnlyToAPostTakenUp(String text, String province, String held, String left) {
        readsPersonnelDecisions(text, province, held, left);
    }

    /**
     * gen23t 002 (Báo Đắk Lắk 2018): the head's title a decision's "giữ chức" gives without its body, or with the head
     * word alone, is of the body of the deputy's title written with the name, which it leaves.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            UBND tỉnh trao quyết định bổ nhiệm bà H'Zuên Mlô, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch giữ chức Giám đốc Sở. => Đắk Lắk => H'Zuên Mlô / Giám đốc / Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk => H'Zuên Mlô / Phó Giám đốc / Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk
            Tổng cục Thuế trao quyết định bổ nhiệm ông Hồ Văn Hải, Phó Cục trưởng Cục Thuế tỉnh, giữ chức Cục trưởng. => Gia Lai => Hồ Văn Hải / Cục trưởng / Cục Thuế tỉnh Gia Lai => Hồ Văn Hải / Phó Cục trưởng / Cục Thuế tỉnh Gia Lai
            """)
    void givesAHeadsTitleTakenUpAloneTheBodyOfTheDeputysTitle(String text, String province, String held, String left) {
        readsPersonnelDecisions(text, province, held, left);
    }

    /** force15: the party committee of a provincial unit written as a bare "Đảng ủy", and the navy's and the corps' units. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", nullValues = "-", textBlock = """
            Đại tá Nguyễn Văn Long, Phó Bí thư Thường trực Đảng ủy, Chính ủy Bộ Chỉ huy Quân sự tỉnh trình bày báo cáo. => Thanh Hóa => Nguyễn Văn Long / Phó Bí thư Thường trực / Đảng ủy Quân sự tỉnh Thanh Hóa ; Nguyễn Văn Long / Chính ủy / Bộ Chỉ huy Quân sự tỉnh Thanh Hóa => -
            Dự có Đại tá Lê Văn Nam, Phó Bí thư Đảng ủy, Chỉ huy trưởng Bộ CHQS tỉnh Nghệ An. => - => Lê Văn Nam / Phó Bí thư / Đảng ủy Quân sự tỉnh Nghệ An ; Lê Văn Nam / Chỉ huy trưởng / Bộ Chỉ huy Quân sự tỉnh Nghệ An => -
            Dự có Đại tá Trần Văn Hùng, Bí thư Đảng ủy, Giám đốc Công an tỉnh. => Nghệ An => Trần Văn Hùng / Bí thư / Đảng ủy Công an tỉnh Nghệ An ; Trần Văn Hùng / Giám đốc / Công an tỉnh Nghệ An => -
            Phó Đô đốc Trần Thanh Nghiêm, Phó Bí thư Đảng ủy, Tư lệnh Quân chủng Hải quân chủ trì buổi lễ. => - => Trần Thanh Nghiêm / Phó Bí thư / Đảng ủy Quân chủng Hải quân ; Trần Thanh Nghiêm / Tư lệnh / Quân chủng Hải quân => -
            Chuẩn Đô đốc Phạm Văn Chín, Tham mưu trưởng Vùng 2 Hải quân được bổ nhiệm giữ chức Tư lệnh Vùng 2 Hải quân. => - => Phạm Văn Chín / Tư lệnh / Vùng 2 Hải quân => Phạm Văn Chín / Tham mưu trưởng / Vùng 2 Hải quân
            Dự có Trung tướng Nguyễn Văn Hải, Chính ủy Quân đoàn 12 và Thiếu tướng Lê Văn Tuấn, Phó Tư lệnh Quân chủng Phòng không - Không quân. => - => Nguyễn Văn Hải / Chính ủy / Quân đoàn 12 ; Lê Văn Tuấn / Phó Tư lệnh / Quân chủng Phòng không - Không quân => -
            Ông Võ Trọng Hải, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Nghĩa vụ quân sự tỉnh chủ trì hội nghị. => Hà Tĩnh => Võ Trọng Hải / Chủ tịch / Ủy ban nhân dân tỉnh Hà Tĩnh ; Võ Trọng Hải / Chủ tịch / Hội đồng Nghĩa vụ quân sự tỉnh Hà Tĩnh => -
            Thượng tá Trần Văn Hiền, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Cẩm Xuyên chia sẻ kinh nghiệm. => Hà Tĩnh => Trần Văn Hiền / Chỉ huy trưởng / Ban Chỉ huy Quân sự huyện Cẩm Xuyên => -
            Trung tá Nguyễn Minh Khải, Đồn trưởng Đồn Biên phòng Hòn Tre báo cáo tham luận về mô hình tàu thuyền an toàn. => Kiên Giang => Nguyễn Minh Khải / Đồn trưởng / Đồn Biên phòng Hòn Tre => -
            Thiếu tá Y Sang Niê, Đồn trưởng Đồn Biên phòng cửa khẩu quốc tế Bu Prăng cho biết đơn vị quản lý 24,7 km đường biên giới. => Đắk Nông => Y Sang Niê / Đồn trưởng / Đồn Biên phòng cửa khẩu quốc tế Bu Prăng => -
            Thiếu tá Lê Văn Bình, Phó Đồn trưởng Đồn Biên phòng cửa khẩu cảng Cần Thơ dự. => Cần Thơ => Lê Văn Bình / Phó Đồn trưởng / Đồn Biên phòng cửa khẩu cảng Cần Thơ => -
            """)
    void readsTheUnitsOfTheArmedForces(String text, String province, String held, String left) {
        readsPersonnelDecisions(text, province, held, left);
    }

    @Test
    void placesTheBodiesOfACityLeftWithoutTheirPlaceInTheCityTheStoryIsAbout() {
        // local14 (Báo Nghệ An 2016): "Thành ủy" and "UBND thành phố" in a story of thành phố Vinh are Vinh's, not Nghệ An's
        List<Post> ps = posts("Thành ủy Vinh tổng kết công tác năm 2016. Chiều 28/12, Ban Chấp hành Đảng bộ thành phố Vinh "
                + "tổ chức hội nghị. Dự hội nghị có các đồng chí: Trần Ngọc Tú - Phó Bí thư Thường trực Thành ủy; Nguyễn "
                + "Hoàng Việt - Phó Bí thư Thành ủy, Chủ tịch UBND thành phố.", "Nghệ An");
        assertThat(triples(ps)).containsExactlyInAnyOrder("Trần Ngọc Tú / Phó Bí thư Thường trực / Thành ủy Vinh",
                "Nguyễn Hoàng Việt / Phó Bí thư / Thành ủy Vinh",
                "Nguyễn Hoàng Việt / Chủ tịch / Ủy ban nhân dân thành phố Vinh");
    }

    @Test
    void readsALevelWordRunIntoThePlaceName() {
        // local14 (Báo Bình Dương, SGGP): "TX.Thuận An", "TP.Thủ Dầu Một", "Q.Bình Thạnh" with no space after the period
        List<Post> ps = posts("Ông Đặng Minh Hưng, Chủ tịch UBND TX.Thuận An báo cáo. Ông Lê Văn Bình, Chủ tịch UBND "
                + "TP.Thủ Dầu Một dự. Bà Trần Thị Lan, Phó Chủ tịch UBND Q.Bình Thạnh phát biểu. Ông Phạm Văn Năm, Chủ tịch "
                + "UBND TP.HCM dự.", "Bình Dương");
        assertThat(triples(ps)).containsExactlyInAnyOrder("Đặng Minh Hưng / Chủ tịch / Ủy ban nhân dân thị xã Thuận An",
                "Lê Văn Bình / Chủ tịch / Ủy ban nhân dân thành phố Thủ Dầu Một",
                "Trần Thị Lan / Phó Chủ tịch / Ủy ban nhân dân quận Bình Thạnh",
                "Phạm Văn Năm / Chủ tịch / Ủy ban nhân dân Thành phố Hồ Chí Minh");
    }

    @Test
    void dropsAShortMentionOfAPostTheStoryNamesInFull() {
        List<Post> ps = posts("Đồng chí Nguyễn Hòa Bình, Ủy viên Bộ Chính trị, Phó Thủ tướng Thường trực Chính phủ dự và "
                + "trao quyết định. Phát biểu tại hội nghị, Phó Thủ tướng Nguyễn Hòa Bình đề nghị tỉnh sớm ổn định "
                + "tổ chức bộ máy.", "Phú Thọ");
        assertThat(triples(ps)).containsExactlyInAnyOrder("Nguyễn Hòa Bình / Ủy viên / Bộ Chính trị",
                "Nguyễn Hòa Bình / Phó Thủ tướng Thường trực / Chính phủ");
    }

    @Test
    void keepsAShorterPostAnElectionGivesAfterALongerOne() {
        // congress13 003 (Báo Nghệ An 2025): the outgoing Phó Bí thư Thường trực is elected Phó Bí thư of the new term
        List<Post> ps = posts("Đoàn Chủ tịch đại hội gồm các đồng chí: Phan Văn Hòa, Bí thư Đảng ủy xã Hợp Minh; Lô Văn Thắng, "
                + "Phó Bí thư Thường trực Đảng ủy xã Hợp Minh. Các đồng chí Nguyễn Thị Nga và Lô Văn Thắng được bầu giữ "
                + "chức Phó Bí thư Đảng ủy xã Hợp Minh.", "Nghệ An");
        assertThat(triples(ps)).contains("Lô Văn Thắng / Phó Bí thư Thường trực / Đảng ủy xã Hợp Minh",
                "Lô Văn Thắng / Phó Bí thư / Đảng ủy xã Hợp Minh");
    }

    @Test
    void dropsAPostWithoutItsPlaceThatTheStoryNamesInFull() {
        List<Post> ps = posts("Giám đốc Công an Hà Nội Nguyễn Đức Chung được HĐND thành phố bầu làm Chủ tịch UBND, thay "
                + "ông Nguyễn Thế Thảo. Sau đó, các đại biểu bầu Thiếu tướng Nguyễn Đức Chung, Phó Bí thư Thành ủy, Giám "
                + "đốc Công an thành phố, giữ chức Chủ tịch UBND TP Hà Nội nhiệm kỳ 2011-2016.", "Hà Nội");
        assertThat(triples(ps)).contains("Nguyễn Đức Chung / Chủ tịch / Ủy ban nhân dân thành phố Hà Nội")
                .doesNotContain("Nguyễn Đức Chung / Chủ tịch / Ủy ban nhân dân");
    }

    @Test
    void placesABodyOfALevelInTheUnitItsSentenceNames() {
        // the story's lead (its first 400 characters, where the story's own unit is named) names no commune
        List<Post> ps = posts("Sáng 30/6, tại thành phố Việt Trì, Ban Chấp hành Đảng bộ tỉnh Phú Thọ tổ chức hội nghị công bố "
                + "các nghị quyết, quyết định của Trung ương về việc hợp nhất tỉnh Vĩnh Phúc, tỉnh Hòa Bình và tỉnh Phú "
                + "Thọ, thành lập Đảng bộ tỉnh Phú Thọ (mới). Tỉnh Phú Thọ (mới) có dân số hơn 4 triệu người, 148 đơn "
                + "vị hành chính cấp xã, gồm 133 xã và 15 phường; từ ngày 1/7/2025 không còn cấp huyện, các xã, phường "
                + "đồng loạt công bố quyết định về công tác cán bộ.\n\n"
                + "Cùng ngày, Đảng ủy phường Việt Trì công bố quyết định chỉ định đồng chí Nguyễn Văn Khánh giữ "
                + "chức Bí thư Đảng ủy phường; bà Lê Thị Thanh Nga được bầu làm Chủ tịch HĐND phường Việt Trì.", "Phú Thọ");
        assertThat(triples(ps)).containsExactlyInAnyOrder("Nguyễn Văn Khánh / Bí thư / Đảng ủy phường Việt Trì",
                "Lê Thị Thanh Nga / Chủ tịch / Hội đồng nhân dân phường Việt Trì");
    }

    @Test
    void givesACountedGroupTitleBeforeGomToEveryoneListed() {
        List<Post> ps = posts("Theo nghị quyết, 3 phó thủ tướng được phê chuẩn bổ nhiệm gồm: ông Phạm Bình Minh giữ chức phó "
                + "thủ tướng thường trực; ông Lê Minh Khái, bí thư Trung ương Đảng; ông Lê Văn Thành, ủy viên Trung ương Đảng.",
                null);
        assertThat(triples(ps)).extracting(String::toLowerCase).contains(
                "phạm bình minh / phó thủ tướng thường trực / chính phủ", "lê minh khái / phó thủ tướng / chính phủ",
                "lê văn thành / phó thủ tướng / chính phủ").doesNotContain("phạm bình minh / phó thủ tướng / chính phủ");
    }

    @Test
    void carriesRankAndGenderFromAnyMentionToAllPosts() {
        List<Post> ps = posts("Tại Hội nghị, Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an phát biểu. "
                + "Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lương Cường dự. Ông Lương Cường nhấn mạnh.", null);
        assertThat(ps).filteredOn(p -> p.person().equals("Tô Lâm")).extracting(Post::rank).containsOnly("Đại tướng");
        assertThat(ps).filteredOn(p -> p.person().equals("Lương Cường")).extracting(Post::gender)
                .containsOnly(Gender.MALE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Đoàn đã dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Khu di tích.
            Đặc biệt, Tỉnh ủy đã tổ chức Lễ kỷ niệm 60 năm Ngày Bác Hồ về thăm tỉnh Hà Bắc.
            Đảng bộ tỉnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
            Bí thư Tỉnh ủy Thái Nguyên đề nghị các Đảng bộ trực thuộc tiếp tục triển khai.
            Thường trực Ban Bí thư giao ban trực tuyến với Bí thư các Tỉnh ủy, Thành ủy.
            Kiểm tra trang phục giữ ấm cho chiến sĩ. (Ảnh: DUY ĐỨC)
            Đoàn công tác thăm Thái Lan và Hàn Quốc.
            """)
    void findsNoPostWithoutANamedHolder(String sentence) {
        assertThat(posts(sentence, "Bắc Giang")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Huyện ủy Mộc Châu tổ chức hội nghị. Đồng chí Lò Văn Mừng, Bí thư Huyện ủy chủ trì. => Lò Văn Mừng / Bí thư / Huyện ủy Mộc Châu
            Sáng 3/4, huyện Lục Nam tổ chức hội nghị. Chủ tịch UBND huyện Vi Văn Tùng phát biểu. => Vi Văn Tùng / Chủ tịch / Ủy ban nhân dân huyện Lục Nam
            Huyện Lục Nam tổ chức hội nghị. Chủ tịch UBND huyện Lục Nam Vi Văn Tùng dự. Phó Chủ tịch UBND huyện Hà Văn An phát biểu. => Vi Văn Tùng / Chủ tịch / Ủy ban nhân dân huyện Lục Nam ; Hà Văn An / Phó Chủ tịch / Ủy ban nhân dân huyện Lục Nam
            Quận ủy Ba Đình tổng kết năm. Đồng chí Hoàng Minh Dũng Tiến, Bí thư Quận ủy chủ trì. => Hoàng Minh Dũng Tiến / Bí thư / Quận ủy Ba Đình
            Huyện ủy Mộc Châu họp. Ông Lò Văn Mừng, Phó Chủ tịch UBND tỉnh phát biểu. => Lò Văn Mừng / Phó Chủ tịch / Ủy ban nhân dân tỉnh Sơn La
            Đại hội Đảng bộ xã Chiềng Sơn lần thứ I. Ông Lò Văn Tâm, Chủ tịch UBND xã, được bầu giữ chức Phó Bí thư Đảng ủy xã. => Lò Văn Tâm / Chủ tịch / Ủy ban nhân dân xã Chiềng Sơn ; Lò Văn Tâm / Phó Bí thư / Đảng ủy xã Chiềng Sơn
            Thị xã Mộc Châu tổ chức hội nghị. Ông Lò Văn Tâm, Chủ tịch UBND thị xã phát biểu. => Lò Văn Tâm / Chủ tịch / Ủy ban nhân dân thị xã Mộc Châu
            Phường Xuân Hương - Đà Lạt vận hành chính quyền. Ông Đặng Trí Dũng, Bí thư Đảng ủy phường Xuân Hương - Đà Lạt và bà Nguyễn Thị Phượng, Chủ tịch UBND phường dự. => Đặng Trí Dũng / Bí thư / Đảng ủy phường Xuân Hương - Đà Lạt ; Nguyễn Thị Phượng / Chủ tịch / Ủy ban nhân dân phường Xuân Hương - Đà Lạt
            Huyện Lục Nam họp. Các đồng chí: Vi Văn Tùng - Chủ tịch UBND huyện Lục Nam - Nguyễn Văn Bình phát biểu. => Vi Văn Tùng / Chủ tịch / Ủy ban nhân dân huyện Lục Nam
            Quận 1 tổng kết năm. Ông Võ Văn Đức, Chủ tịch UBND quận phát biểu. => Võ Văn Đức / Chủ tịch / Ủy ban nhân dân quận 1
            Tỉnh ủy Sơn La họp. Ông Võ Văn Đức, Chủ tịch UBND Q.1, cho biết. Ông Lê Văn Hòa, Chủ tịch UBND phường 5 dự. => Võ Văn Đức / Chủ tịch / Ủy ban nhân dân quận 1 ; Lê Văn Hòa / Chủ tịch / Ủy ban nhân dân phường 5
            Đại hội Đảng bộ quận 3 lần thứ XII bế mạc. Phó Bí thư Quận ủy là ông Nguyễn Thành Tài. => Nguyễn Thành Tài / Phó Bí thư / Quận ủy quận 3
            Đại hội Đảng bộ xã Hợp Minh lần thứ I. Các đồng chí Nguyễn Thị Nga và Lô Văn Thắng được bầu giữ chức Phó Bí thư Đảng ủy xã. => Nguyễn Thị Nga / Phó Bí thư / Đảng ủy xã Hợp Minh ; Lô Văn Thắng / Phó Bí thư / Đảng ủy xã Hợp Minh
            """)
    void placesAnImplicitDistrictBodyInTheArticlesDistrict(String text, String expected) {
        assertThat(triples(posts(text, "Sơn La"))).containsExactly(expected.split(" ; "));
    }

    /** congress13 probe (Báo Hà Tĩnh 2020): a bloc's committee named by its first words after its full name. */
    @Test
    void namesABlocsCommitteeWrittenShortInFull() {
        String text = "Hôm nay (9/7), Đảng bộ Khối các cơ quan tỉnh Hà Tĩnh tổ chức Đại hội đại biểu lần thứ XII. Ban "
                + "Thường vụ Đảng ủy Khối gồm các đồng chí: Nguyễn Văn Việt, Bí thư Đảng ủy Khối; Nguyễn Hữu Lộc, Chủ nhiệm "
                + "Ủy ban Kiểm tra Đảng ủy Khối.";
        assertThat(triples(posts(text, "Hà Tĩnh"))).contains(
                "Nguyễn Văn Việt / Bí thư / Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh",
                "Nguyễn Hữu Lộc / Chủ nhiệm / Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh Hà Tĩnh");
        // the national bloc, named in full, is no province's; a story that names no bloc leaves the short name
        String central = "Đảng bộ Khối doanh nghiệp Trung ương tổ chức hội nghị. Ông Lê Văn Hòa, Bí thư Đảng ủy Khối phát "
                + "biểu.";
        assertThat(triples(posts(central, "Hà Tĩnh"))).containsExactly(
                "Lê Văn Hòa / Bí thư / Đảng ủy Khối doanh nghiệp Trung ương");
        assertThat(triples(posts("Ông Lê Văn Hòa, Bí thư Đảng ủy Khối phát biểu.", "Hà Tĩnh")))
                .containsExactly("Lê Văn Hòa / Bí thư / Đảng ủy Khối");
    }

    /** party18 014 (Báo Cần Thơ 2016): the bloc's Đảng bộ written short, its Ban Chấp hành joined at a plenum. */
    @Test
    void namesABlocsPartyOrganisationWrittenShortInFull() {
        String text = "Ngày 15-7, Ban Chấp hành Đảng bộ Khối Doanh nghiệp thành phố Cần Thơ khóa II tổ chức Hội nghị lần "
                + "thứ 5. Hội nghị đã bầu bổ sung đồng chí Lê Văn Thanh vào Ban Chấp hành Đảng bộ Khối khóa II.";
        assertThat(triples(posts(text, "Cần Thơ"))).containsExactly(
                "Lê Văn Thanh / Ủy viên / Ban Chấp hành Đảng bộ Khối doanh nghiệp thành phố Cần Thơ");
    }

    /**
     * court17 003, 009: the anti-corruption steering committee written short is the province's, also where a guest's title
     * names the central one in full; the steering committee of an exercise likewise.
     */
    @Test
    void namesTheProvincesSteeringCommitteeWrittenShort() {
        String text = "Chiều 21-7, Ban Chỉ đạo phòng, chống tham nhũng tỉnh tổ chức hội nghị sơ kết. Dự hội nghị có đồng "
                + "chí Trần Đức Thắng, Phó Chánh Văn phòng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng. Ông Bùi Hữu "
                + "Đạt, Chánh Thanh tra tỉnh, Phó Trưởng ban thường trực Ban Chỉ đạo, phát biểu.";
        assertThat(triples(posts(text, "Hải Dương"))).containsExactlyInAnyOrder(
                "Trần Đức Thắng / Phó Chánh Văn phòng / Văn phòng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng",
                "Bùi Hữu Đạt / Chánh Thanh tra / Thanh tra tỉnh Hải Dương",
                "Bùi Hữu Đạt / Phó Trưởng Ban Thường trực / Ban Chỉ đạo phòng, chống tham nhũng tỉnh Hải Dương");
        String exercise = "Ban Chỉ đạo diễn tập khu vực phòng thủ tỉnh Lạng Sơn tổ chức hội nghị. Đồng chí Hoàng Văn "
                + "Nghiệm, Trưởng Ban Chỉ đạo diễn tập chủ trì hội nghị.";
        assertThat(triples(posts(exercise, "Lạng Sơn"))).containsExactly(
                "Hoàng Văn Nghiệm / Trưởng Ban / Ban Chỉ đạo diễn tập khu vực phòng thủ tỉnh Lạng Sơn");
        // figs12 006: a steering committee of the gazetteer named in full, not the short name inside it
        assertThat(triples(posts("Theo ông Trương Cảnh Tuyên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo các Chương trình "
                + "mục tiêu quốc gia tỉnh, tổng nguồn vốn huy động là 5.000 tỷ đồng.", "Hậu Giang"))).containsExactlyInAnyOrder(
                "Trương Cảnh Tuyên / Phó Chủ tịch / Ủy ban nhân dân tỉnh Hậu Giang",
                "Trương Cảnh Tuyên / Trưởng Ban / Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Hậu Giang");
    }

    /** interview20 005: the Government's national steering committees, in Tuổi Trẻ's lower case, are national bodies. */
    @Test
    void namesTheNationalSteeringCommittees() {
        String text = "Chúng tôi đã báo cáo Phó thủ tướng Vương Đình Huệ, trưởng Ban Chỉ đạo trung ương các chương trình mục "
                + "tiêu quốc gia. Ông Nguyễn Văn A, Phó Trưởng Ban Chỉ đạo Tây Nguyên, dự họp.";
        assertThat(triples(posts(text, "Đắk Lắk"))).containsExactlyInAnyOrder(
                "Vương Đình Huệ / Phó Thủ tướng / Chính phủ",
                "Vương Đình Huệ / Trưởng Ban / Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia",
                "Nguyễn Văn A / Phó Trưởng Ban / Ban Chỉ đạo Tây Nguyên");
    }

    @Test
    void keepsTheGenericDistrictCommitteeInAProvincialStory() {
        String text = "Tỉnh ủy Sơn La tổ chức hội nghị. Đồng chí Lò Văn Mừng, Bí thư Huyện ủy phát biểu.";
        assertThat(triples(posts(text, "Sơn La"))).containsExactly("Lò Văn Mừng / Bí thư / Huyện ủy");
    }

    @Test
    void givesADistrictPostTheProvinceOfTheArticlesDistrict() {
        List<Post> found = posts("Huyện ủy Lục Nam, tỉnh Bắc Giang họp. Ông Vi Văn Tùng, Bí thư Huyện ủy Lục Nam "
                + "phát biểu.", "Bắc Giang");
        assertThat(found).extracting(Post::organization, Post::province)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Huyện ủy Lục Nam", "Bắc Giang"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Dự có các Ủy viên Bộ Chính trị: Trần Thanh Mẫn, Chủ tịch Quốc hội; Nguyễn Hòa Bình, Phó Thủ tướng. => Trần Thanh Mẫn / Ủy viên / Bộ Chính trị ; Trần Thanh Mẫn / Chủ tịch / Quốc hội ; Nguyễn Hòa Bình / Ủy viên / Bộ Chính trị ; Nguyễn Hòa Bình / Phó Thủ tướng / Chính phủ
            Cùng dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lại Thế Nguyên, Trưởng Ban Tuyên giáo Tỉnh ủy; Đầu Thanh Tùng, Phó Chủ tịch UBND tỉnh. => Lại Thế Nguyên / Ủy viên / Ban Thường vụ Tỉnh ủy Thanh Hóa ; Lại Thế Nguyên / Trưởng Ban / Ban Tuyên giáo Tỉnh ủy Thanh Hóa ; Đầu Thanh Tùng / Ủy viên / Ban Thường vụ Tỉnh ủy Thanh Hóa ; Đầu Thanh Tùng / Phó Chủ tịch / Ủy ban nhân dân tỉnh Thanh Hóa
            Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn phát biểu. => Trần Văn Sơn / Bộ trưởng / Văn phòng Chính phủ ; Trần Văn Sơn / Chủ nhiệm / Văn phòng Chính phủ
            Cùng đi có Thứ trưởng Phùng Đức Tiến và Phó Bí thư Lê Văn A. => -
            Về nông nghiệp, đại diện Bộ NN&PTNT, Thứ trưởng Phùng Đức Tiến cho biết. => Phùng Đức Tiến / Thứ trưởng / Bộ Nông nghiệp và Phát triển nông thôn
            Dự có Thứ trưởng Nguyễn Văn Hải, Thứ trưởng Bộ Y tế Trần Văn Thuấn và Thứ trưởng Bộ Công an Lê Quốc Hùng. => Trần Văn Thuấn / Thứ trưởng / Bộ Y tế ; Lê Quốc Hùng / Thứ trưởng / Bộ Công an
            Chiều 18/4, Bộ trưởng Xây dựng Phạm Hồng Hà trao quyết định. => Phạm Hồng Hà / Bộ trưởng / Bộ Xây dựng
            Bộ trưởng Công Thương Nguyễn Hồng Diên phát biểu. => Nguyễn Hồng Diên / Bộ trưởng / Bộ Công Thương
            # gen22r 008 (Thanh Niên 2024): a group of ministers whose list names each one's ministry before the name
            Cùng dự có các bộ trưởng: Kế hoạch và Đầu tư Nguyễn Chí Dũng, Giao thông vận tải Nguyễn Văn Thắng; lãnh đạo các bộ, ngành. => Nguyễn Chí Dũng / Bộ trưởng / Bộ Kế hoạch và Đầu tư ; Nguyễn Văn Thắng / Bộ trưởng / Bộ Giao thông vận tải
            Dự có các Thứ trưởng: Tài chính Võ Thành Hưng và Xây dựng Nguyễn Văn Sinh. => Võ Thành Hưng / Thứ trưởng / Bộ Tài chính ; Nguyễn Văn Sinh / Thứ trưởng / Bộ Xây dựng
            Đại tướng Trần Đại Quang, Ủy viên Bộ Chính trị, Bộ trưởng Công an trao quyết định. => Trần Đại Quang / Ủy viên / Bộ Chính trị ; Trần Đại Quang / Bộ trưởng / Bộ Công an
            Thượng tướng, Thứ trưởng Công an Lê Quý Vương nhận quyết định. => Lê Quý Vương / Thứ trưởng / Bộ Công an
            Bí thư Tỉnh ủy nhấn mạnh: Phó Chủ tịch UBND tỉnh Lê Văn An cần chú ý. => Lê Văn An / Phó Chủ tịch / Ủy ban nhân dân tỉnh Thanh Hóa
            # personnel13 003 (QĐND 2016): a deputy's title in the sentence names the region of its head's bare title
            Cùng dự có Trung tướng Đinh Văn Cai, Bí thư Đảng ủy, Chính ủy Quân khu; Thiếu tướng Phạm Văn Dũng, Phó Chính ủy Quân khu 9. => Đinh Văn Cai / Bí thư / Đảng ủy Quân khu 9 ; Đinh Văn Cai / Chính ủy / Quân khu 9 ; Phạm Văn Dũng / Phó Chính ủy / Quân khu 9
            """)
    void attachesGroupTitlesAndRanksButNotTitlesWithoutABody(String text, String expected) {
        List<String> want = expected.equals("-") ? List.of() : List.of(expected.split(" ; "));
        assertThat(triples(posts(text, "Thanh Hóa"))).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void placesABareMinistersTitleInTheMinistryOfTheLead() {
        String text = "Bộ Y tế triển khai công tác năm 2017\n\nSáng 6/1, Bộ Y tế tổ chức hội nghị tổng kết.\n\n"
                + "Tham dự có Thứ trưởng Nguyễn Viết Tiến, Thứ trưởng Bộ Quốc phòng Lê Chiêm. "
                + "Thứ trưởng Nguyễn Viết Tiến báo cáo. Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến kết luận.";
        assertThat(triples(posts(text, null))).containsExactlyInAnyOrder(
                "Lê Chiêm / Thứ trưởng / Bộ Quốc phòng", "Nguyễn Thị Kim Tiến / Bộ trưởng / Bộ Y tế",
                "Nguyễn Viết Tiến / Thứ trưởng / Bộ Y tế");
        // soe16 005 (Báo Công Thương 2013): the lead names the ministry only in its minister's title
        assertThat(triples(posts("Ngày 10/1, Tập đoàn Dệt May Việt Nam tổ chức hội nghị. Bộ trưởng Bộ Công Thương Vũ Huy Hoàng "
                + "đến dự.\n\nCùng dự hội nghị có Thứ trưởng Hồ Thị Kim Thoa.", null))).containsExactlyInAnyOrder(
                "Vũ Huy Hoàng / Bộ trưởng / Bộ Công Thương", "Hồ Thị Kim Thoa / Thứ trưởng / Bộ Công Thương");
        // a lead that names no ministry, or two, leaves the bare title unattached
        assertThat(triples(posts("Tỉnh ủy Sóc Trăng họp.\n\nThứ trưởng Nguyễn Văn A dự.", "Sóc Trăng"))).isEmpty();
        assertThat(triples(posts("Bộ Y tế và Bộ Tài chính ký kết.\n\nThứ trưởng Nguyễn Văn A dự.", null))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Bí thư Thành ủy TP.HCM Nguyễn Văn Nên chủ trì. => Nguyễn Văn Nên / Bí thư / Thành ủy Thành phố Hồ Chí Minh
            Ông Phan Văn Mãi, Phó Bí thư Thành ủy, Chủ tịch UBND TP.HCM phát biểu. => Phan Văn Mãi / Phó Bí thư / Thành ủy Thành phố Hồ Chí Minh ; Phan Văn Mãi / Chủ tịch / Ủy ban nhân dân Thành phố Hồ Chí Minh
            Bí thư Thành ủy Hà Nội Đinh Tiến Dũng chủ trì. => Đinh Tiến Dũng / Bí thư / Thành ủy Hà Nội
            Chiều 8/7, Chủ tịch UBND TP HCM Nguyễn Văn Đạt trao quyết định. => Nguyễn Văn Đạt / Chủ tịch / Ủy ban nhân dân Thành phố Hồ Chí Minh
            Bà Lê Thị Ngọc Mai được bổ nhiệm làm Giám đốc Sở Dân tộc và Tôn giáo TP HCM. => Lê Thị Ngọc Mai / Giám đốc / Sở Dân tộc và Tôn giáo Thành phố Hồ Chí Minh
            """)
    void writesAnAbbreviatedCityInFull(String text, String expected) {
        assertThat(triples(posts(text, "Hồ Chí Minh"))).containsExactly(expected.split(" ; "));
    }

    /** The posts held and the posts left, each "person / role / organization" joined by " ; ", or "-" for none. */
    private static void assertHeldAndLeft(List<Post> ps, String held, String left) {
        assertThat(triples(ps.stream().filter(p -> p.qualifier() != Post.Qualifier.FORMER).toList()))
                .containsExactlyInAnyOrderElementsOf(held.equals("-") ? List.of() : List.of(held.split(" ; ")));
        assertThat(triples(ps.stream().filter(p -> p.qualifier() == Post.Qualifier.FORMER).toList()))
                .containsExactlyInAnyOrderElementsOf(left.equals("-") ? List.of() : List.of(left.split(" ; ")));
    }

    /**
     * A post one person holds at a time, written alone before another name's titles, refers to its holder (long14); a
     * post many hold does where a word of address stands before it (gen21n 010), and only to a holder the story named
     * in an earlier sentence.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Tổng Bí thư Tô Lâm làm việc với tỉnh. Báo cáo với Tổng Bí thư, Bí thư Tỉnh ủy Nguyễn Thành Tâm cho biết. => Tô Lâm / Tổng Bí thư / Ban Chấp hành Trung ương Đảng ; Nguyễn Thành Tâm / Bí thư / Tỉnh ủy Tây Ninh
            Thủ tướng Phạm Minh Chính thăm tỉnh. Phát biểu với Thủ tướng, Chủ tịch UBND tỉnh Trần Văn Lâm cho biết. => Phạm Minh Chính / Thủ tướng / Chính phủ ; Trần Văn Lâm / Chủ tịch / Ủy ban nhân dân tỉnh Tây Ninh
            Tổng Bí thư, Chủ tịch nước Tô Lâm dự hội nghị. => Tô Lâm / Tổng Bí thư / Ban Chấp hành Trung ương Đảng ; Tô Lâm / Chủ tịch nước / Nước Cộng hòa xã hội chủ nghĩa Việt Nam
            Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình làm việc với tỉnh. Báo cáo với Phó Thủ tướng, Chủ tịch UBND tỉnh Phạm Minh Huấn cho biết. => Trương Hòa Bình / Phó Thủ tướng Thường trực / Chính phủ ; Phạm Minh Huấn / Chủ tịch / Ủy ban nhân dân tỉnh Tây Ninh
            Phó Thủ tướng Trương Hòa Bình làm việc với tỉnh. Trao đổi trước Phó Thủ tướng, Bí thư Tỉnh ủy Nguyễn Thành Tâm cho biết. => Trương Hòa Bình / Phó Thủ tướng / Chính phủ ; Nguyễn Thành Tâm / Bí thư / Tỉnh ủy Tây Ninh
            Phó Thủ tướng Trương Hòa Bình dự hội nghị. Cùng dự có Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh. => Trương Hòa Bình / Phó Thủ tướng / Chính phủ ; Phạm Bình Minh / Phó Thủ tướng / Chính phủ ; Phạm Bình Minh / Bộ trưởng / Bộ Ngoại giao
            Phó Thủ tướng Trương Hòa Bình làm việc với Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh. => Trương Hòa Bình / Phó Thủ tướng / Chính phủ ; Phạm Bình Minh / Phó Thủ tướng / Chính phủ ; Phạm Bình Minh / Bộ trưởng / Bộ Ngoại giao
            """)
    void readsASoleTitleBeforeAnotherNameAsItsHolder(String text, String expected) {
        assertThat(triples(posts(text, "Tây Ninh"))).containsExactlyInAnyOrder(expected.split(" ; "));
    }

    /** An appointment after a word of proposal is an aim, no post yet (long14). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Đồng chí Phạm Anh Tuấn, Phó Bí thư Tỉnh ủy, được giới thiệu để bầu giữ chức Chủ tịch UBND tỉnh. => Phạm Anh Tuấn / Phó Bí thư / Tỉnh ủy Gia Lai
            Bà Nguyễn Thị Cúc, Phó Chủ tịch Ủy ban MTTQ tỉnh, được đề cử giữ chức Chủ tịch Ủy ban MTTQ tỉnh. => Nguyễn Thị Cúc / Phó Chủ tịch / Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai
            Đồng chí Phạm Anh Tuấn, Phó Bí thư Tỉnh ủy, được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh. => Phạm Anh Tuấn / Phó Bí thư / Tỉnh ủy Gia Lai ; Phạm Anh Tuấn / Chủ tịch / Ủy ban nhân dân tỉnh Gia Lai
            """)
    void givesNoPostToAProposal(String text, String expected) {
        assertThat(triples(posts(text, "Gia Lai"))).containsExactlyInAnyOrder(expected.split(" ; "));
    }

    /** long14: a body spoken for is no seat in it; a link after its tense; national institutions; a name after a bare city. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Thay mặt Ban Thường vụ Tỉnh ủy, Bí thư Tỉnh ủy Đặng Xuân Phong tiếp thu ý kiến. => Đặng Xuân Phong / Bí thư / Tỉnh ủy Lào Cai
            Đồng chí Nghiêm Xuân Thành, nguyên Bí thư Tỉnh ủy, đã được Bộ Chính trị điều động, phân công làm Thống đốc Ngân hàng Nhà nước Việt Nam. => Nghiêm Xuân Thành / Bí thư / Tỉnh ủy Lào Cai ; Nghiêm Xuân Thành / Thống đốc / Ngân hàng Nhà nước Việt Nam
            Đoàn do đồng chí Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh dẫn đầu. => Nguyễn Xuân Thắng / Ủy viên / Bộ Chính trị ; Nguyễn Xuân Thắng / Giám đốc / Học viện Chính trị quốc gia Hồ Chí Minh
            Dự có Phó Chủ tịch Thường trực HĐND thành phố Phùng Thị Hồng Hà. => Phùng Thị Hồng Hà / Phó Chủ tịch Thường trực / Hội đồng nhân dân thành phố
            """)
    void readsBodiesTensesAndNamesOfLongPages(String text, String expected) {
        assertThat(triples(posts(text, "Lào Cai"))).containsExactlyInAnyOrder(expected.split(" ; "));
    }
}
