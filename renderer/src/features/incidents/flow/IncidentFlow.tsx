// The guided flow: loads the incident, shows the page it is on, autosaves the draft, and moves on, back or
// to any page already answered. Each page remounts with its own draft, so nothing typed leaks between pages.
import { type ComponentType, useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../../../shared/contract';
import { flowProgress, previousScreen } from '../../../../../shared/domain/incidentFlow';
import { currentPage, type FlowScreen, type Incident, type IncidentScreen, stepOfScreen } from '../../../../../shared/model/incident';
import type { Settings } from '../../../../../shared/model/settings';
import { api, errorMessage, fieldErrors } from '../../../api/client';
import { href, navigate } from '../../../app/router';
import { useApiQuery } from '../../../api/queries';
import { incidentKeys, settingKeys } from '../../../api/queryKeys';
import { saveStateLabel, useAutosave } from '../../../ui/useAutosave';
import { ApologiseStep } from '../steps/ApologiseStep';
import { CloseStep } from '../steps/CloseStep';
import { FixOrAskStep } from '../steps/FixOrAskStep';
import { HappenedStep } from '../steps/HappenedStep';
import { PaperTrailStep } from '../steps/PaperTrailStep';
import { PausePage } from '../steps/PauseStep';
import { TalkStep } from '../steps/TalkStep';
import { IncidentDetail } from '../IncidentDetail';
import { flowText, headingFor } from '../text';
import { FlowFrame } from './FlowFrame';
import type { StepProps } from './types';

// One component per step that has pages; contain, remedy and fix live inside the pages that hold them.
const STEPS = {
  happened: HappenedStep,
  paperTrail: PaperTrailStep,
  fixOrAsk: FixOrAskStep,
  talk: TalkStep,
  apologise: ApologiseStep,
  close: CloseStep,
} as const;
type PagedStep = keyof typeof STEPS;

export function IncidentFlow({ id }: { id: string }) {
  const [incident, setIncident] = useState<Incident | null>(null);
  const [error, setError] = useState<string | null>(null);
  const settings = useApiQuery(settingKeys.get(), () => api.settings.get({}));
  useEffect(() => {
    api.incidents.get({ id }).then(setIncident, (e: unknown) => setError(errorMessage(e)));
  }, [id]);

  if (error) return <p className="notice-inline error content-narrow">{error}</p>;
  if (incident === null || settings.data === undefined) return <p className="muted content-narrow">{flowText.loading}</p>;
  if (incident.status === 'closed') return <IncidentDetail id={id} justClosed onReopened={setIncident} />;
  return <ScreenHost key={incident.currentScreen} incident={incident} settings={settings.data} onIncident={setIncident} />;
}

/** Field errors from the core arrive as `answers.description`; the fields are named `description`. */
const byField = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.replace(/^answers\./, ''), v]));

function ScreenHost({ incident, settings, onIncident }: { incident: Incident; settings: Settings; onIncident: (i: Incident) => void }) {
  // A page name from an earlier version is read as the page that holds its question now.
  const screen: FlowScreen = currentPage(incident.currentScreen);
  const step = stepOfScreen(screen);
  const pending = useRef<Promise<unknown>[]>([]);
  const beforeLeave = (save: () => Promise<unknown>) => {
    pending.current.push(save().catch(() => undefined));
  };
  const settle = async () => {
    const waiting = pending.current;
    pending.current = [];
    await Promise.all(waiting);
  };
  // One step's answers; typed loosely here because the step is only known at run time.
  const [draft, setDraft] = useState<Record<string, unknown>>(() => ({ ...incident.answers[step] }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // While Continue, Back or a jump is on its way, autosave stands aside so it cannot land after it.
  const [leaving, setLeaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const input = (extra: object) => ({ id: incident.id, step, answers: draft, ...extra });
  const save = (d: typeof draft) => api.incidents.saveStep({ id: incident.id, step, answers: d } as InputOf<'incidents.saveStep'>);
  const autosave = useAutosave(draft, save, { enabled: !leaving });

  // Leaving through the sidebar within a moment of typing: save what is there rather than drop it.
  const latest = useRef({ draft, leaving, stored: incident.answers[step] as unknown });
  latest.current = { draft, leaving, stored: incident.answers[step] };
  useEffect(
    () => () => {
      const { draft: d, leaving: l, stored } = latest.current;
      if (!l && JSON.stringify(d) !== JSON.stringify(stored)) void save(d).catch(() => undefined);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  useEffect(() => {
    if (Object.keys(errors).length > 0) summaryRef.current?.focus();
  }, [errors]);

  const answers = { ...incident.answers, [step]: draft } as Incident['answers'];
  const facts = { spottedBy: answers.happened.spottedBy, harmOngoing: answers.happened.harmOngoing };
  const progress = flowProgress(facts, screen, incident.completedScreens);
  const back = previousScreen(facts, screen);

  const run = async (action: () => Promise<Incident>) => {
    if (busy) return;
    setBusy(true);
    setLeaving(true);
    latest.current.leaving = true;
    setMessage(null);
    try {
      const next = await action();
      // Closing goes straight on to the client summary: the next thing the VA will want, one page fewer.
      if (next.status === 'closed') {
        navigate('summaries', next.id, { closed: '1' });
        return;
      }
      if (next.status === 'open' && next.currentScreen === screen) {
        // Still on this page (a jump to where the VA already is): carry on as before.
        setLeaving(false);
        latest.current.leaving = false;
        setBusy(false);
      }
      onIncident(next);
    } catch (e) {
      setLeaving(false);
      latest.current.leaving = false;
      const fields = byField(fieldErrors(e));
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setMessage(errorMessage(e));
      setBusy(false);
    }
  };
  const advance = (answersForPause?: object) =>
    run(async () => {
      await settle();
      return api.incidents.advance(input(answersForPause ? { answers: answersForPause, screen } : { screen }) as InputOf<'incidents.advance'>);
    });
  // Back and jumps save the draft first, so going back never loses what was typed.
  const goTo = (target: IncidentScreen) =>
    run(async () => {
      await settle();
      await api.incidents.saveStep(input({}) as InputOf<'incidents.saveStep'>);
      return api.incidents.goTo({ id: incident.id, screen: target });
    });

  const frame = {
    progress,
    verdict: answers.paperTrail.verdict,
    errors,
    errorSummaryRef: summaryRef,
    onBack: back ? () => void goTo(back) : null,
    onJump: (target: IncidentScreen) => void goTo(target),
    busy,
    saveState: saveStateLabel(autosave.state),
    aside: (
      <p className="small flow-details-link">
        <a href={href('incidents', incident.id, { view: 'details' })}>{flowText.detailsLink}</a>
      </p>
    ),
  };

  if (screen === 'pause') {
    return <PausePage {...frame} pattern={settings.breathingPattern} onDone={(outcome) => void advance({ outcome })} />;
  }
  const words = headingFor(screen, answers.paperTrail.verdict);
  const Step = STEPS[step as PagedStep] as ComponentType<StepProps<PagedStep>>;
  const shownErrors = { ...byField(autosave.errors), ...errors };
  return (
    <FlowFrame
      {...frame}
      heading={words.heading}
      hint={words.hint}
      onSubmit={() => void advance()}
      submitLabel={screen === 'close.lesson' ? flowText.closeIncident : undefined}
    >
      {message ? (
        <div className="notice-inline error" role="alert">
          {message}
        </div>
      ) : null}
      {autosave.message && Object.keys(autosave.errors).length === 0 ? (
        <div className="notice-inline warning" role="status">
          {autosave.message}
        </div>
      ) : null}
      <Step
        incident={incident}
        screen={screen as never}
        draft={draft as never}
        update={(patch) => setDraft((d) => ({ ...d, ...(patch as Record<string, unknown>) }))}
        errors={shownErrors}
        settings={settings}
        onIncident={onIncident}
        beforeLeave={beforeLeave}
      />
    </FlowFrame>
  );
}

/** `#/incidents?new=1`: the pause comes first; the incident is created when the VA moves on. */
export function NewIncident({ briefId, clientId, onStarted }: { briefId: string | null; clientId: string | null; onStarted: (incident: Incident) => void }) {
  const settings = useApiQuery(settingKeys.get(), () => api.settings.get({}));
  const open = useApiQuery(incidentKeys.list({ status: 'open' }), () => api.incidents.list({ status: 'open' }));
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  if (settings.data === undefined) return <p className="muted content-narrow">{flowText.loading}</p>;
  const start = async (breathing: 'completed' | 'skipped') => {
    if (busy) return;
    setBusy(true);
    try {
      // A brief or client moved to the trash since the link was made should not stop the VA from starting.
      const fromScreen = api.incidents.start({ briefId, clientId, breathing });
      onStarted(
        await fromScreen.catch((e: unknown) => (briefId || clientId ? api.incidents.start({ briefId: null, clientId: null, breathing }) : Promise.reject(e))),
      );
    } catch (e) {
      setErrors({ outcome: errorMessage(e) });
      setBusy(false);
    }
  };
  const progress = flowProgress({ spottedBy: null, harmOngoing: null }, 'pause', []);
  const latest = open.data?.[0];
  return (
    <PausePage
      progress={progress}
      errors={errors}
      errorSummaryRef={summaryRef}
      onBack={null}
      onJump={null}
      busy={busy}
      pattern={settings.data.breathingPattern}
      onDone={(outcome) => void start(outcome)}
      openIncident={latest}
    />
  );
}
