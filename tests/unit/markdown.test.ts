import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, slug, spans } from '../../src/game/markdown';

describe('the rules page reader', () => {
  it('reads headings, paragraphs, lists, tables, quotes and code, without the HTML comment', () => {
    const blocks = parseMarkdown(
      [
        '<!--',
        'hidden <b>notes</b>',
        '-->',
        '# Title here',
        'one line',
        'and its wrap.',
        '',
        '- first',
        '  wrapped',
        '   - nested',
        '- second',
        '',
        '1. one',
        '2. two',
        '',
        '| key | default |',
        '|---|---|',
        '| `a.b` | 5 |',
        '',
        '> cost = base',
        '',
        '```',
        '<script>x</script>',
        '```',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'list',
      'list',
      'table',
      'quote',
      'code',
    ]);
    expect(blocks[0]).toMatchObject({ kind: 'heading', level: 1, id: 'title-here' });
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      spans: [{ kind: 'text', text: 'one line and its wrap.' }],
    });
    const list = blocks[2];
    if (list?.kind !== 'list') throw new Error('no list');
    expect(list.ordered).toBe(false);
    expect(list.items.map((i) => i.spans[0])).toEqual([
      { kind: 'text', text: 'first wrapped' },
      { kind: 'text', text: 'second' },
    ]);
    expect(list.items[0]?.children[0]).toMatchObject({
      kind: 'list',
      items: [{ spans: [{ text: 'nested' }] }],
    });
    expect(blocks[3]).toMatchObject({ kind: 'list', ordered: true });
    expect(blocks[4]).toEqual({
      kind: 'table',
      head: [[{ kind: 'text', text: 'key' }], [{ kind: 'text', text: 'default' }]],
      rows: [[[{ kind: 'code', text: 'a.b' }], [{ kind: 'text', text: '5' }]]],
    });
    expect(blocks[6]).toEqual({ kind: 'code', text: '<script>x</script>' });
    expect(JSON.stringify(blocks)).not.toContain('hidden');
  });

  it('reads inline marks and keeps only links within the page as links', () => {
    expect(spans('a **b** *c* `d` [e](#f-g) [h](../x.md)')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'strong', text: 'b' },
      { kind: 'text', text: ' ' },
      { kind: 'em', text: 'c' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'd' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'e', anchor: 'f-g' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'h', anchor: null },
    ]);
  });

  it('makes the anchors the rules page links to from its contents', () => {
    expect(slug('6. What a violation costs: repeat offences and forgiveness')).toBe(
      '6-what-a-violation-costs-repeat-offences-and-forgiveness',
    );
    const blocks = parseMarkdown(readFileSync('docs/RULES.md', 'utf8'));
    const ids = new Set(blocks.flatMap((b) => (b.kind === 'heading' ? [b.id] : [])));
    const contents = blocks.find((b) => b.kind === 'list');
    if (contents?.kind !== 'list') throw new Error('no contents');
    const anchors = contents.items.flatMap((i) =>
      i.spans.flatMap((s) => (s.kind === 'link' ? [s.anchor] : [])),
    );
    expect(anchors.length).toBeGreaterThan(10);
    for (const a of anchors) expect(ids.has(a ?? '')).toBe(true);
  });
});
