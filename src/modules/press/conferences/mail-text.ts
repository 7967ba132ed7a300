import type { ConferenceRow } from './tables';
import { spanVi, timeDayVi } from './time';

const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

/** Where a person reads a conference: the public page's entry, and its calendar file (by public number, never an id). */
export const publicLinks = (c: Pick<ConferenceRow, 'refNo'>, publicUrl: string) => ({
  page: `${base(publicUrl)}/hop-bao#hop-bao-${c.refNo}`,
  ics: `${base(publicUrl)}/hop-bao/${c.refNo}.ics`,
});

/** The invitation mail to one press agency (Vietnamese; the calendar file sent with it, or its link, adds it to a calendar). */
export function invitationMail(c: ConferenceRow, o: { agencyName: string; hostName: string; publicUrl: string }): { subject: string; text: string } {
  const links = publicLinks(c, o.publicUrl);
  const text = [
    `Kính gửi: ${o.agencyName}`,
    '',
    `${o.hostName} trân trọng kính mời Quý cơ quan cử phóng viên dự họp báo:`,
    `«${c.title}»`,
    '',
    `Thời gian: ${spanVi(c.startsAt, c.endsAt)}`,
    `Địa điểm: ${c.place}`,
    `Chủ trì: ${c.chairName}${c.chairTitle ? `, ${c.chairTitle}` : ''}`,
    'Nội dung:',
    ...c.topics.map((t) => `  - ${t}`),
    '',
    `Thông tin cuộc họp báo: ${links.page}`,
    `Thêm vào lịch: mở tệp .ics đính kèm, hoặc ${links.ics}`,
    '',
    'Trân trọng.',
  ].join('\n');
  return { subject: `Giấy mời họp báo: ${c.title} — ${timeDayVi(c.startsAt)}`, text };
}

/** The mail telling an invited agency the conference moved: its new time and place, the former ones beside them. */
export function changeMail(c: ConferenceRow, before: ConferenceRow, o: { agencyName: string; hostName: string; publicUrl: string }): { subject: string; text: string } {
  const links = publicLinks(c, o.publicUrl);
  const when = spanVi(c.startsAt, c.endsAt);
  const whenBefore = spanVi(before.startsAt, before.endsAt);
  const isRetimed = when !== whenBefore;
  const isMoved = c.place !== before.place;
  const what = isRetimed && isMoved ? 'thời gian và địa điểm' : isRetimed ? 'thời gian' : 'địa điểm';
  const text = [
    `Kính gửi: ${o.agencyName}`,
    '',
    `${o.hostName} trân trọng thông báo thay đổi ${what} cuộc họp báo «${c.title}» mà Quý cơ quan đã được mời:`,
    '',
    `Thời gian: ${when}${isRetimed ? ` (trước đây: ${whenBefore})` : ''}`,
    `Địa điểm: ${c.place}${isMoved ? ` (trước đây: ${before.place})` : ''}`,
    '',
    `Thông tin cuộc họp báo: ${links.page}`,
    'Tệp lịch (.ics) đính kèm cập nhật sự kiện đã thêm vào lịch.',
    '',
    'Trân trọng.',
  ].join('\n');
  return { subject: `Thay đổi ${what} họp báo: ${c.title} — ${timeDayVi(c.startsAt)}`, text };
}

/** The mail telling an invited agency the conference is cancelled. */
export function cancellationMail(c: ConferenceRow, o: { agencyName: string; hostName: string; reason: string; publicUrl: string }): { subject: string; text: string } {
  const text = [
    `Kính gửi: ${o.agencyName}`,
    '',
    `${o.hostName} thông báo hủy cuộc họp báo «${c.title}» dự kiến tổ chức lúc ${timeDayVi(c.startsAt)} tại ${c.place}.`,
    `Lý do: ${o.reason}`,
    '',
    `Lịch họp báo: ${base(o.publicUrl)}/hop-bao`,
    '',
    'Trân trọng.',
  ].join('\n');
  return { subject: `Thông báo hủy họp báo: ${c.title}`, text };
}
