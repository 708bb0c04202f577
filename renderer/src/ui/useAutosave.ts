// Saves a draft a moment after the VA stops typing, and says so quietly. Nothing typed is lost:
// - leaving the form (unmount), hiding the window, or quitting (through `flushPendingSaves`) saves what is pending at once;
// - per-field saving: when the core refuses some fields, the same save is sent again with those fields set back to
//   their last saved values, so one invalid field never holds back the valid ones;
// - the refused fields stay in the form as a draft with their messages and, given a `draftKey` (the record's id),
//   are kept in memory across navigation (`keptDrafts.ts`) and restored by `start()` when the VA comes back.
// Why per-field plus a kept draft rather than a "you cannot leave" gate: the valid work reaches the disk at once,
// and the invalid part is neither silently dropped nor forced on the VA before they can go and check something.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, fieldErrors } from '../api/client';
import { forgetDraft, keepDraft, keptDraft } from './keptDrafts';
import { registerPendingSave } from './pendingSaves';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

interface Options {
  delayMs?: number;
  enabled?: boolean;
  /** Names the record behind the form (e.g. `brief:<id>`), so a refused draft is kept across navigation. */
  draftKey?: string;
}

type Outcome = { ok: true } | { ok: false; errors: Record<string, string>; message: string };

export function useAutosave<T>(draft: T, save: (value: T) => Promise<unknown>, options: Options = {}) {
  const { delayMs = 700, enabled = true, draftKey } = options;
  const [state, setState] = useState<SaveState>('idle');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const lastSaved = useRef(JSON.stringify(draft));
  const lastSavedValue = useRef<unknown>(draft);
  const saveRef = useRef(save);
  saveRef.current = save;
  const latest = useRef({ draft, enabled, draftKey });
  latest.current = { draft, enabled, draftKey };
  const mounted = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Saves run one after another, so an older draft can never land after a newer one.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const saveNow = useCallback((value: T): Promise<Outcome> => {
    const run = async (): Promise<Outcome> => {
      const serialised = JSON.stringify(value);
      if (serialised === lastSaved.current) return { ok: true };
      try {
        await saveRef.current(value);
        lastSaved.current = serialised;
        lastSavedValue.current = value;
        return { ok: true };
      } catch (error) {
        const errs = fieldErrors(error);
        const paths = Object.keys(errs);
        if (paths.length > 0) {
          const validOnly = withValuesAt(value, lastSavedValue.current, paths);
          const validSerialised = JSON.stringify(validOnly);
          if (validSerialised !== lastSaved.current) {
            try {
              await saveRef.current(validOnly as T);
              lastSaved.current = validSerialised;
              lastSavedValue.current = validOnly;
            } catch {
              // The valid fields were refused too: the message below still tells the VA what to fix.
            }
          }
        }
        return { ok: false, errors: errs, message: errorMessage(error) };
      }
    };
    const next = queue.current.then(run, run);
    queue.current = next;
    return next;
  }, []);

  const report = useCallback((outcome: Outcome) => {
    if (!mounted.current) return;
    if (outcome.ok) {
      setErrors({});
      setMessage(null);
      // A newer change already waits for its pause: not "Saved" until that one is.
      setState(timer.current !== null ? 'saving' : 'saved');
    } else {
      setErrors(outcome.errors);
      setMessage(outcome.message);
      setState('error');
    }
  }, []);

  /** Saves what is pending now (leaving, hiding, quitting); keeps a refused draft for the record. */
  const flush = useCallback(async (): Promise<void> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const { draft: value, enabled: on, draftKey: key } = latest.current;
    if (!on || JSON.stringify(value) === lastSaved.current) return;
    if (key !== undefined) keepDraft(key, { draft: value, errors: {}, message: null });
    const outcome = await saveNow(value);
    if (key !== undefined) {
      if (outcome.ok) forgetDraft(key, value);
      else if (keptDraft(key)?.draft === value) keepDraft(key, { draft: value, errors: outcome.errors, message: outcome.message });
    }
    report(outcome);
  }, [saveNow, report]);

  useEffect(() => {
    mounted.current = true;
    const unregister = registerPendingSave(flush);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      unregister();
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  useEffect(() => {
    if (!enabled) return;
    if (JSON.stringify(draft) === lastSaved.current) return;
    // Said at once, not after the pause: "Saved" must never stand beside a change that is not on disk yet.
    setState((now) => (now === 'error' ? now : 'saving'));
    timer.current = setTimeout(() => {
      timer.current = null;
      if (mounted.current) setState('saving');
      void saveNow(draft).then((outcome) => {
        const key = latest.current.draftKey;
        if (key !== undefined) {
          if (outcome.ok) forgetDraft(key);
          else keepDraft(key, { draft, errors: outcome.errors, message: outcome.message });
        }
        report(outcome);
      });
    }, delayMs);
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [draft, delayMs, enabled, saveNow, report]);

  /** Call when the record behind the draft changes (another record opened), so it is not saved again. */
  const reset = useCallback((value: T) => {
    lastSaved.current = JSON.stringify(value);
    lastSavedValue.current = value;
    setErrors({});
    setMessage(null);
    setState('idle');
  }, []);

  /**
   * Call with the stored record when the form opens: returns the draft to show, which is the draft kept from the
   * VA's last visit (with its "Not saved" message) when there is one, otherwise the stored value.
   */
  const start = useCallback(
    (stored: T): T => {
      reset(stored);
      const key = latest.current.draftKey;
      const kept = key === undefined ? undefined : keptDraft(key);
      if (kept === undefined) return stored;
      if (kept.message !== null) {
        setErrors(kept.errors);
        setMessage(kept.message);
        setState('error');
      }
      return kept.draft as T;
    },
    [reset],
  );

  return { state, errors, message, reset, start, flush };
}

/** A copy of `value` with each dotted path (`profile.email`, `contract.currency`) set back to its value in `saved`. */
export function withValuesAt(value: unknown, saved: unknown, paths: string[]): unknown {
  const copy: unknown = structuredClone(value);
  for (const path of paths) {
    const keys = path.split('.');
    let target = copy as Record<string, unknown> | null;
    let source = saved as Record<string, unknown> | null;
    for (const key of keys.slice(0, -1)) {
      target = isRecord(target?.[key]) ? (target[key] as Record<string, unknown>) : null;
      source = isRecord(source?.[key]) ? (source[key] as Record<string, unknown>) : null;
    }
    const last = keys[keys.length - 1];
    if (target === null || last === undefined) continue;
    if (source !== null && last in source) target[last] = structuredClone(source[last]);
  }
  return copy;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function saveStateLabel(state: SaveState): string {
  return state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : state === 'error' ? 'Not saved yet' : '';
}
