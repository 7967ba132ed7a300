import '../training.css';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable, Field, formatDate, PageHeader, SelectField } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { useDocumentTitle } from '../../../app/use-document-title';
import { completionsXlsxHref, trainingQueries } from '../api';
import type { Completion, CompletionQuery } from '../api-types';

/** Who completed which course, filtered by unit, skill and year, with the XLSX export of the same list. */
export function CompletionsPage() {
  const { t } = useI18n();
  const options = useQuery(trainingQueries.options());
  const [unitId, setUnitId] = useState('');
  const [skill, setSkill] = useState('');
  const [year, setYear] = useState('');
  const query: CompletionQuery = { ...(unitId ? { unitId } : {}), ...(skill ? { skill: skill as CompletionQuery['skill'] } : {}), ...(/^\d{4}$/.test(year) ? { year: Number(year) } : {}) };
  const list = useQuery(trainingQueries.completions(query));
  useDocumentTitle(t('training.completions.title'));
  return (
    <>
      <PageHeader title={t('training.completions.title')} description={t('training.completions.intro')}>
        <Link to={paths.training} className="dt-button dt-button--secondary">{t('training.title')}</Link>
        <a href={completionsXlsxHref(query)} className="dt-button dt-button--primary" download>{t('training.completions.xlsx')}</a>
      </PageHeader>
      <div className="training-filters" role="search">
        <SelectField label={t('training.col.unit')} name="unitId" value={unitId} placeholder={t('training.completions.all')} options={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} onChange={(e) => setUnitId(e.target.value)} />
        <SelectField label={t('training.col.skills')} name="skill" value={skill} placeholder={t('training.completions.all')} options={(options.data?.skills ?? []).map((s) => ({ value: s.code, label: s.label }))} onChange={(e) => setSkill(e.target.value)} />
        <Field label={t('training.completions.year')} name="year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
      </div>
      <AsyncView result={list}>
        {(data) => (
          <DataTable<Completion>
            caption={t('training.completions.caption')}
            rows={data.items}
            rowKey={(c) => `${c.course.id}|${c.personName}|${c.completedOn}`}
            emptyText={t('training.completions.empty')}
            columns={[
              { key: 'person', header: t('training.col.person'), rowHeader: true, cell: (c) => c.personName },
              { key: 'unit', header: t('training.col.unit'), cell: (c) => [c.personTitle, c.unitName].filter(Boolean).join(', ') },
              { key: 'course', header: t('training.col.title'), cell: (c) => <Link to={paths.trainingCourse(c.course.id)}>{c.course.name}</Link> },
              { key: 'on', header: t('training.col.completedOn'), cell: (c) => formatDate(c.completedOn) },
            ]}
          />
        )}
      </AsyncView>
    </>
  );
}
