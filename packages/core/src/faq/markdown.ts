import MarkdownIt, { type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * FAQ answers are written in Markdown and stored three ways: the source (what the editor edits),
 * safe HTML (what pages show) and plain text (what search indexes and snippets quote).
 * Raw HTML in the source is shown as text, never interpreted; the rendered HTML then goes through
 * an allow-list, so only formatting, lists, tables and http/https/mailto/tel links survive.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
// Images would load third-party content on the citizen's phone.
markdown.disable(['image']);

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  's',
  'ul',
  'ol',
  'li',
  'a',
  'blockquote',
  'code',
  'pre',
  'h2',
  'h3',
  'h4',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    // The page's own h1 is the question: answer headings start one level below.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
  },
};

/** Safe HTML of an answer; also the last line of defence for HTML from elsewhere. */
export function sanitizeAnswerHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

const BLOCK_END = /_close$/;

function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline') return child.content;
      if (child.type === 'softbreak' || child.type === 'hardbreak') return ' ';
      return '';
    })
    .join('');
}

/** The words of the answer without markup: one line per block. */
function plainText(tokens: Token[]): string {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (token.type === 'inline') line += inlineText(token);
    else if (token.type === 'code_block' || token.type === 'fence') line += token.content;
    else if (token.block && (BLOCK_END.test(token.type) || token.type === 'hr') && line.trim() !== '') {
      lines.push(line.replace(/\s+/g, ' ').trim());
      line = '';
    }
  }
  if (line.trim() !== '') lines.push(line.replace(/\s+/g, ' ').trim());
  return lines.join('\n');
}

export interface RenderedAnswer {
  /** The Markdown source, NFC and with normalised line ends. */
  source: string;
  html: string;
  text: string;
}

export function renderFaqAnswer(source: string): RenderedAnswer {
  const normalized = source.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  const tokens = markdown.parse(normalized, {});
  return {
    source: normalized,
    html: sanitizeAnswerHtml(markdown.renderer.render(tokens, markdown.options, {})),
    text: plainText(tokens),
  };
}
