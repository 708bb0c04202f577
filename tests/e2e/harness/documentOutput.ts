// The Chromium shell's stand-in for electron/printing.ts: the same locked-down rendering with Playwright —
// a new browser context with JavaScript off, every request that is not data: aborted (and counted), the
// document set as the page's content, then page.pdf(). Printing has no dialog here: it renders the same way
// and counts as printed. Copied text is kept for the test to read.
import type { Browser, Page } from '@playwright/test';
import type { DocumentOutputPort } from '../../../electron/core/summaries/documentOutput';
import type { PaperSize } from '../../../shared/model/settings';

const FORMAT: Readonly<Record<PaperSize, 'A4' | 'Letter'>> = { a4: 'A4', letter: 'Letter' };

export class PlaywrightDocumentOutput implements DocumentOutputPort {
  /** Every request a summary document tried to make (all aborted). A safe document makes none. */
  readonly blockedRequests: string[] = [];
  readonly printed: { html: string; paper: PaperSize }[] = [];
  readonly pdfs: { html: string; paper: PaperSize }[] = [];
  readonly copied: string[] = [];

  constructor(private readonly browser: () => Browser) {}

  private async render<T>(html: string, use: (page: Page) => Promise<T>): Promise<T> {
    const context = await this.browser().newContext({ javaScriptEnabled: false, colorScheme: 'light' });
    try {
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:')) return route.continue();
        this.blockedRequests.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('popup', (popup) => void popup.close());
      await page.setContent(html, { waitUntil: 'load' });
      return await use(page);
    } finally {
      await context.close();
    }
  }

  async printHtml(html: string, paper: PaperSize): Promise<boolean> {
    await this.render(html, async () => undefined);
    this.printed.push({ html, paper });
    return true;
  }

  async pdfFromHtml(html: string, paper: PaperSize): Promise<Uint8Array> {
    const pdf = await this.render(html, (page) => page.pdf({ format: FORMAT[paper], printBackground: true, preferCSSPageSize: true }));
    this.pdfs.push({ html, paper });
    return new Uint8Array(pdf);
  }

  async copyText(text: string): Promise<void> {
    this.copied.push(text);
  }
}
