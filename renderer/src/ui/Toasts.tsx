// Short-lived messages with an optional action, such as "Undo" for a delete (10 seconds, or Ctrl/Cmd+Z).
// The countdown pauses while the pointer is over the toasts or focus is inside them (WCAG 2.2.1: enough time),
// and starts again with the time that was left.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';

export const UNDO_SECONDS = 10;

interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void | Promise<void> };
}

interface Countdown {
  remainingMs: number;
  startedAt: number;
  /** Undefined while paused. */
  timer: ReturnType<typeof setTimeout> | undefined;
}

interface ToastApi {
  show(message: string, action?: Toast['action'], seconds?: number): void;
}

const ToastContext = createContext<ToastApi>({ show: () => undefined });

export function useToasts(): ToastApi {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, Countdown>());
  const holds = useRef({ hovered: false, focused: false });

  const dismiss = useCallback((id: number) => {
    setToasts((all) => all.filter((t) => t.id !== id));
    const countdown = timers.current.get(id);
    if (countdown?.timer !== undefined) clearTimeout(countdown.timer);
    timers.current.delete(id);
  }, []);

  const run = useCallback(
    (id: number, countdown: Countdown) => {
      countdown.startedAt = Date.now();
      countdown.timer = setTimeout(() => dismiss(id), countdown.remainingMs);
    },
    [dismiss],
  );

  const show = useCallback<ToastApi['show']>(
    (message, action, seconds = action ? UNDO_SECONDS : 5) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-2), action ? { id, message, action } : { id, message }]);
      const countdown: Countdown = { remainingMs: seconds * 1000, startedAt: 0, timer: undefined };
      timers.current.set(id, countdown);
      if (!holds.current.hovered && !holds.current.focused) run(id, countdown);
    },
    [run],
  );

  /** Pauses every countdown while the VA is reading or reaching for a toast; resumes with the time left. */
  const hold = useCallback(
    (reason: 'hovered' | 'focused', on: boolean) => {
      const wasHeld = holds.current.hovered || holds.current.focused;
      holds.current[reason] = on;
      const isHeld = holds.current.hovered || holds.current.focused;
      if (wasHeld === isHeld) return;
      for (const [id, countdown] of timers.current) {
        if (isHeld && countdown.timer !== undefined) {
          clearTimeout(countdown.timer);
          countdown.timer = undefined;
          countdown.remainingMs = Math.max(0, countdown.remainingMs - (Date.now() - countdown.startedAt));
        } else if (!isHeld && countdown.timer === undefined) {
          run(id, countdown);
        }
      }
    },
    [run],
  );

  const runAction = useCallback(
    (toast: Toast) => {
      dismiss(toast.id);
      void toast.action?.run();
    },
    [dismiss],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== 'z') return;
      const target = event.target as HTMLElement | null;
      // Inside a text field, Ctrl+Z belongs to the field.
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
      const latest = [...toasts].reverse().find((t) => t.action);
      if (latest) {
        event.preventDefault();
        runAction(latest);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toasts, runAction]);

  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div
        className="toasts"
        role="status"
        aria-live="polite"
        onMouseEnter={() => hold('hovered', true)}
        onMouseLeave={() => hold('hovered', false)}
        onFocus={() => hold('focused', true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) hold('focused', false);
        }}
      >
        {toasts.map((t) => (
          <div className="toast" key={t.id}>
            <span>{t.message}</span>
            {t.action ? (
              <button type="button" className="btn" onClick={() => runAction(t)} title="Undo (Ctrl+Z)">
                {t.action.label}
              </button>
            ) : null}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
