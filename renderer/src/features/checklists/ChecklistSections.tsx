// The checklist template's places outside its own page: a client's extra items, and the entry in Settings.
import { href } from '../../app/router';
import { TemplateEditor } from './TemplateEditor';
import { templateText as t } from './text';
import './checklist.css';

/** A client's own extra items, for the client detail screen. */
export function ClientChecklistSection({ clientId, clientName }: { clientId: string; clientName: string }) {
  return (
    <section className="section" aria-labelledby="client-checklist-heading">
      <h3 id="client-checklist-heading">{t.clientHeading(clientName)}</h3>
      <p className="muted small">
        {t.clientIntro} <a href={href('settings', 'checklist')}>{t.clientLink}</a>
      </p>
      <TemplateEditor scope={{ kind: 'client', clientId }} headingId="client-checklist-heading" />
    </section>
  );
}

/** The entry in Settings that leads to the template. */
export function ChecklistSettingsSection() {
  return (
    <section className="section" aria-labelledby="checklist-settings-heading">
      <h2 id="checklist-settings-heading">{t.settingsHeading}</h2>
      <p className="muted small">{t.settingsIntro}</p>
      <a className="btn" href={href('settings', 'checklist')}>
        {t.settingsLink}
      </a>
    </section>
  );
}
