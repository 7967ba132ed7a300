import '../commissions.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, DataTable, Field, PageHeader, SelectField } from '../../../../ui';
import { AsyncView } from '../../../app/components/async-view';
import { FormError } from '../../../app/components/form-error';
import { fieldErrors } from '../../../app/errors';
import { useI18n } from '../../../app/i18n-context';
import { useDocumentTitle } from '../../../app/use-document-title';
import { commissionsApi, commissionsQueries, vnd } from '../api';
import type { BudgetView } from '../api-types';

type TaskRow = BudgetView['tasks'][number];
const whole = (s: string) => (/^\d+$/u.test(s.replace(/[.\s]/gu, '')) ? Number(s.replace(/[.\s]/gu, '')) : Number.NaN);

/** A plan's budget per task for a year: allocated (entered here by coordinators), committed, accepted, paid, remaining. */
export function CommissionsBudgetPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  // a figure of the annual report links here with ?plan=…&year=…
  const search = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search);
  const options = useQuery(commissionsQueries.options());
  const [planId, setPlanId] = useState(search.get('plan') ?? '');
  const [year, setYear] = useState(search.get('year') ?? '');
  const budget = useQuery(commissionsQueries.budget(planId, /^\d{4}$/u.test(year) ? Number(year) : undefined));
  const [form, setForm] = useState({ planTaskId: '', amount: '', note: '' });
  const save = useMutation({
    mutationFn: () => commissionsApi.allocate({ planTaskId: form.planTaskId, year: budget.data?.year ?? Number(year), amount: whole(form.amount), note: form.note || null }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['commissions', 'budget'] });
      setForm({ planTaskId: '', amount: '', note: '' });
    },
  });
  useDocumentTitle(t('comm.budget.title'));
  const errors = fieldErrors(save.error);
  return (
    <>
      <PageHeader title={t('comm.budget.title')} description={t('comm.budget.intro')} />
      <form className="comm-filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField label={t('comm.budget.plan')} name="plan" value={planId} placeholder={t('comm.choose')}
          options={(options.data?.plans ?? []).map((p) => ({ value: p.id, label: p.title }))} onChange={(e) => setPlanId(e.target.value)} />
        <Field label={t('comm.budget.year')} name="year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
      </form>
      {planId === '' ? <p>{t('comm.budget.choosePlan')}</p> : (
        <AsyncView result={budget}>
          {(b) => (
            <>
              <DataTable<TaskRow>
                caption={t('comm.budget.caption')}
                rows={b.tasks}
                rowKey={(r) => r.id}
                emptyText={t('common.dash')}
                columns={[
                  { key: 'task', header: t('comm.budget.task'), rowHeader: true, cell: (r) => `${r.code}. ${r.title}` },
                  { key: 'allocated', header: t('comm.budget.allocated'), className: 'num', cell: (r) => (r.allocated === null ? t('common.dash') : vnd(r.allocated)) },
                  { key: 'committed', header: t('comm.budget.committed'), className: 'num', cell: (r) => vnd(r.committed) },
                  { key: 'accepted', header: t('comm.budget.accepted'), className: 'num', cell: (r) => vnd(r.accepted) },
                  { key: 'paid', header: t('comm.budget.paid'), className: 'num', cell: (r) => vnd(r.paid) },
                  { key: 'remaining', header: t('comm.budget.remaining'), className: 'num', cell: (r) => (r.remaining === null ? t('common.dash') : r.isOver ? <strong className="text-danger">{vnd(r.remaining)} ({t('comm.budget.over')})</strong> : vnd(r.remaining)) },
                ]}
              />
              <p>{t('comm.budget.totals', { allocated: vnd(b.totals.allocated), committed: vnd(b.totals.committed), accepted: vnd(b.totals.accepted), paid: vnd(b.totals.paid) })}</p>
              {b.canEdit ? (
                <section className="comm-action" aria-labelledby="allocate">
                  <h2 id="allocate">{t('comm.budget.set')}</h2>
                  <form noValidate onSubmit={(e: FormEvent<HTMLFormElement>) => { e.preventDefault(); save.mutate(); }}>
                    <FormError error={save.error} shownFields={['planTaskId', 'amount', 'note']} />
                    <SelectField label={t('comm.budget.task')} name="planTaskId" required value={form.planTaskId} placeholder={t('comm.choose')} error={errors.planTaskId}
                      options={b.tasks.map((r) => ({ value: r.id, label: `${r.code}. ${r.title}` }))} onChange={(e) => setForm({ ...form, planTaskId: e.target.value })} />
                    <Field label={t('comm.budget.amount')} name="amount" required inputMode="numeric" value={form.amount} error={errors.amount} onChange={(e) => setForm({ ...form, amount: e.target.value })} />
                    <Field label={t('comm.budget.note')} name="note" value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
                    <div className="button-row">
                      <Button type="submit" busy={save.isPending}>{t('comm.budget.save')}</Button>
                    </div>
                  </form>
                </section>
              ) : null}
            </>
          )}
        </AsyncView>
      )}
    </>
  );
}
