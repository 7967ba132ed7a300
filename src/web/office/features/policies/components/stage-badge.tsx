import { cx } from '../../../../ui';
import { useI18n } from '../../../app/i18n-context';
import { stageLabel } from './policy-text';

/** A badge naming a stage of the policy cycle, coloured by stage (the text carries the meaning). */
export function StageBadge({ stage, label, className }: { stage: string; label?: string | null; className?: string }) {
  const { t } = useI18n();
  return <span className={cx('badge', 'stage-badge', `stage-badge--${stage}`, className)}>{stageLabel(stage, t, label)}</span>;
}
