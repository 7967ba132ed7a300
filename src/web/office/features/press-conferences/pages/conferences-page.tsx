import '../conferences.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, formatDate, PageHeader, SelectField } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useDocumentTitle } from '../../../app/use-document-title';
import { conferencesQueries } from '../api';
import type { ConferenceList, ConferenceSummary } from '../api-types';

type UnitRow = ConferenceList['units'][number];
type FollowUp = ConferenceList['followUps'][number];

/** Conferences of a year: the quarterly duty per unit (flagged quarters), the conferences, the open follow-ups. */
export function ConferencesPage() {
  const { t } = useI18n();
  const me = useMe();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const list = useQuery(conferencesQueries.conferences({ year }));
  useDocumentTitle(t('pc.list.title'));
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];
  return (
    <>
      <PageHeader title={t('pc.list.title')} description={list.data ? t('pc.list.intro', { source: list.data.ruleSource }) : undefined}>
        {can(me, 'press.conference.edit') ? (
          <Link to={paths.pressConferenceNew} className="dt-button">
            {t('pc.list.new')}
          </Link>
        ) : null}
        <Link to={paths.pressAgencies} className="dt-button dt-button--secondary">
          {t('pc.list.agencies')}
        </Link>
        <a href="/hop-bao" className="dt-button dt-button--secondary">
          {t('pc.list.portal')}
        </a>
      </PageHeader>
      <SelectField label={t('pc.list.year')} name="year" value={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} onChange={(e) => setYear(Number(e.target.value))} />
      <AsyncView result={list}>
        {(data) => (
          <>
            <h2>{t('pc.list.quarters')}</h2>
            <DataTable<UnitRow>
              caption={t('pc.list.quartersCaption')}
              rows={data.units}
              rowKey={(u) => u.unit.id}
              columns={[
                { key: 'unit', header: t('pc.list.unit'), rowHeader: true, cell: (u) => u.unit.name },
                ...[0, 1, 2, 3].map((n) => ({
                  key: `q${n}`,
                  header: data.units[0]?.quarters[n]?.label ?? '',
                  cell: (u: UnitRow) => {
                    const q = u.quarters[n]!;
                    if (q.isFlagged) return <span className="pc-flag">{t('pc.list.missing')}</span>;
                    return q.count ? t('pc.list.count', { count: q.count }) : t('pc.list.none');
                  },
                })),
              ]}
            />
            <h2>{t('pc.list.conferences')}</h2>
            <DataTable<ConferenceSummary>
              caption={t('pc.list.conferences')}
              hideCaption
              rows={data.items}
              rowKey={(c) => c.id}
              emptyText={t('pc.list.empty')}
              columns={[
                { key: 'title', header: t('pc.col.title'), rowHeader: true, cell: (c) => <Link to={paths.pressConference(c.id)}>{c.title}</Link> },
                { key: 'time', header: t('pc.col.time'), cell: (c) => c.timeText },
                { key: 'host', header: t('pc.col.host'), cell: (c) => c.hostUnit.name },
                { key: 'kind', header: t('pc.col.kind'), cell: (c) => c.kindLabel },
                { key: 'status', header: t('pc.col.status'), cell: (c) => c.statusLabel },
              ]}
            />
            <h2>{t('pc.list.followUps')}</h2>
            <DataTable<FollowUp>
              caption={t('pc.list.followUps')}
              hideCaption
              rows={data.followUps}
              rowKey={(f) => f.questionId}
              emptyText={t('pc.list.noFollowUps')}
              columns={[
                { key: 'question', header: t('pc.col.question'), rowHeader: true, cell: (f) => <Link to={paths.pressConference(f.conferenceId)}>{f.question}</Link> },
                { key: 'conference', header: t('pc.col.title'), cell: (f) => f.conferenceTitle },
                { key: 'unit', header: t('pc.col.unit'), cell: (f) => f.unit.name },
                { key: 'due', header: t('pc.col.due'), cell: (f) => (f.isOverdue ? <span className="pc-flag">{`${formatDate(f.dueOn)} — ${t('pc.list.overdue')}`}</span> : formatDate(f.dueOn)) },
              ]}
            />
          </>
        )}
      </AsyncView>
    </>
  );
}
