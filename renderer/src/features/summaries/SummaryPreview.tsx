// The live preview, exactly as the summary prints: the same article and the same rules as the exported file,
// on a sheet of the chosen paper, always light. It lives in a shadow root so the document's stylesheet and
// the app's cannot touch each other; the stylesheet is a constructable one (adoptedStyleSheets), which the
// app's CSP allows where inline <style> and iframes are forbidden. The HTML comes from summaryArticleHtml,
// where every piece of user text is escaped; the CSP would stop any script even if it were not.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { PAPER, previewCss } from '../../../../shared/domain/summary';
import type { PaperSize } from '../../../../shared/model/settings';

const CSS_PX_PER_MM = 96 / 25.4;
const SHEET_WIDTH_PX: Readonly<Record<PaperSize, number>> = { a4: 210 * CSS_PX_PER_MM, letter: 8.5 * 96 };
const MIN_ZOOM = 0.45;

export function SummaryPreview({ articleHtml, paper }: { articleHtml: string; paper: PaperSize }) {
  const hostRef = useRef<HTMLDivElement>(null);

  const root = () => {
    const host = hostRef.current!;
    return host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  };

  useLayoutEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(previewCss(paper));
    root().adoptedStyleSheets = [sheet];
  }, [paper]);

  useLayoutEffect(() => {
    root().innerHTML = `<div class="sheet" data-paper="${paper}">${articleHtml}</div>`;
  }, [articleHtml, paper]);

  // Fit the sheet to the pane: a small laptop shows the whole page width, smaller, as a print preview does.
  useEffect(() => {
    const host = hostRef.current!;
    const fit = () => {
      const zoom = Math.max(MIN_ZOOM, Math.min(1, (host.clientWidth - 2) / SHEET_WIDTH_PX[paper]));
      host.style.setProperty('--summary-zoom', zoom.toFixed(3));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(host);
    return () => observer.disconnect();
  }, [paper]);

  return <div className="summary-preview-host" ref={hostRef} data-paper={PAPER[paper].label} data-testid="summary-preview" />;
}
