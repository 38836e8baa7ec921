/**
 * Navigation and new windows: the app's window shows only the app. Anything else the page
 * tries to open goes to the system browser (http/https/mailto) or nowhere.
 * Electron is passed in so this runs under Vitest with a mock.
 */
import type { App, Session, Shell, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp.js';
import { isExternalUrlAllowed } from './window-options.js';

export function hardenContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>, isAppUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalUrlAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      if (isExternalUrlAllowed(url)) void shell.openExternal(url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function applySessionPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // no camera, microphone, notifications, geolocation…: a text editor needs none of them
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function hardenApp(app: App, shell: Pick<Shell, 'openExternal'>, isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_e, contents) => hardenContents(contents, shell, isAppUrl));
}
