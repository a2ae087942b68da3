/**
 * Reads the search content out of a built FAQ page. The article page marks everything the index
 * needs with data-faq-* attributes, so this reads our own markup, not arbitrary HTML.
 */
/** What the search index reads from one built FAQ page. */
export interface FaqPageText {
  id: string;
  title: string;
  tags: string[];
  /** Id of the subcategory. */
  category: string;
  /** YYYY-MM-DD. */
  updated: string;
  /** Plain text of the answer. */
  body: string;
  /**
   * What names a part of the answer, as text: its section headings (h2–h6) and the first cell of
   * each table row (`최소 주문 금액 미달`, `P-305`: the row is about it). Not a table's header row.
   */
  headings?: string[];
  /** The answer's bold phrases: the names of buttons, screens and terms it explains (**방해 금지 시간**). */
  names?: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const BLOCK = /<\/?(?:p|div|li|ul|ol|h[1-6]|tr|table|thead|tbody|pre|blockquote|br|hr|figure|figcaption|section|aside|dt|dd|dl|details|summary|label)\b[^>]*>/gi;

/** Visible text of an HTML fragment: scripts and styles dropped, blocks separated, entities decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(BLOCK, '\n')
      .replace(/<\/?t[dh]\b[^>]*>/gi, ' ')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

/** Inner HTML of the element whose start tag begins at `start` (nested same-name tags balanced). */
export function innerHtmlAt(html: string, start: number): string {
  const open = /^<([a-z][a-z0-9]*)\b[^>]*>/i.exec(html.slice(start));
  if (!open) return '';
  const tag = open[1]!.toLowerCase();
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  pattern.lastIndex = start + open[0].length;
  let depth = 1;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[1] ? -1 : m[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return html.slice(start + open[0].length, m.index);
  }
  return html.slice(start + open[0].length);
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeEntities(m[1]!) : undefined;
}

/** Inner HTML of the element marked with `marker`, or undefined when there is none. */
function elementHtml(html: string, marker: string): string | undefined {
  const at = html.search(new RegExp(`<[a-z][a-z0-9]*\\b[^>]*\\s${marker}(?:[\\s=>])`, 'i'));
  return at < 0 ? undefined : innerHtmlAt(html, at);
}

function elementText(html: string, marker: string): string | undefined {
  const inner = elementHtml(html, marker);
  return inner === undefined ? undefined : htmlToText(inner);
}

/**
 * The FAQ in a built page, or undefined when the page is not an FAQ article. `readAnswer` takes the
 * answer's HTML before it is read (the integration leaves out directory entries there).
 */
export function readFaqPage(html: string, readAnswer: (answerHtml: string) => string = (answerHtml) => answerHtml): FaqPageText | undefined {
  const article = /<article\b[^>]*\sdata-faq-id="[^"]*"[^>]*>/.exec(html);
  if (!article) return undefined;
  const tag = article[0];
  const id = attribute(tag, 'data-faq-id');
  const category = attribute(tag, 'data-faq-category');
  const updated = attribute(tag, 'data-faq-updated');
  const title = elementText(html, 'data-faq-title');
  const answerHtml = elementHtml(html, 'data-faq-body');
  if (!id || !category || !updated || !title || answerHtml === undefined) return undefined;
  const bodyHtml = readAnswer(answerHtml);
  const body = htmlToText(bodyHtml);
  const tagsHtml = elementText(html, 'data-faq-tags');
  const tags = tagsHtml ? tagsHtml.split('\n').map((t) => t.replace(/^#/, '').trim()).filter(Boolean) : [];
  const sections = [...bodyHtml.matchAll(/<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m) => m[2]!);
  const rows = [...bodyHtml.matchAll(/<tr\b[^>]*>\s*<td\b[^>]*>([\s\S]*?)<\/td>/gi)].map((m) => m[1]!);
  const headings = [...sections, ...rows].map(htmlToText).filter(Boolean);
  const names = [...bodyHtml.matchAll(/<strong\b[^>]*>([\s\S]*?)<\/strong>/gi)].map((m) => htmlToText(m[1]!)).filter(Boolean);
  return { id, category, updated, title, tags, body: body.replace(/\n+/g, ' '), headings, names };
}
