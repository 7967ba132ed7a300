import { getDirectory } from '../organisations';
import { registerFigureSource, type Figure } from '../plans';

type FigureRecord = ReturnType<Figure['records']>[number];
import { CHANNEL_LABELS, CHANNELS, KIND_LABELS, KINDS, LANGUAGE_LABELS, LANGUAGES, MEASURE_LABELS, MEASURES } from './labels';
import { latestReach, scheduledBroadcasts } from './present';
import { languagesOf, publishedBetween, reachOf, type ProductRow } from './repo';

// The products feed the annual results report (DOMAIN.md §8.2 I-06): products published in the year by kind and by
// channel, language versions by language, reach by channel (the latest measure of each product), and the
// loudspeaker broadcasts scheduled. A product published then withdrawn in the year still counts: it was published.
registerFigureSource(async ({ db, year }) => {
  const rows = await publishedBetween(db, `${year}-01-01T00:00:00+07:00`, `${year + 1}-01-01T00:00:00+07:00`);
  const ids = rows.map((r) => r.id);
  const [dir, languages, reach] = await Promise.all([getDirectory(db), languagesOf(db, ids), reachOf(db, ids)]);
  const record = (r: ProductRow, value: number | null = null): FigureRecord => ({ kind: 'product', id: r.id, title: `Số ${r.refNo} — ${r.title}`, unitName: dir.unit(r.unitId)?.name ?? null, value, href: `/office/products/${r.id}` });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const figures: Figure[] = [{ code: 'I-06.products', label: 'Sản phẩm truyền thông chính sách đã đăng', value: rows.length, records: () => rows.map((r) => record(r)) }];
  for (const kind of KINDS) {
    const of = rows.filter((r) => r.kind === kind);
    if (of.length) figures.push({ code: `I-06.kind.${kind}`, label: `Sản phẩm đã đăng — ${KIND_LABELS[kind][0]}`, value: of.length, records: () => of.map((r) => record(r)) });
  }
  for (const channel of CHANNELS) {
    const of = rows.filter((r) => r.channels.includes(channel));
    if (of.length) figures.push({ code: `I-06.channel.${channel}`, label: `Sản phẩm đã đăng trên kênh ${CHANNEL_LABELS[channel][0].toLowerCase()}`, value: of.length, records: () => of.map((r) => record(r)) });
  }
  for (const lang of LANGUAGES) {
    const of = languages.filter((l) => l.lang === lang);
    if (of.length) figures.push({ code: `I-06.language.${lang}`, label: `Bản ${LANGUAGE_LABELS[lang][0].toLowerCase()} của sản phẩm đã đăng`, value: of.length, records: () => of.map((l) => record(byId.get(l.productId)!)) });
  }
  const latest = latestReach(reach);
  for (const channel of CHANNELS) {
    for (const measure of MEASURES) {
      const of = latest.filter((x) => x.channel === channel && x.measure === measure);
      if (of.length) figures.push({ code: `I-06.reach.${channel}.${measure}`, label: `${MEASURE_LABELS[measure][0]} trên kênh ${CHANNEL_LABELS[channel][0].toLowerCase()}`, value: of.reduce((s, x) => s + x.value, 0), records: () => of.map((x) => record(byId.get(x.productId)!, x.value)) });
    }
  }
  const scripts = rows.filter((r) => r.kind === 'loudspeaker_script');
  const inYear = { from: `${year}-01-01`, to: `${year}-12-31` };
  if (scripts.length) figures.push({ code: 'I-06.loudspeaker.broadcasts', label: `Lượt phát trên loa truyền thanh cơ sở theo lịch trong năm ${year}`, value: scripts.reduce((s, r) => s + scheduledBroadcasts(r, inYear), 0), records: () => scripts.map((r) => record(r, scheduledBroadcasts(r, inYear))) });
  return figures;
});
