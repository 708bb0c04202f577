// Operations of the Today screen. It only reads. Domain types are imported as types only, so the renderer's
// bundle never pulls in the holiday calendars the core uses to compute them.
import type { TodayView } from '../domain/today';
import { none, op } from './op';

export const todayOperations = {
  get: op(none).returns<TodayView>(),
} as const;
