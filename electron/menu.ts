// The app menu: standard roles plus Steadyhand's own commands, with the shortcuts from UX.md.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/contract';

export function menuTemplate(isMac: boolean, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const item = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('New brief', 'CmdOrCtrl+N', 'new-brief'),
        item('New client', 'CmdOrCtrl+Shift+C', 'new-client'),
        { type: 'separator' },
        item('I made a mistake…', 'CmdOrCtrl+Shift+M', 'start-incident'),
        item('Before you say yes…', 'CmdOrCtrl+Shift+Y', 'quick-question'),
        { type: 'separator' },
        item('Print summary…', 'CmdOrCtrl+P', 'print'),
        ...(isMac ? [] : [{ type: 'separator' as const }, item('Settings', 'CmdOrCtrl+,', 'settings'), { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [item('Search everywhere', 'CmdOrCtrl+K', 'search'), ...(isMac ? [item('Settings', 'CmdOrCtrl+,', 'settings')] : [])],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
}
