// Printing, PDF and the clipboard behind a small port: Electron's hidden print window in the app, a locked-down
// Playwright page in the test harness. The core decides what to render; the port only renders what it is given.
import type { PaperSize } from '../../../shared/model/settings';

export interface DocumentOutputPort {
  /** Shows the system print dialog for a standalone HTML document; false when the VA cancels it. */
  printHtml(html: string, paper: PaperSize): Promise<boolean>;
  /** Renders a standalone HTML document to PDF bytes, offline, with scripts off. */
  pdfFromHtml(html: string, paper: PaperSize): Promise<Uint8Array>;
  copyText(text: string): Promise<void>;
}
