// Incidents: the list, the detail and the guided "I made a mistake" flow. (Filled in by the incident-flow work.)
import type { Route } from '../../app/router';

export default function IncidentsPage({ route }: { route: Route }) {
  return (
    <div className="page single">
      <div className="content-narrow">
        <h1>Incidents</h1>
        <p className="muted">{route.params.get('new') === '1' ? 'The guided flow will start here.' : 'No incidents yet.'}</p>
      </div>
    </div>
  );
}
