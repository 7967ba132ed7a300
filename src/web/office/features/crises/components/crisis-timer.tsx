import { useEffect, useState } from 'react';
import { formatDateTime } from '../../../../ui';
import { useI18n } from '../../../app/i18n-context';
import type { CrisisSummary } from '../api-types';

const HOUR = 3_600_000;
const oneDecimal = (h: number) => (Math.round(h * 10) / 10).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/**
 * The time from detection to the first published statement: stopped once there is one, otherwise counted live in
 * the page (every 30 s) from the server's detection time, against the rule's hours.
 */
export function CrisisTimer({ timer, compact = false }: { timer: CrisisSummary['timer']; compact?: boolean }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.isStopped) return;
    const handle = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(handle);
  }, [timer.isStopped]);
  const hours = timer.isStopped ? timer.elapsedHours : Math.max(0, now - Date.parse(timer.detectedAt)) / HOUR;
  const isLate = hours > timer.targetHours;
  const text = timer.isStopped ? t('crises.timer.stopped', { hours: oneDecimal(hours), target: timer.targetHours }) : t('crises.timer.running', { hours: oneDecimal(hours), target: timer.targetHours, due: formatDateTime(timer.dueAt) });
  return (
    <p className={`crisis-timer${isLate ? ' crisis-timer--late' : ''}${compact ? ' crisis-timer--compact' : ''}`} data-testid="crisis-timer" role={compact ? undefined : 'timer'} aria-live="off">
      {compact ? null : <strong>{t('crises.timer.label')}: </strong>}
      {text} · {isLate ? t('crises.timer.late') : t('crises.timer.within')}
    </p>
  );
}
