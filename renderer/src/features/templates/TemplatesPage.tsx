// Messages: the template library on the left (search, situation and channel filters), and on the right the
// chosen template (write a message or edit it), a new template, or the call script.
import { useState } from 'react';
import {
  situationLabels,
  templateChannel,
  type TemplateChannel,
  templateChannelLabels,
  type TemplateFields,
  templateSituation,
  type TemplateSituation,
  type TemplateView,
} from '../../../../shared/model/template';
import { api, errorMessage } from '../../api/client';
import { href, navigate, type Route } from '../../app/router';
import { useApiQuery, useCreate } from '../../api/queries';
import { templateKeys } from '../../api/queryKeys';
import { ListHead } from '../../ui/ListHead';
import { Icon } from '../../ui/Icon';
import { ApologyComposer } from './ApologyComposer';
import { CallScript } from './CallScript';
import { TemplateDetail } from './TemplateDetail';
import { TemplateForm } from './TemplateForm';
import { templatesText as t } from './text';
import './templates.css';

export const CALL_SCRIPT_ROUTE = 'call-script';

export default function TemplatesPage({ route }: { route: Route }) {
  const [query, setQuery] = useState('');
  const [situation, setSituation] = useState<TemplateSituation | ''>('');
  const [channel, setChannel] = useState<TemplateChannel | ''>('');
  const list = useApiQuery(templateKeys.list({ query, situation, channel }), () =>
    api.templates.list({ query, ...(situation ? { situation } : {}), ...(channel ? { channel } : {}) }),
  );
  const items = list.data ?? [];
  const filtered = query !== '' || situation !== '' || channel !== '';
  const clientId = route.params.get('client');
  const briefId = route.params.get('brief');
  const keep = { ...(clientId ? { client: clientId } : {}), ...(briefId ? { brief: briefId } : {}) };
  const groups = templateSituation.options.map((s) => ({ situation: s, items: items.filter((i) => i.situation === s) })).filter((g) => g.items.length > 0);

  return (
    <div className="page templates-page">
      <section className="list-pane" aria-labelledby="templates-heading">
        <ListHead
          headingId="templates-heading"
          heading={t.heading}
          add={{
            href: href('templates', null, { new: '1' }),
            label: (
              <>
                <Icon name="plus" size={16} /> {t.newTemplate}
              </>
            ),
            primary: false,
          }}
          beforeSearch={
            <a
              className="list-item call-script-link"
              href={href('templates', CALL_SCRIPT_ROUTE, keep)}
              aria-current={route.id === CALL_SCRIPT_ROUTE ? 'true' : undefined}
            >
              <span className="title">{t.callScript}</span>
              <span className="meta">{t.callScriptHint}</span>
            </a>
          }
          search={{ label: t.searchLabel, placeholder: t.searchPlaceholder, value: query, onChange: setQuery }}
        >
          <div className="filters">
            <select aria-label={t.situationFilter} value={situation} onChange={(e) => setSituation(e.target.value as TemplateSituation | '')}>
              <option value="">{t.allSituations}</option>
              {templateSituation.options.map((s) => (
                <option key={s} value={s}>
                  {situationLabels[s]}
                </option>
              ))}
            </select>
            <select aria-label={t.channelFilter} value={channel} onChange={(e) => setChannel(e.target.value as TemplateChannel | '')}>
              <option value="">{t.allChannels}</option>
              {templateChannel.options.map((c) => (
                <option key={c} value={c}>
                  {templateChannelLabels[c]}
                </option>
              ))}
            </select>
          </div>
        </ListHead>
        <nav className="list template-list" aria-label={t.listLabel}>
          {groups.map((g) => (
            <div key={g.situation} className="template-group">
              <h2 className="group-heading">{situationLabels[g.situation]}</h2>
              <ul>
                {g.items.map((i) => (
                  <li key={i.id}>
                    <TemplateLink item={i} current={route.id === i.id} params={keep} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {!list.loading && items.length === 0 && filtered ? (
            <div className="muted" style={{ padding: '1rem' }}>
              <p>{t.noMatches}</p>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  setQuery('');
                  setSituation('');
                  setChannel('');
                }}
              >
                {t.clearFilters}
              </button>
            </div>
          ) : null}
        </nav>
      </section>
      <section className="detail-pane" aria-label="Message">
        {route.params.get('new') === '1' ? (
          <NewTemplate />
        ) : route.params.get('compose') === '1' ? (
          <Compose params={route.params} />
        ) : route.id === CALL_SCRIPT_ROUTE ? (
          <CallScript {...(clientId ? { clientId } : {})} {...(briefId ? { briefId } : {})} />
        ) : route.id ? (
          <TemplateDetail key={route.id} id={route.id} clientId={clientId} briefId={briefId} />
        ) : (
          <div className="empty">
            <h2>{t.heading}</h2>
            <p>{t.intro}</p>
            <p>{t.pickOne}</p>
          </div>
        )}
      </section>
    </div>
  );
}

function TemplateLink({ item, current, params }: { item: TemplateView; current: boolean; params: Record<string, string> }) {
  // Built-in names already say the channel; the VA's own may not, so theirs show it.
  return (
    <a className="list-item" href={href('templates', item.id, Object.keys(params).length ? params : undefined)} aria-current={current ? 'true' : undefined}>
      <span className="title">{item.name}</span>
      {item.kind === 'custom' ? (
        <span className="meta">
          {templateChannelLabels[item.channel]} <span className="badge">{t.ownBadge}</span>
        </span>
      ) : item.edited ? (
        <span className="meta">
          <span className="badge">{t.editedBadge}</span>
        </span>
      ) : null}
    </a>
  );
}

/** `#/templates?compose=1&situation=…&channel=…&client=…&brief=…`: the composer on its own, as other screens embed it. */
function Compose({ params }: { params: URLSearchParams }) {
  const situation = templateSituation.safeParse(params.get('situation')).data;
  const channel = templateChannel.safeParse(params.get('channel')).data;
  const clientId = params.get('client');
  const briefId = params.get('brief');
  return (
    <article aria-labelledby="compose-heading">
      <h2 id="compose-heading">{t.composerHeading}</h2>
      <ApologyComposer
        {...(situation ? { situation } : {})}
        {...(channel ? { channel } : {})}
        {...(clientId ? { clientId } : {})}
        {...(briefId ? { briefId } : {})}
      />
    </article>
  );
}

function NewTemplate() {
  const [draft, setDraft] = useState<TemplateFields>({ name: '', situation: 'missed-deadline', channel: 'email', subject: '', body: t.newBody });
  const create = useCreate(api.templates.create, (created) => navigate('templates', created.id), errorMessage);
  const { errors, message } = create;
  return (
    <form onSubmit={create.submit({ fields: draft })} noValidate aria-labelledby="new-template-heading">
      <h2 id="new-template-heading">{t.createHeading}</h2>
      {message ? (
        <div className="notice-inline error" role="alert">
          {message}
        </div>
      ) : null}
      <TemplateForm draft={draft} onChange={setDraft} errors={errors} autoFocus />
      <div className="actions">
        <button type="submit" className="btn primary">
          {t.createButton}
        </button>
        <a className="btn" href={href('templates')}>
          {t.cancel}
        </a>
      </div>
    </form>
  );
}
