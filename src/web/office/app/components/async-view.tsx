import type { ReactNode } from 'react';
import { Alert } from '../../../ui/alert';
import { Button } from '../../../ui/button';
import { describeError, errorDetail } from '../errors';
import { useI18n } from '../i18n-context';

/** What {@link AsyncView} reads of a query (TanStack Query's UseQueryResult has it all). */
export interface QueryView<T> {
  data: T | undefined;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

/** Props of {@link AsyncView}. */
export interface AsyncViewProps<T> {
  result: QueryView<T>;
  children: (data: T) => ReactNode;
}

/** Shows a loading message, an error with a retry button, or the loaded data (kept on screen while it reloads). */
export function AsyncView<T>({ result, children }: AsyncViewProps<T>) {
  const { t } = useI18n();
  if (result.isError) {
    return (
      <Alert variant="error" title={t('common.loadError')}>
        <p>{describeError(result.error, t)}</p>
        {errorDetail(result.error) ? <p>{errorDetail(result.error)}</p> : null}
        <Button variant="secondary" size="small" onClick={() => void result.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  }
  if (result.data === undefined) return <LoadingText />;
  return (
    <>
      {result.isFetching ? <LoadingText /> : null}
      {children(result.data)}
    </>
  );
}

/** The "loading" line, announced politely. */
export function LoadingText({ text }: { text?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {text ?? t('common.loading')}
    </p>
  );
}

/** The "no data yet" message. */
export function EmptyText({ text }: { text?: string }) {
  const { t } = useI18n();
  return <p className="empty">{text ?? t('common.empty')}</p>;
}
