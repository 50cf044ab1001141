package onestop.casework;

import onestop.casework.CaseEnums.ApplicantKind;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseEnums.Opinion;
import onestop.casework.CaseEnums.SuspensionKind;

import java.time.LocalDate;

/**
 * The notes of a case's timeline. The timeline is part of the case file, an official record kept
 * for decades and printed into dossiers, so its notes are written in the center's record language
 * (Traditional Chinese, as the notices), not in the program's English codes; the screens translate
 * the event names, the notes stay as recorded.
 */
final class CaseNotes {
    private CaseNotes() {
    }

    static String registered(ApplicantKind kind, String name) {
        return (kind == ApplicantKind.PERSON ? "自然人" : "法人或其他組織") + " " + name;
    }

    static String materialsChecked(long lacking) {
        return lacking == 0 ? "材料齊全" : "欠缺或不符材料 " + lacking + " 項";
    }

    static String deemedAcceptedOnReceipt() {
        return "逾期未一次性告知補正，自收件之日起視為受理";
    }

    static String deemedAccepted(LocalDate correctionDue) {
        return "至 " + correctionDue + " 未發出補正通知";
    }

    static String suspended(SuspensionKind kind, String why, String basis) {
        return suspension(kind) + "：" + why + "（依據：" + basis + "）";
    }

    static String resumed(LocalDate deadline) {
        return "恢復計時，辦結期限 " + deadline;
    }

    static String extended(int days, LocalDate deadline, String why) {
        return "延長 " + days + " 個工作日" + (deadline == null ? "" : "，辦結期限 " + deadline) + "；" + why;
    }

    static String refused(String why, String basis) {
        return why + "（依據：" + basis + "）";
    }

    static String jointOpinion(String department, Opinion opinion) {
        return department + " " + (opinion == Opinion.AGREE ? "同意" : "不同意");
    }

    static String decided(Decision decision, String reason) {
        return (decision == Decision.APPROVED ? "准予許可" : "不予許可") + (reason == null ? "" : "：" + reason);
    }

    static String license(String number) {
        return number == null ? null : "證照 " + number;
    }

    static String deadlineRecomputed(LocalDate before, LocalDate after) {
        return "工作日曆變更，期限 " + before + " → " + after;
    }

    static String suspension(SuspensionKind kind) {
        return switch (kind) {
            case EXPERT_REVIEW -> "專家評審";
            case TESTING -> "檢驗檢測";
            case HEARING -> "聽證";
            case SUPPLEMENT -> "補充材料";
            case ON_SITE_INSPECTION -> "現場核查";
        };
    }
}
