-- Consultation minimum by document type and legal regime (DOMAIN.md LY-01..LY-04), the shortened procedure as an
-- explicit, reasoned choice, the written reply's reference, and the signer of the published synthesis report.
ALTER TABLE "consultation_rounds" ADD COLUMN "min_days_source" text;--> statement-breakpoint
ALTER TABLE "consultation_rounds" ADD COLUMN "shortened_reason" text;--> statement-breakpoint
ALTER TABLE "consultation_rounds" ADD COLUMN "synthesis_signer" jsonb;--> statement-breakpoint
ALTER TABLE "consultation_rounds" ADD COLUMN "synthesis_date" date;--> statement-breakpoint
-- One rule per document type of the draft, one version per legal regime; the regime is the one in force on the
-- day the drafting started (LY-01). `source` is printed in the synthesis report ("tối thiểu 30 ngày theo …");
-- `note` keeps what is still to verify (DOMAIN.md §9).
INSERT INTO legal_rules (id, rule_id, value, valid_from, valid_to, source, confidence, note) VALUES
('r-cons-min-nqt-2015', 'consultation.minDays.nq_hdnd_tinh', '30', '2016-07-01', '2025-04-01',
  'Điều 120 Luật Ban hành văn bản quy phạm pháp luật năm 2015', 'M', 'DOMAIN.md LY-02; số điều cần kiểm tra.'),
('r-cons-min-nqt-2025', 'consultation.minDays.nq_hdnd_tinh', '30', '2025-04-01', NULL,
  'Luật Ban hành văn bản quy phạm pháp luật năm 2025 và Nghị định số 78/2025/NĐ-CP', 'M', 'DOMAIN.md LY-03: giá trị an toàn 30 ngày cho văn bản cấp tỉnh đến khi kiểm tra NĐ 78/2025.'),
('r-cons-min-qdt-2015', 'consultation.minDays.qd_ubnd_tinh', '30', '2016-07-01', '2025-04-01',
  'Điều 129 Luật Ban hành văn bản quy phạm pháp luật năm 2015', 'M', 'DOMAIN.md LY-02; số điều cần kiểm tra.'),
('r-cons-min-qdt-2025', 'consultation.minDays.qd_ubnd_tinh', '30', '2025-04-01', NULL,
  'Luật Ban hành văn bản quy phạm pháp luật năm 2025 và Nghị định số 78/2025/NĐ-CP', 'M', 'DOMAIN.md LY-03: giá trị an toàn 30 ngày.'),
('r-cons-min-nqx-2015', 'consultation.minDays.nq_hdnd_xa', '30', '2016-07-01', '2025-04-01',
  'Luật Ban hành văn bản quy phạm pháp luật năm 2015', 'D', 'Luật 2015 để cấp xã lấy ý kiến tùy tính chất dự thảo; giá trị an toàn 30 ngày như cấp tỉnh.'),
('r-cons-min-nqx-2025', 'consultation.minDays.nq_hdnd_xa', '30', '2025-04-01', NULL,
  'Luật Ban hành văn bản quy phạm pháp luật năm 2025 và Nghị định số 78/2025/NĐ-CP', 'M', 'DOMAIN.md LY-03: giá trị an toàn 30 ngày.'),
('r-cons-min-qdx-2015', 'consultation.minDays.qd_ubnd_xa', '30', '2016-07-01', '2025-04-01',
  'Luật Ban hành văn bản quy phạm pháp luật năm 2015', 'D', 'Luật 2015 để cấp xã lấy ý kiến tùy tính chất dự thảo; giá trị an toàn 30 ngày như cấp tỉnh.'),
('r-cons-min-qdx-2025', 'consultation.minDays.qd_ubnd_xa', '30', '2025-04-01', NULL,
  'Luật Ban hành văn bản quy phạm pháp luật năm 2025 và Nghị định số 78/2025/NĐ-CP', 'M', 'DOMAIN.md LY-03: giá trị an toàn 30 ngày.'),
('r-cons-min-khac-2015', 'consultation.minDays.khac', '30', '2016-07-01', '2025-04-01',
  'Luật Ban hành văn bản quy phạm pháp luật năm 2015', 'D', 'Văn bản khác: áp dụng thời hạn của văn bản cấp tỉnh.'),
('r-cons-min-khac-2025', 'consultation.minDays.khac', '30', '2025-04-01', NULL,
  'Luật Ban hành văn bản quy phạm pháp luật năm 2025 và Nghị định số 78/2025/NĐ-CP', 'D', 'Văn bản khác: áp dụng thời hạn của văn bản cấp tỉnh.'),
('r-cons-min-short-2015', 'consultation.minDays.shortened', '1', '2016-07-01', '2025-04-01',
  'Điều 147 Luật Ban hành văn bản quy phạm pháp luật năm 2015 (trình tự, thủ tục rút gọn)', 'M', 'DOMAIN.md LY-02: thủ tục rút gọn không áp dụng thời hạn tối thiểu; số điều cần kiểm tra.'),
('r-cons-min-short-2025', 'consultation.minDays.shortened', '1', '2025-04-01', NULL,
  'Luật Ban hành văn bản quy phạm pháp luật năm 2025 (trình tự, thủ tục rút gọn)', 'M', 'Điều khoản về thủ tục rút gọn của Luật 64/2025 cần kiểm tra.');
