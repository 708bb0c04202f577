// Short-lived messages with an optional action, such as "Undo" for a delete (10 seconds, or Ctrl/Cmd+Z).
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';

export const UNDO_SECONDS = 10;

interface Toast {
  id: number;
  message: string;
  action?: { label: string; run: () => void | Promise<void> };
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
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setToasts((all) => all.filter((t) => t.id !== id));
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
  }, []);

  const show = useCallback<ToastApi['show']>(
    (message, action, seconds = action ? UNDO_SECONDS : 5) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-2), action ? { id, message, action } : { id, message }]);
      timers.current.set(id, setTimeout(() => dismiss(id), seconds * 1000));
    },
    [dismiss],
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
      <div className="toasts" role="status" aria-live="polite">
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
