// The global checklist template, reached from Settings (and from each brief's checklist).
import { href } from '../../app/router';
import { TemplateEditor } from './TemplateEditor';
import { templateText as t } from './text';
import './checklist.css';

export default function ChecklistTemplatePage() {
  return (
    <div className="page single">
      <div className="content-narrow">
        <p className="small" style={{ margin: '0 0 0.5rem' }}>
          <a href={href('settings')}>{t.backToSettings}</a>
        </p>
        <h1 id="checklist-template-heading">{t.pageTitle}</h1>
        <p className="muted">{t.pageIntro}</p>
        <section className="section">
          <TemplateEditor scope={{ kind: 'global' }} headingId="checklist-template-heading" />
        </section>
      </div>
    </div>
  );
}
