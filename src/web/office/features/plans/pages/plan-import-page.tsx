import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Field, PageHeader } from '../../../../ui';
import { ApiError, isRecord } from '../../../app/api';
import { plansApi, plansQueries } from '../api';
import type { NameMapping, NameResolution, PlanPreview } from '../api-types';
import { FormError } from '../../../app/components/form-error';
import { IGNORE, NameMappingStep, namesInUse, needsMapping } from '../components/name-mapping';
import { DuplicateNotice, PlanPreviewView } from '../components/plan-preview';
import { fieldErrors, fieldKey } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { Link, navigate, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';

const ACCEPT = '.docx,.pdf,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf,text/plain';

/** The plan already imported from the same file: the preview's `duplicateOf`, or the 409 problem's (not in the contract). */
type Duplicate = { id: string; number: string | null; title: string | null };

function mappingsFrom(names: readonly NameResolution[], needs: (n: NameResolution) => boolean, choices: Record<string, string>): Record<string, NameMapping> {
  const out: Record<string, NameMapping> = {};
  for (const n of names.filter(needs)) {
    const choice = choices[n.written];
    if (choice === IGNORE) out[n.written] = { ignore: true };
    else if (choice) out[n.written] = { unitIds: [choice] };
  }
  return out;
}

/** Finds the written name an error path points at ("Sở X", "/mappings/Sở X", "mappings.Sở X"). */
function nameOfPath(path: string, written: readonly string[]): string | undefined {
  const decoded = path.replace(/~1/g, '/').replace(/~0/g, '~');
  return written.find((w) => decoded === w || decoded.endsWith(`/${w}`) || decoded === `mappings.${w}`)
    ?? written.find((w) => fieldKey(decoded) === fieldKey(w) || fieldKey(decoded) === `mappings.${fieldKey(w)}`);
}

function duplicateFrom(error: unknown, fallback: Duplicate | null): Duplicate | null {
  const raw = error instanceof ApiError && error.body ? error.body.duplicateOf : null;
  if (isRecord(raw) && typeof raw.id === 'string') {
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    return { id: raw.id, number: text(raw.number), title: text(raw.title) };
  }
  return fallback;
}

/** "Nhập kế hoạch từ văn bản": upload, preview, map unresolved unit names, then import. */
export function PlanImportPage() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [preview, setPreview] = useState<PlanPreview | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [expandGroups, setExpandGroups] = useState(false);
  const queryClient = useQueryClient();
  const reading = useMutation({
    mutationFn: plansApi.preview,
    onSuccess: (result) => {
      setChoices({});
      setExpandGroups(false);
      setPreview(result);
    },
    onError: (err) => {
      setPreview(null);
      setFileError(fieldErrors(err).file);
    },
  });
  const importing = useMutation({
    mutationFn: ({ file, mappings, expand }: { file: File; mappings: Record<string, NameMapping>; expand: boolean }) => plansApi.create(file, mappings, expand),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: plansQueries.all });
      navigate(paths.plan(created.id));
    },
  });
  const previewFailure = reading.error;
  const importFailure = importing.error;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('import.title'));

  useEffect(() => {
    if (preview) headingRef.current?.focus();
  }, [preview]);

  const onPreview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reading.reset();
    importing.reset();
    if (!file) {
      setFileError(t('import.fileRequired'));
      return;
    }
    setFileError(undefined);
    reading.mutate(file);
  };

  // a plan of another province (or of an unknown issuer) says "Sở Tư pháp" and "Các sở, ban, ngành" about its own departments
  const isForeign = preview !== null && preview.issuerCheck.status !== 'own';
  const needs = (n: NameResolution) => needsMapping(n) || (!expandGroups && n.heldForIssuer);
  const pending = preview ? preview.names.filter(needs) : [];
  const remaining = pending.filter((n) => !choices[n.written]).length;
  const written = pending.map((n) => n.written);
  const importErrors = importFailure instanceof ApiError && importFailure.status === 422 ? importFailure.errors : [];
  const nameErrors: Record<string, string> = {};
  const shownPaths: string[] = [];
  for (const e of importErrors) {
    const name = nameOfPath(e.path, written);
    if (name && !(name in nameErrors)) nameErrors[name] = e.message;
    if (name) shownPaths.push(fieldKey(e.path));
  }
  const uses = useMemo(() => (preview ? namesInUse(preview.tasks, preview.responsibilities) : {}), [preview]);
  const isDuplicate = importFailure instanceof ApiError && importFailure.status === 409;
  const duplicate = isDuplicate ? duplicateFrom(importFailure, preview?.duplicateOf ?? null) : null;

  const onImport = () => {
    if (!file || !preview || remaining > 0) return;
    importing.mutate({ file, mappings: mappingsFrom(preview.names, needs, choices), expand: isForeign && expandGroups });
  };

  return (
    <>
      <p className="back-link">
        <Link to={paths.plans}>← {t('plans.back')}</Link>
      </p>
      <PageHeader title={t('import.title')} description={t('import.intro')} />
      <form className="panel" onSubmit={onPreview} noValidate aria-labelledby="import-file-title">
        <h2 id="import-file-title">{t('import.step1')}</h2>
        <FormError error={previewFailure} shownFields={['file']} />
        <Field label={t('import.file')} hint={t('import.fileHint')} type="file" name="file" accept={ACCEPT}
          requiredMark={t('common.required')} required error={fileError}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setPreview(null);
            reading.reset();
            importing.reset();
            setFileError(undefined);
          }} />
        <Button type="submit" busy={reading.isPending}>{t('import.preview')}</Button>
      </form>
      {preview ? (
        <>
          <PlanPreviewView preview={preview} headingRef={headingRef} showDuplicate={!isDuplicate} />
          {isForeign ? (
            <Alert variant="warning" title={t('import.issuerTitle')}>
              <p>{preview.issuerCheck.message}</p>
              {preview.names.some((n) => n.heldForIssuer) ? (
                <p className="check">
                  <input id="import-expand-groups" type="checkbox" className="check__input" checked={expandGroups}
                    onChange={(e) => setExpandGroups(e.target.checked)} />
                  <label htmlFor="import-expand-groups">{t('import.expandGroups')}</label>
                </p>
              ) : null}
            </Alert>
          ) : null}
          <NameMappingStep names={preview.names} needs={needs} at={preview.at} choices={choices}
            errors={nameErrors} uses={uses} onChoose={(w, v) => {
              setChoices((c) => ({ ...c, [w]: v }));
              importing.reset();
            }} />
          <section className="panel" aria-labelledby="import-confirm-title">
            <h2 id="import-confirm-title">{t('import.confirmTitle')}</h2>
            {isDuplicate ? <DuplicateNotice duplicate={duplicate} variant="error" /> : null}
            {importFailure && !isDuplicate ? <FormError error={importFailure} shownFields={shownPaths} /> : null}
            <p id="import-remaining" className={remaining > 0 ? 'muted' : undefined} role="status">
              {pending.length === 0 ? t('mapping.none') : remaining > 0 ? t('mapping.remaining', { count: remaining }) : t('mapping.ready')}
            </p>
            <Button busy={importing.isPending || importing.isSuccess} disabled={remaining > 0} aria-describedby="import-remaining" onClick={onImport}>
              {t('import.submit')}
            </Button>
          </section>
        </>
      ) : null}
    </>
  );
}
