package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.VnLexicon;

/**
 * One title of a chain as the text writes it, before the province left implicit is filled in.
 * <pre>
 *   "Chủ tịch UBND tỉnh Bắc Giang" -> Title[role=Chủ tịch, bodies=[Ủy ban nhân dân], unitWord=tỉnh, place=Bắc Giang]
 *   "tân Bí thư Tỉnh ủy"           -> Title[qualifier=NEW, role=Bí thư, bodies=[Tỉnh ủy], place=null]
 * </pre>
 *
 * @param qualifier    tân, nguyên, kiêm, quyền or none
 * @param role         the title as output (Phó Bí thư Thường trực)
 * @param bodies       the bodies from outermost part to the main one (Ban Thường vụ, Tỉnh ủy); empty when
 *                     the text names none
 * @param kind         the kind of the main body, or null when the text names no body
 * @param national     the organization is complete by itself (Bộ Chính trị)
 * @param impliedLevel the main body names its level itself, so the place follows without a level word
 *                     (Tỉnh ủy Bắc Giang)
 * @param provinceLevel the organization belongs to a province, so a province left out can be filled in
 * @param unitWord     the level word before the place as output (tỉnh, huyện, thành phố), or null
 * @param place        the place as written, or null
 * @param province     the place when it is a province, in its canonical spelling, or null
 * @param start        the index of the title's first token in its sentence
 * @param end          the index just past its last token
 */
public record Title(Post.Qualifier qualifier, String role, List<String> bodies, VnLexicon.Body.Kind kind,
                    boolean national,
                    boolean impliedLevel, boolean provinceLevel, String unitWord, String place, String province,
                    int start, int end) {
    /** A unit's name that is a number ("quận 3", "phường 12"). */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,3}");
    private static final GroupWords GROUP_WORDS = GroupWords.load();

    public Title {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(role, "role");
        bodies = List.copyOf(bodies);
    }

    /**
     * This title (which names no body, or only an organ of one) held in the party committee of {@code next}:
     * "Ủy viên, Trưởng Ban Tổ chức Tỉnh ủy Bắc Giang" makes the first title one of Tỉnh ủy Bắc Giang, and
     * "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Bắc Giang" one of Ban Thường vụ Tỉnh ủy Bắc Giang.
     * Null when {@code next} is not in a party committee.
     */
    public Title inCommitteeOf(Title next) {
        if (onlyOrgan() && next.national() && next.hasOrganization() && next.kind() != VnLexicon.Body.Kind.ORGAN) {
            // "Ủy viên Đoàn Chủ tịch, Trưởng Ban Tổ chức Tổng Liên đoàn": the organ of the national body named next
            List<String> organ = new ArrayList<>(bodies);
            organ.add(partyGroupHost(next.bodies().get(next.bodies().size() - 1)));
            return new Title(qualifier, role, organ, next.kind(), true, false, false, null, null, null, start, end);
        }
        if (hasOrganization() && kind != VnLexicon.Body.Kind.ORGAN || next.kind() != VnLexicon.Body.Kind.COMMITTEE) {
            return null;
        }
        List<String> committee = new ArrayList<>(bodies);
        committee.add(next.bodies().get(next.bodies().size() - 1));
        return new Title(qualifier, role, committee, next.kind(), false, next.impliedLevel(), next.provinceLevel(),
                next.unitWord(), next.place(), next.province(), start, end);
    }

    /**
     * The body a party group of this title is set up in, when {@code body} is the next title's: the organisation, not
     * the committee it elects ("Bí thư Đảng đoàn, Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam" is of "Hội
     * Nông dân Việt Nam"; group-words.tsv, uses party-group and elected-committee). Other organs keep {@code body}.
     */
    private String partyGroupHost(String body) {
        if (bodies.size() != 1 || !GROUP_WORDS.is("party-group", bodies.get(0))) {
            return body;
        }
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        String host = body;
        for (String committee : GROUP_WORDS.words("elected-committee")) {
            String rest = lower.startsWith(committee + " ") ? body.substring(committee.length() + 1) : null;
            if (rest != null && rest.indexOf(' ') > 0 && rest.length() < host.length()) {
                host = rest; // the longest committee's name stripped: "Ban Chấp hành Trung ương", not "Ban Chấp hành"
            }
        }
        return host;
    }

    /** This title ending at token {@code newEnd}: its body's short name written after it in brackets is part of it. */
    public Title endingAt(int newEnd) {
        return newEnd == end ? this : new Title(qualifier, role, bodies, kind, national, impliedLevel, provinceLevel,
                unitWord, place, province, start, newEnd);
    }

    /** This title starting at token {@code newStart}: the words that link it to its holder are part of it. */
    public Title startingAt(int newStart) {
        return newStart == start ? this : new Title(qualifier, role, bodies, kind, national, impliedLevel, provinceLevel,
                unitWord, place, province, newStart, end);
    }

    /** This title with another qualifier: a post of a list that "thôi giữ chức" opens is one left. */
    /**
     * This title with {@code organs} written before its bodies: "Ủy viên Ban Thường vụ" of the party committee a title
     * of "Đảng ủy" was found to be held in ("Ủy viên Ban Thường vụ Đảng ủy, Phó Tổng Giám đốc Tổng công ty X").
     */
    public Title withOrgansBefore(List<String> organs) {
        if (organs.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(organs);
        all.addAll(bodies);
        return new Title(qualifier, role, all, kind, national, impliedLevel, provinceLevel, unitWord, place, province,
                start, end);
    }

    /** This title with its last body alone, the organs before it dropped ({@link #withOrgansBefore} puts them back). */
    public Title lastBodyOnly() {
        return bodies.size() <= 1 ? this : new Title(qualifier, role, List.of(bodies.get(bodies.size() - 1)), kind,
                national, impliedLevel, provinceLevel, unitWord, place, province, start, end);
    }

    public Title withQualifier(Post.Qualifier q) {
        return new Title(q, role, bodies, kind, national, impliedLevel, provinceLevel, unitWord, place, province, start,
                end);
    }

    /**
     * This title, which names its body without a place, placed where another title of the chain places the same body:
     * "Ủy viên Ban Thường vụ Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Hòn Đất" is of Đảng ủy xã Hòn Đất. Null when
     * {@code other} names another body or no place, or the same body of a unit of another level ("Tỉnh ủy viên" is
     * of the Ban Chấp hành Đảng bộ tỉnh, not of the huyện's that the chain's "tham gia Ban Chấp hành ... Huyện ủy" names).
     */
    public Title placedAs(Title other) {
        if (!hasOrganization() || national || place != null || other.place() == null || !other.hasOrganization()
                || !mainBody().equalsIgnoreCase(other.mainBody())
                || unitWord != null && other.unitWord() != null && !unitWord.equalsIgnoreCase(other.unitWord())) {
            return null;
        }
        return new Title(qualifier, role, bodies, kind, false, impliedLevel, other.provinceLevel(), other.unitWord(),
                other.place(), other.province(), start, end);
    }

    /**
     * This party committee, written without its place, placed in the unit {@code other} names: "Phó Bí thư Thành ủy,
     * Chủ tịch UBND thành phố Tuy Hòa" is of Thành ủy Tuy Hòa ({@code levelWord} false: the committee names its level
     * itself); the bare "Đảng ủy" of "Phó Bí thư Đảng ủy, Chủ tịch UBND phường" is the ward's, written with the level
     * word ({@code levelWord} true), its place still left out when {@code other} leaves it out. The caller has
     * checked that the committee is of {@code other}'s level.
     */
    public Title placedInUnitOf(Title other, boolean levelWord) {
        if (!hasOrganization() || national || place != null || other.national() || !other.hasOrganization()
                || other.unitWord() == null || !levelWord && other.place() == null) {
            return null;
        }
        return new Title(qualifier, role, bodies, kind, false, !levelWord, levelWord ? false : provinceLevel,
                levelWord ? other.unitWord() : null, other.place(), other.province(), start, end);
    }

    String mainBody() {
        return bodies.get(bodies.size() - 1);
    }

    /**
     * This title (which names only an organ of a party committee or a council) held in the body {@code holder}
     * names: "Trưởng Ban Kinh tế - Ngân sách" after "Trưởng Ban Pháp chế HĐND tỉnh Quảng Nam" in one list is the
     * council's. Null when {@code holder} names no such body.
     */
    public Title inBodyOf(Title holder) {
        if (kind != VnLexicon.Body.Kind.ORGAN || !holder.hasOrganization() || holder.national()
                || holder.kind() != VnLexicon.Body.Kind.COMMITTEE && holder.kind() != VnLexicon.Body.Kind.LOCAL) {
            return null;
        }
        List<String> body = new ArrayList<>(bodies);
        body.add(holder.bodies().get(holder.bodies().size() - 1));
        return new Title(qualifier, role, body, holder.kind(), false, holder.impliedLevel(), holder.provinceLevel(),
                holder.unitWord(), holder.place(), holder.province(), start, end);
    }

    /**
     * This title (which names no body) held in the very body of {@code holder}: "Phó Bí thư" after "Bí thư Tỉnh ủy
     * Quảng Nam" in one list. Null when this title names a body or {@code holder} names none, or only an organ.
     */
    public Title inSameBodyAs(Title holder) {
        if (hasOrganization() || !holder.hasOrganization() || holder.onlyOrgan()) {
            return null;
        }
        return new Title(qualifier, role, holder.bodies(), holder.kind(), holder.national(), holder.impliedLevel(),
                holder.provinceLevel(), holder.unitWord(), holder.place(), holder.province(), start, end);
    }

    /**
     * This title as given to the items of a list written in the sentences after it ("gồm:" then "1. Đồng chí A, ...",
     * "2. Đồng chí B, ..."): it has no tokens there, so it starts and ends at 0 and no link of theirs is read as its.
     */
    public Title carried() {
        return new Title(qualifier, role, bodies, kind, national, impliedLevel, provinceLevel, unitWord, place, province,
                0, 0);
    }

    /** True when the title names only an organ and not the body it belongs to ("Ủy viên Ban Thường vụ"). */
    public boolean onlyOrgan() {
        return kind == VnLexicon.Body.Kind.ORGAN;
    }

    /**
     * This title placed in the article's district when it names a body of that district's level but no place:
     * "Bí thư Huyện ủy" or "Chủ tịch UBND huyện" in a story about huyện Mộc Châu; null otherwise.
     */
    public Title inDistrict(DistrictFinder.District d) {
        String main = d == null || !hasOrganization() ? null : bodies.get(bodies.size() - 1);
        boolean committee = main != null && impliedLevel && main.equalsIgnoreCase(d.committee());
        // a province's city: its "Thành ủy" and its "UBND thành phố" read as of either level, and are the city's here
        boolean city = main != null && d.levelWord().equalsIgnoreCase(unitWord) || committee;
        if (d == null || !hasOrganization() || national || place != null || provinceLevel && !(city && d.city())) {
            return null;
        }
        if (!committee && !d.levelWord().equalsIgnoreCase(unitWord)) {
            return null;
        }
        // "Phó Bí thư Quận ủy" in a story of quận 3 is of the "Quận ủy quận 3": a unit named by its number keeps its level word
        return new Title(qualifier, role, bodies, kind, false, impliedLevel, false, unitWord != null ? unitWord : d.levelWord(),
                d.name(), null, start, end);
    }

    /**
     * This title (which names no body) held in the national body of {@code next}: "Bộ trưởng, Chủ nhiệm Văn phòng
     * Chính phủ" makes the rank "Bộ trưởng" one of Văn phòng Chính phủ. Null when {@code next} names no national body.
     */
    public Title inNationalBodyOf(Title next) {
        if (hasOrganization() || !next.national() || !next.hasOrganization()) {
            return null;
        }
        return new Title(qualifier, role, next.bodies(), next.kind(), true, false, false, null, null, null, start, end);
    }

    /**
     * This title of a party committee named without its unit ("Đảng ủy", of level any in bodies.tsv) held in the
     * party committee of the national unit {@code next} names: "Bí thư Đảng ủy, Chính ủy Quân khu 4" is of Đảng ủy
     * Quân khu 4, as "Bí thư Đảng ủy, Chủ tịch HĐQT Tập đoàn X" is of Đảng ủy Tập đoàn X. Null otherwise.
     */
    public Title inPartyCommitteeOf(Title next, VnLexicon.Body ownBody) {
        if (bodies.size() != 1 || national || place != null || ownBody == null
                || ownBody.kind() != VnLexicon.Body.Kind.COMMITTEE || !"any".equals(ownBody.level())
                || !next.national() || !next.hasOrganization() || next.kind() == VnLexicon.Body.Kind.COMMITTEE) {
            return null;
        }
        List<String> body = new ArrayList<>(bodies);
        body.add(next.bodies().get(next.bodies().size() - 1));
        return new Title(qualifier, role, body, kind, true, false, false, null, null, null, start, end);
    }

    /**
     * This title of a party committee named without its unit ("Đảng ủy") held in the party committee of the provincial
     * branch of a national force {@code next} names: "Bí thư Đảng ủy, Chính ủy BĐBP tỉnh" is of Đảng ủy Bộ đội Biên
     * phòng tỉnh ... ({@code nextBody}: the gazetteer's entry of its body, of level branch). Null otherwise.
     */
    public Title inPartyCommitteeOfBranch(Title next, VnLexicon.Body ownBody, VnLexicon.Body nextBody) {
        if (bodies.size() != 1 || national || place != null || ownBody == null
                || ownBody.kind() != VnLexicon.Body.Kind.COMMITTEE || !"any".equals(ownBody.level()) || next.national()
                || !next.hasOrganization() || nextBody == null || !"branch".equals(nextBody.level())) {
            return null;
        }
        List<String> body = new ArrayList<>(bodies);
        body.addAll(next.bodies());
        return new Title(qualifier, role, body, next.kind(), false, next.impliedLevel(), next.provinceLevel(),
                next.unitWord(), next.place(), next.province(), start, end);
    }

    /**
     * This title of a party committee named without its unit ("Đảng ủy") held in {@code committee}, the party committee
     * of the local unit {@code next} names (bodies.tsv, column committee), placed as that unit is: "Phó Bí thư Thường
     * trực Đảng ủy, Chính ủy Bộ CHQS tỉnh" is of Đảng ủy Quân sự tỉnh ..., "Bí thư Đảng ủy, Giám đốc Công an tỉnh" of
     * Đảng ủy Công an tỉnh .... Null otherwise.
     */
    public Title inPartyCommitteeOfUnit(Title next, VnLexicon.Body ownBody, String committee) {
        if (committee == null || bodies.size() != 1 || national || place != null || ownBody == null
                || ownBody.kind() != VnLexicon.Body.Kind.COMMITTEE || !"any".equals(ownBody.level()) || next.national()
                || next.bodies().size() != 1) {
            return null;
        }
        return new Title(qualifier, role, List.of(committee), next.kind(), false, next.impliedLevel(),
                next.provinceLevel(), next.unitWord(), next.place(), next.province(), start, end);
    }

    /**
     * As {@link #inPartyCommitteeOf} for a department {@code next} heads in its place ({@code department}: departments.tsv):
     * "Bí thư Đảng ủy, Giám đốc Sở Giao thông vận tải" is of Đảng ủy Sở Giao thông vận tải, placed as the Sở is, as
     * "Bí thư Đảng ủy Sở Y tế" written in full is. Null otherwise.
     */
    public Title inPartyCommitteeOfDepartment(Title next, VnLexicon.Body ownBody, boolean department) {
        if (!department || bodies.size() != 1 || national || place != null || ownBody == null
                || ownBody.kind() != VnLexicon.Body.Kind.COMMITTEE || !"any".equals(ownBody.level())
                || next.national() || next.bodies().size() != 1) {
            return null;
        }
        List<String> body = new ArrayList<>(bodies);
        body.add(next.bodies().get(0));
        return new Title(qualifier, role, body, next.kind(), false, next.impliedLevel(), next.provinceLevel(),
                next.unitWord(), next.place(), next.province(), start, end);
    }

    public boolean hasOrganization() {
        return !bodies.isEmpty();
    }

    /** True when a province can and must be supplied: a provincial body whose text names no place. */
    public boolean needsProvince() {
        return hasOrganization() && !national && place == null && provinceLevel;
    }

    /**
     * The organization's full name, with {@code fill} (a province and its level word) used when the text
     * leaves the place out.
     */
    public String organization(String fillProvince, String fillUnitWord) {
        StringBuilder s = new StringBuilder(String.join(" ", bodies));
        if (national) {
            return s.toString();
        }
        String p = place;
        String unit = unitWord;
        if (p == null && fillProvince != null && provinceLevel) {
            p = fillProvince;
            unit = unit == null ? fillUnitWord : unit;
        }
        // "Quận ủy Quận 3": a unit named by its number keeps its level word after its committee; "Đoàn xã" names
        // its level already
        if (unit != null && !(impliedLevel && p != null && !NUMBER.matcher(p).matches())
                && !s.toString().endsWith(" " + unit)) {
            s.append(' ').append(unit);
        }
        if (p != null) {
            s.append(' ').append(p);
        }
        return s.toString();
    }
}
