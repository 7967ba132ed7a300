-- The working-day calendar of the state administration (src/platform/calendar): weekly rest days, the public
-- holidays of the labour code and its compensatory day off, as dated rules. The exact days the civil service takes
-- off each year (which five days of Tết, the day next to Quốc khánh, Saturdays worked in exchange) are announced by
-- the Government: an administrator adds them as a version of `calendar.officialSchedule` valid for that year
-- ({"off": [{"date": "YYYY-MM-DD", "name": "…"}], "work": ["YYYY-MM-DD"]}), citing the notice; until then the days
-- are computed from these rules. Confidence M: from the legal texts, to verify against each year's notice.
INSERT INTO legal_rules (id, rule_id, value, valid_from, valid_to, source, confidence, note) VALUES
('r-cal-weekly-rest', 'calendar.weeklyRestDays', '[6, 0]', '2000-01-01', NULL,
  'QĐ 188/1999/QĐ-TTg (tuần làm việc 40 giờ): cơ quan hành chính nhà nước nghỉ thứ Bảy và Chủ nhật', 'M',
  'Ngày trong tuần: 0 = Chủ nhật … 6 = thứ Bảy.'),
('r-cal-holidays-2012', 'calendar.publicHolidays',
  '[{"name": "Tết Dương lịch", "calendar": "solar", "month": 1, "day": 1, "offsets": [0]},
    {"name": "Tết Nguyên đán", "calendar": "lunar", "month": 1, "day": 1, "offsets": [-1, 0, 1, 2, 3]},
    {"name": "Giỗ Tổ Hùng Vương", "calendar": "lunar", "month": 3, "day": 10, "offsets": [0]},
    {"name": "Ngày Chiến thắng", "calendar": "solar", "month": 4, "day": 30, "offsets": [0]},
    {"name": "Ngày Quốc tế Lao động", "calendar": "solar", "month": 5, "day": 1, "offsets": [0]},
    {"name": "Quốc khánh", "calendar": "solar", "month": 9, "day": 2, "offsets": [0]}]',
  '2013-05-01', '2021-01-01', 'Bộ luật Lao động 10/2012/QH13, Điều 115', 'M',
  'Tết Nguyên đán: 5 ngày; mặc định ngày cuối năm âm lịch và 4 ngày đầu năm mới, đến khi có thông báo của Chính phủ.'),
('r-cal-holidays-2021', 'calendar.publicHolidays',
  '[{"name": "Tết Dương lịch", "calendar": "solar", "month": 1, "day": 1, "offsets": [0]},
    {"name": "Tết Nguyên đán", "calendar": "lunar", "month": 1, "day": 1, "offsets": [-1, 0, 1, 2, 3]},
    {"name": "Giỗ Tổ Hùng Vương", "calendar": "lunar", "month": 3, "day": 10, "offsets": [0]},
    {"name": "Ngày Chiến thắng", "calendar": "solar", "month": 4, "day": 30, "offsets": [0]},
    {"name": "Ngày Quốc tế Lao động", "calendar": "solar", "month": 5, "day": 1, "offsets": [0]},
    {"name": "Quốc khánh", "calendar": "solar", "month": 9, "day": 2, "offsets": [0], "adjacentDay": true}]',
  '2021-01-01', NULL, 'Bộ luật Lao động 45/2019/QH14, Điều 112', 'M',
  'Quốc khánh: ngày 2/9 và 1 ngày liền kề trước hoặc sau (Chính phủ quyết định hằng năm; mặc định ngày làm việc nối với ngày nghỉ cuối tuần).'),
('r-cal-compensatory', 'calendar.compensatoryDayOff', 'true', '2013-05-01', NULL,
  'Bộ luật Lao động 45/2019/QH14, Điều 111.3 (trước đó Bộ luật Lao động 2012, Điều 110.3)', 'M',
  'Ngày lễ trùng ngày nghỉ hằng tuần được nghỉ bù vào ngày làm việc kế tiếp.');
