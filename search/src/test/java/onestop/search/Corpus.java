package onestop.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated documents of a service center with realistic Chinese text: cases, their documents and
 * item guides, about half of them in Traditional characters, seeded so that every run and both
 * backends get the same corpus.
 */
public final class Corpus {

    static final String[] DEPARTMENTS = {"SCJ", "ZJJ", "GTJ", "WSJ", "XFJ", "SWJ"};
    static final String[] HALLS = {"A", "B", "C"};
    static final String[] STATUSES = {"ACCEPTED", "REVIEWING", "APPROVED", "REJECTED", "WITHDRAWN"};
    static final String[] ITEMS = {"营业执照设立登记", "食品经营许可", "建设工程规划许可证核发", "建筑工程施工许可",
            "消防验收", "公共场所卫生许可", "税务登记", "排水许可", "户外广告设置审批", "药品零售许可",
            "道路挖掘许可", "人防工程审批"};
    static final String[] PHRASES = {"申请人提交的材料齐全", "符合法定形式", "依法作出准予许可的决定", "现场核查",
            "北侧楼梯", "疏散通道", "消防设施", "建设工程规划", "营业登记", "身份证", "法定代表人", "统一社会信用代码",
            "经营范围", "注册资本", "用地面积", "建筑面积", "容积率", "补正材料", "不予受理", "告知承诺制",
            "联合审批", "并联审批", "出具审查意见", "专家评审", "公示期满", "无异议", "颁发许可证", "申请材料目录",
            "办理时限", "收费标准", "窗口受理", "电子证照", "档案归档", "复印件加盖公章", "营业执照副本", "食品安全管理制度",
            "卫生检测报告", "排水管网", "施工图审查", "竣工验收备案", "户外广告", "道路挖掘", "人防工程", "药品经营质量管理规范"};
    static final String[] DISTRICTS = {"东城区", "西城区", "南湖区", "北山区", "高新区", "滨江区", "新城区", "老城区"};
    static final String[] ROADS = {"人民路", "中山路", "解放路", "建设路", "和平街", "光明街", "长江路", "黄河路"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "华", "国"};
    static final String[] FIRMS = {"华宇", "鑫源", "瑞丰", "恒通", "宏达", "金桥", "天成", "博远", "锦程", "汇丰"};
    static final String[] TRADES = {"餐饮管理", "建筑工程", "商贸", "科技", "物业服务", "医药连锁", "广告传媒", "房地产开发"};
    /** Frequent characters, for filler text (Zipf-like by repetition). */
    static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

    private static final char[] S2T = simplifiedToTraditional();

    private Corpus() {
    }

    public static List<IndexedDocument> generate(int count, long seed) {
        return generate(0, count, seed);
    }

    /**
     * Documents {@code from .. from+count-1} of a corpus too large to hold at once (the benchmark
     * generates it chunk by chunk); ids and numbers carry the absolute index, each chunk has its own
     * seeded random sequence, so a chunk is the same in every run.
     */
    public static List<IndexedDocument> generate(int from, int count, long seed) {
        Random r = new Random(from == 0 ? seed : seed * 1_000_003L + from);
        List<IndexedDocument> docs = new ArrayList<>(count);
        long start = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();
        long span = Instant.parse("2026-06-30T00:00:00Z").toEpochMilli() - start;
        for (int i = from; i < from + count; i++) {
            int p = r.nextInt(100);
            DocumentType type = p < 70 ? DocumentType.CASE : p < 95 ? DocumentType.DOCUMENT : DocumentType.ITEM;
            int d = r.nextInt(DEPARTMENTS.length);
            String dept = DEPARTMENTS[d];
            int itemNo = r.nextInt(ITEMS.length);
            String itemName = ITEMS[itemNo];
            String item = dept + "-" + String.format("%03d", itemNo + 1);
            Instant date = Instant.ofEpochMilli(start + (long) (r.nextDouble() * span));
            boolean traditional = r.nextBoolean();
            String company = DISTRICTS[r.nextInt(DISTRICTS.length)].substring(0, 2) + FIRMS[r.nextInt(FIRMS.length)]
                    + TRADES[r.nextInt(TRADES.length)] + "有限公司";
            String person = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)] + GIVEN[r.nextInt(GIVEN.length)];
            String applicant = r.nextInt(3) == 0 ? person : company;
            String creditCode = creditCode(r);
            String number = dept + "-" + (2020 + (int) ((date.toEpochMilli() - start) / (365L * 86_400_000L))) + "-"
                    + String.format("%06d", i);
            String body = body(r, applicant, person, itemName, 200 + r.nextInt(r.nextInt(10) == 0 ? 3000 : 900));
            String title = switch (type) {
                case CASE -> applicant + "申请" + itemName;
                case DOCUMENT -> PHRASES[r.nextInt(PHRASES.length)] + "通知书";
                case ITEM -> itemName + "办事指南";
            };
            IndexedDocument.Builder b = IndexedDocument.builder(type.name().toLowerCase() + ":" + i, type, date)
                    .number(type == DocumentType.ITEM ? item + ":" + (1 + r.nextInt(3)) : number)
                    .item(item)
                    .departments(r.nextInt(10) == 0 ? new String[] {dept, DEPARTMENTS[(d + 1) % DEPARTMENTS.length]} : new String[] {dept})
                    .hall(HALLS[d % HALLS.length])
                    .status(type == DocumentType.ITEM ? "PUBLISHED" : STATUSES[r.nextInt(STATUSES.length)])
                    .title(traditional ? traditional(title) : title)
                    .itemName(traditional ? traditional(itemName) : itemName)
                    .body(traditional ? traditional(body) : body)
                    .visibleToPublic(type == DocumentType.ITEM);
            if (type != DocumentType.ITEM) {
                b.applicantId(creditCode).applicantName(traditional ? traditional(applicant) : applicant);
            }
            docs.add(b.build());
        }
        return docs;
    }

    private static String body(Random r, String applicant, String person, String itemName, int length) {
        StringBuilder s = new StringBuilder(length + 64);
        s.append(applicant).append("于").append(2020 + r.nextInt(7)).append("年").append(1 + r.nextInt(12)).append("月")
                .append("申请").append(itemName).append("，地址：").append(DISTRICTS[r.nextInt(DISTRICTS.length)])
                .append(ROADS[r.nextInt(ROADS.length)]).append(1 + r.nextInt(300)).append("号。");
        while (s.length() < length) {
            switch (r.nextInt(4)) {
                case 0, 1 -> s.append(PHRASES[r.nextInt(PHRASES.length)]);
                case 2 -> {
                    for (int k = 2 + r.nextInt(8); k > 0; k--) {
                        int x = (int) Math.floor(Math.pow(r.nextDouble(), 2.5) * COMMON.length());
                        s.append(COMMON.charAt(x));
                    }
                }
                default -> s.append("经办人").append(person);
            }
            s.append(r.nextInt(4) == 0 ? "。" : "，");
        }
        return s.toString();
    }

    private static String creditCode(Random r) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder s = new StringBuilder("91");
        s.append(String.format("%06d", 110000 + r.nextInt(500000)));
        while (s.length() < 18) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    /** A Traditional rendering, character by character (the inverse of the shipped fold table). */
    public static String traditional(String simplified) {
        char[] c = simplified.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (S2T[c[i]] != 0) {
                c[i] = S2T[c[i]];
            }
        }
        return new String(c);
    }

    private static char[] simplifiedToTraditional() {
        char[] map = new char[0x10000];
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Corpus.class.getResourceAsStream("/onestop/search/text/t2s.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.length() == 2 && map[line.charAt(1)] == 0 && Character.isIdeographic(line.charAt(0))
                        && line.charAt(0) >= 0x4E00 && line.charAt(0) <= 0x9FFF) {
                    map[line.charAt(1)] = line.charAt(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map['干'] = '幹';
        map['后'] = '後';
        map['里'] = '裡';
        map['台'] = '臺';
        return map;
    }
}
