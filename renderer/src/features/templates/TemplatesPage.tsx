// Message templates: apologies, clarifications and call scripts. (Filled in by the apology-templates work.)
import type { Route } from '../../app/router';

export default function TemplatesPage({ route }: { route: Route }) {
  return (
    <div className="page single">
      <div className="content-narrow">
        <h1>Messages</h1>
        <p className="muted">{route.id ? 'Template' : 'Templates will be listed here.'}</p>
      </div>
    </div>
  );
}
