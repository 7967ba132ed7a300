/**
 * Reads what a synthesis report DOCX states about campaigns, streaming word/document.xml out of the file through
 * `unzip -p` (a million-comment report is too large to load whole): the totals of section I and, from the article
 * tables, the rows that stand for a campaign ("Nhóm ý kiến trùng lặp, 1 ý kiến × N người ký").
 */
import { spawn } from 'node:child_process';

export interface DocxCampaignFigures {
  /** "Tổng số ý kiến được công bố: N", or null when the sentence is missing. */
  published: number | null;
  /** "Số ý kiến khác nhau …: A, trong đó C nhóm ý kiến trùng lặp gồm S người ký (nhóm lớn nhất: 1 ý kiến × L người ký)". */
  stated: { arguments: number; campaigns: number; campaignSigners: number; largest: number } | null;
  /** Rows of the article tables standing for a campaign, and the signers they add up to. */
  campaignRows: number;
  campaignRowSigners: number;
  /** Largest N among those rows. */
  largestRow: number;
}

const PUBLISHED = /Tổng số ý kiến được công bố: (\d+)/;
const STATED = /Số ý kiến khác nhau \(mỗi nhóm ý kiến trùng lặp tính là một ý kiến\): (\d+), trong đó (\d+) nhóm ý kiến trùng lặp gồm (\d+) người ký \(nhóm lớn nhất: 1 ý kiến × (\d+) người ký\)/;
// in the tables N is written the Vietnamese way (12.345)
const ROW = /^Nhóm ý kiến trùng lặp, 1 ý kiến × ([\d.]+) người ký/;

/** Text of one <w:p>…</w:p>: its runs' text joined, tags dropped, the entities the writer uses decoded. */
function paragraphText(xml: string): string {
  return xml
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Scans the report's document part paragraph by paragraph and returns what it states about campaigns. */
export function readDocxCampaignFigures(file: string): Promise<DocxCampaignFigures> {
  const figures: DocxCampaignFigures = { published: null, stated: null, campaignRows: 0, campaignRowSigners: 0, largestRow: 0 };
  const take = (p: string) => {
    const text = paragraphText(p);
    const row = ROW.exec(text);
    if (row) {
      const n = Number(row[1]!.replace(/\./g, ''));
      figures.campaignRows++;
      figures.campaignRowSigners += n;
      figures.largestRow = Math.max(figures.largestRow, n);
      return;
    }
    const published = figures.published === null ? PUBLISHED.exec(text) : null;
    if (published) figures.published = Number(published[1]);
    const stated = figures.stated === null ? STATED.exec(text) : null;
    if (stated) figures.stated = { arguments: Number(stated[1]), campaigns: Number(stated[2]), campaignSigners: Number(stated[3]), largest: Number(stated[4]) };
  };
  return new Promise((resolve, reject) => {
    const unzip = spawn('unzip', ['-p', file, 'word/document.xml'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let carry = '';
    let stderr = '';
    unzip.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (carry + chunk).split('</w:p>');
      carry = parts.pop() ?? '';
      for (const p of parts) take(p);
    });
    unzip.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    unzip.on('error', reject);
    unzip.on('close', (code) => {
      if (code !== 0) return reject(new Error(`unzip -p ${file} word/document.xml exited with ${code}: ${stderr.trim().slice(0, 300)}`));
      take(carry);
      resolve(figures);
    });
  });
}
