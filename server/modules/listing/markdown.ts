// Sellers write descriptions in Markdown. Raw HTML in it is shown as text (html: false), links may only use
// safe schemes (markdown-it refuses javascript:, vbscript:, file: and data: except images), and every link
// opens as nofollow, so a listing can neither run script nor lend rank.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx].attrSet('rel', 'nofollow noopener noreferrer ugc');
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.image = (tokens, idx) => {
  // Images come through uploads, not through Markdown: show an image reference as its text.
  return md.utils.escapeHtml(tokens[idx].content || String(tokens[idx].attrGet('src') ?? ''));
};

export function renderMarkdown(source: string): string {
  return md.render(source.slice(0, 20_000));
}
