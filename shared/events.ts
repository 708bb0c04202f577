// Events the main process pushes to the renderer.
import type { Notice, Subject } from './contract';

export type MenuCommand =
  | 'new-client'
  | 'new-brief'
  | 'start-incident'
  | 'quick-question'
  | 'search'
  | 'settings'
  | 'print'
  /** Sent when the VA clicks a reminder: show the Today screen. */
  | 'open-today';

export type AppEvent =
  | { type: 'data-changed'; subjects: Subject[] }
  | { type: 'notice'; notice: Notice }
  | { type: 'progress'; task: string; done: number; total: number }
  | { type: 'menu-command'; command: MenuCommand }
  /** The app is about to quit or close its window: save what is pending, then answer with `readyToClose(requestId)`. */
  | { type: 'app-closing'; requestId: string };
