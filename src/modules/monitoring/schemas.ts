import { Type } from 'typebox';
import { PLATFORMS } from './labels';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const L = Type.Literal;
// explicit unions: a union built from an array loses its literal types in TypeBox's Static
const Sentiment = () => Type.Union([L('positive'), L('neutral'), L('negative')]);
const SourceKind = () => Type.Union([L('feed'), L('sitemap'), L('page'), L('import')]);
const WatchlistKind = () => Type.Union([L('place'), L('leader'), L('agency'), L('policy'), L('query')]);
const ImportStatus = () => Type.Union([L('mapping'), L('waiting'), L('running'), L('done'), L('refused'), L('failed')]);

/** Plain and highlighted pieces of a text, in order (the office renders highlighted pieces as <mark>). */
export const Segments = Type.Array(Type.Object({ text: Type.String(), hit: Type.Boolean() }));

export const SourceView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: SourceKind(),
  url: Nullable(Type.String()),
  feedFormat: Nullable(Type.String()),
  vendor: Nullable(Type.String()),
  enabled: Type.Boolean(),
  disabledReason: Nullable(Type.String()),
  pollMinutes: Type.Integer(),
  lastFetchedAt: Nullable(Type.String()),
  lastSuccessAt: Nullable(Type.String()),
  nextFetchAt: Nullable(Type.String()),
  errorStreak: Type.Integer(),
  lastError: Nullable(Type.String()),
  itemsTotal: Type.Integer(),
  /** The weekly volume dropped well below the usual week (set by the health job until it recovers). */
  volumeDropped: Type.Boolean(),
  /** Items per day over the last 14 days, oldest first (ISO date and count). */
  perDay: Type.Array(Type.Object({ day: Type.String(), count: Type.Integer() })),
});
export const SourceList = Type.Object({ items: Type.Array(SourceView) });

export const SourceCreate = Type.Object(
  {
    name: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    kind: Type.Union([L('feed'), L('sitemap'), L('page')]),
    url: Type.String({ minLength: 1, maxLength: 2000 }),
    pollMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 1440 })),
  },
  { additionalProperties: false },
);
export const SourceUpdate = Type.Object({ name: Type.Optional(Type.String({ maxLength: 200 })), pollMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 1440 })) }, { additionalProperties: false });
export const SourceEnable = Type.Object({ enabled: Type.Boolean(), reason: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) }, { additionalProperties: false });
export const ProbeBody = Type.Object({ url: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });
export const ProbeView = Type.Union([
  Type.Object({ kind: Type.Literal('feed'), format: Type.String(), title: Nullable(Type.String()), items: Type.Integer(), url: Type.String() }),
  Type.Object({ kind: Type.Literal('page'), title: Nullable(Type.String()), feedLinks: Type.Array(Type.String()), hasArticle: Type.Boolean(), url: Type.String() }),
  Type.Object({ kind: Type.Literal('refused'), reason: Type.String() }),
]);

export const ItemSummary = Type.Object({
  id: Type.String(),
  kind: Type.Union([L('article'), L('post')]),
  platform: Nullable(Type.String()),
  url: Nullable(Type.String()),
  title: Segments,
  excerpt: Segments,
  author: Nullable(Type.String()),
  publishedAt: Nullable(Type.String()),
  ingestedAt: Type.String(),
  sourceId: Type.String(),
  sourceName: Type.String(),
  sentiment: Sentiment(),
  sentimentScore: Type.Number(),
  /** A reviewer set the sentiment (the model's label was corrected). */
  sentimentCorrected: Type.Boolean(),
  relevant: Type.Boolean(),
  /** The watchlist terms found, each once ("Yên Bái", "Chủ tịch UBND tỉnh"). */
  matched: Type.Array(Type.String()),
  storyId: Nullable(Type.String()),
  storySize: Type.Integer(),
  reach: Nullable(Type.Integer()),
  engagement: Nullable(Type.Integer()),
});
export const ItemPage = Type.Object({ items: Type.Array(ItemSummary), total: Type.Integer() });

export const ItemQuery = Type.Object({
  relevant: Type.Optional(Type.Boolean()),
  sentiment: Type.Optional(Sentiment()),
  sourceId: Type.Optional(Type.String({ maxLength: 100 })),
  platform: Type.Optional(Type.String({ maxLength: 40 })),
  from: Type.Optional(Type.String({ format: 'date' })),
  to: Type.Optional(Type.String({ format: 'date' })),
  watchlistId: Type.Optional(Type.String({ maxLength: 100 })),
  storyId: Type.Optional(Type.String({ maxLength: 100 })),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
});

export const StoryView = Type.Object({
  id: Type.String(),
  title: Type.String(),
  firstSeenAt: Type.String(),
  lastSeenAt: Type.String(),
  itemCount: Type.Integer(),
  negativeCount: Type.Integer(),
  /** Another story this one is close to: a suggestion to merge, never done by the software. */
  suggestedMerge: Nullable(Type.Object({ id: Type.String(), title: Type.String(), itemCount: Type.Integer(), similarity: Type.Number() })),
});

export const ItemDetail = Type.Intersect([
  ItemSummary,
  Type.Object({
    body: Segments,
    sentimentCues: Type.Array(Type.Object({ text: Type.String(), weight: Type.Number() })),
    story: Nullable(StoryView),
    /** Other items of the story, newest first (at most 20). */
    storyMembers: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), sourceName: Type.String(), publishedAt: Nullable(Type.String()), sentiment: Sentiment() })),
  }),
]);

export const SentimentBody = Type.Object({ sentiment: Sentiment() }, { additionalProperties: false });

const WatchNameSchema = Type.Union([
  Type.String({ maxLength: 200 }),
  Type.Object({ name: Type.String({ maxLength: 200 }), exact: Type.Optional(Type.Boolean()), validFrom: Type.Optional(Nullable(Type.String({ format: 'date' }))), validTo: Type.Optional(Nullable(Type.String({ format: 'date' }))) }, { additionalProperties: false }),
]);
const TermSchema = Type.Object(
  {
    label: Type.String({ maxLength: 200 }),
    names: Type.Array(WatchNameSchema, { maxItems: 50 }),
    validFrom: Type.Optional(Nullable(Type.String({ format: 'date' }))),
    validTo: Type.Optional(Nullable(Type.String({ format: 'date' }))),
    note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export const WatchlistBody = Type.Object(
  {
    name: Type.String({ maxLength: 200 }),
    kind: WatchlistKind(),
    query: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    enabled: Type.Optional(Type.Boolean()),
    terms: Type.Optional(Type.Array(TermSchema, { maxItems: 2000 })),
  },
  { additionalProperties: false },
);
export const WatchlistView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: WatchlistKind(),
  query: Nullable(Type.String()),
  /** The saved query no longer parses (e.g. the language changed): its message, shown beside it. */
  queryError: Nullable(Type.Object({ message: Type.String(), at: Type.Integer() })),
  enabled: Type.Boolean(),
  terms: Type.Array(Type.Object({ label: Type.String(), names: Type.Array(WatchNameSchema), validFrom: Nullable(Type.String()), validTo: Nullable(Type.String()), note: Nullable(Type.String()) })),
  /** Relevant items this watchlist matched over the last 7 days. */
  matchedLastWeek: Type.Integer(),
});
export const WatchlistList = Type.Object({ items: Type.Array(WatchlistView) });
export const QueryCheckBody = Type.Object({ query: Type.String({ maxLength: 1000 }) }, { additionalProperties: false });
export const QueryCheck = Type.Object({ ok: Type.Boolean(), message: Nullable(Type.String()), at: Nullable(Type.Integer()), terms: Type.Array(Type.String()) });

const Column = () => Type.Optional(Type.String({ maxLength: 300 }));
/** Which column of the file holds each field (text is required when starting). */
export const Mapping = Type.Object({ text: Column(), url: Column(), author: Column(), platform: Column(), publishedAt: Column(), reach: Column(), engagement: Column(), title: Column(), id: Column() }, { additionalProperties: false });
export const PreviewView = Type.Object({ headers: Type.Array(Type.String()), rows: Type.Array(Type.Record(Type.String(), Type.String())), mapping: Mapping, saved: Type.Boolean() });
export const UploadView = Type.Object({ id: Type.String(), preview: PreviewView });
export const StartBody = Type.Object({ mapping: Mapping }, { additionalProperties: false });
export const StartView = Type.Object({ status: Type.Union([L('waiting'), L('refused')]), reason: Nullable(Type.String()) });
export const ImportView = Type.Object({
  id: Type.String(),
  vendor: Type.String(),
  fileName: Type.String(),
  status: ImportStatus(),
  bytesTotal: Type.Integer(),
  bytesRead: Type.Integer(),
  rowsRead: Type.Integer(),
  rowsImported: Type.Integer(),
  rowsDuplicate: Type.Integer(),
  rowsSkipped: Type.Integer(),
  errors: Type.Array(Type.Object({ row: Type.Integer(), reason: Type.String() })),
  failureReason: Nullable(Type.String()),
  createdAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});
export const ImportList = Type.Object({ items: Type.Array(ImportView) });
export const Platforms = PLATFORMS;
