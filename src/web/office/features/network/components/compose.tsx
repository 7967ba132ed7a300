import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, Field } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { navigate, paths } from '../../../app/router';
import { networkApi, networkQueries } from '../api';
import type { BroadcastBody, GroupDetail } from '../api-types';

/**
 * The message to a group: subject, text and a public link; the preview shows the mail as a recipient reads it and
 * how many members each channel reaches. The server refuses office links and an empty group.
 */
export function Compose({ detail }: { detail: GroupDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [d, setD] = useState<BroadcastBody>({ groupId: detail.group.id, subject: '', text: '', link: '' });
  const [isPreview, setPreview] = useState(false);
  const send = useMutation({
    mutationFn: (body: BroadcastBody) => networkApi.broadcast({ ...body, link: body.link?.trim() ? body.link.trim() : undefined }),
    onSuccess: (b) => {
      void queryClient.invalidateQueries({ queryKey: networkQueries.all });
      navigate(paths.networkBroadcast(b.id));
    },
  });
  const errors = fieldErrors(send.error);
  const set = (patch: Partial<BroadcastBody>) => setD((x) => ({ ...x, ...patch }));
  return (
    <form className="network-form" noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); send.mutate(d); }}>
      <FormError error={send.error} shownFields={['subject', 'text', 'link']} />
      {detail.group.memberCount === 0 ? <p role="note">{t('network.compose.noMembers')}</p> : null}
      <Field label={t('network.compose.subject')} name="subject" required value={d.subject} error={errors.subject} onChange={(e) => set({ subject: e.target.value })} />
      <TextareaField label={t('network.compose.text')} name="text" required rows={5} value={d.text} error={errors.text} onChange={(e) => set({ text: e.target.value })} />
      <Field label={t('network.compose.link')} name="link" hint={t('network.compose.linkHint')} value={d.link ?? ''} error={errors.link} onChange={(e) => set({ link: e.target.value })} />
      <div className="button-row">
        <Button type="button" variant="secondary" onClick={() => setPreview(true)}>
          {t('network.compose.preview')}
        </Button>
        <Button type="submit" busy={send.isPending}>
          {t('network.compose.send')}
        </Button>
      </div>
      {isPreview ? (
        <section aria-labelledby="preview-title">
          <h3 id="preview-title">{t('network.compose.previewTitle')}</h3>
          <div className="network-preview">
            <strong>{d.subject}</strong>
            {`\n\n${d.text}${d.link ? `\n\n${d.link}` : ''}\n\n${t('network.compose.readLine')}`}
          </div>
          <ul>
            {detail.reach.map((r) => (
              <li key={r.channel}>
                {r.channel === 'webhook' ? t('network.group.reachWebhook', { channel: r.label }) : t('network.group.reachLine', { channel: r.isConfigured ? r.label : t('network.group.notConfigured', { channel: r.label }), reachable: r.reachable, unreachable: r.unreachable })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </form>
  );
}
