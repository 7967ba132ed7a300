import { formatDateTime } from '../../../ui';
import { useI18n } from '../i18n-context';

/** One entry of a record's history as the server presents its audit entries: when, what, who, and the fields changed. */
export interface TimelineEntry {
  at: string;
  actorName: string;
  actionLabel: string;
  changes: { field: string; label: string; before: string | null; after: string | null }[];
}

/** The history of a record (an inquiry, an order) under its own heading, oldest first as the server sends it. */
export function RecordTimeline({ title, entries, className }: { title: string; entries: TimelineEntry[]; className?: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="timeline">
      <h2 id="timeline">{title}</h2>
      <ol className={className}>
        {entries.map((e, i) => (
          <li key={i}>
            <time dateTime={e.at}>{formatDateTime(e.at)}</time> — {e.actionLabel} ({e.actorName})
            {e.changes.length ? (
              <ul>
                {e.changes.map((c) => (
                  <li key={c.field}>
                    {c.label}: {c.before ? `${c.before} → ` : ''}
                    {c.after ?? t('common.dash')}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
