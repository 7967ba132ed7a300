import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * Horizontal stacked bars drawn by uPlot (ADR 006): one bar per category (a unit, an article), split into the
 * series. The chart is a picture for sighted readers; its numbers are in the data table the caller puts beside it
 * (`describedBy`), which is what screen readers read. uPlot (≈ 23 kB compressed) loads with the first chart.
 */

/** The colours a series may take (the palette of base.css; system colours in forced-colours mode). */
export type BarTone = 'done' | 'in_progress' | 'not_started' | 'overdue' | 'agree' | 'disagree' | 'propose' | 'other';

/** One part of every bar. */
export interface BarSeries {
  key: string;
  label: string;
  tone: BarTone;
  values: readonly number[];
}

/** Props of {@link BarChart}. */
export interface BarChartProps {
  /** What the picture shows, in one sentence (its accessible name). */
  label: string;
  /** The id of the table holding the same numbers. */
  describedBy?: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  className?: string;
}

const TONE_VARIABLE: Record<BarTone, string> = {
  done: '--dt-green-700',
  in_progress: '--dt-blue-600',
  not_started: '--dt-gray-200',
  overdue: '--dt-red-700',
  agree: '--dt-green-700',
  disagree: '--dt-red-700',
  propose: '--dt-blue-600',
  other: '--dt-gray-400',
};

const FORCED_TONE: Record<BarTone, string> = {
  done: 'CanvasText',
  in_progress: 'Highlight',
  not_started: 'GrayText',
  overdue: 'LinkText',
  agree: 'CanvasText',
  disagree: 'LinkText',
  propose: 'Highlight',
  other: 'GrayText',
};

const ROW_HEIGHT = 28;
const LABEL_WIDTH = 180;
const MAX_LABEL = 26;

function shorten(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

function colourOf(el: HTMLElement, tone: BarTone): string {
  if (window.matchMedia?.('(forced-colors: active)').matches) return FORCED_TONE[tone];
  return getComputedStyle(el).getPropertyValue(TONE_VARIABLE[tone]).trim() || '#555';
}

/** The running totals of the series: the first series ends where the second starts, and so on. */
export function stacked(series: readonly BarSeries[], count: number): number[][] {
  let sum: number[] = new Array<number>(count).fill(0);
  return series.map((s) => (sum = sum.map((v, i) => v + (s.values[i] ?? 0))));
}

function options(el: HTMLElement, lib: typeof uPlot, props: BarChartProps, width: number): uPlot.Options {
  const { categories, series } = props;
  const n = categories.length;
  const font = `13px ${getComputedStyle(el).fontFamily || 'sans-serif'}`;
  const text = getComputedStyle(el).color || '#222';
  // drawn from the longest running total to the shortest, so each part shows in front of the next
  const drawn = [...series].reverse();
  return {
    width,
    height: n * ROW_HEIGHT + 40,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      x: { time: false, ori: 1, dir: -1, range: [-0.5, n - 0.5] },
      y: { ori: 0, dir: 1, range: (_u, _min, max) => [0, Math.max(1, max)] },
    },
    axes: [
      {
        scale: 'x',
        side: 3,
        size: LABEL_WIDTH,
        font,
        stroke: text,
        grid: { show: false },
        ticks: { show: false },
        splits: () => categories.map((_, i) => i),
        values: (_u, splits) => splits.map((i) => shorten(categories[i] ?? '')),
      },
      { scale: 'y', side: 2, font, stroke: text, grid: { show: true, stroke: '#ddd', width: 1 }, values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')) },
    ],
    series: [
      {},
      ...drawn.map((s) => ({
        label: s.label,
        scale: 'y',
        fill: colourOf(el, s.tone),
        stroke: colourOf(el, s.tone),
        width: 0,
        points: { show: false },
        paths: lib.paths.bars!({ size: [0.7, 22], align: 0 }),
      })),
    ],
  };
}

/** The stacked bar chart; renders an empty box on the server and in tests, the canvas once in a browser. */
export function BarChart(props: BarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const { categories, series } = props;
  const data = JSON.stringify([categories, series]);

  useEffect(() => {
    const el = box.current;
    if (!el || categories.length === 0) return undefined;
    let chart: uPlot | null = null;
    let cancelled = false;
    let observer: ResizeObserver | null = null;
    void import('uplot').then(({ default: lib }) => {
      if (cancelled) return;
      const totals = stacked(series, categories.length).reverse();
      const values: uPlot.AlignedData = [categories.map((_, i) => i), ...totals];
      chart = new lib(options(el, lib, props, el.clientWidth || 600), values, el);
      observer = new ResizeObserver(() => chart?.setSize({ width: el.clientWidth || 600, height: categories.length * ROW_HEIGHT + 40 }));
      observer.observe(el);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.destroy();
    };
    // `data` stands for categories and series: a new chart only when the numbers change
  }, [data]);

  return <div ref={box} className={['bar-chart', props.className].filter(Boolean).join(' ')} role="img" aria-label={props.label} aria-describedby={props.describedBy} />;
}
