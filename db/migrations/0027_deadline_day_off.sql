-- A period counted in calendar days whose last day is a weekly rest day or a holiday ends at the end of the next
-- working day (Bộ luật Dân sự 2015, Điều 148.5): used for the 30 days of a press-forwarded issue (DOMAIN.md PN-07).
INSERT INTO legal_rules (id, rule_id, value, valid_from, valid_to, source, confidence, note) VALUES
('r-deadline-day-off', 'deadline.calendarDays.endsOnNextWorkingDay', 'true', '2017-01-01', NULL,
  'Bộ luật Dân sự 91/2015/QH13, Điều 148 khoản 5', 'V',
  'Ngày cuối của thời hạn tính theo ngày là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ: thời hạn kết thúc vào cuối ngày làm việc tiếp theo.');
