import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Field, PageHeader } from '../../../../ui';
import { orgQueries } from '../api';
import { orgImportApi } from '../components/org-import-api';
import { OrgImportPreview } from '../components/org-import-preview';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** "Nhập danh mục từ tệp": download the template, upload, preview problems and changes, then apply in one go. */
export function OrgImportPage() {
  const { t } = useI18n();
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | undefined>();
  const queryClient = useQueryClient();
  const previewing = useMutation({
    mutationFn: orgImportApi.preview,
    onError: (err) => setFileError(fieldErrors(err).file),
  });
  const applying = useMutation({
    mutationFn: orgImportApi.apply,
    // the tree, the groups and every unit page show the new directory
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgQueries.all }),
  });
  // a preview is shown until the file is applied (or another is chosen)
  const result = applying.data ?? null;
  const preview = (result ? null : previewing.data) ?? null;
  const resetAll = () => {
    previewing.reset();
    applying.reset();
  };
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('orgImport.title'));

  useEffect(() => {
    if (preview) headingRef.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const onPreview = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resetAll();
    if (files.length === 0) {
      setFileError(t('orgImport.fileRequired'));
      return;
    }
    setFileError(undefined);
    previewing.mutate(files);
  };

  const onApply = () => {
    if (!preview || preview.issues.length) return;
    applying.mutate(files);
  };

  const c = preview?.counts;
  const changes = c ? c.units.created + c.units.updated + c.successions.created + c.successions.updated + c.aliases.created : 0;
  const blocked = !preview || preview.issues.length > 0 || changes === 0;

  return (
    <>
      <p className="back-link">
        <Link to={paths.org}>← {t('orgImport.back')}</Link>
      </p>
      <PageHeader title={t('orgImport.title')} description={t('orgImport.intro')} />
      <section className="panel" aria-labelledby="org-import-template-title">
        <h2 id="org-import-template-title">{t('orgImport.templateTitle')}</h2>
        <p className="muted">{t('orgImport.templateHint')}</p>
        <ul className="org-import__templates">
          <li><a href={orgImportApi.xlsxTemplateHref} download>{t('orgImport.templateXlsx')}</a></li>
          <li><a href={orgImportApi.csvTemplateHref('units')} download>{t('orgImport.templateUnits')}</a></li>
          <li><a href={orgImportApi.csvTemplateHref('successions')} download>{t('orgImport.templateSuccessions')}</a></li>
          <li><a href={orgImportApi.csvTemplateHref('aliases')} download>{t('orgImport.templateAliases')}</a></li>
        </ul>
      </section>
      {result ? (
        <div ref={resultRef} tabIndex={-1}>
          <Alert variant="success" title={result.changed ? t('orgImport.done') : t('orgImport.unchangedResult')}>
            {result.changed ? (
              <p>
                {t('orgImport.doneBody', {
                  uc: result.counts.units.created, uu: result.counts.units.updated,
                  sc: result.counts.successions.created, su: result.counts.successions.updated, ac: result.counts.aliases.created,
                })}
              </p>
            ) : null}
            <p><Link to={paths.org}>{t('orgImport.viewTree')}</Link></p>
          </Alert>
        </div>
      ) : null}
      <form className="panel" onSubmit={onPreview} noValidate aria-labelledby="org-import-file-title">
        <h2 id="org-import-file-title">{t('orgImport.step1')}</h2>
        <FormError error={previewing.error} shownFields={['file']} />
        <Field label={t('orgImport.file')} hint={t('orgImport.fileHint')} type="file" name="file" accept={ACCEPT} multiple
          requiredMark={t('common.required')} required error={fileError}
          onChange={(e) => {
            setFiles([...(e.target.files ?? [])]);
            resetAll();
            setFileError(undefined);
          }} />
        <Button type="submit" busy={previewing.isPending}>{t('orgImport.preview')}</Button>
      </form>
      {preview ? (
        <>
          <OrgImportPreview preview={preview} headingRef={headingRef} />
          <section className="panel" aria-labelledby="org-import-confirm-title">
            <h2 id="org-import-confirm-title">{t('orgImport.confirmTitle')}</h2>
            {applying.error ? <FormError error={applying.error} /> : null}
            <p id="org-import-state" role="status" className={blocked ? 'muted' : undefined}>
              {preview.issues.length ? t('orgImport.blocked') : changes === 0 ? t('orgImport.nothing') : t('orgImport.ready')}
            </p>
            <Button busy={applying.isPending} disabled={blocked} aria-describedby="org-import-state" onClick={onApply}>
              {t('orgImport.submit')}
            </Button>
          </section>
        </>
      ) : null}
    </>
  );
}
