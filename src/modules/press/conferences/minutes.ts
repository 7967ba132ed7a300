import { renderOfficialDocx, signerFor, type Block, type OfficialDocument } from '../../../platform/documents';
import { formatDateVi } from '../../../platform/text';
import { documentCodeOf, issuerOf, issuingUnitAt, type Directory } from '../../organisations';
import { basisText } from '../deadline';
import { CONFERENCE_KIND_LABELS, type ConferenceKind } from './labels';
import type { ConferenceRow, InvitationRow, QuestionRow } from './tables';
import { localDay, spanVi } from './time';

export interface MinutesInput {
  dir: Directory;
  conference: ConferenceRow;
  invitations: (InvitationRow & { agencyName: string })[];
  questions: (QuestionRow & { agencyName: string | null })[];
  spokesperson: { name: string; title: string } | null;
}

const sentence = (s: string) => (/[.!?…]$/u.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * The minutes of a press conference (Biên bản họp báo, NĐ 30/2020 layout): the host unit's header, the time and
 * place, who chaired and spoke, the participants and the press agencies present, the content, every question with
 * its answer on the spot or its follow-up (unit and deadline with its basis), and the chair's signature block.
 */
export function minutesDocument(input: MinutesInput): OfficialDocument {
  const c = input.conference;
  const day = localDay(c.startsAt);
  const unit = issuingUnitAt(input.dir, c.hostUnitId, day);
  const code = unit ? documentCodeOf(unit) : null;
  const parent = unit?.parentId ? input.dir.unit(unit.parentId) : undefined;
  const issuer = issuerOf(input.dir, unit, day);
  const present = input.invitations.filter((i) => i.attended);
  const reporters = present.reduce((n, i) => n + (i.reporters ?? 0), 0);
  const unitName = input.dir.unit(c.hostUnitId)?.name ?? '';
  const body: Block[] = [
    { type: 'paragraph', text: `Thời gian: ${spanVi(c.startsAt, c.endsAt)}.` },
    { type: 'paragraph', text: `Địa điểm: ${sentence(c.place)}` },
    { type: 'paragraph', text: `Hình thức: họp báo ${CONFERENCE_KIND_LABELS[c.kind as ConferenceKind]?.[0].toLowerCase() ?? ''}.` },
    { type: 'heading', level: 2, text: 'I. THÀNH PHẦN' },
    // the title usually names the unit already ("Phó Giám đốc Sở Tư pháp"): the unit is added only without one
    { type: 'paragraph', text: `Chủ trì: ${c.chairName}${c.chairTitle ? `, ${c.chairTitle}` : unitName ? ` (${unitName})` : ''}.` },
    ...(input.spokesperson ? [{ type: 'paragraph' as const, text: `Người phát ngôn: ${input.spokesperson.name}, ${input.spokesperson.title}.` }] : []),
    ...(c.participants ? [{ type: 'paragraph' as const, text: `Đại biểu dự: ${sentence(c.participants)}` }] : []),
    {
      type: 'paragraph',
      text: present.length ? `Cơ quan báo chí dự: ${present.length} cơ quan${reporters ? `, ${reporters} phóng viên` : ''}.` : `Cơ quan báo chí dự: chưa ghi nhận (đã mời ${input.invitations.length} cơ quan).`,
    },
    ...(present.length
      ? [
          {
            type: 'table' as const,
            columns: [
              { title: 'STT', widthPct: 8, align: 'center' as const, fit: ['STT'] },
              { title: 'Cơ quan báo chí', widthPct: 52 },
              { title: 'Phóng viên', widthPct: 40 },
            ],
            rows: present.map((i, n) => [n + 1, i.agencyName, i.journalistNames ?? (i.reporters ? `${i.reporters} phóng viên` : '')]),
          },
        ]
      : []),
    { type: 'heading', level: 2, text: 'II. NỘI DUNG' },
    { type: 'bullets', items: c.topics },
    ...(c.summary ? c.summary.split(/\n{2,}|\r?\n/).filter((p) => p.trim()).map((p) => ({ type: 'paragraph' as const, text: p.trim() })) : []),
    { type: 'heading', level: 2, text: 'III. CÂU HỎI VÀ TRẢ LỜI' },
  ];
  if (input.questions.length === 0) body.push({ type: 'paragraph', text: 'Không có câu hỏi của phóng viên.', italic: true });
  for (const q of input.questions) {
    const who = [q.journalistName, q.agencyName].filter(Boolean).join(', ');
    body.push({ type: 'paragraph', text: `Câu hỏi ${q.seq}${who ? ` (${who})` : ''}: ${sentence(q.question)}` });
    if (q.answeredOnSpot) body.push({ type: 'paragraph', text: `Trả lời${q.answeredBy ? ` (${q.answeredBy})` : ''}: ${sentence(q.answer ?? '')}` });
    else {
      const unitOf = q.followUpUnitId ? (input.dir.unit(q.followUpUnitId)?.name ?? '') : '';
      const due = q.followUpDueOn ? formatDateVi(q.followUpDueOn, 'short') : '';
      body.push({ type: 'paragraph', text: `Chưa trả lời tại họp báo; giao ${unitOf} trả lời sau, hạn ${due}${q.followUpBasis ? ` (${basisText(q.followUpBasis)})` : ''}.` });
      if (q.followUpAnswer) body.push({ type: 'paragraph', text: `Đã trả lời ngày ${formatDateVi(q.followUpAnsweredOn!, 'short')}: ${sentence(q.followUpAnswer)}` });
    }
  }
  const followUps = input.questions.filter((q) => !q.answeredOnSpot);
  body.push({ type: 'heading', level: 2, text: 'IV. VIỆC CẦN TRẢ LỜI SAU' });
  if (followUps.length === 0) body.push({ type: 'paragraph', text: 'Các câu hỏi đều đã được trả lời tại họp báo.', italic: true });
  else
    body.push({
      type: 'table',
      columns: [
        { title: 'Câu hỏi', widthPct: 12, align: 'center', fit: ['Câu hỏi'] },
        { title: 'Đơn vị trả lời', widthPct: 40 },
        { title: 'Hạn trả lời', widthPct: 20, align: 'center', fit: ['00/00/0000'] },
        { title: 'Kết quả', widthPct: 28 },
      ],
      rows: followUps.map((q) => [q.seq, q.followUpUnitId ? (input.dir.unit(q.followUpUnitId)?.name ?? '') : '', q.followUpDueOn ? formatDateVi(q.followUpDueOn, 'short') : '', q.followUpAnsweredOn ? `Đã trả lời ${formatDateVi(q.followUpAnsweredOn, 'short')}` : 'Chưa trả lời']),
    });
  body.push({ type: 'paragraph', text: `Họp báo kết thúc hồi ${spanVi(c.startsAt, c.endsAt).split(' – ')[1]?.slice(0, 5) ?? ''} cùng ngày. Biên bản được lập và thông qua tại cuộc họp báo./.` });
  return {
    issuer,
    number: null,
    numberSuffix: code ? `/BB-${code}` : '/BB',
    place: unit?.place ?? parent?.place ?? '',
    date: day,
    kind: 'BIÊN BẢN',
    // most titles already start with "Họp báo" ("Họp báo chuyên đề …"): never "Họp báo Họp báo …"
    subject: /^họp báo\b/iu.test(c.title.trim()) ? c.title.trim() : `Họp báo ${c.title}`,
    body,
    recipients: [unitName ? `Lãnh đạo ${unitName}` : 'Lãnh đạo đơn vị', 'Các cơ quan báo chí dự họp báo', code ? `Lưu: VT, ${code}` : 'Lưu: VT'],
    signer: signerFor({ name: c.chairName, title: c.chairTitle ?? 'Chủ trì họp báo' }, unit?.name ?? issuer.name),
  };
}

/** The minutes as a DOCX file. */
export async function renderMinutesDocx(input: MinutesInput): Promise<Buffer> {
  return renderOfficialDocx(minutesDocument(input));
}
