import type { Executor } from '../../../platform/db';
import type { FieldError } from '../../../platform/errors';
import { addDays, cleanText, isIsoDate, todayVn } from '../../../platform/text';
import { findRound } from '../../consultation';
import { getDirectory } from '../../organisations';
import { findDraft } from '../../policies';
import { CHANNELS, KINDS, SUMMARY_MAX, type Channel, type ProductKind } from '../labels';
import { findTask } from '../repo';
import type { ProductSnapshot } from '../tables';

/** What an officer sends to create or edit a product. */
export interface ProductInput {
  kind: ProductKind;
  title: string;
  /** Required: the action refuses a product without a policy with a Vietnamese message (the schema lets it through). */
  policyId?: string | null;
  roundId?: string | null;
  taskId?: string | null;
  unitId: string;
  summary?: string;
  body?: string;
  externalUrl?: string | null;
  channels?: Channel[];
  broadcastFrom?: string | null;
  broadcastTo?: string | null;
  slotsPerDay?: number | null;
  communes?: string[];
  communesAsOf?: string | null;
}

const text = (v: string | undefined) => (v ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();

/** The longest broadcast schedule of one loudspeaker script, in days. */
const MAX_SCHEDULE_DAYS = 366;

/**
 * Cleans and checks a product's input: a kind from the list, a policy that exists (a product explains a policy,
 * issue 15 "bad input"), a consultation round of that policy, a plan task, a unit of the directory, a summary of at
 * most 600 characters, a web address, and for a loudspeaker script its schedule and communes valid on their date.
 * Returns the snapshot to store and the field errors (empty when valid).
 */
export async function checkProduct(db: Executor, input: ProductInput): Promise<{ value: ProductSnapshot & { unitId: string }; errors: FieldError[] }> {
  const errors: FieldError[] = [];
  const isScript = input.kind === 'loudspeaker_script';
  const value = {
    kind: input.kind,
    title: cleanText(input.title ?? ''),
    policyId: (input.policyId ?? '').trim(),
    roundId: input.roundId || null,
    taskId: input.taskId || null,
    unitId: (input.unitId ?? '').trim(),
    summary: text(input.summary),
    body: text(input.body),
    externalUrl: input.externalUrl?.trim() || null,
    channels: [...new Set(input.channels ?? [])],
    broadcastFrom: isScript ? input.broadcastFrom || null : null,
    broadcastTo: isScript ? input.broadcastTo || null : null,
    slotsPerDay: isScript ? (input.slotsPerDay ?? null) : null,
    communes: isScript ? [...new Set(input.communes ?? [])] : [],
    communesAsOf: isScript ? input.communesAsOf || todayVn() : null,
  };
  if (!KINDS.includes(value.kind)) errors.push({ path: 'kind', message: 'Chọn loại sản phẩm trong danh sách.' });
  if (!value.title) errors.push({ path: 'title', message: 'Nhập tên sản phẩm.' });
  const draft = value.policyId ? await findDraft(db, value.policyId) : null;
  if (!draft) errors.push({ path: 'policyId', message: 'Sản phẩm truyền thông phải gắn với một chính sách: chọn chính sách (dự thảo) mà sản phẩm giải thích.' });
  if (value.roundId) {
    const round = await findRound(db, value.roundId);
    if (!round || round.draftId !== value.policyId) errors.push({ path: 'roundId', message: 'Đợt lấy ý kiến không thuộc chính sách đã chọn.' });
  }
  if (value.taskId && !(await findTask(db, value.taskId))) errors.push({ path: 'taskId', message: 'Không tìm thấy nhiệm vụ trong kế hoạch.' });
  const dir = await getDirectory(db);
  if (!dir.unit(value.unitId)) errors.push({ path: 'unitId', message: 'Chọn đơn vị thực hiện trong danh mục.' });
  if (value.summary.length > SUMMARY_MAX) errors.push({ path: 'summary', message: `Tóm tắt dễ hiểu dài tối đa ${SUMMARY_MAX} ký tự (hiện có ${value.summary.length}).` });
  if (value.channels.some((c) => !CHANNELS.includes(c))) errors.push({ path: 'channels', message: 'Chọn kênh trong danh sách.' });
  if (value.externalUrl && !isWebAddress(value.externalUrl)) errors.push({ path: 'externalUrl', message: 'Đường dẫn phải là địa chỉ web bắt đầu bằng http:// hoặc https://.' });
  if (isScript) {
    if (value.broadcastFrom && !isIsoDate(value.broadcastFrom)) errors.push({ path: 'broadcastFrom', message: 'Ngày bắt đầu phát không hợp lệ.' });
    if (value.broadcastTo && !isIsoDate(value.broadcastTo)) errors.push({ path: 'broadcastTo', message: 'Ngày kết thúc phát không hợp lệ.' });
    if (value.broadcastFrom && value.broadcastTo && value.broadcastTo < value.broadcastFrom) errors.push({ path: 'broadcastTo', message: 'Ngày kết thúc phát phải từ ngày bắt đầu trở đi.' });
    // a script is a campaign's, not a decade's: a longer schedule is a new script (and a typo of 2099 is caught)
    else if (value.broadcastFrom && value.broadcastTo && isIsoDate(value.broadcastFrom) && value.broadcastTo > addDays(value.broadcastFrom, MAX_SCHEDULE_DAYS - 1)) errors.push({ path: 'broadcastTo', message: `Lịch phát dài tối đa ${MAX_SCHEDULE_DAYS} ngày; lịch dài hơn xin lập kịch bản mới.` });
    if (value.slotsPerDay !== null && (!Number.isInteger(value.slotsPerDay) || value.slotsPerDay < 1 || value.slotsPerDay > 24)) errors.push({ path: 'slotsPerDay', message: 'Số lần phát mỗi ngày từ 1 đến 24.' });
    const asOf = value.communesAsOf!;
    if (!isIsoDate(asOf)) errors.push({ path: 'communesAsOf', message: 'Ngày xác định danh sách xã không hợp lệ.' });
    else {
      const valid = (id: string) => {
        const u = dir.unit(id);
        return u !== undefined && u.level === 'commune' && u.validFrom <= asOf && (u.validTo === null || asOf < u.validTo);
      };
      if (value.communes.some((id) => !valid(id))) errors.push({ path: 'communes', message: 'Có xã, phường không có trong danh mục vào ngày đã chọn.' });
    }
  }
  return { value, errors };
}

function isWebAddress(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The fields kept in a version row. */
export function snapshotOf(p: ProductSnapshot): ProductSnapshot {
  return { kind: p.kind, title: p.title, summary: p.summary, body: p.body, externalUrl: p.externalUrl, channels: p.channels, policyId: p.policyId, roundId: p.roundId, taskId: p.taskId, broadcastFrom: p.broadcastFrom, broadcastTo: p.broadcastTo, slotsPerDay: p.slotsPerDay, communes: p.communes, communesAsOf: p.communesAsOf };
}
