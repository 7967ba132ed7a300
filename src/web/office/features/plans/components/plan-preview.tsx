import type { RefObject } from 'react';
import { Alert, DataTable, formatDate } from '../../../../ui';
import type { PlanPreview, PreviewTask, WrittenName } from '../api-types';
import { isIsoDate } from '../../../app/dates';
import { useI18n } from '../../../app/i18n-context';
import { Link, paths } from '../../../app/router';
import { PlanFacts } from './plan-facts';

function Names({ names }: { names: readonly WrittenName[] }) {
  const { t } = useI18n();
  if (names.length === 0) return <>{t('common.dash')}</>;
  return (
    <ul className="plain-list">
      {names.map((n, i) => (
        <li key={`${n.written}-${i}`}>
          {n.written}
          {n.requested ? <span className="requested"> {t('import.requested')}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The deadline as the document writes it ("Thường xuyên trong năm", "Trước ngày 20/11/2024"), then the due date the
 * task will carry once imported ("hạn 31/12/2026"); a bare date is shown once.
 */
function Deadline({ task }: { task: PreviewTask }) {
  const { t } = useI18n();
  const iso = task.deadline !== null && isIsoDate(task.deadline);
  const written = task.deadlineWritten || (task.deadline ? (iso ? formatDate(task.deadline) : task.deadline) : '');
  const sameDate = iso && !task.deadlineWritten && task.deadlineDue === task.deadline;
  const due = task.deadlineDue && !sameDate ? t('import.dueOn', { date: formatDate(task.deadlineDue) }) : '';
  const parts = [written, due].filter(Boolean);
  return <>{parts.length > 0 ? parts.join(' — ') : t('common.dash')}</>;
}

/** Alert "Văn bản này đã được nhập", with a link to the existing plan when it is known. */
export function DuplicateNotice({ duplicate, variant }: {
  duplicate: { id: string; number: string | null; title: string | null } | null;
  variant: 'warning' | 'error';
}) {
  const { t } = useI18n();
  const name = duplicate ? [duplicate.number, duplicate.title].filter(Boolean).join(' — ') || duplicate.id : '';
  return (
    <Alert variant={variant} title={t('import.duplicate')}>
      {duplicate ? (
        <p>
          <Link to={paths.plan(duplicate.id)}>{t('import.duplicateLink', { name })}</Link>
        </p>
      ) : null}
    </Alert>
  );
}

/** Props of {@link PlanPreviewView}. */
export interface PlanPreviewViewProps {
  preview: PlanPreview;
  /** The heading receives focus when a new preview arrives. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  /** Show the "already imported" warning (false once the import itself reported the duplicate). */
  showDuplicate?: boolean;
}

/** What the server read from an uploaded plan: header facts, reading warnings and the task table. */
export function PlanPreviewView({ preview, headingRef, showDuplicate = true }: PlanPreviewViewProps) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="preview-title">
      <h2 id="preview-title" ref={headingRef} tabIndex={-1}>
        {t('import.previewTitle', { file: preview.fileName })}
      </h2>
      {preview.duplicateOf && showDuplicate ? <DuplicateNotice duplicate={preview.duplicateOf} variant="warning" /> : null}
      <h3>{t('plan.facts')}</h3>
      <PlanFacts plan={preview.plan} />
      {preview.warnings.length > 0 ? (
        <Alert variant="warning" role="status" title={t('import.warnings')}>
          <ul>
            {preview.warnings.map((w, i) => (
              <li key={`${i}-${w}`}>{w}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <h3>{t('import.tasks', { count: preview.tasks.length })}</h3>
      <DataTable<PreviewTask>
        caption={t('import.tasks', { count: preview.tasks.length })}
        hideCaption
        rows={preview.tasks}
        rowKey={(task) => `${task.code}|${task.title}`}
        emptyText={t('common.empty')}
        columns={[
          { key: 'code', header: t('import.code'), rowHeader: true, cell: (task) => task.code },
          { key: 'title', header: t('import.task'), className: 'wide', cell: (task) => task.title },
          { key: 'leads', header: t('import.leads'), className: 'units', cell: (task) => <Names names={task.leads} /> },
          { key: 'coordinators', header: t('import.coordinators'), className: 'units', cell: (task) => <Names names={task.coordinators} /> },
          { key: 'deadline', header: t('import.deadline'), className: 'deadline', cell: (task) => <Deadline task={task} /> },
        ]}
      />
    </section>
  );
}
