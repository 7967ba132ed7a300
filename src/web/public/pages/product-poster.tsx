import type { PosterContent } from '../../../modules/products';
import { contentLang, type Locale } from '../i18n';
import { Layout, type PortalFrame } from '../layout';

const TEXTS = {
  vi: { print: 'In áp phích bằng lệnh In của trình duyệt (khổ A4).', docx: 'Tải bản DOCX để sửa, in', scan: 'Quét mã QR bằng điện thoại, hoặc gõ địa chỉ:', qr: 'Mã QR dẫn đến {url}', back: 'Quay lại' },
  en: { print: 'Print this poster with the browser’s Print command (A4).', docx: 'Download the DOCX to edit and print', scan: 'Scan the QR code with a phone, or type the address:', qr: 'QR code linking to {url}', back: 'Back' },
} as const;

/** A poster for print (`@media print` hides the site's frame): big title, plain summary, QR code, the unit. */
export function PosterPage(props: { frame: PortalFrame; locale: Locale; cssHref: string; poster: PosterContent; qrDataUri: string; docxHref: string; backHref: string }) {
  const { locale, poster: p } = props;
  const tx = TEXTS[locale];
  const content = contentLang(locale);
  return (
    <Layout frame={props.frame} locale={locale} title={p.title}>
      <link rel="stylesheet" href={props.cssHref} />
      <div className="poster__actions">
        <p>{tx.print}</p>
        <p>
          <a href={props.docxHref}>{tx.docx}</a> · <a href={props.backHref}>{tx.back}</a>
        </p>
      </div>
      <article className="poster" lang={content}>
        <p className="poster__unit">{p.unitName}</p>
        <p>
          <em>{p.kindLine}</em>
        </p>
        <h1 className="poster__title">{p.title}</h1>
        {p.summary
          .split(/\n+/)
          .filter(Boolean)
          .map((line, i) => (
            <p key={i} className="poster__summary">
              {line}
            </p>
          ))}
        <p>
          <strong>{p.callToAction}</strong>
        </p>
        <img className="poster__qr" src={props.qrDataUri} alt={tx.qr.replace('{url}', p.url)} width={246} height={246} />
        <p lang={locale === 'vi' ? undefined : locale}>{tx.scan}</p>
        <p>{p.url}</p>
      </article>
    </Layout>
  );
}
