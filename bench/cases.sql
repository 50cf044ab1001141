-- A year of synthetic cases for the e-supervision benchmark (issue 7: metrics for 300,000 cases
-- in < 5 s). Dialect-neutral apart from the row source, which
-- bench/load-cases.sh substitutes: the row source ROWS(n).
-- 15 departments, 45 items, 22 windows; 2025-01-01 … 2025-12-31; promised 3–12 working days;
-- decided 0–19 calendar days after acceptance (so some late), 3 % still in review, 5 % suspended once.
INSERT INTO case_file (number, query_code, item_code, item_version, item_name, handling_mode, department_code,
    hall_code, window_code, applicant_kind, applicant_name, applicant_identifier, applicant_phone, status,
    received_at, received_on, correction_due, accepted_on, deemed_accepted, promised_days, statutory_days,
    extension_days, deadline, decision, decided_on, decided_by, fees_due, created_by, updated_at, version)
SELECT 'BENCH-2025-' || LPAD(CAST(x AS VARCHAR), 7, '0'), 'BENCHQC0',
       'BENCH-ITEM-' || CAST(MOD(x, 45) AS VARCHAR), 1, '壓測事項 ' || CAST(MOD(x, 45) AS VARCHAR), 'PROMISED',
       'D' || CAST(MOD(x, 15) AS VARCHAR), 'BENCH', 'W' || CAST(MOD(x, 22) AS VARCHAR), 'ENTITY', '壓測公司',
       '91350100M000100Y43', NULL,
       CASE WHEN MOD(x, 33) = 0 THEN 'IN_REVIEW' ELSE 'ARCHIVED' END,
       TIMESTAMP '2025-01-01 09:00:00', (DATE '2025-01-01' + (MOD(x, 365))), (DATE '2025-01-01' + (MOD(x, 365) + 7)),
       (DATE '2025-01-01' + (MOD(x, 365))), FALSE, 3 + MOD(x, 10), 20, 0,
       (DATE '2025-01-01' + (MOD(x, 365) + (3 + MOD(x, 10)) * 7 / 5)),
       CASE WHEN MOD(x, 33) = 0 THEN NULL ELSE 'APPROVED' END,
       CASE WHEN MOD(x, 33) = 0 THEN NULL ELSE (DATE '2025-01-01' + (MOD(x, 365) + MOD(x * 7, 20))) END,
       'bench', FALSE, 'bench', TIMESTAMP '2025-01-01 09:00:00', 0
FROM ROWS(300000);

INSERT INTO clock_suspension (case_id, kind, reason, legal_basis, allowed_days, started_on, started_by, ended_on, ended_by)
SELECT c.id, 'TESTING', '壓測', '壓測', 10, (c.accepted_on + (1)), 'bench', (c.accepted_on + (3)), 'bench'
FROM case_file c WHERE c.number LIKE 'BENCH-%' AND MOD(c.id, 20) = 0;
