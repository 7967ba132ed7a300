/**
 * With WEB_PROCESSES>1 every web process counts its own requests, queries and memory: the primary gathers them over
 * the cluster's message channel and adds them up with prom-client's AggregatorRegistry (sums, except the metrics
 * that declare another rule: build info and Node's version are taken once, averages for event-loop lag), together
 * with its own registry (jobs, outbox, its pool). A web process asked for /metrics on the public port (with the
 * token) asks the primary, so the answer is the same whichever process the request reached.
 */
import cluster from 'node:cluster';
import { AggregatorRegistry, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import type { Scrape } from './http';
import { registry } from './registry';

/** A web process that does not answer within this is left out of that scrape (it may be restarting). */
const WORKER_TIMEOUT_MS = 3000;

type Metrics = MetricObjectWithValues<MetricValue<string>>[];
type Message =
  | { type: 'dongthuan:metrics?'; id: number }
  | { type: 'dongthuan:metrics'; id: number; metrics: Metrics }
  | { type: 'dongthuan:scrape?'; id: number }
  | { type: 'dongthuan:scrape'; id: number; contentType: string; body: string };

const isMessage = (m: unknown): m is Message => typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' && (m as { type: string }).type.startsWith('dongthuan:');

/** This process's own metrics, as text. */
export const localScrape: Scrape = async () => ({ contentType: registry.contentType, body: await registry.metrics() });

let nextId = 0;

/**
 * In the primary: a scrape that adds up its own registry and every web process's. Also answers web processes that
 * were asked for /metrics on the public port. Returns the scrape and a function that stops answering.
 */
export function clusterScrape(): { scrape: Scrape; stop: () => void } {
  const waiting = new Map<number, (metrics: Metrics) => void>();
  const scrape: Scrape = async () => {
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w?.isConnected());
    const answers = await Promise.all(
      workers.map(
        (worker) =>
          new Promise<Metrics | null>((resolve) => {
            const id = nextId++;
            const timer = setTimeout(() => (waiting.delete(id), resolve(null)), WORKER_TIMEOUT_MS);
            waiting.set(id, (metrics) => (clearTimeout(timer), waiting.delete(id), resolve(metrics)));
            worker!.send({ type: 'dongthuan:metrics?', id } satisfies Message, (err: Error | null) => err && (clearTimeout(timer), waiting.delete(id), resolve(null)));
          }),
      ),
    );
    const all = [(await registry.getMetricsAsJSON()) as Metrics, ...answers.filter((a): a is Metrics => a !== null)];
    const merged = AggregatorRegistry.aggregate(all);
    return { contentType: registry.contentType, body: await merged.metrics() };
  };
  const onMessage = (worker: import('node:cluster').Worker, m: unknown) => {
    if (!isMessage(m)) return;
    if (m.type === 'dongthuan:metrics') waiting.get(m.id)?.(m.metrics);
    if (m.type === 'dongthuan:scrape?') {
      void scrape().then(
        ({ contentType, body }) => worker.isConnected() && worker.send({ type: 'dongthuan:scrape', id: m.id, contentType, body } satisfies Message),
        () => undefined,
      );
    }
  };
  cluster.on('message', onMessage);
  return { scrape, stop: () => void cluster.off('message', onMessage) };
}

/**
 * In a web process: answers the primary's requests for this process's metrics, and returns the scrape the public
 * port's /metrics route uses (the primary's sum of all processes).
 */
export function answerPrimary(): Scrape {
  const waiting = new Map<number, (answer: { contentType: string; body: string }) => void>();
  process.on('message', (m: unknown) => {
    if (!isMessage(m)) return;
    if (m.type === 'dongthuan:metrics?') {
      void registry.getMetricsAsJSON().then((metrics) => process.send?.({ type: 'dongthuan:metrics', id: m.id, metrics: metrics as Metrics } satisfies Message));
    }
    if (m.type === 'dongthuan:scrape') waiting.get(m.id)?.({ contentType: m.contentType, body: m.body });
  });
  return () =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => (waiting.delete(id), reject(new Error('the primary did not answer the metrics request'))), WORKER_TIMEOUT_MS * 2);
      waiting.set(id, (answer) => (clearTimeout(timer), waiting.delete(id), resolve(answer)));
      process.send?.({ type: 'dongthuan:scrape?', id } satisfies Message);
    });
}
