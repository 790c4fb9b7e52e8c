import { describe, expect, it } from 'vitest';
import { marked, parseHighlight, plainText, snippet } from './highlight';

describe('parseHighlight', () => {
  it('reads marks and unescapes the text around them', () => {
    expect(parseHighlight('Chế biến <mark>khoai</mark> <mark>mỡ</mark> &amp; &lt;b&gt;bột&lt;/b&gt; &quot;x&quot; &#39;y&#39;')).toEqual([
      { text: 'Chế biến ', mark: false },
      { text: 'khoai', mark: true },
      { text: ' ', mark: false },
      { text: 'mỡ', mark: true },
      { text: ' & <b>bột</b> "x" \'y\'', mark: false },
    ]);
  });

  it('keeps any other tag as literal text, so nothing from the API becomes markup', () => {
    const segments = parseHighlight('<img src=x onerror=alert(1)><mark>a</mark>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: 'a', mark: true },
    ]);
  });
});

describe('marked', () => {
  it('uses the highlight when it is of the text shown', () => {
    const result = marked('Khoai mỡ Bến Kè', '<mark>Khoai</mark> <mark>mỡ</mark> Bến Kè');
    expect(result.highlighted).toBe(true);
    expect(plainText(result.segments)).toBe('Khoai mỡ Bến Kè');
  });

  it('shows the plain text when the highlight is of another text (the Vietnamese original of an English title)', () => {
    expect(marked('Ben Ke yam', '<mark>Khoai</mark> mỡ Bến Kè')).toEqual({
      segments: [{ text: 'Ben Ke yam', mark: false }],
      highlighted: false,
    });
    expect(marked('A', null).highlighted).toBe(false);
  });
});

describe('snippet', () => {
  const long = `${'đầu '.repeat(40)}<mark>thanh</mark> <mark>long</mark> ${'cuối '.repeat(80)}`;

  it('keeps a short text whole', () => {
    expect(snippet(parseHighlight('a <mark>b</mark> c'))).toEqual(parseHighlight('a <mark>b</mark> c'));
  });

  it('cuts a long text around the first match, at spaces, with ellipses', () => {
    const out = snippet(parseHighlight(long), 120, 20);
    const text = plainText(out);
    expect(text.startsWith('…đầu ')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(122);
    expect(out.filter((s) => s.mark).map((s) => s.text)).toEqual(['thanh', 'long']);
  });

  it('keeps the start of a long text without a match', () => {
    const text = plainText(snippet([{ text: 'một '.repeat(100), mark: false }], 50));
    expect(text.startsWith('một một')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });
});
