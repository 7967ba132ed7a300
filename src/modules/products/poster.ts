import { AlignmentType, BorderStyle, Document, ImageRun, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import QRCode from 'qrcode';

/** The QR code of a poster: error correction M (a poster on a notice board gets creased), 4 modules of quiet zone. */
export const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 4, scale: 10 } as const;

/** The PNG of the QR code pointing at `url`. */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', ...QR_OPTIONS });
}

/** What a poster says: the unit, a big title, what it is, the plain summary, where to read more or comment. */
export interface PosterContent {
  unitName: string;
  /** "Infographic", "Dự thảo đang lấy ý kiến nhân dân". */
  kindLine: string;
  title: string;
  summary: string;
  /** "Góp ý đến hết ngày 30/12/2026 tại:" or "Xem đầy đủ tại:". */
  callToAction: string;
  url: string;
}

const FONT = 'Times New Roman';
const CM = 567; // twips per centimetre
const run = (text: string, pt: number, opts: { bold?: boolean; allCaps?: boolean; italics?: boolean } = {}) => new TextRun({ text, font: FONT, size: pt * 2, ...opts });

/**
 * An A4 poster for a notice board (nhà văn hóa, UBND xã): the title in big type, the plain summary, and a QR code
 * to the portal page so a phone opens it. Not an administrative document, so not the NĐ 30/2020 layout.
 */
export async function renderPosterDocx(c: PosterContent): Promise<Buffer> {
  const qr = await qrPng(c.url);
  const qrCm = 8;
  const px = Math.round((qrCm / 2.54) * 96);
  const doc = new Document({
    creator: c.unitName,
    title: c.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1.5 * CM, bottom: 1.5 * CM, left: 2 * CM, right: 2 * CM } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(c.unitName, 14, { bold: true, allCaps: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '8B0000', space: 6 } }, children: [run(c.kindLine, 14, { italics: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 480, line: 264, lineRule: LineRuleType.AUTO }, children: [run(c.title, 36, { bold: true })] }),
          ...c.summary
            .split(/\n+/)
            .filter(Boolean)
            .map((p) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 200, line: 300, lineRule: LineRuleType.AUTO }, children: [run(p, 18)] })),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 360, after: 120 }, children: [run(c.callToAction, 16, { bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new ImageRun({ type: 'png', data: qr, transformation: { width: px, height: px }, altText: { name: 'Mã QR', title: 'Mã QR', description: c.url } })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 60 }, children: [run('Quét mã QR bằng điện thoại, hoặc gõ địa chỉ:', 13, { italics: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [run(c.url, 13)] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A loudspeaker script for the commune's radio: unit, title, duration and schedule, the text to read, its source. */
export interface ScriptContent {
  unitName: string;
  title: string;
  durationLine: string;
  scheduleLine: string | null;
  communesLine: string | null;
  body: string;
  source: string;
}

/** The script as the commune's announcer reads it: large type, one paragraph per paragraph of the text. */
export async function renderScriptDocx(c: ScriptContent): Promise<Buffer> {
  const line = (text: string, opts: { bold?: boolean; italics?: boolean; center?: boolean; pt?: number; after?: number } = {}) =>
    new Paragraph({ alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { after: opts.after ?? 80 }, children: [run(text, opts.pt ?? 14, { bold: opts.bold, italics: opts.italics })] });
  const doc = new Document({
    creator: c.unitName,
    title: c.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 2 * CM } } },
        children: [
          line(c.unitName.toUpperCase(), { bold: true, center: true, after: 200 }),
          line('KỊCH BẢN PHÁT THANH TRÊN HỆ THỐNG TRUYỀN THANH CƠ SỞ', { bold: true, center: true, pt: 15, after: 120 }),
          line(c.title, { bold: true, center: true, pt: 15, after: 240 }),
          line(c.durationLine, { italics: true }),
          ...(c.scheduleLine ? [line(c.scheduleLine, { italics: true })] : []),
          ...(c.communesLine ? [line(c.communesLine, { italics: true })] : []),
          new Paragraph({ spacing: { after: 200 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } }, children: [] }),
          ...c.body
            .split(/\n+/)
            .filter(Boolean)
            .map((p) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(1.27 * CM) }, spacing: { after: 160, line: 360, lineRule: LineRuleType.AUTO }, children: [run(p, 15)] })),
          new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 240 }, children: [run('Nguồn: ', 14, { bold: true }), run(c.source, 14, { italics: true })] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
