/**
 * A consultation round of the generated corpus (bench/lib/comment-corpus.ts) written into the database by bulk
 * SQL, for the campaign synthesis benchmark: every comment published with a published answer, the planted
 * campaigns stored as the assignment job would leave them (comment_campaigns, and one comment_fingerprints row per
 * comment with its campaign). Membership comes from the generator's truth, not from the assignment job: the job's
 * own speed and quality are measured by the near-dup benchmark and its tests.
 */
import { syllableKey } from '../../src/platform/near-dup/fingerprint';
import type { Database } from '../../src/platform/db';
import { generateComments, type CorpusPlan } from './comment-corpus';

/** What the planted truth says the synthesis report must state. */
export interface CampaignTruth {
  /** Published comments (every comment of the round). */
  signers: number;
  /** Campaigns of two members or more (every planted campaign has at least two). */
  campaigns: number;
  /** Comments in a campaign. */
  campaignSigners: number;
  largest: number;
  /** Distinct arguments: a campaign counts one, every other comment one. */
  arguments: number;
}

/** The counts the planted truth implies, as argumentCounts() should find them in the round. */
export function truthOf(plan: CorpusPlan): CampaignTruth {
  const campaignSigners = plan.campaignSizes.reduce((a, b) => a + b, 0);
  return {
    signers: plan.size,
    campaigns: plan.campaignSizes.length,
    campaignSigners,
    largest: plan.campaignSizes[0] ?? 0,
    arguments: plan.size - campaignSigners + plan.campaignSizes.length,
  };
}

// Answers as an officer would write them; a campaign's members share one (the campaign's answer applied to all).
const DISPOSITIONS = ['tiep_thu', 'tiep_thu_mot_phan', 'giai_trinh', 'ngoai_pham_vi'];
const EXPLANATIONS = [
  'Cơ quan soạn thảo tiếp thu, đã chỉnh sửa nội dung theo hướng đề nghị và bổ sung quy định chuyển tiếp.',
  'Tiếp thu một phần: bổ sung đối tượng ưu tiên; mức thu giữ nguyên do cân đối ngân sách giai đoạn 2027 - 2030.',
  'Giải trình: nội dung này đã được quy định tại văn bản của Trung ương nên dự thảo không quy định lại.',
  'Ý kiến nằm ngoài phạm vi điều chỉnh của dự thảo; cơ quan soạn thảo chuyển cơ quan có thẩm quyền xem xét.',
];
const STANCES = ['agree', 'propose', 'disagree', 'propose', 'agree'];
const TYPES = ['citizen', 'citizen', 'citizen', 'business', 'organisation', 'citizen', 'agency'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Giàng', 'Lò', 'Hà', 'Sùng'];
const GIVEN = ['Văn An', 'Thị Bình', 'Minh Châu', 'Thị Dung', 'Văn Hải', 'Thị Hoa', 'A Páo', 'Thị Lan', 'Quang Minh', 'Thị Ngọc'];


/**
 * Writes the plan's campaigns, then its comments in batches of `batch` (generated one batch at a time: never all
 * texts in memory), each batch as three statements fed from one JSON parameter: comments, answers, fingerprints.
 * A campaign's members are on one article (`anchors[c % n]`, null = general comments) with one stance and one
 * answer; the other comments are spread over the anchors by position. Arrival times run one second apart from
 * `start`, in corpus order. Returns the seconds spent generating texts and writing rows.
 */
export async function insertCampaignRound(
  database: Database,
  opts: { roundId: string; anchors: (string | null)[]; plan: CorpusPlan; start: Date; batch?: number; onProgress?: (done: number) => void },
): Promise<{ generateSec: number; writeSec: number }> {
  const { plan, roundId } = opts;
  const batch = opts.batch ?? 5_000;
  const arrays = [JSON.stringify(opts.anchors), JSON.stringify(DISPOSITIONS), JSON.stringify(EXPLANATIONS)];
  // the first member of each campaign in arrival order (corpus order) is the campaign's first comment
  const first = new Int32Array(plan.campaignSizes.length).fill(-1);
  plan.truth.forEach((c, i) => {
    if (c >= 0 && first[c] === -1) first[c] = i;
  });
  let writeMs = 0;
  let generateMs = 0;
  let t0 = performance.now();
  for (let from = 0; from < plan.campaignSizes.length; from += 10_000) {
    const pairs = Array.from(first.subarray(from, from + 10_000), (g, k) => [from + k, g]);
    await database.query(
      `insert into comment_campaigns (id, round_id, first_comment_id, disposition, explanation, answered_by, answered_at, created_at)
       select 'bench-camp-' || (e->>0), $1, 'bench-cc-' || (e->>1), $3::jsonb ->> ((e->>0)::int % 4), $4::jsonb ->> ((e->>0)::int % 4), 'bench', now(), now()
       from json_array_elements($2::json) e`,
      [roundId, JSON.stringify(pairs), arrays[1], arrays[2]],
    );
  }
  writeMs += performance.now() - t0;
  const start = opts.start.toISOString();
  for (let from = 0; from < plan.size; from += batch) {
    t0 = performance.now();
    const rows: [number, number, string][] = [];
    const keys: [number, number, string][] = [];
    for (const c of generateComments(plan, from, Math.min(plan.size, from + batch))) {
      rows.push([c.index, c.campaign, c.text]);
      keys.push([c.index, c.campaign, syllableKey(c.text, false).exact]);
    }
    const t1 = performance.now();
    generateMs += t1 - t0;
    // the row's article, stance and answer follow its campaign when it has one, its position otherwise
    const pick = (list: string) => `${list} ->> ((case when c >= 0 then c else g end) % jsonb_array_length(${list}))`;
    await database.query(
      `insert into comments (id, round_id, receipt_code, idempotency_key, article_anchor, commenter_type, name, phone, consent,
                             stance, body, public_body, state, client_key, created_at, published_at, moderated_by)
       select 'bench-cc-' || g, $1, 'GY-C' || lpad(g::text, 9, '0'), 'bench-camp-' || g, ${pick('$3::jsonb')},
              $4::jsonb ->> (g % 7), ($5::text[])[1 + g % 12] || ' ' || ($6::text[])[1 + (g / 12) % 10],
              '09' || lpad((g % 100000000)::text, 8, '0'), '{"processing": true, "contact": false, "showName": false}'::jsonb,
              ${pick('$7::jsonb')}, body, body, 'published', 'ip:bench-' || (g % 5000),
              $8::timestamptz + g * interval '1 second', now(), 'bench'
       from (select (e->>0)::int as g, (e->>1)::int as c, e->>2 as body from json_array_elements($2::json) e) r`,
      [roundId, JSON.stringify(rows), arrays[0], JSON.stringify(TYPES), FAMILY, GIVEN, JSON.stringify(STANCES), start],
    );
    await database.query(
      `insert into comment_answers (comment_id, disposition, explanation, state, answered_by, approved_by, approved_at, published_at)
       select 'bench-cc-' || g, $2::jsonb ->> (k % 4), $3::jsonb ->> (k % 4), 'published', 'bench', 'bench', now(), now()
       from (select (e->>0)::int as g, case when (e->>1)::int >= 0 then (e->>1)::int else (e->>0)::int end as k from json_array_elements($1::json) e) r`,
      [JSON.stringify(keys.map(([g, c]) => [g, c])), arrays[1], arrays[2]],
    );
    await database.query(
      `insert into comment_fingerprints (comment_id, round_id, comment_created_at, exact_key, signature, campaign_id)
       select 'bench-cc-' || g, $2, $3::timestamptz + g * interval '1 second', exact, null, case when c >= 0 then 'bench-camp-' || c end
       from (select (e->>0)::int as g, (e->>1)::int as c, e->>2 as exact from json_array_elements($1::json) e) r`,
      [JSON.stringify(keys), roundId, start],
    );
    writeMs += performance.now() - t1;
    opts.onProgress?.(Math.min(plan.size, from + batch));
  }
  t0 = performance.now();
  for (const table of ['comments', 'comment_answers', 'comment_fingerprints', 'comment_campaigns']) await database.query(`analyze ${table}`);
  writeMs += performance.now() - t0;
  return { generateSec: generateMs / 1000, writeSec: writeMs / 1000 };
}

