import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Field } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { policiesApi, useRefreshPolicies } from '../api';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { FormError } from '../../../app/components/form-error';

const ACCEPT = '.docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

/** Uploads a new version of the draft text (.docx or .txt) with a change note; lists the server's reading notes. */
export function VersionUploadForm({ policyId }: { policyId: string }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [fileError, setFileError] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const refresh = useRefreshPolicies();
  const upload = useMutation({
    mutationFn: (chosen: File) => policiesApi.addVersion(policyId, chosen, note.trim()),
    onSuccess: () => {
      setFile(null);
      setNote('');
      formRef.current?.reset();
      void refresh();
    },
    onError: (err) => setFileError(fieldErrors(err).file),
  });
  const created = upload.data;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      upload.reset();
      setFileError(t('versions.fileRequired'));
      return;
    }
    setFileError(undefined);
    upload.mutate(file);
  };

  const warnings = created?.warnings ?? [];
  return (
    <form ref={formRef} className="panel" onSubmit={onSubmit} noValidate aria-labelledby="version-upload-title">
      <h3 id="version-upload-title">{t('versions.upload')}</h3>
      {created ? (
        <Alert variant="success" title={t('versions.uploaded', { no: created.versionNo, count: created.articles.length })}>
          {warnings.length > 0 ? (
            <>
              <p>{t('versions.warnings')}</p>
              <ul>
                {warnings.map((w, i) => <li key={i}>{w}</li>)}
              </ul>
            </>
          ) : null}
        </Alert>
      ) : null}
      <FormError error={upload.error} shownFields={['file']} />
      <Field label={t('versions.file')} type="file" name="file" accept={ACCEPT} required requiredMark={t('common.required')}
        error={fileError} onChange={(e) => { setFile(e.target.files?.[0] ?? null); setFileError(undefined); }} />
      <TextareaField label={t('versions.changeNote')} name="changeNote" rows={3} value={note}
        onChange={(e) => setNote(e.target.value)} />
      <Button type="submit" busy={upload.isPending}>{t('versions.submit')}</Button>
    </form>
  );
}
