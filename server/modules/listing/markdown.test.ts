import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('listing descriptions in Markdown', () => {
  it('renders headings, lists and emphasis', () => {
    const html = renderMarkdown('## Ưu điểm\n\n- Hiệu suất **38–42%**\n- Bã ép làm phân bón');
    expect(html).toContain('<h2>Ưu điểm</h2>');
    expect(html).toContain('<li>Hiệu suất <strong>38–42%</strong></li>');
  });

  it('shows raw HTML as text and never emits a script, an event handler or a javascript: link', () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)> [bấm](javascript:alert(1)) ![x](javascript:alert(2))');
    // Tags come out escaped (their text stays readable), so no element of them reaches the page.
    expect(html).not.toMatch(/<(script|img)\b/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('marks links nofollow', () => {
    expect(renderMarkdown('[Sở KH&CN](https://example.vn)')).toContain(
      '<a href="https://example.vn" rel="nofollow noopener noreferrer ugc">Sở KH&amp;CN</a>',
    );
  });
});
