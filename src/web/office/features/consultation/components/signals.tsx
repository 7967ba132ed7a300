import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SelectField } from '../../../../ui';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { Pager } from '../../../app/components/pager';
import { SIGNAL_STATUSES, signalQueries, type SignalStatus } from './signals-api';
import { SignalItem } from './signals-item';

const PAGE = 10;
const isStatus = (v: string): v is SignalStatus => (SIGNAL_STATUSES as readonly string[]).includes(v);

/**
 * "Dấu hiệu gửi phối hợp": the round's signals (those waiting for review first) for its moderators. A signal only
 * asks a person to look: nothing here deletes or hides a comment.
 */
export function Signals({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<SignalStatus | ''>('');
  const [offset, setOffset] = useState(0);
  const list = useQuery(signalQueries.list(roundId, { limit: PAGE, offset, ...(status ? { status } : {}) }));
  return (
    <section className="panel signals" aria-labelledby="dau-hieu-tieu-de">
      <h3 id="dau-hieu-tieu-de">{t('signals.title')}</h3>
      <p className="muted">{t('signals.intro')}</p>
      <SelectField label={t('signals.filter')} name="signal-status" placeholder={t('signals.allStatuses')} value={status}
        options={SIGNAL_STATUSES.map((s) => ({ value: s, label: t(`signalStatus.${s}`) }))}
        onChange={(e) => { setOffset(0); setStatus(isStatus(e.target.value) ? e.target.value : ''); }} />
      <AsyncView result={list}>
        {(data) =>
          data.total === 0 ? (
            <EmptyText text={t('signals.none')} />
          ) : (
            <>
              <ul className="plain-list" aria-label={t('signals.listLabel')}>
                {data.items.map((s) => (
                  <li key={s.id}>
                    <SignalItem roundId={roundId} signal={s} />
                  </li>
                ))}
              </ul>
              <Pager total={data.total} offset={offset} limit={PAGE} busy={list.isFetching} onChange={setOffset} />
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
