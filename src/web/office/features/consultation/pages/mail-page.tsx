import { useQuery } from '@tanstack/react-query';
import { DataTable, DateText, PageHeader } from '../../../../ui';
import { consultationQueries } from '../api';
import type { OutboxMail } from '../api-types';
import { AsyncView } from '../../../app/components/async-view';
import { LinkedText } from '../../../app/components/linked-text';
import { labelOf } from '../../policies/components/policy-text';
import { isMessageKey, type Translate } from '../../../app/i18n';
import { useI18n } from '../../../app/i18n-context';
import { useDocumentTitle } from '../../../app/use-document-title';
import '../../policies/policies.css';

const LIMIT = 100;

/** What a mail is for, in words: a purpose without a label (a module's new kind of mail) is never shown as its code. */
export function purposeLabel(purpose: string, t: Translate): string {
  const key = `mailPurpose.${purpose}`;
  return isMessageKey(key) ? t(key) : t('mail.otherPurpose');
}

function Subject({ mail }: { mail: OutboxMail }) {
  const { t } = useI18n();
  return (
    <>
      <span className="strong">{mail.subject}</span>
      <details className="mail-body">
        <summary>
          {t('mail.body')}<span className="dt-visually-hidden"> — {mail.subject}</span>
        </summary>
        <pre className="mail-body__text"><LinkedText text={mail.bodyText} /></pre>
      </details>
    </>
  );
}

/** "Thư đã gửi": the newest mail of the outbox with its text, whose addresses (verification links) are clickable. */
export function MailPage() {
  const { t } = useI18n();
  const list = useQuery(consultationQueries.mail(LIMIT));
  useDocumentTitle(t('mail.title'));
  return (
    <>
      <PageHeader title={t('mail.title')} description={t('mail.intro')} />
      <AsyncView result={list}>
        {(data) => (
          <DataTable<OutboxMail>
            caption={t('mail.caption', { count: data.items.length })}
            rows={data.items}
            rowKey={(m) => m.id}
            emptyText={t('mail.empty')}
            columns={[
              { key: 'to', header: t('mail.to'), rowHeader: true, className: 'break-all', cell: (m) => m.toAddress },
              { key: 'subject', header: t('mail.subject'), className: 'wide', cell: (m) => <Subject mail={m} /> },
              {
                key: 'purpose',
                header: t('mail.purpose'),
                cell: (m) => (
                  <>
                    {purposeLabel(m.purpose, t)}
                    {m.hasCalendar ? <><br /><span className="muted small">{t('mail.calendar')}</span></> : null}
                  </>
                ),
              },
              {
                key: 'state',
                header: t('mail.state'),
                cell: (m) => (
                  <>
                    <span className={`badge mail-state--${m.state}`}>{labelOf('mailState', m.state, t)}</span>
                    {m.lastError ? <><br /><span className="text-danger small">{m.lastError}</span></> : null}
                  </>
                ),
              },
              {
                key: 'time',
                header: t('mail.time'),
                cell: (m) => (
                  <>
                    <DateText value={m.createdAt} withTime />
                    {m.sentAt ? <><br /><span className="muted">{t('mail.sentAt')} <DateText value={m.sentAt} withTime /></span></> : null}
                  </>
                ),
              },
            ]}
          />
        )}
      </AsyncView>
    </>
  );
}
