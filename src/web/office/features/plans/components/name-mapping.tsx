import { useQuery } from '@tanstack/react-query';
import { Button, cx, formatDate, useFieldWiring } from '../../../../ui';
import { plansQueries } from '../api';
import type { NameResolution, OrgTreeNode, UnitRef } from '../api-types';
import { useI18n } from '../../../app/i18n-context';
import { AsyncView } from '../../../app/components/async-view';

/** Value of the "Bỏ qua tên này" option. */
export const IGNORE = '__ignore__';

/** Tells whether a written name still needs a choice of unit. */
export function needsMapping(name: NameResolution): boolean {
  return name.status === 'unresolved' || name.status === 'ambiguous';
}

/** Every unit of a tree once, sorted by name the Vietnamese way. */
function sortedUnits(nodes: readonly OrgTreeNode[]): UnitRef[] {
  const seen = new Map<string, UnitRef>();
  const walk = (list: readonly OrgTreeNode[]) => {
    for (const n of list) {
      if (!seen.has(n.id)) seen.set(n.id, { id: n.id, name: n.name });
      walk(n.children);
    }
  };
  walk(nodes);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

interface ChoiceProps {
  name: NameResolution;
  units: readonly UnitRef[];
  at: string;
  value: string;
  error?: string;
  /** Id of the text saying where the name is used, read with the select. */
  usesId?: string;
  onChange: (value: string) => void;
}

function UnitChoice({ name, units, at, value, error, usesId, onChange }: ChoiceProps) {
  const { t } = useI18n();
  const wiring = useFieldWiring(undefined, false, Boolean(error));
  const candidateIds = new Set(name.units.map((u) => u.id));
  const describedBy = [usesId, wiring.describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('mapping-choice', error && 'dt-field--invalid')}>
      <label htmlFor={wiring.inputId} className="dt-visually-hidden">
        {t('mapping.selectLabel', { name: name.written })}
      </label>
      <select id={wiring.inputId} className="dt-input dt-select" value={value} required
        aria-describedby={describedBy} aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('mapping.placeholder')}</option>
        {/* right after the placeholder: one arrow key away, not after a hundred units */}
        <option value={IGNORE}>{t('mapping.ignore')}</option>
        {name.units.length > 0 ? (
          <optgroup label={t('mapping.candidates')}>
            {name.units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </optgroup>
        ) : null}
        <optgroup label={t('mapping.allUnits', { date: formatDate(at) })}>
          {units.filter((u) => !candidateIds.has(u.id)).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </optgroup>
      </select>
      {error ? <p id={wiring.errorId} className="dt-field__error">{error}</p> : null}
    </div>
  );
}

function ResolvedNames({ names }: { names: readonly NameResolution[] }) {
  const { t } = useI18n();
  if (names.length === 0) return null;
  return (
    <details className="mapping-resolved">
      <summary>{t('mapping.resolved', { count: names.length })}</summary>
      <ul className="plain-list">
        {names.map((n) => (
          <li key={n.written}>
            <strong>{n.written}</strong>
            {' — '}
            {n.group
              ? t('mapping.toGroup', { name: n.group.name, count: n.units.length })
              : n.units.map((u) => u.name).join('; ')}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Props of {@link NameMappingStep}. */
export interface NameMappingStepProps {
  names: readonly NameResolution[];
  /** Which names wait for a choice (default: unresolved and ambiguous ones). */
  needs?: (name: NameResolution) => boolean;
  /** Date of the plan: the units offered are those valid then. */
  at: string;
  choices: Record<string, string>;
  errors: Record<string, string>;
  /** Where each written name appears in the document, shown beside the name to help choose. */
  uses?: Readonly<Record<string, NameUse>>;
  onChoose: (written: string, value: string) => void;
}

/** Where a name is written: the codes of its tasks, and whether the implementation section names it. */
export interface NameUse {
  tasks: readonly string[];
  duties: boolean;
}

/** Where each written name of a previewed plan is used. */
export function namesInUse(tasks: readonly { code: string; leads: readonly { written: string }[]; coordinators: readonly { written: string }[] }[],
  responsibilities: readonly { unit: { written: string } }[]): Record<string, NameUse> {
  const out: Record<string, { tasks: string[]; duties: boolean }> = {};
  const entry = (w: string) => (out[w] ??= { tasks: [], duties: false });
  for (const task of tasks) {
    for (const n of [...task.leads, ...task.coordinators]) {
      const e = entry(n.written);
      if (task.code && !e.tasks.includes(task.code)) e.tasks.push(task.code);
    }
  }
  for (const r of responsibilities) entry(r.unit.written).duties = true;
  return out;
}

/** How many task codes are listed beside a name before "và N nhiệm vụ khác". */
const USES_SHOWN = 6;

function UsesText({ id, use }: { id: string; use: NameUse }) {
  const { t } = useI18n();
  const shown = use.tasks.slice(0, USES_SHOWN).join(', ');
  const more = use.tasks.length - USES_SHOWN;
  const inTasks = use.tasks.length === 0 ? '' : more > 0 ? t('mapping.usesMore', { codes: shown, count: more }) : t('mapping.uses', { codes: shown });
  const text = inTasks ? (use.duties ? `${inTasks} ${t('mapping.usesAlsoDuties')}` : inTasks) : t('mapping.usesDuties');
  return <span id={id} className="mapping-uses">{text}</span>;
}

const hasUse = (use: NameUse | undefined): use is NameUse => Boolean(use && (use.tasks.length > 0 || use.duties));

/** "Ánh xạ tên đơn vị": a unit select for each unresolved/ambiguous name, then the names resolved by themselves. */
export function NameMappingStep({ names, needs = needsMapping, at, choices, errors, uses = {}, onChoose }: NameMappingStepProps) {
  const { t } = useI18n();
  const pending = names.filter(needs);
  const resolved = names.filter((n) => !needs(n));
  const unchosen = pending.filter((n) => !choices[n.written]);
  const units = useQuery({ ...plansQueries.units(at), enabled: pending.length > 0, select: (tree) => sortedUnits(tree.nodes) });
  return (
    <section className="panel" aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t('mapping.title')}</h2>
      {pending.length === 0 ? (
        <p>{t('mapping.none')}</p>
      ) : (
        <>
          <p className="muted">{t('mapping.intro')}</p>
          {/* before the table: a keyboard reaches it without passing twenty selects; many names of another
              province's plan have no unit here, and they are set aside in one step once the few real ones are chosen */}
          <div className="mapping-bulk">
            <p>{t('mapping.progress', { chosen: pending.length - unchosen.length, total: pending.length })}</p>
            {/* aria-disabled, not disabled: the button keeps the focus once every name has a choice */}
            <Button variant="secondary" aria-disabled={unchosen.length === 0 ? true : undefined}
              onClick={() => unchosen.forEach((n) => onChoose(n.written, IGNORE))}>
              {t('mapping.ignoreRest')}
            </Button>
          </div>
          <AsyncView result={units}>
            {(list) => (
              <div className="dt-table-scroll" role="group" aria-label={t('mapping.caption')} tabIndex={0}>
                <table className="dt-table mapping-table">
                  <caption className="dt-table__caption">{t('mapping.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('mapping.written')}</th>
                      <th scope="col">{t('mapping.status')}</th>
                      <th scope="col">{t('mapping.choice')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {pending.map((n, i) => (
                      <tr key={n.written}>
                        <th scope="row">
                          <span className="mapping-name">{n.written}</span>
                          {hasUse(uses[n.written]) ? <UsesText id={`mapping-uses-${i}`} use={uses[n.written]!} /> : null}
                        </th>
                        <td>
                          <span className={`status status--${n.status}`}>
                            {t(n.status === 'ambiguous' ? 'mapping.ambiguous' : n.status === 'group' ? 'mapping.groupOfOther' : n.status === 'unit' ? 'mapping.unitOfOther' : 'mapping.unresolved')}
                          </span>
                        </td>
                        <td>
                          <UnitChoice name={n} units={list} at={at} value={choices[n.written] ?? ''}
                            usesId={hasUse(uses[n.written]) ? `mapping-uses-${i}` : undefined}
                            error={errors[n.written]} onChange={(v) => onChoose(n.written, v)} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </AsyncView>
        </>
      )}
      <ResolvedNames names={resolved} />
    </section>
  );
}
