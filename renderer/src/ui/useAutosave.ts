// Saves a draft a moment after the VA stops typing, and says so quietly. Invalid drafts are kept, not lost.
import { useEffect, useRef, useState } from 'react';
import { errorMessage, fieldErrors } from '../api/client';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export function useAutosave<T>(draft: T, save: (value: T) => Promise<unknown>, options: { delayMs?: number; enabled?: boolean } = {}) {
  const { delayMs = 700, enabled = true } = options;
  const [state, setState] = useState<SaveState>('idle');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const lastSaved = useRef(JSON.stringify(draft));
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    if (!enabled) return;
    const serialised = JSON.stringify(draft);
    if (serialised === lastSaved.current) return;
    const timer = setTimeout(() => {
      setState('saving');
      saveRef.current(draft).then(
        () => {
          lastSaved.current = serialised;
          setErrors({});
          setMessage(null);
          setState('saved');
        },
        (error: unknown) => {
          setErrors(fieldErrors(error));
          setMessage(errorMessage(error));
          setState('error');
        },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [draft, delayMs, enabled]);

  /** Call when the record behind the draft changes (another record opened), so it is not saved again. */
  const reset = (value: T) => {
    lastSaved.current = JSON.stringify(value);
    setErrors({});
    setMessage(null);
    setState('idle');
  };
  return { state, errors, message, reset };
}

export function saveStateLabel(state: SaveState): string {
  return state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : state === 'error' ? 'Not saved yet' : '';
}
