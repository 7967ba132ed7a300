import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ORIGIN_LABELS, ROLES, STATEMENT_KINDS, STATEMENT_STATUS_LABELS, STATUSES, TIMELINE_KIND_LABELS, VERSION_STATE_LABELS } from '../../../../../modules/crises/labels';
import type { Me } from '../../../app/api-types';
import type { Answer } from '../../../app/contract';
import { TestApp, testUser } from '../../../app/testing';
import { crisesQueries } from '../api';
import type { CrisisDetail, CrisisOptions, CrisisSummary } from '../api-types';
import { CrisesPage } from '../pages/crises-page';
import { CrisisNewPage, instantOf } from '../pages/crisis-new-page';
import { CrisisPage } from '../pages/crisis-page';
import { CrisisTimer } from './crisis-timer';
import { ItemCrises } from './item-crises';
import { Review } from './review';
import { Statements } from './statements';
import { Tasks } from './tasks';
import { WorkingGroup } from './working-group';

// Times are UTC instants; the office shows them in the province's time (UTC+7) as dd/mm/yyyy HH:mm.
const CRISIS_ID = '1c1c1c1c-1111-4111-8111-111111111111';
const ITEM_ID = '2d2d2d2d-2222-4222-8222-222222222222';
const UNIT_ID = '3e3e3e3e-3333-4333-8333-333333333333';
const POLICY_ID = '4f4f4f4f-4444-4444-8444-444444444444';
const GROUP_ID = '5a5a5a5a-5555-4555-8555-555555555555';
const SPOKES_ID = '6b6b6b6b-6666-4666-8666-666666666666';
const LEAD_ID = '7c7c7c7c-7777-4777-8777-777777777777';
const HEAD_ID = '8d8d8d8d-8888-4888-8888-888888888888';
const HOLDING_ID = '9e9e9e9e-9999-4999-8999-999999999999';
const UPDATE_ID = 'a0a0a0a0-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const OTHER_CRISIS_ID = 'b1b1b1b1-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const DETECTED_AT = '2026-05-04T01:30:00.000Z'; // 04/05/2026 08:30
const DUE_AT = '2026-05-05T01:30:00.000Z'; // 05/05/2026 08:30, 24 hours later

const MANAGER = { canManage: true, canAct: true, canReview: false, canClose: false, canNotify: true } satisfies CrisisDetail['abilities'];
const READER = { canManage: false, canAct: false, canReview: false, canClose: false, canNotify: false } satisfies CrisisDetail['abilities'];
const NO_STATEMENT_RIGHTS = { canApprove: false, canPublish: false, canWithdraw: false, canRevise: false } satisfies CrisisDetail['statements'][number]['abilities'];

const HOLDING: CrisisDetail['statements'][number] = {
  id: HOLDING_ID,
  publicNo: 1,
  kind: 'holding',
  kindLabel: 'Thông tin ban đầu',
  status: 'published',
  statusLabel: 'Đã công bố',
  publishedAt: '2026-05-04T05:00:00.000Z', // 04/05/2026 12:00
  portalPath: '/thong-tin-su-co/12/1',
  withdrawalNote: null,
  versions: [
    {
      id: 'c2c2c2c2-cccc-4ccc-8ccc-cccccccccccc',
      version: 2,
      title: 'Thông tin ban đầu về sự cố sạt lở đường tỉnh 151',
      facts: 'Sáng 04/5, một đoạn taluy dài 30 m bị sạt xuống mặt đường.',
      unknowns: 'Nguyên nhân sạt lở đang được xác minh.',
      actions: 'Sở Xây dựng đã phân luồng giao thông.',
      nextUpdateAt: '2026-05-04T10:00:00.000Z', // 04/05/2026 17:00
      state: 'approved',
      stateLabel: 'Đã duyệt đủ',
      drafterName: 'Trần Văn Soạn',
      draftedAt: '2026-05-04T03:10:00.000Z', // 10:10
      spokespersonName: 'Nguyễn Thị Phát Ngôn',
      spokespersonAt: '2026-05-04T04:00:00.000Z', // 11:00
      headName: 'Lê Văn Lãnh Đạo',
      headAt: '2026-05-04T04:40:00.000Z', // 11:40
    },
    {
      id: 'd3d3d3d3-dddd-4ddd-8ddd-dddddddddddd',
      version: 1,
      title: 'Bản nháp cũ đã được thay thế',
      facts: 'Nội dung cũ.',
      unknowns: '',
      actions: 'Việc cũ.',
      nextUpdateAt: null,
      state: 'superseded',
      stateLabel: 'Đã có phiên bản mới',
      drafterName: 'Trần Văn Soạn',
      draftedAt: '2026-05-04T02:30:00.000Z',
      spokespersonName: null,
      spokespersonAt: null,
      headName: null,
      headAt: null,
    },
  ],
  abilities: { canApprove: false, canPublish: false, canWithdraw: true, canRevise: true },
};

const UPDATE: CrisisDetail['statements'][number] = {
  id: UPDATE_ID,
  publicNo: 2,
  kind: 'final',
  kindLabel: 'Thông tin kết thúc',
  status: 'draft',
  statusLabel: 'Chưa công bố',
  publishedAt: null,
  portalPath: null,
  withdrawalNote: null,
  versions: [
    {
      id: 'e4e4e4e4-eeee-4eee-8eee-eeeeeeeeeeee',
      version: 1,
      title: 'Đường tỉnh 151 đã thông xe',
      facts: 'Đường đã được thông xe lúc 16 giờ.',
      unknowns: '',
      actions: 'Tiếp tục theo dõi.',
      nextUpdateAt: null,
      state: 'awaiting_head',
      stateLabel: 'Chờ lãnh đạo duyệt',
      drafterName: null,
      draftedAt: '2026-05-04T09:00:00.000Z', // 16:00
      spokespersonName: 'Nguyễn Thị Phát Ngôn',
      spokespersonAt: '2026-05-04T09:20:00.000Z', // 16:20
      headName: null,
      headAt: null,
    },
  ],
  abilities: { canApprove: true, canPublish: false, canWithdraw: false, canRevise: true },
};

const CRISIS: CrisisDetail = {
  id: CRISIS_ID,
  refNo: 12,
  title: 'Sạt lở đường tỉnh 151',
  summary: 'Mạng xã hội lan truyền hình ảnh sạt lở, nhiều bình luận cho rằng chính quyền chậm xử lý.',
  originLabel: ORIGIN_LABELS.item!,
  originReason: null,
  unitId: UNIT_ID,
  unitName: 'Sở Xây dựng',
  policy: { id: POLICY_ID, title: 'Nghị quyết hỗ trợ di dời dân vùng sạt lở' },
  severity: 3,
  severityLabel: 'Mức 3 — cao',
  isSeverityUnsure: true,
  status: 'responding',
  statusLabel: 'Đang xử lý',
  stageLabel: 'Phản hồi: thông tin chính thức, phát ngôn, đề nghị gỡ bỏ, chuyển cơ quan chức năng',
  closedAt: null,
  networkGroupId: GROUP_ID,
  timer: { detectedAt: DETECTED_AT, firstStatementAt: '2026-05-04T05:00:00.000Z', elapsedHours: 3.5, targetHours: 24, dueAt: DUE_AT, isStopped: true, isWithinTarget: true },
  items: [{ id: ITEM_ID, title: 'Clip sạt lở trên đường tỉnh 151 lan truyền', url: 'https://facebook.com/p/151' }],
  members: [
    { role: 'spokesperson', roleLabel: 'Người phát ngôn', userId: SPOKES_ID, personName: 'Nguyễn Thị Phát Ngôn', fromRegistry: true, isCurrent: true, validFrom: '2026-05-04T02:00:00.000Z', validTo: null },
    { role: 'lead', roleLabel: 'Trưởng nhóm xử lý', userId: LEAD_ID, personName: 'Phạm Văn Trưởng', fromRegistry: false, isCurrent: true, validFrom: '2026-05-04T03:00:00.000Z', validTo: null },
    { role: 'lead', roleLabel: 'Trưởng nhóm xử lý', userId: HEAD_ID, personName: 'Đỗ Thị Cũ', fromRegistry: false, isCurrent: false, validFrom: '2026-05-04T02:00:00.000Z', validTo: '2026-05-04T03:00:00.000Z' },
  ],
  roster: [
    { personName: 'Phạm Văn Trưởng', startsAt: '2026-05-04T01:00:00.000Z', endsAt: '2026-05-04T13:00:00.000Z', isNow: true },
    { personName: 'Nguyễn Thị Phát Ngôn', startsAt: '2026-05-04T13:00:00.000Z', endsAt: '2026-05-05T01:00:00.000Z', isNow: false },
  ],
  timeline: [
    { at: '2026-05-04T02:00:00.000Z', actorName: 'Phạm Văn Trưởng', kind: 'opened', kindLabel: TIMELINE_KIND_LABELS.opened!, text: 'Mở từ tin theo dõi dư luận.' },
    { at: '2026-05-04T03:00:00.000Z', actorName: 'Phạm Văn Trưởng', kind: 'note', kindLabel: TIMELINE_KIND_LABELS.note!, text: 'Đã liên hệ Công an huyện.' },
  ],
  tasks: [
    { id: 'f5f5f5f5-ffff-4fff-8fff-ffffffffffff', title: 'Xác minh hiện trường', ownerName: 'Phạm Văn Trưởng', dueAt: '2026-05-04T04:00:00.000Z', doneAt: '2026-05-04T03:45:00.000Z', isOverdue: false },
    { id: '06060606-0000-4000-8000-000000000006', title: 'Liên hệ báo Yên Bái', ownerName: 'Phòng Báo chí', dueAt: '2026-05-04T05:00:00.000Z', doneAt: null, isOverdue: true },
    { id: '07070707-0000-4000-8000-000000000007', title: 'Chuẩn bị họp báo', ownerName: 'Nguyễn Thị Phát Ngôn', dueAt: '2026-05-05T02:00:00.000Z', doneAt: null, isOverdue: false },
  ],
  statements: [HOLDING, UPDATE],
  broadcasts: [{ sentAt: '2026-05-04T02:05:00.000Z', groupName: 'Mạng lưới báo cáo viên huyện Văn Yên', statusLabel: 'Đã gửi' }],
  review: null,
  abilities: MANAGER,
};

const REVIEWED: CrisisDetail = {
  ...CRISIS,
  status: 'stabilised',
  statusLabel: 'Đã ổn định',
  review: {
    summary: 'Thông tin ban đầu được công bố sau 3,5 giờ.',
    wentWell: 'Người phát ngôn duyệt nhanh.',
    toImprove: 'Cần lịch trực ban đêm.',
    reviewedAt: '2026-05-06T02:00:00.000Z',
    followups: [
      { title: 'Lập lịch trực ban đêm', ownerName: 'Văn phòng UBND tỉnh', dueOn: '2026-06-01' },
      { title: 'Tập huấn phát ngôn', ownerName: 'Nguyễn Thị Phát Ngôn', dueOn: '2026-06-15' },
    ],
  },
  abilities: { ...MANAGER, canClose: true },
};

const CLOSED: CrisisDetail = {
  ...REVIEWED,
  status: 'closed',
  statusLabel: 'Đã đóng',
  closedAt: '2026-05-06T10:00:00.000Z', // 06/05/2026 17:00
  // closed: nothing can be done any more, on the crisis or on its statements (as the server answers)
  statements: REVIEWED.statements.map((s) => ({ ...s, abilities: NO_STATEMENT_RIGHTS })),
  abilities: READER,
};

const OPTIONS: CrisisOptions = {
  units: [{ id: UNIT_ID, name: 'Sở Xây dựng' }],
  people: [
    { id: SPOKES_ID, name: 'Nguyễn Thị Phát Ngôn' },
    { id: LEAD_ID, name: 'Phạm Văn Trưởng' },
  ],
  groups: [{ id: GROUP_ID, name: 'Mạng lưới báo cáo viên huyện Văn Yên' }],
  roles: [
    { code: 'lead', label: 'Trưởng nhóm xử lý' },
    { code: 'spokesperson', label: 'Người phát ngôn' },
  ],
  severities: [
    { code: 1, label: 'Mức 1 — thấp' },
    { code: 3, label: 'Mức 3 — cao' },
  ],
  statuses: [
    { code: 'verifying', label: 'Đang xác minh' },
    { code: 'responding', label: 'Đang xử lý' },
  ],
  statementKinds: [
    { code: 'holding', label: 'Thông tin ban đầu' },
    { code: 'update', label: 'Thông tin cập nhật' },
    { code: 'final', label: 'Thông tin kết thúc' },
  ],
  firstStatementHours: 24,
};

const summaryOf = (c: CrisisDetail): CrisisSummary => ({
  id: c.id,
  refNo: c.refNo,
  title: c.title,
  severity: c.severity,
  severityLabel: c.severityLabel,
  status: c.status,
  statusLabel: c.statusLabel,
  unitName: c.unitName,
  detectedAt: c.timer.detectedAt,
  timer: c.timer,
});

/** Renders `node` with the seeded answers; `me` signs in a user for pages that read its rights. */
const render = (node: ReactNode, seed?: (client: QueryClient) => void, me?: Me) => {
  // what is seeded is fresh: a page shows it without the "loading" line of a refetch
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  seed?.(client);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <TestApp me={me}>{node}</TestApp>
    </QueryClientProvider>,
  );
};

/** What a person reads or hears: the text, and the labels screen readers announce (not hrefs or option values). */
const readable = (html: string) => {
  const announced = [...html.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)].map((m) => m[1]);
  return `${html.replace(/<[^>]*>/g, ' ')} ${announced.join(' ')}`;
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/i;
/** Every code of the crisis vocabularies (server side): statuses, roles, statement kinds and states, log kinds. */
const CODES = [...STATUSES, ...ROLES, ...STATEMENT_KINDS, ...Object.keys(STATEMENT_STATUS_LABELS), ...Object.keys(VERSION_STATE_LABELS), ...Object.keys(TIMELINE_KIND_LABELS)];
const CODE = new RegExp(`(^|[^\\p{L}_])(${CODES.join('|')})(?![\\p{L}_])`, 'u');

/** No id and no code in what a person reads. */
const expectNoIdOrCode = (html: string) => {
  const text = readable(html);
  expect(text).not.toMatch(UUID);
  expect(text).not.toMatch(CODE);
};

/** The markup of one statement card. */
const card = (html: string, title: string) => {
  const start = html.indexOf(`<article class="crisis-statement" aria-label="${title}">`);
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</article>', start) + '</article>'.length);
};

/** The markup of the form named `label`. */
const form = (html: string, label: string) => {
  const start = html.search(new RegExp(`<form[^>]*aria-label="${label}"`));
  expect(start).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</form>', start) + '</form>'.length);
};

/** What a statement card shows, before its buttons and forms. */
const shown = (cardHtml: string) => cardHtml.slice(0, cardHtml.indexOf('<div class="crisis-inline">'));

/** The opening tag of the control named `name`. */
const control = (html: string, name: string) => {
  const m = new RegExp(`<(?:input|textarea|select)[^>]*\\sname="${name}"[^>]*>`).exec(html);
  expect(m, `a control named ${name}`).not.toBeNull();
  return m![0];
};

const count = (html: string, s: string) => html.split(s).length - 1;

describe('the timer to the first official statement', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const running: CrisisDetail['timer'] = { detectedAt: DETECTED_AT, firstStatementAt: null, elapsedHours: 0, targetHours: 24, dueAt: DUE_AT, isStopped: false, isWithinTarget: true };

  it('counts the hours since detection live, in Vietnamese (comma decimal, dd/mm/yyyy), within the target', () => {
    vi.setSystemTime(new Date('2026-05-04T06:45:00.000Z')); // 5.25 hours after detection
    const html = render(<CrisisTimer timer={running} />);
    expect(html).toContain('role="timer"');
    expect(html).toContain('<strong>Thời gian đến thông tin chính thức đầu tiên: </strong>');
    expect(html).toContain('Đã 5,3 giờ từ khi phát hiện, chưa công bố (hạn 24 giờ, đến 05/05/2026 08:30) · Trong hạn');
    expect(html).toContain('class="crisis-timer"');
    expect(html).not.toContain('crisis-timer--late');
    expect(html).not.toContain('Quá hạn');
  });

  it('marks a running timer late past the target, from the detection time even when the server’s copy is older', () => {
    vi.setSystemTime(new Date('2026-05-05T03:00:00.000Z')); // 25.5 hours after detection
    // the copy loaded earlier still says 1 hour and within the target: the page counts on
    const html = render(<CrisisTimer timer={{ ...running, elapsedHours: 1, isWithinTarget: true }} />);
    expect(html).toContain('Đã 25,5 giờ từ khi phát hiện, chưa công bố (hạn 24 giờ, đến 05/05/2026 08:30) · Quá hạn');
    expect(html).toContain('crisis-timer--late');
    expect(html).not.toContain('Trong hạn');
  });

  it('is still within the target at the due time and late a minute after', () => {
    vi.setSystemTime(new Date(DUE_AT));
    expect(render(<CrisisTimer timer={running} />)).toContain('Đã 24 giờ từ khi phát hiện, chưa công bố (hạn 24 giờ, đến 05/05/2026 08:30) · Trong hạn');
    vi.setSystemTime(new Date(Date.parse(DUE_AT) + 60_000));
    expect(render(<CrisisTimer timer={running} />)).toContain('· Quá hạn');
  });

  it('never counts a detection time in the future as negative hours', () => {
    vi.setSystemTime(new Date(Date.parse(DETECTED_AT) - 3_600_000));
    expect(render(<CrisisTimer timer={running} />)).toContain('Đã 0 giờ từ khi phát hiện');
  });

  it('stops at the first published statement: the elapsed hours then, whatever the time now', () => {
    vi.setSystemTime(new Date('2026-05-09T00:00:00.000Z')); // days later
    const stopped = { ...running, firstStatementAt: '2026-05-04T05:00:00.000Z', elapsedHours: 3.5, isStopped: true };
    const html = render(<CrisisTimer timer={stopped} />);
    expect(html).toContain('Công bố sau 3,5 giờ (hạn 24 giờ) · Trong hạn');
    expect(html).not.toContain('chưa công bố');
    expect(html).not.toContain('crisis-timer--late');
    const late = render(<CrisisTimer timer={{ ...stopped, elapsedHours: 30.2, isWithinTarget: false }} />);
    expect(late).toContain('Công bố sau 30,2 giờ (hạn 24 giờ) · Quá hạn');
    expect(late).toContain('crisis-timer--late');
  });

  it('in the list (compact): no heading and not announced as a timer, still the hours and the late mark', () => {
    vi.setSystemTime(new Date('2026-05-05T03:00:00.000Z'));
    const html = render(<CrisisTimer timer={running} compact />);
    expect(html).toContain('crisis-timer--compact');
    expect(html).toContain('crisis-timer--late');
    expect(html).not.toContain('role="timer"');
    expect(html).not.toContain('Thời gian đến thông tin chính thức đầu tiên');
    expect(html).toContain('Đã 25,5 giờ từ khi phát hiện');
  });
});

describe('the statements of a crisis', () => {
  it('shows each statement’s latest version with its approval chain, by names and Vietnamese states', () => {
    const html = render(<Statements crisis={CRISIS} options={OPTIONS} />);
    expect(html).toContain('<h2 id="statements">Thông cáo</h2>');
    const holding = card(html, HOLDING.versions[0]!.title);
    expect(holding).toContain('Thông tin ban đầu · Đã công bố · 04/05/2026 12:00');
    expect(holding).toContain('<a href="/thong-tin-su-co/12/1">Xem trên cổng thông tin</a>');
    expect(holding).toContain('Phiên bản 2: Đã duyệt đủ');
    expect(holding).toContain('Sáng 04/5, một đoạn taluy dài 30 m bị sạt xuống mặt đường.');
    expect(holding).toContain('<h4>Nội dung chưa rõ, đang xác minh</h4><p class="crisis-text">Nguyên nhân sạt lở đang được xác minh.</p>');
    expect(holding).toContain('<h4>Cơ quan chức năng đang thực hiện</h4><p class="crisis-text">Sở Xây dựng đã phân luồng giao thông.</p>');
    expect(holding).toContain('Cập nhật tiếp theo lúc: 04/05/2026 17:00');
    expect(holding).toContain('<li>Soạn: Trần Văn Soạn, 04/05/2026 10:10</li>');
    expect(holding).toContain('<li>Người phát ngôn duyệt: Nguyễn Thị Phát Ngôn, 04/05/2026 11:00</li>');
    expect(holding).toContain('<li>Lãnh đạo duyệt: Lê Văn Lãnh Đạo, 04/05/2026 11:40</li>');
    // the superseded version is not what the card shows
    expect(html).not.toContain('Bản nháp cũ đã được thay thế');

    const final = shown(card(html, UPDATE.versions[0]!.title));
    expect(final).toContain('Thông tin kết thúc · Chưa công bố</p>');
    expect(final).toContain('Phiên bản 1: Chờ lãnh đạo duyệt');
    expect(final).not.toContain('Xem trên cổng thông tin');
    // nothing unknown any more: no empty heading; the head has not approved yet; a drafter no longer known reads "—"
    expect(final).not.toContain('Nội dung chưa rõ, đang xác minh');
    expect(final).not.toContain('Lãnh đạo duyệt');
    expect(final).not.toContain('Cập nhật tiếp theo lúc');
    expect(final).toContain('<li>Soạn: —, 04/05/2026 16:00</li>');
    expect(final).toContain('<li>Người phát ngôn duyệt: Nguyễn Thị Phát Ngôn, 04/05/2026 16:20</li>');
    expectNoIdOrCode(html);
  });

  it('offers each statement only the steps the server allows: approve, publish, withdraw with a reason, a new version', () => {
    const html = render(<Statements crisis={CRISIS} options={OPTIONS} />);
    const holding = card(html, HOLDING.versions[0]!.title);
    expect(holding).not.toContain('>Duyệt</button>');
    expect(holding).not.toContain('Công bố trên cổng thông tin');
    expect(holding).toContain('Lý do thu hồi');
    expect(holding).toContain('>Thu hồi</button>');
    expect(holding).toContain('<summary>Soạn phiên bản mới</summary>');
    // the new version starts from the latest text, its kind kept (no kind to choose)
    const revise = form(holding, 'Soạn phiên bản mới');
    expect(revise).toContain(`value="${HOLDING.versions[0]!.title}"`);
    expect(revise).toContain('>Nguyên nhân sạt lở đang được xác minh.</textarea>');
    expect(revise).not.toContain('Loại thông cáo');

    const final = card(html, UPDATE.versions[0]!.title);
    expect(final).toContain('>Duyệt</button>');
    expect(final).not.toContain('Thu hồi');

    const published = render(<Statements crisis={{ ...CRISIS, statements: [{ ...UPDATE, abilities: { ...NO_STATEMENT_RIGHTS, canPublish: true } }] }} options={OPTIONS} />);
    expect(published).toContain('>Công bố trên cổng thông tin</button>');
    expect(published).not.toContain('>Duyệt</button>');
  });

  it('drafts a new statement from the holding template, the kinds by name', () => {
    const html = render(<Statements crisis={CRISIS} options={OPTIONS} />);
    expect(html).toContain('<summary>Soạn thông cáo</summary>');
    const draft = form(html, 'Soạn thông cáo');
    expect(draft).toContain('Mẫu thông tin ban đầu: nêu điều đã xác nhận, điều chưa rõ, việc đang làm và giờ cập nhật tiếp theo.');
    expect(draft).toContain('Loại thông cáo');
    expect(draft).toMatch(/<option value="holding" selected="">Thông tin ban đầu<\/option>/);
    expect(draft).toContain('>Thông tin cập nhật</option>');
    expect(draft).toContain('>Thông tin kết thúc</option>');
    for (const label of ['Tiêu đề', 'Thông tin đã được xác nhận', 'Nội dung chưa rõ, đang xác minh', 'Cơ quan chức năng đang thực hiện', 'Cập nhật tiếp theo lúc']) expect(draft).toContain(label);
    // a holding statement must say what is not known yet and when the next update comes
    expect(control(draft, 'unknowns')).toContain('required=""');
    expect(control(draft, 'nextUpdateAtDate')).toContain('required=""');
    // a new version of a final statement needs neither
    const final = form(card(html, UPDATE.versions[0]!.title), 'Soạn phiên bản mới');
    expect(control(final, 'unknowns')).not.toContain('required');
    expect(control(final, 'nextUpdateAtDate')).not.toContain('required');
    expectNoIdOrCode(html);
  });

  it('shows a withdrawn statement with its reason', () => {
    const withdrawn = { ...HOLDING, status: 'withdrawn', statusLabel: 'Đã thu hồi', portalPath: null, withdrawalNote: 'Số liệu thương vong chưa chính xác.', abilities: NO_STATEMENT_RIGHTS };
    const html = render(<Statements crisis={{ ...CRISIS, statements: [withdrawn] }} options={OPTIONS} />);
    expect(html).toContain('Thông tin ban đầu · Đã thu hồi · 04/05/2026 12:00');
    expect(html).toContain('<p>Đã thu hồi: Số liệu thương vong chưa chính xác.</p>');
    expectNoIdOrCode(html);
  });

  it('lets a reader read the statements, with no form and no button', () => {
    const crisis: CrisisDetail = { ...CRISIS, abilities: READER, statements: CRISIS.statements.map((s) => ({ ...s, abilities: NO_STATEMENT_RIGHTS })) };
    const html = render(<Statements crisis={crisis} options={OPTIONS} />);
    expect(html).toContain(HOLDING.versions[0]!.title);
    expect(html).toContain(UPDATE.versions[0]!.title);
    expect(html).not.toContain('<form');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('Soạn thông cáo');
    expect(html).not.toContain('Soạn phiên bản mới');
  });
});

describe('the tasks of a crisis', () => {
  it('lists each task with its owner, deadline and state, overdue ones marked, and offers to finish the open ones', () => {
    const html = render(<Tasks crisis={CRISIS} options={OPTIONS} />);
    expect(html).toContain('<h2 id="tasks">Nhiệm vụ</h2>');
    expect(html).toContain('<th scope="row">Xác minh hiện trường</th><td>Phạm Văn Trưởng</td><td>04/05/2026 11:00</td><td>Đã xong (04/05/2026 10:45)</td><td></td>');
    expect(html).toContain('<th scope="row">Liên hệ báo Yên Bái</th><td>Phòng Báo chí</td><td>04/05/2026 12:00</td><td><strong>Quá hạn</strong></td>');
    expect(html).toContain('<th scope="row">Chuẩn bị họp báo</th><td>Nguyễn Thị Phát Ngôn</td><td>05/05/2026 09:00</td><td>Đang làm</td>');
    // a done task has no button; each open one its own, named by the task
    expect(count(html, '>Đánh dấu đã xong</button>')).toBe(2);
    expect(html).toContain('aria-label="Đánh dấu đã xong: Liên hệ báo Yên Bái"');
    expect(html).toContain('aria-label="Đánh dấu đã xong: Chuẩn bị họp báo"');
    expect(html).not.toContain('aria-label="Đánh dấu đã xong: Xác minh hiện trường"');
    const add = form(html, 'Giao nhiệm vụ');
    expect(add).toContain('>Nguyễn Thị Phát Ngôn</option>');
    expect(add).toContain('>Sở Xây dựng</option>');
    expect(add).toContain('Người chịu trách nhiệm');
    expect(add).toContain('Đơn vị chịu trách nhiệm');
    expectNoIdOrCode(html);
  });

  it('says so when there is no task, and gives a reader neither the form nor the buttons', () => {
    expect(render(<Tasks crisis={{ ...CRISIS, tasks: [] }} options={OPTIONS} />)).toContain('Không có');
    const html = render(<Tasks crisis={{ ...CRISIS, abilities: READER }} options={OPTIONS} />);
    expect(html).toContain('Liên hệ báo Yên Bái');
    expect(html).toContain('<strong>Quá hạn</strong>');
    expect(html).not.toContain('<form');
    expect(html).not.toContain('<button');
  });
});

describe('the working group and the on-call roster', () => {
  it('names the current holder of each role, keeps the replaced ones with their period, and marks who is on call', () => {
    const html = render(<WorkingGroup crisis={CRISIS} options={OPTIONS} />);
    expect(html).toContain('<h2 id="group">Tổ công tác</h2>');
    expect(html).toContain('<li><strong>Người phát ngôn</strong>: Nguyễn Thị Phát Ngôn (theo danh sách người phát ngôn)</li>');
    expect(html).toContain('<li><strong>Trưởng nhóm xử lý</strong>: Phạm Văn Trưởng</li>');
    expect(html).toContain('<li class="crisis-meta">Trưởng nhóm xử lý: Đã thay: Đỗ Thị Cũ (04/05/2026 09:00 – 04/05/2026 10:00)</li>');
    expect(html).toContain('<h3>Lịch trực</h3>');
    expect(html).toContain('<li>Phạm Văn Trưởng: 04/05/2026 08:00 – 04/05/2026 20:00 (đang trực)</li>');
    expect(html).toContain('<li>Nguyễn Thị Phát Ngôn: 04/05/2026 20:00 – 05/05/2026 08:00</li>');
    expectNoIdOrCode(html);
  });

  it('gives whoever manages the crisis the forms to assign a role and add a shift, roles and people by name', () => {
    const html = render(<WorkingGroup crisis={CRISIS} options={OPTIONS} />);
    const assign = form(html, 'Phân công');
    expect(assign).toContain('<option value="" selected="">— Chọn —</option>');
    expect(assign).toContain('>Trưởng nhóm xử lý</option>');
    expect(assign).toContain('>Phạm Văn Trưởng</option>');
    const shift = form(html, 'Thêm ca trực');
    expect(shift).toContain('>Nguyễn Thị Phát Ngôn</option>');
    // a shift's times are typed dd/mm/yyyy and hh:mm whatever the browser's language, not a native datetime-local
    expect(shift).not.toContain('type="datetime-local"');
    expect(shift).toContain('placeholder="dd/mm/yyyy"');
    expect(shift).toContain('placeholder="hh:mm"');
  });

  it('shows a member who may act but not manage the group and roster, without the forms', () => {
    const html = render(<WorkingGroup crisis={{ ...CRISIS, abilities: { ...READER, canAct: true } }} options={OPTIONS} />);
    expect(html).toContain('Nguyễn Thị Phát Ngôn (theo danh sách người phát ngôn)');
    expect(html).toContain('(đang trực)');
    expect(html).not.toContain('<form');
    expect(html).not.toContain('Phân công');
    expect(html).not.toContain('Thêm ca trực');
  });
});

describe('the after-action review and closing', () => {
  it('offers the review form (with a first follow-up) before the review is written, and no download yet', () => {
    const html = render(<Review crisis={{ ...CRISIS, abilities: { ...MANAGER, canReview: true } }} options={OPTIONS} />);
    expect(html).toContain('Sự cố chỉ đóng khi đã có báo cáo rút kinh nghiệm; mỗi việc tiếp theo phải có người hoặc đơn vị chịu trách nhiệm và hạn.');
    const review = form(html, 'Rút kinh nghiệm');
    for (const label of ['Tóm tắt diễn biến và kết quả', 'Những việc đã làm tốt', 'Những việc cần cải thiện', '<legend>Việc tiếp theo 1</legend>', 'Hạn hoàn thành', '>Thêm việc tiếp theo</button>', '>Lưu báo cáo rút kinh nghiệm</button>']) {
      expect(review).toContain(label);
    }
    expect(review).toContain('>Phạm Văn Trưởng</option>');
    expect(html).not.toContain('review.docx');
    expect(html).not.toContain('Đóng sự cố');
    expect(html).not.toContain('data-testid="crisis-closed"');
  });

  it('shows the written review, its follow-ups with owner and date, its DOCX, and the close button', () => {
    const html = render(<Review crisis={REVIEWED} options={OPTIONS} />);
    expect(html).toContain('<h3>Tóm tắt diễn biến và kết quả</h3><p class="crisis-text">Thông tin ban đầu được công bố sau 3,5 giờ.</p>');
    expect(html).toContain('<h3>Những việc đã làm tốt</h3><p class="crisis-text">Người phát ngôn duyệt nhanh.</p>');
    expect(html).toContain('<h3>Những việc cần cải thiện</h3><p class="crisis-text">Cần lịch trực ban đêm.</p>');
    expect(html).toContain('<li>Lập lịch trực ban đêm — Văn phòng UBND tỉnh — 01/06/2026</li>');
    expect(html).toContain('<li>Tập huấn phát ngôn — Nguyễn Thị Phát Ngôn — 15/06/2026</li>');
    expect(html).toContain(`<a href="/api/v1/crises/${CRISIS_ID}/review.docx" download="">Tải báo cáo rút kinh nghiệm (DOCX)</a>`);
    expect(html).toContain('>Đóng sự cố</button>');
    // written once: no second form
    expect(html).not.toContain('<form');
    expectNoIdOrCode(html);
  });

  it('says when the crisis was closed, the review still there, and nothing left to do', () => {
    const html = render(<Review crisis={CLOSED} options={OPTIONS} />);
    expect(html).toContain('<p data-testid="crisis-closed">Sự cố đã đóng lúc 06/05/2026 17:00.</p>');
    expect(html).toContain('Người phát ngôn duyệt nhanh.');
    expect(html).toContain('Tải báo cáo rút kinh nghiệm (DOCX)');
    expect(html).not.toContain('<form');
    expect(html).not.toContain('<button');
    expectNoIdOrCode(html);
  });
});

describe('the page of a crisis', () => {
  const page = (crisis: CrisisDetail) =>
    render(<CrisisPage id={crisis.id} />, (client) => {
      client.setQueryData(crisesQueries.crisis(crisis.id).queryKey, crisis);
      client.setQueryData(crisesQueries.options().queryKey, OPTIONS);
    });

  it('shows the crisis by its number and title, its stage, timer, facts, linked items, notifications and log', () => {
    const html = page(CRISIS);
    expect(html).not.toContain('Đang tải dữ liệu');
    expect(html).toContain('<h1 class="dt-page-header__title">Số 12 — Sạt lở đường tỉnh 151</h1>');
    expect(html).toContain('Bước xử lý: Phản hồi: thông tin chính thức, phát ngôn, đề nghị gỡ bỏ, chuyển cơ quan chức năng');
    expect(html).toContain('Công bố sau 3,5 giờ (hạn 24 giờ) · Trong hạn');
    expect(html).toContain('<dd data-testid="crisis-status">Đang xử lý</dd>');
    expect(html).toContain('Mức 3 — cao (chưa chắc chắn, đã lấy mức cao hơn)');
    expect(html).toContain('<dd>Từ một tin theo dõi dư luận</dd>');
    expect(html).toContain('<dd>04/05/2026 08:30</dd>');
    expect(html).toContain('<dd>Sở Xây dựng</dd>');
    expect(html).toContain('<dt>Chính sách liên quan</dt><dd>Nghị quyết hỗ trợ di dời dân vùng sạt lở</dd>');
    expect(html).toContain(`<a href="/office/monitoring/items/${ITEM_ID}"`);
    expect(html).toContain('Clip sạt lở trên đường tỉnh 151 lan truyền</a>');
    expect(html).toContain('04/05/2026 09:05 — Mạng lưới báo cáo viên huyện Văn Yên: Đã gửi');
    expect(html).toContain('<time dateTime="2026-05-04T03:00:00.000Z">04/05/2026 10:00</time> — Ghi chép (Phạm Văn Trưởng): Đã liên hệ Công an huyện.');
    // every part of the page: working group, tasks, statements, review
    for (const heading of ['Tổ công tác', 'Nhiệm vụ', 'Thông cáo', 'Thông báo cho nhóm mạng lưới', 'Diễn biến', 'Rút kinh nghiệm']) expect(html).toContain(`>${heading}</h2>`);
    expectNoIdOrCode(html);
  });

  it('gives a manager the status, severity, notification and log forms, statuses and levels by name', () => {
    const html = page(CRISIS);
    const status = form(html, 'Chuyển trạng thái');
    expect(status).toContain('<option value="responding" selected="">Đang xử lý</option>');
    expect(form(html, 'Đổi mức độ')).toContain('<option value="3" selected="">Mức 3 — cao</option>');
    expect(form(html, 'Gửi thông báo cho nhóm')).toContain(`<option value="${GROUP_ID}" selected="">Mạng lưới báo cáo viên huyện Văn Yên</option>`);
    expect(form(html, 'Thêm ghi chép')).toContain('Ghi chép');
  });

  it('lets a reader follow the crisis without a single form or button, the origin’s reason shown, “none” for no unit or item', () => {
    const html = page({ ...CRISIS, abilities: READER, originLabel: ORIGIN_LABELS.manual!, originReason: 'Phóng viên gọi điện hỏi.', unitName: null, unitId: null, policy: null, items: [], broadcasts: [], statements: CRISIS.statements.map((s) => ({ ...s, abilities: NO_STATEMENT_RIGHTS })) });
    expect(html).toContain('<dd>Mở trực tiếp: Phóng viên gọi điện hỏi.</dd>');
    expect(html).toContain('<dd>Không có</dd>');
    expect(html).toContain('<h2 id="items">Tin theo dõi dư luận liên quan</h2><p>Không có</p>');
    expect(html).toContain('Chưa gửi thông báo nào.');
    expect(html).not.toContain('Chính sách liên quan');
    expect(html).not.toContain('Trạng thái và mức độ');
    expect(html).not.toContain('<form');
    expect(html).not.toContain('<button');
    expectNoIdOrCode(html);
  });

  it('shows a closed crisis as closed, with its review', () => {
    const html = page(CLOSED);
    expect(html).toContain('<dd data-testid="crisis-status">Đã đóng</dd>');
    expect(html).toContain('Sự cố đã đóng lúc 06/05/2026 17:00.');
    expect(html).toContain('Tải báo cáo rút kinh nghiệm (DOCX)');
    expect(html).not.toContain('<button');
    expectNoIdOrCode(html);
  });
});

describe('opening a crisis', () => {
  const POLICIES: Answer<'/api/v1/policies'> = {
    items: [{ id: POLICY_ID, slug: 'ho-tro-di-doi', title: 'Nghị quyết hỗ trợ di dời dân vùng sạt lở', docType: 'nq_hdnd_tinh', docTypeLabel: 'Nghị quyết HĐND tỉnh', draftingUnitId: UNIT_ID, draftingUnitName: 'Sở Xây dựng', stage: 'drafting', stageLabel: 'Soạn thảo', isLargeImpact: false, updatedAt: '2026-04-01T00:00:00.000Z', versionCount: 1, openRound: null, commentCount: 0, unansweredCount: 0 }],
  };
  const open = (props: { itemId?: string; alertId?: string }) =>
    render(<CrisisNewPage {...props} />, (client) => {
      client.setQueryData(crisesQueries.options().queryKey, OPTIONS);
      client.setQueryData(crisesQueries.policies().queryKey, POLICIES);
    });

  it('opened directly: a title, the reason and the detection time are asked; levels, units, policies, people and groups by name', () => {
    const html = open({});
    expect(html).toContain('Mở sự cố truyền thông');
    expect(control(html, 'title')).toContain('required=""');
    expect(html).toContain('Lý do mở sự cố');
    expect(html).toContain('Thời điểm phát hiện');
    expect(html).toContain('Để trống: lúc này.');
    expect(html).toContain('Khi chưa chắc chắn, chọn mức cao hơn.');
    expect(html).toContain('Chưa chắc chắn về mức độ (lấy mức cao hơn một bậc)');
    expect(html).toContain('>Mức 3 — cao</option>');
    expect(html).toContain('>Sở Xây dựng</option>');
    expect(html).toContain('>Nghị quyết hỗ trợ di dời dân vùng sạt lở</option>');
    expect(html).toContain('>Nguyễn Thị Phát Ngôn</option>');
    expect(html).toContain('>Mạng lưới báo cáo viên huyện Văn Yên</option>');
    expect(html).toContain('Để trống: lấy người phát ngôn của đơn vị liên quan trong danh sách người phát ngôn.');
    expect(html).not.toContain('Mở từ tin theo dõi dư luận');
    expectNoIdOrCode(html);
  });

  it('opened from an item or an alert: says where detection time comes from, the title optional, no reason asked', () => {
    const fromItem = open({ itemId: ITEM_ID });
    expect(fromItem).toContain('Mở từ tin theo dõi dư luận; thời điểm phát hiện là lúc hệ thống thu thập tin.');
    expect(fromItem).toContain('Để trống khi mở từ tin, cảnh báo: lấy tiêu đề của tin, cảnh báo.');
    expect(control(fromItem, 'title')).not.toContain('required');
    expect(fromItem).not.toContain('Lý do mở sự cố');
    expect(fromItem).not.toContain('Thời điểm phát hiện');
    const fromAlert = open({ alertId: 'c0c0c0c0-0000-4000-8000-00000000000c' });
    expect(fromAlert).toContain('Mở từ cảnh báo dư luận; thời điểm phát hiện là lúc cảnh báo được phát.');
    expect(fromAlert).not.toContain('Lý do mở sự cố');
  });

  it('sends a date-and-time value as the instant it names on the Vietnam clock, an empty one as none, a broken one as it is', () => {
    expect(instantOf('')).toBeNull();
    // 08:30 in Vietnam is 01:30 UTC, whatever the browser's time zone
    expect(instantOf('2026-05-04T08:30')).toBe('2026-05-04T01:30:00.000Z');
    // a part typed but not valid is not dropped (the server would take "now"): it goes as it is and is refused there
    expect(instantOf('invalid')).toBe('invalid');
  });
});

describe('the crises of a monitoring item', () => {
  const other: CrisisSummary = { ...summaryOf(CRISIS), id: OTHER_CRISIS_ID, refNo: 13, title: 'Tin đồn thiếu nước sinh hoạt' };
  const itemCrises = (mine: CrisisSummary[], open: CrisisSummary[]) =>
    render(<ItemCrises itemId={ITEM_ID} />, (client) => {
      client.setQueryData(crisesQueries.list({ itemId: ITEM_ID }).queryKey, { items: mine });
      client.setQueryData(crisesQueries.list({ open: true }).queryKey, { items: open });
    });

  it('links the crises the item belongs to, opens a new one from it, and adds it only to open crises it is not in yet', () => {
    const html = itemCrises([summaryOf(CRISIS)], [summaryOf(CRISIS), other]);
    expect(html).toContain(`<a href="/office/crises/${CRISIS_ID}"`);
    expect(html).toContain('Sự cố liên quan: Số 12 — Sạt lở đường tỉnh 151</a>');
    expect(html).toContain(`href="/office/crises/new?itemId=${ITEM_ID}"`);
    expect(html).toContain('Mở sự cố từ tin này');
    const link = form(html, 'Liên kết tin với sự cố');
    expect(link).toContain(`<option value="${OTHER_CRISIS_ID}">Số 13 — Tin đồn thiếu nước sinh hoạt</option>`);
    expect(link).not.toContain(`<option value="${CRISIS_ID}"`);
    // nothing chosen yet: the button waits
    expect(link).toMatch(/<button type="submit"[^>]*disabled=""[^>]*>Liên kết tin với sự cố<\/button>/);
    expectNoIdOrCode(html);
  });

  it('offers no link form when every open crisis already has the item', () => {
    const html = itemCrises([summaryOf(CRISIS)], [summaryOf(CRISIS)]);
    expect(html).toContain('Sự cố liên quan: Số 12 — Sạt lở đường tỉnh 151');
    expect(html).not.toContain('<form');
  });
});

describe('the list of crises', () => {
  const closed: CrisisSummary = { ...summaryOf(CRISIS), id: OTHER_CRISIS_ID, refNo: 9, title: 'Tin đồn thiếu nước sinh hoạt', status: 'closed', statusLabel: 'Đã kết thúc', unitName: null };
  const list = (items: CrisisSummary[], me: Me) => render(<CrisesPage />, (client) => client.setQueryData(crisesQueries.list().queryKey, { items }), me);

  it('shows each crisis by number and title with its level, status, unit, detection time and timer, in the order given', () => {
    const html = list([summaryOf(CRISIS), closed], testUser(['crises.manage']));
    expect(html).toContain(`<a href="/office/crises/${CRISIS_ID}">Số 12 — Sạt lở đường tỉnh 151</a>`);
    expect(html).toContain(`<a href="/office/crises/${OTHER_CRISIS_ID}">Số 9 — Tin đồn thiếu nước sinh hoạt</a>`);
    expect(html.indexOf('Số 12 — ')).toBeLessThan(html.indexOf('Số 9 — '));
    const row = html.slice(html.indexOf('Số 12 — '), html.indexOf('</tr>', html.indexOf('Số 12 — ')));
    for (const cell of ['Mức 3 — cao', 'Đang xử lý', 'Sở Xây dựng', '04/05/2026 08:30', 'crisis-timer--compact']) expect(row).toContain(cell);
    const other = html.slice(html.indexOf('Số 9 — '), html.indexOf('</tr>', html.indexOf('Số 9 — ')));
    expect(other).toContain('Đã kết thúc');
    expect(other).toContain('Không có'); // no unit
    expectNoIdOrCode(html);
  });

  it('offers to open a crisis only to a user who may manage crises', () => {
    const manager = list([summaryOf(CRISIS)], testUser(['crises.manage']));
    expect(manager).toContain('href="/office/crises/new"');
    expect(manager).toContain('Mở sự cố</a>');
    const reader = list([summaryOf(CRISIS)], testUser(['crises.read']));
    expect(reader).not.toContain('href="/office/crises/new"');
    expect(reader).not.toContain('Mở sự cố</a>');
    expect(reader).toContain('Số 12 — Sạt lở đường tỉnh 151');
  });

  it('says so when there is no crisis yet', () => {
    const html = list([], testUser(['crises.manage']));
    expect(html).toContain('Chưa có sự cố nào.');
    expect(html).not.toContain('Số 12');
  });
});
