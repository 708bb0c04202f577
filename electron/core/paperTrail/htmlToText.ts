// Turns an HTML mail body into plain text: the words as the sender wrote them, line breaks where the
// layout broke lines, and no HTML kept at all (captured bodies are shown as text, never rendered).
// A single forward scan (indexOf, no backtracking regular expressions), so a hostile body of many
// megabytes costs linear time.

/** Content of these is never text the sender meant the reader to see. */
const DROPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'xml', 'svg', 'object']);
/** These start or end a line. */
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'hr',
  'section',
  'article',
  'header',
  'footer',
  'dd',
  'dt',
  'dl',
  'address',
  'center',
  'form',
  'fieldset',
  'tbody',
  'thead',
]);
const CELLS = new Set(['td', 'th']);
const PRE_SPACE = '\ue000';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  deg: '°',
  para: '¶',
  sect: '§',
  pound: '£',
  euro: '€',
  yen: '¥',
  cent: '¢',
  times: '×',
  divide: '÷',
  plusmn: '±',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  iexcl: '¡',
  iquest: '¿',
  szlig: 'ß',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '',
  rlm: '',
  aacute: 'á',
  Aacute: 'Á',
  eacute: 'é',
  Eacute: 'É',
  iacute: 'í',
  Iacute: 'Í',
  oacute: 'ó',
  Oacute: 'Ó',
  uacute: 'ú',
  Uacute: 'Ú',
  agrave: 'à',
  Agrave: 'À',
  egrave: 'è',
  Egrave: 'È',
  igrave: 'ì',
  ograve: 'ò',
  ugrave: 'ù',
  acirc: 'â',
  ecirc: 'ê',
  icirc: 'î',
  ocirc: 'ô',
  ucirc: 'û',
  auml: 'ä',
  Auml: 'Ä',
  euml: 'ë',
  iuml: 'ï',
  ouml: 'ö',
  Ouml: 'Ö',
  uuml: 'ü',
  Uuml: 'Ü',
  yuml: 'ÿ',
  ccedil: 'ç',
  Ccedil: 'Ç',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  atilde: 'ã',
  otilde: 'õ',
  aring: 'å',
  Aring: 'Å',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return code === 0xa0 ? ' ' : String.fromCodePoint(code);
    }
    return ENTITIES[body] ?? whole;
  });
}

/** Whitespace inside ordinary HTML text collapses to one space, as a browser shows it. */
function collapse(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ');
}

export function htmlToText(html: string): string {
  // ASCII-only lowering keeps every index the same as in `html` (toLowerCase can change lengths).
  const lower = html.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const out: string[] = [];
  let preDepth = 0;
  let i = 0;
  const pushText = (raw: string) => {
    if (raw === '') return;
    // Spaces inside <pre> are held as PRE_SPACE so the tidying below leaves them alone.
    out.push(decodeEntities(preDepth > 0 ? raw.replace(/\r\n?/g, '\n').replace(/[ \t]/g, PRE_SPACE) : collapse(raw)));
  };
  /** Handles one element tag; returns where the text after it starts. */
  const afterTagAt = (tag: RegExpExecArray, lt: number): number => {
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    const gt = html.indexOf('>', lt);
    const afterTag = gt < 0 ? html.length : gt + 1;
    if (!closing && DROPPED.has(name) && html[afterTag - 2] !== '/') {
      const end = lower.indexOf(`</${name}`, afterTag);
      const close = end < 0 ? -1 : html.indexOf('>', end);
      return close < 0 ? html.length : close + 1;
    }
    if (name === 'br' || BLOCKS.has(name)) out.push('\n');
    else if (CELLS.has(name) && !closing) out.push(' ');
    if (name === 'pre') preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    return afterTag;
  };
  // `textFrom` is where the text not yet pushed starts: a bare "<" (as in "a < b") stays part of it.
  let textFrom = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const comment = lower.startsWith('<!--', lt);
    const tag = comment ? null : /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    const markup = comment || tag !== null || html[lt + 1] === '!' || html[lt + 1] === '?';
    if (!markup) {
      i = lt + 1;
      continue;
    }
    pushText(html.slice(textFrom, lt));
    if (comment) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
    } else if (tag === null) {
      // <!DOCTYPE …>, <?xml …?>, Outlook's conditional comments: markup, not text.
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
    } else {
      i = afterTagAt(tag, lt);
    }
    textFrom = i;
  }
  pushText(html.slice(textFrom));
  return out
    .join('')
    .split('\n')
    .map((line) => line.trimEnd().replace(/^ +/, '')) // trimEnd: a trailing-space regex is quadratic on long runs
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replaceAll(PRE_SPACE, ' ');
}
