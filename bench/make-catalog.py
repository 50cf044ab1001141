#!/usr/bin/env python3
"""Writes a catalog CSV in the import format (docs/catalog-import.md) with N synthetic items.

Usage: bench/make-catalog.py N > catalog-N.csv
Used by the import benchmark in docs/BENCHMARKS.md; the rows are valid for the demo departments.
"""
import csv
import random
import sys

COLUMNS = ["code", "name", "department", "hall", "type", "mode", "co_departments", "statutory_days",
           "promised_days", "legal_basis", "online", "approval_content", "procedure", "materials", "fees",
           "preferential_policy", "complaint_channels", "supervising_department"]
DEPARTMENTS = [("SCJ", "LEGAL_ENTITY"), ("SWJ", "FINANCE"), ("RSJ", "SECURITY_LEGAL"), ("ZJJ", "CONSTRUCTION"),
               ("WJW", "SOCIAL_DEVELOPMENT"), ("GGZY", "PUBLIC_RESOURCES"), ("ZJFW", "INTERMEDIARIES")]
SUBJECTS = ["食品經營", "建築工程施工", "藥品零售", "公共場所衛生", "排污", "民辦學校辦學", "醫療機構執業", "特種設備使用",
            "人力資源服務", "建設用地規劃", "商品房預售", "社會團體成立", "道路運輸經營", "消防安全檢查", "廣告發布"]


def main():
    n = int(sys.argv[1])
    rnd = random.Random(42)
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(COLUMNS)
    for i in range(1, n + 1):
        dept, hall = DEPARTMENTS[i % len(DEPARTMENTS)]
        statutory = rnd.choice([10, 15, 20, 30])
        promised = rnd.randint(3, statutory // 2)
        subject = SUBJECTS[i % len(SUBJECTS)]
        out.writerow([
            f"BEN-{dept}-{i:05d}", f"{subject}許可（第 {i} 號）", dept, hall, "行政許可", "承諾辦", "",
            statutory, promised, "《中華人民共和國行政許可法》", "是",
            f"對申請{subject}的單位進行審查，符合條件的予以許可。",
            f"受理|CLERK|1\n審查|CHIEF_REPRESENTATIVE|{promised - 2}\n決定|CHIEF_REPRESENTATIVE|1",
            "申請書|原件|1|必要|A|\n營業執照|複印件|1|必要|B|核對原件\n場所證明|原件及複印件|1|選填|C|",
            "F01|證照工本費|10.00||《關於證照工本費標準的通知》" if i % 3 == 0 else "",
            "", "中心投訴電話 0459-12345", "市行政服務中心電子監察室",
        ])


if __name__ == "__main__":
    main()
