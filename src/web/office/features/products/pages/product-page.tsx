import '../products.css';
import { useQuery } from '@tanstack/react-query';
import { Alert, DataTable, formatDate, formatDateTime, PageHeader } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { productQueries } from '../api';
import type { ProductDetail } from '../api-types';
import { AttachForm, LanguageForm, PublishActions, ReachForm } from '../components/product-actions';

type File = ProductDetail['files'][number];

/** One product: what it says, its files, language versions, reach, versions, and what the user may do with it. */
export function ProductPage({ id }: { id: string }) {
  const { t } = useI18n();
  const product = useQuery(productQueries.detail(id));
  const options = useQuery(productQueries.options());
  useDocumentTitle(product.data ? `${t('products.detail.refNo', { refNo: product.data.refNo })} — ${product.data.title}` : t('products.title'));
  return (
    <AsyncView result={product}>
      {(p) => (
        <>
          <PageHeader title={`${t('products.detail.refNo', { refNo: p.refNo })} — ${p.title}`} description={`${p.kindLabel} · ${p.statusLabel} · ${t('products.detail.version', { version: p.version })}`}>
            {p.abilities.canEdit ? (
              <Link to={paths.productEdit(p.id)} className="dt-button dt-button--secondary">
                {t('products.detail.edit')}
              </Link>
            ) : null}
            <Link to={paths.products} className="dt-button dt-button--secondary">
              {t('products.title')}
            </Link>
          </PageHeader>
          {p.status === 'withdrawn' && p.withdrawReason ? <Alert variant="warning" title={t('products.detail.withdrawn', { reason: p.withdrawReason })} /> : null}
          <p>
            {p.portalPath ? <a href={p.portalPath}>{t('products.detail.portal')}</a> : null}
            {p.posterPath ? (
              <>
                {' · '}
                <a href={p.posterPath}>{t('products.detail.poster')}</a> · <a href={`${p.portalPath}/ap-phich`}>{t('products.detail.posterPrint')}</a>
              </>
            ) : null}
            {p.scriptPath ? (
              <>
                {p.portalPath ? ' · ' : ''}
                <a href={p.scriptPath}>{t('products.detail.script')}</a>
              </>
            ) : null}
          </p>
          <PublishActions product={p} />
          <dl className="products-facts">
            <div><dt>{t('products.col.policy')}</dt><dd>{p.policy.title}</dd></div>
            <div><dt>{t('products.col.unit')}</dt><dd>{p.unitName}</dd></div>
            {p.round ? <div><dt>{t('products.detail.round')}</dt><dd>{p.round.label}</dd></div> : null}
            {p.task ? <div><dt>{t('products.detail.task')}</dt><dd>{p.task.title}</dd></div> : null}
            <div><dt>{t('products.field.channels')}</dt><dd>{p.channels.map((c) => c.label).join(', ') || t('common.dash')}</dd></div>
            {p.externalUrl ? <div><dt>{t('products.detail.external')}</dt><dd><a href={p.externalUrl} rel="noopener noreferrer">{p.externalUrl}</a></dd></div> : null}
          </dl>
          <section aria-labelledby="summary">
            <h2 id="summary">{t('products.detail.summary')}</h2>
            {p.summary ? <p className="products-text">{p.summary}</p> : <Alert variant="info" title={t('products.detail.noSummary')} />}
          </section>
          {p.body ? (
            <section aria-labelledby="body">
              <h2 id="body">{t('products.detail.body')}</h2>
              {p.readingTime ? <p data-testid="reading-time">{t('products.detail.readingTime', { time: p.readingTime.label, n: p.readingTime.words })}</p> : null}
              <p className="products-text">{p.body}</p>
            </section>
          ) : null}
          {p.broadcast ? (
            <section aria-labelledby="broadcast">
              <h2 id="broadcast">{t('products.detail.communes')}</h2>
              {p.broadcast.from && p.broadcast.to ? <p>{t('products.detail.schedule', { slots: p.broadcast.slotsPerDay ?? 1, from: formatDate(p.broadcast.from), to: formatDate(p.broadcast.to), n: p.broadcast.scheduled.toLocaleString('vi-VN') })}</p> : null}
              <p>{p.broadcast.communes.join('; ') || t('common.dash')}</p>
            </section>
          ) : null}
          <section aria-labelledby="files">
            <h2 id="files">{t('products.detail.files')}</h2>
            {p.files.length === 0 ? <p>{t('products.detail.noFiles')}</p> : <Files files={p.files} title={p.title} />}
            {p.abilities.canEdit ? <AttachForm product={p} /> : null}
          </section>
          <section aria-labelledby="languages">
            <h2 id="languages">{t('products.detail.languages')}</h2>
            {p.languageVersions.length === 0 ? <p>{t('products.detail.noLanguages')}</p> : null}
            {p.languageVersions.map((l) => (
              <article key={l.lang} className="products-box" aria-labelledby={`lang-${l.lang}`}>
                <h3 id={`lang-${l.lang}`}>
                  {l.label}: <span lang={l.lang}>{l.title}</span>
                </h3>
                {l.summary ? <p className="products-text" lang={l.lang}>{l.summary}</p> : null}
                {l.body ? <p className="products-text" lang={l.lang}>{l.body}</p> : null}
                {l.translator ? <p>{t('products.detail.translator')}: {l.translator}</p> : null}
                {l.files.length ? <Files files={l.files} title={l.title} /> : null}
              </article>
            ))}
            {p.abilities.canEdit ? <LanguageForm product={p} languages={options.data?.languages ?? []} /> : null}
          </section>
          <section aria-labelledby="reach">
            <h2 id="reach">{t('products.detail.reach')}</h2>
            {p.reach.length === 0 ? (
              <p>{t('products.detail.noReach')}</p>
            ) : (
              <>
                <DataTable
                  caption={t('products.detail.reach')}
                  rows={p.reach}
                  rowKey={(r) => `${r.channel}-${r.measure}-${r.measuredOn}-${r.value}`}
                  columns={[
                    { key: 'channel', header: t('products.detail.channel'), rowHeader: true, cell: (r) => r.channelLabel },
                    { key: 'measure', header: t('products.detail.measure'), cell: (r) => r.measureLabel },
                    { key: 'value', header: t('products.detail.value'), className: 'num', cell: (r) => r.value.toLocaleString('vi-VN') },
                    { key: 'on', header: t('products.detail.measuredOn'), cell: (r) => formatDate(r.measuredOn) },
                  ]}
                />
                <p>
                  {t('products.detail.totals')}: {p.reachTotals.map((x) => `${x.channelLabel} — ${x.measureLabel}: ${x.value.toLocaleString('vi-VN')}`).join('; ')}
                </p>
              </>
            )}
            {p.abilities.canEdit ? <ReachForm product={p} channels={options.data?.channels ?? []} measures={options.data?.measures ?? []} /> : null}
          </section>
          <section aria-labelledby="versions">
            <h2 id="versions">{t('products.detail.versions')}</h2>
            <ol reversed>
              {p.versions.map((v) => (
                <li key={v.version}>
                  <details>
                    <summary>{t('products.detail.versionBy', { version: v.version, at: formatDateTime(v.at), by: v.byName ?? t('common.dash') })}: {v.title}</summary>
                    <p className="products-text">{v.summary}</p>
                    <p className="products-text">{v.body}</p>
                  </details>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </AsyncView>
  );
}

function Files({ files, title }: { files: File[]; title: string }) {
  return (
    <ul className="products-media">
      {files.map((f) => (
        <li key={f.id}>
          {f.media === 'image' ? <img src={f.href} alt={title} loading="lazy" /> : null}
          {f.media === 'audio' ? <audio controls preload="none" src={f.href} /> : null}
          {f.media === 'video' ? <video controls preload="none" width={320} src={f.href} /> : null}
          <br />
          <a href={f.href}>{f.fileName}</a> ({Math.max(1, Math.round(f.size / 1024))} KB)
        </li>
      ))}
    </ul>
  );
}
