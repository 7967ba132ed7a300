import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, DataTable, DateText, Field, PageHeader, SelectField } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { ProgressBar } from '../../../app/components/progress-bar';
import { useI18n } from '../../../app/i18n-context';
import { useSession } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { monitoringApi, monitoringQueries } from '../api';
import { IMPORT_FIELDS, type Mapping, type MonitoringImport, type Upload } from '../api-types';
import { MonitoringNav } from '../components/monitoring-parts';
import '../monitoring.css';

function MappingForm({ upload, onDone }: { upload: Upload; onDone: (message: string, ok: boolean) => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [mapping, setMapping] = useState<Mapping>(upload.preview.mapping);
  const start = useMutation({
    mutationFn: () => monitoringApi.start(upload.id, mapping),
    onSuccess: (r) => {
      void queryClient.invalidateQueries({ queryKey: monitoringQueries.all });
      onDone(r.status === 'refused' ? t('mon.imports.refused', { reason: r.reason ?? '' }) : t('mon.imports.queued'), r.status !== 'refused');
    },
  });
  const { headers, rows } = upload.preview;
  return (
    <section className="panel" aria-labelledby="mon-mapping">
      <h2 id="mon-mapping">{t('mon.imports.mapping')}</h2>
      <p>{upload.preview.saved ? t('mon.imports.savedMapping') : t('mon.imports.guessedMapping')}</p>
      <DataTable
        caption={t('mon.imports.preview', { count: rows.length })}
        rows={rows.map((r, i) => ({ i, r }))}
        rowKey={(x) => String(x.i)}
        columns={headers.map((h) => ({ key: h, header: h, cell: (x: { r: Record<string, string> }) => (x.r[h] ?? '').slice(0, 160) }))}
      />
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          start.mutate();
        }}
      >
        <div className="mon-mapping">
          {IMPORT_FIELDS.map((f) => (
            <SelectField
              key={f}
              label={t(`mon.field.${f}`)}
              requiredMark={f === 'text' ? t('mon.imports.required') : undefined}
              required={f === 'text'}
              value={mapping[f] ?? ''}
              placeholder={t('mon.imports.noColumn')}
              onChange={(e) => setMapping((m) => ({ ...m, [f]: e.target.value || undefined }))}
              options={headers.map((h) => ({ value: h, label: h }))}
            />
          ))}
        </div>
        <Button type="submit" busy={start.isPending}>
          {t('mon.imports.start')}
        </Button>
        <FormError error={start.error} />
      </form>
    </section>
  );
}

function Upload({ onUploaded }: { onUploaded: (u: Upload) => void }) {
  const { t } = useI18n();
  const [vendor, setVendor] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const upload = useMutation({ mutationFn: ({ v, f }: { v: string; f: File }) => monitoringApi.upload(v, f), onSuccess: onUploaded });
  return (
    <section className="panel" aria-labelledby="mon-upload">
      <h2 id="mon-upload">{t('mon.imports.upload')}</h2>
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          const f = file.current?.files?.[0];
          if (f) upload.mutate({ v: vendor.trim(), f });
        }}
      >
        <Field label={t('mon.imports.vendor')} required value={vendor} maxLength={100} onChange={(e) => setVendor(e.target.value)} />
        <Field label={t('mon.imports.file')} type="file" required accept=".csv,.json,.ndjson,.jsonl,.xlsx" ref={file} />
        <Button type="submit" busy={upload.isPending}>
          {t('mon.imports.upload')}
        </Button>
      </form>
      <FormError error={upload.error} />
    </section>
  );
}

function Progress({ i }: { i: MonitoringImport }) {
  const { t } = useI18n();
  return (
    <>
      <p>{t('mon.imports.counts', { read: i.rowsRead.toLocaleString('vi-VN'), imported: i.rowsImported.toLocaleString('vi-VN'), duplicate: i.rowsDuplicate.toLocaleString('vi-VN'), skipped: i.rowsSkipped.toLocaleString('vi-VN') })}</p>
      {i.status === 'running' && i.bytesTotal > 0 ? (
        <p>
          {t('mon.imports.progress')}: <ProgressBar value={Math.min(1, i.bytesRead / i.bytesTotal)} />
        </p>
      ) : null}
      {i.errors.length ? (
        <details>
          <summary>{t('mon.imports.errors')}</summary>
          <ul>
            {i.errors.map((e, k) => (
              <li key={k}>{t('mon.imports.errorRow', { row: e.row, reason: e.reason })}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/** "Nhập tệp mạng xã hội": upload an export, check the column mapping on its first rows, follow the import's progress. */
export function MonitoringImportsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('mon.imports.title'));
  const { state } = useSession();
  const canManage = state.status === 'signedIn' && state.me.abilities['monitoring.manage'] === true;
  const [uploaded, setUploaded] = useState<Upload | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [polling, setPolling] = useState(false);
  const imports = useQuery(monitoringQueries.imports(polling));
  const running = (imports.data?.items ?? []).some((i) => i.status === 'running' || i.status === 'waiting');
  if (running !== polling) setPolling(running);
  const reopen = useMutation({ mutationFn: async (i: MonitoringImport) => ({ id: i.id, preview: await monitoringApi.preview(i.id) }), onSuccess: setUploaded });
  return (
    <>
      <PageHeader title={t('mon.imports.title')} description={t('mon.imports.intro')} />
      <MonitoringNav />
      {canManage ? <Upload onUploaded={(u) => { setMessage(null); setUploaded(u); }} /> : null}
      {uploaded ? <MappingForm key={uploaded.id} upload={uploaded} onDone={(text, ok) => { setUploaded(null); setMessage({ text, ok }); }} /> : null}
      {message ? <Alert variant={message.ok ? 'success' : 'error'}>{message.text}</Alert> : null}
      <section className="panel" aria-labelledby="mon-imports-list">
        <h2 id="mon-imports-list">{t('mon.imports.list')}</h2>
        <FormError error={reopen.error} />
        <AsyncView result={imports}>
          {(data) => (
            <DataTable
              caption={t('mon.imports.list')}
              hideCaption
              rows={data.items}
              rowKey={(i) => i.id}
              emptyText={t('mon.imports.empty')}
              columns={[
                { key: 'file', header: t('mon.imports.col.file'), rowHeader: true, cell: (i) => (<><strong>{i.fileName}</strong><br />{i.vendor} · <DateText value={i.createdAt} withTime /></>) },
                { key: 'status', header: t('mon.imports.col.status'), cell: (i) => (<>{t(`mon.imports.status.${i.status}`)}{i.failureReason ? <p className="mon-health--bad">{i.failureReason}</p> : null}{i.status === 'mapping' && canManage ? <Button size="small" variant="secondary" busy={reopen.isPending} onClick={() => reopen.mutate(i)}>{t('mon.imports.continue')}</Button> : null}</>) },
                { key: 'counts', header: t('mon.imports.col.counts'), cell: (i) => <Progress i={i} /> },
              ]}
            />
          )}
        </AsyncView>
      </section>
    </>
  );
}
