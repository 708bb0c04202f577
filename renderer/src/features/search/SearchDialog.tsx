// Search everywhere (Ctrl/Cmd+K): one box, results grouped by kind, arrows to move, Enter to open.
// Queries go to the core's index (see electron/core/search/searchIndex.ts) after a short pause in typing;
// an answer that arrives after a newer query was sent is dropped, so the list never jumps backwards.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { SearchHit, SearchResults } from '../../../../shared/operations/search';
import { api } from '../../api/client';
import { useAppEvent } from '../../app/events';
import { navigate } from '../../app/router';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { Highlight } from './Highlight';
import { kindLabels, searchText as t } from './text';
import './search.css';

const PAUSE_MS = 90;

export default function SearchDialog({ onClose }: { onClose: () => void }) {
  // Open from mount to close; closing here lets the dialog give focus back before the app unmounts it.
  const [isOpen, setOpen] = useState(true);
  const navigating = useRef(false);
  const generation = useRef(0);
  const shownQuery = useRef('');
  const [text, setText] = useState('');
  const [results, setResults] = useState<SearchResults | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState(false);
  const [active, setActive] = useState(0);
  const [dataVersion, setDataVersion] = useState(0);
  const base = useId();
  const returnFocus = useCallback(() => !navigating.current, []);
  const optionId = (hit: SearchHit) => `${base}-${hit.id.replace(/[^\w-]/g, '_')}`;

  // Records changed while the dialog is open (an autosave elsewhere): ask again.
  useAppEvent((event) => {
    if (event.type === 'data-changed') setDataVersion((v) => v + 1);
  });

  useEffect(() => {
    const query = text.trim();
    const mine = ++generation.current;
    if (query === '') {
      setResults(null);
      setPending(false);
      return;
    }
    setPending(true);
    const timer = window.setTimeout(() => {
      api.search.query({ text: query, perKind: 6 }).then(
        (found) => {
          if (mine !== generation.current) return;
          setResults(found);
          setError(false);
          setPending(false);
          // The same query asked again (records changed) keeps the highlighted row; a new one starts at the top.
          const count = found.groups.reduce((n, g) => n + g.hits.length, 0);
          setActive((a) => (found.query === shownQuery.current ? Math.min(a, Math.max(0, count - 1)) : 0));
          shownQuery.current = found.query;
        },
        () => {
          if (mine !== generation.current) return;
          setError(true);
          setPending(false);
        },
      );
    }, PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, dataVersion]);

  const hits = results?.groups.flatMap((g) => g.hits) ?? [];
  const activeHit = hits[active];

  const open = useCallback((hit: SearchHit) => {
    navigating.current = true;
    setOpen(false);
    navigate(hit.target.area, hit.target.id);
  }, []);

  useEffect(() => {
    if (activeHit) document.getElementById(optionId(activeHit))?.scrollIntoView({ block: 'nearest' });
    // optionId is stable for a given hit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeHit]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    if (event.key === 'ArrowDown') setActive((a) => (a + 1) % hits.length);
    else if (event.key === 'ArrowUp') setActive((a) => (a - 1 + hits.length) % hits.length);
    else if (event.key === 'Home' && event.ctrlKey) setActive(0);
    else if (event.key === 'End' && event.ctrlKey) setActive(hits.length - 1);
    else if (event.key === 'Enter' && activeHit) open(activeHit);
    else return;
    event.preventDefault();
  };

  const query = text.trim();
  const status = error
    ? t.error
    : query === ''
      ? ''
      : pending && results === null
        ? t.searching
        : results && results.total === 0
          ? t.none(query)
          : results
            ? t.count(results.total)
            : '';

  return (
    <Dialog title={t.title} titleHidden open={isOpen} onClose={onClose} className="search-dialog" returnFocus={returnFocus}>
      <div className="search-box">
        <Icon name="search" size={20} />
        {/* type="text", not "search": in a search field Escape clears the text instead of closing the dialog. */}
        <input
          type="text"
          role="combobox"
          aria-label={t.label}
          aria-expanded={hits.length > 0}
          aria-controls={`${base}-results`}
          aria-autocomplete="list"
          aria-activedescendant={activeHit ? optionId(activeHit) : undefined}
          placeholder={t.placeholder}
          value={text}
          autoFocus
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="btn search-close" onClick={() => setOpen(false)}>
          {t.close}
        </button>
      </div>
      <p className={query === '' || (results && results.total > 0) ? 'visually-hidden' : 'search-status'} role="status">
        {status}
      </p>
      {query === '' ? (
        <div className="search-empty">
          <p>{t.hint}</p>
          <p className="small">{t.keys}</p>
        </div>
      ) : null}
      <div id={`${base}-results`} role="listbox" aria-label={t.resultsLabel} className="search-results" hidden={hits.length === 0}>
        {results?.groups.map((group) => (
          <div key={group.kind} role="group" aria-label={kindLabels[group.kind]} className="search-group">
            <div className="search-group-head" aria-hidden="true">
              {kindLabels[group.kind]}
            </div>
            {group.hits.map((hit) => {
              const selected = hit === activeHit;
              return (
                <div
                  key={hit.id}
                  id={optionId(hit)}
                  role="option"
                  aria-selected={selected}
                  className="search-option"
                  onMouseMove={() => !selected && setActive(hits.indexOf(hit))}
                  onClick={() => open(hit)}
                >
                  <span className="search-option-title">
                    <Highlight text={hit.title} terms={hit.terms} />
                  </span>
                  {hit.context ? (
                    <span className="search-option-context">
                      <Highlight text={hit.context} terms={hit.terms} />
                    </span>
                  ) : null}
                  {hit.snippet ? (
                    <span className="search-option-snippet">
                      <Highlight text={hit.snippet} terms={hit.terms} />
                    </span>
                  ) : null}
                </div>
              );
            })}
            {group.total > group.hits.length ? (
              <div className="search-more" aria-hidden="true">
                {t.more(group.total - group.hits.length)}
              </div>
            ) : null}
          </div>
        ))}
      </div>
      {hits.length > 0 ? <p className="search-footer small">{t.keys}</p> : null}
    </Dialog>
  );
}
