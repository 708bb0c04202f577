// The keyboard shortcuts from UX.md, in one table. Menus send the same commands in the Electron shell.
import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/contract';
import { useAppEvent } from './events';
import { parseHash, type Route } from './router';

export const shortcuts: { command: MenuCommand; key: string; shift: boolean; label: string }[] = [
  { command: 'search', key: 'k', shift: false, label: 'Search everywhere' },
  { command: 'new-brief', key: 'n', shift: false, label: 'New brief' },
  { command: 'new-client', key: 'c', shift: true, label: 'New client' },
  { command: 'start-incident', key: 'm', shift: true, label: 'I made a mistake' },
  { command: 'quick-question', key: 'y', shift: true, label: 'Before you say yes' },
  { command: 'print', key: 'p', shift: false, label: 'Print the current summary' },
  { command: 'settings', key: ',', shift: false, label: 'Settings' },
];

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

export function shortcutText(command: MenuCommand): string {
  const s = shortcuts.find((x) => x.command === command);
  if (s === undefined) return '';
  const key = s.key === ',' ? ',' : s.key.toUpperCase();
  return `${isMac ? 'Cmd' : 'Ctrl'}+${s.shift ? 'Shift+' : ''}${key}`;
}

/** Runs `handler` for a shortcut pressed in the page, or the same command sent by the app menu. */
export function useCommands(handler: (command: MenuCommand) => void): void {
  useAppEvent((event) => {
    if (event.type === 'menu-command') handler(event.command);
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const match = shortcuts.find((s) => s.key === event.key.toLowerCase() && s.shift === event.shiftKey);
      if (match === undefined) return;
      event.preventDefault();
      handler(match.command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handler]);
}

/**
 * Where "I made a mistake" starts from: the brief or client on screen, as the button on a brief does,
 * so the shortcut and the sidebar button never make the VA pick again what they are looking at.
 */
export function incidentStartParams(route: Route = parseHash(window.location.hash)): Record<string, string> {
  if (route.area === 'briefs' && route.id !== null) return { new: '1', brief: route.id };
  if (route.area === 'clients' && route.id !== null) return { new: '1', client: route.id };
  return { new: '1' };
}
