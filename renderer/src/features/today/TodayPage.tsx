// Today, the start screen: what needs the VA now, most pressing first; each item opens its record.
// The core decides what is due (shared/domain/today.ts); this screen only words and lays it out.
import { useEffect } from 'react';
import type { TodayView } from '../../../../shared/domain/today';
import { api } from '../../api/client';
import { href } from '../../app/router';
import { useApiQuery } from '../../api/queries';
import { todayKeys } from '../../api/queryKeys';
import { Icon } from '../../ui/Icon';
import { addCalendarDays, daysAgo, localIso, longDate, shortDate } from './dates';
import { briefStatusWords, incidentStepWords, todayText as t } from './text';
import { type TodayItem, TodaySection } from './TodaySection';
import './today.css';

const SUBJECTS = ['clients', 'briefs', 'incidents', 'checklists', 'paperTrail', 'settings', 'trash', 'backups'] as const;

export function TodayPage() {
  const today = useApiQuery(todayKeys.get(), () => api.today.get({}), { dependsOn: SUBJECTS });
  const { data, reload } = today;

  // Past midnight the list changes without any record changing: check the date once a minute.
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (data !== undefined && localIso() !== data.today) reload();
    }, 60_000);
    return () => window.clearInterval(timer);
  }, [data, reload]);

  if (today.error && data === undefined) {
    return (
      <div className="page single">
        <div className="today">
          <h1>{t.heading}</h1>
          <p className="notice-inline error">{today.error}</p>
        </div>
      </div>
    );
  }
  if (data === undefined) return <p className="muted content-narrow">{t.loading}</p>;
  if (data.firstRun) return <Welcome />;

  return (
    <div className="page single">
      <div className="today">
        <header className="today-head">
          <h1>{t.heading}</h1>
          <p className="today-date">{longDate(data.today)}</p>
          <p className="today-summary" aria-live="polite">
            {t.summary(data.total)}
          </p>
        </header>
        {data.total === 0 ? <AllClear /> : <TodayColumns view={data} />}
      </div>
    </div>
  );
}

function TodayColumns({ view }: { view: TodayView }) {
  const tomorrow = addCalendarDays(view.today, 1);
  const windows: TodayItem[] = view.windowsClosing.map((w) => ({
    key: w.briefId,
    href: href('briefs', w.briefId),
    title: w.title,
    meta: t.windows.meta(w.clientName, shortDate(w.deliveredOn)),
    badge: w.closesOn === view.today ? t.windows.closesToday : w.closesOn === tomorrow ? t.windows.closesTomorrow : t.windows.closesOn(shortDate(w.closesOn)),
    urgent: w.workingDaysLeft <= 1,
  }));
  const incidents: TodayItem[] = view.openIncidents.map((i) => ({
    key: i.incidentId,
    href: href('incidents', i.incidentId),
    title: i.description.trim() || t.incidents.untitled,
    meta: [i.clientName, i.briefTitle].filter(Boolean).join(' · '),
    badge: t.incidents.next(incidentStepWords[i.nextStep]),
  }));
  const fixes: TodayItem[] = [
    ...view.fixSteps.map((s) => ({
      key: s.taskId,
      href: href('incidents', s.incidentId),
      title: s.label,
      meta: t.fixSteps.stepMeta(s.incidentDescription, s.clientName),
    })),
    ...view.followUps.map((f) => ({
      key: `follow-${f.incidentId}`,
      href: href('incidents', f.incidentId),
      title: t.fixSteps.followUpTitle(f.clientName),
      meta: t.fixSteps.followUpMeta(f.fixStepsDone, f.description),
      badge: t.fixSteps.followUpBadge,
    })),
  ];
  const clarifying: TodayItem[] = view.clarifying.map((b) => ({
    key: b.briefId,
    href: href('briefs', b.briefId),
    title: b.title,
    meta: [b.clientName, briefStatusWords[b.status], b.deadline ? t.clarifying.due(shortDate(b.deadline)) : ''].filter(Boolean).join(' · '),
    badge: t.clarifying.requiredOpen(b.requiredOpen),
  }));
  const overrides: TodayItem[] = view.startedWithOverride.map((b) => ({
    key: b.briefId,
    href: href('briefs', b.briefId),
    title: b.title,
    meta: [b.clientName, t.overrides.reason(b.reason)].join(' · '),
    badge: t.overrides.openItems(b.openItems.length),
  }));
  const awaiting: TodayItem[] = view.awaitingAcceptance.map((b) => ({
    key: b.briefId,
    href: href('briefs', b.briefId),
    title: b.title,
    meta: [
      b.clientName,
      t.awaiting.delivered(daysAgo(b.deliveredOn, view.today)),
      b.closesOn >= view.today ? t.awaiting.windowOpenUntil(shortDate(b.closesOn)) : t.awaiting.windowClosed(shortDate(b.closesOn)),
    ].join(' · '),
  }));

  return (
    <div className="today-columns">
      <div className="today-column">
        <TodaySection heading={t.windows.heading} hint={t.windows.hint} icon="backups" tone="warning" items={windows} />
        <TodaySection heading={t.incidents.heading} hint={t.incidents.hint} icon="warning" items={incidents} />
        <TodaySection heading={t.fixSteps.heading} hint={t.fixSteps.hint} icon="check" items={fixes} />
      </div>
      <div className="today-column">
        <TodaySection heading={t.clarifying.heading} hint={t.clarifying.hint} icon="briefs" items={clarifying} />
        <TodaySection heading={t.overrides.heading} hint={t.overrides.hint} icon="info" items={overrides} />
        <TodaySection heading={t.awaiting.heading} hint={t.awaiting.hint} icon="message" items={awaiting} />
      </div>
    </div>
  );
}

function Welcome() {
  const w = t.welcome;
  return (
    <div className="page single">
      <div className="today today-welcome">
        <h1>{w.heading}</h1>
        <p className="today-intro">{w.intro}</p>
        <section className="today-first" aria-labelledby="first-client-heading">
          <h2 id="first-client-heading">{w.firstClientHeading}</h2>
          <p>{w.firstClientBody}</p>
          <a className="btn primary" href={href('clients', null, { new: '1' })}>
            <Icon name="plus" />
            {w.firstClientButton}
          </a>
        </section>
        <h2 className="today-next-heading">{w.nextHeading}</h2>
        <ol className="today-next">
          {w.next.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </div>
    </div>
  );
}

function AllClear() {
  return (
    <section className="today-clear" aria-labelledby="all-clear-heading">
      <Icon name="check" size={28} />
      <h2 id="all-clear-heading">{t.allClear.heading}</h2>
      <p>{t.allClear.body}</p>
      <div className="actions">
        <a className="btn primary" href={href('briefs', null, { new: '1' })}>
          {t.allClear.newBrief}
        </a>
        <a className="btn" href={href('insights')}>
          {t.allClear.insights}
        </a>
      </div>
    </section>
  );
}
