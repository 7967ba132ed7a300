import { useState } from 'react';
import type { Report, TaskNode } from '../api-types';
import { useHash } from '../../../app/router';
import type { QueryView } from '../../../app/components/async-view';
import { useFragmentFocus } from '../../../app/use-fragment-focus';

const TASK = 'task-';
const REPORT = 'report-';

/** Id of a task node of the plan page, the target of "/office/plans/:id#task-<taskId>". */
export const taskAnchor = (taskId: string): string => `${TASK}${taskId}`;
/** Id of a report of the plan page, the target of "/office/plans/:id#report-<reportId>". */
export const reportAnchor = (reportId: string): string => `${REPORT}${reportId}`;

/** Where the fragment points: nowhere, not known yet, shown, in the collapsed "Tất cả báo cáo", or absent. */
type Place = 'none' | 'pending' | 'shown' | 'allReports' | 'missingTask' | 'missingReport';

function hasTask(nodes: readonly TaskNode[], id: string): boolean {
  return nodes.some((n) => n.id === id || hasTask(n.children, id));
}

function locate(
  hash: string,
  tasks: readonly TaskNode[],
  reports: QueryView<{ items: Report[] }>,
  inQueue: (report: Report) => boolean,
): Place {
  if (hash.startsWith(TASK)) return hasTask(tasks, hash.slice(TASK.length)) ? 'shown' : 'missingTask';
  if (!hash.startsWith(REPORT)) return 'none';
  const items = reports.data?.items;
  if (!items) return reports.isError ? 'missingReport' : 'pending';
  const report = items.find((r) => r.id === hash.slice(REPORT.length));
  if (!report) return 'missingReport';
  return inQueue(report) ? 'shown' : 'allReports';
}

/** State of the plan page's fragment, from {@link usePlanFragment}. */
export interface PlanFragment {
  /** The fragment names a task or report that is not on the page. */
  missing: 'task' | 'report' | null;
  /** Whether the "Tất cả báo cáo" list is expanded (opened by the reader, or for the fragment's report). */
  allReportsOpen: boolean;
  setAllReportsOpen: (open: boolean) => void;
}

/**
 * Follows "#task-…" / "#report-…" on the plan page: once the tree and reports are loaded, the target is scrolled
 * into view and focused; a report that is not awaiting review opens "Tất cả báo cáo" first.
 * `inQueue` tells which reports are shown (with their anchor) in "Báo cáo chờ duyệt".
 */
export function usePlanFragment(
  tasks: readonly TaskNode[],
  reports: QueryView<{ items: Report[] }>,
  inQueue: (report: Report) => boolean,
): PlanFragment {
  const hash = useHash();
  const place = locate(hash, tasks, reports, inQueue);
  const [open, setOpen] = useState(false);
  // The fragment last looked at, so the list opens once per navigation and the reader may close it again.
  const [seen, setSeen] = useState('');
  if (place !== 'pending' && seen !== hash) {
    setSeen(hash);
    if (place === 'allReports') setOpen(true);
  }
  useFragmentFocus(place === 'none' ? '' : hash, place === 'shown' || (place === 'allReports' && open));
  const missing = place === 'missingTask' ? 'task' : place === 'missingReport' ? 'report' : null;
  return { missing, allReportsOpen: open, setAllReportsOpen: setOpen };
}
