import MarkdownIt from 'markdown-it';

// Articles are written in Markdown and shown as HTML. Raw HTML in the source is escaped (html:
// false) and markdown-it refuses javascript:, vbscript:, file: and non-image data: links, so
// what an editor types cannot run script in a reader's browser. Links to other sites open in a
// new tab without passing on our address.

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  const href = token.attrGet('href') ?? '';
  if (/^https?:\/\//i.test(href)) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** The text of a Markdown source without its markup: for excerpts and the bot's short answers. */
export function markdownToText(source: string): string {
  const html = md.render(source);
  return html
    .replace(/<\/(p|li|h[1-6]|blockquote|pre|tr)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}
