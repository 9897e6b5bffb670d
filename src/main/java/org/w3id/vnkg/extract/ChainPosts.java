package org.w3id.vnkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import edu.stanford.nlp.ling.CoreLabel;

import org.w3id.vnkg.facts.Post;
import org.w3id.vnkg.nlp.PersonMention;
import org.w3id.vnkg.nlp.TokenTrie;
import org.w3id.vnkg.nlp.TokenWords;
import org.w3id.vnkg.nlp.VnLexicon;
import org.w3id.vnkg.normalize.TextNormalizer;

/**
 * Turns the chain of titles of one named person into posts: each title's body placed (in the chain's province, the
 * article's province, district or commune, the body the sentence names again), appointments and transfers leaving
 * the posts they replace.
 * <pre>
 *   "ông Lê Ánh Dương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bắc Giang"
 *   -> Post[Lê Ánh Dương, MALE, Phó Bí thư, Tỉnh ủy Bắc Giang], Post[Lê Ánh Dương, MALE, Chủ tịch,
 *      Ủy ban nhân dân tỉnh Bắc Giang]  (the chain's province fills the title that leaves it out)
 * </pre>
 * A title with no body at all is kept aside as a {@link BareTitles.Bare}, to be placed once the article is read.
 */
final class ChainPosts {
    static final double CONFIDENCE_FULL = 0.9;
    static final double CONFIDENCE_FILLED = 0.75;
    private static final GroupWords GROUP_WORDS = GroupWords.load();
    private static final ForeignParties PARTIES = ForeignParties.standard();
    private static final ForeignHeads HEADS = ForeignHeads.standard();
    private static final MergedProvinces MERGED = new MergedProvinces();

    private final VnLexicon lex;
    private final Appointments appointments;
    private final Offices offices;
    private final ProvinceFinder provinces = new ProvinceFinder();
    private final DistrictFinder districts = new DistrictFinder();
    private final DistrictFinder communes = DistrictFinder.communes();
    private final ForeignChains foreign;
    private final NamedBodies named;
    private final ImpliedBodies implied;
    private final PartyGroupHosts partyGroups;
    private final DelegationPlace delegations = new DelegationPlace(provinces);
    private final SideBodies sides;

    ChainPosts(VnLexicon lex, TitleParser titles, Offices offices) {
        this.lex = lex;
        this.appointments = new Appointments(lex, titles);
        this.offices = offices;
        this.foreign = new ForeignChains(lex);
        this.named = new NamedBodies(lex);
        this.implied = new ImpliedBodies(lex);
        this.partyGroups = new PartyGroupHosts(lex);
        this.sides = new SideBodies(lex, named);
    }

    /** Whether every body of the title before its last is an organ ("Ban Thường vụ Đảng ủy"), or it has one body. */
    private boolean organsBeforeLast(Title t) {
        for (String b : t.bodies().subList(0, t.bodies().size() - 1)) {
            VnLexicon.Body body = lex.body(b);
            if (body == null || body.kind() != VnLexicon.Body.Kind.ORGAN) {
                return false;
            }
        }
        return true;
    }

    /** Whether a title after the name is given by an appointing link ("... giữ chức Trưởng Ban Dân tộc tỉnh"). */
    private boolean takesUpAfter(List<List<String>> words, List<Title> ts, PersonMention m) {
        for (Title t : ts) {
            if (t.start() >= m.tokenEnd() && appointments.appoints(words, t)) {
                return true;
            }
        }
        return false;
    }

    /** @param words the key words of the sentence's tokens ({@link TokenWords#of}), made once per sentence */
    void add(ArticleContext ctx, Sentence s, List<List<String>> words, PersonMention m, TitleParser.Chain chain,
             Map<String, Post> out, List<BareTitles.Bare> bare, List<Post> sentencePosts) {
        List<Title> ts = chain.titles();
        String country = ts.isEmpty() ? null
                : foreign.countryAfter(s.core().tokens(), words, ts.get(ts.size() - 1).end(), PostExtractor.mentions(s));
        if (country != null) {
            abroad(ctx, s, m, ts, country, out);
            return;
        }
        String party = PARTIES.partyOf(ts);
        if (party != null) {
            ts = PARTIES.ofParty(ts, party); // "Ủy viên Thường vụ Bộ Chính trị, Chánh Văn phòng Trung ương Đảng Cộng sản Trung Quốc"
        }
        List<String> tokenWords = s.core().tokens().stream().map(CoreLabel::word).toList();
        // "Đoàn đại biểu tỉnh Nghệ An do đồng chí A, Bí thư Tỉnh ủy dẫn đầu; cùng đi có đồng chí B, Phó Chủ tịch UBND
        // tỉnh" in a story of Hà Tĩnh: Nghệ An's Bí thư and Phó Chủ tịch
        String delegation = delegations.of(s.core().tokens(), PostExtractor.mentions(s), m);
        // "Về phía Agribank có ông A, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên": the side's Đảng ủy and organs
        String side = sides.of(s.core().tokens(), words, m.mentionBegin());
        boolean transfer = !ts.isEmpty() && ts.get(0).start() >= m.tokenEnd()
                && (appointments.transferred(tokenWords, words, m)
                        || appointments.assigned(tokenWords, words, m) && takesUpAfter(words, ts, m));
        // "phê chuẩn bổ nhiệm ông A, Tổng Kiểm toán Nhà nước, giữ chức Bộ trưởng": the post given ends the one held
        boolean appointedByVerb = !ts.isEmpty() && ts.get(0).start() >= m.tokenEnd()
                && appointments.appointedInList(tokenWords, words, PostExtractor.mentions(s), m);
        int transferredAt = 0; // the titles before it are the posts a transfer after the name leaves
        for (int i = 0; i < ts.size(); i++) {
            int from = i > 0 ? ts.get(i - 1).end() : ts.get(i).start();
            if (ts.get(i).start() >= m.tokenEnd() && appointments.transfersBy(words, ts.get(i), from)) {
                transferredAt = i; // "ông A, Phó Chủ tịch UBND xã B, được điều động, chỉ định giữ chức ..."
                break;
            }
        }
        // "cho ông A, Giám đốc Sở Y tế, nghỉ hưu": the titles written with the name are all left
        boolean retires = appointments.leavesAll(s.core().tokens(), words, titlesEnd(m, chain));
        List<Post> made = new ArrayList<>(ts.size());
        List<Boolean> appointed = new ArrayList<>(ts.size());
        List<List<String>> bodies = new ArrayList<>(ts.size()); // each post's bodies without their place
        List<Title> placed = new ArrayList<>(ts.size()); // each post's title as placed, null for a body filled in
        List<Boolean> moved = new ArrayList<>(ts.size()); // a title a transfer moves the person from
        List<Boolean> ended = new ArrayList<>(ts.size()); // a title a link after the name ends ("thôi giữ chức")
        boolean takenUp = false; // a title after the link of a post taken up, in the same chain
        for (int i = 0; i < ts.size(); i++) {
            Title t = ts.get(i);
            // "bầu ông A, Phó Chủ nhiệm Văn phòng Quốc hội, giữ chức Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc
            // hội": the titles the link's title leads are taken up with it
            boolean appoints = appointments.appoints(words, t) || takenUp;
            takenUp |= appoints && t.start() >= m.tokenEnd();
            // "Phó Chủ tịch kiêm Bí thư Tỉnh Đoàn": the title after "kiêm" is another post, in another body
            if ((!t.hasOrganization() || t.onlyOrgan()) && i + 1 < ts.size()
                    && ts.get(i + 1).qualifier() != Post.Qualifier.CONCURRENT) {
                Title held = offices.rankOf(t, ts.get(i + 1))
                        ? t.inNationalBodyOf(ts.get(i + 1)) : t.inCommitteeOf(ts.get(i + 1));
                t = held == null ? t : held;
            } else if (i + 1 < ts.size() && !t.bodies().isEmpty() && organsBeforeLast(t)) {
                Title next = ts.get(i + 1);
                // "Ủy viên Ban Thường vụ Đảng ủy, Phó Tổng Giám đốc Tổng công ty X": the organs before the committee
                // are set back before the committee found
                List<String> organs = t.bodies().subList(0, t.bodies().size() - 1);
                Title core = t.lastBodyOnly();
                VnLexicon.Body own = lex.body(core.bodies().get(0));
                Title held = core.inPartyCommitteeOf(next, own);
                if (held == null && next.hasOrganization()) {
                    // "Bí thư Đảng ủy, Giám đốc Sở Giao thông vận tải": the party committee of the department
                    held = core.inPartyCommitteeOfDepartment(next, own, lex.isDepartment(next.bodies().get(0)));
                }
                if (held == null && next.hasOrganization()) {
                    held = core.inPartyCommitteeOfBranch(next, own, lex.body(next.mainBody())); // "Chính ủy BĐBP tỉnh"
                }
                if (held == null && next.hasOrganization()) {
                    // "Phó Bí thư Đảng ủy, Chỉ huy trưởng Bộ CHQS tỉnh": Đảng ủy Quân sự tỉnh
                    held = core.inPartyCommitteeOfUnit(next, own, lex.partyCommitteeOfUnit(next.mainBody()));
                }
                t = held == null ? t : held.withOrgansBefore(organs);
            }
            boolean organ = t.onlyOrgan() && t.bodies().size() == 1 && named.isOrgan(t.bodies().get(0));
            if (organ && side == null) {
                continue; // "giữ chức Chủ tịch Hội đồng quản trị" alone names no body
            }
            t = placedByChain(t, ts, i);
            // a title without its body takes the body named again in the sentence, else its head's
            Post filled = t.hasOrganization() ? null : namedAgain(s.core().tokens(), t, made, sentencePosts);
            if (filled == null && !t.hasOrganization()) {
                filled = headOf(t, sentencePosts);
            }
            if (filled == null && !t.hasOrganization()) {
                filled = refinedOwn(t, m, sentencePosts);
            }
            if (filled == null && !t.hasOrganization() && (t.qualifier() == Post.Qualifier.NEW
                    || appoints && t.start() >= m.tokenEnd() && (appointedByVerb || transfer))) {
                // not after a bare "làm": "do ông A, Phó Bí thư Tỉnh ủy, làm Bí thư"; but after "giữ chức" when a verb
                // of the decision before the name appoints: "bổ nhiệm bà A, Phó Giám đốc Sở X, giữ chức Giám đốc Sở"
                filled = promotedFrom(t, made);
            }
            if (filled == null && side != null && (organ || !t.hasOrganization() && headsSide(t, side))) {
                // "Chủ tịch Hội đồng thành viên" with no company after it is read as a title and its organ
                TokenTrie.Match<String> organAfter = organ ? null : named.organAt(words, t.end(), words.size());
                String org = organ ? t.bodies().get(0) + " " + side
                        : organAfter != null ? organAfter.value() + " " + side : side;
                filled = new Post(m.name(), m.gender(), m.rank(), t.role(), org, null, t.qualifier(), ctx.eventDate(),
                        CONFIDENCE_FILLED, ctx.evidence(s));
            }
            // the post before it in the chain, else the last the titles before the name gave: "Bộ trưởng Bộ Giao thông
            // vận tải Nguyễn Văn Thể, Bí thư Ban cán sự đảng"
            Post before = made.isEmpty() ? PartyGroupHosts.lastOf(sentencePosts, m.name()) : made.get(made.size() - 1);
            String group = partyGroups.hostOf(t, before, placed.isEmpty() ? null : placed.get(placed.size() - 1));
            if (group != null) {
                // "Bộ trưởng Nguyễn Văn Thể, Bí thư Ban cán sự đảng": the party group of the ministry before it
                filled = new Post(m.name(), m.gender(), m.rank(), t.role(), group, before.province(), t.qualifier(),
                        ctx.eventDate(), CONFIDENCE_FILLED, ctx.evidence(s));
            }
            if (filled != null) {
                made.add(new Post(m.name(), m.gender(), m.rank(), t.role(), filled.organization(), filled.province(),
                        t.qualifier(), ctx.eventDate(), CONFIDENCE_FILLED, ctx.evidence(s)));
                appointed.add(appoints);
                bodies.add(List.of());
                placed.add(null);
                moved.add(false);
                ended.add(endedAfterName(words, m, t));
                continue;
            }
            if (!t.hasOrganization() && endedAfterName(words, m, t) && endsNamedPost(made, ended, t)) {
                continue; // "ông A, Thứ trưởng Bộ Công Thương, thôi giữ chức Thứ trưởng để nghỉ hưu"
            }
            if (!t.hasOrganization()) {
                VnLexicon.Role role = lex.role(t.role());
                if (role != null && role.bodyWord() != null) {
                    // "Phó Tư lệnh, Tham mưu trưởng Quân khu được bổ nhiệm giữ chức Tư lệnh Quân khu 7": a title that
                    // an appointment later in the chain follows may be left for the new post (BareTitles decides)
                    boolean appointedAfter = false;
                    for (int k = i + 1; k < ts.size(); k++) {
                        appointedAfter |= appointments.appoints(words, ts.get(k));
                    }
                    bare.add(new BareTitles.Bare(s, m, t, role.bodyWord(), appointedAfter));
                }
                continue;
            }
            String fill = null;
            String unit = null;
            double confidence = CONFIDENCE_FULL;
            Title local = delegation != null ? null : t.inDistrict(ctx.district());
            if (local == null && delegation == null) {
                local = t.inDistrict(ctx.commune()); // "Chủ tịch UBND xã" in a story about xã Ia Hrung
            }
            if (local == null && delegation == null && t.hasOrganization() && !t.national() && t.place() == null) {
                // "Đảng ủy phường Việt Trì công bố quyết định chỉ định đồng chí A giữ chức Bí thư Đảng ủy phường":
                // the unit the sentence itself names at that level
                local = t.inDistrict(districts.mainDistrict(s.text()));
                if (local == null) {
                    local = t.inDistrict(communes.mainDistrict(s.text()));
                }
                Sentence previous = sentenceBefore(ctx, s);
                if (local == null && previous != null) {
                    // "Chiều 13/5, đoàn làm việc với Đảng ủy xã Chiềng Sơn. Làm việc với đoàn có đồng chí A, Bí thư Đảng
                    // ủy xã ...": the unit the sentence before, in the same paragraph, names (gen24b 008)
                    local = t.inDistrict(districts.mainDistrict(previous.text()));
                    if (local == null) {
                        local = t.inDistrict(communes.mainDistrict(previous.text()));
                    }
                }
            }
            boolean ownDistrict = local != null
                    || ctx.district() != null && ctx.district().name().equalsIgnoreCase(t.place())
                    || ctx.commune() != null && ctx.commune().name().equalsIgnoreCase(t.place());
            if (local != null) {
                t = local;
                confidence = CONFIDENCE_FILLED;
            }
            if (t.needsProvince()) {
                fill = chainProvince(ts, i);
                if (fill == null && delegation != null) {
                    fill = delegation;
                    confidence = CONFIDENCE_FILLED;
                }
                if (fill == null && ctx.province() != null) {
                    // a story of 2026 that remembers a leader of Phú Yên, merged into Đắk Lắk in 2025, names the old
                    // province most: the bodies of those who hold posts now are of the province that exists now
                    fill = t.qualifier() == Post.Qualifier.FORMER ? ctx.province() : MERGED.on(ctx.province(), ctx.eventDate());
                    confidence = CONFIDENCE_FILLED;
                }
                VnLexicon.Province p = lex.province(fill);
                unit = p == null ? "tỉnh" : p.unitWord();
                String level = t.unitWord() != null ? t.unitWord() : levelWordOf(t);
                if (level != null && !level.equals(unit)) {
                    // "UBND thành phố" in a provincial article is a city's, not the province's; "Bí thư Tỉnh ủy,
                    // Trưởng Đoàn ĐBQH tỉnh" in a story about TP.HCM is of the one tỉnh its sentence names: "Tại
                    // điểm cầu tỉnh Bình Dương có đồng chí A, Bí thư Tỉnh ủy"
                    fill = provinceOfLevel(s.text(), level);
                    unit = level;
                }
            }
            String org = written(t.organization(fill, unit), t.place() != null ? t.place() : fill);
            if (side != null && fill == null && t.place() == null && isOpenCommittee(t, org)) {
                org = org + " " + side; // "Bí thư Đảng ủy" on the side of a ministry or a group: its Đảng ủy
                confidence = CONFIDENCE_FILLED;
            }
            if (t.place() == null && fill == null && named.needsMinistry(org)) {
                // "Vụ trưởng Vụ Tổ chức cán bộ" in a story of Bộ Tài chính: of the one ministry the sentence, else the lead,
                // names; of none where it names none or two
                String ministry = implied.ministryOf(ctx, s);
                if (ministry != null) {
                    org = NamedBodies.ofMinistry(org, ministry);
                }
            }
            String province = t.province() != null ? t.province() : fill;
            if (province == null && ownDistrict) {
                province = ctx.province(); // "Huyện ủy Lục Nam" in a story about huyện Lục Nam, tỉnh Bắc Giang
            }
            if (lex.province(province) == null) {
                province = null; // "Tỉnh ủy Phông-sa-lỳ": a province of Laos is no jurisdiction of ours
            }
            moved.add((transfer || i < transferredAt) && !appoints);
            Post.Qualifier q = (transfer || i < transferredAt) && !appoints && appointments.leftByTransfer(t.role(), org)
                    || retires && !appoints || termEnded(ctx, s, t, appoints)
                    || openingSpanEnded(ctx, s, m, t) ? Post.Qualifier.FORMER : t.qualifier();
            made.add(new Post(m.name(), m.gender(), m.rank(), t.role(), org, t.national() ? null : province,
                    q, ctx.eventDate(), confidence, ctx.evidence(s)));
            appointed.add(appoints);
            bodies.add(t.bodies());
            placed.add(t);
            ended.add(endedAfterName(words, m, t));
        }
        for (int i = 0; i + 1 < made.size(); i++) {
            // "Phó Bí thư Tỉnh ủy, Bí thư Ban cán sự đảng, Chủ tịch UBND tỉnh": the post after it hosts the party group
            String group = partyGroups.hostAfter(made.get(i), made.get(i + 1));
            if (group != null) {
                Post g = made.get(i);
                Post next = made.get(i + 1);
                made.set(i, new Post(g.person(), g.gender(), g.rank(), g.role(), group, next.province(), g.qualifier(),
                        g.asOf(), CONFIDENCE_FILLED, g.evidence()));
            }
        }
        for (int i = 0; i < made.size(); i++) {
            Post p = made.get(i);
            for (int k = i + 1; k < made.size(); k++) {
                boolean sameKind = !bodies.get(i).isEmpty() && bodies.get(i).equals(bodies.get(k))
                        && !lex.isMembership(p.role());
                // "Giám đốc Sở Tài chính, giữ chức Phó Chủ tịch UBND tỉnh": the department's head now directs it
                // ("bầu bổ sung bà A, Giám đốc Sở Tài chính, giữ chức Ủy viên UBND tỉnh": a seat in the body is what
                // each head of its departments holds, no post above the department)
                boolean department = !bodies.get(i).isEmpty() && !bodies.get(k).isEmpty()
                        && !lex.isMembership(made.get(k).role())
                        && lex.isDepartmentOf(bodies.get(i).get(bodies.get(i).size() - 1),
                                bodies.get(k).get(bodies.get(k).size() - 1));
                // two posts taken up together leave none of each other ("giữ chức Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")
                if (appointed.get(k) && !appointed.get(i) && (sameKind || department
                        || made.get(k).organization().equalsIgnoreCase(p.organization()))) {
                    // "Phó Giám đốc Sở Tài chính, giữ chức Giám đốc Sở Tài chính"; "Phó Giám đốc Công an tỉnh Nghệ An,
                    // giữ chức Giám đốc Công an tỉnh Hà Tĩnh": the same body elsewhere is left too
                    p = p.left();
                } else if (appointed.get(k) && !appointed.get(i) && placed.get(i) != null && placed.get(k) != null
                        && (appointedByVerb || made.get(k).qualifier() == Post.Qualifier.NEW)
                        && appointments.displaces(placed.get(k), made.get(k), placed.get(i), p)) {
                    p = p.left();
                } else if (appointed.get(k) && moved.get(i) && !former(p) && lex.isMembership(p.role())
                        && !lex.isMembershipBody(p.organization()) && otherUnit(made.get(k), p)) {
                    // "điều động ông A, Ủy viên Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương, ... giữ chức Phó
                    // Bí thư Tỉnh ủy Điện Biên": a seat in the committee of the unit left goes with it
                    p = p.left();
                }
            }
            String key = TextNormalizer.key(p.person() + "|" + p.role() + "|" + p.organization());
            if (ended.get(i) && former(p)) {
                // "ông A, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện B, thôi giữ chức Chủ tịch UBND huyện", "Ban Thường vụ
                // thống nhất để đồng chí C thôi giữ chức Chủ tịch UBND phường": the post is left wherever it is named
                out.put(key, p);
                continue;
            }
            Post had = out.putIfAbsent(key, p);
            if (had != null && former(had) && !former(p) && had.evidence().equals(p.evidence())) {
                // "bà A, nguyên Phó Bí thư Thường trực Tỉnh ủy Tuyên Quang (cũ), giữ chức Phó Bí thư Thường trực Tỉnh
                // ủy": the post of the merged province has the old one's name, and the sentence gives it anew
                out.put(key, p);
            }
            if (!former(p)) {
                sentencePosts.add(p);
            }
        }
    }

    /**
     * Whether the title's term or span, written right after it, ended in a year before the story's: "ông A, Bí thư
     * Huyện ủy Sìn Hồ từ tháng 3/2016 đến tháng 10/2020" or "Chủ tịch UBND huyện giai đoạn 2011-2016" in a story of
     * 2026. Memberships are left alone, as a transfer leaves them, and so is a post taken up ("bầu ông A giữ chức Chủ
     * tịch UBND tỉnh nhiệm kỳ 2016-2021": the story is of that term, whatever day a test gives it).
     */
    private boolean termEnded(ArticleContext ctx, Sentence s, Title t, boolean appoints) {
        if (ctx.eventDate() == null || t.qualifier() != Post.Qualifier.NONE || lex.isMembership(t.role())
                || t.end() <= t.start()) { // a title carried to a list's items has no tokens of its own
            return false;
        }
        // "giữ chức Bí thư Huyện ủy từ tháng 3/2016 đến tháng 10/2020": a span closes even a post a link gives
        Integer end = TitleParser.spanEndYear(s.core().tokens(), t.end());
        if (end == null && !appoints) {
            end = TitleParser.termEndYear(s.core().tokens(), t.end());
        }
        return end != null && end < ctx.eventDate().year();
    }

    /**
     * Whether the span or term that opens the sentence, before the person's clause, ended in a year before the story's:
     * "Từ tháng 8/2010 đến tháng 12/2015, ông A là Giám đốc Sở Nông nghiệp" in a story of 2024 tells a post of then,
     * memberships included; "Từ tháng 11/2020 đến nay, ..." does not.
     */
    private static boolean openingSpanEnded(ArticleContext ctx, Sentence s, PersonMention m, Title t) {
        if (ctx.eventDate() == null || t.qualifier() != Post.Qualifier.NONE) {
            return false;
        }
        Integer end = TitleParser.openingSpanEndYear(s.core().tokens(), m.mentionBegin());
        return end != null && end < ctx.eventDate().year();
    }

    /**
     * Where the person's name and titles end: after the chain written after the name, else after the name; the
     * chains of a group or a list ({@link Title#carried}) end elsewhere, so -1 for them.
     */
    private static int titlesEnd(PersonMention m, TitleParser.Chain chain) {
        List<Title> ts = chain.titles();
        if (!ts.isEmpty() && ts.get(0).start() >= m.tokenEnd() && chain.end() > m.tokenEnd()) {
            return chain.end();
        }
        return chain.end() == m.mentionBegin() ? m.tokenEnd() : -1;
    }

    /**
     * The posts of a foreign guest ("ông Vương Nghị, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Ngoại giao Trung Quốc"): each
     * title with a body is of that body of the country, never of the Vietnamese body of the same name, nor placed in
     * the story's province; a title without one is left out.
     */
    private void abroad(ArticleContext ctx, Sentence s, PersonMention m, List<Title> ts, String country,
                        Map<String, Post> out) {
        for (Title t : ts) {
            // "Thủ tướng nước Cộng hòa Dân chủ Nhân dân Lào": a head of state or government holds the country's own
            // body, not the Vietnamese one the title written alone stands for (roles.tsv default_org)
            VnLexicon.Role role = lex.role(t.role());
            boolean alone = !t.hasOrganization()
                    || role != null && t.organization(null, null).equals(role.defaultOrg());
            String own = alone ? HEADS.bodyOf(t.role()) : t.organization(null, null);
            if (own == null || former(t)) {
                continue;
            }
            String party = PARTIES.rulingParty(country);
            String ofParty = party == null ? null : PARTIES.bodyOf(own, party);
            // "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Ngoại giao Trung Quốc": the Politburo of the country's ruling party
            String org = PARTIES.namedIn(own) != null ? own : ofParty != null ? ofParty
                    : own + " " + (HEADS.formal(own) ? lex.formalName(country) : country);
            Post p = new Post(m.name(), m.gender(), m.rank(), t.role(), org, null, t.qualifier(), ctx.eventDate(),
                    CONFIDENCE_FILLED, ctx.evidence(s));
            out.putIfAbsent(TextNormalizer.key(p.person() + "|" + p.role() + "|" + p.organization()), p);
        }
    }

    /**
     * The body a title names again by its first word and "này": "Ông A, Phó Giám đốc Sở Nông nghiệp và Môi trường, được
     * bổ nhiệm làm Giám đốc sở này" is Giám đốc of that Sở; the latest post of the sentence whose body starts with the
     * word. Null for a title not followed so.
     */
    private static Post namedAgain(List<CoreLabel> tokens, Title t, List<Post> made, List<Post> sentencePosts) {
        int at = t.end();
        if (at + 1 >= tokens.size() || !GROUP_WORDS.is("this", tokens.get(at + 1).word())) {
            return null;
        }
        String word = tokens.get(at).word();
        for (List<Post> posts : List.of(made, sentencePosts)) {
            for (int k = posts.size() - 1; k >= 0; k--) {
                String org = posts.get(k).organization();
                if (org.regionMatches(true, 0, word + " ", 0, word.length() + 1)) {
                    return posts.get(k);
                }
            }
        }
        return null;
    }

    /**
     * The post of the sentence whose body a deputy's title written alone shares: "bầu bà A giữ chức Chủ tịch Ủy ban
     * MTTQ Việt Nam tỉnh; các ông B, C giữ chức Phó Chủ tịch" (the head's title "Chủ tịch", or a longer deputy's
     * title "Phó Chủ tịch Thường trực", named last before it). Null for other titles or when no such post precedes.
     */
    private static Post headOf(Title t, List<Post> sentencePosts) {
        int space = t.role().indexOf(' ');
        if (space < 0 || !GROUP_WORDS.is("deputy", t.role().substring(0, space))) {
            return null;
        }
        String headRole = t.role().substring(space + 1);
        for (int k = sentencePosts.size() - 1; k >= 0; k--) {
            Post p = sentencePosts.get(k);
            if (p.qualifier() == Post.Qualifier.CONCURRENT) {
                continue; // "Trần Thị Hoa, Phó Chủ tịch kiêm Chủ tịch Hội LHPN tỉnh; Lưu Quang Minh, Phó Chủ tịch"
            }
            if (p.role().equalsIgnoreCase(headRole) || Offices.startsWithWords(p.role(), t.role())) {
                return p;
            }
        }
        return null;
    }

    /**
     * The person's own post whose title a longer title written alone refines: "Ông A và ông B, chủ tịch UBND tỉnh, được
     * bầu làm phó bí thư Tỉnh ủy. Trong đó ông A là phó bí thư thường trực." is Phó Bí thư Thường trực of the Tỉnh ủy
     * (gen24a 003). Null when the person holds no such post among {@code known}.
     */
    private static Post refinedOwn(Title t, PersonMention m, List<Post> known) {
        for (int k = known.size() - 1; k >= 0; k--) {
            Post p = known.get(k);
            if (p.person().equals(m.name()) && p.qualifier() != Post.Qualifier.FORMER
                    && Offices.startsWithWords(t.role(), p.role())) {
                return p;
            }
        }
        return null;
    }

    /**
     * The post of the chain whose deputy's title a head's title written alone is appointed over: "ông A, Phó Cục trưởng
     * Cục Hải quan, được Bộ trưởng bổ nhiệm làm Cục trưởng" (a promotion in the same body, which the deputy's post then
     * leaves). Null when no title of the chain before it is that head's deputy. Only for a title a link of appointment
     * introduces: "Ban cán sự đảng do ông A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm Bí thư" names another body's post.
     */
    private static Post promotedFrom(Title t, List<Post> made) {
        for (int k = made.size() - 1; k >= 0; k--) {
            String role = made.get(k).role();
            int space = role.indexOf(' ');
            if (space > 0 && GROUP_WORDS.is("deputy", role.substring(0, space))
                    && role.substring(space + 1).equalsIgnoreCase(t.role())) {
                return made.get(k);
            }
        }
        return null;
    }

    /** The title placed where another title of its chain places the same body ({@link Title#placedAs}), or as it is. */
    private Title placedByChain(Title t, List<Title> ts, int i) {
        for (int k = 0; k < ts.size(); k++) {
            Title placed = k == i || former(ts.get(k)) ? null : t.placedAs(ts.get(k));
            if (placed != null) {
                return placed;
            }
        }
        for (int k = 0; k < ts.size(); k++) {
            Title placed = k == i || former(ts.get(k)) ? null : placedInUnit(t, ts.get(k));
            if (placed != null) {
                return placed;
            }
        }
        return t;
    }

    /**
     * A party committee written without its place, in the unit another title of the chain names at its level:
     * "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Yên Thế" (Huyện ủy Yên Thế, whatever district the story is about),
     * "Phó Bí thư Đảng ủy, Chủ tịch UBND phường" (the ward's Đảng ủy). Null when {@code other} names no such unit.
     */
    private Title placedInUnit(Title t, Title other) {
        if (!t.hasOrganization() || other.unitWord() == null) {
            return null;
        }
        String committee = t.mainBody();
        VnLexicon.Body body = lex.body(committee);
        if (body == null || body.kind() != VnLexicon.Body.Kind.COMMITTEE) {
            return null;
        }
        if (committee.equalsIgnoreCase(String.valueOf(lex.unitCommittee(other.unitWord())))) {
            return t.placedInUnitOf(other, false);
        }
        boolean commune = "commune".equals(lex.levelOf(other.unitWord()));
        return commune && "any".equals(body.level()) ? t.placedInUnitOf(other, true) : null;
    }

    /** Whether the post taken is in a province other than the seat's (a national seat's: any province). */
    private static boolean otherUnit(Post taken, Post seat) {
        return taken.province() != null && !taken.province().equalsIgnoreCase(String.valueOf(seat.province()));
    }

    /** The organization with its place written in full: "Thành ủy TP.HCM" -> "Thành ủy Thành phố Hồ Chí Minh". */
    private String written(String org, String place) {
        String full = lex.writtenName(place);
        int at = full == null ? -1 : org.lastIndexOf(place);
        if (at < 0) {
            return org;
        }
        String head = org.substring(0, at).stripTrailing();
        // "Ủy ban nhân dân thành phố" + "Thành phố Hồ Chí Minh": the level word is not repeated
        int level = full.indexOf(' ', full.indexOf(' ') + 1);
        if (level > 0 && head.toLowerCase(Locale.ROOT).endsWith(full.substring(0, level).toLowerCase(Locale.ROOT))) {
            head = head.substring(0, head.length() - level).stripTrailing();
        }
        return head + " " + full + org.substring(at + place.length());
    }

    /**
     * The level word a title's body implies when the text writes none: a party committee of a province's level is a
     * "Tỉnh ủy", of a "tỉnh" (a "Thành ủy" may be a province's or a city's: bodies.tsv, level city).
     */
    private String levelWordOf(Title t) {
        if (t.bodies().isEmpty()) {
            return null;
        }
        VnLexicon.Body b = lex.body(t.bodies().get(t.bodies().size() - 1));
        return b != null && b.kind() == VnLexicon.Body.Kind.COMMITTEE && "province".equals(b.level()) ? "tỉnh" : null;
    }

    /** The one province of that level word the sentence names after a level word, or null. */
    private String provinceOfLevel(String sentence, String level) {
        List<String> named = provinces.placedProvinces(sentence).stream()
                .filter(name -> lex.province(name) != null && level.equals(lex.province(name).unitWord())).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /** The province named by a later title of the chain, else by an earlier one, or null. */
    private static String chainProvince(List<Title> ts, int i) {
        for (int k = i + 1; k < ts.size(); k++) {
            if (ts.get(k).province() != null && !former(ts.get(k))) {
                return ts.get(k).province();
            }
        }
        for (int k = i - 1; k >= 0; k--) {
            if (ts.get(k).province() != null && !former(ts.get(k))) {
                return ts.get(k).province();
            }
        }
        return null;
    }

    /**
     * Ends the post of the chain that a title written without its body names again after a link that ends it ("ông A,
     * Thứ trưởng Bộ Công Thương, thôi giữ chức Thứ trưởng"): the last one made with its role. False when none is.
     */
    private static boolean endsNamedPost(List<Post> made, List<Boolean> ended, Title t) {
        for (int k = made.size() - 1; k >= 0; k--) {
            if (made.get(k).role().equalsIgnoreCase(t.role()) && !former(made.get(k))) {
                made.set(k, made.get(k).left());
                ended.set(k, true);
                return true;
            }
        }
        return false;
    }

    /** Whether a link written after the person's name ends the post the title names: "A thôi giữ chức |Chủ tịch ...". */
    private boolean endedAfterName(List<List<String>> words, PersonMention m, Title t) {
        return t.start() >= m.tokenEnd() && appointments.ends(words, t);
    }

    /**
     * "nguyên Bí thư Tỉnh ủy Hòa Bình, giữ chức Phó Bí thư Thường trực Tỉnh ủy": a post left names the province of
     * the past, not that of the posts beside it.
     */
    static boolean former(Title t) {
        return t.qualifier() == Post.Qualifier.FORMER;
    }

    static boolean former(Post p) {
        return p.qualifier() == Post.Qualifier.FORMER;
    }

    /**
     * Whether a title written without a body heads the side's body, or is its deputy's: "Tổng Giám đốc", "Chủ tịch",
     * "Thứ trưởng" of a "Bộ"; not the head of a part of it ("Vụ trưởng", "Cục trưởng", "Trưởng Ban": a title that opens
     * with a body's head word or heads a body named after it) nor a member.
     */
    private boolean headsSide(Title t, String side) {
        VnLexicon.Role role = lex.role(t.role());
        if (role == null || role.headWords() > 0 || role.unitWord() != null || lex.isMembership(t.role())) {
            return false;
        }
        if (role.bodyWord() != null) {
            return side.startsWith(role.bodyWord() + " ");
        }
        return !named.namesAHead(t.role());
    }

    /** Whether the title's body is a party committee named by the unit written after it, and none is: "Đảng ủy". */
    private boolean isOpenCommittee(Title t, String org) {
        if (t.bodies().isEmpty()) {
            return false;
        }
        String last = t.bodies().get(t.bodies().size() - 1);
        VnLexicon.Body body = lex.body(last);
        return body != null && body.kind() == VnLexicon.Body.Kind.COMMITTEE && "any".equals(body.level())
                && org.endsWith(last);
    }

    /** The sentence right before {@code s} in its paragraph, or null when {@code s} opens one. */
    private static Sentence sentenceBefore(ArticleContext ctx, Sentence s) {
        if (s.index() == 0) {
            return null;
        }
        Sentence before = ctx.sentences().get(s.index() - 1);
        return ctx.sameParagraph(before, s) ? before : null;
    }
}
