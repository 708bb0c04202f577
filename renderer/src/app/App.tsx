// The app shell: sidebar, notices, the current area, toasts and the global shortcuts.
import { lazy, Suspense, useCallback, useState } from 'react';
import type { MenuCommand } from '../../../shared/contract';
import { api } from '../api/client';
import { ClientsPage } from '../features/clients/ClientsPage';
import { BriefsPage } from '../features/briefs/BriefsPage';
import { TodayPage } from '../features/today/TodayPage';
import { Icon, type IconName } from '../ui/Icon';
import { ToastProvider } from '../ui/Toasts';
import { Notices } from './Notices';
import { type Area, href, navigate, useRoute } from './router';
import { incidentStartParams, shortcutText, useCommands } from './shortcuts';
import { useTheme } from './theme';
import { requestSummaryPrint } from '../features/summaries/printCommand';
import { useApiQuery } from '../api/queries';
import { appKeys, settingKeys } from '../api/queryKeys';

const TrashPage = lazy(() => import('../features/trash/TrashPage'));
const BackupsPage = lazy(() => import('../features/backups/BackupsPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
const IncidentsPage = lazy(() => import('../features/incidents/IncidentsPage'));
const SummaryPage = lazy(() => import('../features/summaries/SummaryPage'));
const TemplatesPage = lazy(() => import('../features/templates/TemplatesPage'));
const InsightsPage = lazy(() => import('../features/insights/InsightsPage'));
const SearchDialog = lazy(() => import('../features/search/SearchDialog'));
const QuickQuestionDialog = lazy(() => import('../features/quickQuestions/QuickQuestionDialog'));
const ChecklistTemplatePage = lazy(() => import('../features/checklists/ChecklistTemplatePage'));

const NAV: { area: Area; label: string; icon: IconName }[] = [
  { area: 'today', label: 'Today', icon: 'today' },
  { area: 'clients', label: 'Clients', icon: 'clients' },
  { area: 'briefs', label: 'Briefs', icon: 'briefs' },
  { area: 'incidents', label: 'Incidents', icon: 'warning' },
  { area: 'templates', label: 'Messages', icon: 'message' },
  { area: 'insights', label: 'Insights', icon: 'insights' },
];
const NAV_BOTTOM: { area: Area; label: string; icon: IconName }[] = [
  { area: 'trash', label: 'Trash', icon: 'trash' },
  { area: 'backups', label: 'Backups', icon: 'backups' },
  { area: 'settings', label: 'Settings', icon: 'settings' },
];

export function App() {
  const route = useRoute();
  const status = useApiQuery(appKeys.status(), () => api.app.status({}), { dependsOn: ['backups'] });
  const settings = useApiQuery(settingKeys.get(), () => api.settings.get({}));
  useTheme(settings.data?.theme);

  const [quickQuestionOpen, setQuickQuestionOpen] = useState(false);
  const [searchOpen, setSearchOpen] = useState(false);
  const closeSearch = useCallback(() => setSearchOpen(false), []);
  const onCommand = useCallback((command: MenuCommand) => {
    if (command === 'quick-question') setQuickQuestionOpen(true);
    else if (command === 'start-incident') navigate('incidents', null, incidentStartParams());
    else if (command === 'new-client') navigate('clients', null, { new: '1' });
    else if (command === 'new-brief') navigate('briefs', null, { new: '1' });
    else if (command === 'settings') navigate('settings');
    else if (command === 'search') setSearchOpen(true);
    else if (command === 'open-today') navigate('today');
    else if (command === 'print') requestSummaryPrint();
  }, []);
  useCommands(onCommand);

  const link = (item: { area: Area; label: string; icon: IconName }) => (
    <a key={item.area} className="nav-link" href={href(item.area)} aria-current={route.area === item.area ? 'page' : undefined}>
      <Icon name={item.icon} />
      {item.label}
    </a>
  );

  return (
    <ToastProvider>
      <div className="app">
        <nav className="sidebar" aria-label="Main">
          <div className="brand">Steadyhand</div>
          <button type="button" className="btn search-button" onClick={() => setSearchOpen(true)} title={`Search everywhere (${shortcutText('search')})`}>
            <Icon name="search" />
            <span className="search-button-label">Search</span>
            <kbd>{shortcutText('search')}</kbd>
          </button>
          <button
            type="button"
            className="btn mistake-button"
            onClick={() => navigate('incidents', null, incidentStartParams())}
            title={`I made a mistake (${shortcutText('start-incident')})`}
          >
            I made a mistake
          </button>
          <button type="button" className="btn" onClick={() => setQuickQuestionOpen(true)} title={`Before you say yes (${shortcutText('quick-question')})`}>
            Before you say yes
          </button>
          {NAV.map(link)}
          <div className="nav-spacer" />
          {NAV_BOTTOM.map(link)}
          <p className="small muted" style={{ padding: '0.5rem 0.75rem 0' }} title="Keyboard shortcut">
            New brief: {shortcutText('new-brief')}
          </p>
        </nav>
        <div className="main">
          <Notices notices={status.data?.notices ?? []} onDismissed={status.reload} />
          <main className="page-wrap" style={{ display: 'contents' }}>
            <Suspense fallback={<p className="muted content-narrow">Loading…</p>}>
              {route.area === 'today' ? <TodayPage /> : null}
              {route.area === 'clients' ? <ClientsPage route={route} /> : null}
              {route.area === 'briefs' ? <BriefsPage route={route} /> : null}
              {route.area === 'incidents' ? <IncidentsPage route={route} /> : null}
              {route.area === 'summaries' ? <SummaryPage route={route} /> : null}
              {route.area === 'templates' ? <TemplatesPage route={route} /> : null}
              {route.area === 'insights' ? <InsightsPage /> : null}
              {route.area === 'trash' ? <TrashPage /> : null}
              {route.area === 'backups' ? <BackupsPage onRestored={status.reload} /> : null}
              {route.area === 'settings' ? route.id === 'checklist' ? <ChecklistTemplatePage /> : <SettingsPage /> : null}
            </Suspense>
          </main>
        </div>
      </div>
      {quickQuestionOpen ? (
        <Suspense fallback={null}>
          <QuickQuestionDialog onClose={() => setQuickQuestionOpen(false)} />
        </Suspense>
      ) : null}
      {searchOpen ? (
        <Suspense fallback={null}>
          <SearchDialog onClose={closeSearch} />
        </Suspense>
      ) : null}
    </ToastProvider>
  );
}
