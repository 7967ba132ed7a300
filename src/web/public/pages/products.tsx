import type { PublicFile, PublicProductCard, PublicProductPage } from '../../../modules/products';
import { formatDate } from '../dates';
import { contentLang, type Locale } from '../i18n';
import { Layout, type PortalFrame } from '../layout';

/** The pages' own texts (Vietnamese first). Product titles and summaries are never translated here. */
const TEXTS = {
  vi: {
    title: 'Sản phẩm truyền thông chính sách',
    intro: 'Infographic, video, tin bài, chương trình phát thanh, truyền hình, tờ rơi và kịch bản truyền thanh cơ sở giải thích các chính sách của tỉnh, có bản tiếng Anh và tiếng dân tộc thiểu số.',
    search: 'Tìm (có dấu hoặc không dấu)',
    kind: 'Loại',
    policy: 'Chính sách',
    language: 'Ngôn ngữ',
    any: 'Tất cả',
    filter: 'Lọc',
    found: 'Có {n} sản phẩm.',
    empty: 'Không có sản phẩm nào phù hợp.',
    languages: 'Có bản: {list}',
    summary: 'Tóm tắt dễ hiểu',
    explains: 'Chính sách được giải thích',
    policyPage: 'Xem dự thảo và góp ý',
    media: 'Nội dung',
    content: 'Nội dung chi tiết',
    readingTime: 'Thời lượng đọc khoảng {time} ({n} chữ).',
    downloads: 'Tải về',
    external: 'Xem tại nguồn đăng',
    channels: 'Kênh đã đăng, phát',
    otherLanguages: 'Bản bằng ngôn ngữ khác',
    translator: 'Người dịch: {name}',
    poster: 'Áp phích để in (A4, có mã QR)',
    posterDocx: 'Tải áp phích (DOCX)',
    posterPrint: 'Xem bản in',
    unit: 'Đơn vị thực hiện',
    published: 'Đăng ngày {date}',
    back: 'Tất cả sản phẩm',
    noAudio: 'Trình duyệt không phát được âm thanh; tải tệp về để nghe:',
    noVideo: 'Trình duyệt không phát được video; tải tệp về để xem:',
  },
  en: {
    title: 'Policy communication products',
    intro: 'Infographics, videos, articles, radio and TV programmes, leaflets and loudspeaker scripts explaining the province’s policies, with versions in English and in ethnic-minority languages.',
    search: 'Search (accents optional)',
    kind: 'Kind',
    policy: 'Policy',
    language: 'Language',
    any: 'All',
    filter: 'Filter',
    found: '{n} products.',
    empty: 'No product matches.',
    languages: 'Also in: {list}',
    summary: 'Plain-language summary',
    explains: 'The policy it explains',
    policyPage: 'Read the draft and comment',
    media: 'Content',
    content: 'Full text',
    readingTime: 'About {time} to read aloud ({n} words).',
    downloads: 'Downloads',
    external: 'See it where it was published',
    channels: 'Published or broadcast on',
    otherLanguages: 'Other languages',
    translator: 'Translated by {name}',
    poster: 'Printable poster (A4, with a QR code)',
    posterDocx: 'Download the poster (DOCX)',
    posterPrint: 'Print view',
    unit: 'Produced by',
    published: 'Published {date}',
    back: 'All products',
    noAudio: 'Your browser cannot play this audio; download it:',
    noVideo: 'Your browser cannot play this video; download it:',
  },
} as const;

const fill = (s: string, params: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
const label = (locale: Locale, pair: readonly [string, string]) => (locale === 'vi' ? pair[0] : pair[1]);
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export interface GalleryFilters {
  q: string;
  kind: string;
  policy: string;
  lang: string;
}

/** The gallery with filters that work without JavaScript (a GET form). */
export function ProductsPage(props: { frame: PortalFrame; locale: Locale; cssHref: string; filters: GalleryFilters; items: PublicProductCard[]; kinds: { code: string; label: readonly [string, string] }[]; languages: { code: string; label: readonly [string, string] }[]; policies: { slug: string; title: string }[] }) {
  const { locale, filters } = props;
  const tx = TEXTS[locale];
  const content = contentLang(locale);
  return (
    <Layout frame={props.frame} locale={locale} title={tx.title}>
      <link rel="stylesheet" href={props.cssHref} />
      <h1>{tx.title}</h1>
      <p>{tx.intro}</p>
      <form method="get" action="/san-pham-truyen-thong" role="search" className="product-filters">
        <p>
          <label htmlFor="q">{tx.search}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} />
        </p>
        <p>
          <label htmlFor="loai">{tx.kind}</label>
          <select id="loai" name="loai" defaultValue={filters.kind}>
            <option value="">{tx.any}</option>
            {props.kinds.map((k) => (
              <option key={k.code} value={k.code}>
                {label(locale, k.label)}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="chinh-sach">{tx.policy}</label>
          <select id="chinh-sach" name="chinh-sach" defaultValue={filters.policy}>
            <option value="">{tx.any}</option>
            {props.policies.map((p) => (
              <option key={p.slug} value={p.slug} lang={content}>
                {p.title}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label htmlFor="ngon-ngu">{tx.language}</label>
          <select id="ngon-ngu" name="ngon-ngu" defaultValue={filters.lang}>
            <option value="">{tx.any}</option>
            {props.languages.map((l) => (
              <option key={l.code} value={l.code}>
                {label(locale, l.label)}
              </option>
            ))}
          </select>
        </p>
        <button type="submit">{tx.filter}</button>
      </form>
      <p role="status">{props.items.length ? fill(tx.found, { n: props.items.length }) : tx.empty}</p>
      <ul className="product-grid">
        {props.items.map((p) => (
          <li key={p.refNo} className="product-card">
            {p.image ? <Img file={p.image} alt="" /> : null}
            <h2 lang={content}>
              <a href={p.path}>{p.title}</a>
            </h2>
            <p>
              {label(locale, p.kindLabel)} · <span lang={content}>{p.unitName}</span>
            </p>
            <p lang={content}>{p.summary.length > 220 ? `${p.summary.slice(0, 217)}…` : p.summary}</p>
            {p.languages.length ? <p>{fill(tx.languages, { list: p.languages.map((l) => label(locale, l.label)).join(', ') })}</p> : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** An image with its explicit size, loaded lazily (light on 3G). */
function Img(props: { file: PublicFile; alt: string; eager?: boolean }) {
  const size = props.file.size2d ?? { width: 640, height: 480 };
  return <img src={props.file.href} alt={props.alt} width={size.width} height={size.height} loading={props.eager ? undefined : 'lazy'} decoding="async" />;
}

function Media(props: { files: PublicFile[]; locale: Locale; title: string; lang?: string }) {
  const tx = TEXTS[props.locale];
  return (
    <>
      {props.files.map((f, i) =>
        f.media === 'image' ? (
          <figure key={f.href}>
            <Img file={f} alt={props.title} eager={i === 0} />
          </figure>
        ) : f.media === 'video' ? (
          <figure key={f.href}>
            <video controls preload="none" width={640} height={360} src={f.href}>
              {tx.noVideo} <a href={f.href}>{f.fileName}</a>
            </video>
          </figure>
        ) : f.media === 'audio' ? (
          <figure key={f.href}>
            <audio controls preload="none" src={f.href}>
              {tx.noAudio} <a href={f.href}>{f.fileName}</a>
            </audio>
          </figure>
        ) : null,
      )}
    </>
  );
}

function Downloads(props: { files: PublicFile[] }) {
  if (props.files.length === 0) return null;
  return (
    <ul>
      {props.files.map((f) => (
        <li key={f.href}>
          <a href={f.href} download={f.fileName}>
            {f.fileName}
          </a>{' '}
          ({kb(f.size)})
        </li>
      ))}
    </ul>
  );
}

/** One published product: summary, media played natively, downloads, language versions with their `lang`. */
export function ProductPage(props: { frame: PortalFrame; locale: Locale; cssHref: string; product: PublicProductPage }) {
  const { locale, product: p } = props;
  const tx = TEXTS[locale];
  const content = contentLang(locale);
  return (
    <Layout frame={props.frame} locale={locale} title={p.title}>
      <link rel="stylesheet" href={props.cssHref} />
      <p>
        <a href="/san-pham-truyen-thong">{tx.back}</a>
      </p>
      <h1 lang={content}>{p.title}</h1>
      <p>
        {label(locale, p.kindLabel)} · {tx.unit}: <span lang={content}>{p.unitName}</span>
        {p.publishedOn ? ` · ${fill(tx.published, { date: formatDate(locale, p.publishedOn, 'short') })}` : ''}
      </p>
      <section aria-labelledby="tom-tat">
        <h2 id="tom-tat">{tx.summary}</h2>
        <p className="product-summary" lang={content}>
          {p.summary}
        </p>
      </section>
      {p.files.some((f) => f.media !== 'document') ? (
        <section aria-labelledby="noi-dung-sp" className="product-media">
          <h2 id="noi-dung-sp">{tx.media}</h2>
          <Media files={p.files} locale={locale} title={p.title} />
        </section>
      ) : null}
      {p.body ? (
        <section aria-labelledby="chi-tiet">
          <h2 id="chi-tiet">{tx.content}</h2>
          {p.readingTime ? <p>{fill(tx.readingTime, { time: locale === 'vi' ? p.readingTime.label : `${Math.ceil(p.readingTime.words / 150)} min`, n: p.readingTime.words })}</p> : null}
          <div className="product-body" lang={content}>
            {p.body}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="chinh-sach-sp">
        <h2 id="chinh-sach-sp">{tx.explains}</h2>
        <p lang={content}>{p.policyTitle}</p>
        {p.hasPolicyPage ? (
          <p>
            <a href={`/gop-y/${p.policySlug}`}>{tx.policyPage}</a>
          </p>
        ) : null}
        {p.channels.length ? (
          <p>
            {tx.channels}: {p.channels.map((c) => label(locale, c)).join(', ')}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="tai-ve">
        <h2 id="tai-ve">{tx.downloads}</h2>
        <Downloads files={p.files} />
        {p.externalUrl ? (
          <p>
            <a href={p.externalUrl} rel="noopener noreferrer">
              {tx.external}
            </a>
          </p>
        ) : null}
        <p>
          {tx.poster}: <a href={`${p.path}/ap-phich.docx`}>{tx.posterDocx}</a> · <a href={`${p.path}/ap-phich`}>{tx.posterPrint}</a>
        </p>
      </section>
      {p.languageVersions.length ? (
        <section aria-labelledby="ngon-ngu-khac">
          <h2 id="ngon-ngu-khac">{tx.otherLanguages}</h2>
          {p.languageVersions.map((l) => (
            <article key={l.code} className="product-language" aria-labelledby={`ban-${l.code}`}>
              <p>{label(locale, l.label)}</p>
              <h3 id={`ban-${l.code}`} lang={l.code}>
                {l.title}
              </h3>
              {l.summary ? (
                <p className="product-summary" lang={l.code}>
                  {l.summary}
                </p>
              ) : null}
              {l.body ? (
                <div className="product-body" lang={l.code}>
                  {l.body}
                </div>
              ) : null}
              <div className="product-media">
                <Media files={l.files} locale={locale} title={l.title} />
              </div>
              <Downloads files={l.files} />
              {l.translator ? <p>{fill(tx.translator, { name: l.translator })}</p> : null}
            </article>
          ))}
        </section>
      ) : null}
    </Layout>
  );
}
