package org.w3id.vnkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.w3id.vnkg.facts.Gender;

class PersonNameFinderTest {
    private static final StanfordCoreNLP NLP = VnPipelineFactory.create();

    static List<PersonMention> mentions(String text) {
        CoreDocument doc = new CoreDocument(text);
        NLP.annotate(doc);
        return doc.sentences().stream()
                .flatMap(s -> s.coreMap().get(VnAnnotations.PersonMentionsAnnotation.class).stream()).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Bà Lê Thị Thu Hồng phát biểu.                        | Lê Thị Thu Hồng     | FEMALE  | -
            Ông Lê Ánh Dương cho biết.                           | Lê Ánh Dương        | MALE    | -
            Ông Ông Văn Tư cho biết.                             | Ông Văn Tư          | MALE    | -
            Tại Hội nghị, Đại tướng Tô Lâm nhấn mạnh.            | Tô Lâm              | UNKNOWN | Đại tướng
            Đồng chí Thiếu tướng Nguyễn Văn Long dự.             | Nguyễn Văn Long     | UNKNOWN | Thiếu tướng
            GS. TS. Trần Hồng Thái trình bày.                    | Trần Hồng Thái      | UNKNOWN | -
            Bà H'Hen Niê tham dự.                                | H'Hen Niê           | FEMALE  | -
            Đồng chí Y Thanh Hà Niê Kđăm phát biểu.              | Y Thanh Hà Niê Kđăm | UNKNOWN | -
            Ông Rơ Châm Long phát biểu.                          | Rơ Châm Long        | MALE    | -
            Đồng chí Ksor Phước Hà phát biểu.                    | Ksor Phước Hà       | UNKNOWN | -
            Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn chủ trì.  | Nguyễn Văn Sơn      | UNKNOWN | -
            Bí thư Huyện ủy Lục Nam Nguyễn Văn Bình dự.          | Nguyễn Văn Bình     | UNKNOWN | -
            Phó Chủ tịch Nguyễn Hòa Bình làm việc.               | Nguyễn Hòa Bình     | UNKNOWN | -
            Phát biểu tại hội nghị, Chủ tịch UBND thành phố Lương Nguyễn Minh Triết cho biết. | Lương Nguyễn Minh Triết | UNKNOWN | -
            Cùng chủ trì có các đồng chí: Lương Nguyễn Minh Triết, Phó Bí thư Thường trực Thành ủy. | Lương Nguyễn Minh Triết | UNKNOWN | -
            Bí thư Quận ủy Hải Châu Lương Nguyễn Minh Triết dự.  | Lương Nguyễn Minh Triết | UNKNOWN | -
            Bà Tôn Nữ Thị Ninh phát biểu.                        | Tôn Nữ Thị Ninh     | FEMALE  | -
            Kỳ họp bầu bà Lê Thị Thu.                            | Lê Thị Thu          | FEMALE  | -
            Phó Chủ tịch UBND huyện Trần Lê Quang Huy dự.       | Trần Lê Quang Huy   | UNKNOWN | -
            Giám đốc Sở Nguyễn Phước Hải Trung trình bày.        | Nguyễn Phước Hải Trung | UNKNOWN | -
            Chủ tịch UBND thành phố Vinh Trần Quốc Chung dự.     | Trần Quốc Chung     | UNKNOWN | -
            Bí thư Huyện ủy Kim Sơn Nguyễn Văn Bình dự.          | Nguyễn Văn Bình     | UNKNOWN | -
            Chủ tịch HĐND thành phố Ngô Thị Doãn Thanh chủ trì kỳ họp. | Ngô Thị Doãn Thanh | UNKNOWN | -
            Chủ tịch HĐND thành phố Nguyễn Thị Kim Ngân phát biểu. | Nguyễn Thị Kim Ngân | UNKNOWN | -
            Bí thư Thành ủy Vinh Nguyễn Thị Kim Chi dự.          | Nguyễn Thị Kim Chi  | UNKNOWN | -
            Bí thư Thành ủy Buôn Ma Thuột Hồ Thị Nguyên Thảo dự. | Hồ Thị Nguyên Thảo  | UNKNOWN | -
            Thường trực Nguyễn Văn Bình chủ trì.                 | Nguyễn Văn Bình     | UNKNOWN | -
            Đồng chí Y Giang Gry Niê Knơng phát biểu chỉ đạo.     | Y Giang Gry Niê Knơng | UNKNOWN | -
            Bà Ksor H'Bơ Khăp cho biết các kiến nghị sẽ được tổng hợp. | Ksor H'Bơ Khăp | FEMALE | -
            Già làng A Thương ở làng Đăk Răng chia sẻ kinh nghiệm. | A Thương          | UNKNOWN | -
            Già làng Điểu Lới ở sóc Bù Nom cũng tới dự.          | Điểu Lới            | UNKNOWN | -
            Tham luận, đồng chí Chau Văn Tha cho biết.           | Chau Văn Tha        | UNKNOWN | -
            Đồng chí Néang Sóc Kha nêu kiến nghị.                | Néang Sóc Kha       | UNKNOWN | -
            Bà Neáng Sà Phương cho biết.                         | Neáng Sà Phương     | FEMALE  | -
            Ông Thạch Sóc Ra ở ấp Sóc Ruộng cho biết.            | Thạch Sóc Ra        | MALE    | -
            Ông Chảo Láo Tả, người có uy tín ở thôn Sín Chải, cho biết. | Chảo Láo Tả   | MALE    | -
            Bà con người Hà Nhì trong thôn tin lời bà Lý Thị Mẩy. | Lý Thị Mẩy         | FEMALE  | -
            Hiệu trưởng Trường THPT Lê Quý Đôn Nguyễn Văn An phát biểu. | Nguyễn Văn An | UNKNOWN | -
            Cầu thủ Nguyễn Quang Hải được tặng bằng khen.          | Nguyễn Quang Hải    | UNKNOWN | -
            Trưởng thôn Đồng Tâm Lò Văn Pấng cho biết.            | Lò Văn Pấng         | UNKNOWN | -
            Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Lê Minh Hoan gửi thư. | Lê Minh Hoan | UNKNOWN | -
            Bà Lang Thị Mai, Ủy viên Ban Thường vụ Đảng ủy xã, phát biểu. | Lang Thị Mai | FEMALE | -
            Chị Cầm Thị Phượng, Bí thư Tỉnh Đoàn Sơn La phát biểu. | Cầm Thị Phượng     | FEMALE  | -
            Anh Quàng Văn Đức, Phó Bí thư Tỉnh Đoàn, dự.          | Quàng Văn Đức       | MALE    | -
            Giải nhất thuộc về anh Giàng A Páo (Lào Cai).        | Giàng A Páo         | MALE    | -
            Đoàn do đồng chí Phút-xạ-vẳn Xay-nha-vông, Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Phông-sa-lỳ làm trưởng đoàn. | Phút-xạ-vẳn Xay-nha-vông | UNKNOWN | -
            Đoàn Campuchia do ông Ương Sa Vươn, Huyện trưởng huyện Mimot làm trưởng đoàn. | Ương Sa Vươn | MALE | -
            Ngài Hun Manet, Thủ tướng Vương quốc Campuchia, phát biểu. | Hun Manet | UNKNOWN | -
            Chủ tịch Quốc hội hội kiến Thủ tướng Lào Thongloun Sisoulith. | Thongloun Sisoulith | UNKNOWN | -
            Tổng thống nước Cộng hòa Indonesia Joko Widodo phát biểu. | Joko Widodo | UNKNOWN | -
            Bộ trưởng Bộ Ngoại giao Nhật Bản Kamikawa Yoko phát biểu. | Kamikawa Yoko | UNKNOWN | -
            Ông Park Heong-joon, Thị trưởng thành phố Busan, phát biểu. | Park Heong-joon | MALE | -
            Ông K' Mák, Phó Chủ tịch HĐND tỉnh Lâm Đồng phát biểu. | K' Mák          | MALE    | -
            Ông Giáp Văn Thìn phát biểu tại hội nghị.             | Giáp Văn Thìn       | MALE    | -
            Trả lời cử tri, ông Vì Văn Tiến cho biết.            | Vì Văn Tiến         | MALE    | -
            Cử tri Xa Văn Hùng (xóm Chiềng Sại) đề nghị đầu tư tuyến đường. | Xa Văn Hùng | UNKNOWN | -
            Ông Nguyễn Thiệp, Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao, làm Đại sứ. | Nguyễn Thiệp | MALE | -
            """)
    void findsNameAndKeepsHonorificsApart(String text, String name, Gender gender, String rank) {
        assertThat(mentions(text)).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo(name);
            assertThat(m.gender()).isEqualTo(gender);
            assertThat(m.rank()).isEqualTo(rank);
            assertThat(text.substring(m.begin(), m.end())).isEqualTo(name);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tỉnh ủy Bắc Giang tổ chức hội nghị.
            Đoàn công tác đến tỉnh Hà Giang và tỉnh Lâm Đồng.
            Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
            Ngày Bác Hồ về thăm.
            Kiểm tra trang phục (Ảnh: DUY ĐỨC)
            Hợp tác với Thái Lan và Hàn Quốc.
            Công an huyện Lục Nam ra quân.
            Bộ trưởng Bộ Công Thương phát biểu.
            Báo Hà Giang - Ngày 28/6, Ủy ban MTTQ Việt Nam tỉnh tổ chức đại hội.
            Báo An Giang - Chiều 18/8, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.
            Theo Đài Phát thanh và Truyền hình Lâm Đồng, đại hội đã thành công.
            Đoàn trồng cây xanh dọc đường Chu Văn Thịnh và đường Tô Hiệu.
            Đẩy nhanh các dự án trọng điểm như đường Vành đai phía Tây, cầu Trần Hoàng Na.
            Ông kiến nghị sửa chữa cổng Trường Tiểu học Lê Văn Tám.
            Các đại biểu đến thăm Trường THPT Nguyễn Sinh Cung.
            Thầy đã vận động học sinh trồng cây ở khu di tích Hoàng Hoa Thám.
            Anh làm kinh tế giỏi ở thôn Đồng Tâm, xã Đồng Kỳ.
            Đoàn công tác làm việc với huyện Lang Chánh về sắp xếp đơn vị hành chính.
            Bà con người Hà Nhì, người La Chí trong thôn đã trồng rừng.
            Tuyến đường Y Jút đoạn qua thị trấn Phước An đã được nâng cấp.
            Cử tri ở làng Kép, xã Ia Ka phản ánh đường xuống cấp.
            Đoàn làm việc với Thành ủy Sùng Tả (Trung Quốc).
            Trong hai ngày 22 và 23/7, tại Đồng Hới, Đảng bộ các cơ quan Đảng tỉnh tổ chức đại hội.
            Ngày 15/2 (tức mùng 6 Tết Giáp Thìn), UBND tỉnh tổ chức phiên họp đầu năm.
            Tỉnh đề nghị hỗ trợ đào tạo nhân lực phục vụ dự án Formosa Hà Tĩnh.
            Nhà máy Samsung Bắc Ninh xuất khẩu 20 tỷ USD.
            Đón Xuân Đinh Dậu, tỉnh tặng 5.000 suất quà.
            (Đại Đoàn Kết) - Ngày 10/10, Ủy ban MTTQ Việt Nam tỉnh tổ chức đại hội.
            Thủ tướng đánh giá cao kết quả thu hút đầu tư, nhất là tại Khu kinh tế mở Chu Lai.
            Tỉnh đề nghị mở rộng Khu công nghiệp Đình Vũ và Cảng hàng không Chu Lai.
            Đồng chí tiếp tục được bầu giữ chức Bí thư Đảng ủy phường Chu Văn An.
            Đảng bộ phường Chu Văn An tổ chức Đại hội đại biểu lần thứ I.
            Chủ tịch UBND phường Phan Đình Phùng trình bày báo cáo.
            Bà đề nghị ưu tiên nguồn lực cho các xã đặc biệt khó khăn ở huyện Đam Rông, Lạc Dương.
            Mưa lớn gây thiệt hại nặng ở các huyện Lâm Hà, Đức Trọng và Lạc Dương.
            Ông kiến nghị hỗ trợ bể chứa nước cho các xã khan hiếm nước như Pả Vi, Xín Cái, Sơn Vĩ.
            """)
    void findsNoPersonInPlacesAndBodies(String text) {
        assertThat(mentions(text)).isEmpty();
    }

    /** After a title's body, a comma can open the holder's name: no list of places there. */
    @Test
    void findsTheHolderAfterACommaThatFollowsTheTitlesPlace() {
        assertThat(mentions("Dự có đồng chí Chủ tịch UBND huyện Lâm Hà, Lê Quân.")).extracting(PersonMention::name)
                .containsExactly("Lê Quân");
    }

    /** gen25c 001: only places of a plural level word are its examples, not the people a plural title lists. */
    @Test
    void findsThePeopleAfterAPluralThatIsNoLevelWord() {
        assertThat(mentions("Tham dự có các cán bộ xã như Sơn Văn Hải, Lò Thị Mai.")).extracting(PersonMention::name)
                .containsExactly("Sơn Văn Hải", "Lò Thị Mai");
    }

    /** gen24b 000: a title set off by a comma after its holder ends in its committee's town, though "Hạ" is a family name. */
    @Test
    void findsNoSecondPersonAtTheEndOfATitleAfterItsHolder() {
        assertThat(mentions("Thảo luận tại hội nghị, các đồng chí Bùi Văn Khắng, Bí thư Thành ủy Hạ Long; Phạm Thị Thu Hà, "
                + "Bí thư Huyện ủy Tiên Yên đề nghị bổ sung.")).extracting(PersonMention::name)
                .containsExactly("Bùi Văn Khắng", "Phạm Thị Thu Hà");
        assertThat(mentions("Bí thư Thành ủy Vinh Nguyễn Thị Kim Chi dự.")).extracting(PersonMention::name)
                .containsExactly("Nguyễn Thị Kim Chi");
    }

    @Test
    void resolvesShortReferenceToTheFullNameNamedBefore() {
        String text = "Bí thư Tỉnh ủy Nguyễn Đình Trung dự. Ông Trung khẳng định tỉnh sẽ làm tốt.";
        List<PersonMention> people = mentions(text);
        assertThat(people).extracting(PersonMention::name).containsExactly("Nguyễn Đình Trung", "Nguyễn Đình Trung");
        assertThat(text.substring(people.get(1).begin(), people.get(1).end())).isEqualTo("Trung");
        assertThat(people.get(1).gender()).isEqualTo(Gender.MALE);
    }

    @Test
    void leavesShortReferenceUnresolvedWhenTwoPeopleShareTheName() {
        assertThat(mentions("Ông Nguyễn Văn Hải và ông Trần Thanh Hải dự. Ông Hải phát biểu."))
                .extracting(PersonMention::name).containsExactly("Nguyễn Văn Hải", "Trần Thanh Hải");
        assertThat(mentions("Bà Hồng phát biểu.")).isEmpty();
    }

    @Test
    void findsEveryNameOfAList() {
        assertThat(mentions("Các đồng chí: Hoàng Duy Chinh - Bí thư Tỉnh ủy; Phương Thị Thanh - Phó Bí thư; "
                + "Nguyễn Đăng Bình - Chủ tịch UBND tỉnh chủ trì.")).extracting(PersonMention::name)
                .containsExactly("Hoàng Duy Chinh", "Phương Thị Thanh", "Nguyễn Đăng Bình");
    }

    /** A family name we do not list is vouched for by the list's honorific and the title after the name. */
    @Test
    void findsAListedNameOfAnUnlistedFamilyByTheTitleAfterIt() {
        assertThat(mentions("Dự hội nghị có các đồng chí: Thào Hồng Sơn, Phó Bí thư Tỉnh ủy; Sèn Chỉn Dín, Ủy viên Ban "
                + "Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.")).extracting(PersonMention::name)
                .containsExactly("Thào Hồng Sơn", "Sèn Chỉn Dín");
        assertThat(mentions("Dự hội nghị có các đồng chí: Sèn Chỉn Dín, Trưởng Ban Dân vận Tỉnh ủy; Thào Hồng Sơn, "
                + "Phó Bí thư Tỉnh ủy.")).extracting(PersonMention::name)
                .containsExactly("Sèn Chỉn Dín", "Thào Hồng Sơn");
        // with no honorific before the list, capitalised words before a title are not vouched for
        assertThat(mentions("Tham dự: Ban Tổ Chức, Trưởng Ban Dân vận Tỉnh ủy.")).isEmpty();
    }
}
