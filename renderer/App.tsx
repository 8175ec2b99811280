/** The window: navigation on the left, the chosen screen on the right, one year chosen for all screens. */
import { lazy, startTransition, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { call, DataVersionContext, events, usePushedDataVersion, type Out } from './api.ts';
import { SCREENS, parseHash, toHash, type Route, type ScreenId } from './routes.ts';
import { ErrorNote, Loading } from './components/Notice.tsx';
import { UpkeepStatus } from './components/UpkeepStatus.tsx';
import { Welcome } from './screens/Welcome.tsx';
import { Overview } from './screens/Overview.tsx';

// The first screen comes with the page; every other screen (and what only it uses: the grid, the
// virtualizer, chart.js, the report preview) is fetched apart, so the first breakdown does not wait for
// code it does not run. Once the first screen has drawn, the rest are fetched in the background, so
// that opening one later does not wait for its code either.
const SCREEN_CODE = {
  organization: () => import('./screens/Organization.tsx'),
  figures: () => import('./screens/Figures.tsx'),
  compare: () => import('./screens/Compare.tsx'),
  targets: () => import('./screens/Targets.tsx'),
  reports: () => import('./screens/Reports.tsx'),
  checks: () => import('./screens/Checks.tsx'),
  settings: () => import('./screens/Settings.tsx'),
};
const Organization = lazy(() => SCREEN_CODE.organization().then((m) => ({ default: m.Organization })));
const Figures = lazy(() => SCREEN_CODE.figures().then((m) => ({ default: m.Figures })));
const Compare = lazy(() => SCREEN_CODE.compare().then((m) => ({ default: m.Compare })));
const Targets = lazy(() => SCREEN_CODE.targets().then((m) => ({ default: m.Targets })));
const Reports = lazy(() => SCREEN_CODE.reports().then((m) => ({ default: m.Reports })));
const Checks = lazy(() => SCREEN_CODE.checks().then((m) => ({ default: m.Checks })));
const SettingsScreen = lazy(() => SCREEN_CODE.settings().then((m) => ({ default: m.SettingsScreen })));
/** After the first screen's data: one screen's code at a time, each when the page is idle. */
const PREFETCH_AFTER_MS = 1500;
function prefetchScreens(): void {
  const next = Object.values(SCREEN_CODE);
  const one = () => {
    const load = next.shift();
    if (load)
      void load().then(
        () => requestIdleCallback(one),
        () => {},
      );
  };
  setTimeout(() => requestIdleCallback(one), PREFETCH_AFTER_MS);
}

export type Info = Out<'app.info'>;

export interface ScreenProps {
  info: Info;
  year: number;
  setYear(y: number): void;
  params: Record<string, string>;
  go(screen: ScreenId, params?: Record<string, string | number>): void;
}

export function App() {
  const [info, setInfo] = useState<Info | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [route, setRoute] = useState<Route>(() => parseHash(location.hash));
  const [year, setYear] = useState<number | null>(null);
  const dataVersion = usePushedDataVersion();
  const { bump } = dataVersion;

  // The file's years and state: read at start, again on every pushed data-changed (a write anywhere: a new year,
  // an import, the demo, another file opened), and after a restarted backend. Only the latest read is kept, so a
  // burst of writes (the grid saves each edit) cannot leave an older answer on screen.
  const latest = useRef(0);
  const loadInfo = useCallback(async () => {
    const n = ++latest.current;
    try {
      const i = await call('app.info', {});
      if (n !== latest.current) return;
      setInfo(i);
      setYear((y) => (y !== null && i.years.includes(y) ? y : (i.years.at(-1) ?? new Date().getFullYear())));
    } catch (e) {
      if (n === latest.current) setError((e as Error).message);
    }
  }, []);
  const refreshInfo = useCallback(async () => {
    await loadInfo();
    bump();
  }, [loadInfo, bump]);

  useEffect(() => {
    void loadInfo();
    prefetchScreens();
  }, [loadInfo]);
  // Every view re-reads on data-changed by itself (usePushedDataVersion); a restarted backend is said out loud.
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(
    () =>
      events.subscribe((e) => {
        if (e.type === 'data-changed') void loadInfo();
        else if (e.type === 'backend-restarted' || e.type === 'backend-stopped') {
          setNotice(e.message);
          void refreshInfo();
        }
      }),
    [loadInfo, refreshInfo],
  );
  useEffect(() => {
    // A transition: the screen on show stays until the next one's code is there, and React does not hold
    // a screen whose code has come behind its loading line (it shows fallbacks for at least 300 ms).
    const onHash = () => startTransition(() => setRoute(parseHash(location.hash)));
    window.addEventListener('hashchange', onHash);
    // Alt+1…8 switches screens, as the menu of the desktop app shows.
    const onKey = (e: KeyboardEvent) => {
      const s = e.altKey && !e.ctrlKey && !e.metaKey ? SCREENS.find((x) => x.key === e.key) : undefined;
      if (s) {
        e.preventDefault();
        location.hash = toHash(s.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  const go = useCallback((screen: ScreenId, params: Record<string, string | number> = {}) => {
    location.hash = toHash(screen, params);
  }, []);

  if (error && !info)
    return (
      <main className="app-error">
        <ErrorNote text={error} />
      </main>
    );
  if (!info || year === null)
    return (
      <main className="app-loading">
        <Loading />
      </main>
    );

  const props: ScreenProps = { info, year, setYear, params: route.params, go };
  const current = SCREENS.find((s) => s.id === route.screen)!;
  return (
    <DataVersionContext.Provider value={dataVersion}>
      <div className="app">
        <nav className="sidebar" aria-label="Các màn hình">
          <div className="brand">
            <strong>tochuc</strong>
            <span className="muted small">Thống kê tổ chức đảng</span>
          </div>
          <ul>
            {SCREENS.map((s) => (
              <li key={s.id}>
                <a href={toHash(s.id)} aria-current={s.id === route.screen ? 'page' : undefined} title={`Alt+${s.key}`}>
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
          <div className="dbfile small muted" title={info.dbPath}>
            Tệp: {info.dbPath.split(/[\\/]/).pop()}
          </div>
          <UpkeepStatus />
        </nav>
        <main className="content" aria-labelledby="screen-title">
          <h1 id="screen-title">{current.title}</h1>
          <ErrorNote text={error} onClose={() => setError(null)} />
          <ErrorNote text={notice} onClose={() => setNotice(null)} />
          {info.empty && route.screen !== 'cai-dat' && route.screen !== 'to-chuc' ? (
            <Welcome {...props} />
          ) : (
            <Suspense fallback={<Loading />}>
              <Screen id={route.screen} props={props} />
            </Suspense>
          )}
        </main>
      </div>
    </DataVersionContext.Provider>
  );
}

function Screen({ id, props }: { id: ScreenId; props: ScreenProps }) {
  switch (id) {
    case 'tong-quan':
      return <Overview {...props} />;
    case 'to-chuc':
      return <Organization {...props} />;
    case 'so-lieu':
      return <Figures {...props} />;
    case 'so-sanh':
      return <Compare {...props} />;
    case 'chi-tieu':
      return <Targets {...props} />;
    case 'bao-cao':
      return <Reports {...props} />;
    case 'kiem-tra':
      return <Checks {...props} />;
    case 'cai-dat':
      return <SettingsScreen {...props} />;
  }
}
