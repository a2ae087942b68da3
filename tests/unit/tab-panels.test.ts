import { describe, expect, it } from 'vitest';
import { tabPanels } from '../../src/lib/mdx/tab-panels.ts';

const panel = (label: string, body: string, extra = '') => `<div class="tab-panel" data-tab-label="${label}"${extra}>${body}</div>`;

describe('tabPanels: <Tabs> reads back the panels its <Tab>s rendered', () => {
  it('labels in order (decoded) and the panels without the whitespace between', () => {
    const html = `\n${panel('iOS', '<p>a</p>')}\n  ${panel('A &amp; &quot;B&quot;', '<div class="note"><div>x</div></div>')}\n`;
    expect(tabPanels(html)).toEqual({
      labels: ['iOS', 'A & "B"'],
      html: panel('iOS', '<p>a</p>') + panel('A &amp; &quot;B&quot;', '<div class="note"><div>x</div></div>'),
      strays: false,
    });
  });

  it('ignores the source annotations astro dev adds', () => {
    expect(tabPanels(panel('a', 'x', ' data-astro-source-file="/x/Tab.astro" data-astro-source-loc="1:2"')).labels).toEqual(['a']);
  });

  it('does not count panels of a nested <Tabs>', () => {
    const inner = `<div class="tabs">${panel('i1', '1')}${panel('i2', '2')}</div>`;
    expect(tabPanels(panel('outer', inner) + panel('b', 'y')).labels).toEqual(['outer', 'b']);
  });

  it('reports anything else directly inside as strays', () => {
    expect(tabPanels(`${panel('a', 'x')}<p>밖</p>${panel('b', 'y')}`).strays).toBe(true);
    expect(tabPanels(`${panel('a', 'x')}글${panel('b', 'y')}`).strays).toBe(true);
    expect(tabPanels(`<div class="other">x</div>${panel('b', 'y')}`)).toMatchObject({ labels: ['b'], strays: true });
    expect(tabPanels(`${panel('a', 'x')}</div>`).strays).toBe(true);
    expect(tabPanels('').labels).toEqual([]);
  });
});
