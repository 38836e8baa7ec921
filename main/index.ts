/**
 * Electron main process: one window, one store, the IPC transport, hardened defaults.
 * Bundled by scripts/build.mjs to out/main/index.cjs.
 */
import path from 'node:path';
import fs from 'node:fs';
import { app, BrowserWindow, ipcMain, Menu, session, shell, dialog, safeStorage } from 'electron';
import { openStore, type Store } from './store/index.js';
import { createContext, createServices } from './services/index.js';
import { startArchiveCatchUpAtLaunch } from './services/archive.js';
import { registerIpc } from './transport/ipc.js';
import { secureWebPreferences } from './app/window-options.js';
import { applySessionPolicy, hardenApp } from './app/security.js';
import { loadWindowState, saveWindowState } from './app/window-state.js';
import { menuTemplate } from './app/menu.js';
import { acquireDataDirLock } from './app/lock.js';
import { startBackups, type BackupSchedule } from './store/backup.js';
import { BACKGROUND_START_DELAY_MS, backupOnWorker, verifyInBackground } from './store/verify.js';
import { installLastResort } from './app/last-resort.js';
import { safeStorageSealer } from './newsroom/session-file.js';
import { envCredentialStore, safeStorageCredentialStore, settingsBlobBacking } from './services/cms/credentials.js';
import { errorMessage } from '../shared/api/errors.js';
import { MENU_CHANNEL, type MenuAction } from '../shared/api/menu.js';
import type { Services } from '../shared/api/contract.js';
import { beforeQuitReleasingLeases, releaseLeasesOnExit } from './newsroom/release-on-exit.js';

const rendererIndex = path.join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = new URL(`file://${rendererIndex}`).href;
const isAppUrl = (url: string) => url.split('#')[0] === rendererUrl;

let mainWindow: BrowserWindow | null = null;
let store: Store | null = null;
let backups: BackupSchedule | null = null;
/** for the window's close and the quit, which release the edit leases */
let appServices: Services | null = null;

function nativeBinding(): string | undefined {
  // scripts/start.mjs builds better-sqlite3 for Electron's ABI here, leaving node_modules' Node build for tests
  const candidates = [path.join(__dirname, '..', '..', '.electron-native', 'better_sqlite3.node'), path.join(process.resourcesPath ?? '', 'better_sqlite3.node')];
  return candidates.find((p) => fs.existsSync(p));
}

function createWindow(): void {
  const dataDir = app.getPath('userData');
  const state = loadWindowState(dataDir);
  mainWindow = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 800,
    minHeight: 500,
    title: 'Redaksi',
    show: false,
    webPreferences: secureWebPreferences(path.join(__dirname, '..', 'preload', 'index.cjs')),
  });
  if (state.maximized) mainWindow.maximize();
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('close', () => {
    // the stories open in this window are free for colleagues at once (macOS keeps the app running)
    if (appServices) void releaseLeasesOnExit(appServices);
    if (!mainWindow) return;
    saveWindowState(dataDir, { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() });
  });
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadFile(rendererIndex);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  hardenApp(app, shell, isAppUrl);
  installLastResort('Redaksi (main process)');
  app.whenReady().then(() => {
    const dataDir = app.getPath('userData');
    try {
      acquireDataDirLock(dataDir, 'desktop app');
      const binding = nativeBinding();
      // the fast damage check at start; quick_check runs on a worker once the window is up
      store = openStore(dataDir, { damageCheck: 'fast', ...(binding ? { nativeBinding: binding } : {}) });
    } catch (e) {
      dialog.showErrorBox('Redaksi cannot open its data', errorMessage(e));
      app.quit();
      return;
    }
    const opened = store;
    // verified backups at start and every few minutes while stories change (main/store/backup.ts)
    const verifyBinding = nativeBinding();
    const verifier = { script: path.join(__dirname, 'verify-worker.cjs'), ...(verifyBinding ? { nativeBinding: verifyBinding } : {}) };
    backups = startBackups(() => opened.db, dataDir, { copyAndCheck: backupOnWorker(verifier), firstAfterMs: BACKGROUND_START_DELAY_MS });
    if (opened.recovery) dialog.showErrorBox('Redaksi restored a backup', opened.recovery.message);
    void verifyInBackground(opened, verifier, BACKGROUND_START_DELAY_MS).then((v) => {
      if (v.ok === false) dialog.showErrorBox('Redaksi found its database damaged', opened.writesBlocked ?? v.problem);
      else if (v.ok === null) console.error(`the background database check could not run: ${v.reason}`);
    });
    applySessionPolicy(session.defaultSession);
    // CMS secrets: encrypted with the OS keychain (safeStorage), never plain text in the database
    const s = store;
    const credentials = [safeStorageCredentialStore(safeStorage, settingsBlobBacking({ getRaw: (k) => s.settings.getRaw(k), putRaw: (k, v) => s.settings.putRaw(k, v) })), envCredentialStore()];
    // archive queries on worker threads: the bundled worker beside this file (scripts/build.mjs)
    const workerBinding = nativeBinding();
    const archiveWorkers = { script: path.join(__dirname, 'archive-worker.cjs'), ...(workerBinding ? { nativeBinding: workerBinding } : {}) };
    // the newsroom token sealed with the same keyring; sync in the background while signed in
    const sealer = safeStorageSealer(safeStorage);
    const options = { credentials, archiveWorkers, newsroom: { ...(sealer ? { sealer } : {}), background: {} } };
    const ctx = createContext(store, options);
    const services = createServices(store, options, ctx);
    // the archive catches up with stories imported or changed while the app was closed, in the
    // background with a progress bar ('archive.status'), after the start-up work
    appServices = services;
    setTimeout(() => startArchiveCatchUpAtLaunch(ctx), BACKGROUND_START_DELAY_MS).unref();
    registerIpc(ipcMain, services, {
      trustedContents: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
      isAppUrl,
      log: (m) => console.error(m),
    });
    const send = (action: MenuAction) => mainWindow?.webContents.send(MENU_CHANNEL, action);
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(send, process.platform === 'darwin', () => void shell.openExternal('https://github.com/'))));
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // quitting waits (at most RELEASE_ON_EXIT_MS) for the hub to hear that our leases are free
  app.on('before-quit', beforeQuitReleasingLeases(() => appServices ?? undefined, () => app.quit()));
  app.on('will-quit', () => {
    backups?.stop();
    store?.close();
  });
}
