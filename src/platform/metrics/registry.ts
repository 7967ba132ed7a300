import fs from 'node:fs';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { fromRoot } from '../root';

/**
 * The process's one metrics registry. Metrics describe the process (its requests, its pool, its memory), so they
 * are process-wide by nature; with WEB_PROCESSES>1 the primary adds up every process's registry (cluster.ts).
 * Label values are route patterns, methods, status classes, queue names and states only: never an id, an address
 * or anything a person typed.
 */
export const registry = new Registry();

collectDefaultMetrics({ register: registry });

/** Seconds buckets for a web answer: most pages answer in a few milliseconds, an export in seconds. */
const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequestDuration = new Histogram({
  name: 'dongthuan_http_request_duration_seconds',
  help: 'Thời gian trả lời yêu cầu web, theo mẫu tuyến (route), phương thức và nhóm mã trạng thái; _count là số yêu cầu',
  labelNames: ['method', 'route', 'status_class'] as const,
  buckets: REQUEST_BUCKETS,
  registers: [registry],
});

export const intakeComments = new Counter({
  name: 'dongthuan_intake_comments_total',
  help: 'Ý kiến góp ý đã qua bộ ghi theo lô: accepted (lưu mới), duplicate (gửi lại, trả biên nhận cũ), refused (vượt giới hạn), failed (lỗi)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const intakeBatchSize = new Histogram({
  name: 'dongthuan_intake_batch_size',
  help: 'Số ý kiến trong mỗi lô ghi (group commit, ADR 003)',
  buckets: [1, 2, 5, 10, 20, 50, 100, 200],
  registers: [registry],
});

export const intakeDuration = new Histogram({
  name: 'dongthuan_intake_duration_seconds',
  help: 'Thời gian từ khi ý kiến vào hàng đợi ghi đến khi có kết quả (chờ lô + ghi bền vững)',
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const dbQueryDuration = new Histogram({
  name: 'dongthuan_db_query_duration_seconds',
  help: 'Thời gian một câu lệnh SQL như ứng dụng thấy (PGlite: gồm cả thời gian chờ lượt trên kết nối duy nhất)',
  labelNames: ['driver'] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});

export const jobFailures = new Counter({
  name: 'dongthuan_job_failures_total',
  help: 'Lần chạy công việc nền thất bại (pg-boss sẽ thử lại), theo hàng đợi',
  labelNames: ['queue'] as const,
  registers: [registry],
});

export const collectFailures = new Counter({
  name: 'dongthuan_metrics_collect_failures_total',
  help: 'Lần đọc số liệu từ cơ sở dữ liệu khi được thu thập bị lỗi hoặc quá thời gian (số liệu đó bị bỏ trống lần ấy)',
  labelNames: ['collector'] as const,
  registers: [registry],
});

const version = (JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';

/** Always 1; the labels carry the release and the Node.js version. The same in every process, so never summed. */
export const buildInfo = new Gauge({
  name: 'dongthuan_build_info',
  help: 'Phiên bản Đồng Thuận (package.json) và Node.js đang chạy',
  labelNames: ['version', 'node'] as const,
  aggregator: 'first',
  registers: [registry],
});
buildInfo.set({ version, node: process.version }, 1);
