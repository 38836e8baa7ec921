/**
 * The application menu's actions: the one other message main sends the page besides the
 * contract's answers. Main sends an action on MENU_CHANNEL (IPC); the preload re-dispatches it as
 * a MENU_EVENT DOM event (the page never sees ipcRenderer), and the renderer listens through
 * renderer/api/menu.ts. Anything that is not one of these actions is dropped on the way.
 */
export const MENU_ACTIONS = ['new-story', 'save-version', 'export', 'submit', 'warnings', 'history'] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

/** the IPC channel main -> preload */
export const MENU_CHANNEL = 'redaksi:menu';
/** the DOM event preload -> page; its `detail` is the action */
export const MENU_EVENT = 'redaksi-menu';

export function isMenuAction(value: unknown): value is MenuAction {
  return typeof value === 'string' && (MENU_ACTIONS as readonly string[]).includes(value);
}
