// The Insights charts, drawn with Recharts in the theme's colours (CSS variables, so light and dark both
// read well). Each chart is hidden from screen readers: its numbers are in the table beside it instead.
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** One colour per series, defined in insights.css for both themes. */
export const seriesColour = (i: number) => `var(--chart-${(i % 8) + 1})`;

const axisTick = { fill: 'var(--muted)', fontSize: 12 };
const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--text)' };
const tooltipLabel = { color: 'var(--text)', fontWeight: 600 };
const cursor = { fill: 'var(--surface-2)' };
const legendStyle = { color: 'var(--text)', fontSize: 13, paddingTop: 8 };

export interface Series {
  key: string;
  label: string;
}

/** Columns of stacked or grouped bars: one row of `data` per category on the x axis. */
export function ColumnChart({
  data,
  categoryKey,
  series,
  stacked,
  height = 260,
}: {
  data: Record<string, string | number>[];
  categoryKey: string;
  series: Series[];
  stacked?: boolean;
  height?: number;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey={categoryKey} tick={axisTick} tickLine={false} axisLine={{ stroke: 'var(--border)' }} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tick={axisTick} tickLine={false} axisLine={false} width={48} />
        <Tooltip contentStyle={tooltipStyle} labelStyle={tooltipLabel} itemStyle={{ color: 'var(--text)' }} cursor={cursor} />
        {series.length > 1 ? <Legend wrapperStyle={legendStyle} iconType="square" itemSorter={null} /> : null}
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId={stacked ? 'all' : undefined}
            fill={seriesColour(i)}
            maxBarSize={48}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Horizontal bars for a ranked list (clients, lessons): long names stay readable. */
export function RankedBars({ data, label }: { data: { name: string; value: number }[]; label: string }) {
  const height = Math.max(120, data.length * 36 + 40);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis type="number" allowDecimals={false} tick={axisTick} tickLine={false} axisLine={{ stroke: 'var(--border)' }} />
        <YAxis type="category" dataKey="name" tick={axisTick} tickLine={false} axisLine={false} width={170} />
        <Tooltip contentStyle={tooltipStyle} labelStyle={tooltipLabel} itemStyle={{ color: 'var(--text)' }} cursor={cursor} />
        <Bar dataKey="value" name={label} fill={seriesColour(0)} maxBarSize={24} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

interface FigureProps {
  id: string;
  title: string;
  description: string;
  /** Shown instead of the chart and table when there is nothing to count. */
  emptyText: string | null;
  showTable: boolean;
  chart: ReactNode;
  table: ReactNode;
  footer?: ReactNode;
}

export function ChartFigure({ id, title, description, emptyText, showTable, chart, table, footer }: FigureProps) {
  return (
    <section className="insight-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="insight-description">{description}</p>
      {emptyText !== null ? (
        <p className="insight-empty">{emptyText}</p>
      ) : (
        <>
          <div className="insight-chart" aria-hidden="true">
            {chart}
          </div>
          <div className={showTable ? 'insight-table' : 'visually-hidden'}>{table}</div>
          {footer}
        </>
      )}
    </section>
  );
}

/** A plain table of the chart's numbers; the first column names the row. */
export function NumbersTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: (string | number)[][] }) {
  return (
    <table className="simple insight-numbers">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={c} scope="col" className={i > 0 ? 'num' : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={i} className="num">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
