import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Button, formatDateTime } from '../../../../ui';
import { TextareaField } from '../../../../ui/textarea-field';
import { confirmationApi, consultationQueries, useRefreshConsultation } from '../api';
import type { UnconfirmedComment } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';

function Item({ comment, onDone }: { comment: UnconfirmedComment; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const act = useMutation({
    mutationFn: async (action: 'confirm' | 'resend') => {
      if (action === 'confirm') await confirmationApi.confirm(comment.id, reason.trim());
      else await confirmationApi.resend(comment.id);
    },
    onSuccess: (_, action) =>
      onDone(t(action === 'confirm' ? 'unconfirmed.confirmed' : 'unconfirmed.resent', { code: comment.receiptCode })),
  });
  const busy = act.isPending ? act.variables : null;
  const titleId = `chua-xac-nhan-${comment.id}`;

  const run = (action: 'confirm' | 'resend') => {
    act.reset();
    if (action === 'confirm' && !reason.trim()) return setError(t('unconfirmed.reasonRequired'));
    setError(undefined);
    act.mutate(action);
  };

  return (
    <li>
      <article className="panel" aria-labelledby={titleId}>
        <h4 id={titleId}>{t('unconfirmed.item', { code: comment.receiptCode })}</h4>
        <dl className="details-list details-list--compact">
          <dt>{t('unconfirmed.sentOn')}</dt>
          <dd>{formatDateTime(comment.createdAt)}</dd>
          <dt>{t('unconfirmed.article')}</dt>
          <dd>{comment.articleLabel}</dd>
          <dt>{t('unconfirmed.name')}</dt>
          <dd>{comment.name}</dd>
          <dt>{t('unconfirmed.contact')}</dt>
          <dd>{[comment.email, comment.phone].filter(Boolean).join(' · ')}</dd>
          <dt>{t('unconfirmed.givenBy')}</dt>
          <dd>
            {t(`unconfirmed.givenBy.${comment.givenBy}`)}
            {comment.resends ? ` (${t('unconfirmed.resends', { count: comment.resends })})` : ''}
          </dd>
        </dl>
        <blockquote>{comment.excerpt}</blockquote>
        <FormError error={act.error} shownFields={['reason']} />
        <TextareaField label={t('unconfirmed.reason')} hint={t('unconfirmed.reasonHint')} name={`reason-${comment.id}`} rows={2} maxLength={500}
          value={reason} error={error} onChange={(e) => { setReason(e.target.value); setError(undefined); }} />
        <div className="button-row">
          <Button busy={busy === 'confirm'} disabled={busy !== null} onClick={() => run('confirm')}>
            {t('unconfirmed.confirm')}
          </Button>
          {comment.canResend ? (
            <Button variant="secondary" busy={busy === 'resend'} disabled={busy !== null} onClick={() => run('resend')}>
              {t('unconfirmed.resend')}
            </Button>
          ) : null}
        </div>
      </article>
    </li>
  );
}

/**
 * The comments of a round waiting for their commenter's confirmation, with how each was given, "Xác nhận thay
 * người góp ý" (a reason is required, and audited) and "Gửi lại liên kết". Meant for the moderation view.
 */
export function UnconfirmedComments({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = useRefreshConsultation();
  const list = useQuery(consultationQueries.unconfirmed(roundId));
  return (
    <section aria-labelledby="chua-xac-nhan-tieu-de" className="unconfirmed-comments">
      <h3 id="chua-xac-nhan-tieu-de">{t('unconfirmed.title', { count: list.data?.total ?? 0 })}</h3>
      <p className="muted">{t('unconfirmed.intro')}</p>
      {notice ? <Alert variant="success">{notice}</Alert> : null}
      <AsyncView result={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyText text={t('unconfirmed.none')} />
          ) : (
            <>
              <ul className="plain-list">
                {data.items.map((c) => (
                  <Item key={c.id} comment={c} onDone={(message) => { setNotice(message); void refresh(); }} />
                ))}
              </ul>
              {data.total > data.items.length ? <p className="muted">{t('unconfirmed.more', { shown: data.items.length, count: data.total })}</p> : null}
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
