// Incidents: the list (`#/incidents`), the guided flow (`#/incidents/<id>`), its details
// (`#/incidents/<id>?view=details`) and a new incident (`#/incidents?new=1`, optionally `&brief=<id>` or `&client=<id>`).
import type { Route } from '../../app/router';
import { href } from '../../app/router';
import { IncidentFlow, NewIncident } from './flow/IncidentFlow';
import './holidayCalendars';
import { IncidentDetail } from './IncidentDetail';
import { IncidentList } from './IncidentList';
import './incidents.css';

export default function IncidentsPage({ route }: { route: Route }) {
  if (route.id === null && route.params.get('new') === '1') {
    return (
      <NewIncident
        key={route.params.toString()}
        briefId={route.params.get('brief')}
        clientId={route.params.get('client')}
        // Replace rather than push: going back must not land on "new" and start a second incident.
        onStarted={(incident) => window.location.replace(href('incidents', incident.id))}
      />
    );
  }
  if (route.id !== null) {
    return route.params.get('view') === 'details' ? <IncidentDetail key={route.id} id={route.id} /> : <IncidentFlow key={route.id} id={route.id} />;
  }
  return <IncidentList />;
}
