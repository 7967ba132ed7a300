import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AnswerTemplate } from '../api-types-rounds';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView, EmptyText } from '../../../app/components/async-view';
import { Pager } from '../../../app/components/pager';
import { campaignQueries } from './campaigns-api';
import { CampaignItem } from './campaigns-item';

const PAGE = 10;

/**
 * "Chiến dịch / ý kiến trùng lặp": the round's campaigns of near-identical comments, largest first, each answered
 * and approved once for all its signers. Comments are placed within seconds of arrival by the server's job.
 */
export function Campaigns({ roundId, templates }: { roundId: string; templates: readonly AnswerTemplate[] }) {
  const { t } = useI18n();
  const [offset, setOffset] = useState(0);
  const list = useQuery(campaignQueries.list(roundId, { limit: PAGE, offset }));
  return (
    <section className="panel campaigns" aria-labelledby="campaigns-title">
      <h3 id="campaigns-title">{t('campaigns.title')}</h3>
      <AsyncView result={list}>
        {(data) =>
          data.total === 0 ? (
            <EmptyText text={t('campaigns.none')} />
          ) : (
            <>
              <p>{t('campaigns.summary', { count: data.total, signers: data.signers })}</p>
              <ul className="answer-list" aria-label={t('campaigns.listLabel')}>
                {data.items.map((c, i) => (
                  <li key={c.id}>
                    <CampaignItem roundId={roundId} campaign={c} rank={offset + i + 1} canAnswer={data.abilities.canAnswer} canApprove={data.abilities.canApprove} templates={templates} />
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
