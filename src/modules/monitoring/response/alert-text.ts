import type { MailMessage } from '../../../platform/mail';
import { ALERT_KIND_LABELS, type AlertKind } from './kinds';
import type { NewItem } from './repo-alerts';
import type { AlertExplanation, AlertRuleRow } from './tables';

const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');
/** The office page of an item (the module core's item detail). */
export const itemPath = (id: string) => `/office/monitoring/items/${encodeURIComponent(id)}`;
export const ALERTS_PATH = '/office/monitoring/alerts';

const num = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** The sentences that explain an alert: counts, the baseline it beat, the terms and sources the items share. */
export function explanationLines(kind: string, e: AlertExplanation): string[] {
  const lines: string[] = [];
  if (e.windowMinutes !== null && e.baselineMean !== null) {
    const what = kind === 'negative_spike' ? 'tin tiêu cực liên quan' : 'tin liên quan';
    lines.push(`${num(e.count)} ${what} trong ${e.windowMinutes} phút gần nhất; bình thường ${num(e.baselineMean)} (độ lệch chuẩn ${num(e.baselineSd ?? 0)}), ngưỡng cảnh báo ${num(e.threshold ?? 0)}.`);
  } else lines.push(`${num(e.count)} tin mới khớp quy tắc, trong đó ${num(e.negative)} tin tiêu cực.`);
  if (e.topTerms.length) lines.push(`Từ khoá xuất hiện nhiều: ${e.topTerms.map((t) => `${t.term} (${t.n})`).join(', ')}.`);
  if (e.topSources.length) lines.push(`Nguồn đăng nhiều: ${e.topSources.map((s) => `${s.name} (${s.n})`).join(', ')}.`);
  return lines;
}

/** The mail of an alert: what fired, why, the first items' titles and the alerts page (no ids, no personal data). */
export function alertMail(to: string, rule: AlertRuleRow, e: AlertExplanation, items: NewItem[], publicUrl: string): MailMessage {
  const kind = ALERT_KIND_LABELS[rule.kind as AlertKind] ?? 'Cảnh báo';
  // titles only: the mail carries no record ids; the alerts page links each item
  const links = items.slice(0, 10).map((i) => `- ${i.title || '(không có tiêu đề)'}`);
  return {
    to,
    purpose: 'monitoring.alert',
    subject: `[Đồng Thuận] Cảnh báo dư luận: ${rule.name}`,
    text: `Cảnh báo "${rule.name}" (${kind.toLowerCase()}).\n\n${explanationLines(rule.kind, e).join('\n')}\n\nCác tin:\n${links.join('\n')}${items.length > 10 ? `\n- và ${items.length - 10} tin khác` : ''}\n\nXem cảnh báo và mở từng tin tại: ${base(publicUrl)}${ALERTS_PATH}\n`,
  };
}
