// Subscribes to main-process events (data changes, notices, menu commands) through the bridge.
import { useEffect, useRef } from 'react';
import type { AppEvent } from '../../../shared/contract';
import { bridge } from '../api/client';

export function useAppEvent(listener: (event: AppEvent) => void): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => bridge().onEvent((event) => latest.current(event)), []);
}
