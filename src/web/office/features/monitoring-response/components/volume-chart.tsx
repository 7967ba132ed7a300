import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** One line of {@link VolumeChart}. */
export interface VolumeSeries {
  label: string;
  /** A CSS variable of base.css (its system colour is used in forced-colours mode). */
  colour: '--dt-green-700' | '--dt-gray-400' | '--dt-red-700';
  forced: 'CanvasText' | 'GrayText' | 'LinkText';
  values: readonly number[];
  dash?: number[];
}

/**
 * Items per day as lines drawn by uPlot (loaded with the first chart, as the plans pages do). The picture is for
 * sighted readers: its numbers are in the table the caller puts beside it (`describedBy`), which screen readers read.
 */
export function VolumeChart(props: { label: string; describedBy: string; dayLabel: string; days: readonly string[]; series: readonly VolumeSeries[] }) {
  const box = useRef<HTMLDivElement>(null);
  const data = JSON.stringify([props.days, props.series.map((s) => s.values)]);
  useEffect(() => {
    const el = box.current;
    if (!el || props.days.length === 0) return undefined;
    let chart: uPlot | null = null;
    let cancelled = false;
    let observer: ResizeObserver | null = null;
    void import('uplot').then(({ default: Lib }) => {
      if (cancelled) return;
      const forced = window.matchMedia?.('(forced-colors: active)').matches;
      const css = getComputedStyle(el);
      const colour = (s: VolumeSeries) => (forced ? s.forced : css.getPropertyValue(s.colour).trim() || '#555');
      const font = `13px ${css.fontFamily || 'sans-serif'}`;
      const opts: uPlot.Options = {
        width: el.clientWidth || 600,
        height: 260,
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(4, max)] } },
        axes: [
          { font, stroke: css.color, values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? (props.days[i]?.slice(5).split('-').reverse().join('/') ?? '') : '')) },
          { font, stroke: css.color, values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')) },
        ],
        series: [{ label: props.dayLabel, value: (_u, i) => (i === null || i === undefined ? '–' : (props.days[i]?.split('-').reverse().join('/') ?? '–')) }, ...props.series.map((s) => ({ label: s.label, stroke: colour(s), width: 2, dash: s.dash, points: { show: props.days.length < 40 } }))],
      };
      chart = new Lib(opts, [props.days.map((_, i) => i), ...props.series.map((s) => [...s.values])], el);
      observer = new ResizeObserver(() => chart?.setSize({ width: el.clientWidth || 600, height: 260 }));
      observer.observe(el);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
      chart?.destroy();
    };
    // `data` stands for the days and values: a new chart only when the numbers change
  }, [data]);
  return <div ref={box} className="mr-chart" role="img" aria-label={props.label} aria-describedby={props.describedBy} />;
}
