// Insights: what the VA's incidents have in common over a date range. Lazy-loaded with its chart
// library, so the start screen stays small. The numbers come from shared/domain/insights.ts in the core.
import { useId, useState } from 'react';
import type { Insights } from '../../../../shared/domain/insights';
import { api } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { insightKeys } from '../../api/queryKeys';
import { monthLabel } from '../today/dates';
import { ChartFigure, ColumnChart, NumbersTable, RankedBars } from './charts';
import { RangeFilter } from './RangeFilter';
import { type DateRange, presetRange } from './range';
import { causeLabels, groupLabels, insightsText as t, lessonLabels } from './text';
import './insights.css';

const SUBJECTS = ['incidents', 'briefs', 'clients', 'checklists', 'trash', 'backups'] as const;

export default function InsightsPage() {
  const [range, setRange] = useState<DateRange>(() => presetRange('12m'));
  const [showTables, setShowTables] = useState(false);
  const insights = useApiQuery(insightKeys.range(range.from, range.to), () => api.insights.get(range), { dependsOn: SUBJECTS });
  const tablesId = useId();

  return (
    <div className="page single">
      <div className="insights">
        <header className="insights-head">
          <div>
            <h1>{t.heading}</h1>
            <p className="muted">{t.intro}</p>
          </div>
        </header>
        <div className="insights-controls">
          <RangeFilter onChange={setRange} />
          <div className="checkbox insights-tables-toggle">
            <input id={tablesId} type="checkbox" checked={showTables} onChange={(e) => setShowTables(e.target.checked)} />
            <label htmlFor={tablesId}>{t.showTables}</label>
          </div>
        </div>
        {insights.error ? <p className="notice-inline error">{insights.error}</p> : null}
        {insights.data === undefined ? <p className="muted">{t.loading}</p> : <InsightsBody data={insights.data} showTables={showTables} />}
      </div>
    </div>
  );
}

function InsightsBody({ data, showTables }: { data: Insights; showTables: boolean }) {
  const base = useId();
  const completeShare = data.checklist.find((r) => r.group === 'complete')?.share ?? 0;
  const monthRows = data.perMonth.map((m) => ({ month: monthLabel(m.month), ...m.byCause }));
  const causes = data.causesPresent.map((key) => ({ key, label: causeLabels[key] }));
  const clientRows = data.perClient.map((c) => ({ name: c.clientName || t.perClient.noClient, value: c.incidents }));
  const lessonRows = data.lessons.map((l) => ({ name: lessonLabels[l.category], value: l.count }));
  const checklistRows = data.checklist.map((r) => ({ group: groupLabels[r.group], started: r.briefsStarted, incidents: r.incidents }));
  const perBrief = (group: 'complete' | 'override') => {
    const row = data.checklist.find((r) => r.group === group);
    return row && row.briefsStarted > 0 ? row.incidents / row.briefsStarted : 0;
  };

  return (
    <>
      <dl className="insight-stats">
        <div className="insight-stat">
          <dt>{t.stats.incidents}</dt>
          <dd className="insight-stat-value">{data.incidentCount}</dd>
          <dd className="insight-stat-detail">{t.stats.incidentsDetail(data.openCount, data.closedCount)}</dd>
          {data.notMistakeCount > 0 ? <dd className="insight-stat-detail">{t.stats.notMistakes(data.notMistakeCount)}</dd> : null}
        </div>
        <div className="insight-stat">
          <dt>{t.stats.median}</dt>
          <dd className="insight-stat-value">{t.days(data.medianDaysToResolve)}</dd>
          <dd className="insight-stat-detail">{t.stats.medianDetail(data.resolvedCount)}</dd>
        </div>
        <div className="insight-stat">
          <dt>{t.stats.briefs}</dt>
          <dd className="insight-stat-value">{data.briefsStarted}</dd>
          <dd className="insight-stat-detail">{data.briefsStarted > 0 ? t.stats.briefsDetail(Math.round(completeShare * 100)) : '—'}</dd>
        </div>
      </dl>

      <div className="insight-grid">
        <ChartFigure
          id={`${base}-month`}
          title={t.perMonth.title}
          description={t.perMonth.description}
          emptyText={data.incidentCount === 0 ? t.perMonth.empty : null}
          showTable={showTables}
          chart={<ColumnChart data={monthRows} categoryKey="month" series={causes} stacked />}
          table={
            <NumbersTable
              caption={t.perMonth.title}
              columns={[t.perMonth.month, ...causes.map((c) => c.label), t.perMonth.total]}
              rows={data.perMonth.map((m) => [monthLabel(m.month), ...data.causesPresent.map((c) => m.byCause[c]), m.total])}
            />
          }
        />
        <ChartFigure
          id={`${base}-client`}
          title={t.perClient.title}
          description={t.perClient.description}
          emptyText={clientRows.length === 0 ? t.perClient.empty : null}
          showTable={showTables}
          chart={<RankedBars data={clientRows} label={t.perClient.incidents} />}
          table={
            <NumbersTable caption={t.perClient.title} columns={[t.perClient.client, t.perClient.incidents]} rows={clientRows.map((r) => [r.name, r.value])} />
          }
        />
        <ChartFigure
          id={`${base}-checklist`}
          title={t.checklist.title}
          description={t.checklist.description}
          emptyText={data.briefsStarted === 0 ? t.checklist.empty : null}
          showTable={showTables}
          chart={
            <ColumnChart
              data={checklistRows}
              categoryKey="group"
              series={[
                { key: 'started', label: t.checklist.started },
                { key: 'incidents', label: t.checklist.incidents },
              ]}
            />
          }
          table={
            <NumbersTable
              caption={t.checklist.title}
              columns={[t.checklist.group, t.checklist.started, t.checklist.share, t.checklist.incidents]}
              rows={data.checklist.map((r) => [groupLabels[r.group], r.briefsStarted, t.percent(r.share), r.incidents])}
            />
          }
          footer={<p className="insight-footnote">{t.checklist.summary(perBrief('complete'), perBrief('override'))}</p>}
        />
        <ChartFigure
          id={`${base}-lessons`}
          title={t.lessons.title}
          description={t.lessons.description}
          emptyText={lessonRows.length === 0 ? t.lessons.empty : null}
          showTable={showTables}
          chart={<RankedBars data={lessonRows} label={t.lessons.count} />}
          table={<NumbersTable caption={t.lessons.title} columns={[t.lessons.category, t.lessons.count]} rows={lessonRows.map((r) => [r.name, r.value])} />}
        />
      </div>
    </>
  );
}
