/** Menu actions from the Electron menu (shared/api/menu.ts), as a hook for the screens that answer them. */
import { useEffect, useRef } from 'react';
import { isMenuAction, MENU_EVENT, type MenuAction } from '../../shared/api/menu.js';

export function useMenuAction(handle: (action: MenuAction) => void): void {
  // the latest handler without re-subscribing on every render
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    const on = (e: Event) => {
      const action = (e as CustomEvent<unknown>).detail;
      if (isMenuAction(action)) latest.current(action);
    };
    window.addEventListener(MENU_EVENT, on);
    return () => window.removeEventListener(MENU_EVENT, on);
  }, []);
}
