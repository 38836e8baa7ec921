import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../shared/api/menu.js';

/** File, Edit, View, Story, Help with the platform's usual roles. Story actions go to the page. */
export function menuTemplate(send: (action: MenuAction) => void, isMac: boolean, openDocs: () => void): MenuItemConstructorOptions[] {
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Story', accelerator: 'CmdOrCtrl+N', click: () => send('new-story') },
        { label: 'Save Version…', accelerator: 'CmdOrCtrl+Shift+S', click: () => send('save-version') },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send('export') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    {
      label: 'Story',
      submenu: [
        { label: 'Submit for Review', click: () => send('submit') },
        { label: 'Warnings', accelerator: 'CmdOrCtrl+Shift+W', click: () => send('warnings') },
        { label: 'History', accelerator: 'CmdOrCtrl+Shift+H', click: () => send('history') },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'Redaksi Documentation', click: openDocs }] },
  ];
}
